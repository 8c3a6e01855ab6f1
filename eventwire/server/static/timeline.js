// The dyad view: stories per period on a real time axis (empty periods stay empty), a left axis of
// stories, a right axis of mean Goldstein, and a note of the stories no date places on the axis.
import { $, QUADS, api, el, empty, eventTable, query } from "./common.js";

const STEP = { day: [0, 1], week: [0, 7], month: [1, 0], quarter: [3, 0], year: [12, 0] };

// The start of the next period after the one starting on `start` (an ISO day).
function nextPeriod(start, period) {
  const d = new Date(start + "T00:00:00Z");
  d.setUTCMonth(d.getUTCMonth() + STEP[period][0]);
  d.setUTCDate(d.getUTCDate() + STEP[period][1]);
  return d.toISOString().slice(0, 10);
}

export function periodEnd(start, period) {
  const d = new Date(nextPeriod(start, period) + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

// Every period from the first to the last row, those without stories included.
function allPeriods(rows, period) {
  const out = [];
  const last = rows[rows.length - 1].period;
  for (let p = rows[0].period; p <= last && out.length < 20000; p = nextPeriod(p, period)) out.push(p);
  return out;
}

function periodLabel(start, period) {
  if (period === "year") return start.slice(0, 4);
  if (period === "quarter") return `${start.slice(0, 4)} Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`;
  if (period === "month") return start.slice(0, 7);
  return start;
}

// Round tick values from 0 to at least `max` (about five of them).
function ticks(max) {
  const raw = Math.max(1, max) / 5, power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw));
  const out = [];
  for (let v = 0; v < max + step; v += step) out.push(v);
  return out;
}

export function dyadParams() {
  const form = new FormData($("#dyad-form"));
  return { a: form.get("a"), b: form.get("b"), period: form.get("period"), both: form.get("both") === "on" };
}

export async function drawTimeline() {
  const params = dyadParams();
  const [rows, counts] = await Promise.all([api("/timeline" + query(params)),
                                            api("/dyad" + query({ a: params.a, b: params.b, both: params.both }))]);
  const box = $("#timeline");
  $("#dyad-events").replaceChildren();
  const note = undatedNote(params, counts);
  if (!rows.length) { box.replaceChildren(empty(`No dated stories between ${params.a} and ${params.b}.`), ...note); return; }
  box.replaceChildren(chart(rows, params), legend(), ...note);
}

function chart(rows, params) {
  const periods = allPeriods(rows, params.period);
  const byPeriod = Object.fromEntries(rows.map((r) => [r.period, r]));
  const left = 56, right = 64, top = 16, bottom = 34, plot = 220;
  const box = $("#timeline").clientWidth || $("main").clientWidth - 50;  // (0 while the view is hidden)
  const room = Math.max(640, box - left - right - 4);  // the chart fills its box, or scrolls sideways
  const slot = Math.max(6, room / periods.length);
  const width = left + right + periods.length * slot, height = top + plot + bottom;
  const stories = ticks(Math.max(...rows.map((r) => r.stories)));
  const yMax = stories[stories.length - 1];
  const y = (n) => top + plot * (1 - n / yMax);
  const g = (score) => top + plot * (1 - (score + 10) / 20);
  const x = (i) => left + i * slot;
  const bar = Math.max(3, Math.min(56, slot * 0.75));
  const svg = el("svg:svg", { width, height, role: "img", class: "timeline",
                              "aria-label": `stories between ${params.a} and ${params.b} per ${params.period}` });
  // axes: stories on the left, Goldstein on the right, time below
  for (const v of stories) {
    svg.append(el("svg:line", { x1: left, x2: width - right, y1: y(v), y2: y(v), class: "grid" }),
               el("svg:text", { x: left - 6, y: y(v) + 4, class: "tick", "text-anchor": "end" }, String(v)));
  }
  for (const v of [-10, -5, 0, 5, 10]) {
    svg.append(el("svg:text", { x: width - right + 6, y: g(v) + 4, class: "tick goldstein" }, (v > 0 ? "+" : "") + v));
  }
  svg.append(el("svg:line", { x1: left, x2: width - right, y1: g(0), y2: g(0), class: "goldstein-zero" }),
             el("svg:line", { x1: left, x2: left, y1: top, y2: top + plot, class: "axis" }),
             el("svg:line", { x1: width - right, x2: width - right, y1: top, y2: top + plot, class: "axis" }),
             el("svg:line", { x1: left, x2: width - right, y1: top + plot, y2: top + plot, class: "axis" }),
             el("svg:text", { x: 14, y: top + plot / 2, class: "axis-title", transform: `rotate(-90 14 ${top + plot / 2})`,
                              "text-anchor": "middle" }, `stories per ${params.period}`),
             el("svg:text", { x: width - 12, y: top + plot / 2, class: "axis-title goldstein",
                              transform: `rotate(90 ${width - 12} ${top + plot / 2})`, "text-anchor": "middle" },
                "mean Goldstein"));
  const labelEvery = Math.ceil(72 / slot);
  periods.forEach((p, i) => {
    if (i % labelEvery) return;
    svg.append(el("svg:line", { x1: x(i) + slot / 2, x2: x(i) + slot / 2, y1: top + plot, y2: top + plot + 4, class: "axis" }),
               el("svg:text", { x: x(i) + slot / 2, y: top + plot + 16, class: "tick", "text-anchor": "middle" },
                  periodLabel(p, params.period)));
  });
  // stacked bars of stories by quad class, one per period with stories
  periods.forEach((p, i) => {
    const row = byPeriod[p];
    if (!row) return;
    const group = el("svg:g", { class: "bar", "data-period": p, style: "cursor:pointer",
                                onclick: () => dyadEvents(params, p) },
      el("svg:title", {}, `${periodLabel(p, params.period)}: ${row.stories} stories` +
         QUADS.filter(([key]) => row[key]).map(([key, , label]) => `, ${row[key]} ${label}`).join("") +
         (row.mean_goldstein === null ? "" : `; mean Goldstein ${row.mean_goldstein}`)));
    let base = 0;
    for (const [key, cls] of QUADS) {
      if (!row[key]) continue;
      group.append(el("svg:rect", { x: x(i) + (slot - bar) / 2, y: y(base + row[key]), width: bar,
                                    height: y(base) - y(base + row[key]), class: cls }));
      base += row[key];
    }
    svg.append(group);
  });
  // the Goldstein line joins neighbouring periods only: a period without stories breaks it
  let path = "", previous = -2;
  periods.forEach((p, i) => {
    const row = byPeriod[p];
    if (!row || row.mean_goldstein === null) return;
    const cx = x(i) + slot / 2, cy = g(row.mean_goldstein);
    path += `${previous === i - 1 ? "L" : "M"}${cx.toFixed(1)},${cy.toFixed(1)}`;
    previous = i;
    svg.append(el("svg:circle", { cx, cy, r: 3, class: "goldstein-point" }));
  });
  if (path) svg.append(el("svg:path", { d: path, class: "goldstein-line" }));
  return svg;
}

function legend() {
  const swatch = (cls) => el("svg:svg", { width: 12, height: 12 }, cls === "line"
    ? el("svg:line", { x1: 0, x2: 12, y1: 6, y2: 6, stroke: "#1d4ed8", "stroke-width": 2 })
    : el("svg:rect", { width: 12, height: 12, class: cls }));
  return el("div", { class: "legend" }, ...QUADS.map(([, cls, label]) => el("span", {}, swatch(cls), label)),
            el("span", {}, swatch("line"), "mean Goldstein (−10 conflict … +10 cooperation)"));
}

function undatedNote(params, counts) {
  if (!counts.undated) return [];
  const list = el("button", { type: "button", class: "link-button",
                              onclick: () => undatedEvents(params).catch((e) => $("#dyad-events").replaceChildren(empty(e.message))) },
                  "list them");
  return [el("p", { class: "note", id: "undated-note" },
             `${counts.undated} of ${counts.stories} stories between ${counts.a} and ${counts.b} are undated ` +
             "(neither the text nor a dateline gives their day), so the chart cannot place them: ", list)];
}

function directions(params) {
  return params.both ? [[params.a, params.b], [params.b, params.a]] : [[params.a, params.b]];
}

async function listed(params, filters) {
  const pages = await Promise.all(directions(params).map(([source, target]) =>
    api("/events" + query({ source, target, ...filters, order: "newest", limit: 1000 }))));
  return pages.flatMap((page) => page.items);
}

async function dyadEvents(params, period) {
  const until = periodEnd(period, params.period);
  const events = await listed(params, { since: period, until });
  $("#dyad-events").replaceChildren(el("h3", {}, `${params.a}–${params.b}, ${period} to ${until}`), eventTable(events));
}

async function undatedEvents(params) {
  const events = await listed(params, { dated: "false" });  // (query() leaves out a false flag)
  $("#dyad-events").replaceChildren(el("h3", {}, `${params.a}–${params.b}, undated`), eventTable(events));
}
