"""What every command shares: the app, the error console, input reading, output formats."""
from __future__ import annotations

import os
import sys

import typer
from rich.console import Console
from rich.progress import (BarColumn, Progress, ProgressColumn, TaskProgressColumn, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)
from rich.text import Text
from rich.table import Table

app = typer.Typer(help="eventwire: political event data from Turkish and English news.", no_args_is_help=True)
err = Console(stderr=True, soft_wrap=True)
PROGRESS_MIN_BYTES = 200_000  # smaller inputs finish before a progress bar would help
FORMATS = ("table", "csv", "json")


def default_db() -> str:
    """The store commands use: $EVENTWIRE_DB, else eventwire.duckdb in the working folder."""
    return os.environ.get("EVENTWIRE_DB", "eventwire.duckdb")


class ArticleRate(ProgressColumn):
    """Articles handled so far and articles per second."""

    def render(self, task) -> Text:
        articles = task.fields.get("articles", 0)
        rate = articles / task.elapsed if task.elapsed else 0.0
        return Text(f"{articles:,} articles, {rate:,.0f}/s", style="progress.data.speed")


class CorpusProgress:
    """A progress bar over a corpus: percent and ETA by input bytes read, articles/s by count."""

    def __init__(self, total_bytes: int | None, total_articles: int | None = None):
        """Progress by input bytes, or by article count when `total_articles` is given (coded input)."""
        self.articles = 0
        self.by_count = total_articles is not None
        total_bytes = total_articles if self.by_count else total_bytes
        self.bar = Progress(TextColumn("[bold]coding"), BarColumn(), TaskProgressColumn(), ArticleRate(),
                            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=err,
                            disable=not self.by_count and total_bytes is not None and total_bytes < PROGRESS_MIN_BYTES)
        self.task = self.bar.add_task("coding", total=total_bytes, articles=0)

    def __enter__(self) -> "CorpusProgress":
        self.bar.start()
        return self

    def __exit__(self, *exc) -> None:
        self.bar.stop()

    def advance(self, raw) -> None:
        """One input article handled (`raw.offset`: input bytes read up to it)."""
        self.articles += 1
        done = self.articles if self.by_count else getattr(raw, "offset", 0)
        self.bar.update(self.task, completed=done, articles=self.articles)


def open_corpus(input_: str, text_column: str = "text"):
    """(articles, total input bytes) of a corpus; a missing or unsupported input exits 2 with its name."""
    from eventwire.inputs import corpus_size, read_inputs

    try:
        return read_inputs(input_, text_column), corpus_size(input_)
    except (FileNotFoundError, ValueError) as exc:
        fail(str(exc), 2)


WORKERS_HELP = "processes that code in parallel (default: all cores)"
TEXT_COLUMN_HELP = "the text field of JSONL and Parquet rows"


def fail(message: str, code: int = 1):
    err.print(f"[red]error:[/red] {message}", markup=True, highlight=False)
    raise typer.Exit(code)


def print_frame(df, fmt: str, title: str | None = None, table_columns: tuple[str, ...] | None = None) -> None:
    """A DataFrame as a terminal table (only `table_columns` when given), CSV or JSON records on stdout."""
    if fmt == "csv":
        sys.stdout.write(df.to_csv(index=False))
    elif fmt == "json":
        sys.stdout.write(df.to_json(orient="records", date_format="iso", force_ascii=False) + "\n")
    elif fmt == "table":
        if table_columns:
            df = df[list(table_columns)]
        table = Table(title=title)
        for name in df.columns:
            table.add_column(str(name), overflow="fold")
        for row in df.itertuples(index=False):
            table.add_row(*("" if _missing(v) else str(v) for v in row))
        Console(width=None if sys.stdout.isatty() else 160).print(table)
        if df.empty:
            err.print("no rows")
    else:
        fail(f"--format {fmt!r}: choose one of {', '.join(FORMATS)}", 2)


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value)
