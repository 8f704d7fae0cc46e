"""The summary table that `make run` prints."""

from __future__ import annotations

import sqlite3

COUNTED = ("entities", "quotes", "events", "claims", "dates", "places")


def summary_table(conn: sqlite3.Connection, title_width: int = 48) -> str:
    rows = conn.execute(
        "SELECT a.id, coalesce(a.title, substr(a.text, 1, 80)) AS title, a.published, "
        + ", ".join(f"(SELECT count(*) FROM {t} WHERE article_id=a.id) AS {t}" for t in COUNTED)
        + " FROM articles a ORDER BY a.published, a.id"
    ).fetchall()
    header = f"{'article':{title_width}} {'published':10} " + " ".join(f"{t:>8}" for t in COUNTED)
    lines = [header, "-" * len(header)]
    totals = dict.fromkeys(COUNTED, 0)
    for row in rows:
        title = " ".join((row["title"] or "").split())
        if len(title) > title_width:
            title = title[: title_width - 1] + "…"
        lines.append(f"{title:{title_width}} {(row['published'] or '')[:10]:10} "
                     + " ".join(f"{row[t]:>8}" for t in COUNTED))
        for t in COUNTED:
            totals[t] += row[t]
    lines.append("-" * len(header))
    lines.append(f"{f'{len(rows)} articles':{title_width}} {'':10} " + " ".join(f"{totals[t]:>8}" for t in COUNTED))
    errors = conn.execute("SELECT code, count(*) FROM errors GROUP BY code").fetchall()
    if errors:
        lines.append("errors: " + ", ".join(f"{code} {n}" for code, n in errors))
    return "\n".join(lines)
