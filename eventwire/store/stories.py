"""Grouping event mentions into stories as articles arrive (DESIGN.md, Dedup).

A mention joins an existing story when it has the same dyad (either order for
meetings), the same CAMEO root, a compatible date and a compatible place; otherwise it
opens a new story. A story id, once given, never changes: later mentions only join.
"""
from __future__ import annotations

import hashlib
from datetime import date, timedelta

from eventwire.store.backends import Backend

DAY_SLACK = 1  # reports of one event differ by a day across time zones and wires
SYMMETRIC_ROOTS = {"04"}  # consultations: A meets B is B meets A


def dyad(root: str, source: str | None, target: str | None) -> tuple[str, str]:
    pair = (source or "", target or "")
    return tuple(sorted(pair)) if root in SYMMETRIC_ROOTS else pair  # type: ignore[return-value]


def _dates_compatible(day: date | None, precision: str | None, other: date | None, other_precision: str | None) -> bool:
    if day is None or other is None:
        return day is None and other is None
    if precision == "day" and other_precision == "day":
        return abs((day - other).days) <= DAY_SLACK
    if "year" in (precision, other_precision):
        return day.year == other.year
    return (day.year, day.month) == (other.year, other.month)


def _places_compatible(geonameid: int | None, country: str | None, other_id: int | None, other_country: str | None) -> bool:
    if geonameid and other_id:
        return geonameid == other_id
    if country and other_country:
        return country == other_country
    return True  # one report does not say where


def assign(db: Backend, row: dict) -> str:
    """The story id for one event row (column -> value); creates the story when new."""
    a, b = dyad(row["cameo_root"], row["source_country"], row["target_country"])
    day, precision = row["day"], row["date_precision"]
    params: list = [a, b, row["cameo_root"]]
    if day is None:
        where = "day IS NULL"
    else:
        where = "day BETWEEN ? AND ?"
        params += [date(day.year, 1, 1) - timedelta(days=DAY_SLACK), date(day.year, 12, 31) + timedelta(days=DAY_SLACK)]
    candidates = db.execute(
        "SELECT story_id, day, date_precision, geonameid, location_country FROM stories"
        f" WHERE actor_a = ? AND actor_b = ? AND cameo_root = ? AND {where} ORDER BY created_at, story_id", params)
    fitting = [c for c in candidates
               if _dates_compatible(day, precision, c[1], c[2])
               and _places_compatible(row["geonameid"], row["location_country"], c[3], c[4])]
    if fitting:
        closest = min(fitting, key=lambda c: abs((c[1] - day).days) if day and c[1] else 0)
        return closest[0]
    key = f"{a}|{b}|{row['cameo_root']}|{day}|{row['geonameid']}|{row['event_id']}"
    story_id = "s" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:15]
    db.execute(
        "INSERT INTO stories (story_id, actor_a, actor_b, cameo_root, day, date_precision, geonameid, location_country)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [story_id, a, b, row["cameo_root"], day, precision, row["geonameid"], row["location_country"]])
    return story_id
