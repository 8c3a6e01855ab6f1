"""The event store: DuckDB file by default, PostgreSQL by URL; same schema and queries.

    store = Store("events.duckdb")            # or Store("postgresql://user@host/db")
    store.ingest(read_inputs("corpus.jsonl"))
    store.timeline("CHN", "AZE", period="month")   # a pandas DataFrame

Ingest is idempotent (same article id and text: nothing added), atomic per article
(its row, events, actors and story links commit together) and resumable (a killed
run leaves whole articles only; running again stores the rest).
"""
from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.inputs import RawArticle
from eventwire.record import Article
from eventwire.store import queries, stories
from eventwire.store.backends import Backend, DuckDBBackend, StoreError, open_backend
from eventwire.store.columns import ARTICLE_COLUMNS, EVENT_COLUMNS, event_record, event_row
from eventwire.store.migrate import latest_version, migrate

__all__ = ["Store", "StoreError", "IngestReport", "DEFAULT_TARGET"]
DEFAULT_TARGET = "eventwire.duckdb"
RELEASE_EVERY_S = 0.5  # a DuckDB writer lets other processes in this often


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0
    recoded: int = 0
    failed: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Store:
    """A store of articles, events, actors and stories (see module doc)."""

    def __init__(self, target: str | Path = DEFAULT_TARGET, read_only: bool = False):
        self.target = str(target)
        self.read_only = read_only
        self.db: Backend = open_backend(self.target, read_only=read_only)
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
    def ingest(self, items: Iterable[RawArticle | Article], lang: str | None = None, recode: bool = False,
               progress: Callable[[Article | None], None] | None = None) -> IngestReport:
        """Code (when given raw input) and store articles; see the module doc for guarantees.

        An article already stored with the same text is skipped; with `recode` it is coded
        again when the coder version changed. `progress` is called once per input item.
        """
        from eventwire.batch import article_id_of, code_raw
        from eventwire.coding.pipeline import coder_for

        report = IngestReport()
        released = time.monotonic()
        for item in items:
            coded: Article | None = None
            if isinstance(item, RawArticle):
                if item.error:
                    report.failed += 1
                    report.errors.append(item.error)
                    if progress:
                        progress(None)
                    continue
                article_id, text, use_lang = article_id_of(item), item.text or "", item.lang or lang or "tr"
            else:
                coded, article_id, text, use_lang = item, item.id, item.text, item.lang
            version = coder_for(use_lang).version if use_lang in _languages() else ""
            stored = self.db.execute("SELECT text_hash, coder FROM articles WHERE id = ?", [article_id])
            if stored and stored[0][0] == text_hash(text) and not (recode and stored[0][1] != version):
                report.skipped += 1
                if progress:
                    progress(coded)
                continue
            if coded is None:
                coded = code_raw(item, lang)  # type: ignore[arg-type]
            if coded.errors and not coded.text:
                report.failed += 1
                report.errors.extend(coded.errors)
            else:
                self.add_article(coded, coder=version)
                report.recoded += bool(stored)
                report.added += not stored
                report.events += len(coded.events)
                report.errors.extend(coded.errors)
            if progress:
                progress(coded)
            if isinstance(self.db, DuckDBBackend) and time.monotonic() - released > RELEASE_EVERY_S:
                self.db.release()
                released = time.monotonic()
        return report

    def add_article(self, article: Article | dict, coder: str | None = None, keep_story_ids: bool = False) -> None:
        """Store one coded article (object or output-JSON dict) with its events, atomically."""
        data = article if isinstance(article, dict) else article.to_dict(with_text=True)
        records = data.get("events") or []
        text = data.get("text") or ""
        coder = coder or (records[0]["coder"] if records else "")
        values = [data["id"], data.get("lang"), text, text_hash(text), data.get("dateline_date"), data.get("title"),
                  data.get("url"), data.get("source"), coder, json.dumps(data.get("errors") or [], ensure_ascii=False)]
        with self.db.transaction():
            self.db.execute("DELETE FROM events WHERE article_id = ?", [data["id"]])
            self.db.execute("DELETE FROM articles WHERE id = ?", [data["id"]])
            self.db.execute(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES "
                            f"({', '.join('?' * len(ARTICLE_COLUMNS))})", values)
            rows = []
            for record in records:
                row = dict(zip(EVENT_COLUMNS, event_row(record)))
                if not keep_story_ids:
                    row["story_id"] = stories.assign(self.db, row)
                rows.append([row[c] for c in EVENT_COLUMNS])
            self._insert_events(rows)
            if keep_story_ids:
                queries.add_missing_stories(self.db, article_id=data["id"])
            queries.add_actors(self.db, article_id=data["id"])

    def _insert_events(self, rows: list[list]) -> None:
        self.db.executemany(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES "
                            f"({', '.join('?' * len(EVENT_COLUMNS))}) ON CONFLICT DO NOTHING", rows)

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

    def articles(self) -> Iterator[dict]:
        """Articles as output-JSON dicts with their text and events (the JSONL export)."""
        names, rows = self.db.columns(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles ORDER BY id")
        for row in rows:
            data = dict(zip(names, row))
            out = {"id": data["id"], "lang": data["lang"],
                   "dateline_date": data["dateline_date"].isoformat() if data["dateline_date"] else None}
            out.update({k: data[k] for k in ("title", "source", "url") if data[k] is not None})
            out["text"] = data["text"]
            out["events"] = list(self.records(data["id"]))
            out["errors"] = json.loads(data["errors"] or "[]")
            yield out

    # queries: thin methods over eventwire.store.queries, each returns a pandas DataFrame
    def events(self, **filters) -> "queries.DataFrame":
        return queries.events(self.db, **filters)

    def timeline(self, actor_a: str, actor_b: str, **options) -> "queries.DataFrame":
        return queries.timeline(self.db, actor_a, actor_b, **options)

    def top_actors(self, **options) -> "queries.DataFrame":
        return queries.top_actors(self.db, **options)

    def top_dyads(self, **options) -> "queries.DataFrame":
        return queries.top_dyads(self.db, **options)

    def search(self, text: str, **options) -> "queries.DataFrame":
        return queries.events(self.db, text=text, **options)

    def stories(self, **options) -> "queries.DataFrame":
        return queries.stories(self.db, **options)

    def story_mentions(self, story_id: str) -> "queries.DataFrame":
        return queries.events(self.db, story_id=story_id, limit=None)


def _languages() -> tuple[str, ...]:
    from eventwire.api import LANGUAGES

    return LANGUAGES


def _bind_exchange() -> None:
    """Exports and imports are Store methods too (eventwire.store.exchange does the work)."""
    from eventwire.store import exchange

    for name in ("export_jsonl", "import_jsonl", "export_parquet", "import_parquet", "export_gdelt"):
        setattr(Store, name, getattr(exchange, name))


_bind_exchange()
