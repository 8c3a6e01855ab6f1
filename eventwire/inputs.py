"""Reading articles from JSONL, TXT, folders or stdin, with a clear error per bad article.

Every problem is reported against the input it came from (file and line), and reading
goes on with the next article.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_ARTICLE_BYTES = 2_000_000  # a news article is far smaller; larger input is a mistake
SUFFIXES = (".jsonl", ".txt")


@dataclass(slots=True)
class RawArticle:
    id: str | None
    text: str | None
    lang: str | None = None
    dateline_date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""  # "file:line", for error messages
    error: str | None = None


def check_text(text: object, origin: str) -> str | None:
    """The reason this text cannot be coded, or None when it can."""
    if not isinstance(text, str):
        return f"{origin}: 'text' must be a string, got {type(text).__name__}"
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_ARTICLE_BYTES:
        return f"{origin}: article is too large ({size / 1e6:.1f} MB; the limit is {MAX_ARTICLE_BYTES / 1e6:.0f} MB)"
    if not text.strip():
        return f"{origin}: article text is empty"
    if "\x00" in text or sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f") > 8:
        return f"{origin}: article looks like binary data, not text"
    return None


def read_inputs(source: str | Path) -> Iterator[RawArticle]:
    """Articles from a .jsonl/.txt file, a folder of them, or '-' for stdin (JSONL or text)."""
    if str(source) == "-":
        data = sys.stdin.buffer.read()
        yield from _from_bytes(data, "<stdin>", jsonl=data.lstrip()[:1] == b"{")
        return
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
        if not files:
            raise FileNotFoundError(f"{path}: folder holds no .jsonl or .txt files")
        for file in files:
            yield from read_inputs(file)
        return
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file or folder")
    if path.suffix not in SUFFIXES:
        raise ValueError(f"{path}: unsupported input type {path.suffix or '(none)'}; use .jsonl or .txt")
    yield from _from_bytes(path.read_bytes(), str(path), jsonl=path.suffix == ".jsonl")


def _from_bytes(data: bytes, name: str, jsonl: bool) -> Iterator[RawArticle]:
    if not jsonl:
        yield _text_article(data, name)
        return
    for number, line in enumerate(data.split(b"\n"), 1):
        if not line.strip():
            continue
        yield _json_article(line, f"{name}:{number}")


def _text_article(data: bytes, name: str) -> RawArticle:
    stem = Path(name).stem if name != "<stdin>" else None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return RawArticle(stem, None, origin=name, error=f"{name}: not valid UTF-8 (byte {exc.start})")
    return RawArticle(stem, text, origin=name, error=check_text(text, name))


def _json_article(line: bytes, origin: str) -> RawArticle:
    try:
        row = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return RawArticle(None, None, origin=origin, error=f"{origin}: not valid UTF-8 (byte {exc.start})")
    except json.JSONDecodeError as exc:
        return RawArticle(None, None, origin=origin, error=f"{origin}: malformed JSON ({exc.msg}, column {exc.colno})")
    if not isinstance(row, dict):
        return RawArticle(None, None, origin=origin, error=f"{origin}: expected a JSON object, got {type(row).__name__}")
    article_id = row.get("id")
    article = RawArticle(
        id=str(article_id) if article_id is not None else None,
        text=row.get("text"),
        lang=row.get("lang"),
        dateline_date=row.get("dateline_date"),
        title=row.get("title"),
        url=row.get("url"),
        source=row.get("source"),
        origin=origin,
    )
    article.error = check_text(article.text, origin) if "text" in row else f"{origin}: missing 'text'"
    return article
