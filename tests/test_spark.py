"""Spark: the same events as the single-process coder, event for event, then loadable by ingest."""
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from eventwire.batch import code_articles
from eventwire.inputs import read_inputs
from eventwire.samples import SAMPLES_DIR
from eventwire.spark_output import read_spark_output
from eventwire.store import Store

REQUIRED = os.environ.get("EVENTWIRE_REQUIRE_SPARK") == "1"
if not REQUIRED and (shutil.which("java") is None or __import__("importlib").util.find_spec("pyspark") is None):
    pytest.skip("Spark tests need pyspark and Java 17 (set EVENTWIRE_REQUIRE_SPARK=1 to fail instead)",
                allow_module_level=True)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate_corpus import generate  # noqa: E402


@pytest.fixture(scope="module")
def spark():
    from eventwire.spark import spark_session

    session = spark_session("local[2]", app_name="eventwire-tests")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    rows = [*generate(40, seed=11, lang="tr"), *generate(40, seed=12, lang="en")]
    for path in sorted(SAMPLES_DIR.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows.append({"id": "no-date-no-events", "text": "Hava bugün güneşli ve ılık olacak."})
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + ['{"id": "broken", "text": ']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_spark_output_equals_single_process_output_event_for_event(spark, corpus, tmp_path):
    from eventwire.spark import code_corpus

    counts = code_corpus(spark, str(corpus), str(tmp_path / "out"), partitions=3)
    expected = [a.to_dict(with_text=True) for a in code_articles(read_inputs(corpus))]
    got = {a["id"]: a for a in read_spark_output(tmp_path / "out")}
    good = [a for a in expected if not a["errors"]]
    assert {a["id"] for a in good} <= set(got) and len(got) == len(expected) == counts["articles"]
    for article in good:
        mine = got[article["id"]]
        assert mine["events"] == article["events"], article["id"]  # full records, in article order
        assert (mine["text"], mine["lang"], mine["dateline_date"]) == (article["text"], article["lang"],
                                                                       article["dateline_date"])
    assert counts["events"] == sum(len(a["events"]) for a in expected) > 300
    assert counts["with_errors"] == 1
    (broken,) = [a for a in got.values() if a["errors"]]
    assert "malformed JSON" in broken["errors"][0] and "corpus.jsonl" in broken["errors"][0]
    dates = {p.name for p in (tmp_path / "out" / "events").iterdir() if p.is_dir()}
    coded_dates = {e["date"] or "unknown" for a in expected for e in a["events"]}
    assert dates == {f"event_date={d}" for d in coded_dates}


def test_parquet_input_with_another_text_column(spark, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from eventwire.spark import code_corpus

    rows = list(generate(10, seed=5, lang="tr"))
    pq.write_table(pa.Table.from_pylist([{("body" if k == "text" else k): v for k, v in r.items()} for r in rows]),
                   tmp_path / "in.parquet")
    counts = code_corpus(spark, str(tmp_path / "in.parquet"), str(tmp_path / "out"), text_column="body")
    assert counts["articles"] == 10 and counts["events"] > 0 and counts["with_errors"] == 0
    with pytest.raises(ValueError, match="no 'text' column .*body"):
        code_corpus(spark, str(tmp_path / "in.parquet"), str(tmp_path / "out2"))


def test_ingest_of_spark_output_stores_what_direct_ingest_stores(spark, corpus, tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli import app
    from eventwire.spark import code_corpus

    code_corpus(spark, str(corpus), str(tmp_path / "out"))
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "out"), "--db", str(tmp_path / "spark.duckdb")])
    assert result.exit_code == 0, result.output
    with Store(tmp_path / "direct.duckdb") as direct:
        direct.ingest(read_inputs(corpus))
    tables = []
    for name in ("spark", "direct"):
        with Store(tmp_path / f"{name}.duckdb", read_only=True) as store:
            tables.append([store.db.execute(f"SELECT {cols} FROM {table} ORDER BY 1")
                           for table, cols in (("events", "event_id, story_id, quote, day"),
                                               ("articles", "id, text_hash, coder"), ("stories", "story_id"))])
    assert tables[0] == tables[1] and len(tables[0][0]) > 300
    again = CliRunner().invoke(app, ["ingest", str(tmp_path / "out"), "--db", str(tmp_path / "spark.duckdb")])
    assert "+0 articles" in again.output  # idempotent like any ingest


def test_spark_code_command_in_its_own_process(corpus, tmp_path):
    import subprocess

    command = [sys.executable, "-m", "eventwire.cli", "spark-code", str(corpus), str(tmp_path / "out"),
               "--master", "local[2]", "--partitions", "2"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"{tmp_path / 'out'}: 93 articles (1 with errors)" in done.stderr
    assert any((tmp_path / "out" / "events").glob("event_date=*/*.parquet"))
    missing = subprocess.run([*command[:4], str(tmp_path / "nowhere.parquet"), str(tmp_path / "o2")],
                             capture_output=True, text=True, timeout=300)
    assert missing.returncode == 2 and "nowhere.parquet" in missing.stderr
