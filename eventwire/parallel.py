"""Coding on all cores: a pool of worker processes fed in small batches.

Results come back in input order whatever the number of workers, and only a bounded
window of batches is in flight, so memory stays flat on a corpus of any size. One
worker codes in this process, with no pool at all.

Workers start by forkserver, which imports the calling script again in each worker:
a script that codes with workers > 1 keeps its work under `if __name__ == "__main__":`.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import NamedTuple

from eventwire.batch import code_raw, prepare_raw
from eventwire.inputs import RawArticle
from eventwire.record import Article

BATCH_ARTICLES = 8  # per task: large enough to hide the cost of passing articles between processes
WINDOW_PER_WORKER = 4  # batches in flight per worker


def all_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class CodingPool:
    """`with CodingPool(workers) as pool:` then `pool.stream(raws)` or `pool.code(chunk)`."""

    def __init__(self, workers: int | None = None, lang: str | None = None):
        self.workers = all_cores() if workers is None else workers
        if self.workers < 1:
            raise ValueError(f"--workers must be at least 1, got {self.workers}")
        self.lang = lang
        self._executor: ProcessPoolExecutor | None = None  # started on the first input of two batches or more

    def __enter__(self) -> "CodingPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._executor:
            self._executor.shutdown(cancel_futures=True)
            self._executor = None

    def stream(self, raws: Iterable[RawArticle], as_json: bool = False) -> Iterator[tuple[RawArticle, Article | CodedLine]]:
        """Each input with its coded article, in input order; `as_json`: a CodedLine instead, made in
        the workers, which spares this process most of the cost of receiving articles."""
        code = _code_batch_json if as_json else _code_batch
        batches = _batches(raws)
        first = list(islice(batches, 2))
        if self.workers == 1 or len(first) < 2:
            for batch in (*first, *batches):
                yield from zip(batch, code(batch, self.lang))
            return
        executor = self._start()
        window: deque[tuple[list[RawArticle], Future]] = deque()
        for batch in (*first, *islice(batches, self.workers * WINDOW_PER_WORKER - 2)):
            window.append((batch, executor.submit(code, batch, self.lang)))
        while window:
            batch, future = window.popleft()
            coded = _result(future)
            following = next(batches, None)
            if following:
                window.append((following, executor.submit(code, following, self.lang)))
            yield from zip(batch, coded)

    def code(self, raws: list[RawArticle], lang: str | None = None) -> list[Article]:
        """A chunk coded, in order; `lang` overrides the pool's language for articles without one."""
        return self._map(_code_batch, raws, lang or self.lang)

    def prepare(self, raws: list[RawArticle]) -> list[RawArticle]:
        """Web pages among `raws` get their main text extracted (see inputs.web); others pass as they are."""
        if not any(r.html is not None for r in raws):
            return raws
        return self._map(_prepare_batch, raws)

    def _map(self, batch_function, raws: list[RawArticle], *args) -> list:
        """`batch_function` over a chunk, in this process when one batch suffices, else on the pool."""
        if self.workers == 1 or len(raws) <= BATCH_ARTICLES:
            return batch_function(raws, *args)
        executor = self._start()
        return _gather(executor.submit(batch_function, batch, *args) for batch in _batches(raws))

    def worker_peak_rss_mb(self) -> list[float]:
        """Peak resident memory of each live worker (Linux /proc; empty without a pool)."""
        peaks = []
        for pid in (self._executor._processes if self._executor else {}):  # noqa: SLF001 - no public accessor
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            peaks += [int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")]
        return peaks

    def _start(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # forkserver: workers never inherit this process's threads (progress bar, database); the fork server
            # and each worker die with this process (eventwire.lifeline)
            context = get_context("forkserver")
            context.set_forkserver_preload(["eventwire.lifeline"])
            self._executor = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_warm_up)
        return self._executor


def _batches(raws: Iterable[RawArticle]) -> Iterator[list[RawArticle]]:
    items = iter(raws)
    while batch := list(islice(items, BATCH_ARTICLES)):
        yield batch


def _gather(futures: Iterable[Future]) -> list:
    return [item for future in list(futures) for item in _result(future)]


def _result(future: Future):
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise RuntimeError(
            "a coding worker process died (out of memory, killed, or it could not start: a script that codes "
            "with workers > 1 must keep its work under `if __name__ == \"__main__\":`, and cannot run from "
            "standard input); run with --workers 1 to code in this process") from exc


def _warm_up() -> None:
    from eventwire.lifeline import die_with_parent

    die_with_parent()  # (the fork server is this worker's parent, and dies with the pool's owner)
    from eventwire.api import LANGUAGES
    from eventwire.coding.pipeline import coder_for

    for lang in LANGUAGES:
        coder_for(lang)


def _code_batch(raws: list[RawArticle], lang: str | None) -> list[Article]:
    return [code_raw(raw, lang) for raw in raws]


class CodedLine(NamedTuple):
    """An article's output JSON line, and whether the article has errors."""
    json: str
    failed: bool


def _code_batch_json(raws: list[RawArticle], lang: str | None) -> list[CodedLine]:
    return [CodedLine(article.to_json(), bool(article.errors)) for article in _code_batch(raws, lang)]


def _prepare_batch(raws: list[RawArticle]) -> list[RawArticle]:
    return [prepare_raw(raw) for raw in raws]
