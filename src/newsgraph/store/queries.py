"""Read-only queries over the store: plain functions that the REST API (and Python users) call.

Every function takes an open connection plus plain arguments and returns plain dicts.  SQL is always
parameterised; the only text spliced into SQL comes from the whitelists below (sort columns and fixed
fragments), never from the caller.  Page sizes are capped by ``MAX_LIMIT``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

MAX_LIMIT = 200
MAX_OFFSET = 100_000
RANK_WINDOW = 2_000  # full-text hits ranked per search (the newest ones); see _pick_hits
HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE = "\u0002", "\u0003"  # snippet markers; the UI turns them into <mark> elements

ARTICLE_SORTS = {"published": "a.published", "title": "a.title", "source": "a.source", "id": "a.id"}
EVENT_SORTS = {"date": "e.date", "type": "e.type", "confidence": "e.confidence", "published": "a.published"}
QUOTE_SORTS = {"published": "a.published", "speaker": "q.speaker_name"}
CLAIM_SORTS = {"published": "a.published", "value": "c.value", "unit": "c.unit", "subject": "c.subject"}
PLACE_SORTS = {"mentions": "mentions", "articles": "articles", "name": "name"}

_FTS_TOKEN = re.compile(r"[\w'-]+\*?", re.UNICODE)
_ARTICLE_ALIAS = re.compile(r"\ba\.")


@dataclass(slots=True)
class Filters:
    """The filters every list accepts; each one that is set narrows the result."""

    q: str | None = None
    actor: str | None = None
    country: str | None = None
    event_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None


@dataclass(slots=True)
class Page:
    """Which slice of a list to return and in which order."""

    limit: int = 20
    offset: int = 0
    sort: str | None = None
    order: str = "desc"


class UnknownSort(ValueError):
    """The requested sort column is not in the whitelist."""


def fts_query(text: str) -> str | None:
    """Turn free text into a safe FTS5 query: every word quoted (AND), a trailing * keeps prefix search."""
    terms = []
    for token in _FTS_TOKEN.findall(text or ""):
        prefix = token.endswith("*")
        word = token.rstrip("*").strip("'-")
        if word:
            terms.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(terms[:16]) or None


def _order_by(page: Page, sorts: dict[str, str], default: str, tiebreak: str | None = None) -> str:
    """The ORDER BY clause for a whitelisted sort key; anything else is refused.

    The tie-break is a rowid, in the same direction: pages stay stable, and an index on the sort
    column (which ends with the rowid) can deliver the order without sorting the whole table.
    """
    key = page.sort or default
    if key not in sorts:
        raise UnknownSort(f"sort must be one of {', '.join(sorted(sorts))}")
    direction = "ASC" if page.order.lower() == "asc" else "DESC"
    return f"ORDER BY {sorts[key]} {direction}" + (f", {tiebreak} {direction}" if tiebreak else "")


def _slice(page: Page) -> tuple[int, int]:
    """Clamp limit and offset to the allowed range."""
    return max(1, min(page.limit, MAX_LIMIT)), max(0, min(page.offset, MAX_OFFSET))


def _paged(rows: list[Any], limit: int, offset: int, items: list[dict[str, Any]]) -> dict[str, Any]:
    """A page of items; one extra row was fetched to know whether another page exists."""
    more = len(rows) > limit
    return {"items": items[:limit], "limit": limit, "offset": offset, "next_offset": offset + limit if more else None}


def _date_upper(date_to: str) -> str:
    """An upper bound that keeps every timestamp on the last day ('~' sorts after any ISO 8601 character)."""
    return date_to + "~"


def _article_conditions(f: Filters, alias: str = "a",
                        conn: sqlite3.Connection | None = None) -> tuple[list[str], list[Any]]:
    """WHERE fragments on the article (outlet, publication dates, actor, country, event type).

    With a connection, a rare actor, country or event type drives the query through its indexes
    (the articles that mention it, then sorted); a common one is checked row by row while the
    articles are read in the requested order, which finds a page of hits quickly.
    """
    where: list[str] = []
    args: list[Any] = []
    if f.outlet:
        where.append(f"{alias}.source = ?")
        args.append(f.outlet)
    if f.date_from:
        where.append(f"{alias}.published >= ?")
        args.append(f.date_from)
    if f.date_to:
        where.append(f"{alias}.published <= ?")
        args.append(_date_upper(f.date_to))
    for value, columns in ((f.actor, ACTOR_COLUMNS), (f.country, COUNTRY_COLUMNS), (f.event_type, TYPE_COLUMNS)):
        if not value:
            continue
        if conn is not None and _few(conn, columns, value):
            where.append(f"{alias}.id IN ("
                         + " UNION ALL ".join(f"SELECT article_id FROM {t} WHERE {c} = ?" for t, c in columns) + ")")
        else:
            where.append("(" + " OR ".join(f"EXISTS (SELECT 1 FROM {t} x WHERE x.article_id = {alias}.id AND x.{c} = ?)"
                                           for t, c in columns) + ")")
        args += [value] * len(columns)
    return where, args


ACTOR_COLUMNS = (("entities", "actor_name"), ("events", "source_name"), ("events", "target_name"),
                 ("quotes", "speaker_name"))
COUNTRY_COLUMNS = (("entities", "country"), ("places", "country"), ("events", "source_country"),
                   ("events", "target_country"))
TYPE_COLUMNS = (("events", "type"),)
SELECTIVE = 5_000  # rows at most for a filter value to drive the query through its index


def _few(conn: sqlite3.Connection, columns: tuple[tuple[str, str], ...], value: str) -> bool:
    """Whether the value occurs in at most ``SELECTIVE`` rows of these (indexed) columns; counts stop early."""
    total = 0
    for table, column in columns:
        total += conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {column} = ? LIMIT ?)",
                              (value, SELECTIVE + 1 - total)).fetchone()[0]
        if total > SELECTIVE:
            return False
    return True


def _event_conditions(conn: sqlite3.Connection, f: Filters) -> tuple[list[str], list[Any], str]:
    """WHERE fragments on events joined with articles (type, actor, country, dates, outlet), and the day shown.

    The day shown is the event's date, else its article's; date filters use the event's own date.

    A common actor or country is matched without its index (``+column``) so that events are read in
    date order and a page fills quickly; a rare one uses the index.
    """
    where, args = _article_conditions(Filters(outlet=f.outlet))
    day = "coalesce(e.date, substr(a.published, 1, 10))"
    if f.event_type:
        where.append("e.type = ?")
        args.append(f.event_type)
    for value, pair in ((f.actor, ("source_name", "target_name")), (f.country, ("source_country", "target_country"))):
        if not value:
            continue
        if _few(conn, tuple(("events", c) for c in pair), value):
            where.append(f"e.rowid IN (SELECT rowid FROM events WHERE {pair[0]} = ? "
                         f"UNION ALL SELECT rowid FROM events WHERE {pair[1]} = ?)")
        else:
            where.append(f"(+e.{pair[0]} = ? OR +e.{pair[1]} = ?)")
        args += [value, value]
    if f.date_from or f.date_to:
        # The event's own date, read through its index in date order; undated events have no place in a range.
        where.append("e.date >= ? AND e.date <= ?")
        args += [f.date_from or "", _date_upper(f.date_to) if f.date_to else "~"]
    return where, args, day


def _article_join(where: list[str], alias: str) -> str:
    """The join to articles, only when a condition needs the article (aggregates skip it otherwise)."""
    return f"JOIN articles a ON a.id = {alias}.article_id" if any(_ARTICLE_ALIAS.search(w) for w in where) else ""


def _where(parts: list[str]) -> str:
    return ("WHERE " + " AND ".join(parts)) if parts else ""


_COUNTS = ", ".join(f"(SELECT count(*) FROM {t} WHERE article_id=a.id) AS n_{t}"
                    for t in ("quotes", "events", "claims", "dates", "places"))


def list_articles(conn: sqlite3.Connection, f: Filters, page: Page) -> dict[str, Any]:
    """Articles matching the filters, newest first by default; with ``q``, ranked by relevance with a snippet."""
    limit, offset = _slice(page)
    where, args = _article_conditions(f, conn=conn)
    match = fts_query(f.q) if f.q else None
    if f.q and match is None:
        return _paged([], limit, offset, [])
    sorts = dict(ARTICLE_SORTS)
    if not match:
        order = _order_by(page, sorts, "published", "a.rowid")
        sql = (f"SELECT a.id, a.url, a.title, a.published, a.source, a.language, {_COUNTS}, "
               f"substr(a.text, 1, 240) AS snippet FROM articles a {_where(where)} {order} LIMIT ? OFFSET ?")
        rows = conn.execute(sql, [*args, limit + 1, offset]).fetchall()
        return _paged(rows, limit, offset, [dict(r) for r in rows])
    # Two steps: pick one page of hit rowids, then build snippets and counts for that page alone.
    sorts["relevance"] = "f.rowid"
    join = "JOIN articles a ON a.rowid = f.rowid" if where or page.sort not in (None, "relevance") else ""
    picked = _pick_hits(conn, "articles_fts", join, match, where, args, page, sorts)
    if not picked:
        return _paged([], limit, offset, [])
    rows = conn.execute(
        f"SELECT f.rowid AS _rowid, a.id, a.url, a.title, a.published, a.source, a.language, {_COUNTS}, "
        f"snippet(articles_fts, 1, '{HIGHLIGHT_OPEN}', '{HIGHLIGHT_CLOSE}', '…', 16) AS snippet "
        f"FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
        f"WHERE articles_fts MATCH ? AND f.rowid IN ({','.join('?' * len(picked))})", [match, *picked]).fetchall()
    items = _in_order([dict(r) for r in rows], picked)
    return _paged(picked, limit, offset, items)


def _pick_hits(conn: sqlite3.Connection, table: str, join: str, match: str, where: list[str], args: list[Any],
               page: Page, sorts: dict[str, str]) -> list[int]:
    """Rowids of one page of full-text hits (one extra to tell whether more follow).

    Relevance is BM25 over the newest ``RANK_WINDOW`` hits (widened for deep pages): ranking every hit
    of a word that half the corpus contains would cost far more than a page is worth.
    """
    limit, offset = _slice(page)
    conditions = _where([f"{table} MATCH ?", *where])
    if (page.sort or "relevance") == "relevance":
        direction = "DESC" if page.sort and page.order.lower() == "desc" else "ASC"
        window = max(RANK_WINDOW, offset + limit + 1)
        sql = (f"SELECT rid FROM (SELECT f.rowid AS rid, bm25({table}) AS score FROM {table} f {join} {conditions} "
               f"ORDER BY f.rowid DESC LIMIT ?) ORDER BY score {direction}, rid DESC LIMIT ? OFFSET ?")
        return [r[0] for r in conn.execute(sql, [match, *args, window, limit + 1, offset])]
    order = _order_by(page, sorts, "relevance", "f.rowid")
    sql = f"SELECT f.rowid FROM {table} f {join} {conditions} {order} LIMIT ? OFFSET ?"
    return [r[0] for r in conn.execute(sql, [match, *args, limit + 1, offset])]


def _in_order(items: list[dict[str, Any]], rowids: list[int]) -> list[dict[str, Any]]:
    """Items (carrying ``_rowid``) in the order of ``rowids``, with the helper key removed."""
    by_rowid = {item.pop("_rowid"): item for item in items}
    return [by_rowid[r] for r in rowids if r in by_rowid]


def get_article(conn: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    """The full stored record of one article (exactly the contract JSON), or None."""
    row = conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
    return json.loads(row["record"]) if row else None


def _actor_dict(name: Any, country: Any, sector: Any) -> dict[str, Any] | None:
    return {"name": name, "country": country, "sector": sector} if name else None


def list_events(conn: sqlite3.Connection, f: Filters, page: Page) -> dict[str, Any]:
    """Events with their evidence sentence; filters apply to the event (type, actor, country, date)."""
    limit, offset = _slice(page)
    where, args, day = _event_conditions(conn, f)
    if f.q:
        where.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        args.append(fts_query(f.q) or '""')
    order = _order_by(page, EVENT_SORTS, "date", "e.rowid")
    sql = (f"SELECT e.*, {day} AS day, a.title, a.published, a.source AS outlet, "
           "substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence_text "
           f"FROM events e JOIN articles a ON a.id = e.article_id {_where(where)} {order} "
           "LIMIT ? OFFSET ?")
    rows = conn.execute(sql, [*args, limit + 1, offset]).fetchall()
    return _paged(rows, limit, offset, [_event_item(r) for r in rows])


def _event_item(r: sqlite3.Row) -> dict[str, Any]:
    """One flattened events row back in the record's nested shape, plus its article and sentence."""
    place = None
    if r["place_name"]:
        place = {"name": r["place_name"], "country": r["place_country"], "lat": r["lat"], "lon": r["lon"]}
    return {
        "article_id": r["article_id"], "idx": r["idx"], "type": r["type"], "mode": r["mode"],
        "negated": bool(r["negated"]), "date": r["date"], "day": r["day"],
        "source": _actor_dict(r["source_name"], r["source_country"], r["source_sector"]),
        "target": _actor_dict(r["target_name"], r["target_country"], r["target_sector"]),
        "trigger": {"start": r["trigger_start"], "end": r["trigger_end"], "text": r["trigger_text"]},
        "sentence": {"start": r["sentence_start"], "end": r["sentence_end"], "text": r["sentence_text"]},
        "place": place, "cameo": r["cameo"], "confidence": r["confidence"],
        "article": {"title": r["title"], "published": r["published"], "source": r["outlet"]},
    }


def list_quotes(conn: sqlite3.Connection, f: Filters, page: Page, speaker: str | None = None) -> dict[str, Any]:
    """Quotes with their speakers; ``q`` searches the quoted words and speaker names."""
    limit, offset = _slice(page)
    where, args = _article_conditions(Filters(outlet=f.outlet, date_from=f.date_from, date_to=f.date_to))
    if speaker or f.actor:
        where.append("q.speaker_name = ?")
        args.append(speaker or f.actor)
    if f.country:
        where.append("q.country = ?")
        args.append(f.country)
    columns = "q.rowid AS _rowid, q.*, a.title, a.published, a.source AS outlet"
    if f.q:
        # Pick one page of hits first, then fetch those quotes with their articles.
        join = ""
        if where or page.sort not in (None, "relevance"):
            join = ("JOIN quotes q ON q.article_id = f.article_id AND q.idx = f.idx "
                    "JOIN articles a ON a.id = q.article_id")
        hits = _pick_hits(conn, "quotes_fts", join, fts_query(f.q) or '""', where, args, page,
                          {**QUOTE_SORTS, "relevance": "f.rowid"})
        quote_rowid = dict(conn.execute(
            "SELECT f.rowid, q.rowid FROM quotes_fts f JOIN quotes q ON q.article_id = f.article_id AND q.idx = f.idx "
            f"WHERE f.rowid IN ({','.join('?' * len(hits))})", hits).fetchall())
        picked = [quote_rowid[h] for h in hits if h in quote_rowid]
        fetched = conn.execute(f"SELECT {columns} FROM quotes q JOIN articles a ON a.id = q.article_id "
                               f"WHERE q.rowid IN ({','.join('?' * len(picked))})", picked).fetchall()
        rows: list[Any] = _in_order([dict(r) for r in fetched], picked)
    else:
        order = _order_by(page, QUOTE_SORTS, "published", "q.rowid")
        rows = conn.execute(f"SELECT {columns} FROM quotes q JOIN articles a ON a.id = q.article_id "
                            f"{_where(where)} {order} LIMIT ? OFFSET ?", [*args, limit + 1, offset]).fetchall()
    items = [{
        "article_id": r["article_id"], "idx": r["idx"], "start": r["start"], "end": r["end"], "text": r["text"],
        "direct": bool(r["direct"]),
        "speaker": {"text": r["speaker_text"], "name": r["speaker_name"], "country": r["country"],
                    "sector": r["sector"]} if r["speaker_name"] or r["speaker_text"] else None,
        "article": {"title": r["title"], "published": r["published"], "source": r["outlet"]},
    } for r in rows]
    return _paged(rows, limit, offset, items)


def list_speakers(conn: sqlite3.Connection, f: Filters, page: Page) -> dict[str, Any]:
    """Speakers by number of quotes, for the quote browser; ``q`` filters names by substring."""
    limit, offset = _slice(page)
    where, args = ["q.speaker_name IS NOT NULL"], []
    if f.q:
        where.append("q.speaker_name LIKE ? ESCAPE '\\'")
        args.append("%" + _like_escape(f.q) + "%")
    if f.country:
        where.append("q.country = ?")
        args.append(f.country)
    rows = conn.execute(
        "SELECT q.speaker_name AS name, max(q.country) AS country, max(q.sector) AS sector, count(*) AS quotes, "
        f"count(DISTINCT q.article_id) AS articles FROM quotes q {_where(where)} GROUP BY q.speaker_name "
        "ORDER BY quotes DESC, name LIMIT ? OFFSET ?", [*args, limit + 1, offset]).fetchall()
    return _paged(rows, limit, offset, [dict(r) for r in rows])


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def list_claims(conn: sqlite3.Connection, f: Filters, page: Page, unit: str | None = None,
                kind: str | None = None) -> dict[str, Any]:
    """Numeric claims with subject, source and the sentence-level evidence span."""
    limit, offset = _slice(page)
    where, args = _article_conditions(Filters(outlet=f.outlet, date_from=f.date_from, date_to=f.date_to))
    for column, value in (("c.unit", unit), ("c.kind", kind), ("c.source_country", f.country)):
        if value:
            where.append(f"{column} = ?")
            args.append(value)
    if f.actor:
        where.append("c.source_name = ?")
        args.append(f.actor)
    if f.q:
        where.append("(c.subject LIKE ? ESCAPE '\\' OR c.unit LIKE ? ESCAPE '\\')")
        args += ["%" + _like_escape(f.q) + "%"] * 2
    order = _order_by(page, CLAIM_SORTS, "published", "c.rowid")
    rows = conn.execute(
        f"SELECT c.*, a.title, a.published, a.source AS outlet FROM claims c JOIN articles a ON a.id = c.article_id "
        f"{_where(where)} {order} LIMIT ? OFFSET ?", [*args, limit + 1, offset]).fetchall()
    items = [{
        **{k: r[k] for k in ("article_id", "idx", "start", "end", "text", "value", "unit", "kind", "currency",
                             "change", "subject", "time")},
        "approximate": bool(r["approximate"]),
        "source": {"text": r["source_text"], "name": r["source_name"], "country": r["source_country"]}
        if r["source_text"] or r["source_name"] else None,
        "article": {"title": r["title"], "published": r["published"], "source": r["outlet"]},
    } for r in rows]
    return _paged(rows, limit, offset, items)


ACTOR_COUNTS = (  # (table, name column, country column, sector column, counter)
    ("entities", "actor_name", "country", "sector", "mentions"),
    ("events", "source_name", "source_country", "source_sector", "events"),
    ("events", "target_name", "target_country", "target_sector", "events"),
    ("quotes", "speaker_name", "country", "sector", "quotes"),
)


def list_actors(conn: sqlite3.Connection, f: Filters, page: Page) -> dict[str, Any]:
    """Actors aggregated from entity mentions, event participants and quote speakers.

    Each source is counted on its own name index (no sort of the union); country, sector and the
    number of articles are then looked up for the names of the page only.
    """
    limit, offset = _slice(page)
    if (page.sort or "mentions") not in ("mentions", "events", "quotes", "name"):
        raise UnknownSort("sort must be one of events, mentions, name, quotes")
    totals: dict[str, dict[str, Any]] = {}
    for table, name, country, _, counter in ACTOR_COUNTS:
        where, args = [f"{name} IS NOT NULL"], []
        if f.country:
            where.append(f"{country} = ?")
            args.append(f.country)
        if f.q:
            where.append(f"{name} LIKE ? ESCAPE '\\'")
            args.append("%" + _like_escape(f.q) + "%")
        for row in conn.execute(f"SELECT {name}, count(*) FROM {table} {_where(where)} GROUP BY {name}", args):
            entry = totals.setdefault(row[0], {"name": row[0], "mentions": 0, "events": 0, "quotes": 0})
            entry[counter] += row[1]
    key = page.sort or "mentions"
    reverse = page.order.lower() != "asc"
    ranked = sorted(totals.values(), key=lambda e: (e[key], e["name"]) if key != "name" else e["name"],
                    reverse=reverse)
    chosen = ranked[offset:offset + limit + 1]
    for entry in chosen[:limit]:
        entry.update(_actor_details(conn, entry["name"]))
    return _paged(chosen, limit, offset, chosen)


DETAIL_ROWS = 20_000  # rows per source read to count an actor's articles; beyond, the count is left out


def _actor_details(conn: sqlite3.Connection, name: str) -> dict[str, Any]:
    """An actor's country and sector (from the first source that gives them) and its number of articles.

    The article count reads at most ``DETAIL_ROWS`` rows per source and is None when that is not enough.
    """
    details: dict[str, Any] = {"country": None, "sector": None, "articles": None}
    for table, column, country, sector, _ in ACTOR_COUNTS:
        row = conn.execute(f"SELECT {country}, {sector} FROM {table} WHERE {column} = ? "
                           f"AND ({country} IS NOT NULL OR {sector} IS NOT NULL) LIMIT 1", (name,)).fetchone()
        if row:
            details["country"], details["sector"] = row[0], row[1]
            break
    ids: set[str] = set()
    for table, column, _, _, _ in ACTOR_COUNTS:
        rows = conn.execute(f"SELECT article_id FROM {table} WHERE {column} = ? LIMIT ?",
                            (name, DETAIL_ROWS + 1)).fetchall()
        if len(rows) > DETAIL_ROWS:
            return details
        ids.update(r[0] for r in rows)
    details["articles"] = len(ids)
    return details


def list_places(conn: sqlite3.Connection, f: Filters, page: Page, kind: str | None = None) -> dict[str, Any]:
    """Places aggregated by name and coordinates, with how often and in how many articles they appear."""
    limit, offset = _slice(page)
    where, args = _article_conditions(Filters(outlet=f.outlet, date_from=f.date_from, date_to=f.date_to))
    for column, value in (("p.country", f.country), ("p.kind", kind)):
        if value:
            where.append(f"{column} = ?")
            args.append(value)
    if f.q:
        where.append("p.name LIKE ? ESCAPE '\\'")
        args.append("%" + _like_escape(f.q) + "%")
    order = _order_by(page, PLACE_SORTS, "mentions")
    rows = conn.execute(
        "SELECT p.name AS name, p.country AS country, p.kind AS kind, p.lat AS lat, p.lon AS lon, "
        "max(p.geonameid) AS geonameid, count(*) AS mentions, count(DISTINCT p.article_id) AS articles "
        f"FROM places p {_article_join(where, 'p')} {_where(where)} "
        f"GROUP BY p.name, p.country, p.kind, p.lat, p.lon {order}, name LIMIT ? OFFSET ?",
        [*args, limit + 1, offset]).fetchall()
    return _paged(rows, limit, offset, [dict(r) for r in rows])


def actor_network(conn: sqlite3.Connection, f: Filters, max_edges: int = 150) -> dict[str, Any]:
    """Who acts on whom: directed source->target edges weighted by event count, with counts per type."""
    where, args, _ = _event_conditions(conn, f)
    where += ["e.source_name IS NOT NULL", "e.target_name IS NOT NULL"]
    rows = conn.execute(
        "SELECT e.source_name AS source, max(e.source_country) AS source_country, e.target_name AS target, "
        "max(e.target_country) AS target_country, e.type AS type, count(*) AS n "
        f"FROM events e {_article_join(where, 'e')} {_where(where)} "
        "GROUP BY e.source_name, e.target_name, e.type", args).fetchall()
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    nodes: dict[str, dict[str, Any]] = {}
    for r in rows:
        edge = edges.setdefault((r["source"], r["target"]),
                                {"source": r["source"], "target": r["target"], "weight": 0, "types": {}})
        edge["weight"] += r["n"]
        edge["types"][r["type"]] = edge["types"].get(r["type"], 0) + r["n"]
    kept = sorted(edges.values(), key=lambda e: (-e["weight"], e["source"], e["target"]))[:max(1, min(max_edges, 500))]
    countries = {r["source"]: r["source_country"] for r in rows} | {r["target"]: r["target_country"] for r in rows}
    for edge in kept:
        for end in (edge["source"], edge["target"]):
            node = nodes.setdefault(end, {"id": end, "name": end, "country": countries.get(end), "weight": 0})
            node["weight"] += edge["weight"]
    return {"nodes": list(nodes.values()), "edges": kept}


def event_timeline(conn: sqlite3.Connection, f: Filters) -> dict[str, Any]:
    """Event counts per date and type, for the timeline (dated events only: an undated one has no place on it)."""
    where, args, _ = _event_conditions(conn, f)
    where.append("e.date IS NOT NULL")
    day = "substr(e.date, 1, 10)"
    rows = conn.execute(
        f"SELECT {day} AS day, e.type AS type, count(*) AS n FROM events e {_article_join(where, 'e')} "
        f"{_where(where)} GROUP BY day, e.type ORDER BY day LIMIT 5000", args).fetchall()
    return {"buckets": [{"date": r["day"], "type": r["type"], "count": r["n"]} for r in rows]}


def list_outlets(conn: sqlite3.Connection, limit: int = MAX_LIMIT) -> list[dict[str, Any]]:
    """Outlets (article sources) by number of articles, for the filter menus."""
    rows = conn.execute("SELECT source, count(*) AS articles FROM articles WHERE source IS NOT NULL "
                        "GROUP BY source ORDER BY articles DESC, source LIMIT ?", (min(limit, MAX_LIMIT),))
    return [dict(r) for r in rows]


def claims_ledger(conn: sqlite3.Connection, f: Filters, page: Page, subject: str | None = None,
                  unit: str | None = None) -> dict[str, Any]:
    """The claims ledger: ``store.ledger.claim_ledger`` when present, else claims grouped by subject and unit.

    The ledger module compares figures pairwise in Python, so it is used only while the claims to
    compare number at most ``LEDGER_MAX_CLAIMS``; above that (and when the module is absent) the SQL
    grouping here serves, flagging a group whose articles give values more than 5% apart.
    """
    external = _external_ledger(conn, page, subject or f.q, unit)
    if external is not None:
        return external
    limit, offset = _slice(page)
    where, args = _article_conditions(Filters(outlet=f.outlet, date_from=f.date_from, date_to=f.date_to))
    where.append("c.subject IS NOT NULL")
    for text in (f.q, subject):
        if text:
            where.append("(c.subject LIKE ? ESCAPE '\\' OR c.unit LIKE ? ESCAPE '\\')")
            args += ["%" + _like_escape(text) + "%"] * 2
    if unit:
        where.append("c.unit LIKE ? ESCAPE '\\'")
        args.append("%" + _like_escape(unit) + "%")
    groups = conn.execute(
        "SELECT lower(c.subject) AS subject_key, c.unit AS unit, min(c.subject) AS subject, count(*) AS n, "
        "count(DISTINCT c.article_id) AS articles, min(c.value) AS low, max(c.value) AS high "
        f"FROM claims c JOIN articles a ON a.id = c.article_id {_where(where)} "
        "GROUP BY subject_key, c.unit ORDER BY articles DESC, n DESC, subject_key LIMIT ? OFFSET ?",
        [*args, limit + 1, offset]).fetchall()
    items = []
    for g in groups[:limit]:
        rows = conn.execute(
            "SELECT c.article_id, c.idx, c.start, c.\"end\", c.text, c.value, c.approximate, c.source_text, "
            "c.source_name, c.time, a.title, a.published, a.source AS outlet FROM claims c "
            "JOIN articles a ON a.id = c.article_id WHERE lower(c.subject) = ? AND c.unit IS ? "
            "ORDER BY a.published, c.article_id, c.idx LIMIT 50", (g["subject_key"], g["unit"])).fetchall()
        low, high = g["low"], g["high"]
        disagree = g["articles"] > 1 and low is not None and abs(high - low) > 0.05 * max(abs(high), abs(low), 1e-9)
        items.append({
            "subject": g["subject"], "unit": g["unit"], "claims": g["n"], "articles": g["articles"],
            "low": low, "high": high, "disagreement": bool(disagree),
            "entries": [{
                "article_id": r["article_id"], "text": r["text"], "value": r["value"],
                "approximate": bool(r["approximate"]), "source": r["source_name"] or r["source_text"],
                "period": r["time"] or (r["published"] or "")[:10], "disagrees_with": [],
                "article": {"title": r["title"], "published": r["published"], "source": r["outlet"]},
            } for r in rows],
        })
    return {**_paged(groups, limit, offset, items), "grouping": "subject+unit"}


LEDGER_MAX_CLAIMS = 3_000


def _external_ledger(conn: sqlite3.Connection, page: Page, subject: str | None,
                     unit: str | None) -> dict[str, Any] | None:
    """Rows from ``newsgraph.store.ledger`` when it exists and the store is small enough; else None."""
    try:
        from newsgraph.store.ledger import claim_ledger
    except ImportError:
        return None
    if conn.execute("SELECT count(*) FROM claims").fetchone()[0] > LEDGER_MAX_CLAIMS:
        return None
    limit, offset = _slice(page)
    groups = claim_ledger(conn, subject=subject, unit=unit)
    items = []
    for group in groups[offset:offset + limit + 1]:
        values = [e.value for e in group.entries]
        items.append({
            "subject": group.subject, "unit": group.unit, "claims": len(group.entries),
            "articles": len({e.article_id for e in group.entries}), "low": min(values, default=None),
            "high": max(values, default=None), "disagreement": group.disputed,
            "entries": [{
                "article_id": e.article_id, "text": e.text, "value": e.value, "approximate": e.approximate,
                "source": e.source, "period": e.period, "disagrees_with": list(e.disagrees_with),
                "article": {"title": None, "published": e.published, "source": e.outlet},
            } for e in group.entries[:50]],
        })
    return {**_paged(items, limit, offset, items), "grouping": "ledger"}
