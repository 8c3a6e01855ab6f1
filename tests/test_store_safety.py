"""A store never loses what it holds: bad targets, killed ingests, full disks, old schemas."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

import eventwire
from eventwire.inputs import read_inputs
from eventwire.samples import sample_path
from eventwire.store import Store, StoreError
from eventwire.store.migrate import latest_version, statements

REPO = Path(__file__).resolve().parents[1]


def write_corpus(path: Path, count: int) -> Path:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from generate_corpus import generate

    with path.open("w", encoding="utf-8") as out:
        for article in generate(count, seed=11):
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def test_a_file_that_is_not_duckdb_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_bytes(b"plain notes, not a database\n" * 50)
    with pytest.raises(StoreError, match="notes.duckdb: not a DuckDB database file"):
        Store(path)
    assert path.read_bytes() == b"plain notes, not a database\n" * 50


def test_a_foreign_duckdb_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (id INTEGER, amount DOUBLE)")
    con.execute("INSERT INTO sales VALUES (1, 9.5)")
    con.close()
    with pytest.raises(StoreError, match="not an eventwire store"):
        Store(path)
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT * FROM sales").fetchall() == [(1, 9.5)]
    assert {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()} == {"sales"}


def test_an_unreachable_postgresql_server_is_a_clear_error_without_the_password():
    with pytest.raises(StoreError) as caught:
        Store("postgresql://analyst:s3cret@127.0.0.1:9/events")
    message = str(caught.value)
    assert "cannot connect to PostgreSQL" in message and "127.0.0.1:9" in message
    assert "s3cret" not in message and "***" in message


def test_unknown_targets_and_missing_read_only_files_are_named(tmp_path):
    with pytest.raises(StoreError, match="mysql://x/y: unknown store target"):
        Store("mysql://x/y")
    with pytest.raises(StoreError, match="absent.duckdb: no such store file"):
        Store(tmp_path / "absent.duckdb", read_only=True)


def test_a_read_only_store_refuses_writes_and_keeps_its_data(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.ingest(read_inputs(str(sample_path("tr"))))
        before = store.summary()["events"]
    with Store(path, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.ingest([eventwire.code("Rusya, Ukrayna'ya saldırdı.", article_id="new")])
    with Store(path, read_only=True) as store:
        assert store.summary()["events"] == before


def test_a_path_on_a_read_only_filesystem_is_a_clear_error():
    if os.access("/sys", os.W_OK) and not os.path.ismount("/sys"):
        pytest.skip("no read-only filesystem to try")
    with pytest.raises(StoreError, match="/sys/events.duckdb: cannot open the store"):
        Store("/sys/events.duckdb")


def test_a_full_disk_stops_ingest_with_a_clear_error_and_keeps_what_was_stored(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.ingest(read_inputs(str(sample_path("tr"))))
        before = sorted(r["event_id"] for r in store.records())
    corpus = write_corpus(tmp_path / "corpus.jsonl", 1500)
    limit = path.stat().st_size + 64 * 1024  # no file may grow beyond this: the disk is "full"
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        "from eventwire.cli import main\n"
        f"sys.argv = ['eventwire', 'ingest', {str(corpus)!r}, '--db', {str(path)!r}]\n"
        "main()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    assert "s.duckdb: out of disk space" in done.stderr, done.stderr
    with Store(path) as store:
        after = {r["event_id"] for r in store.records()}
        assert set(before) <= after
        _assert_whole_articles(store)


def _assert_whole_articles(store: Store) -> None:
    """Every stored article has exactly the events its text codes to."""
    for article in store.articles():
        fresh = eventwire.code(article["text"], article_id=article["id"], dateline=article["dateline_date"])
        assert len(article["events"]) == len(fresh.events), article["id"]


def test_a_killed_ingest_leaves_whole_articles_and_a_rerun_finishes_while_readers_read(tmp_path):
    path = tmp_path / "s.duckdb"
    total = 2500
    corpus = write_corpus(tmp_path / "corpus.jsonl", total)
    command = [sys.executable, "-m", "eventwire.cli", "ingest", str(corpus), "--db", str(path)]
    ingest = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen: list[int] = []
    deadline = time.monotonic() + 120
    # Kill as soon as a reader has seen the count grow: the writer is then mid-corpus.
    while time.monotonic() < deadline and ingest.poll() is None and not (seen and len(set(seen)) >= 2):
        if path.exists():
            try:
                with Store(path, read_only=True) as reader:  # readers get in while the writer works
                    seen.append(reader.summary()["articles"])
            except StoreError:
                pass  # schema not yet created
        time.sleep(0.2)
    ingest.send_signal(signal.SIGKILL)
    ingest.wait()
    assert len(set(seen)) >= 2 and seen == sorted(seen), seen
    with Store(path) as store:
        stored = store.summary()["articles"]
        assert 0 < stored < total
        _assert_whole_articles(store)
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"+{total - stored} articles ({stored} already stored" in rerun.stdout
    with Store(path) as store:
        assert store.summary()["articles"] == total


def test_a_version_1_file_is_migrated_with_its_events_kept(tmp_path):
    path = tmp_path / "v1.duckdb"
    record = eventwire.code("Rusya, dün Ankara'da Ukrayna'ya saldırdı.", article_id="old",
                            dateline="2026-02-02").events[0].to_dict()
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    sql = (Path(eventwire.__file__).parent / "store" / "migrations" / "001_initial.sql").read_text()
    for statement in statements(sql):
        con.execute(statement)
    src, tgt, loc, ev = record["source"], record["target"], record["location"], record["evidence"]
    con.execute("INSERT INTO articles (id, lang, text, text_hash) VALUES ('old', 'tr', 'x', 'h')")
    con.execute(
        "INSERT INTO events VALUES (?, 'old', ?, 'tr', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " false, false, ?, ?, ?, ?, ?, ?, ?, ?)",
        [record["event_id"], record["story_id"], src["code"], src["country"], src["sector"], src["name"],
         tgt["code"], tgt["country"], tgt["sector"], tgt["name"], record["cameo"], record["cameo_root"],
         record["goldstein"], record["quad_class"], record["plover"]["type"], record["plover"]["mode"],
         record["date"], record["date_precision"], record["date_basis"], loc["name"], loc["country"], loc["lat"],
         loc["lon"], loc["geonameid"], ev["sentence_index"], ev["start"], ev["end"], ev["quote"], ev["trigger"],
         record["confidence"], record["coder"], json.dumps(record)])
    con.close()
    with Store(path) as store:
        assert store.schema_version() == latest_version() == 3
        assert list(store.records()) == [record]
        assert store.stories().story_id.tolist() == [record["story_id"]]
        assert store.summary()["actors"] == 2
