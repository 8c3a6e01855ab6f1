"""Commands that code text: code, eval, dictionaries, version."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from eventwire.cli.common import app, err, progress_bar, read_all

dictionaries = typer.Typer(help="Inspect and validate the plain-text language dictionaries.", no_args_is_help=True)
app.add_typer(dictionaries, name="dictionaries")


@app.command("code")
def code_cmd(
    input_: str = typer.Argument(..., metavar="INPUT", help=".jsonl or .txt file, a folder of them, or - for stdin"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="output JSONL file (default: stdout)"),
    lang: Optional[str] = typer.Option(None, "--lang", help="language of articles without one: tr or en (default: detected per article)"),
) -> None:
    """Code articles into events, one output JSON line per article."""
    from eventwire.batch import code_articles

    raws = read_all(input_)
    failed = 0
    handle = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        with progress_bar(len(raws)) as progress:
            task = progress.add_task("coding", total=len(raws))
            for article in code_articles(raws, lang):
                failed += bool(article.errors)
                handle.write(article.to_json() + "\n")
                progress.advance(task)
    finally:
        if out:
            handle.close()
    if failed:
        err.print(f"[yellow]{failed} of {len(raws)} articles had errors (see their 'errors' field)[/yellow]")


@app.command("eval")
def eval_cmd(
    gold: Path = typer.Argument(..., help="gold JSONL (shared/eval/ANNOTATION.md)"),
    lang: Optional[str] = typer.Option(None, "--lang"),
    as_json: bool = typer.Option(False, "--json", help="print the scores as JSON"),
    misses: int = typer.Option(15, "--misses", help="how many misses and extras to list"),
) -> None:
    """Score the coder against gold events: P/R/F1 and agreement on matched events."""
    from eventwire.evaluate import evaluate

    if not gold.is_file():
        err.print(f"[red]error:[/red] {gold}: no such file")
        raise typer.Exit(2)
    scores = evaluate(gold, lang)
    if as_json:
        print(json.dumps(scores.to_dict(), ensure_ascii=False, indent=2))
        return
    console = Console()
    table = Table("lang", "articles", "gold", "predicted", "matched", "precision", "recall", "F1", title=str(gold))
    table.add_row(scores.lang, str(scores.articles), str(scores.gold), str(scores.predicted), str(scores.matched),
                  f"{scores.precision:.3f}", f"{scores.recall:.3f}", f"{scores.f1:.3f}")
    console.print(table)
    agreement = Table("on matched events", "agreement", "compared")
    for name in sorted(scores.compared):
        agreement.add_row(name, f"{scores.accuracy(name):.3f}", str(scores.compared[name]))
    console.print(agreement)
    for title, rows in (("misses", scores.misses), ("extras", scores.extras)):
        console.print(f"[bold]{title}[/bold] ({len(rows)}):")
        for row in rows[:misses]:
            console.print(f"  {row['id']} {row['key']} {row['cameo']}: {row['quote'][:110]!r}", markup=False)


@dictionaries.command("check")
def dictionaries_check(lang: Optional[str] = typer.Argument(None, help="one pack (tr, en); default: all")) -> None:
    """Report malformed dictionary lines with file and line number."""
    from eventwire.lang import available, check

    problems = check(lang)
    for problem in problems:
        print(problem)
    packs = lang or ", ".join(available())
    if problems:
        err.print(f"[red]{len(problems)} problem(s) in {packs}[/red]")
        raise typer.Exit(1)
    err.print(f"[green]{packs}: all dictionary files are well formed[/green]")


@app.command("version")
def version_cmd() -> None:
    """Print the coder, dictionary and ontology versions."""
    from eventwire.api import LANGUAGES
    from eventwire.coding.pipeline import coder_for

    for lang in LANGUAGES:
        print(coder_for(lang).version)


