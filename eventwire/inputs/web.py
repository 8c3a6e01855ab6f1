"""Web inputs: WARC archives and HTML pages.

Reading only takes the page out of its container; the main text is extracted (by
trafilatura, which drops menus, footers and other boilerplate) in `extract_article`,
which the coding workers call, so that extraction runs in parallel with coding.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from eventwire.inputs import MAX_ARTICLE_BYTES, RawArticle, check_text

MAX_PAGE_BYTES = 5 * MAX_ARTICLE_BYTES  # markup included
HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_html_file(path: Path) -> Iterator[RawArticle]:
    size = path.stat().st_size
    if size > MAX_PAGE_BYTES:
        yield RawArticle(path.stem, None, origin=str(path), offset=size,
                         error=f"{path}: page is too large ({size / 1e6:.1f} MB)")
        return
    yield RawArticle(path.stem, None, origin=str(path), offset=size, html=_decode(path.read_bytes()))


def read_warc(path: Path) -> Iterator[RawArticle]:
    """One article per HTML response (or resource) record; other records are not articles."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not _starts_as_warc(path):
        yield RawArticle(None, None, origin=str(path), offset=path.stat().st_size,
                         error=f"{path}: not a WARC file (it does not start with a WARC/1.x record)")
        return
    with path.open("rb") as raw:
        number = 0
        try:
            for record in ArchiveIterator(raw):
                if record.rec_type not in ("response", "resource"):
                    continue
                number += 1
                origin = f"{path}:record {number}"
                content_type = (record.http_headers.get_header("Content-Type") if record.http_headers
                                else record.rec_headers.get_header("Content-Type")) or ""
                if not content_type.split(";")[0].strip().lower() in HTML_TYPES:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                body = record.content_stream().read(MAX_PAGE_BYTES + 1)
                article = RawArticle(_url_id(url) if url else None, None, url=url, origin=origin, offset=raw.tell())
                if len(body) > MAX_PAGE_BYTES:
                    article.error = f"{origin}: page is too large (over {MAX_PAGE_BYTES / 1e6:.0f} MB)"
                else:
                    article.html = _decode(body, _charset(content_type))
                yield article
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            origin = f"{path}:record {number + 1}"
            yield RawArticle(None, None, origin=origin, offset=raw.tell(),
                             error=f"{origin}: not a readable WARC record ({exc}); the rest of the file is skipped")


def extract_article(raw: RawArticle) -> None:
    """Fill `raw.text` (and title, publication date) from `raw.html`, or set `raw.error`."""
    import trafilatura

    page = trafilatura.bare_extraction(raw.html, url=raw.url, with_metadata=True, include_tables=False,
                                       include_comments=False)
    raw.html = None
    text = page.text if page is not None else None
    if not text or not text.strip():
        raw.error = f"{raw.origin}: no article text found in the HTML page"
        return
    title = page.title
    if title and text.startswith(title):  # the headline is metadata, not the article's first line
        text = text[len(title):].lstrip("\n")
    raw.text, raw.title = text, raw.title or title
    raw.dateline_date = raw.dateline_date or page.date  # the page's publication date
    raw.error = check_text(text, raw.origin)


def _starts_as_warc(path: Path) -> bool:
    import gzip

    with path.open("rb") as raw:
        head = raw.read(2)
        raw.seek(0)
        try:
            start = gzip.GzipFile(fileobj=raw).read(5) if head == b"\x1f\x8b" else raw.read(5)
        except (OSError, EOFError):
            return False
    return start == b"WARC/"


def _url_id(url: str) -> str:
    return "url-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip('"\'')
    return None


def _decode(body: bytes, charset: str | None = None) -> str:
    for encoding in (charset, "utf-8"):
        if encoding:
            try:
                return body.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return body.decode("cp1254", errors="replace")  # Turkish Windows pages, the commonest legacy case
