"""Writing coded articles in chunks: each chunk is one transaction.

A chunk holds whole articles (row, events, stories, actors), so a crash leaves every
article either fully stored or absent. Rows go in as Arrow tables (one statement per
table and chunk), which keeps ingest fast on both databases.
"""
from __future__ import annotations

import hashlib
import json

import pyarrow as pa

from eventwire.store.backends import Backend
from eventwire.store.columns import (ACTOR_COLUMNS, ACTOR_FIELDS, ARTICLE_COLUMNS, EVENT_COLUMNS, STORY_COLUMNS,
                                     arrow_schema, event_row, first_day)
from eventwire.store.stories import StoryIndex

_SCHEMAS = {name: arrow_schema(cols) for name, cols in
            (("articles", ARTICLE_COLUMNS), ("events", EVENT_COLUMNS), ("stories", STORY_COLUMNS),
             ("actors", ACTOR_COLUMNS))}


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def actor_id(actor: dict) -> str:
    """Same value as the SQL md5(concat_ws('|', code, name, role)) used by migrations."""
    parts = [actor[f] for f in ("code", "name", "role") if actor.get(f) is not None]
    return hashlib.md5("|".join(parts).encode("utf-8")).hexdigest()


class Writer:
    def __init__(self, db: Backend):
        self.db = db
        self.stories = StoryIndex(db)
        self.actors_seen: set[str] = set()

    def write(self, articles: list[dict], replace: set[str], keep_story_ids: bool = False,
              coder: str | None = None) -> None:
        """Store article dicts (output JSON with text) in one transaction; `replace` ids are deleted first."""
        article_rows, event_rows, actor_rows = [], [], {}
        for data in articles:
            records = data.get("events") or []
            text = data.get("text") or ""
            article_rows.append([
                data["id"], data.get("lang"), text, text_hash(text), first_day(data.get("dateline_date")),
                data.get("title"), data.get("url"), data.get("source"),
                coder or data.get("coder") or (records[0]["coder"] if records else ""),
                json.dumps(data.get("errors") or [], ensure_ascii=False)])
            for record in records:
                row = dict(zip(EVENT_COLUMNS, event_row(record)))
                if not keep_story_ids:
                    row["story_id"] = self.stories.assign(row)
                event_rows.append([row[c] for c in EVENT_COLUMNS])
                for actor in (record["source"], record.get("target")):
                    if actor:
                        key = actor_id(actor)
                        if key not in self.actors_seen:
                            actor_rows[key] = [key, *(actor.get(f) for f in ACTOR_FIELDS)]
        try:
            with self.db.transaction():
                if replace:
                    marks = ", ".join("?" * len(replace))
                    self.db.execute(f"DELETE FROM events WHERE article_id IN ({marks})", sorted(replace))
                    self.db.execute(f"DELETE FROM articles WHERE id IN ({marks})", sorted(replace))
                self._load("articles", article_rows)
                self._load("stories", self.stories.take_new())
                self._load("events", event_rows)
                self._load("actors", list(actor_rows.values()))
                if keep_story_ids:
                    from eventwire.store.queries import add_missing_stories

                    for data in articles:
                        add_missing_stories(self.db, article_id=data["id"])
        except BaseException:
            self.stories.forget()
            raise
        self.actors_seen.update(actor_rows)

    def _load(self, table: str, rows: list) -> None:
        if rows:
            schema = _SCHEMAS[table]
            self.db.load_arrow(table, pa.Table.from_pylist([dict(zip(schema.names, r)) for r in rows], schema=schema))
