"""Quantity phrases in plain text: number, scale, currency, unit, range and hedge ("some 350", "$47 billion").

This is the surface half of the claims stage and needs no parse: ``find_quantities`` returns every
number that reads as a quantity, with the reason for each one it rejects (a year, an ordinal, a
number inside a name such as COVID-19 or F-35, a phone number).  The claims stage then adds the
count noun, subject, source, change and time from the parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.extract.numbers import FRACTIONS, NUMBER_RE, UNITS, VULGAR, parse_number
from newsgraph.extract.units import UnitMatch, currency_after, currency_before, inch_after, unit_after

HEDGES = re.compile(
    r"(?:\b(?:some|about|around|nearly|almost|roughly|approximately|approx\.|more\s+than|over|less\s+than|"
    r"fewer\s+than|under|up\s+to|at\s+least|at\s+most|as\s+many\s+as|as\s+much\s+as|as\s+few\s+as|an\s+estimated|"
    r"estimated|close\s+to|just\s+over|just\s+under|upwards\s+of|well\s+over|nearly|roughly|circa|an\s+additional|"
    r"another|only|just)|~)\s*$", re.IGNORECASE)
INEXACT_HEDGES = re.compile(r"^(?!(?:only|just|an additional|another)\b)", re.IGNORECASE)
FRACTION_RE = re.compile(
    rf"(?<![\w-])(?P<vulgar>[½⅓⅔¼¾⅕⅛])"
    rf"|(?<![\w-])(?P<num>a|an|one|{'|'.join(UNITS)})[- ](?P<den>{'|'.join(FRACTIONS)})(?![\w-])", re.IGNORECASE)
HALF_OF_RE = re.compile(r"(?<![\w-])half(?=\s+(?:of|the)\b)", re.IGNORECASE)
DOZEN_RE = re.compile(r"(?<![\w-])(?:a|one|half\s+a)\s+dozen(?![\w-])", re.IGNORECASE)
PHONE_RE = re.compile(r"(?<![\w+])\+?\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,4}(?!\w)")
RANGE_JOIN = re.compile(r"\s*(?:-\s*to|–|—|-|to|and)\s*(?=[-−$£€¥\d])|\s+(?:to|and)\s+(?=\w)", re.IGNORECASE)
ONE_UNIT_RE = re.compile(r"(?<![\w-])(?P<article>an?)\s+(?=(?:gallon|litre|liter|metre|meter|kilometre|kilometer|"
                         r"mile|foot|inch|yard|kilogram|gram|tonne|ton|pound|ounce|acre|hectare|barrel|cup)\b)",
                         re.IGNORECASE)
CHANGE_BEFORE = re.compile(r"\b(?:rose|rise|rising|fell|fall|falling|increased?|decreased?|reduced?|cut|grew|"
                           r"dropped|climbed|jumped|changed|raised|lowered|went|moved|up|down)\s+from\s+\S*$",
                           re.IGNORECASE)
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![a-z])", re.IGNORECASE)


@dataclass(slots=True)
class Quantity:
    """One quantity phrase found in the text, before the parse adds its noun, subject and source."""

    start: int
    end: int
    value: float
    number_start: int
    number_end: int
    unit: str = ""
    kind: str = "count"
    currency: str | None = None
    approximate: bool = False
    needs_noun: bool = True


@dataclass(slots=True)
class Rejected:
    start: int
    end: int
    reason: str


def _name_context(text: str, start: int, end: int) -> bool:
    """True when the number is part of a name: "COVID-19", "F-35", "G7", "2+2", "Boeing 737", "Voyager 2"."""
    before = text[max(0, start - 30):start]
    after = text[end:end + 3]
    if re.search(r"[A-Za-z]-$|[+/#]$|^[+]", before[-1:] if before else "") or after.startswith("+"):
        return True
    if re.search(r"[A-Za-z]-$", before) or re.match(r"-[A-Za-z]", after) and not re.match(r"-(?:year|month|week|day|"
                                                                                         r"hour|minute|second|"
                                                                                         r"[a-z]+)", after):
        return True
    if re.search(r"\b(?:version|model|number|No\.|no\.|Flight|flight|Article|article|Section|section|"
                 r"page|Route|route|Highway|Interstate|Chapter|chapter|Level|level|Phase|phase|Gen|Mark|Mk)\s+$",
                 before):
        return True
    if re.search(r"(?:^|[\s(])[a-z]+[A-Z][\w]*\s+$", before):
        return True  # "iPhone 4", "iOS 5"
    previous = re.search(r"(?:^|[\s(])([A-Z][\w.&'-]*)\s+$", before)
    if previous and not re.search(r"[.!?:;\"“]\s+[A-Z][\w.&'-]*\s+$|^\s*[A-Z][\w.&'-]*\s+$", before):
        word = previous[1].rstrip(".")
        if word.lower() not in NOT_NAME_WORDS:
            return True
    return False


NOT_NAME_WORDS = {
    "some", "about", "around", "nearly", "almost", "over", "under", "only", "just", "the", "a", "an", "all", "and",
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "us", "u.s", "uk", "eu",
} | {"at", "by", "to", "of", "in", "for", "from", "with", "than", "up", "down"}


MODEL_RE = re.compile(r"(?:\b[A-Z][\w&-]*(?:['’]s)?|\b[a-z]+[A-Z]\w*)\s+(?P<a>\d{2,4})(?![\d,.]\d)"
                      r"|(?<![\w.])(?P<b>\d{3})s\b")


def model_numbers(text: str) -> set[str]:
    """Numbers the article uses as names ("Boeing 787", "the 777s", "737-800"), so that "the 787" is one too."""
    names = set()
    for m in MODEL_RE.finditer(text):
        number = m["a"] or m["b"]
        if m["a"] and not _name_context(text, m.start("a"), m.end("a")):
            continue
        if re.fullmatch(r"(1[5-9]|20)\d\d", number):
            continue  # years and decades
        names.add(number)
    return names


def _hedge(text: str, start: int) -> tuple[int, bool]:
    """Start of a hedge word before ``start`` ("some", "more than", "an estimated") and whether it makes the
    figure approximate."""
    m = HEDGES.search(text[max(0, start - 25):start])
    if not m:
        return start, False
    hedge_start = start - (min(25, start) - m.start())
    return hedge_start, bool(INEXACT_HEDGES.match(m.group(0)))


def _range_end(text: str, end: int) -> tuple[int, float] | None:
    """A second number that closes a range after ``end``: "8 to 16", "10-15", "between 44 and 50"."""
    join = RANGE_JOIN.match(text, end)
    if not join:
        return None
    if "and" in join.group(0).lower() and not re.search(r"\bbetween\s+[^.;]{0,20}$", text[max(0, end - 30):end],
                                                          re.IGNORECASE):
        return None
    pos = join.end()
    currency = currency_before(text, pos + 1) if pos < len(text) and not text[pos].isdigit() else None
    if currency and currency.start == pos:
        pos = currency.end
    m = NUMBER_RE.match(text, pos)
    if not m or re.match(r"[A-Za-z]{2}", text[m.end():m.end() + 2]):
        return None  # "777-200LR" is a model, not a range
    value = parse_number(m)
    return (m.end(), value) if value is not None else None


def _unit_or_currency(text: str, pos: int, currency: UnitMatch | None) -> UnitMatch | None:
    """The unit after a number: a currency word, a measure, percent or "in" for inches."""
    if currency is None:
        after = currency_after(text, pos)
        if after:
            return after
    unit = unit_after(text, pos)
    if unit is None:
        unit = inch_after(text, pos)
    if unit and currency and unit.kind != "percent":
        rate = re.match(r"\s*(?:/|per\s+|a\s+|an\s+)", text[unit.start - 1:unit.start + 5])
        if not rate:
            return None
    return unit


def _per_unit(text: str, pos: int) -> tuple[int, str] | None:
    """A rate's denominator after a unit: "/hour", " per kg", " a year"."""
    m = re.match(r"\s*(?:/|per\s+)", text[pos:pos + 8])
    if not m:
        return None
    unit = unit_after(text, pos + m.end())
    if unit is None or unit.start != pos + m.end():
        return None
    return unit.end, unit.unit


class _Coverage:
    """Characters already taken by a quantity, so a number is read once (linear, not a list scan)."""

    def __init__(self, size: int) -> None:
        self.mask = bytearray(size + 1)

    def add(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)

    def hit(self, start: int, end: int) -> bool:
        return any(self.mask[start:end])


def _shared_unit(text: str, end: int) -> UnitMatch | None:
    """The unit of "45 and 50 mg": a bare number followed by "and"/"or" and a measured one takes its unit."""
    m = re.match(r"\s+(?:and|or)\s+", text[end:end + 8])
    if not m:
        return None
    second = NUMBER_RE.match(text, end + m.end())
    if not second:
        return None
    unit = unit_after(text, second.end())
    if unit is None or unit.kind in ("duration",):
        return None
    return UnitMatch(end, end, unit.unit, unit.kind)


def find_quantities(text: str) -> tuple[list[Quantity], list[Rejected]]:
    """Every quantity phrase in ``text`` and every rejected number with its reason, in text order."""
    found: list[Quantity] = []
    rejected: list[Rejected] = []
    covered = _Coverage(len(text))
    names = model_numbers(text)
    for m in HALF_OF_RE.finditer(text):
        found.append(Quantity(m.start(), m.end(), 0.5, m.start(), m.end(), kind="other", needs_noun=False))
        covered.add(*m.span())
    for m in DOZEN_RE.finditer(text):
        value = 6.0 if m.group(0).lower().startswith("half") else 12.0
        found.append(Quantity(m.start(), m.end(), value, m.start(), m.end()))
        covered.add(*m.span())
    for m in FRACTION_RE.finditer(text):
        if m["vulgar"]:
            vulgar = Quantity(m.start(), m.end(), VULGAR[m["vulgar"]], m.start(), m.end(), kind="other",
                              needs_noun=False)
            unit = unit_after(text, m.end())
            if unit:
                vulgar.end, vulgar.unit, vulgar.kind = unit.end, unit.unit, unit.kind
            found.append(vulgar)
            covered.add(vulgar.start, vulgar.end)
            continue
        num = 1 if m["num"].lower() in ("a", "an") else UNITS[m["num"].lower()]
        if m["den"].lower() in ("half", "halves") and num == 1 and m["num"].lower() in ("a", "an"):
            continue  # "a half" is usually part of "an hour and a half" or "a half-hearted"
        fraction = Quantity(m.start(), m.end(), num * FRACTIONS[m["den"].lower()], m.start(), m.end(),
                            kind="other", needs_noun=False)
        unit = unit_after(text, m.end())
        if unit and unit.kind != "duration":
            fraction.end, fraction.unit, fraction.kind = unit.end, unit.unit, unit.kind
        found.append(fraction)
        covered.add(fraction.start, fraction.end)
    for m in ONE_UNIT_RE.finditer(text):
        unit = unit_after(text, m.end("article"))
        if unit is None or unit.kind in ("duration", "percent") or covered.hit(m.start(), m.start() + 1):
            continue
        found.append(Quantity(m.start(), unit.end, 1.0, m.start(), m.end("article"), unit.unit, unit.kind,
                              needs_noun=False))
        covered.add(m.start(), unit.end)
    for m in re.finditer(r"(?<![\w-])(?:a|one)\s+(?P<coin>penny|cent|dime|nickel)(?![\w-])", text, re.IGNORECASE):
        found.append(Quantity(m.start(), m.end(), 1.0, m.start(), m.start() + 1, m["coin"].lower(), "money",
                              needs_noun=False))
        covered.add(*m.span())
    for m in PHONE_RE.finditer(text):
        if m.group(0).count("-") + m.group(0).count(".") + m.group(0).count(" ") >= 2 and len(
                re.sub(r"\D", "", m.group(0))) >= 9:
            rejected.append(Rejected(m.start(), m.end(), "phone_number"))
            covered.add(*m.span())
    for m in NUMBER_RE.finditer(text):
        start, end = m.span()
        while end > start and text[end - 1] in " ,":
            end -= 1
        if covered.hit(start, start + 1) or covered.hit(end - 1, end):
            continue
        parsed = parse_number(m)
        if parsed is None:
            continue
        value = parsed
        capitalised = m.group("words") and m.group("words")[0].isupper()
        if capitalised and re.search(r"[\w,]\s+$", text[max(0, start - 3):start]):
            rejected.append(Rejected(start, end, "inside_name"))  # "the Group of Seven", "the Big Three"
            continue
        if ORDINAL_SUFFIX.match(text, m.end("digits") if m.group("digits") else end):
            rejected.append(Rejected(start, end, "ordinal"))
            continue
        currency = currency_before(text, start)
        measured = unit_after(text, end) if currency is None else None
        if m.group("digits") and not currency and re.match(r"[-–/]", text[start - 1:start]) and re.search(
                r"\d[-–/]$", text[max(0, start - 5):start]):
            rejected.append(Rejected(start, end, "date_part"))  # "2013-14", "21/01"
            continue
        if m.group("digits") and start > 0 and text[start - 1] in "'’" and len(m.group("digits")) == 2:
            rejected.append(Rejected(start, end, "date_part"))  # "'11", "the '80s"
            continue
        glued = re.match(r"[A-Za-z]|-\d+[A-Za-z]", text[m.end():m.end() + 8])
        if m.group("digits") and not currency and (glued and (measured is None or measured.start != m.end())):
            rejected.append(Rejected(start, end, "inside_name"))  # "860BOX", "737MAX"
            continue
        if m.group("digits") and not currency and (measured is None or measured.kind == "duration") and (
                _name_context(text, start, end) or m.group("digits") in names):
            rejected.append(Rejected(start, end, "inside_name"))
            continue
        q_start = currency.start if currency else start
        negative = q_start > 0 and text[q_start - 1] == "(" and text[end:end + 1] == ")" and value > 0
        if currency and q_start > 0 and text[q_start - 1] in "-−":
            q_start -= 1
            value = -value
        q_end = end
        rng = _range_end(text, end)
        unit = _unit_or_currency(text, end, currency)
        if unit is None and rng is not None:
            unit = _unit_or_currency(text, rng[0], currency)
            if unit is not None or currency is not None:
                value, q_end = (value + rng[1]) / 2, rng[0]
            elif not CHANGE_BEFORE.search(text[max(0, start - 40):start]):
                value, q_end = (value + rng[1]) / 2, rng[0]
                end = q_end  # the count noun, if any, follows the second number
        elif unit is not None and rng is None:
            rng2 = _range_end(text, unit.end)
            if rng2 is not None:
                second_unit = _unit_or_currency(text, rng2[0], currency)
                if second_unit is not None and second_unit.unit == unit.unit:
                    value, q_end, unit = (value + rng2[1]) / 2, rng2[0], second_unit
        elif rng is not None and (currency is not None or not CHANGE_BEFORE.search(text[max(0, start - 40):start])):
            value, q_end = (value + rng[1]) / 2, rng[0]
            end = q_end  # the count noun, if any, follows the second number
        if unit is None and currency is None and q_end == end:
            unit = _shared_unit(text, end)
        quantity = Quantity(q_start, q_end, -value if negative else value, start, end)
        if currency:
            quantity.unit, quantity.kind, quantity.currency, quantity.needs_noun = (
                currency.currency or currency.unit, "money", currency.currency, False)
        if unit:
            if unit.kind == "money":
                quantity.unit, quantity.currency = unit.unit, unit.currency
            elif currency is None:
                quantity.unit = unit.unit
            else:
                quantity.unit = f"{quantity.unit} per {unit.unit}"
            quantity.kind = "money" if currency or unit.kind == "money" else unit.kind
            quantity.end = max(q_end, unit.end)
            quantity.needs_noun = False
            while per := _per_unit(text, quantity.end):
                quantity.end, quantity.unit = per[0], f"{quantity.unit} per {per[1]}"
                if quantity.kind == "length" and per[1] in ("hour", "second"):
                    quantity.kind = "speed"
        else:
            quantity.end = q_end
            per = _per_unit(text, q_end) if currency else None
            if per:
                quantity.end, quantity.unit = per[0], f"{quantity.unit} per {per[1]}"
        if negative:
            quantity.start, quantity.end = quantity.start - 1, quantity.end + 1
        hedge_start, approximate = _hedge(text, quantity.start)
        quantity.start, quantity.approximate = hedge_start, approximate
        if (quantity.needs_noun and m.group("digits") and re.fullmatch(r"(1[5-9]|20)\d\d", m.group("digits"))
                and not m.group("scale") and not m.group("short")):
            rejected.append(Rejected(start, end, "year"))
            continue
        found.append(quantity)
        covered.add(quantity.start, quantity.end)
    found.sort(key=lambda q: q.start)
    return found, rejected
