// Shared pieces of the dashboard: DOM building, the API, event tables. Every string from the store
// is inserted as text (textContent), never as HTML.
export const QUADS = [["verbal_coop", "q1", "verbal cooperation"], ["material_coop", "q2", "material cooperation"],
                      ["verbal_conflict", "q3", "verbal conflict"], ["material_conflict", "q4", "material conflict"]];
const SVGNS = "http://www.w3.org/2000/svg";
export const $ = (sel) => document.querySelector(sel);

export function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVGNS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "onclick") node.addEventListener("click", v);
    else if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(child ?? ""));
  return node;
}

export async function api(path, options) {
  const response = await fetch("/api" + path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail || body);
    throw new Error(`${response.status}: ${detail}`);
  }
  return body;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined && v !== false) q.set(k, v);
  const s = q.toString();
  return s ? "?" + s : "";
}

export function status(text) { $("#status").textContent = text; }
export function empty(text) { return el("div", { class: "empty" }, text); }

// The first day a date of any precision covers ("2026-03" -> "2026-03-01"); "" when undated.
const dayOf = (date) => (date ? (date + "-01-01").slice(0, 10) : "");

// Newest first, undated last, then by event id: the order of every event table.
export function byNewest(a, b) {
  const x = dayOf(a.date), y = dayOf(b.date);
  if (x !== y) return !x ? 1 : !y ? -1 : y.localeCompare(x);
  return a.event_id.localeCompare(b.event_id);
}

export function eventRows(events) {
  return [...events].sort(byNewest).map((e) => {
    const badges = [e.intent ? el("span", { class: "badge intent" }, "intent") : "",
                    e.negated ? el("span", { class: "badge negated" }, "negated") : ""];
    return el("tr", { class: "event", "data-event": e.event_id,
                      onclick: () => { location.hash = `article/${encodeURIComponent(e.article_id)}/${e.event_id}`; } },
      el("td", {}, e.date || "undated"),
      el("td", {}, [e.source_code, e.source_name].filter(Boolean).join(" ")),
      el("td", {}, `${e.cameo} ${e.plover_type || ""}`, el("br"), ...badges),
      el("td", {}, [e.target_code, e.target_name].filter(Boolean).join(" ") || "-"),
      el("td", {}, e.location_name || ""),
      el("td", {}, e.quote));
  });
}

// A table of event mentions, newest first; a click on a row opens the article at its sentence.
// On a narrow screen the table keeps its width and scrolls sideways rather than break words.
export function eventTable(events) {
  if (!events.length) return empty("No events match.");
  const head = el("tr", {}, ...["date", "source", "event", "target", "place", "quote"].map((h) => el("th", {}, h)));
  const table = el("table", { class: "events" }, el("colgroup", {}, el("col", { style: "width:7.5em" }),
    el("col", { style: "width:14%" }), el("col", { style: "width:13%" }), el("col", { style: "width:14%" }),
    el("col", { style: "width:9%" }), el("col")), head, ...eventRows(events));
  return el("div", { class: "table-scroll" }, table);
}
