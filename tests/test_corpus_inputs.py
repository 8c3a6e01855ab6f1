"""Corpus inputs beyond plain JSONL: compressed JSONL, Parquet, WARC, HTML, and streaming reads."""
import gzip
import io
import json
from itertools import islice
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.batch import code_articles
from eventwire.inputs import corpus_size, read_inputs

WEB = Path(__file__).parent / "data" / "web"
ROWS = [
    {"id": "a1", "text": "ANKARA (AA) - Türkiye, Yunanistan'ın açıklamasını sert bir dille kınadı.",
     "dateline_date": "2026-02-03", "source": "AA", "title": None},
    {"id": "a2", "text": "ATHENS (Northwire) - Greece on Monday rejected the proposal from Turkey.",
     "dateline_date": "2026-02-03", "source": None, "title": "Greece says no"},
]


def _jsonl(rows) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in rows)


def _coded(source, **options) -> dict:
    return {a.id: a for a in code_articles(read_inputs(source, **options))}


def _assert_both_coded(articles: dict) -> None:
    assert set(articles) == {"a1", "a2"}
    assert [e.cameo[:2] for e in articles["a1"].events] == ["11"] and articles["a1"].lang == "tr"
    assert [e.cameo[:2] for e in articles["a2"].events] == ["12"] and articles["a2"].lang == "en"
    assert articles["a1"].source == "AA" and articles["a2"].title == "Greece says no"
    assert articles["a2"].events[0].date == "2026-02-02"  # Monday before the dateline


@pytest.mark.parametrize("suffix, pack", [(".jsonl.gz", gzip.compress),
                                          (".jsonl.zst", lambda b: zstandard.ZstdCompressor().compress(b))])
def test_compressed_jsonl_is_read_as_plain(tmp_path, suffix, pack):
    path = tmp_path / f"corpus{suffix}"
    path.write_bytes(pack(_jsonl(ROWS)))
    _assert_both_coded(_coded(path))


def test_truncated_gzip_keeps_what_was_read_and_names_the_line(tmp_path):
    data = gzip.compress(_jsonl(ROWS * 200))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    raws = list(read_inputs(path))
    assert len(raws) > 10 and all(r.error is None for r in raws[:-1])
    assert raws[-1].error.startswith(f"{path}:{len(raws)}: cannot decompress")


def test_parquet_with_a_text_column(tmp_path):
    path = tmp_path / "corpus.parquet"
    table = pa.Table.from_pylist([{**r, "body": r["text"]} for r in ROWS]).drop_columns(["text"])
    pq.write_table(table, path)
    _assert_both_coded(_coded(path, text_column="body"))
    (failed,) = read_inputs(path)  # the default column is missing: one clear error, not a crash
    assert str(path) in failed.error and "no 'text' column" in failed.error and "body" in failed.error


def test_parquet_null_text_is_an_error_of_that_row(tmp_path):
    path = tmp_path / "corpus.parquet"
    pq.write_table(pa.Table.from_pylist([ROWS[0], {"id": "empty", "text": None}]), path)
    raws = list(read_inputs(path))
    assert raws[0].error is None and raws[1].error == f"{path}:row 2: missing 'text'"


def _warc(path: Path, pages: list[tuple[str, str, bytes]]) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        for url, content_type, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_pages_are_extracted_and_coded(tmp_path, name):
    path = tmp_path / name
    _warc(path, [
        ("https://kuzeyhat.example/ankara", "text/html; charset=utf-8", (WEB / "ankara-talks.html").read_bytes()),
        ("https://kuzeyhat.example/robots.txt", "text/plain", b"User-agent: *\nDisallow:"),
        ("https://northwire.example/geneva", "text/html", (WEB / "geneva-appeal.html").read_bytes()),
        ("https://northwire.example/empty", "text/html", b"<html><head><title>x</title></head><body></body></html>"),
    ])
    articles = list(code_articles(read_inputs(path)))
    assert [a.url for a in articles] == ["https://kuzeyhat.example/ankara", "https://northwire.example/geneva",
                                         "https://northwire.example/empty"]
    turkish, english, empty = articles
    assert turkish.lang == "tr" and english.lang == "en"
    assert turkish.dateline_date == "2026-03-12" and english.dateline_date == "2026-05-06"  # the pages' dates
    assert {e.cameo[:2] for e in turkish.events} >= {"04"} and {e.cameo[:2] for e in english.events} >= {"02", "05"}
    assert "Ana sayfa" not in turkish.text and "Copyright" not in english.text  # boilerplate dropped
    assert empty.errors == [f"{path}:record 4: no article text found in the HTML page"]


def test_a_file_that_is_not_warc_is_reported_and_the_folder_goes_on(tmp_path):
    (tmp_path / "bad.warc").write_bytes(b"this is not an archive\n" * 10)
    (tmp_path / "good.jsonl").write_bytes(_jsonl(ROWS))
    raws = list(read_inputs(tmp_path))
    assert raws[0].error == f"{tmp_path / 'bad.warc'}: not a WARC file (it does not start with a WARC/1.x record)"
    assert [r.id for r in raws[1:]] == ["a1", "a2"]


def test_html_pages_in_a_folder():
    articles = {a.id: a for a in code_articles(read_inputs(WEB))}
    assert set(articles) == {"ankara-talks", "geneva-appeal"}
    ankara = articles["ankara-talks"]
    assert ankara.title == "Fidan ile Yerapetritis Ankara'da görüştü"
    assert ankara.text.startswith("ANKARA (Kuzeyhat)")  # the headline is kept out of the text
    meeting = next(e for e in ankara.events if e.cameo == "040")
    assert (meeting.source.code, meeting.target.code, meeting.date) == ("TURGOV", "GRCGOV", "2026-03-11")
    assert ankara.text[meeting.evidence.start:meeting.evidence.end] == meeting.evidence.quote


def test_reading_streams_and_reports_progress_in_bytes(tmp_path):
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(gzip.compress(_jsonl(ROWS * 20_000)))
    first = list(islice(read_inputs(path), 3))
    assert [r.id for r in first] == ["a1", "a2", "a1"]
    assert 0 < first[-1].offset < path.stat().st_size == corpus_size(path)  # not read to the end


def test_unsupported_and_missing_inputs_name_the_path(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"x")
    with pytest.raises(ValueError, match="notes.docx: unsupported input type .docx"):
        list(read_inputs(tmp_path / "notes.docx"))
    with pytest.raises(FileNotFoundError, match="folder holds no input files"):
        list(read_inputs(tmp_path))
