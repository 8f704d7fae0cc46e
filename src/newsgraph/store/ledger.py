"""The claims ledger: one quantity (a subject and a unit) across articles and sources over time.

``claim_ledger`` reads the ``claims`` table joined with ``articles``, groups the figures that speak of
the same thing ("nuclear warheads" and "warheads" of China are one group), orders each group by time
and flags figures that disagree: values further apart than a relative tolerance for the same period.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

DEFAULT_TOLERANCE = 0.10  # relative difference above which two figures for the same period disagree
LEADING_WORDS = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass(slots=True)
class LedgerEntry:
    """One figure as one article reports it."""

    article_id: str
    published: str | None
    outlet: str | None
    text: str
    value: float
    unit: str
    subject: str | None
    source: str | None
    time: str | None
    approximate: bool
    change: str | None
    disagrees_with: list[int] = field(default_factory=list)  # indexes of entries in the same group

    @property
    def period(self) -> str:
        """When the figure holds: its own time expression, else the article's publication date."""
        return self.time or (self.published or "")[:10]


@dataclass(slots=True)
class LedgerGroup:
    """Every figure for one subject and one unit, oldest first."""

    subject: str
    unit: str
    entries: list[LedgerEntry]

    @property
    def disputed(self) -> bool:
        return any(e.disagrees_with for e in self.entries)


def unit_key(unit: str) -> str:
    """The head noun of a unit, singular and lower case: "nuclear warheads" -> "warhead"."""
    words = re.findall(r"[\w%$€£¥-]+", unit.lower())
    if not words:
        return ""
    head = words[-1]
    if head.endswith("ies") and len(head) > 4:
        return head[:-3] + "y"
    if head.endswith("s") and not head.endswith("ss") and len(head) > 3:
        return head[:-1]
    return head


def subject_key(subject: str | None) -> str:
    """A subject's name without articles, dots, case or a possessive: "the U.S.'s" -> "us"."""
    if not subject:
        return ""
    text = LEADING_WORDS.sub("", subject.strip())
    text = re.sub(r"['’]s$", "", text)
    return re.sub(r"[^\w ]", "", text).lower().strip()


def same_period(a: str, b: str) -> bool:
    """Two periods overlap when one is a prefix of the other at year precision or finer ("2022" and "2022-01-21")."""
    if not a or not b:
        return False
    return a[:4] == b[:4] and (a.startswith(b) or b.startswith(a) or a[:7] == b[:7] or len(a) == 4 or len(b) == 4)


def disagree(a: LedgerEntry, b: LedgerEntry, tolerance: float) -> bool:
    """Two figures for the same period whose values differ by more than ``tolerance`` of the larger."""
    if not same_period(a.period, b.period):
        return False
    larger = max(abs(a.value), abs(b.value))
    return larger > 0 and abs(a.value - b.value) / larger > tolerance


def _rows(conn: sqlite3.Connection, unit: str | None) -> list[sqlite3.Row]:
    sql = ("SELECT c.article_id, c.text, c.value, c.unit, c.subject, c.source_text, c.source_name, c.time,"
           " c.approximate, c.change, a.published, a.source AS outlet"
           " FROM claims c JOIN articles a ON a.id = c.article_id")
    params: list[str] = []
    if unit:
        sql += " WHERE lower(c.unit) LIKE ?"
        params.append(f"%{unit_key(unit)[:-1] or unit_key(unit)}%")
    return list(conn.execute(sql + " ORDER BY a.published, c.article_id, c.idx", params))


def claim_ledger(conn: sqlite3.Connection, subject: str | None = None, unit: str | None = None,
                 tolerance: float = DEFAULT_TOLERANCE) -> list[LedgerGroup]:
    """Groups of the same quantity across articles, each ordered by time, with disagreements flagged.

    ``subject`` and ``unit`` filter loosely: "China" matches "China" and "China's"; "warheads" matches
    "nuclear warheads".  Figures that state a change ("double", "by 8 percent") are left out: they
    are not levels that could disagree.
    """
    wanted_subject = subject_key(subject) if subject else None
    wanted_unit = unit_key(unit) if unit else None
    groups: dict[tuple[str, str], LedgerGroup] = {}
    for row in _rows(conn, unit):
        if row["change"]:
            continue
        key_unit = unit_key(row["unit"] or "")
        key_subject = subject_key(row["subject"])
        if wanted_unit and key_unit != wanted_unit:
            continue
        if wanted_subject and not (key_subject == wanted_subject or re.search(rf"\b{re.escape(wanted_subject)}\b",
                                                                              key_subject)):
            continue
        entry = LedgerEntry(
            article_id=row["article_id"], published=row["published"], outlet=row["outlet"], text=row["text"],
            value=row["value"], unit=row["unit"] or "", subject=row["subject"],
            source=row["source_name"] or row["source_text"], time=row["time"],
            approximate=bool(row["approximate"]), change=row["change"],
        )
        group_subject = wanted_subject or key_subject
        group = groups.setdefault((group_subject, key_unit), LedgerGroup(row["subject"] or "", key_unit, []))
        group.entries.append(entry)
    for group in groups.values():
        group.entries.sort(key=lambda e: (e.period, e.published or ""))
        for i, a in enumerate(group.entries):
            for j, b in enumerate(group.entries):
                if i != j and disagree(a, b, tolerance):
                    a.disagrees_with.append(j)
    return sorted(groups.values(), key=lambda g: (-len(g.entries), g.subject, g.unit))


def format_ledger(groups: list[LedgerGroup]) -> str:
    """A plain-text table per group; disagreeing figures are marked with "!" and point at the others."""
    lines: list[str] = []
    for group in groups:
        lines.append(f"{group.subject or '(no subject)'} / {group.unit or '(no unit)'}"
                     f"{'  DISPUTED' if group.disputed else ''}")
        lines.append(f"  {'#':>2} {'period':<10} {'value':>16} {'~':1} {'source':<28} {'outlet':<20} {'article':<16}")
        for i, e in enumerate(group.entries):
            flag = "!" if e.disagrees_with else " "
            value = f"{e.value:,.0f}" if float(e.value).is_integer() else f"{e.value:,.4g}"
            others = f" vs #{','.join(str(j) for j in e.disagrees_with)}" if e.disagrees_with else ""
            lines.append(f"{flag}{i:>2} {e.period:<10} {value:>16} {'~' if e.approximate else ' '} "
                         f"{(e.source or '-')[:28]:<28} {(e.outlet or '-')[:20]:<20} {e.article_id[:16]:<16}{others}")
        lines.append("")
    return "\n".join(lines) if lines else "no matching claims"
