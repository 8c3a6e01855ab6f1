"""Commands over a store: ingest, query, export, import, db."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from eventwire.cli.common import (FORMATS, TEXT_COLUMN_HELP, WORKERS_HELP, CorpusProgress, app, default_db, err, fail,
                                  open_corpus, print_frame)

query = typer.Typer(help="Query a store: timelines, top actors and dyads, events, stories, text search.",
                    no_args_is_help=True)
db_app = typer.Typer(help="Look after a store: its schema version and contents.", no_args_is_help=True)
app.add_typer(query, name="query")
app.add_typer(db_app, name="db")

DB = typer.Option(None, "--db", help="DuckDB file or postgresql:// URL (default: $EVENTWIRE_DB or eventwire.duckdb)")
FORMAT = typer.Option("table", "--format", "-f", help="table, csv or json")
EVENT_TABLE = ("date", "source_code", "cameo", "plover_type", "target_code", "location_name", "article_id", "quote")
SINCE = typer.Option(None, "--since", help="first event date, YYYY-MM-DD")
UNTIL = typer.Option(None, "--until", help="last event date, YYYY-MM-DD")


def _open(db: Optional[str], read_only: bool = False):
    from eventwire.store import Store, StoreError

    try:
        return Store(db or default_db(), read_only=read_only)
    except StoreError as exc:
        fail(str(exc))


def _guard(action, path: Path | str | None = None):
    from eventwire.store import StoreError

    try:
        return action()
    except (StoreError, RuntimeError) as exc:  # RuntimeError: a coding worker died (eventwire.parallel)
        fail(str(exc))
    except OSError as exc:  # a file or folder that cannot be written or read
        fail(f"{path or exc.filename}: {exc.strerror or exc}")


SUMMARY_ROWS = 25  # events the ingest summary shows
TABLE_ROWS = 50  # rows a terminal table shows when no --limit is given (csv and json give every row)
LIMIT = typer.Option(None, "--limit", min=0, help="at most this many rows (default: all for csv and json, "
                                                     f"the first {TABLE_ROWS} in a table)")


def _shown(fmt: str, limit: int | None) -> int | None:
    """The rows to fetch: what --limit says, else all but for a table."""
    return limit if limit is not None else (TABLE_ROWS if fmt == "table" else None)


def _title(name: str, shown: int, total: int) -> str:
    return f"{name} (showing {shown} of {total})" if shown < total else name


def _check_lang(lang: str | None) -> None:
    from eventwire.api import LANGUAGES

    if lang is not None and lang not in LANGUAGES:
        fail(f"--lang {lang!r}: unsupported language; supported: {', '.join(LANGUAGES)}", 2)


@app.command("ingest")
def ingest_cmd(
    input_: Optional[str] = typer.Argument(None, metavar="[INPUT]", help="articles to code, or a spark-code OUTPUT folder; default: the bundled samples"),
    db: Optional[str] = DB,
    lang: Optional[str] = typer.Option(None, "--lang", help="language of articles without one"),
    recode: bool = typer.Option(False, "--recode", help="code again articles stored by another coder version"),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help=WORKERS_HELP),
    text_column: str = typer.Option("text", "--text-column", help=TEXT_COLUMN_HELP),
) -> None:
    """Code articles and store them (idempotent, one transaction per article), then print what was found."""
    _check_lang(lang)
    from eventwire.parallel import all_cores
    from eventwire.samples import SAMPLES_DIR

    from eventwire.spark_output import count_articles, is_spark_output, read_spark_output
    from eventwire.store import CodedRecord

    if input_ and is_spark_output(input_):  # already coded by spark-code: load, assign stories
        raws, total, coded = (CodedRecord(data) for data in read_spark_output(input_)), None, count_articles(input_)
    else:
        (raws, total), coded = open_corpus(input_ or str(SAMPLES_DIR), text_column), None
    store = _open(db)
    with store, CorpusProgress(total, coded) as progress:
        report = _guard(lambda: store.ingest(raws, lang=lang, recode=recode, progress=progress.advance,
                                             workers=workers or all_cores()))
        for problem in report.errors:
            err.print(f"[yellow]skipped:[/yellow] {problem}", highlight=False)
        _print_summary(store, report)
    if report.failed and not (report.added or report.skipped or report.recoded):
        raise typer.Exit(1)  # every article failed


def _print_summary(store, report) -> None:
    console = Console(width=None if sys.stdout.isatty() else 150)
    summary = store.summary()
    console.print(f"[bold]{store.db.name}[/bold]: +{report.added} articles ({report.skipped} already stored, "
                  f"{report.recoded} recoded, {report.failed} failed), +{report.events} events; store holds "
                  f"{summary['articles']} articles, {summary['events']} events in {summary['stories']} stories",
                  highlight=False, soft_wrap=True)
    events = store.events(limit=SUMMARY_ROWS)
    title = _title("Events", len(events), summary["events"]) + (
        " (eventwire query events lists them all)" if len(events) < summary["events"] else "")
    table = Table("date", "source", "event", "target", "place", "evidence", title=title, show_lines=False)
    for row in events.astype(object).where(events.notna(), None).itertuples(index=False):
        flags = (" intent" if row.intent else "") + (" negated" if row.negated else "")
        quote = row.quote if len(row.quote) <= 70 else row.quote[:70] + "…"
        table.add_row(row.date or "?", f"{row.source_code} {row.source_name or ''}".strip(),
                      f"{row.cameo} {row.plover_type or ''}{flags}",
                      f"{row.target_code or '-'} {row.target_name or ''}".strip(), row.location_name or "", quote)
    console.print(table)


@query.command("timeline")
def timeline_cmd(actor_a: str = typer.Argument(..., help="source country, e.g. CHN"),
                 actor_b: str = typer.Argument(..., help="target country, e.g. AZE"),
                 period: str = typer.Option("month", "--period", help="day, week, month, quarter or year"),
                 both: bool = typer.Option(False, "--both", help="count both directions of the dyad"),
                 since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
                 db: Optional[str] = DB, fmt: str = FORMAT) -> None:
    """A dyad's stories per period by quad class, with mean Goldstein (counted by story, not mention)."""
    with _open(db, read_only=True) as store:
        frame = _guard(lambda: store.timeline(actor_a, actor_b, period=period, since=since, until=until,
                                              both_directions=both))
    print_frame(frame, fmt, f"{actor_a}→{actor_b} by {period}")


@query.command("actors")
def actors_cmd(since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
               limit: int = typer.Option(10, "--limit", min=0), by: str = typer.Option("country", "--by",
                                                                                 help="country, code or name"),
               db: Optional[str] = DB, fmt: str = FORMAT) -> None:
    """Actors in the most stories in a period."""
    with _open(db, read_only=True) as store:
        frame = _guard(lambda: store.top_actors(since=since, until=until, limit=limit, by=by))
    print_frame(frame, fmt, "top actors")


@query.command("dyads")
def dyads_cmd(since: Optional[str] = SINCE, until: Optional[str] = UNTIL, limit: int = typer.Option(10, "--limit", min=0),
              db: Optional[str] = DB, fmt: str = FORMAT) -> None:
    """Directed country pairs with the most stories in a period."""
    with _open(db, read_only=True) as store:
        frame = _guard(lambda: store.top_dyads(since=since, until=until, limit=limit))
    print_frame(frame, fmt, "top dyads")


@query.command("places")
def places_cmd(since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
               actor: Optional[str] = typer.Option(None, "--actor", help="country or actor code on either side"),
               limit: int = typer.Option(20, "--limit", min=0), db: Optional[str] = DB, fmt: str = FORMAT) -> None:
    """Event locations with their stories by quad class and mean Goldstein."""
    with _open(db, read_only=True) as store:
        frame = _guard(lambda: store.places(since=since, until=until, actor=actor, limit=limit))
    print_frame(frame, fmt, "places")


@query.command("events")
def events_cmd(actor: Optional[str] = typer.Option(None, "--actor", help="country or actor code on either side"),
               source: Optional[str] = typer.Option(None, "--source", help="source country (with --target)"),
               target: Optional[str] = typer.Option(None, "--target", help="target country (with --source)"),
               code: Optional[str] = typer.Option(None, "--code", help="CAMEO code, e.g. 042"),
               root: Optional[str] = typer.Option(None, "--root", help="CAMEO root, e.g. 04"),
               plover: Optional[str] = typer.Option(None, "--plover", help="PLOVER type, e.g. CONSULT"),
               quad: Optional[int] = typer.Option(None, "--quad", min=1, max=4, help="quad class 1-4"),
               place: Optional[str] = typer.Option(None, "--place", help="place name or its ISO3 country"),
               lang: Optional[str] = typer.Option(None, "--lang"),
               text: Optional[str] = typer.Option(None, "--text", help="words in the evidence quote"),
               story: Optional[str] = typer.Option(None, "--story", help="a story id: its mentions"),
               since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
               undated: bool = typer.Option(False, "--undated", help="only events no text or dateline dates"),
               newest: bool = typer.Option(False, "--newest", help="latest day first (undated last), not event_id order"),
               limit: Optional[int] = LIMIT, db: Optional[str] = DB, fmt: str = FORMAT) -> None:
    """Event mentions by actor, dyad, code, PLOVER type, place, date range or quote text (codes in any case)."""
    if bool(source) != bool(target):
        fail("--source and --target go together (a dyad); use --actor for one side", 2)
    if undated and (since or until):
        fail("--undated events have no day: --since and --until cannot select them", 2)
    _check_lang(lang)
    filters = dict(actor=actor, dyad=(source, target) if source else None, code=code, root=root, plover=plover,
                   quad_class=quad, place=place, lang=lang, text=text, story_id=story, since=since, until=until,
                   dated=False if undated else None)
    _print_events(db, fmt, limit, "events", filters, "newest" if newest else "id")


def _print_events(db: Optional[str], fmt: str, limit: Optional[int], name: str, filters: dict,
                  order: str = "id") -> None:
    with _open(db, read_only=True) as store:
        frame = _guard(lambda: store.events(limit=_shown(fmt, limit), order=order, **filters))
        total = _guard(lambda: store.count_events(**filters)) if fmt == "table" else len(frame)
    print_frame(frame, fmt, _title(name, len(frame), total), EVENT_TABLE)


@query.command("search")
def search_cmd(words: str = typer.Argument(..., help="words to find in the evidence quotes"),
               limit: Optional[int] = LIMIT, db: Optional[str] = DB, fmt: str = FORMAT) -> None:
    """Full-text search in the evidence quotes (case-insensitive, Turkish I's too: "GÖZALTI" finds "gözaltı")."""
    _print_events(db, fmt, limit, f"quotes with {words!r}", {"text": words})


@query.command("stories")
def stories_cmd(since: Optional[str] = SINCE, until: Optional[str] = UNTIL,
                min_mentions: int = typer.Option(1, "--min-mentions", min=1), limit: Optional[int] = LIMIT,
                db: Optional[str] = DB, fmt: str = FORMAT) -> None:
    """Stories with their mentions, articles, sources and first/last report."""
    with _open(db, read_only=True) as store:
        frame = _guard(lambda: store.stories(since=since, until=until, min_mentions=min_mentions, limit=None))
    shown = _shown(fmt, limit)
    print_frame(frame.head(shown) if shown is not None else frame, fmt,
                _title("stories", min(len(frame), shown if shown is not None else len(frame)), len(frame)))


EXPORTS = ("jsonl", "parquet", "gdelt")


@app.command("export")
def export_cmd(kind: str = typer.Argument(..., help="jsonl (full records), parquet (folder) or gdelt (TSV)"),
               dest: Path = typer.Argument(..., help="output file, or folder for parquet"),
               db: Optional[str] = DB) -> None:
    """Export the store: JSONL of full records, Parquet partitioned by month, or a GDELT 2.0 event table."""
    if kind not in EXPORTS:
        fail(f"{kind!r}: choose one of {', '.join(EXPORTS)}", 2)
    with _open(db, read_only=True) as store:
        count = _guard(lambda: getattr(store, f"export_{kind}")(dest), dest)
    unit = {"jsonl": "articles", "parquet": "events", "gdelt": "stories"}[kind]
    err.print(f"{dest}: {count} {unit}", highlight=False)


@app.command("import")
def import_cmd(source: Path = typer.Argument(..., help="a JSONL export/coding output, or Parquet file or folder"),
               db: Optional[str] = DB,
               assign_stories: bool = typer.Option(False, "--assign-stories",
                                                   help="group JSONL events into this store's stories")) -> None:
    """Load an export (or `eventwire code` output) into a store; nothing already stored doubles."""
    if not source.exists():
        fail(f"{source}: no such file or folder", 2)
    with _open(db) as store:
        if source.is_dir() or source.suffix == ".parquet":
            count = _guard(lambda: store.import_parquet(source))
            err.print(f"{source}: {count} event rows read", highlight=False)
            return
        report = _guard(lambda: store.import_jsonl(source, assign_stories=assign_stories))
    for problem in report.errors:
        err.print(f"[yellow]skipped:[/yellow] {problem}", highlight=False)
    err.print(f"{source}: +{report.articles} articles, +{report.events} events, {report.skipped} already stored",
              highlight=False)


@db_app.command("info")
def info_cmd(db: Optional[str] = DB, fmt: str = FORMAT) -> None:
    """Schema version and counts of a store (opening it for writing migrates it)."""
    import pandas as pd

    with _open(db, read_only=True) as store:
        summary = store.summary()
        rows = [("target", store.db.name), ("schema version", store.schema_version())]
        rows += [(key, summary[key]) for key in ("articles", "events", "stories", "actors")]
    print_frame(pd.DataFrame(rows, columns=["property", "value"]), fmt)


@db_app.command("migrate")
def migrate_cmd(db: Optional[str] = DB) -> None:
    """Bring a store's schema to this version of eventwire."""
    from eventwire.store.migrate import latest_version

    with _open(db) as store:
        err.print(f"{store.db.name}: schema version {store.schema_version()} (latest {latest_version()})",
                  highlight=False)


__all__ = ["FORMATS"]
