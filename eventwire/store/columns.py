"""The event record of DESIGN.md as one flat row, and back.

Every field of the record has its own column, so the stored row is the record: exports
rebuild records from rows and a round trip gives the same record.
"""
from __future__ import annotations

from datetime import date
from typing import Any

import pyarrow as pa

ACTOR_FIELDS = ("code", "country", "sector", "name", "role", "entity_id")
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "story_id", "lang",
    *(f"source_{f}" for f in ACTOR_FIELDS),
    *(f"target_{f}" for f in ACTOR_FIELDS),
    "cameo", "cameo_root", "goldstein", "quad_class", "plover_type", "plover_mode",
    "date", "day", "date_precision", "date_basis",
    "location_name", "location_country", "lat", "lon", "geonameid",
    "intent", "negated",
    *(f"attribution_{f}" for f in ACTOR_FIELDS),
    "sentence_index", "start_offset", "end_offset", "quote", "trigger", "confidence", "coder",
)
ARTICLE_COLUMNS: tuple[str, ...] = (
    "id", "lang", "text", "text_hash", "dateline_date", "title", "url", "source", "coder", "errors")
STORY_COLUMNS: tuple[str, ...] = (
    "story_id", "actor_a", "actor_b", "cameo_root", "day", "date_precision", "geonameid", "location_country")
ACTOR_COLUMNS: tuple[str, ...] = ("actor_id", *ACTOR_FIELDS)

_TYPES = {"goldstein": pa.float64(), "lat": pa.float64(), "lon": pa.float64(), "confidence": pa.float64(),
          "quad_class": pa.int32(), "sentence_index": pa.int32(), "start_offset": pa.int32(),
          "end_offset": pa.int32(), "geonameid": pa.int64(), "intent": pa.bool_(), "negated": pa.bool_(),
          "day": pa.date32(), "dateline_date": pa.date32()}


def arrow_schema(columns: tuple[str, ...]) -> pa.Schema:
    """Arrow types of stored columns (text unless listed)."""
    return pa.schema([(c, _TYPES.get(c, pa.string())) for c in columns])


EVENT_SCHEMA = arrow_schema(EVENT_COLUMNS)


def first_day(iso: str | None) -> date | None:
    """The first day an ISO date of any precision covers ('2026-01' -> 2026-01-01)."""
    if not iso:
        return None
    parts = [int(p) for p in iso.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _actor_values(actor: dict | None) -> list:
    return [None] * len(ACTOR_FIELDS) if not actor else [actor.get(f) for f in ACTOR_FIELDS]


def event_row(record: dict[str, Any]) -> list:
    """The values of EVENT_COLUMNS for one event record (a dict as Event.to_dict gives)."""
    loc, ev, plover = record.get("location") or {}, record["evidence"], record.get("plover") or {}
    return [
        record["event_id"], record["article_id"], record["story_id"], record["lang"],
        *_actor_values(record["source"]), *_actor_values(record.get("target")),
        record["cameo"], record["cameo_root"], record.get("goldstein"), record["quad_class"],
        plover.get("type"), plover.get("mode"),
        record.get("date"), first_day(record.get("date")), record.get("date_precision"), record["date_basis"],
        loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"), loc.get("geonameid"),
        bool(record["intent"]), bool(record["negated"]),
        *_actor_values(record.get("attribution")),
        ev["sentence_index"], ev["start"], ev["end"], ev["quote"], ev["trigger"],
        record["confidence"], record["coder"],
    ]


def _actor(row: dict, prefix: str) -> dict | None:
    if row.get(f"{prefix}_code") is None:
        return None
    return {f: row.get(f"{prefix}_{f}") for f in ACTOR_FIELDS}


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """The event record (DESIGN.md) of a stored row given as a column -> value dict."""
    location = None
    if row.get("location_name") is not None or row.get("location_country") is not None:
        location = {"name": row["location_name"], "country": row["location_country"], "lat": row["lat"],
                    "lon": row["lon"], "geonameid": row["geonameid"]}
    return {
        "event_id": row["event_id"], "story_id": row["story_id"], "article_id": row["article_id"],
        "lang": row["lang"], "source": _actor(row, "source"), "target": _actor(row, "target"),
        "cameo": row["cameo"], "cameo_root": row["cameo_root"], "goldstein": row["goldstein"],
        "quad_class": row["quad_class"], "plover": {"type": row["plover_type"], "mode": row["plover_mode"]},
        "date": row["date"], "date_precision": row["date_precision"], "date_basis": row["date_basis"],
        "location": location, "intent": bool(row["intent"]), "negated": bool(row["negated"]),
        "attribution": _actor(row, "attribution"),
        "evidence": {"sentence_index": row["sentence_index"], "start": row["start_offset"],
                     "end": row["end_offset"], "quote": row["quote"], "trigger": row["trigger"]},
        "confidence": row["confidence"], "coder": row["coder"],
    }
