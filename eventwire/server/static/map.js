// The map view: event places on the shipped world outline (equirectangular), circles sized by stories
// and coloured by mean Goldstein; a click on a country zooms to it, a click on a circle lists its events.
import { $, api, el, empty, eventTable, query, status } from "./common.js";

let world = null;  // the outline: {countries: [{iso3, name, centroid: [lon, lat], rings: [[[lon, lat], ...]]}]}
const MAP_W = 1000, MAP_H = 500;  // equirectangular: 1000 px for 360 degrees of longitude
const project = ([lon, lat]) => [((lon + 180) / 360) * MAP_W, ((90 - lat) / 180) * MAP_H];

function goldsteinColour(g) {
  if (g === null || g === undefined) return "#888";
  return g >= 0 ? (g >= 3 ? "var(--coop)" : "var(--mcoop)") : (g <= -5 ? "var(--mconf)" : "var(--vconf)");
}

let mapView = null;  // the shown part of the map as [x, y, width, height] in map pixels; null: the world

function ringsBox(rings) {
  const points = rings.flat().map(project);
  const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
}

function largestRing(rings) {
  let best = rings[0], area = -1;
  for (const ring of rings) {
    const [, , w, h] = ringsBox([ring]);
    if (w * h > area) { area = w * h; best = ring; }
  }
  return best;
}

// Zoom to a country (a click on land): the box of its main ring with a margin, at the map's 2:1 shape.
function zoomTo(country) {
  const [x, y, w, h] = ringsBox([largestRing(country.rings)]);
  const width = Math.max(60, w * 1.6, h * 1.6 * 2), height = width / 2;
  mapView = [x + w / 2 - width / 2, y + h / 2 - height / 2, width, height];
  drawMap().catch((e) => status(e.message));
}

export async function drawMap() {
  world = world || await (await fetch("/ui/static/world.json")).json();
  const form = Object.fromEntries(new FormData($("#map-form")));
  const places = await api("/places" + query({ ...form, limit: 2000 }));
  const view = mapView || [0, 0, MAP_W, MAP_H];
  const scale = MAP_W / view[2];  // circles keep their size on screen when zoomed in
  const svg = el("svg:svg", { viewBox: view.map((v) => v.toFixed(1)).join(" "), width: "100%", role: "img",
                              "aria-label": "event map", class: "world" });
  svg.append(el("svg:clipPath", { id: "map-clip" }, el("svg:rect", { x: 0, y: 0, width: MAP_W, height: MAP_H })),
             el("svg:rect", { x: 0, y: 0, width: MAP_W, height: MAP_H, class: "sea" }));
  const land = el("svg:g", { "clip-path": "url(#map-clip)" });  // Chukotka and Fiji run on past 180° E
  svg.append(land);
  const centroids = {};
  for (const country of world.countries) {
    const d = country.rings.map((ring) => "M" + ring.map((p) => project(p).map((v) => v.toFixed(1)).join(",")).join("L") + "Z").join("");
    land.append(el("svg:path", { d, class: "land", "data-country": country.iso3, "stroke-width": (0.5 / scale).toFixed(3),
                                onclick: () => zoomTo(country) }, el("svg:title", {}, `${country.name} (click to zoom)`)));
    if (country.iso3) centroids[country.iso3] = country.centroid;
  }
  const located = places.map((p) => ({ ...p, at: p.lat !== null && p.lon !== null ? [p.lon, p.lat] : centroids[p.location_country], exact: p.lat !== null }))
                        .filter((p) => p.at);
  const maxStories = Math.max(1, ...located.map((p) => p.stories));
  for (const p of located.sort((a, b) => b.stories - a.stories)) {  // small circles on top of big ones
    const [x, y] = project(p.at);
    const name = p.location_name || p.location_country;
    svg.append(el("svg:circle", { cx: x.toFixed(2), cy: y.toFixed(2), r: ((2.5 + 7 * Math.sqrt(p.stories / maxStories)) / scale).toFixed(3),
                                  "stroke-width": (0.8 / scale).toFixed(3),
                                  class: p.exact ? "place" : "place country-only", fill: goldsteinColour(p.mean_goldstein),
                                  "data-place": name, onclick: () => placeEvents(name, form) },
      el("svg:title", {}, `${name}${p.location_country && p.location_name ? " (" + p.location_country + ")" : ""}: ` +
                          `${p.stories} stories, ${p.mentions} mentions, mean Goldstein ${p.mean_goldstein}`)));
  }
  const reset = el("button", { type: "button", class: "map-reset", onclick: () => { mapView = null; drawMap().catch((e) => status(e.message)); } }, "Whole world");
  reset.hidden = !mapView;
  $("#map").replaceChildren(reset, svg);
  if (!located.length) $("#map").append(empty("No located events in this selection: events without a place are not drawn."));
}

async function placeEvents(place, filters) {
  const page = await api("/events" + query({ place, actor: filters.actor, since: filters.since, until: filters.until, order: "newest", limit: 500 }));
  $("#map-events").replaceChildren(el("h3", {}, `Events at ${place}`), eventTable(page.items));
}
