"""Keeping coded articles and events in a DuckDB file.

Ingest is idempotent (an article already stored with the same text and coder is
skipped) and atomic per article (its row and its events are written in one transaction).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from eventwire.record import Article

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, lang VARCHAR, text VARCHAR, text_hash VARCHAR,
    dateline_date DATE, title VARCHAR, url VARCHAR, source VARCHAR,
    coder VARCHAR, errors VARCHAR, ingested_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, story_id VARCHAR, lang VARCHAR,
    source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_name VARCHAR,
    target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_name VARCHAR,
    cameo VARCHAR, cameo_root VARCHAR, goldstein DOUBLE, quad_class INTEGER,
    plover_type VARCHAR, plover_mode VARCHAR, date VARCHAR, date_precision VARCHAR, date_basis VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT,
    intent BOOLEAN, negated BOOLEAN, sentence_index INTEGER, start_offset INTEGER, end_offset INTEGER,
    quote VARCHAR, trigger VARCHAR, confidence DOUBLE, coder VARCHAR, record JSON);
"""


class StoreError(RuntimeError):
    pass


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0


class Store:
    def __init__(self, path: str | Path = "eventwire.duckdb"):
        self.path = str(path)
        try:
            self.db = duckdb.connect(self.path)
            self.db.execute(_SCHEMA)
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open as an eventwire DuckDB store ({exc})") from exc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def ingest(self, articles: Iterable[Article]) -> IngestReport:
        report = IngestReport()
        for article in articles:
            if article.errors and not article.text:
                report.failed += 1
                continue
            digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
            coder = article.events[0].coder if article.events else ""
            if self.db.execute("SELECT 1 FROM articles WHERE id = ? AND text_hash = ?", [article.id, digest]).fetchone():
                report.skipped += 1
                continue
            self.db.execute("BEGIN")
            try:
                self.db.execute("DELETE FROM events WHERE article_id = ?", [article.id])
                self.db.execute("DELETE FROM articles WHERE id = ?", [article.id])
                self.db.execute(
                    "INSERT INTO articles (id, lang, text, text_hash, dateline_date, title, url, source, coder, errors)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [article.id, article.lang, article.text, digest, article.dateline_date, article.title,
                     article.url, article.source, coder, json.dumps(article.errors)])
                rows = [_event_row(e.to_dict()) for e in article.events]
                if rows:
                    self.db.executemany(f"INSERT OR IGNORE INTO events VALUES ({', '.join('?' * len(rows[0]))})", rows)
                self.db.execute("COMMIT")
            except duckdb.Error as exc:
                self.db.execute("ROLLBACK")
                raise StoreError(f"{self.path}: could not store article {article.id!r} ({exc})") from exc
            report.added += 1
            report.events += len(rows)
        return report

    def summary(self) -> dict:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": one("SELECT count(*) FROM articles"),
            "events": one("SELECT count(*) FROM events"),
            "by_root": self.db.execute(
                "SELECT cameo_root, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1").fetchall(),
            "top_dyads": self.db.execute(
                "SELECT source_country, target_country, count(*) AS n, round(avg(goldstein), 2) FROM events"
                " GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT 10").fetchall(),
        }

    def events(self, limit: int = 20) -> list[tuple]:
        return self.db.execute(
            "SELECT date, source_code, source_name, cameo, plover_type, target_code, target_name, location_name,"
            " intent, negated, quote FROM events ORDER BY article_id, sentence_index LIMIT ?", [limit]).fetchall()


def _event_row(e: dict) -> list:
    src, tgt, loc, ev = e["source"], e.get("target") or {}, e.get("location") or {}, e["evidence"]
    return [e["event_id"], e["article_id"], e["story_id"], e["lang"],
            src["code"], src["country"], src["sector"], src["name"],
            tgt.get("code"), tgt.get("country"), tgt.get("sector"), tgt.get("name"),
            e["cameo"], e["cameo_root"], e["goldstein"], e["quad_class"],
            e["plover"]["type"], e["plover"]["mode"], e["date"], e["date_precision"], e["date_basis"],
            loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"), loc.get("geonameid"),
            e["intent"], e["negated"], ev["sentence_index"], ev["start"], ev["end"],
            ev["quote"], ev["trigger"], e["confidence"], e["coder"], json.dumps(e, ensure_ascii=False)]
