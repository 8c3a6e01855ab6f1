"""Coding many articles: a bad article becomes an error record and the batch goes on."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from eventwire.api import code
from eventwire.inputs import RawArticle
from eventwire.record import Article, text_id


def article_id_of(raw: RawArticle) -> str:
    return raw.id or (text_id(raw.text) if isinstance(raw.text, str) else raw.origin)


def prepare_raw(raw: RawArticle) -> RawArticle:
    """The article ready to code: a web page's main text extracted (an extraction failure is its error)."""
    if raw.html is not None and not raw.error:
        from eventwire.inputs.web import extract_article

        try:
            extract_article(raw)
        except Exception as exc:  # noqa: BLE001 - a broken page must not stop the batch
            raw.html, raw.error = None, f"{raw.origin}: cannot extract text from the HTML page ({exc})"
    return raw


def code_raw(raw: RawArticle, lang: str | None = None) -> Article:
    """One input article coded; an input problem becomes the article's error, never an exception."""
    raw = prepare_raw(raw)
    article_id = article_id_of(raw)
    use_lang = raw.lang or lang
    if raw.error:
        article = Article(article_id, use_lang or "", "", raw.dateline_date, errors=[raw.error])
    else:
        try:
            article = code(raw.text, lang=use_lang, dateline=raw.dateline_date, article_id=article_id)
        except (ValueError, TypeError) as exc:
            article = Article(article_id, use_lang or "", raw.text or "", raw.dateline_date,
                              errors=[f"{raw.origin}: {exc}"])
    article.title, article.url, article.source = raw.title, raw.url, raw.source
    return article


def code_articles(raws: Iterable[RawArticle], lang: str | None = None) -> Iterator[Article]:
    for raw in raws:
        yield code_raw(raw, lang)
