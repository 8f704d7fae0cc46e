"""Units and currencies next to a number, from the packaged lexicons in ``data/claims``.

``unit_after`` reads a unit of measurement or percent after a number ("4,000 km", "90-minute",
"35%"); ``currency_before`` and ``currency_after`` read a currency ("$47", "£2,000", "10 000 dollars").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class UnitMatch:
    start: int
    end: int
    unit: str
    kind: str
    currency: str | None = None


def _rows(name: str) -> list[list[str]]:
    text = resources.files("newsgraph").joinpath("data", "claims", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.lru_cache(maxsize=1)
def unit_table() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """(case-insensitive surfaces, case-sensitive symbols) -> (unit name, kind)."""
    words: dict[str, tuple[str, str]] = {}
    symbols: dict[str, tuple[str, str]] = {}
    for surface, unit, kind in _rows("units.tsv"):
        if kind.endswith("!"):
            symbols[surface] = (unit, kind[:-1])
        else:
            words[surface.lower()] = (unit, kind)
    return words, symbols


@functools.lru_cache(maxsize=1)
def currency_table() -> tuple[dict[str, str], dict[str, str]]:
    """(prefix surfaces, suffix surfaces) -> currency code or sub-unit name."""
    prefix: dict[str, str] = {}
    suffix: dict[str, str] = {}
    for surface, code, position in _rows("currencies.tsv"):
        (prefix if position == "prefix" else suffix)[surface] = code
    return prefix, suffix


def is_currency_code(code: str) -> bool:
    """True for an ISO 4217 code (three capitals), False for sub-units such as "cent"."""
    return bool(re.fullmatch(r"[A-Z]{3}", code))


def _ends_word(text: str, end: int) -> bool:
    return end >= len(text) or not (text[end].isalnum() or text[end] == "_")


def unit_after(text: str, pos: int) -> UnitMatch | None:
    """The unit written right after ``pos`` (spaces, a hyphen or nothing between), longest surface first."""
    words, symbols = unit_table()
    gap = re.match(r"[ \u00a0]?-?[ \u00a0]?", text[pos:pos + 3])
    start = pos + (gap.end() if gap else 0)
    window = text[start:start + 30]
    best: UnitMatch | None = None
    for length in range(min(len(window), 28), 0, -1):
        piece = window[:length]
        hit = symbols.get(piece)
        if hit is None and piece.lower() in words and piece[0] not in "%°" and piece[0].isalpha():
            hit = words[piece.lower()]
        elif hit is None and piece in ("%",):
            hit = words["%"]
        if hit and (_ends_word(text, start + length) or not piece[-1].isalnum()):
            best = UnitMatch(start, start + length, hit[0], hit[1])
            break
    if best is None:
        return None
    # "per cent" must not be read as "per" + unit; "2 in" (inch) only where a measure reads naturally
    if best.unit == "percent" and text[pos:best.start].strip("- "):
        return None
    return best


def inch_after(text: str, pos: int) -> UnitMatch | None:
    """"2 in" read as inches only at a clause end or before thick/long/wide/tall/high/deep."""
    m = re.match(r" in(?=\s*(?:[.,;)]|$|thick|long|wide|tall|high|deep|gap))", text[pos:pos + 12])
    return UnitMatch(pos + 1, pos + 3, "inch", "length") if m else None


def currency_before(text: str, pos: int) -> UnitMatch | None:
    """A currency symbol or code right before ``pos``: "$47", "US$40", "€10M", "USD 5"."""
    prefix, _ = currency_table()
    for length in range(5, 0, -1):
        start = pos - length
        if start < 0:
            continue
        piece = text[start:pos]
        stripped = piece.rstrip(" ")
        if stripped in prefix and (len(stripped) == len(piece) or stripped.isalpha() or stripped.endswith(".")):
            if stripped[0].isalpha() and start > 0 and text[start - 1].isalnum():
                continue
            return UnitMatch(start, pos, prefix[stripped], "money", prefix[stripped])
    return None


def currency_after(text: str, pos: int) -> UnitMatch | None:
    """A currency word or sign right after ``pos``: "10 000 dollars", "15€", "500 yen"."""
    _, suffix = currency_table()
    window = text[pos:pos + 24]
    gap = len(window) - len(window.lstrip(" "))
    for surface in sorted(suffix, key=len, reverse=True):
        if window[gap:gap + len(surface)] == surface and _ends_word(text, pos + gap + len(surface)):
            if surface[0].isalpha() and gap == 0:
                continue
            code = suffix[surface]
            currency = code if is_currency_code(code) else None
            unit = code if currency else code
            return UnitMatch(pos + gap, pos + gap + len(surface), unit, "money", currency)
    return None
