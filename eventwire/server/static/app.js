// eventwire dashboard: plain DOM and SVG, no external requests. Every string from the store
// is inserted as text (textContent), never as HTML.
"use strict";
const QUADS = [["verbal_coop", "q1", "verbal cooperation"], ["material_coop", "q2", "material cooperation"],
               ["verbal_conflict", "q3", "verbal conflict"], ["material_conflict", "q4", "material conflict"]];
const SVGNS = "http://www.w3.org/2000/svg";
const $ = (sel) => document.querySelector(sel);

function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVGNS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "onclick") node.addEventListener("click", v);
    else if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(child ?? ""));
  return node;
}

async function api(path, options) {
  const response = await fetch("/api" + path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail || body);
    throw new Error(`${response.status}: ${detail}`);
  }
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined && v !== false) q.set(k, v);
  const s = q.toString();
  return s ? "?" + s : "";
}

function status(text) { $("#status").textContent = text; }
function empty(text) { return el("div", { class: "empty" }, text); }

// -- views and routing -----------------------------------------------------------------
function show(view) {
  document.querySelectorAll(".view").forEach((v) => v.classList.toggle("active", v.id === "view-" + view));
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === view));
}

async function route() {
  const [view, ...rest] = (location.hash.slice(1) || "dyad").split("/");
  show(view);
  try {
    if (view === "article") await showArticle(decodeURIComponent(rest[0]), decodeURIComponent(rest[1] || ""));
    if (view === "network" && !$("#network svg")) await drawNetwork();
    if (view === "map" && !$("#map svg")) await drawMap();
    if (view === "events" && !$("#events-table table")) await listEvents(false);
  } catch (error) { status(error.message); }
}

// -- event tables ------------------------------------------------------------------------
function eventTable(events) {
  if (!events.length) return empty("No events match.");
  const head = el("tr", {}, ...["date", "source", "event", "target", "place", "quote"].map((h) => el("th", {}, h)));
  const table = el("table", {}, el("colgroup", {}, el("col", { style: "width:7em" }), el("col", { style: "width:14%" }),
    el("col", { style: "width:13%" }), el("col", { style: "width:14%" }), el("col", { style: "width:9%" }), el("col")), head);
  for (const e of events) {
    const badges = [e.intent ? el("span", { class: "badge intent" }, "intent") : "",
                    e.negated ? el("span", { class: "badge negated" }, "negated") : ""];
    table.append(el("tr", { class: "event", "data-event": e.event_id,
                            onclick: () => { location.hash = `article/${encodeURIComponent(e.article_id)}/${e.event_id}`; } },
      el("td", {}, e.date || "?"),
      el("td", {}, [e.source_code, e.source_name].filter(Boolean).join(" ")),
      el("td", {}, `${e.cameo} ${e.plover_type || ""}`, el("br"), ...badges),
      el("td", {}, [e.target_code, e.target_name].filter(Boolean).join(" ") || "-"),
      el("td", {}, e.location_name || ""),
      el("td", {}, e.quote)));
  }
  return table;
}

// -- dyad view ---------------------------------------------------------------------------
async function loadActors() {
  const actors = await api("/actors?limit=200");
  for (const select of [$("#dyad-a"), $("#dyad-b")]) {
    select.replaceChildren(...actors.map((a) => el("option", { value: a.actor }, `${a.actor} (${a.stories})`)));
  }
  const dyads = await api("/dyads?limit=1");
  if (dyads.length) { $("#dyad-a").value = dyads[0].source_country; $("#dyad-b").value = dyads[0].target_country; }
  status(actors.length ? "" : "The store is empty: ingest articles first.");
  if (dyads.length) await drawTimeline();
  else $("#timeline").replaceChildren(empty("No dyads yet: the store holds no events with two actors."));
}

function periodEnd(start, period) {
  const d = new Date(start + "T00:00:00Z");
  const add = { day: [0, 1], week: [0, 7], month: [1, 0], quarter: [3, 0], year: [12, 0] }[period];
  d.setUTCMonth(d.getUTCMonth() + add[0]); d.setUTCDate(d.getUTCDate() + add[1] - 1);
  return d.toISOString().slice(0, 10);
}

async function drawTimeline() {
  const form = new FormData($("#dyad-form"));
  const params = { a: form.get("a"), b: form.get("b"), period: form.get("period"), both: form.get("both") === "on" };
  const rows = await api("/timeline" + query(params));
  const box = $("#timeline");
  if (!rows.length) { box.replaceChildren(empty(`No dated stories between ${params.a} and ${params.b}.`)); return; }
  const width = Math.max(640, rows.length * 46 + 80), height = 260, top = 20, bottom = 40, left = 40;
  const max = Math.max(...rows.map((r) => r.stories));
  const bar = Math.min(36, (width - left - 20) / rows.length - 8);
  const y = (n) => top + (height - top - bottom) * (1 - n / max);
  const svg = el("svg:svg", { width, height, role: "img", "aria-label": `timeline ${params.a}-${params.b}` });
  svg.append(el("svg:text", { x: 4, y: 14, "font-size": 11 }, `stories (max ${max})`));
  const points = [];
  rows.forEach((row, i) => {
    const x = left + i * (bar + 8);
    let base = 0;
    const group = el("svg:g", { class: "bar", "data-period": row.period, style: "cursor:pointer",
                                onclick: () => dyadEvents(params, row.period) });
    for (const [key, cls, label] of QUADS) {
      if (!row[key]) continue;
      group.append(el("svg:rect", { x, y: y(base + row[key]), width: bar, height: y(base) - y(base + row[key]), class: cls },
                      el("svg:title", {}, `${row.period}: ${row[key]} ${label}`)));
      base += row[key];
    }
    group.append(el("svg:text", { x, y: height - bottom + 14, "font-size": 10 }, row.period.slice(0, 7)));
    svg.append(group);
    if (row.mean_goldstein !== null) points.push([x + bar / 2, top + (height - top - bottom) * (1 - (row.mean_goldstein + 10) / 20)]);
  });
  if (points.length > 1) svg.append(el("svg:polyline", { points: points.map((p) => p.join(",")).join(" "), fill: "none", stroke: "#1d4ed8", "stroke-width": 2 }));
  QUADS.forEach(([, cls, label], i) => {
    svg.append(el("svg:rect", { x: left + i * 150, y: height - 16, width: 10, height: 10, class: cls }));
    svg.append(el("svg:text", { x: left + i * 150 + 14, y: height - 7, "font-size": 11 }, label));
  });
  box.replaceChildren(svg);
}

async function dyadEvents(params, period) {
  const until = periodEnd(period, params.period);
  const directions = params.both ? [[params.a, params.b], [params.b, params.a]] : [[params.a, params.b]];
  let events = [];
  for (const [source, target] of directions) {
    events = events.concat((await api("/events" + query({ source, target, since: period, until, limit: 500 }))).items);
  }
  events.sort((x, y) => (x.date || "").localeCompare(y.date || ""));
  $("#dyad-events").replaceChildren(el("h3", {}, `${params.a}–${params.b}, ${period} to ${until}`), eventTable(events));
}

// -- network view ------------------------------------------------------------------------
async function drawNetwork() {
  const form = new FormData($("#network-form"));
  const dyads = await api("/dyads" + query({ limit: 300, since: form.get("since"), until: form.get("until") }));
  const links = dyads.filter((d) => d.source_country !== d.target_country);
  const box = $("#network");
  if (!links.length) { box.replaceChildren(empty("No interactions between two countries in this period.")); return; }
  const weight = {};
  for (const d of links) for (const c of [d.source_country, d.target_country]) weight[c] = (weight[c] || 0) + d.stories;
  const nodes = Object.keys(weight).sort((a, b) => weight[b] - weight[a]);
  const size = 560, r = 220, c = size / 2, pos = {};
  nodes.forEach((n, i) => { const t = (2 * Math.PI * i) / nodes.length; pos[n] = [c + r * Math.cos(t), c + r * Math.sin(t)]; });
  const svg = el("svg:svg", { width: size, height: size, role: "img", "aria-label": "actor network" });
  const maxStories = Math.max(...links.map((d) => d.stories));
  for (const d of links) {
    const [x1, y1] = pos[d.source_country], [x2, y2] = pos[d.target_country];
    const colour = d.mean_goldstein === null ? "#999" : d.mean_goldstein >= 0 ? "var(--coop)" : "var(--mconf)";
    svg.append(el("svg:line", { x1, y1, x2, y2, stroke: colour, "stroke-opacity": 0.7, class: "link", style: "cursor:pointer",
                                "stroke-width": 1 + 6 * d.stories / maxStories,
                                onclick: () => networkEvents(d.source_country, d.target_country) },
      el("svg:title", {}, `${d.source_country} → ${d.target_country}: ${d.stories} stories, Goldstein ${d.mean_goldstein}`)));
  }
  const maxWeight = Math.max(...Object.values(weight));
  for (const n of nodes) {
    const [x, y] = pos[n];
    svg.append(el("svg:circle", { cx: x, cy: y, r: 6 + 12 * weight[n] / maxWeight, fill: "#1d4ed8", "fill-opacity": 0.85 }));
    svg.append(el("svg:text", { x: x + 12, y: y - 10, "font-size": 12 }, n));
  }
  box.replaceChildren(svg);
}

async function networkEvents(source, target) {
  const page = await api("/events" + query({ source, target, limit: 200 }));
  $("#network-events").replaceChildren(el("h3", {}, `${source} → ${target}`), eventTable(page.items));
}

// -- map view ----------------------------------------------------------------------------
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

async function drawMap() {
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
  const page = await api("/events" + query({ place, actor: filters.actor, since: filters.since, until: filters.until, limit: 200 }));
  $("#map-events").replaceChildren(el("h3", {}, `Events at ${place}`), eventTable(page.items));
}

// -- events view -------------------------------------------------------------------------
let eventsCursor = null;
async function listEvents(more) {
  const form = Object.fromEntries(new FormData($("#events-form")));
  const page = await api("/events" + query({ ...form, limit: 100, cursor: more ? eventsCursor : "" }));
  eventsCursor = page.next_cursor;
  const box = $("#events-table");
  if (more && box.querySelector("table")) {
    const table = eventTable(page.items);
    if (table.tagName === "TABLE") box.querySelector("table").append(...[...table.querySelectorAll("tr.event")]);
  } else box.replaceChildren(eventTable(page.items));
  $("#events-more").hidden = !eventsCursor;
}

// -- article view ------------------------------------------------------------------------
function basisText(event, dateline) {
  const when = dateline ? ` against the ${dateline} dateline` : "";
  return { explicit: "date stated in the text", relative: `relative words (a weekday, "yesterday")${when}`,
           dateline: "no date in the text: the dateline date", unknown: "no date could be found" }[event.date_basis]
         || event.date_basis;
}

// The trigger's words ("sign … agreement" may stand apart) marked in order, from `from` on.
function withTrigger(inner, trigger, from) {
  const words = trigger.split(/\s+|…/).filter(Boolean);
  const parts = [];
  let at = 0, search = Math.max(0, from);
  const lower = inner.toLocaleLowerCase();
  for (const word of words) {
    const hit = lower.indexOf(word.toLocaleLowerCase(), search);
    if (hit < 0) continue;
    parts.push(inner.slice(at, hit), el("span", { class: "trigger" }, inner.slice(hit, hit + word.length)));
    at = search = hit + word.length;
  }
  parts.push(inner.slice(at));
  return parts;
}

function highlighted(text, events, current) {
  const spans = events.map((e) => [e.evidence.start, e.evidence.end]).sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [s, e] of spans) {
    if (merged.length && s <= merged[merged.length - 1][1]) merged[merged.length - 1][1] = Math.max(e, merged[merged.length - 1][1]);
    else merged.push([s, e]);
  }
  const out = el("div", { class: "article-text" });
  let at = 0;
  for (const [s, e] of merged) {
    out.append(text.slice(at, s));
    const isCurrent = current && current.evidence.start >= s && current.evidence.end <= e;
    const mark = el("mark", { class: isCurrent ? "current" : null });
    const from = isCurrent ? current.evidence.start - s : 0;
    mark.append(...withTrigger(text.slice(s, e), isCurrent ? current.evidence.trigger : "", from));
    out.append(mark);
    at = e;
  }
  out.append(text.slice(at));
  return out;
}

function eventCard(event, dateline) {
  const actor = (a) => a ? [a.code, a.name, a.role ? `(${a.role})` : ""].filter(Boolean).join(" ") : "-";
  return el("div", { class: "event-card", "data-event": event.event_id },
    el("strong", {}, `${event.cameo} ${event.plover ? event.plover.type || "" : ""}`), " ",
    event.intent ? el("span", { class: "badge intent" }, "intent") : "",
    event.negated ? el("span", { class: "badge negated" }, "negated") : "",
    el("div", {}, `${actor(event.source)} → ${actor(event.target)}`),
    el("div", { class: "meta" }, `date ${event.date || "unknown"} (${basisText(event, dateline)})`,
       event.location ? ` · place ${event.location.name}` : "", ` · Goldstein ${event.goldstein}`,
       ` · trigger “${event.evidence.trigger}”`));
}

async function showArticle(id, eventId) {
  const article = await api(`/articles/${encodeURIComponent(id)}`);
  const current = article.events.find((e) => e.event_id === eventId) || article.events[0];
  const parts = [el("h2", {}, article.title || article.id),
                 el("p", { class: "meta" }, [article.source, article.lang, article.dateline_date && `dateline ${article.dateline_date}`].filter(Boolean).join(" · "))];
  if (current) parts.push(eventCard(current, article.dateline_date));
  parts.push(highlighted(article.text, article.events, current));
  if (current && current.story_id) {
    const story = await api(`/stories/${encodeURIComponent(current.story_id)}`).catch(() => null);
    const others = story ? story.mentions.filter((m) => m.event_id !== current.event_id) : [];
    parts.push(el("h3", {}, `Other mentions of this story (${others.length})`),
               others.length ? eventTable(others) : empty("No other article reports this event yet."));
  }
  $("#article").replaceChildren(...parts);
  const mark = $("#article mark.current");
  if (mark) mark.scrollIntoView({ block: "center" });
}

// -- code a text -------------------------------------------------------------------------
async function codeText(event) {
  event.preventDefault();
  const form = Object.fromEntries(new FormData($("#code-form")));
  if (!form.text.trim()) { $("#code-result").replaceChildren(empty("Paste a text first.")); return; }
  try {
    const body = { text: form.text, lang: form.lang || null, dateline: form.dateline || null };
    const article = await api("/code", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const cards = article.events.map((e) => eventCard(e, article.dateline_date));
    $("#code-result").replaceChildren(el("p", { class: "meta" }, `${article.events.length} events · language ${article.lang}`),
      highlighted(form.text, article.events, null), ...(cards.length ? cards : [empty("No events found in this text.")]));
  } catch (error) { $("#code-result").replaceChildren(empty(error.message)); }
}

// -- start -------------------------------------------------------------------------------
$("#dyad-form").addEventListener("submit", (e) => { e.preventDefault(); drawTimeline().catch((x) => status(x.message)); });
$("#network-form").addEventListener("submit", (e) => { e.preventDefault(); drawNetwork().catch((x) => status(x.message)); });
$("#map-form").addEventListener("submit", (e) => { e.preventDefault(); $("#map-events").replaceChildren(); drawMap().catch((x) => status(x.message)); });
$("#events-form").addEventListener("submit", (e) => { e.preventDefault(); listEvents(false).catch((x) => status(x.message)); });
$("#events-more").addEventListener("click", () => listEvents(true).catch((x) => status(x.message)));
$("#code-form").addEventListener("submit", codeText);
window.addEventListener("hashchange", route);
loadActors().catch((x) => status(x.message)).then(route);
