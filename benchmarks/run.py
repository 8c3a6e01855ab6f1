"""eventwire coding benchmark: prints throughput, startup and memory side by side.

    .venv/bin/python benchmarks/run.py [--articles N]

Figures, for Turkish and English: sentences/s and articles/s on one core (dev sets and
generated corpora), the same
text through spaCy's bare blank("tr") tokenizer as the floor (when spaCy is installed:
pip install -e '.[bench]'), startup time to the first event in a fresh process, and peak RSS.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate_corpus import generate  # noqa: E402

import eventwire  # noqa: E402
from eventwire.text.sentences import split_sentences  # noqa: E402

SHARED_EVAL = HERE.parent.parent / "shared" / "eval"
STARTUP_TEXT = {"tr": "ANKARA (AA) - Türkiye, Ankara'da Yunanistan ile bir araya geldi.",
                "en": "ANKARA (Northwire) - Turkey met Greece in Ankara."}


def measure(rows: list[dict], lang: str) -> dict:
    sentences = sum(len(split_sentences(r["text"], ())) for r in rows)
    eventwire.code(STARTUP_TEXT[lang], lang=lang)  # warm the coder and the gazetteer
    start = time.perf_counter()
    events = sum(len(eventwire.code(r["text"], lang=lang, dateline=r.get("dateline_date"), article_id=r["id"]).events)
                 for r in rows)
    seconds = time.perf_counter() - start
    return {"articles": len(rows), "sentences": sentences, "events": events, "seconds": seconds,
            "sent_per_s": sentences / seconds, "art_per_s": len(rows) / seconds}


def spacy_floor(rows: list[dict], lang: str) -> float | None:
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank(lang)
    start = time.perf_counter()
    for row in rows:
        nlp.make_doc(row["text"])
    return time.perf_counter() - start


def startup(lang: str) -> float:
    code = ("import time; t=time.perf_counter(); import eventwire; "
            f"a=eventwire.code({STARTUP_TEXT[lang]!r}, lang={lang!r}); "
            "assert a.events; print(time.perf_counter()-t)")
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    corpora = {}
    for lang in ("tr", "en"):
        corpora[f"{lang} generated"] = (lang, list(generate(args.articles, lang=lang)))
        dev = SHARED_EVAL / lang / "dev.jsonl"
        if dev.is_file():
            corpora[f"{lang} dev"] = (lang, [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines()])
    print(f"{'corpus':<14} {'articles':>8} {'sentences':>9} {'events':>7} {'sent/s/core':>11} {'art/s/core':>10} "
          f"{'spaCy floor s':>13} {'cost/floor':>10}")
    for name, (lang, rows) in corpora.items():
        m = measure(rows, lang)
        floor = spacy_floor(rows, lang)
        ratio = f"{m['seconds'] / floor:.1f}x" if floor else "n/a"
        print(f"{name:<14} {m['articles']:>8} {m['sentences']:>9} {m['events']:>7} {m['sent_per_s']:>11.0f} "
              f"{m['art_per_s']:>10.1f} {floor if floor else float('nan'):>13.3f} {ratio:>10}")
    for lang in ("tr", "en"):
        print(f"startup to first event, {lang} (fresh process): {startup(lang):.2f} s")
    print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
