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
    newest = json.loads(run("query", "events", "--newest", "--db", filled, "-f", "json").stdout)
    dated = [e["date"][:7] for e in newest if e["date"]]
    assert dated == sorted(dated, reverse=True) and len(newest) == len(json.loads(
        run("query", "events", "--db", filled, "-f", "json").stdout))
    undated = json.loads(run("query", "events", "--undated", "--db", filled, "-f", "json").stdout)
    assert all(e["date"] is None for e in undated)
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


def _many(path: Path, articles: int) -> str:
    with path.open("w", encoding="utf-8") as handle:
        for n in range(articles):
            handle.write(json.dumps({"id": f"m{n}", "dateline_date": "2026-03-12",
                                     "text": f"ANKARA (AA) - Türkiye, İran'ı {n}. kez kınadı."}, ensure_ascii=False) + "\n")
    return str(path)


def test_machine_formats_give_every_row_and_tables_say_what_they_hide(store_target, tmp_path):
    run("ingest", _many(tmp_path / "many.jsonl", 60), "--db", store_target, "--workers", "1")
    rows = run("query", "events", "--db", store_target, "-f", "csv").stdout.splitlines()
    assert len(rows) == 61  # a header and every one of the 60 events, not the first 50
    assert len(json.loads(run("query", "events", "--db", store_target, "-f", "json").stdout)) == 60
    assert len(json.loads(run("query", "events", "--limit", "7", "--db", store_target, "-f", "json").stdout)) == 7
    assert "showing 50 of 60" in run("query", "events", "--db", store_target).stdout
    assert "showing 50 of 60" in run("query", "search", "kınadı", "--db", store_target).stdout
    summary = run("ingest", _many(tmp_path / "more.jsonl", 1), "--db", store_target, "--workers", "1").stdout
    assert "showing 25 of 60" in summary  # (the new article is one already stored: its text is the same)


def test_search_and_filters_follow_the_languages_casing(filled):
    upper = json.loads(run("query", "search", "BİR ARAYA", "--db", filled, "-f", "json").stdout)
    lower = json.loads(run("query", "search", "bir araya", "--db", filled, "-f", "json").stdout)
    assert upper and upper == lower
    dotless = json.loads(run("query", "search", "GÖRÜŞTÜ", "--db", filled, "-f", "json").stdout)
    assert dotless == json.loads(run("query", "search", "görüştü", "--db", filled, "-f", "json").stdout) != []
    assert run("query", "events", "--actor", "tur", "--plover", "consult", "--db", filled, "-f", "csv").stdout == \
        run("query", "events", "--actor", "TUR", "--plover", "CONSULT", "--db", filled, "-f", "csv").stdout
    assert run("query", "timeline", "tur", "aze", "--db", filled, "-f", "csv").stdout.count("\n") > 1


@pytest.mark.parametrize("args,message", [
    (["query", "events", "--quad", "7"], "Invalid value for '--quad'"),
    (["query", "events", "--since", "2026-05-01", "--until", "2026-01-01"], "is after --until"),
    (["query", "events", "--lang", "de"], "unsupported language"),
    (["query", "events", "--limit", "-1"], "Invalid value for '--limit'"),
    (["query", "events", "--undated", "--since", "2026-01-01"], "--undated events have no day"),
])
def test_bad_query_options_are_refused_with_one_line(filled, args, message):
    result = runner.invoke(app, [*args, "--db", filled])
    assert result.exit_code in (1, 2) and message in result.output and "Traceback" not in result.output


def test_bad_paths_and_packs_give_one_line_errors(filled, tmp_path):
    export = runner.invoke(app, ["export", "jsonl", str(tmp_path / "no" / "such" / "x.jsonl"), "--db", filled])
    assert export.exit_code == 1 and "No such file or directory" in export.output and export.exception.__class__ is SystemExit
    code = runner.invoke(app, ["code", STORIES, "--out", str(tmp_path / "no" / "x.jsonl")])
    assert code.exit_code == 2 and "cannot write the output" in code.output
    check = runner.invoke(app, ["dictionaries", "check", "de"])
    assert check.exit_code == 2 and "no language pack 'de'" in check.output
    ingest = runner.invoke(app, ["ingest", STORIES, "--lang", "de", "--db", filled])
    assert ingest.exit_code == 2 and "unsupported language" in ingest.output


def test_exit_codes_say_whether_anything_was_coded(tmp_path):
    failing = tmp_path / "bad.jsonl"
    failing.write_text('{"id": "a", "text": ""}\n{"id": "b", "text": "   "}\n', encoding="utf-8")
    assert runner.invoke(app, ["code", str(failing)]).exit_code == 1  # every article failed
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["code", str(empty)])
    assert result.exit_code == 0 and "no articles to code" in result.output
    assert runner.invoke(app, ["ingest", str(empty), "--db", str(tmp_path / "x.duckdb")]).exit_code == 0
    assert runner.invoke(app, ["ingest", str(failing), "--db", str(tmp_path / "x.duckdb")]).exit_code == 1
