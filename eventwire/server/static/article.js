// The article view and the highlighted text: every coded sentence is marked, and a click on any mark
// shows the cards of its events; the selected event's trigger words are underlined.
import { $, api, el, empty, eventTable } from "./common.js";

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

// The evidence spans merged where they overlap, each with the events it holds (in text order).
function spans(events) {
  const sorted = [...events].sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end);
  const merged = [];
  for (const event of sorted) {
    const last = merged[merged.length - 1];
    if (last && event.evidence.start < last.end) { last.end = Math.max(last.end, event.evidence.end); last.events.push(event); }
    else merged.push({ start: event.evidence.start, end: event.evidence.end, events: [event] });
  }
  return merged;
}

// `text` with every event's evidence marked; `pick(events)` runs on a click (or Enter) on a mark.
export function highlighted(text, events, current, pick) {
  const out = el("div", { class: "article-text" });
  let at = 0;
  for (const span of spans(events)) {
    out.append(text.slice(at, span.start));
    const isCurrent = current && span.events.includes(current);
    const count = span.events.length;
    const mark = el("mark", { class: isCurrent ? "current" : null, tabindex: 0, role: "button",
                              "data-events": span.events.map((e) => e.event_id).join(" "),
                              title: `${count} event${count > 1 ? "s" : ""}: ${span.events.map((e) => e.cameo).join(", ")} (click for the card${count > 1 ? "s" : ""})`,
                              onclick: () => pick(span.events) });
    mark.addEventListener("keydown", (event) => { if (event.key === "Enter") pick(span.events); });
    const from = isCurrent ? current.evidence.start - span.start : 0;
    mark.append(...withTrigger(text.slice(span.start, span.end), isCurrent ? current.evidence.trigger : "", from));
    out.append(mark);
    at = span.end;
  }
  out.append(text.slice(at));
  return out;
}

export function eventCard(event, dateline, selected = false) {
  const actor = (a) => a ? [a.code, a.name, a.role ? `(${a.role})` : ""].filter(Boolean).join(" ") : "-";
  return el("div", { class: selected ? "event-card selected" : "event-card", "data-event": event.event_id },
    el("strong", {}, `${event.cameo} ${event.plover ? event.plover.type || "" : ""}`), " ",
    event.intent ? el("span", { class: "badge intent" }, "intent") : "",
    event.negated ? el("span", { class: "badge negated" }, "negated") : "",
    el("div", {}, `${actor(event.source)} → ${actor(event.target)}`),
    el("div", { class: "meta" }, `date ${event.date || "unknown"} (${basisText(event, dateline)})`,
       event.location ? ` · place ${event.location.name}` : "", ` · Goldstein ${event.goldstein}`,
       ` · trigger “${event.evidence.trigger}”`));
}

// A full event record as a row of the event tables.
function asRow(event, articleId) {
  return { event_id: event.event_id, article_id: articleId, date: event.date, cameo: event.cameo,
           plover_type: event.plover ? event.plover.type : null, intent: event.intent, negated: event.negated,
           source_code: event.source ? event.source.code : null, source_name: event.source ? event.source.name : null,
           target_code: event.target ? event.target.code : null, target_name: event.target ? event.target.name : null,
           location_name: event.location ? event.location.name : null, quote: event.evidence.quote };
}

let shown = { id: null, article: null };  // the article on screen: a click on a mark need not fetch it again
let latest = 0;  // the newest request: an older answer that arrives late is dropped

export async function showArticle(id, eventId) {
  const ticket = ++latest;
  const box = $("#article");
  let article = shown.id === id ? shown.article : null;
  if (!article) {
    shown = { id: null, article: null };
    box.replaceChildren(el("p", { class: "meta" }, `Loading article “${id}”…`));
    try {
      article = await api(`/articles/${encodeURIComponent(id)}`);
    } catch (error) {
      if (ticket === latest) box.replaceChildren(el("div", { class: "empty error" }, `Cannot show article “${id}”: ${error.message}`));
      return;
    }
    if (ticket !== latest) return;
    shown = { id, article };
  }
  const found = article.events.find((e) => e.event_id === eventId);
  const current = found || article.events[0];
  const group = current ? spans(article.events).find((s) => s.events.includes(current)).events : [];
  const open = (events) => { location.hash = `article/${encodeURIComponent(id)}/${(events.includes(current) ? current : events[0]).event_id}`; };
  const parts = [el("h2", {}, article.title || article.id),
                 el("p", { class: "meta" }, [article.source, article.lang, article.dateline_date && `dateline ${article.dateline_date}`]
                   .filter(Boolean).join(" · "))];
  if (eventId && !found) parts.push(el("p", { class: "note" }, `Event ${eventId} is not in this article: showing its first event.`));
  if (!current) parts.push(empty("No events were coded in this article."));
  const cards = el("div", { id: "article-cards" }, ...[current, ...group.filter((e) => e !== current)].filter(Boolean)
    .map((e) => el("div", { class: "card-pick", onclick: () => open([e]) }, eventCard(e, article.dateline_date, e === current))));
  if (group.length > 1) cards.prepend(el("p", { class: "meta" }, `${group.length} events in this passage; click a card to select it.`));
  parts.push(cards, highlighted(article.text, article.events, current, open));
  parts.push(el("h3", {}, `Events of this article (${article.events.length})`),
             eventTable(article.events.map((e) => asRow(e, article.id))));
  if (current && current.story_id) {
    const story = await api(`/stories/${encodeURIComponent(current.story_id)}`).catch(() => null);
    if (ticket !== latest) return;
    const others = story ? story.mentions.filter((m) => m.event_id !== current.event_id) : [];
    parts.push(el("h3", {}, `Other mentions of this story (${others.length})`),
               others.length ? eventTable(others) : empty("No other article reports this event yet."));
  }
  box.replaceChildren(...parts);
  const mark = $("#article mark.current");
  if (mark && eventId) mark.scrollIntoView({ block: "center" });
}
