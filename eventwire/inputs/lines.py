"""JSONL (plain, gzip or zstd) and plain-text inputs, read line by line in bounded memory."""
from __future__ import annotations

import gzip
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from eventwire.inputs import MAX_ARTICLE_BYTES, METADATA, RawArticle, check_text

TOO_LARGE = f"article is too large (over {MAX_ARTICLE_BYTES / 1e6:.0f} MB)"


def read_jsonl(path: Path, text_column: str = "text") -> Iterator[RawArticle]:
    with path.open("rb") as raw:
        stream = _decompressed(raw, path)
        number = 0
        try:
            for number, line in _bounded_lines(stream):
                if line is not None and not line.strip():
                    continue
                yield json_article(line, f"{path}:{number}", text_column, raw.tell())
        except (OSError, EOFError, ValueError) as exc:  # corrupt or truncated compressed data
            origin = f"{path}:{number + 1}"
            yield RawArticle(None, None, origin=origin, offset=raw.tell(),
                             error=f"{origin}: cannot decompress the rest of the file ({exc or type(exc).__name__})")


def read_text_file(path: Path) -> Iterator[RawArticle]:
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        yield RawArticle(path.stem, None, origin=str(path), offset=size, error=f"{path}: {TOO_LARGE}")
        return
    yield _text_article(path.read_bytes(), str(path), path.stem)


def read_stdin(stream: BinaryIO, text_column: str = "text") -> Iterator[RawArticle]:
    """Standard input: JSONL when it starts with '{', else one text article."""
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)
    if stream.peek(4096).lstrip()[:1] == b"{":
        for number, line in _bounded_lines(stream):
            if line is None or line.strip():
                yield json_article(line, f"<stdin>:{number}", text_column, 0)
        return
    data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        yield RawArticle(None, None, origin="<stdin>", error=f"<stdin>: {TOO_LARGE}")
        return
    yield _text_article(data, "<stdin>", None)


def _decompressed(raw: BinaryIO, path: Path) -> BinaryIO:
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.GzipFile(fileobj=raw)
    if name.endswith(".zst"):
        import zstandard

        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw))
    return raw


def _bounded_lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs; a line over the article limit comes as None, skipped unread."""
    number = 0
    while True:
        line = stream.readline(MAX_ARTICLE_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _text_article(data: bytes, name: str, stem: str | None) -> RawArticle:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return RawArticle(stem, None, origin=name, offset=len(data), error=f"{name}: not valid UTF-8 (byte {exc.start})")
    return RawArticle(stem, text, origin=name, offset=len(data), error=check_text(text, name))


def json_article(line: bytes | None, origin: str, text_column: str, offset: int) -> RawArticle:
    def failed(problem: str) -> RawArticle:
        return RawArticle(None, None, origin=origin, offset=offset, error=f"{origin}: {problem}")

    if line is None:
        return failed(TOO_LARGE)
    try:
        row = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return failed(f"not valid UTF-8 (byte {exc.start})")
    except json.JSONDecodeError as exc:
        return failed(f"malformed JSON ({exc.msg}, column {exc.colno})")
    if not isinstance(row, dict):
        return failed(f"expected a JSON object, got {type(row).__name__}")
    return article_from_row(row.get, origin, text_column, offset, has_text=text_column in row)


def article_from_row(get: Callable[[str], object], origin: str, text_column: str, offset: int,
                     has_text: bool) -> RawArticle:
    """A RawArticle from one input row (JSON object or Parquet row) read through `get`."""
    article_id = get("id")
    fields = {key: _optional_str(get(key)) for key in METADATA}
    article = RawArticle(str(article_id) if article_id is not None else None, get(text_column), **fields,
                         origin=origin, offset=offset)
    article.error = check_text(article.text, origin) if has_text else f"{origin}: missing '{text_column}'"
    if article.error is None:
        article.error = _nul_field(article, origin)
    return article


def _nul_field(article: RawArticle, origin: str) -> str | None:
    """A NUL character in an id or metadata field: no store can keep it (PostgreSQL text cannot)."""
    for name in ("id", *METADATA):
        value = getattr(article, name)
        if value is not None and "\x00" in value:
            return f"{origin}: '{name}' contains a NUL character"
    return None


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)
