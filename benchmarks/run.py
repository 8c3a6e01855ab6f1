"""eventwire coding benchmark: every speed figure side by side, from one command.

    .venv/bin/python benchmarks/run.py [--articles 10000] [--profile]

For Turkish and English (generated corpora from our own templates, and the gold sets' real news when
../shared is present): sentences/s and articles/s end to end on one core and on all cores,
the same texts through spaCy's bare blank() tokenizer as the floor (pip install -e
'.[bench]'), the ratio of our cost to that floor, startup time to the first event, peak
RSS of the coding process and of the largest worker, the memory of `eventwire code` on a
corpus and on one ten times larger (streaming: it must not grow), and the time a 100,000-article day
takes on this machine, extrapolated from the measured all-cores run. --profile adds where
single-core time goes (cProfile, top functions by own time).
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate_corpus import generate  # noqa: E402

import eventwire  # noqa: E402
from eventwire.batch import code_raw  # noqa: E402
from eventwire.inputs import RawArticle  # noqa: E402
from eventwire.parallel import CodingPool, all_cores  # noqa: E402
from eventwire.text.sentences import split_sentences  # noqa: E402

SHARED_EVAL = HERE.parent.parent / "shared" / "eval"
DAY_ARTICLES = 100_000
STARTUP_TEXT = {"tr": "ANKARA (AA) - Türkiye, Ankara'da Yunanistan ile bir araya geldi.",
                "en": "ANKARA (Northwire) - Turkey met Greece in Ankara."}


def raws(rows: list[dict], lang: str) -> list[RawArticle]:
    return [RawArticle(r["id"], r["text"], lang=lang, dateline_date=r.get("dateline_date")) for r in rows]


MIN_SECONDS = 2.0  # a small corpus is coded again until this much time is measured
MIN_PARALLEL = 1000  # articles; on fewer, starting the workers is most of the time ("-" in the table)


def single_core(rows: list[dict], lang: str) -> tuple[float, int]:
    """Seconds per pass over `rows` on this process (the mean of as many passes as fit in
    MIN_SECONDS, after one warm-up pass), and the events found."""
    items = raws(rows, lang)
    events = sum(len(code_raw(raw).events) for raw in items)  # warm-up: coders, gazetteer, caches
    passes, start = 0, time.perf_counter()
    while passes == 0 or time.perf_counter() - start < MIN_SECONDS:
        for raw in items:
            code_raw(raw).to_json()  # end to end: the output line, as the all-cores run makes it
        passes += 1
    return (time.perf_counter() - start) / passes, events


def all_cores_run(rows: list[dict], lang: str, workers: int) -> tuple[float, float]:
    """Seconds to code `rows` on `workers` processes into output JSON lines (pool start included),
    and the largest worker's peak RSS in MB."""
    start = time.perf_counter()
    with CodingPool(workers) as pool:
        for _ in pool.stream(raws(rows, lang), as_json=True):
            pass
        rss = max(pool.worker_peak_rss_mb(), default=0.0)
    return time.perf_counter() - start, rss


def streaming_rss(articles: int, workers: int) -> list[tuple[int, float, float]]:
    """(articles, seconds, peak RSS MB) of `eventwire code` on a gzip corpus of 1x and 10x `articles`:
    the coding process's memory must not grow with the corpus (workers are measured apart)."""
    import gzip
    import tempfile

    out = []
    with tempfile.TemporaryDirectory() as folder:
        for count in (articles, articles * 10):
            corpus = Path(folder) / f"c{count}.jsonl.gz"
            with gzip.open(corpus, "wt", encoding="utf-8") as handle:
                for row in generate(count, seed=count, lang="tr"):
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            # VmHWM, not ru_maxrss, which keeps the high-water mark of the process before exec
            script = ("import sys, time; from eventwire.cli import app; t = time.perf_counter()\n"
                      "try:\n    app(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
                      "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
                      "print(time.perf_counter() - t, int(hwm) / 1024)")
            done = subprocess.run([sys.executable, "-c", script, "code", str(corpus), "-w", str(workers), "-o",
                                   str(Path(folder) / "out.jsonl")], capture_output=True, text=True, check=True)
            seconds, rss = (float(v) for v in done.stdout.split())
            out.append((count, seconds, rss))
    return out


def spacy_floor(rows: list[dict], lang: str) -> float | None:
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank(lang)
    for row in rows:  # warm-up pass: the first calls load the tokenizer's rules
        nlp.make_doc(row["text"])
    passes, start = 0, time.perf_counter()
    while passes == 0 or time.perf_counter() - start < MIN_SECONDS / 4:
        for row in rows:
            nlp.make_doc(row["text"])
        passes += 1
    return (time.perf_counter() - start) / passes


def startup(lang: str) -> float:
    code = ("import time; t=time.perf_counter(); import eventwire; "
            f"a=eventwire.code({STARTUP_TEXT[lang]!r}, lang={lang!r}); "
            "assert a.events; print(time.perf_counter()-t)")
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def profile(rows: list[dict], lang: str, top: int = 18) -> None:
    items = raws(rows, lang)
    profiler = cProfile.Profile()
    profiler.enable()
    for raw in items:
        code_raw(raw)
    profiler.disable()
    print(f"\nprofile, {lang}, {len(rows)} articles on one core (own time):")
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def load_corpora(articles: int) -> dict[str, tuple[str, list[dict]]]:
    corpora = {}
    for lang in ("tr", "en"):
        corpora[f"{lang} generated"] = (lang, list(generate(articles, lang=lang)))
        for name in ("dev", "train", "articles_dev"):  # real news (the gold sets' texts)
            path = SHARED_EVAL / lang / f"{name}.jsonl"
            if path.is_file():
                rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
                corpora[f"{lang} {name}"] = (lang, [r for r in rows if r.get("text")])
    return corpora


RUN_ON = "Türkiye ile Yunanistan arasında görüşmeler sürerken Rusya Ukrayna'ya saldırdı ve İran Irak'ı kınadı, "


def run_on(chars: int) -> float:
    """Seconds to code one run-on "sentence" of `chars` characters (no full stop): it must grow linearly."""
    text = RUN_ON * (chars // len(RUN_ON))
    start = time.perf_counter()
    eventwire.code(text, lang="tr")
    return time.perf_counter() - start


def _rate(count: int, seconds: float | None) -> str:
    return f"{count / seconds:,.0f}" if seconds else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="generated articles per language")
    parser.add_argument("--workers", type=int, default=all_cores(), help="processes for the all-cores run")
    parser.add_argument("--profile", action="store_true", help="print where single-core time goes")
    args = parser.parse_args()
    corpora = load_corpora(args.articles)
    print(f"machine: {all_cores()} cores; all-cores runs use {args.workers} workers\n")
    header = (f"{'corpus':<13} {'articles':>8} {'sentences':>9} {'events':>7} │ {'sent/s 1 core':>13} "
              f"{'art/s 1 core':>12} │ {'sent/s all':>10} {'art/s all':>9} │ {'floor s':>7} {'cost/floor':>10}")
    print(header + "\n" + "─" * len(header))
    day, worker_rss = None, 0.0
    for name, (lang, rows) in corpora.items():
        sentences = sum(len(split_sentences(r["text"], ())) for r in rows)
        seconds, events = single_core(rows, lang)
        parallel = None
        if len(rows) >= MIN_PARALLEL:
            parallel, rss = all_cores_run(rows, lang, args.workers)
            worker_rss = max(worker_rss, rss)
        floor = spacy_floor(rows, lang)
        ratio = f"{seconds / floor:.1f}x" if floor else "n/a"
        print(f"{name:<13} {len(rows):>8} {sentences:>9} {events:>7} │ {sentences / seconds:>13,.0f} "
              f"{len(rows) / seconds:>12,.0f} │ {_rate(sentences, parallel):>10} {_rate(len(rows), parallel):>9} │ "
              f"{floor if floor else float('nan'):>7.2f} {ratio:>10}")
        if name == "tr generated" and parallel:
            day = (len(rows), parallel * DAY_ARTICLES / len(rows))
    print("floor: spaCy's tokenizer caches each distinct word, so templated text (few distinct words) is cheap "
          "for it;\n       the dev rows (real news) give the cost/floor ratio that holds for news.")
    print(f"\npeak RSS: coding process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB "
          f"(it holds the whole generated corpus), largest worker {worker_rss:.0f} MB")
    for lang in ("tr", "en"):
        print(f"startup to first event, {lang} (fresh process): {startup(lang):.2f} s")
    small, large = run_on(100_000), run_on(1_000_000)
    print(f"a run-on text without full stops: 100 KB {small:.2f} s, 1 MB {large:.2f} s ({large / small:.1f}x for 10x)")
    for count, seconds, rss in streaming_rss(max(args.articles // 5, 200), args.workers):
        print(f"eventwire code on {count:,} gzip'd articles, {args.workers} workers: {seconds:.1f} s, "
              f"peak RSS of the reading and writing process {rss:.0f} MB")
    if day:
        print(f"a {DAY_ARTICLES:,}-article day of Turkish news on {args.workers} workers: {day[1] / 60:.1f} min "
              f"(extrapolated from {day[0]:,} articles measured)")
    if args.profile:
        profile(corpora["tr generated"][1][:1000], "tr")


if __name__ == "__main__":
    main()
