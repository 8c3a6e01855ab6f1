"""What every command shares: the app, the error console, input reading, output formats."""
from __future__ import annotations

import os
import sys

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

app = typer.Typer(help="eventwire: political event data from Turkish and English news.", no_args_is_help=True)
err = Console(stderr=True, soft_wrap=True)
PROGRESS_MIN = 20  # articles; shorter inputs finish before a bar would help
FORMATS = ("table", "csv", "json")


def default_db() -> str:
    """The store commands use: $EVENTWIRE_DB, else eventwire.duckdb in the working folder."""
    return os.environ.get("EVENTWIRE_DB", "eventwire.duckdb")


def progress_bar(total: int | None) -> Progress:
    return Progress(TextColumn("[bold]coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, disable=total is not None and total < PROGRESS_MIN)


def read_all(input_: str) -> list:
    from eventwire.inputs import read_inputs

    try:
        return list(read_inputs(input_))
    except (FileNotFoundError, ValueError) as exc:
        fail(str(exc), 2)


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
