// The overview views: event timeline, actor network, quote browser, claims ledger, map of places.
import { api, articleLink, el, hideTip, pager, showTip } from "./dom.js";

const SVG = "http://www.w3.org/2000/svg";
const COLORS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
  "#9c755f", "#bab0ac", "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#17becf"];

/** An SVG element with attributes (text children become text nodes). */
function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

/** One event as a row of evidence: type, who, whom, when, and the sentence it was read from. */
function eventRow(e) {
  return el("li", { class: "event" },
    el("span", { class: "badge" }, e.type), " ",
    el("strong", {}, e.source?.name || "?"), " → ", el("strong", {}, e.target?.name || "?"),
    el("span", { class: "muted" }, ` · ${e.day || "undated"} · `), articleLink(e.article_id, e.article.title),
    el("blockquote", {}, e.sentence.text || e.trigger.text));
}

/** Event timeline: stacked daily bars by PLOVER type; clicking a day lists that day's events with evidence. */
export async function timelineView(params) {
  const { buckets } = await api("events/timeline", Object.fromEntries(params));
  if (!buckets.length) return el("p", { class: "muted empty" }, "No dated events.");
  const days = [...new Set(buckets.map((b) => b.date))].sort();
  const types = [...new Set(buckets.map((b) => b.type))].sort();
  const color = (t) => COLORS[types.indexOf(t) % COLORS.length];
  const first = Date.parse(days[0]);
  const span = Math.max(1, (Date.parse(days[days.length - 1]) - first) / 864e5);
  const [width, height, pad] = [1000, 260, 30];
  const perDay = {};
  for (const b of buckets) (perDay[b.date] ||= []).push(b);
  const peak = Math.max(...Object.values(perDay).map((list) => list.reduce((s, b) => s + b.count, 0)));
  const barWidth = Math.max(2, Math.min(24, (width - 2 * pad) / (span + 1) - 1));
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height + 40}`, class: "timeline", role: "img" });
  const list = el("ul", { class: "events" });
  const showDay = async (day) => {
    const page = await api("events", { ...Object.fromEntries(params), date_from: day, date_to: day, limit: 50 });
    list.replaceChildren(el("h3", {}, `Events on ${day}`), ...page.items.map(eventRow));
  };
  for (const day of days) {
    const x = pad + ((Date.parse(day) - first) / 864e5 / span) * (width - 2 * pad - barWidth);
    let y = height;
    for (const b of perDay[day].sort((a, c) => a.type.localeCompare(c.type))) {
      const h = (b.count / peak) * (height - pad);
      y -= h;
      const rect = svg("rect", { x, y, width: barWidth, height: Math.max(h, 1), fill: color(b.type), class: "bar" });
      rect.addEventListener("mousemove", (ev) => showTip(ev, [[day, [["type", b.type], ["events", String(b.count)]]]]));
      rect.addEventListener("mouseleave", hideTip);
      rect.addEventListener("click", () => showDay(day));
      chart.append(rect);
    }
  }
  chart.append(svg("line", { x1: pad, x2: width - pad, y1: height, y2: height, stroke: "#888" }),
    svg("text", { x: pad, y: height + 20, class: "axis" }, days[0]),
    svg("text", { x: width - pad, y: height + 20, "text-anchor": "end", class: "axis" }, days[days.length - 1]));
  const legend = el("div", { class: "legend" }, types.map((t) =>
    el("span", { class: "legend-item" }, el("i", { class: "swatch", style: `background:${color(t)}` }), " " + t)));
  const latest = await api("events", { ...Object.fromEntries(params), limit: 20 });
  list.replaceChildren(el("h3", {}, "Latest events"), ...latest.items.map(eventRow));
  return [el("h2", {}, "Event timeline"), legend, chart, list];
}

/** Actor network: who acts on whom, edge width by number of events (cytoscape, laid out offline). */
export async function networkView(params) {
  const graph = await api("network", { ...Object.fromEntries(params), max_edges: 120 });
  if (!graph.edges.length) return el("p", { class: "muted empty" }, "No events with both a source and a target.");
  const box = el("div", { id: "network", class: "network" });
  const maxWeight = Math.max(...graph.edges.map((e) => e.weight));
  const maxNode = Math.max(2, ...graph.nodes.map((n) => n.weight));
  const list = el("ul", { class: "events" });
  const mount = () => {
    const cy = window.cytoscape({
      container: box,
      elements: [
        ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.name, weight: n.weight } })),
        ...graph.edges.map((e, i) => ({ data: { id: "e" + i, source: e.source, target: e.target, weight: e.weight,
          label: String(e.weight), types: e.types } })),
      ],
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 12, "background-color": "#4e79a7",
          width: `mapData(weight, 1, ${maxNode}, 12, 40)`, height: `mapData(weight, 1, ${maxNode}, 12, 40)`,
          "text-valign": "bottom", "text-margin-y": 4, "text-background-color": "#fff", "text-background-opacity": 0.7 } },
        { selector: "edge", style: { width: `mapData(weight, 1, ${maxWeight}, 1, 8)`, "curve-style": "bezier",
          "target-arrow-shape": "triangle", "arrow-scale": 0.8, "line-color": "#b0b8c4", "target-arrow-color": "#8a94a3",
          label: "data(label)", "font-size": 9, "text-background-color": "#fff", "text-background-opacity": 0.8,
          opacity: 0.85 } },
      ],
      layout: graph.nodes.length <= 16 ? { name: "circle", padding: 40 }
        : { name: "cose", animate: false, randomize: true, nodeRepulsion: 400000, idealEdgeLength: 110,
          nodeOverlap: 20, componentSpacing: 60, gravity: 40, numIter: 1500, padding: 30 },
    });
    cy.on("mouseover", "edge", (ev) => {
      const d = ev.target.data();
      showTip(ev.originalEvent, [[`${d.source} → ${d.target}`, [["events", String(d.weight)],
        ...Object.entries(d.types).map(([t, n]) => [t, String(n)])]]]);
    });
    cy.on("mouseout", "edge", hideTip);
    cy.on("tap", "edge", async (ev) => {
      const d = ev.target.data();
      const page = await api("events", { ...Object.fromEntries(params), actor: d.source, limit: 200 });
      list.replaceChildren(el("h3", {}, `${d.source} → ${d.target}`),
        ...page.items.filter((e) => e.target?.name === d.target).map(eventRow));
    });
    box.dataset.nodes = String(cy.nodes().length);
  };
  return withMount(mount, el("h2", {}, "Actor network"),
    el("p", { class: "muted" }, "Arrows point from the acting actor to the one acted upon; width and label give the number of events. Click an edge for its evidence."),
    box, list);
}

/** Quote browser: speakers by number of quotes; choosing one lists their quotes with links to the articles. */
export async function quotesView(params) {
  const speaker = params.get("speaker");
  const speakers = await api("speakers", { limit: 100 });
  const aside = el("ul", { class: "speakers" }, speakers.items.map((s) =>
    el("li", { class: s.name === speaker ? "active" : "" },
      el("a", { href: "#/quotes?speaker=" + encodeURIComponent(s.name) }, s.name),
      el("span", { class: "muted" }, ` ${s.quotes}`))));
  const page = await api("quotes", { speaker, q: params.get("q"), limit: 50, offset: params.get("offset") || 0 });
  const quotes = el("ul", { class: "quotes" }, page.items.map((q) => el("li", { class: "quote" },
    el("blockquote", { class: q.direct ? "direct" : "indirect" }, q.text),
    el("div", { class: "meta" }, "— ", el("strong", {}, q.speaker?.name || "unattributed"),
      q.speaker && q.speaker.text !== q.speaker.name ? ` (“${q.speaker.text}”)` : "",
      q.direct ? "" : " · indirect", " · ", articleLink(q.article_id, q.article.title),
      q.article.published ? ` · ${q.article.published}` : ""))));
  const search = el("form", { class: "filters" },
    el("input", { type: "search", name: "q", placeholder: "Search quotes…", value: params.get("q") || "" }),
    el("button", { type: "submit" }, "Search"));
  search.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = "#/quotes?q=" + encodeURIComponent(search.elements.q.value);
  });
  const go = (offset) => { params.set("offset", offset); location.hash = "#/quotes?" + params; };
  return [el("h2", {}, speaker ? `Quotes by ${speaker}` : "Quotes"), search,
    el("div", { class: "two-col" }, el("div", {}, el("h3", {}, "Speakers"), aside),
      el("div", {}, page.items.length ? quotes : el("p", { class: "muted empty" }, "No quotes."), pager(page, go)))];
}

/** The claims ledger: one row per subject and unit, with every source's value and a disagreement flag. */
export async function claimsView(params) {
  const page = await api("claims/ledger", { q: params.get("q"), limit: 50, offset: params.get("offset") || 0 });
  const value = (v) => (typeof v === "number" ? v.toLocaleString("en") : v ?? "—");
  const rows = page.items.map((row) => {
    const entries = row.entries || [];
    return el("tr", { class: row.disagreement ? "disagree" : "" },
      el("td", {}, row.subject ?? "—"), el("td", {}, row.unit ?? "—"),
      el("td", { class: "num" }, value(row.low)), el("td", { class: "num" }, value(row.high)),
      el("td", { class: "num" }, row.articles ?? entries.length),
      el("td", {}, row.disagreement ? el("span", { class: "flag", title: "sources disagree" }, "⚠ disagree") : "agree"),
      el("td", {}, el("ul", { class: "sources" }, entries.slice(0, 8).map((e) => el("li", {
        class: e.disagrees_with?.length ? "disagrees" : "" },
      el("span", { class: "claim-text" }, e.text), " ", e.source ? `(${e.source}) ` : "",
      e.period ? el("span", { class: "muted" }, e.period + " ") : null,
      articleLink(e.article_id, e.article?.source || e.article?.title || e.article_id))))));
  });
  const table = el("table", { class: "grid ledger" },
    el("thead", {}, el("tr", {}, ["Subject", "Unit", "Low", "High", "Articles", "Status", "Sources"]
      .map((h) => el("th", {}, h)))),
    el("tbody", {}, rows));
  const go = (offset) => { params.set("offset", offset); location.hash = "#/claims?" + params; };
  return [el("h2", {}, "Claims ledger"),
    el("p", { class: "muted" }, page.grouping === "ledger"
      ? "The same quantity across articles; a figure is flagged when another for the same period is more than 10% off."
      : "Claims grouped by subject and unit; flagged when articles give values more than 5% apart."),
    page.items.length ? table : el("p", { class: "muted empty" }, "No claims with a subject."), pager(page, go)];
}

/** Map of places: an offline Natural Earth outline (no tile server) with a circle per place sized by mentions. */
export async function mapView(params) {
  const [page, world] = await Promise.all([
    api("places", { ...Object.fromEntries(params), limit: 200 }),
    fetch("/static/vendor/world-atlas/countries-110m.json").then((r) => r.json()),
  ]);
  const box = el("div", { id: "map", class: "map" });
  const located = page.items.filter((p) => p.lat !== null && p.lon !== null);
  const table = el("table", { class: "grid" },
    el("thead", {}, el("tr", {}, ["Place", "Country", "Kind", "Mentions", "Articles"].map((h) => el("th", {}, h)))),
    el("tbody", {}, page.items.map((p) => el("tr", {}, el("td", {}, p.name ?? "—"), el("td", {}, p.country ?? "—"),
      el("td", {}, p.kind ?? "—"), el("td", { class: "num" }, p.mentions), el("td", { class: "num" }, p.articles)))));
  const mount = () => {
    const map = window.L.map(box, { worldCopyJump: true, attributionControl: true, minZoom: 1 }).setView([20, 10], 2);
    map.attributionControl.setPrefix(false).addAttribution("Outline: Natural Earth (public domain)");
    window.L.geoJSON(window.topojson.feature(world, world.objects.countries), {
      style: { color: "#9aa5b1", weight: 0.6, fillColor: "#e6e9ed", fillOpacity: 1 },
    }).addTo(map);
    const peak = Math.max(1, ...located.map((p) => p.mentions));
    for (const p of located) {
      const label = el("div", {}, el("strong", {}, p.name), el("br"),
        `${p.country || "?"} · ${p.mentions} mentions in ${p.articles} articles`);
      window.L.circleMarker([p.lat, p.lon], { radius: 4 + 14 * Math.sqrt(p.mentions / peak), color: "#c0392b",
        weight: 1, fillOpacity: 0.55, className: "place-marker" }).bindTooltip(label).addTo(map);
    }
    box.dataset.markers = String(located.length);
  };
  return withMount(mount, el("h2", {}, "Places"), box, table);
}

/** The nodes of a view plus the function that draws into them once they are in the page. */
function withMount(mount, ...nodes) {
  return Object.assign(nodes, { mount });
}
