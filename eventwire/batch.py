"""Coding many articles: a bad article becomes an error record and the batch goes on."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from eventwire.api import code
from eventwire.inputs import RawArticle
from eventwire.record import Article, text_id


def code_articles(raws: Iterable[RawArticle], lang: str | None = None) -> Iterator[Article]:
    for raw in raws:
        article_id = raw.id or (text_id(raw.text) if isinstance(raw.text, str) else raw.origin)
        use_lang = raw.lang or lang or "tr"
        if raw.error:
            yield Article(article_id, use_lang, "", raw.dateline_date, errors=[raw.error])
            continue
        try:
            article = code(raw.text, lang=use_lang, dateline=raw.dateline_date, article_id=article_id)
        except (ValueError, TypeError) as exc:
            yield Article(article_id, use_lang, raw.text or "", raw.dateline_date, errors=[f"{raw.origin}: {exc}"])
            continue
        article.title, article.url, article.source = raw.title, raw.url, raw.source
        yield article
