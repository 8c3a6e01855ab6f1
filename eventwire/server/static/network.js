// The network view: countries placed by a force layout, the top N by stories (a control), each
// direction of a pair drawn as its own curve with an arrow, zoom with the wheel or buttons, pan by drag.
import { $, api, el, empty, eventTable, query } from "./common.js";

const W = 1000, H = 640;  // the layout's own units; the SVG scales to the page's width

// Fruchterman-Reingold: linked nodes pull together, nodes repel within a few link lengths (so parts
// with no link between them do not fly apart), and a pull to the middle keeps those parts near.
// Deterministic: the nodes start on a circle in order of weight.
export function forceLayout(names, pairs, iterations = 300) {
  const n = names.length, index = Object.fromEntries(names.map((name, i) => [name, i]));
  const pos = names.map((_, i) => {
    const t = (2 * Math.PI * i) / n;
    return [W / 2 + (W / 3) * Math.cos(t), H / 2 + (H / 3) * Math.sin(t)];
  });
  if (n < 2) return Object.fromEntries(names.map((name) => [name, [W / 2, H / 2]]));
  const k = Math.sqrt((W * H) / n) * 0.5, reach = 3 * k, maxWeight = Math.max(1, ...pairs.map((p) => p.weight));
  let heat = W / 8;
  for (let step = 0; step < iterations; step++) {
    const move = pos.map(() => [0, 0]);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1], d = Math.max(1, Math.hypot(dx, dy));
        if (d > reach) continue;
        const f = (k * k) / d / d;
        move[i][0] += dx * f; move[i][1] += dy * f; move[j][0] -= dx * f; move[j][1] -= dy * f;
      }
    }
    for (const { a, b, weight } of pairs) {
      const i = index[a], j = index[b];
      const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1], d = Math.max(1, Math.hypot(dx, dy));
      const f = (d / k) * (0.5 + 0.5 * weight / maxWeight);
      move[i][0] -= dx * f; move[i][1] -= dy * f; move[j][0] += dx * f; move[j][1] += dy * f;
    }
    for (let i = 0; i < n; i++) {
      move[i][0] += (W / 2 - pos[i][0]) * 0.1; move[i][1] += (H / 2 - pos[i][1]) * 0.1;
      const length = Math.max(1e-9, Math.hypot(move[i][0], move[i][1])), limit = Math.min(length, heat);
      pos[i][0] += (move[i][0] / length) * limit; pos[i][1] += (move[i][1] / length) * limit;
    }
    heat = Math.max(1, heat * 0.985);
  }
  return fitted(names, pos);
}

// Positions scaled into the drawing with a margin for labels, stretched (at most 1.6 times more one
// way than the other) to use the drawing's wide shape.
function fitted(names, pos) {
  const xs = pos.map((p) => p[0]), ys = pos.map((p) => p[1]), margin = 50;
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let sx = (W - 2 * margin) / Math.max(1, x1 - x0), sy = (H - 2 * margin) / Math.max(1, y1 - y0);
  sx = Math.min(sx, sy * 1.6); sy = Math.min(sy, sx * 1.6);
  const ox = (W - (x1 - x0) * sx) / 2, oy = (H - (y1 - y0) * sy) / 2;
  return Object.fromEntries(names.map((name, i) => [name, [ox + (pos[i][0] - x0) * sx, oy + (pos[i][1] - y0) * sy]]));
}

// A curve from a to b bowed to its left: b to a bows the other way, so the two directions stay apart.
function curve([x1, y1], [x2, y2], r1, r2) {
  const dx = x2 - x1, dy = y2 - y1, d = Math.max(1, Math.hypot(dx, dy));
  const [nx, ny] = [-dy / d, dx / d], bow = Math.min(60, 0.18 * d);
  const [cx, cy] = [(x1 + x2) / 2 + nx * bow, (y1 + y2) / 2 + ny * bow];
  const towards = (x, y, tx, ty, r) => { const l = Math.max(1, Math.hypot(tx - x, ty - y)); return [x + (tx - x) * r / l, y + (ty - y) * r / l]; };
  const [sx, sy] = towards(x1, y1, cx, cy, r1), [ex, ey] = towards(x2, y2, cx, cy, r2 + 3);
  return `M${sx.toFixed(1)},${sy.toFixed(1)}Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
}

const tone = (g) => (g === null || g === undefined ? "neutral" : g >= 0 ? "coop" : "conflict");

export async function drawNetwork() {
  const form = new FormData($("#network-form"));
  const dyads = await api("/dyads" + query({ limit: 1000, since: form.get("since"), until: form.get("until") }));
  const all = dyads.filter((d) => d.source_country !== d.target_country);
  const box = $("#network");
  $("#network-events").replaceChildren();
  if (!all.length) { box.replaceChildren(empty("No interactions between two countries in this period.")); return; }
  const weight = {};
  for (const d of all) for (const c of [d.source_country, d.target_country]) weight[c] = (weight[c] || 0) + d.stories;
  const ranked = Object.keys(weight).sort((a, b) => weight[b] - weight[a] || a.localeCompare(b));
  const top = form.get("top") === "all" ? ranked.length : Number(form.get("top"));
  const names = ranked.slice(0, top), shown = new Set(names);
  const links = all.filter((d) => shown.has(d.source_country) && shown.has(d.target_country));
  const pairs = {};
  for (const d of links) {
    const key = [d.source_country, d.target_country].sort().join("|");
    pairs[key] = pairs[key] || { a: d.source_country, b: d.target_country, weight: 0 };
    pairs[key].weight += d.stories;
  }
  const pos = forceLayout(names, Object.values(pairs));
  const maxWeight = Math.max(...names.map((n) => weight[n])), maxStories = Math.max(...links.map((d) => d.stories));
  const crowd = Math.min(1, Math.sqrt(25 / names.length));  // smaller circles when many countries are shown
  const radius = (name) => (4 + 14 * Math.sqrt(weight[name] / maxWeight)) * crowd;
  const svg = el("svg:svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", class: "network",
                              "aria-label": `network of the ${names.length} countries in most stories` });
  svg.append(el("svg:defs", {}, ...["coop", "conflict", "neutral"].map((t) =>
    el("svg:marker", { id: `arrow-${t}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerHeight: 9,
                       orient: "auto", markerUnits: "userSpaceOnUse" },
       el("svg:path", { d: "M0,0L10,5L0,10Z", class: `arrow ${t}` })))));
  const world = el("svg:g", { class: "viewport" });
  svg.append(el("svg:rect", { x: 0, y: 0, width: W, height: H, class: "backdrop" }), world);
  for (const d of [...links].sort((x, y) => y.stories - x.stories)) {
    const path = curve(pos[d.source_country], pos[d.target_country], radius(d.source_country), radius(d.target_country));
    const label = `${d.source_country} → ${d.target_country}: ${d.stories} stories, mean Goldstein ${d.mean_goldstein}`;
    world.append(el("svg:g", { class: `link ${tone(d.mean_goldstein)}`, "data-source": d.source_country, "data-target": d.target_country,
                               onclick: () => networkEvents({ source: d.source_country, target: d.target_country }) },
      el("svg:title", {}, label),
      el("svg:path", { d: path, class: "hit" }),
      el("svg:path", { d: path, class: "line", "stroke-width": (1 + 5 * d.stories / maxStories).toFixed(2),
                       "marker-end": `url(#arrow-${tone(d.mean_goldstein)})` })));
  }
  for (const name of names) {
    const [x, y] = pos[name], r = radius(name);
    world.append(el("svg:g", { class: "node", "data-country": name, onclick: () => networkEvents({ actor: name }) },
      el("svg:title", {}, `${name}: ${weight[name]} stories with the countries shown (click for its events)`),
      el("svg:circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1) }),
      el("svg:text", { x: (x + r + 3).toFixed(1), y: (y + 4).toFixed(1), class: "label" }, name)));
  }
  const zoom = zoomable(svg, world);
  const controls = el("div", { class: "zoom-controls" },
    el("button", { type: "button", title: "zoom in", "aria-label": "zoom in", onclick: () => zoom.by(1.5) }, "+"),
    el("button", { type: "button", title: "zoom out", "aria-label": "zoom out", onclick: () => zoom.by(1 / 1.5) }, "−"),
    el("button", { type: "button", title: "whole network", onclick: () => zoom.reset() }, "fit"));
  const hidden = ranked.length - names.length;
  box.replaceChildren(controls, svg, el("p", { class: "note" }, `${names.length} of ${ranked.length} countries shown` +
    (hidden ? ` (the ${hidden} in fewest stories hidden: raise "Countries" to see them)` : "") +
    `; ${links.length} directed links. Wheel or buttons zoom, drag pans.`));
}

// Zoom and pan by a transform on `world`; labels keep their size on screen as the drawing grows.
function zoomable(svg, world) {
  let k = 1, tx = 0, ty = 0;
  const apply = () => {
    world.setAttribute("transform", `translate(${tx.toFixed(1)},${ty.toFixed(1)}) scale(${k.toFixed(3)})`);
    world.style.setProperty("--zoom", k.toFixed(3));
  };
  const toSvg = (event) => {
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(svg.getScreenCTM().inverse());
    return [point.x, point.y];
  };
  const zoomAt = (factor, [px, py]) => {
    const next = Math.min(12, Math.max(0.5, k * factor));
    tx = px - (px - tx) * (next / k); ty = py - (py - ty) * (next / k); k = next;
    apply();
  };
  svg.addEventListener("wheel", (event) => { event.preventDefault(); zoomAt(event.deltaY < 0 ? 1.2 : 1 / 1.2, toSvg(event)); },
                       { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (event) => {
    if (event.target.closest(".link, .node")) return;
    drag = { at: toSvg(event), tx, ty };
    svg.setPointerCapture(event.pointerId);
    svg.classList.add("dragging");
  });
  svg.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const [x, y] = toSvg(event);
    tx = drag.tx + x - drag.at[0]; ty = drag.ty + y - drag.at[1];
    apply();
  });
  const end = () => { drag = null; svg.classList.remove("dragging"); };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointercancel", end);
  apply();
  return { by: (factor) => zoomAt(factor, [W / 2, H / 2]), reset: () => { k = 1; tx = 0; ty = 0; apply(); } };
}

async function networkEvents(filters) {
  const page = await api("/events" + query({ ...filters, order: "newest", limit: 500 }));
  const title = filters.actor ? `${filters.actor}, either side` : `${filters.source} → ${filters.target}`;
  $("#network-events").replaceChildren(el("h3", {}, title), eventTable(page.items));
}
