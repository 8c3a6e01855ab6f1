"""Grouping event mentions into stories as articles arrive (DESIGN.md, Dedup).

A mention joins an existing story when it has the same dyad (either order for
meetings), the same CAMEO root, a compatible date and a compatible place; otherwise it
opens a new story. A story id, once given, never changes: later mentions only join.
"""
from __future__ import annotations

import hashlib
from datetime import date

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


class StoryIndex:
    """Stories by dyad and root, read from the store once per key and kept in memory.

    One writer at a time owns a store (DuckDB allows no other; with PostgreSQL, run one
    ingest per database), so the index stays true while it writes. `new` holds the
    stories created since the last `take_new`; `forget` drops everything after a rollback.
    """

    def __init__(self, db: Backend):
        self.db = db
        self.known: dict[tuple[str, str, str], list[tuple]] = {}
        self.new: list[tuple] = []

    def _candidates(self, key: tuple[str, str, str]) -> list[tuple]:
        if key not in self.known:
            self.known[key] = [tuple(r) for r in self.db.execute(
                "SELECT story_id, day, date_precision, geonameid, location_country FROM stories"
                " WHERE actor_a = ? AND actor_b = ? AND cameo_root = ? ORDER BY created_at, story_id", list(key))]
        return self.known[key]

    def assign(self, row: dict) -> str:
        """The story id for one event row (column -> value); a new story when none fits."""
        a, b = dyad(row["cameo_root"], row["source_country"], row["target_country"])
        key = (a, b, row["cameo_root"])
        day, precision = row["day"], row["date_precision"]
        fitting = [c for c in self._candidates(key)
                   if _dates_compatible(day, precision, c[1], c[2])
                   and _places_compatible(row["geonameid"], row["location_country"], c[3], c[4])]
        if fitting:
            return min(fitting, key=lambda c: abs((c[1] - day).days) if day and c[1] else 0)[0]
        seed = f"{a}|{b}|{row['cameo_root']}|{day}|{row['geonameid']}|{row['event_id']}"
        story_id = "s" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:15]
        self.known[key].append((story_id, day, precision, row["geonameid"], row["location_country"]))
        self.new.append((story_id, a, b, row["cameo_root"], day, precision, row["geonameid"], row["location_country"]))
        return story_id

    def take_new(self) -> list[tuple]:
        new, self.new = self.new, []
        return new

    def forget(self) -> None:
        self.known.clear()
        self.new.clear()
