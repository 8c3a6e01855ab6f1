"""Acceptance 4: bad input gives a clear per-article error and the batch finishes."""
import json

from eventwire.batch import code_articles
from eventwire.inputs import MAX_ARTICLE_BYTES, read_inputs

GOOD = "Türkiye, Yunanistan'ın açıklamasını kınadı."


def _batch(tmp_path, lines: list[bytes]):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines))
    return list(code_articles(read_inputs(path)))


def test_batch_goes_on_past_every_kind_of_bad_article(tmp_path):
    big = "Türkiye, İran'ı kınadı. " * (MAX_ARTICLE_BYTES // 20)
    lines = [
        json.dumps({"id": "ok1", "text": GOOD}).encode(),
        json.dumps({"id": "empty", "text": "   "}).encode(),
        json.dumps({"id": "binary", "text": "\x00\x01\x02abc"}).encode(),
        b'{"id": "badutf8", "text": "\xff\xfe"}',
        json.dumps({"id": "huge", "text": big}).encode(),
        b'{"id": "broken", "text": ',
        json.dumps(["not", "an", "object"]).encode(),
        json.dumps({"id": "notext"}).encode(),
        json.dumps({"id": "ok2", "text": GOOD}).encode(),
    ]
    articles = _batch(tmp_path, lines)
    assert len(articles) == 9
    assert articles[0].events and articles[-1].events and not articles[-1].errors
    errors = [a.errors[0] for a in articles[1:-1]]
    assert all(e.startswith(str(tmp_path / "in.jsonl") + ":") for e in errors), errors
    assert "empty" in errors[0]
    assert "binary" in errors[1]
    assert "UTF-8" in errors[2]
    assert "too large" in errors[3] and "MB" in errors[3]
    assert "malformed JSON" in errors[4] and ":6:" in errors[4]
    assert "JSON object" in errors[5]
    assert "missing 'text'" in errors[6]


def test_txt_file_invalid_utf8_and_folder(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xc3\x28 bozuk")
    articles = list(code_articles(read_inputs(tmp_path)))
    assert [a.id for a in articles] == ["a", "b"]
    assert articles[0].events
    assert "b.txt: not valid UTF-8" in articles[1].errors[0]


def test_unknown_language_is_an_article_error(tmp_path):
    [article] = _batch(tmp_path, [json.dumps({"id": "x", "text": GOOD, "lang": "xx"}).encode()])
    assert "unsupported language 'xx'" in article.errors[0]
