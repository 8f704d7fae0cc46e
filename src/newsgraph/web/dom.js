// DOM and API helpers. Article data is only ever placed with text nodes (textContent), never as markup.

/** Create an element; string/number children become text nodes, so data can never inject markup. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

/** Append children (nodes, text, arrays, null) to a node. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Fetch JSON from the API; an error body ({"error": {...}}) becomes a thrown Error with its message. */
export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, value);
  }
  const url = "/api/" + path + (query.toString() ? "?" + query : "");
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body?.error?.message || response.statusText);
  return body;
}

/** A link to an article's page. */
export function articleLink(id, label) {
  return el("a", { href: "#/article/" + encodeURIComponent(id), class: "article-link" }, label || id);
}

/** Text with the search snippet markers \u0002...\u0003 turned into <mark> elements (still text only). */
export function snippet(text) {
  const out = el("span", { class: "snippet" });
  const parts = String(text || "").split(/(\u0002[^\u0003]*\u0003)/);
  for (const part of parts) {
    if (part.startsWith("\u0002")) out.append(el("mark", {}, part.slice(1, -1)));
    else if (part) out.append(document.createTextNode(part));
  }
  return out;
}

/** Flatten an item into "key: value" rows for the hover card (offsets and empty values left out). */
export function fieldRows(item, prefix = "", rows = []) {
  for (const [key, value] of Object.entries(item || {})) {
    if (["start", "end"].includes(key) || value === null || value === undefined) continue;
    const name = prefix ? prefix + "." + key : key;
    if (typeof value === "object" && !Array.isArray(value)) fieldRows(value, name, rows);
    else rows.push([name, Array.isArray(value) ? value.join(", ") : String(value)]);
  }
  return rows;
}

const tip = () => document.getElementById("tip");

/** Show the hover card with a title and field rows near the pointer. */
export function showTip(event, sections) {
  const box = tip();
  box.replaceChildren(...sections.map(([title, rows]) => el("section", {},
    el("h4", {}, title),
    el("dl", {}, rows.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])))));
  box.hidden = false;
  const x = Math.min(event.clientX + 14, window.innerWidth - box.offsetWidth - 8);
  const y = Math.min(event.clientY + 14, window.innerHeight - box.offsetHeight - 8);
  box.style.left = Math.max(4, x) + "px";
  box.style.top = Math.max(4, y) + "px";
}

export function hideTip() {
  tip().hidden = true;
}

/** A "Loading…" placeholder replaced by the view, or by the error message if the view fails.
 *  A view may set `mount` on what it returns: it runs once the nodes are in the page (maps and graphs need a size). */
export async function render(view, build) {
  view.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  try {
    const content = await build();
    view.replaceChildren(...[content].flat());
    if (content && typeof content.mount === "function") await content.mount();
  } catch (error) {
    view.replaceChildren(el("p", { class: "error" }, "Error: " + error.message));
  }
}

/** Previous/next buttons for a page of results. */
export function pager(page, go) {
  return el("div", { class: "pager" },
    el("button", { type: "button", disabled: page.offset === 0, onclick: () => go(Math.max(0, page.offset - page.limit)) },
      "← Previous"),
    el("span", { class: "muted" }, `${page.offset + 1}–${page.offset + page.items.length}`),
    el("button", { type: "button", disabled: page.next_offset === null, onclick: () => go(page.next_offset) }, "Next →"));
}

/** Hash route and its query parameters, e.g. #/article/ID or #/?q=trade. */
export function route() {
  const [path, query] = location.hash.replace(/^#/, "").split("?");
  return { parts: (path || "/").split("/").filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}
