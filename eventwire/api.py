"""The Python API: code one article, or many."""
from __future__ import annotations

from datetime import date

from eventwire.record import Article

LANGUAGES = ("tr", "en")


def code(text: str, lang: str | None = None, dateline: date | str | None = None, article_id: str | None = None,
         rules_only: bool = False) -> Article:
    """Code the political events of one article.

    The rule coder proposes events and the learned decision step keeps those it scores above its
    threshold (README: How the coder decides); `rules_only` returns the rule coder's events as they are.

    `dateline` is the publication date (a date or ISO string) when it is known from outside
    the text; a ` date YYYY-MM-DD` header or a wire dateline in the text is read otherwise.
    `lang` None detects the language from the text (eventwire.langid); the article records it.
    """
    from eventwire.coding.pipeline import coder_for

    if not isinstance(text, str):
        raise TypeError(f"article text must be str, not {type(text).__name__}")
    if lang is None:
        from eventwire.langid import detect

        lang = detect(text)
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; supported: {', '.join(LANGUAGES)}")
    if isinstance(dateline, str):
        try:
            dateline = date.fromisoformat(dateline)
        except ValueError:
            raise ValueError(f"dateline {dateline!r} is not an ISO date (YYYY-MM-DD)") from None
    coder = coder_for(lang)
    return (coder.code_rules if rules_only else coder.code)(text, article_id=article_id, dateline=dateline)
