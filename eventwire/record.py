"""The event record of DESIGN.md, and the article that carries the events."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Actor:
    code: str  # CAMEO-style composite: country + sector ("CHNGOV")
    country: str  # ISO3, IGO:<X>, NSA:<X>
    sector: str
    name: str | None
    role: str | None
    entity_id: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "country": self.country, "sector": self.sector, "name": self.name,
                "role": self.role, "entity_id": self.entity_id}


@dataclass(slots=True)
class Location:
    """Where an event happened: a place name with its ISO3 country, coordinates and GeoNames id (a place
    known only by its country has no coordinates)."""
    name: str | None
    country: str | None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                "geonameid": self.geonameid}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Location":
        return cls(data.get("name"), data.get("country"), data.get("lat"), data.get("lon"), data.get("geonameid"))


@dataclass(slots=True)
class Plover:
    """The PLOVER event type and mode of the CAMEO code."""
    type: str | None
    mode: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "mode": self.mode}


@dataclass(slots=True)
class Evidence:
    sentence_index: int
    start: int
    end: int
    quote: str
    trigger: str


@dataclass(slots=True)
class Event:
    event_id: str
    story_id: str
    article_id: str
    lang: str
    source: Actor
    target: Actor | None
    cameo: str
    cameo_root: str
    goldstein: float | None
    quad_class: int
    plover: Plover
    date: str | None
    date_precision: str | None
    date_basis: str
    location: Location | None
    intent: bool
    negated: bool
    attribution: Actor | None
    evidence: Evidence
    confidence: float
    coder: str

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON types, in field order (written out by hand: asdict is slow)."""
        ev = self.evidence
        return {
            "event_id": self.event_id, "story_id": self.story_id, "article_id": self.article_id, "lang": self.lang,
            "source": self.source.to_dict(), "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo, "cameo_root": self.cameo_root, "goldstein": self.goldstein,
            "quad_class": self.quad_class, "plover": self.plover.to_dict(), "date": self.date,
            "date_precision": self.date_precision, "date_basis": self.date_basis,
            "location": self.location.to_dict() if self.location is not None else None,
            "intent": self.intent, "negated": self.negated,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "evidence": {"sentence_index": ev.sentence_index, "start": ev.start, "end": ev.end, "quote": ev.quote,
                         "trigger": ev.trigger},
            "confidence": self.confidence, "coder": self.coder,
        }


@dataclass(slots=True)
class Article:
    id: str
    lang: str
    text: str
    dateline_date: str | None
    events: list[Event] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    title: str | None = None
    source: str | None = None
    url: str | None = None

    def to_dict(self, with_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "lang": self.lang, "dateline_date": self.dateline_date}
        for key in ("title", "source", "url"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if with_text:
            out["text"] = self.text
        out["events"] = [e.to_dict() for e in self.events]
        out["errors"] = list(self.errors)
        return out

    def to_json(self, with_text: bool = False) -> str:
        return json.dumps(self.to_dict(with_text), ensure_ascii=False)


def make_actor(country: str, sector: str, name: str | None, role: str | None, entity_id: str | None) -> Actor:
    return Actor(f"{country}{sector}" if sector else country, country, sector, name, role, entity_id)


def text_id(text: str) -> str:
    """The id of an article given without one: a hash of its normalised text."""
    normal = " ".join(text.split())
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()[:16]


def event_id(article_id: str, start: int, end: int, cameo: str, source: str, target: str | None) -> str:
    key = f"{article_id}|{start}|{end}|{cameo}|{source}|{target or ''}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def story_key(source: str, target: str | None, root: str, day: str | None) -> str:
    """Candidate story id: same dyad (either order for meetings), root and date.

    The store groups mentions across articles into stable stories (DESIGN.md, Dedup);
    coding alone gives this deterministic candidate so that records are complete.
    """
    pair = sorted([source, target or ""]) if root == "04" else [source, target or ""]
    key = f"{pair[0]}|{pair[1]}|{root}|{day or ''}"
    return "s" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:15]
