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

    if lang is not None and lang not in ("tr", "en"):
        fail(f"--lang {lang!r}: unsupported language; supported: tr, en", 2)
    raws, total = open_corpus(input_, text_column)
    failed = articles = 0
    try:
        handle = out.open("w", encoding="utf-8") if out else sys.stdout
    except OSError as exc:
        fail(f"{out}: cannot write the output ({exc.strerror or exc})", 2)
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
    if articles == 0:
        err.print(f"{input_}: no articles to code")
    elif failed == articles:
        raise typer.Exit(1)  # nothing was coded


@app.command("eval")
def eval_cmd(
    gold: list[Path] = typer.Argument(..., help="gold JSONL files (shared/eval/ANNOTATION.md)"),
    lang: Optional[str] = typer.Option(None, "--lang", help="language of gold articles without one"),
    folds: Optional[int] = typer.Option(None, "--folds", "-k", min=2,
                                        help="cross-validate: train on K-1 folds, score the held-out fold, rules "
                                             "and learned coder side by side"),
    rules_only: bool = typer.Option(False, "--rules", help="score the rule coder alone (without the decision step)"),
    as_json: bool = typer.Option(False, "--json", help="print the scores as JSON"),
    misses: int = typer.Option(15, "--misses", help="how many misses and extras to list per language"),
) -> None:
    """Score the coder against gold events: a table per language (P/R/F1, agreement, roots, misses);
    with --folds, cross-validated figures of the rule and the learned coder."""
    if folds is not None:
        _print_folds(_on_gold(gold, lambda: _cross_validate(gold, lang, folds)), folds, as_json)
        return
    by_lang = _score(gold, lang, rules_only)
    if as_json:
        print(json.dumps({k: s.to_dict() for k, s in by_lang.items()}, ensure_ascii=False, indent=2))
        return
    _print_scores(by_lang, misses)


def _score(gold: list[Path], lang: str | None, rules_only: bool = False):
    from eventwire.evaluate import evaluate_by_language

    return _on_gold(gold, lambda: evaluate_by_language(gold, lang, rules_only))


def _cross_validate(gold: list[Path], lang: str | None, folds: int):
    from eventwire.decide.crossval import cross_validate_files

    _need_training()
    return cross_validate_files(gold, folds, lang)


def _need_training() -> None:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        fail("training needs scikit-learn: pip install 'eventwire[train]'", 2)


def _print_folds(results, folds: int, as_json: bool) -> None:
    if as_json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return
    table = Table("lang", "gold set", "coder", "articles", "gold", "predicted", "matched", "precision", "recall", "F1",
                  title=f"{folds}-fold cross-validation: each article scored by a model that never saw it")
    for lang, by_set in results.items():
        for name, coders in by_set.items():
            for coder, s in coders.items():
                table.add_row(lang, name, coder, str(s["articles"]), str(s["gold"]), str(s["predicted"]),
                              str(s["matched"]), f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}")
    Console().print(table)


@app.command("train")
def train_cmd(
    gold: list[Path] = typer.Argument(..., help="gold JSONL files to learn from"),
    lang: str = typer.Option(..., "--lang", help="the language to train (tr or en); other articles are left out"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="model file (default: the package's "
                                                                 "lang/<lang>/decisions.json, used from then on)"),
    c_event: float = typer.Option(0.3, "--c-event", min=0.001, help="inverse regularisation of the event model"),
    c_role: float = typer.Option(1.0, "--c-role", min=0.001, help="inverse regularisation of the role models"),
) -> None:
    """Learn the decision step's weights from gold articles (reproducible: same gold, same weights)."""
    from eventwire.decide.model import packaged_path
    from eventwire.decide.training import Settings, train
    from eventwire.evaluate import read_gold

    _need_training()
    if lang not in ("tr", "en"):
        fail(f"--lang {lang!r}: unsupported language; supported: tr, en", 2)
    model = _on_gold(gold, lambda: train(_rules_coder(lang), [r for p in gold for r in read_gold(p)],
                                         Settings(c_event=c_event, c_role=c_role), [p.name for p in gold]))
    target = out or packaged_path(lang)
    model.save(target)
    info = model.info
    print(f"{target}: {info['version']}, {info['articles']} articles, {info['events']} gold events placed, "
          f"{len(model.event.weights)} event weights, threshold {model.threshold:.2f}")


def _rules_coder(lang: str):
    from eventwire.coding.pipeline import coder_for

    return coder_for(lang)


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


DEFAULT_GOLD = [("tr", "train.jsonl"), ("tr", "dev.jsonl"), ("en", "articles_dev.jsonl"), ("en", "dev.jsonl")]


@app.command("accuracy")
def accuracy_cmd(
    gold: Optional[list[Path]] = typer.Argument(None, help="gold JSONL files; default: ../shared/eval/tr/{train,dev}.jsonl "
                                                           "and en/{articles_dev,dev}.jsonl"),
    out: Path = typer.Option(Path("ACCURACY.md"), "--out", "-o", help="Markdown report; the JSON goes beside it"),
    folds: int = typer.Option(5, "--folds", "-k", min=2, help="folds of the cross-validation"),
) -> None:
    """Write ACCURACY.md (and ACCURACY.json): cross-validated figures first, then the dev sets as a
    regression check."""
    from eventwire.accuracy import write_report

    _need_training()
    paths = gold or [Path("..", "shared", "eval", lang, name) for lang, name in DEFAULT_GOLD]
    report = _on_gold(paths, lambda: write_report(paths, out, folds))
    for lang, sets in report["cross_validated"].items():
        s = sets.get("all", next(iter(sets.values())))["learned"]
        print(f"{lang}: cross-validated F1 {s['f1']:.3f} (P {s['precision']:.3f}, R {s['recall']:.3f})")
    for lang, s in report["languages"].items():
        print(f"{lang}: dev F1 {s['f1']:.3f} on {', '.join(s['files'])} (regression check)")
    print(f"wrote {out} and {out.with_suffix('.json')}")


@dictionaries.command("check")
def dictionaries_check(lang: Optional[str] = typer.Argument(None, help="one pack (tr, en); default: all")) -> None:
    """Report malformed dictionary lines with file and line number."""
    from eventwire.lang import available, check

    if lang is not None and lang not in available():
        fail(f"no language pack {lang!r}; available: {', '.join(available())}", 2)
    problems = check(lang)
    for problem in problems:
        print(problem)
    packs = lang or ", ".join(available())
    if problems:
        err.print(f"[red]{len(problems)} problem(s) in {packs}[/red]")
        raise typer.Exit(1)
    err.print(f"[green]{packs}: all dictionary files are well formed[/green]")


@dictionaries.command("stats")
def dictionaries_stats(lang: Optional[str] = typer.Argument(None, help="one pack (tr, en); default: all")) -> None:
    """Entries per dictionary file, and event phrases per CAMEO root and file."""
    from eventwire.lang import available
    from eventwire.lang.stats import pack_stats

    for code in [lang] if lang else available():
        if code not in available():
            fail(f"no language pack {code!r}; available: {', '.join(available())}", 2)
        files, roots = pack_stats(code)
        table = Table("file", "entries", title=f"{code}: dictionary files")
        for name, count in files.items():
            table.add_row(name, f"{count:,}")
        Console().print(table)
        names = sorted({f for counts in roots.values() for f in counts})
        by_root = Table("root", *names, "all", title=f"{code}: event phrases per CAMEO root")
        for root, counts in roots.items():
            by_root.add_row(root, *(f"{counts.get(f, 0):,}" for f in names), f"{sum(counts.values()):,}")
        Console().print(by_root)


@app.command("version")
def version_cmd() -> None:
    """Print the coder, dictionary and ontology versions."""
    from eventwire.api import LANGUAGES
    from eventwire.coding.pipeline import coder_for

    for lang in LANGUAGES:
        print(coder_for(lang).version)


