"""Reading articles from corpus files, with a clear error per bad article.

Inputs: JSONL (plain, .gz or .zst), plain-text files (one article each), Parquet with a
text column, WARC archives and HTML pages (main text extracted by trafilatura), a folder
of any of these, or '-' for stdin. Everything streams: memory does not grow with the
corpus. Every problem is reported against the input it came from (file and line, row or
record), and reading goes on with the next article.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_ARTICLE_BYTES = 2_000_000  # a news article is far smaller; larger input is a mistake
METADATA = ("lang", "dateline_date", "title", "url", "source")  # optional fields of an input row


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
    html: str | None = None  # a web page whose main text is still to be extracted (see inputs.web)
    offset: int = 0  # input bytes read up to this article, for progress over a corpus


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


def input_kind(path: Path) -> str | None:
    """The reader for a file name: jsonl, text, parquet, warc, html, or None when unsupported."""
    name = path.name.lower()
    for kind, endings in KINDS.items():
        if name.endswith(endings):
            return kind
    return None


KINDS: dict[str, tuple[str, ...]] = {
    "jsonl": (".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson", ".ndjson.gz", ".ndjson.zst"),
    "text": (".txt",),
    "parquet": (".parquet",),
    "warc": (".warc", ".warc.gz"),
    "html": (".html", ".htm"),
}
SUPPORTED = ", ".join(e for endings in KINDS.values() for e in endings)


def corpus_files(source: str | Path) -> list[Path]:
    """The files `read_inputs` will read from a file or folder, in reading order."""
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and input_kind(p))
        if not files:
            raise FileNotFoundError(f"{path}: folder holds no input files ({SUPPORTED})")
        return files
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file or folder")
    if not input_kind(path):
        raise ValueError(f"{path}: unsupported input type {''.join(path.suffixes) or '(none)'}; use one of {SUPPORTED}")
    return [path]


def corpus_size(source: str | Path) -> int | None:
    """Total input bytes (the unit of `RawArticle.offset`), or None for stdin."""
    if str(source) == "-":
        return None
    return sum(p.stat().st_size for p in corpus_files(source))


def read_inputs(source: str | Path, text_column: str = "text") -> Iterator[RawArticle]:
    """Articles from a corpus file or folder, or '-' for stdin (JSONL or text).

    `text_column` names the text field of JSONL and Parquet rows. Raises FileNotFoundError
    or ValueError (naming the input) when the source itself cannot be read.
    """
    from eventwire.inputs import lines

    if str(source) == "-":
        yield from lines.read_stdin(sys.stdin.buffer, text_column)
        return
    done = 0
    for path in corpus_files(source):
        for raw in _read_file(path, input_kind(path), text_column):
            raw.offset += done
            yield raw
        done += path.stat().st_size


def _read_file(path: Path, kind: str | None, text_column: str) -> Iterator[RawArticle]:
    from eventwire.inputs import lines, parquet, web

    if kind == "jsonl":
        return lines.read_jsonl(path, text_column)
    if kind == "text":
        return lines.read_text_file(path)
    if kind == "parquet":
        return parquet.read_parquet(path, text_column)
    if kind == "warc":
        return web.read_warc(path)
    return web.read_html_file(path)
