// newsgraph web UI: a hash router over views that read the same JSON API users script against.
import { api, articleLink, el, fieldRows, hideTip, pager, render, route, showTip, snippet } from "./dom.js";
import { claimsView, mapView, networkView, quotesView, timelineView } from "./views.js";

const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const KINDS = { quote: "Quote", event: "Event", claim: "Claim", date: "Date", place: "Place" };

/** Search: full text plus the API's filters; results link to article pages. */
async function searchView(params) {
  const form = el("form", { class: "filters", role: "search" },
    el("input", { type: "search", name: "q", placeholder: "Search articles…", value: params.get("q") || "",
      "aria-label": "Search text" }),
    el("select", { name: "outlet", "aria-label": "Outlet" }, el("option", { value: "" }, "All outlets")),
    el("select", { name: "event_type", "aria-label": "Event type" }, el("option", { value: "" }, "Any event type"),
      PLOVER.map((t) => el("option", { value: t, selected: params.get("event_type") === t }, t))),
    el("input", { name: "country", placeholder: "Country (ISO3)", size: 12, maxlength: 3,
      value: params.get("country") || "", "aria-label": "Country" }),
    el("input", { name: "actor", placeholder: "Actor", value: params.get("actor") || "", "aria-label": "Actor" }),
    el("input", { type: "date", name: "date_from", value: params.get("date_from") || "", "aria-label": "From" }),
    el("input", { type: "date", name: "date_to", value: params.get("date_to") || "", "aria-label": "To" }),
    el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (value) query.set(key, value);
    location.hash = "#/?" + query;
  });
  api("outlets").then((outlets) => {
    const select = form.elements.outlet;
    for (const o of outlets) {
      select.append(el("option", { value: o.source, selected: params.get("outlet") === o.source },
        `${o.source} (${o.articles})`));
    }
  }).catch(() => {});
  const query = Object.fromEntries(params);
  const page = await api("articles", { limit: 20, ...query });
  const results = el("ol", { class: "results", start: page.offset + 1 }, page.items.map((a) =>
    el("li", { class: "result" },
      el("h3", {}, articleLink(a.id, a.title || a.id)),
      el("div", { class: "meta" }, [a.published, a.source].filter(Boolean).join(" · "), " ",
        ["quotes", "events", "claims", "dates", "places"].map((k) =>
          el("span", { class: `badge badge-${k}` }, `${a["n_" + k]} ${k}`))),
      el("p", {}, snippet(a.snippet)))));
  const go = (offset) => { params.set("offset", offset); location.hash = "#/?" + params; };
  return [form, page.items.length ? results : el("p", { class: "muted empty" }, "No articles found."), pager(page, go)];
}

/** Every item of a record that has a span in the text, with the fields the hover card shows. */
function highlightItems(record) {
  const items = [];
  record.quotes.forEach((q, i) => items.push({ kind: "quote", i, start: q.start, end: q.end, data: q }));
  record.events.forEach((e, i) => items.push({ kind: "event", i, start: e.trigger.start, end: e.trigger.end, data: e }));
  record.claims.forEach((c, i) => items.push({ kind: "claim", i, start: c.start, end: c.end, data: c }));
  record.dates.forEach((d, i) => items.push({ kind: "date", i, start: d.start, end: d.end, data: d }));
  record.places.forEach((p, i) => items.push({ kind: "place", i, start: p.start, end: p.end, data: p }));
  return items.filter((it) => it.end > it.start && it.start >= 0 && it.end <= record.text.length);
}

/** The article text cut at every item boundary; each piece covered by items is a highlighted span. */
function highlightedText(record) {
  const items = highlightItems(record);
  const cuts = new Set([0, record.text.length]);
  for (const it of items) { cuts.add(it.start); cuts.add(it.end); }
  const bounds = [...cuts].sort((a, b) => a - b);
  const body = el("div", { class: "article-text" });
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [from, to] = [bounds[k], bounds[k + 1]];
    const text = record.text.slice(from, to);
    const covering = items.filter((it) => it.start <= from && it.end >= to);
    if (!covering.length) { body.append(document.createTextNode(text)); continue; }
    const kinds = [...new Set(covering.map((it) => it.kind))];
    const span = el("span", {
      class: "hl " + kinds.map((kind) => "hl-" + kind).join(" "),
      dataset: { items: covering.map((it) => `${it.kind}-${it.i}`).join(" "), kinds: kinds.join(" ") },
    }, text);
    const sections = covering.slice().sort((a, b) => (a.end - a.start) - (b.end - b.start))
      .map((it) => [`${KINDS[it.kind]}: ${it.data.text ?? it.data.trigger?.text ?? ""}`, fieldRows(it.data)]);
    span.addEventListener("mouseenter", (event) => showTip(event, sections));
    span.addEventListener("mousemove", (event) => showTip(event, sections));
    span.addEventListener("mouseleave", hideTip);
    body.append(span);
  }
  return { body, items };
}

/** One article: metadata, a legend with counts, and the cleaned text with every item highlighted in place. */
async function articleView(id) {
  const record = await api("articles/" + encodeURIComponent(id));
  const { body, items } = highlightedText(record);
  const counts = Object.fromEntries(Object.keys(KINDS).map((k) => [k, items.filter((it) => it.kind === k).length]));
  const legend = el("div", { class: "legend" }, Object.entries(KINDS).map(([kind, label]) =>
    el("label", { class: `legend-item hl-${kind}` },
      el("input", { type: "checkbox", checked: true,
        onchange: (event) => body.classList.toggle("hide-" + kind, !event.target.checked) }),
      ` ${label}s (${counts[kind]})`)));
  const meta = el("div", { class: "meta" },
    [record.published, record.source, (record.authors || []).join(", ")].filter(Boolean).join(" · "), " ",
    /^https?:\/\//i.test(record.url || "")
      ? el("a", { href: record.url, rel: "noopener noreferrer", target: "_blank" }, "original") : null,
    " ", el("a", { href: "/api/articles/" + encodeURIComponent(record.id) }, "JSON"));
  const events = el("table", { class: "grid" },
    el("thead", {}, el("tr", {}, ["Type", "Source", "Trigger", "Target", "Date", "Place"].map((h) => el("th", {}, h)))),
    el("tbody", {}, record.events.map((e) => el("tr", {},
      el("td", {}, e.type + (e.negated ? " (negated)" : "") + (e.mode ? ` [${e.mode}]` : "")),
      el("td", {}, e.source?.actor?.name || e.source?.text || "—"), el("td", {}, e.trigger.text),
      el("td", {}, e.target?.actor?.name || e.target?.text || "—"), el("td", {}, e.date || "—"),
      el("td", {}, e.place?.name || "—")))));
  return el("article", { class: "article", dataset: { id: record.id } },
    el("h2", {}, record.title || record.id), meta, legend,
    record.error ? el("p", { class: "error" }, `${record.error.code}: ${record.error.message}`) : null,
    body, record.events.length ? [el("h3", {}, "Events"), events] : null);
}

const VIEWS = {
  "": (r) => searchView(r.params),
  article: (r) => articleView(r.parts[1]),
  timeline: (r) => timelineView(r.params),
  network: (r) => networkView(r.params),
  quotes: (r) => quotesView(r.params),
  claims: (r) => claimsView(r.params),
  map: (r) => mapView(r.params),
};

/** Render the view named by the URL hash and mark its menu entry. */
function show() {
  hideTip();
  delete document.body.dataset.ready;
  const r = route();
  const name = r.parts[0] && VIEWS[r.parts[0]] ? r.parts[0] : "";
  document.body.dataset.view = name || "search";
  for (const a of document.querySelectorAll("nav a[data-view]")) {
    a.classList.toggle("active", a.dataset.view === (name || "search"));
  }
  const view = document.getElementById("view");
  render(view, () => VIEWS[name](r)).then(() => { document.body.dataset.ready = location.hash || "#/"; });
}

window.addEventListener("hashchange", show);
window.addEventListener("load", show);
