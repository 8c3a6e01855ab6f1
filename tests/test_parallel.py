"""Parallel coding: the same events in the same order on any number of workers, streamed."""
import itertools
import json
import sys
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.inputs import RawArticle, read_inputs
from eventwire.parallel import CodingPool
from eventwire.samples import SAMPLES_DIR
from eventwire.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate_corpus import generate  # noqa: E402


def _corpus(tmp_path, count: int = 120) -> Path:
    rows = [*generate(count // 2, seed=3, lang="tr"), *generate(count // 2, seed=4, lang="en")]
    rows.insert(5, {"id": "broken", "text": ""})
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_two_workers_give_the_single_process_output_line_for_line(tmp_path):
    corpus = _corpus(tmp_path)
    runner = CliRunner()
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        result = runner.invoke(app, ["code", str(corpus), "--workers", workers, "-o", str(out)])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_text(encoding="utf-8").splitlines())
    assert len(outputs[0]) == 121 and outputs[0] == outputs[1]
    assert sum(len(json.loads(line)["events"]) for line in outputs[0]) > 500
    assert json.loads(outputs[1][5])["errors"] == [f"{corpus}:6: article text is empty"]


def test_stream_is_lazy_on_an_endless_input():
    endless = (RawArticle(f"n{i}", "Türkiye, İran'ı kınadı.", lang="tr") for i in itertools.count())
    with CodingPool(2) as pool:
        first = list(itertools.islice(pool.stream(endless), 100))
    assert [raw.id for raw, _ in first] == [f"n{i}" for i in range(100)]
    assert all(article.id == raw.id and article.events[0].cameo == "111" for raw, article in first)


def test_parallel_ingest_stores_what_serial_ingest_stores(tmp_path):
    corpus = _corpus(tmp_path)
    counts = []
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.duckdb") as store:
            report = store.ingest(read_inputs(corpus), workers=workers)
            again = store.ingest(read_inputs(corpus), workers=workers)
            ids = store.db.execute("SELECT event_id FROM events ORDER BY event_id")
            counts.append((report.added, report.failed, report.events, again.skipped, ids))
    assert counts[0] == counts[1]
    assert counts[0][:4] == (120, 1, len(counts[0][4]), 120)


def test_worker_count_must_be_positive():
    result = CliRunner().invoke(app, ["code", str(SAMPLES_DIR), "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.output


def test_an_article_codes_the_same_whatever_comes_before_it(tmp_path):
    corpus = _corpus(tmp_path, 60)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    shuffled = tmp_path / "shuffled.jsonl"
    shuffled.write_text("\n".join(lines[30:][::-1] + lines[:30]) + "\n", encoding="utf-8")
    coded = []
    for path, workers in ((corpus, 1), (shuffled, 2)):
        with CodingPool(workers) as pool:
            coded.append({article.id: article.to_json() for _, article in pool.stream(read_inputs(path))
                          if not article.errors})
    assert coded[0] == coded[1] and len(coded[0]) == 60


def test_a_dead_worker_is_a_clear_error(monkeypatch):
    import pytest

    from eventwire import parallel

    monkeypatch.setattr(parallel, "_code_batch", _die)  # workers unpickle it from this module
    raws = [RawArticle(f"n{i}", "Türkiye, İran'ı kınadı.", lang="tr") for i in range(40)]
    with CodingPool(2) as pool, pytest.raises(RuntimeError, match="coding worker process died.*--workers 1"):
        list(pool.stream(raws))


def _die(raws, lang):
    import os

    os._exit(3)
