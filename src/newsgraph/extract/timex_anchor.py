"""Date arithmetic for TIMEX3 values: the anchor (publication date) and moves relative to it.

``Anchor`` wraps the document creation time; when it is unknown every relative value keeps
``X`` placeholders ("XXXX-XX-XX"), as TIMEX3 does for unresolvable dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}
ANCHOR_YEARS = (1000, 9000)
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


def parse_published(published: str | None) -> date | None:
    """The date part of ``published`` (a date or a full ISO datetime), or None."""
    if not published:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", published)
    if not match:
        return None
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    # Relative expressions move the anchor by days to years; a placeholder such as 0001-01-01 would
    # move it out of the calendar, so only a plausible news date anchors anything.
    return day if ANCHOR_YEARS[0] <= day.year <= ANCHOR_YEARS[1] else None


@dataclass(slots=True)
class Anchor:
    """The document creation date that relative expressions are resolved against."""

    dct: date | None

    def day(self, offset: int = 0) -> str:
        """The anchor day moved by ``offset`` days, as YYYY-MM-DD."""
        if self.dct is None:
            return "XXXX-XX-XX"
        return (self.dct + timedelta(days=offset)).isoformat()

    def year(self, offset: int = 0) -> str:
        """The anchor year moved by ``offset`` years."""
        return "XXXX" if self.dct is None else f"{self.dct.year + offset:04d}"

    def month(self, offset: int = 0) -> str:
        """The anchor month moved by ``offset`` months, as YYYY-MM."""
        if self.dct is None:
            return "XXXX-XX"
        index = self.dct.year * 12 + self.dct.month - 1 + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}"

    def week(self, offset: int = 0) -> str:
        """The ISO week of the anchor moved by ``offset`` weeks, as YYYY-Www."""
        if self.dct is None:
            return "XXXX-WXX"
        year, week, _ = (self.dct + timedelta(weeks=offset)).isocalendar()
        return f"{year:04d}-W{week:02d}"

    def quarter(self, offset: int = 0) -> str:
        """The anchor quarter moved by ``offset`` quarters, as YYYY-Qn."""
        if self.dct is None:
            return "XXXX-QX"
        index = self.dct.year * 4 + (self.dct.month - 1) // 3 + offset
        return f"{index // 4:04d}-Q{index % 4 + 1}"

    def year_for_month(self, month: int, tense: str, day: int = 15) -> str:
        """The year of a month named without one: the nearest, unless the tense points the other way."""
        if self.dct is None:
            return "XXXX"
        year = self.dct.year
        candidates = [date(y, month, min(day, 28)) for y in (year - 1, year, year + 1)]
        nearest = min(candidates, key=lambda d: abs((d - self.dct).days))  # type: ignore[operator]
        if tense == "past" and nearest > self.dct:
            nearest = date(nearest.year - 1, month, min(day, 28))
        elif tense == "future" and nearest < self.dct:
            nearest = date(nearest.year + 1, month, min(day, 28))
        return f"{nearest.year:04d}"

    def year_for_season(self, season: str, tense: str) -> str:
        """The year of a season named without one: this one when the anchor falls in it, else by tense."""
        if self.dct is None:
            return "XXXX"
        months = SEASON_MONTHS[season]
        if self.dct.month in months:
            return f"{self.dct.year:04d}"
        return self.year_for_month(months[1], tense)

    def weekday(self, weekday: int, tense: str, modifier: str = "") -> str:
        """The date of a weekday named alone: news convention is the past one unless the clause is future."""
        if self.dct is None:
            return "XXXX-XX-XX"
        diff = weekday - self.dct.weekday()
        if modifier == "next" or (tense == "future" and modifier != "last"):
            if diff < 0 or (modifier == "next" and diff == 0):
                diff += 7
        else:
            if diff > 0 or (modifier == "last" and diff == 0):
                diff -= 7
        return self.day(diff)

    def ago(self, amount: float, unit: str) -> str:
        """The date ``amount`` units before the anchor, at the unit's granularity."""
        if self.dct is None:
            return "XXXX-XX-XX"
        n = int(amount)
        if unit == "year":
            return self.year(-n)
        if unit == "month":
            return self.month(-n)
        if unit == "decade":
            return self.year(-10 * n)[:3]
        if unit == "week":
            return self.day(-7 * n)
        if unit == "day":
            return self.day(-n)
        return self.day(0)
