"""Every store command, as the README shows it, on DuckDB and on PostgreSQL."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()
STORIES = str(Path(__file__).parent / "data" / "stories_tr.jsonl")


def run(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def filled(store_target):
    run("ingest", STORIES, "--db", store_target)
    return store_target


def test_ingest_reports_and_recode_flag(store_target):
    first = run("ingest", STORIES, "--db", store_target)
    assert "+5 articles" in first.stdout and "6 events in 3 stories" in first.stdout
    again = run("ingest", STORIES, "--db", store_target, "--recode")
    assert "+0 articles (5 already stored, 0 recoded" in again.stdout


def test_query_timeline_csv_and_json(filled):
    csv_out = run("query", "timeline", "TUR", "AZE", "--both", "--period", "month", "--db", filled, "--format", "csv")
    lines = csv_out.stdout.splitlines()
    assert lines[0].startswith("period,stories,verbal_coop") and lines[1].startswith("2026-03-01,2,")
    rows = json.loads(run("query", "timeline", "TUR", "AZE", "--db", filled, "-f", "json").stdout)
    assert [r["stories"] for r in rows] == [2, 1]


def test_query_actors_dyads_events_search_stories(filled):
    actors = json.loads(run("query", "actors", "--db", filled, "-f", "json").stdout)
    assert {a["actor"] for a in actors} == {"TUR", "AZE"}
    dyads = json.loads(run("query", "dyads", "--since", "2026-04-01", "--db", filled, "-f", "json").stdout)
    assert [(d["source_country"], d["target_country"], d["stories"]) for d in dyads] == [("TUR", "AZE", 1)]
    events = json.loads(run("query", "events", "--source", "TUR", "--target", "AZE", "--root", "05",
                            "--db", filled, "-f", "json").stdout)
    assert [e["cameo"] for e in events] == ["057"]
    found = json.loads(run("query", "search", "12 MART", "--db", filled, "-f", "json").stdout)
    assert [e["article_id"] for e in found] == ["story-a3"]
    assert "story-a3" in run("query", "search", "12 Mart", "--db", filled).stdout
    stories = json.loads(run("query", "stories", "--min-mentions", "2", "--db", filled, "-f", "json").stdout)
    assert [(s["mentions"], s["articles"], s["sources"]) for s in stories] == [(4, 4, 2)]
    places = json.loads(run("query", "places", "--actor", "AZE", "--db", filled, "-f", "json").stdout)
    assert places and all(p["stories"] >= 1 and p["location_name"] for p in places)
    assert "places" in run("query", "places", "--db", filled).stdout


def test_query_errors_are_clear(filled, tmp_path):
    bad = runner.invoke(app, ["query", "timeline", "TUR", "AZE", "--period", "fortnight", "--db", filled])
    assert bad.exit_code == 1 and "period 'fortnight'" in bad.output
    date = runner.invoke(app, ["query", "dyads", "--since", "last spring", "--db", filled])
    assert date.exit_code == 1 and "--since 'last spring': not an ISO date" in date.output
    half = runner.invoke(app, ["query", "events", "--source", "TUR", "--db", filled])
    assert half.exit_code == 2 and "--source and --target go together" in half.output
    missing = runner.invoke(app, ["query", "actors", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "none.duckdb: no such store file" in missing.output


def test_export_and_import_every_format(filled, tmp_path):
    run("export", "jsonl", str(tmp_path / "all.jsonl"), "--db", filled)
    run("export", "parquet", str(tmp_path / "pq"), "--db", filled)
    run("export", "gdelt", str(tmp_path / "gdelt.tsv"), "--db", filled)
    assert len((tmp_path / "gdelt.tsv").read_text().splitlines()) == 3
    copy = str(tmp_path / "copy.duckdb")
    imported = run("import", str(tmp_path / "all.jsonl"), "--db", copy)
    assert "+5 articles, +6 events" in imported.output
    again = run("import", str(tmp_path / "pq"), "--db", copy)
    assert "6 event rows read" in again.output
    info = json.loads(run("db", "info", "--db", copy, "-f", "json").stdout)
    assert {r["property"]: r["value"] for r in info}["events"] == 6
    unknown = runner.invoke(app, ["export", "xml", str(tmp_path / "x"), "--db", filled])
    assert unknown.exit_code == 2 and "'xml': choose one of jsonl, parquet, gdelt" in unknown.output


def test_import_reports_bad_lines_and_goes_on(tmp_path):
    source = tmp_path / "mixed.jsonl"
    good = {"id": "g", "lang": "tr", "text": "x", "dateline_date": None, "events": [], "errors": []}
    source.write_text("{broken\n" + json.dumps(good) + "\n[1, 2]\n", encoding="utf-8")
    result = run("import", str(source), "--db", str(tmp_path / "s.duckdb"))
    assert "mixed.jsonl:1:" in result.output and "mixed.jsonl:3: not an article line" in result.output
    assert "+1 articles" in result.output


def test_db_migrate_and_info(tmp_path):
    target = str(tmp_path / "new.duckdb")
    assert "schema version 3 (latest 3)" in run("db", "migrate", "--db", target).output
    info = run("db", "info", "--db", target)
    assert "schema version" in info.stdout
