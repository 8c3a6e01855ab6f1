"""Commands that code text: code, eval, dictionaries, version."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from eventwire.cli.common import (TEXT_COLUMN_HELP, WORKERS_HELP, CorpusProgress, app, err, fail,
                                  open_corpus)

dictionaries = typer.Typer(help="Inspect and validate the plain-text language dictionaries.", no_args_is_help=True)
app.add_typer(dictionaries, name="dictionaries")


@app.command("code")
def code_cmd(
    input_: str = typer.Argument(..., metavar="INPUT", help="corpus file or folder (JSONL, .gz/.zst, TXT, Parquet, "
                                                           "WARC, HTML), or - for stdin"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="output JSONL file (default: stdout)"),
    lang: Optional[str] = typer.Option(None, "--lang", help="language of articles without one: tr or en (default: detected per article)"),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help=WORKERS_HELP),
    text_column: str = typer.Option("text", "--text-column", help=TEXT_COLUMN_HELP),
) -> None:
    """Code articles into events, one output JSON line per article, in input order."""
    from eventwire.parallel import CodingPool

    raws, total = open_corpus(input_, text_column)
    failed = articles = 0
    handle = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        with CodingPool(workers, lang) as pool, CorpusProgress(total) as progress:
            for raw, line in pool.stream(raws, as_json=True):
                failed += line.failed
                articles += 1
                handle.write(line.json + "\n")
                progress.advance(raw)
    except RuntimeError as exc:  # a worker process died: what was written stays, the message says why
        fail(f"{exc} ({articles} articles written)")
    finally:
        if out:
            handle.close()
    if failed:
        err.print(f"[yellow]{failed} of {articles} articles had errors (see their 'errors' field)[/yellow]")


@app.command("eval")
def eval_cmd(
    gold: list[Path] = typer.Argument(..., help="gold JSONL files (shared/eval/ANNOTATION.md)"),
    lang: Optional[str] = typer.Option(None, "--lang", help="language of gold articles without one"),
    as_json: bool = typer.Option(False, "--json", help="print the scores as JSON"),
    misses: int = typer.Option(15, "--misses", help="how many misses and extras to list per language"),
) -> None:
    """Score the coder against gold events: a table per language (P/R/F1, agreement, roots, misses)."""
    by_lang = _score(gold, lang)
    if as_json:
        print(json.dumps({k: s.to_dict() for k, s in by_lang.items()}, ensure_ascii=False, indent=2))
        return
    _print_scores(by_lang, misses)


def _score(gold: list[Path], lang: str | None):
    from eventwire.evaluate import evaluate_by_language

    return _on_gold(gold, lambda: evaluate_by_language(gold, lang))


def _on_gold(gold: list[Path], action):
    """Run `action` over gold files; a missing or malformed gold file exits 2 with its name."""
    for path in gold:
        if not path.is_file():
            fail(f"{path}: no such file", 2)
    try:
        return action()
    except ValueError as exc:
        fail(str(exc), 2)


def _print_scores(by_lang, misses: int) -> None:
    from eventwire.accuracy import AGREEMENTS, scores_table_rows

    console = Console()
    table = Table("lang", "articles", "gold", "predicted", "matched", "precision", "recall", "F1",
                  title="events paired on (source country, target country, CAMEO root)")
    for row in scores_table_rows(by_lang):
        table.add_row(*row)
    console.print(table)
    agreement = Table("on matched events", *by_lang)
    for name in AGREEMENTS:
        cells = [f"{s.accuracy(name):.3f} of {s.compared[name]}" if s.compared[name] else "-" for s in by_lang.values()]
        agreement.add_row(name, *cells)
    console.print(agreement)
    for lang, scores in by_lang.items():
        roots = Table("root", "gold", "predicted", "matched", "P", "R", "F1", title=f"by CAMEO root ({lang})")
        for r in scores.by_root():
            roots.add_row(r["root"], str(r["gold"]), str(r["predicted"]), str(r["matched"]), f"{r['precision']:.2f}",
                          f"{r['recall']:.2f}", f"{r['f1']:.2f}")
        console.print(roots)
        confused = [(g, p, n) for (g, p), n in scores.confusion.most_common() if g != p]
        if confused:
            console.print(f"same dyad, other root ({lang}, gold -> predicted): "
                          + ", ".join(f"{g}->{p} x{n}" for g, p, n in confused), highlight=False)
        for title, rows in (("misses", scores.misses), ("extras", scores.extras)):
            console.print(f"[bold]{title}[/bold] ({lang}, {len(rows)}):")
            for row in rows[:misses]:
                console.print(f"  {row['id']} {row['key']} {row['cameo']}: {row['quote'][:110]!r}", markup=False)


@app.command("accuracy")
def accuracy_cmd(
    gold: Optional[list[Path]] = typer.Argument(None, help="gold JSONL files; default: ../shared/eval/{tr,en}/dev.jsonl"),
    out: Path = typer.Option(Path("ACCURACY.md"), "--out", "-o", help="Markdown report; the JSON goes beside it"),
) -> None:
    """Write ACCURACY.md (and ACCURACY.json) with the current figures per language."""
    from eventwire.accuracy import write_report

    paths = gold or [Path("..", "shared", "eval", lang, "dev.jsonl") for lang in ("tr", "en")]
    report = _on_gold(paths, lambda: write_report(paths, out))
    for lang, s in report["languages"].items():
        print(f"{lang}: F1 {s['f1']:.3f} (P {s['precision']:.3f}, R {s['recall']:.3f}) on {', '.join(s['files'])}")
    print(f"wrote {out} and {out.with_suffix('.json')}")


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


