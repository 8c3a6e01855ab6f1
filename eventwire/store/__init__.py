"""The event store: DuckDB file by default, PostgreSQL by URL; same schema and queries.

    store = Store("events.duckdb")            # or Store("postgresql://user@host/db")
    store.ingest(read_inputs("corpus.jsonl"))
    store.timeline("CHN", "AZE", period="month")   # a pandas DataFrame

Ingest is idempotent (same article id and text: nothing added), atomic per article
(its row, events, actors and story links commit together) and resumable (a killed
run leaves whole articles only; running again stores the rest).
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.inputs import RawArticle
from eventwire.record import Article
from eventwire.store import queries
from eventwire.store.backends import Backend, DuckDBBackend, StoreError, open_backend
from eventwire.store.columns import ARTICLE_COLUMNS, EVENT_COLUMNS, event_record
from eventwire.store.migrate import latest_version, migrate
from eventwire.store.writer import Writer, text_hash

__all__ = ["Store", "StoreError", "IngestReport", "CodedRecord", "DEFAULT_TARGET", "text_hash"]
DEFAULT_TARGET = "eventwire.duckdb"
RELEASE_EVERY_S = 0.5  # a DuckDB writer lets other processes in this often
OPEN_WAIT_S = 60.0  # how long opening a DuckDB file waits for another process's write lock
CHUNK_ARTICLES = 50  # articles per transaction in ingest


@dataclass
class CodedRecord:
    """An article coded elsewhere (e.g. by `eventwire spark-code`): output JSON with text and `coder`."""
    data: dict

    id = property(lambda self: self.data["id"])
    lang = property(lambda self: self.data["lang"])
    text = property(lambda self: self.data.get("text") or "")
    events = property(lambda self: self.data["events"])
    errors = property(lambda self: self.data.get("errors") or [])
    coder = property(lambda self: self.data.get("coder"))

    def to_dict(self, with_text: bool = True) -> dict:
        return self.data


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0
    recoded: int = 0
    failed: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)


class Store:
    """A store of articles, events, actors and stories (see module doc)."""

    def __init__(self, target: str | Path = DEFAULT_TARGET, read_only: bool = False, wait: float = OPEN_WAIT_S):
        """`wait`: seconds to wait for a DuckDB file that another process holds open for writing."""
        self.target = str(target)
        self.read_only = read_only
        self.db: Backend = open_backend(self.target, read_only=read_only, wait=wait)
        self.writer = Writer(self.db)
        self._released = time.monotonic()
        try:
            if read_only:
                if self.schema_version() != latest_version():
                    raise StoreError(f"{self.db.name}: schema version {self.schema_version()} needs migrating; "
                                     "open it once for writing")
            else:
                migrate(self.db)
        except BaseException:
            self.db.close()
            raise

    # -- life cycle -------------------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def schema_version(self) -> int:
        from eventwire.store.migrate import current_version

        return current_version(self.db)

    # -- writing ----------------------------------------------------------------------------
    def ingest(self, items: Iterable[RawArticle | Article | CodedRecord], lang: str | None = None, recode: bool = False,
               progress: Callable[[RawArticle | Article], None] | None = None, chunk: int = CHUNK_ARTICLES,
               workers: int = 1) -> IngestReport:
        """Code (when given raw input) and store articles; see the module doc for guarantees.

        An article already stored with the same text is skipped; with `recode` it is coded
        again when the coder version changed. Articles are written `chunk` at a time, each
        chunk in one transaction, coded by `workers` processes (eventwire.parallel);
        `progress` is called with each input item once it is handled.
        """
        from eventwire.parallel import BATCH_ARTICLES, WINDOW_PER_WORKER, CodingPool

        report = IngestReport()
        chunk = max(chunk, workers * WINDOW_PER_WORKER * BATCH_ARTICLES) if workers > 1 else chunk
        with CodingPool(workers, lang) as pool:
            pending: list[RawArticle | Article] = []
            for item in items:
                pending.append(item)
                if len(pending) >= chunk:
                    self._ingest_chunk(pending, pool, recode, progress, report)
                    pending = []
            if pending:
                self._ingest_chunk(pending, pool, recode, progress, report)
        return report

    def _ingest_chunk(self, items: list, pool, recode: bool, progress, report: IngestReport) -> None:
        from eventwire.batch import article_id_of
        from eventwire.langid import detect

        raws = pool.prepare([i for i in items if isinstance(i, RawArticle)])
        prepared = iter(raws)
        items = [next(prepared) if isinstance(i, RawArticle) else i for i in items]
        ids = [article_id_of(i) if isinstance(i, RawArticle) else i.id for i in items]
        marks = ", ".join("?" * len(ids))
        stored = {r[0]: (r[1], r[2]) for r in self.db.execute(
            f"SELECT id, text_hash, coder FROM articles WHERE id IN ({marks})", ids)}
        chosen: list[tuple[int, RawArticle | Article, str]] = []  # (position, item, coder version)
        taken: set[str] = set()
        for position, (item, article_id) in enumerate(zip(items, ids)):
            if isinstance(item, RawArticle) and item.error:
                report.failed += 1
                report.errors.append(item.error)
                continue
            text = item.text or ""
            if isinstance(item, RawArticle):
                item.lang = item.lang or pool.lang or detect(text)  # detected once, here
            version = getattr(item, "coder", None) or _coder_version(item.lang)
            old = stored.get(article_id)
            if (old and old[0] == text_hash(text) and not (recode and old[1] != version)) or article_id in taken:
                report.skipped += 1  # stored already, or the same id twice in one input: the first counts
                continue
            taken.add(article_id)
            chosen.append((position, item, version))
        coded = iter(pool.code([item for _, item, _ in chosen if isinstance(item, RawArticle)]))
        to_write: list[dict] = []
        replace: set[str] = set()
        for _, item, version in chosen:
            article = next(coded) if isinstance(item, RawArticle) else item
            if article.errors and not article.text:
                report.failed += 1
                report.errors.extend(article.errors)
                continue
            report.errors.extend(article.errors)
            to_write.append(article.to_dict(with_text=True) | {"coder": version})
            old = stored.get(article.id)
            if old:
                replace.add(article.id)
            report.recoded += bool(old)
            report.added += not old
            report.events += len(article.events)
        if to_write:
            self._write(to_write, replace)
        for item in items:
            if progress:
                progress(item)

    def _write(self, articles: list[dict], replace: set[str], keep_story_ids: bool = False) -> None:
        if self.read_only:
            raise StoreError(f"{self.db.name}: the store is open read-only; nothing was written")
        self.writer.write(articles, replace, keep_story_ids=keep_story_ids)
        if isinstance(self.db, DuckDBBackend) and time.monotonic() - self._released > RELEASE_EVERY_S:
            self.db.release(OPEN_WAIT_S)  # let readers in between chunks
            self._released = time.monotonic()

    def add_article(self, article: Article | dict, keep_story_ids: bool = False) -> None:
        """Store one coded article (object or output-JSON dict with text) with its events, atomically."""
        data = article if isinstance(article, dict) else article.to_dict(with_text=True)
        exists = bool(self.db.execute("SELECT 1 FROM articles WHERE id = ?", [data["id"]]))
        self._write([data], {data["id"]} if exists else set(), keep_story_ids=keep_story_ids)

    # -- reading ----------------------------------------------------------------------------
    def summary(self) -> dict:
        return queries.summary(self.db)

    def records(self, article_id: str | None = None) -> Iterator[dict]:
        """Full event records (DESIGN.md), in article and evidence order."""
        where, params = ("WHERE article_id = ?", [article_id]) if article_id else ("", [])
        names, rows = self.db.columns(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events {where} ORDER BY article_id, start_offset, event_id", params)
        for row in rows:
            yield event_record(dict(zip(names, row)))

    def articles(self, article_id: str | None = None) -> Iterator[dict]:
        """Articles (all, or the one with `article_id`) as output-JSON dicts with their text and
        events (the JSONL export)."""
        where, params = ("WHERE id = ?", [article_id]) if article_id is not None else ("", [])
        names, rows = self.db.columns(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles {where} ORDER BY id", params)
        for row in rows:
            data = dict(zip(names, row))
            out = {"id": data["id"], "lang": data["lang"],
                   "dateline_date": data["dateline_date"].isoformat() if data["dateline_date"] else None}
            out.update({k: data[k] for k in ("title", "source", "url") if data[k] is not None})
            out["text"] = data["text"]
            out["events"] = list(self.records(data["id"]))
            out["errors"] = json.loads(data["errors"] or "[]")
            yield out

    def article(self, article_id: str) -> dict | None:
        """One stored article with its text and events, or None."""
        return next(self.articles(article_id), None)

    def article_list(self, **options) -> "queries.DataFrame":
        return queries.article_list(self.db, **options)

    # queries: thin methods over eventwire.store.queries, each returns a pandas DataFrame
    def events(self, **filters) -> "queries.DataFrame":
        return queries.events(self.db, **filters)

    def count_events(self, **filters) -> int:
        """How many event mentions match the filters of `events` (without its limit)."""
        return queries.count_events(self.db, **filters)

    def timeline(self, actor_a: str, actor_b: str, **options) -> "queries.DataFrame":
        return queries.timeline(self.db, actor_a, actor_b, **options)

    def dyad_counts(self, actor_a: str, actor_b: str, both_directions: bool = False) -> dict[str, int]:
        return queries.dyad_counts(self.db, actor_a, actor_b, both_directions)

    def top_actors(self, **options) -> "queries.DataFrame":
        return queries.top_actors(self.db, **options)

    def top_dyads(self, **options) -> "queries.DataFrame":
        return queries.top_dyads(self.db, **options)

    def places(self, **options) -> "queries.DataFrame":
        return queries.places(self.db, **options)

    def search(self, text: str, **options) -> "queries.DataFrame":
        return queries.events(self.db, text=text, **options)

    def stories(self, **options) -> "queries.DataFrame":
        return queries.stories(self.db, **options)

    def story(self, story_id: str) -> dict | None:
        """One story's summary row (mentions, articles, sources, first/last report), or None."""
        return queries.story(self.db, story_id)

    def story_mentions(self, story_id: str) -> "queries.DataFrame":
        return queries.events(self.db, story_id=story_id, limit=None)


def _coder_version(lang: str) -> str:
    from eventwire.api import LANGUAGES
    from eventwire.coding.pipeline import coder_for

    return coder_for(lang).version if lang in LANGUAGES else ""


def _bind_exchange() -> None:
    """Exports and imports are Store methods too (eventwire.store.exchange does the work)."""
    from eventwire.store import exchange

    for name in ("export_jsonl", "import_jsonl", "export_parquet", "import_parquet", "export_gdelt"):
        setattr(Store, name, getattr(exchange, name))


_bind_exchange()
