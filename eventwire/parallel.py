"""Coding on all cores: a pool of worker processes fed in small batches.

Results come back in input order whatever the number of workers, and only a bounded
window of batches is in flight, so memory stays flat on a corpus of any size. One
worker codes in this process, with no pool at all.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing import get_context

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

    def stream(self, raws: Iterable[RawArticle]) -> Iterator[tuple[RawArticle, Article]]:
        """Each input with its coded article, in input order."""
        batches = _batches(raws)
        first = list(islice(batches, 2))
        if self.workers == 1 or len(first) < 2:
            for raw in (r for batch in (*first, *batches) for r in batch):
                yield raw, code_raw(raw, self.lang)
            return
        executor = self._start()
        window: deque[tuple[list[RawArticle], Future]] = deque()
        for batch in (*first, *islice(batches, self.workers * WINDOW_PER_WORKER - 2)):
            window.append((batch, executor.submit(_code_batch, batch, self.lang)))
        while window:
            batch, future = window.popleft()
            coded = future.result()
            following = next(batches, None)
            if following:
                window.append((following, executor.submit(_code_batch, following, self.lang)))
            yield from zip(batch, coded)

    def code(self, raws: list[RawArticle], lang: str | None = None) -> list[Article]:
        """A chunk coded, in order; `lang` overrides the pool's language for articles without one."""
        use = lang or self.lang
        if self.workers == 1 or len(raws) <= BATCH_ARTICLES:
            return [code_raw(raw, use) for raw in raws]
        executor = self._start()
        return _gather(executor.submit(_code_batch, b, use) for b in _batches(raws))

    def prepare(self, raws: list[RawArticle]) -> list[RawArticle]:
        """Web pages among `raws` get their main text extracted (see inputs.web); others pass as they are."""
        if not any(r.html is not None for r in raws):
            return raws
        if self.workers == 1 or len(raws) <= BATCH_ARTICLES:
            return [prepare_raw(raw) for raw in raws]
        executor = self._start()
        return _gather(executor.submit(_prepare_batch, b) for b in _batches(raws))

    def _start(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # forkserver: workers never inherit this process's threads (progress bar, database)
            self._executor = ProcessPoolExecutor(self.workers, mp_context=get_context("forkserver"),
                                                 initializer=_warm_up)
        return self._executor


def _batches(raws: Iterable[RawArticle]) -> Iterator[list[RawArticle]]:
    items = iter(raws)
    while batch := list(islice(items, BATCH_ARTICLES)):
        yield batch


def _gather(futures: Iterable[Future]) -> list:
    return [item for future in list(futures) for item in future.result()]


def _warm_up() -> None:
    from eventwire.api import LANGUAGES
    from eventwire.coding.pipeline import coder_for

    for lang in LANGUAGES:
        coder_for(lang)


def _code_batch(raws: list[RawArticle], lang: str | None) -> list[Article]:
    return [code_raw(raw, lang) for raw in raws]


def _prepare_batch(raws: list[RawArticle]) -> list[RawArticle]:
    return [prepare_raw(raw) for raw in raws]
