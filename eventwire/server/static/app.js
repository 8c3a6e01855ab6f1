// eventwire dashboard: plain DOM and SVG modules, no external requests. This file routes between the
// views and runs the events list and the "code a text" form.
import { $, api, el, empty, eventRows, eventTable, query, status } from "./common.js";
import { eventCard, highlighted, showArticle } from "./article.js";
import { drawMap } from "./map.js";
import { drawNetwork } from "./network.js";
import { drawTimeline } from "./timeline.js";

function show(view) {
  document.querySelectorAll(".view").forEach((v) => v.classList.toggle("active", v.id === "view-" + view));
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === view));
}

async function route() {
  const [view, ...rest] = (location.hash.slice(1) || "dyad").split("/");
  show(view);
  try {
    if (view === "article") {
      if (rest[0]) await showArticle(decodeURIComponent(rest[0]), decodeURIComponent(rest[1] || ""));
      else $("#article").replaceChildren(empty("No article chosen: pick an event in a table."));
    }
    if (view === "network" && !$("#network svg")) await drawNetwork();
    if (view === "map" && !$("#map svg")) await drawMap();
    if (view === "events" && !$("#events-table table")) await listEvents(false);
  } catch (error) { status(error.message); }
}

// -- dyad view: the actor lists, then the chart ----------------------------------------------
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

// -- events view: newest first, a page of 100 at a time ---------------------------------------
let eventsCursor = null;
async function listEvents(more) {
  const form = Object.fromEntries(new FormData($("#events-form")));
  const page = await api("/events" + query({ ...form, order: "newest", limit: 100, cursor: more ? eventsCursor : "" }));
  eventsCursor = page.next_cursor;
  const box = $("#events-table");
  const table = box.querySelector("table");
  if (more && table) table.append(...eventRows(page.items));
  else box.replaceChildren(eventTable(page.items));
  $("#events-more").hidden = !eventsCursor;
}

// -- code a text: the server codes it (seconds for a long text) while the form shows it is busy ---
async function codeText(event) {
  event.preventDefault();
  const form = Object.fromEntries(new FormData($("#code-form")));
  const result = $("#code-result"), button = $("#code-form button[type=submit]");
  if (!form.text.trim()) { result.replaceChildren(empty("Paste a text first.")); return; }
  button.disabled = true;
  button.textContent = "Coding…";
  result.setAttribute("aria-busy", "true");
  result.replaceChildren(el("p", { class: "busy" }, el("span", { class: "spinner", "aria-hidden": "true" }),
                            `Coding ${form.text.length.toLocaleString()} characters…`));
  const started = performance.now();
  try {
    const body = { text: form.text, lang: form.lang || null, dateline: form.dateline || null };
    const article = await api("/code", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const cards = article.events.map((e) => eventCard(e, article.dateline_date));
    const toCard = (events) => {
      const card = result.querySelector(`.event-card[data-event="${events[0].event_id}"]`);
      result.querySelectorAll(".event-card.selected").forEach((c) => c.classList.remove("selected"));
      events.forEach((e) => result.querySelector(`.event-card[data-event="${e.event_id}"]`)?.classList.add("selected"));
      card?.scrollIntoView({ block: "center" });
    };
    result.replaceChildren(el("p", { class: "meta" }, `${article.events.length} events · language ${article.lang} · ${seconds} s`),
      highlighted(form.text, article.events, null, toCard), ...(cards.length ? cards : [empty("No events found in this text.")]));
  } catch (error) {
    result.replaceChildren(el("div", { class: "empty error" }, error.message));
  } finally {
    button.disabled = false;
    button.textContent = "Code";
    result.removeAttribute("aria-busy");
  }
}

// -- start ------------------------------------------------------------------------------------
const failed = (error) => status(error.message);
$("#dyad-form").addEventListener("submit", (e) => { e.preventDefault(); drawTimeline().catch(failed); });
$("#network-form").addEventListener("submit", (e) => { e.preventDefault(); drawNetwork().catch(failed); });
$("#map-form").addEventListener("submit", (e) => { e.preventDefault(); $("#map-events").replaceChildren(); drawMap().catch(failed); });
$("#events-form").addEventListener("submit", (e) => { e.preventDefault(); listEvents(false).catch(failed); });
$("#events-more").addEventListener("click", () => listEvents(true).catch(failed));
$("#code-form").addEventListener("submit", codeText);
window.addEventListener("hashchange", route);
loadActors().catch(failed).then(route);
