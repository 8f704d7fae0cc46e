"""Hand-written time-expression rules: each a regular expression and a resolver to a TIMEX3 value.

A resolver gets the match, the ``Anchor`` (publication date) and the clause's tense, and returns
``(value, type)`` or None to reject the match.  ``find_timexes`` runs every rule and keeps the
longest non-overlapping matches.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from newsgraph.extract.numbers import WORD_NUMBER, number_value
from newsgraph.extract.timex_anchor import MONTHS, PARTS_OF_DAY, SEASON_MONTH, SEASONS, WEEKDAYS, Anchor

Tense = Callable[[int], str]
Resolver = Callable[[re.Match[str], Anchor, Tense], "tuple[str, str] | None"]

MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
         r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Jan|Feb|Apr|Jun|Jul|Aug|Sept?"
         r"|Oct|Nov|Dec)(?![\w])")
MONTH_START = f"[{''.join(sorted({name[0].upper() for name in MONTHS}))}]"  # MONTH's first letters (a ``starts``)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[6-9]\d\d|20\d\d)"
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centuries|quarter)s?"
AMOUNT = (rf"(?:\d+(?:\.\d+)?|(?:{WORD_NUMBER})(?:-(?:{WORD_NUMBER}))?(?:\s+and\s+a\s+half)?"
          r"|a|an|a\s+few|few|several|many|a\s+couple\s+of|a\s+half|half\s+a|single)")
UNIT_CODES = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "month": "M",
              "year": "Y", "quarter": "Q", "decade": "Y", "century": "Y", "fortnight": "W"}
UNIT_FACTORS = {"decade": 10, "century": 100, "fortnight": 2}
TIME_UNITS = {"second", "minute", "hour"}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "final": 4}
IGNORE_CASE = re.IGNORECASE
PREPOSITIONS = {"in", "since", "by", "until", "till", "of", "from", "to", "during", "before", "after", "through",
                "and", "or", "early", "late", "mid", "between", "around", "about", "for", "at", "on", "than", "as",
                "fiscal", "summer", "spring", "autumn", "winter", "fall", "the", "year", "season", "a", "an"}


def unit_name(word: str) -> str:
    """Singular unit name of a time-unit word: "years" -> "year", "centuries" -> "century"."""
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


def duration_value(amount: str, unit: str) -> str:
    """TIMEX3 duration: ("two", "years") -> P2Y, ("90", "minute") -> PT90M, ("several", "days") -> PXD."""
    name = unit_name(unit)
    amount = re.sub(r"\s+", " ", amount.lower().strip())
    if amount in ("a", "an", "single"):
        number: float | None = 1
    elif amount in ("a half", "half a"):
        number = 0.5
    elif amount == "a couple of":
        number = 2
    elif amount in ("a few", "few", "several", "many"):
        number = None
    elif amount.endswith(" and a half"):
        base = number_value(amount[: -len(" and a half")])
        number = None if base is None else base + 0.5
    else:
        number = number_value(amount)
    if name in UNIT_FACTORS and number is not None:
        number *= UNIT_FACTORS[name]
    text = "X" if number is None else (f"{int(number)}" if float(number).is_integer() else f"{number:g}")
    if name in TIME_UNITS:
        return f"PT{text}{UNIT_CODES[name]}"
    return f"P{text}{UNIT_CODES[name]}"


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _ymd(year: str, month: int, day: int) -> str:
    return f"{year}-{month:02d}-{day:02d}"


def _relative_offset(word: str) -> int | None:
    word = word.lower()
    if word in ("this", "current", "the current", "the present"):
        return 0
    if word in ("last", "past", "previous", "the past", "the last", "the previous"):
        return -1
    if word in ("next", "coming", "the coming", "the next", "following", "the following"):
        return 1
    return None


# --- resolvers -------------------------------------------------------------------------------------

def iso_date(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    if not (1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31):
        return None
    return f"{m['y']}-{m['m']}-{m['d']}", "DATE"


def slash_date(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    month, day, year = int(m["m"]), int(m["d"]), m["y"]
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if len(year) == 2:
        year = ("20" if int(year) < 50 else "19") + year
    return _ymd(year, month, day), "DATE"


def month_day_year(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    return _ymd(m["y"], _month(m["mon"]), _day(m["d"])), "DATE"


def month_day(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    month, day = _month(m["mon"]), _day(m["d"])
    if not 1 <= day <= 31:
        return None
    return _ymd(anchor.year_for_month(month, tense(m.start()), day), month, day), "DATE"


def month_year(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    return f"{m['y']}-{_month(m['mon']):02d}", "DATE"


def month_alone(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    word = m["mon"]
    if word.rstrip(".").lower() in ("may", "march", "mar", "jan", "sep", "dec") and not m["mod"]:
        before = m.string[max(0, m.start() - 12): m.start()].lower()
        if not re.search(r"\b(in|since|until|till|by|from|through|during|before|after|of|early|late|mid|"
                         r"last|next|this|and|or|to)\s*-?$", before):
            return None
    month = _month(word)
    offset = _relative_offset(m["rel"] or "")
    if offset == -1:
        year = anchor.year(0 if anchor.dct and month < anchor.dct.month else -1)
    elif offset == 1:
        year = anchor.year(0 if anchor.dct and month > anchor.dct.month else 1)
    elif offset == 0:
        year = anchor.year()
    else:
        year = anchor.year_for_month(month, tense(m.start()))
    return f"{year}-{month:02d}", "DATE"


def weekday(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    clause = tense(m.start())
    if clause != "past" and re.search(r"\b(?:until|till|by|before)\s+$", m.string[max(0, m.start() - 8):m.start()]):
        clause = "future"
    if clause == "perfect":
        clause = "past"
    value = anchor.weekday(WEEKDAYS[m["wd"].lower()], clause, (m["rel"] or "").lower())
    if m["part"]:
        return f"{value}T{PARTS_OF_DAY[m['part'].lower()]}", "TIME"
    return value, "DATE"


def deictic_day(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    word = m["word"].lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    value = anchor.day(offset)
    if word == "tonight":
        return f"{value}TNI", "TIME"
    if m["part"]:
        return f"{value}T{PARTS_OF_DAY[m['part'].lower()]}", "TIME"
    return value, "DATE"


def this_part_of_day(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    offset = -1 if m["rel"].lower() == "last" else 0
    return f"{anchor.day(offset)}T{PARTS_OF_DAY[m['part'].lower()]}", "TIME"


def relative_unit(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    offset = _relative_offset(m["rel"])
    if offset is None:
        return None
    unit = m["unit"].lower()
    if unit == "week":
        return anchor.week(offset), "DATE"
    if unit == "weekend":
        return f"{anchor.week(offset)}-WE", "DATE"
    if unit == "month":
        return anchor.month(offset), "DATE"
    if unit == "year":
        return anchor.year(offset), "DATE"
    if unit == "quarter":
        return anchor.quarter(offset), "DATE"
    if unit in ("decade", "century") and m["rel"].lower().startswith("the "):
        return f"P{10 if unit == 'decade' else 100}Y", "DURATION"  # "the past decade" is a stretch of time
    if unit == "decade":
        return anchor.year(10 * offset)[:3], "DATE"
    if unit == "century":
        return anchor.year(100 * offset)[:2], "DATE"
    season = SEASONS[unit]
    year = anchor.year(offset)
    if offset and anchor.dct is not None:
        current = anchor.dct.month
        target = SEASON_MONTH[season]
        if offset == -1 and target < current:
            year = anchor.year()
        elif offset == 1 and target > current:
            year = anchor.year()
    return f"{year}-{season}", "DATE"


def season(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    code = SEASONS[m["season"].lower()]
    if m["y"]:
        return f"{m['y']}-{code}", "DATE"
    if m["season"].lower() == "fall" and not m["pre"]:
        return None
    return f"{anchor.year_for_season(code, tense(m.start()))}-{code}", "DATE"


def year_alone(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    text = m.string
    after = text[m.end(): m.end() + 30]
    before = text[max(0, m.start() - 20): m.start()]
    if re.match(r"\s*(%|percent|per\s*cent|[-/]\d)", after, IGNORE_CASE) or re.search(r"[$£€¥#]\s*$|\d[,.]$", before):
        return None
    if re.match(r"[-–]\d", after):
        return None
    previous = re.search(r"([A-Z][\w&.-]*)\s+$", before)
    if (previous and previous[1].lower() not in PREPOSITIONS and previous[1].rstrip(".").lower() not in MONTHS
            and re.match(r"\s+[A-Z]", after)):
        return None  # inside a name: "Russell 2000 Index", "Windows 2000"
    follower = re.match(r"\s+([a-z]+)", after)
    recent = anchor.dct is None or int(m["y"]) <= anchor.dct.year + 10
    if follower and recent and re.search(r"\bthe\s+$", before, IGNORE_CASE):
        return m["y"], "DATE"  # "the 1991 settlement"
    if follower and not m["pre"] and not re.search(r"\b(in|since|by|until|till|of|from|to|during|before|after|"
                                                    r"through|and|or|early|late|mid|fiscal|year|between)\s*-?$",
                                                    before, IGNORE_CASE):
        if follower[1] not in ("and", "or", "to", "when", "as", "the", "through", "with", "after", "before",
                               "until", "was", "were", "is", "had", "has", "saw", "compared", "levels", "level",
                               "figures", "season", "election", "elections", "budget", "census", "model", "models"):
            return None
    return m["y"], "DATE"


def quarter(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    word = m["ord"].lower()
    if word == "last" and not m["of"]:
        return anchor.quarter(-1), "DATE"
    number = ORDINALS.get(word, 4 if word == "last" else 0)
    if not number:
        return None
    of = (m["of"] or "").lower()
    if re.fullmatch(r"\d{4}", of):
        year = of
    elif of:
        offset = _relative_offset(of.split()[0])
        year = anchor.year(offset or 0)
    else:
        year = anchor.year()
        if anchor.dct is not None:
            current = (anchor.dct.month - 1) // 3 + 1
            if number > current and tense(m.start()) == "past":
                year = anchor.year(-1)
            elif number >= current and tense(m.start()) != "future" and number - current >= 2:
                year = anchor.year(-1)
    return f"{year}-Q{number}", "DATE"


def q_quarter(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    year = m["y"] or (f"20{m['y2']}" if m["y2"] else anchor.year())
    return f"{year}-Q{m['n']}", "DATE"


def half(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    number = 1 if m["ord"].lower() in ("first", "1st") else 2
    of = (m["of"] or "").lower()
    year = of if re.fullmatch(r"\d{4}", of) else anchor.year(_relative_offset(of.split()[0]) or 0 if of else 0)
    return f"{year}-H{number}", "DATE"


def duration(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    if unit_name(m["unit"]) == "quarter" and (m["amount"].lower() in ("a", "an") or (
            not m["mod"] and re.match(r"\s+of\b", m.string[m.end():]))):
        return None  # "three-quarters of them" and "about a quarter" are fractions
    if unit_name(m["unit"]) == "second" and m["amount"].lower() in ("a", "an"):
        return None  # "a second day" is an ordinal
    return duration_value(m["amount"], m["unit"]), "DURATION"


def vague_duration(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    return f"P{'T' if unit_name(m['unit']) in TIME_UNITS else ''}X{UNIT_CODES[unit_name(m['unit'])]}", "DURATION"


def year_range(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    span = int(m["y2"]) - int(m["y1"])
    return (f"P{span}Y", "DURATION") if 0 < span <= 100 else None


def month_of_relative_year(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    return f"{anchor.year(_relative_offset(m['rel']) or 0)}-{_month(m['mon']):02d}", "DATE"


def ago(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    amount = m["amount"].lower()
    number = 1.0 if amount in ("a", "an") else number_value(amount)
    if number is None:
        return None
    return anchor.ago(number, unit_name(m["unit"])), "DATE"


def frequency(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    word = m[0].lower().split()[-1]
    if m[0].lower().startswith("a ") and not re.search(r"(?:\d|times|once|twice|thrice|[a-z]+ion|dozen)\s+$",
                                                          m.string[max(0, m.start() - 12):m.start()].lower()):
        return None  # "a day" is a duration and "a Monday" a date, unless a rate precedes: "twice a day"
    code = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "annual": "P1Y",
            "yearly": "P1Y", "quarterly": "P1Q", "hourly": "PT1H", "nightly": "P1D", "biannual": "P6M",
            "fortnightly": "P2W"}.get(word)
    if code is None:
        unit = unit_name(m["unit"])
        if unit in ("morning", "evening", "afternoon", "night"):
            return "P1D", "SET"
        if unit in WEEKDAYS:
            return f"XXXX-WXX-{WEEKDAYS[unit] + 1}", "SET"
        code = duration_value("1", unit)
    return code, "SET"


def clock(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    hour = int(m["h"])
    minute = int(m["min"] or 0)
    meridian = (m["ampm"] or "").lower()
    if meridian.startswith("p") and hour < 12:
        hour += 12
    elif meridian.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    day = anchor.day()
    if m["wd"]:
        day = anchor.weekday(WEEKDAYS[m["wd"].lower()], tense(m.start()))
    elif m["deictic"]:
        day = anchor.day({"today": 0, "yesterday": -1, "tomorrow": 1}[m["deictic"].lower()])
    zone = "Z" if m["zone"] and m["zone"].upper() in ("UTC", "GMT", "Z") else ""
    return f"{day}T{hour:02d}:{minute:02d}{zone}", "TIME"


def named_time(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    return f"{anchor.day()}T{'12:00' if m[0].lower() == 'noon' else '24:00'}", "TIME"


def reference(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    word = m[0].lower()
    if word in ("now", "currently", "at present", "nowadays", "the present", "these days", "at the moment",
                "right now"):
        return "PRESENT_REF", "DATE"
    if word in ("the future", "the near future", "soon", "the coming years", "the long term", "the near term"):
        return "FUTURE_REF", "DATE"
    return "PAST_REF", "DATE"


def boundary_of(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    inner = RULE_BY_NAME["relative_unit"].pattern.fullmatch(m["inner"])
    if inner is None:
        return None
    return relative_unit(inner, anchor, tense)


@dataclass(slots=True)
class Rule:
    """A pattern and its resolver, with a cheap necessary condition checked before the pattern's scan.

    ``words``: the rule can only match a text whose ``folded`` form holds one of these (empty: no check);
    ``gate``: the rule can only match a text where this pattern occurs.  Most rules never match a given
    article, and a substring test costs far less than a scan with a pattern that starts with an optional
    group (which the regex engine tries at every position).
    ``starts``: a pattern of one character that every match of the rule starts with; the text is scanned with
    ``scanner``, the rule's pattern behind a lookahead for it, which turns most positions down at their
    first character (half the scan's time for a pattern that starts with an optional group).
    """

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    words: tuple[str, ...] = ()
    gate: re.Pattern[str] | None = None
    starts: str | None = None
    scanner: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.scanner = self.pattern if self.starts is None else re.compile(
            f"(?={self.starts})(?:{self.pattern.pattern})", self.pattern.flags)

    def may_match(self, text: str, folded_text: str) -> bool:
        """False only when the rule cannot match ``text`` (``folded_text`` is ``folded(text)``)."""
        if self.words and not any(word in folded_text for word in self.words):
            return False
        return self.gate is None or self.gate.search(text) is not None


# characters other than A-Z and a-z that re.IGNORECASE equates with an ASCII letter (İ, ı, ſ, the Kelvin sign)
ASCII_LOOKALIKES = "\u0130\u0131\u017f\u212a"
ASCII_FOLD = str.maketrans(ASCII_LOOKALIKES, "iisk")


def folded(text: str) -> str:
    """``text`` lower-cased so that a word a case-insensitive pattern matches in it is a substring of it."""
    if any(char in text for char in ASCII_LOOKALIKES):
        text = text.translate(ASCII_FOLD)
    return text.lower()


_REL = r"(?P<rel>(?i:this|last|next|past|previous|coming|following|current|the\s+past|the\s+last|the\s+previous" \
       r"|the\s+coming|the\s+next|the\s+following|the\s+current))"
_REL_UNITS = r"(?P<unit>(?i:week|weekend|month|year|quarter|decade|century|spring|summer|autumn|fall|winter))"

# words some rule's every match holds (in ``folded`` form): a text without any of them skips that rule
MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WEEKDAY_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UNIT_WORDS = ("second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "centur", "quarter")
REL_UNIT_WORDS = ("week", "month", "year", "quarter", "decade", "century", "spring", "summer", "autumn", "fall",
                  "winter")
BOUNDARY_WORDS = ("end", "start", "beginning", "middle", "close", "rest", "remainder")
FREQUENCY_WORDS = ("day", "week", "month", "year", "quarter", "hour", "minute", "morning", "evening", "night",
                   "daily", "annual")

# a rule's ``starts`` holds the first letter of each word its pattern may begin with (an optional leading word's
# too), case-insensitive where that word is, or the digits a number begins with
RULES: list[Rule] = [
    Rule("iso_date", re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])"), iso_date,
         gate=re.compile(r"\d-\d\d-\d")),
    Rule("slash_date", re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])"),
         slash_date, words=("/",)),
    Rule("month_day_year", re.compile(rf"(?P<mon>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR4})(?!\d)"),
         month_day_year, words=MONTH_WORDS),
    Rule("day_month_year", re.compile(rf"(?<!\d)(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH}),?\s+(?P<y>{YEAR4})(?!\d)"),
         month_day_year, words=MONTH_WORDS, starts="[0-9]"),
    Rule("month_day", re.compile(rf"(?P<mon>{MONTH})\s+(?P<d>{DAY})(?![\d:.]\d|\d)"), month_day, words=MONTH_WORDS),
    Rule("day_month", re.compile(rf"(?<![\d.,])(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})"), month_day,
         words=MONTH_WORDS, starts="[0-9]"),
    Rule("month_year", re.compile(rf"(?:(?i:early|mid|late|mid-)\s*-?)?(?P<mon>{MONTH}),?\s+(?:of\s+)?"
                                  rf"(?P<y>{YEAR4})(?!\d)"), month_year, words=MONTH_WORDS,
         starts=f"(?i:[eml])|{MONTH_START}"),
    Rule("month_alone", re.compile(rf"(?:(?P<rel>(?i:last|this|next))\s+|(?P<mod>(?i:early|mid|late))[\s-]+)?"
                                   rf"(?P<mon>{MONTH})"), month_alone, words=MONTH_WORDS,
         starts=f"(?i:[ltnem])|{MONTH_START}"),
    Rule("weekday", re.compile(rf"(?:(?P<rel>(?i:last|next|this))\s+)?(?P<wd>{WEEKDAY})"
                               r"(?:\s+(?P<part>morning|afternoon|evening|night))?"), weekday, words=WEEKDAY_WORDS,
         starts="(?i:[lnt])|[MTWFS]"),
    Rule("deictic_day", re.compile(r"(?:(?i:earlier|later)\s+)?(?P<word>(?i:today|tonight|yesterday|tomorrow))"
                                   r"(?:\s+(?P<part>morning|afternoon|evening|night))?(?![\w'])"), deictic_day,
         words=("today", "tonight", "yesterday", "tomorrow"), starts="(?i:[elty])"),
    Rule("this_part_of_day", re.compile(r"(?P<rel>(?i:this|last))\s+(?P<part>morning|afternoon|evening|night)"),
         this_part_of_day, words=("morning", "afternoon", "evening", "night")),
    Rule("relative_unit", re.compile(rf"(?:(?i:earlier|later|early|late)\s+)?{_REL}\s+{_REL_UNITS}(?![\w-])"),
         relative_unit, words=REL_UNIT_WORDS, starts="(?i:[eltnpcf])"),
    Rule("boundary_of", re.compile(r"(?i:the\s+(?:end|start|beginning|middle|close|rest|remainder)\s+of\s+)"
                                   rf"(?P<inner>{_REL}\s+{_REL_UNITS})(?![\w-])"), boundary_of, words=BOUNDARY_WORDS),
    Rule("boundary_of_the_year", re.compile(r"(?i:the\s+(?:end|start|beginning|middle|close|rest|remainder)\s+of\s+"
                                            r"the\s+year)(?![\w-])"), lambda m, a, t: (a.year(), "DATE"),
         words=BOUNDARY_WORDS),
    Rule("season", re.compile(r"(?:(?P<pre>(?i:early|late|mid|the|in|last|this|next|since|until|by))[\s-]+)?"
                              r"(?P<season>(?i:spring|summer|autumn|winter)|fall|Fall)"
                              rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR4}))?(?![\w-])"), season,
         words=("spring", "summer", "autumn", "winter", "fall"), starts="(?i:[elmtinsubaw])|[fF]"),
    Rule("year_alone", re.compile(rf"(?:(?P<pre>(?i:early|late|mid|fiscal|FY))[\s-]*)?(?<![\w$£€.,#:/-])"
                                  rf"(?P<y>{YEAR4})(?![\w%]|[.,]\d|\s*-\s*\d)"), year_alone, gate=re.compile(YEAR4),
         starts="(?i:[elmf])|[12]"),
    Rule("decade", re.compile(r"(?:(?i:the)\s+)?(?:(?i:early|mid|late)[\s-]+)?"
                              r"(?<![\w.-])(?:(?P<century>1[6-9]|20)(?P<d>\d)0s|[’']?(?P<d2>\d)0s)(?!\w)"),
         lambda m, a, t: decade_match(m, a, t), words=("0s",)),
    Rule("quarter", re.compile(r"(?:(?i:the)\s+)?(?P<ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))"
                               r"[\s-](?i:quarter)(?:\s+of\s+(?P<of>\d{4}|(?i:this|last|next)\s+year))?(?![\w-])"),
         quarter, words=("quarter",)),
    Rule("q_quarter", re.compile(r"(?<!\w)Q(?P<n>[1-4])(?:\s+(?:of\s+)?(?P<y>\d{4})|\s*'(?P<y2>\d\d))?(?!\w)"),
         q_quarter, gate=re.compile(r"Q[1-4]")),
    Rule("half", re.compile(r"(?:(?i:the)\s+)?(?P<ord>(?i:first|second|1st|2nd))[\s-](?i:half)"
                            r"(?:\s+of\s+(?P<of>\d{4}|(?i:this|last|next)\s+year))(?![\w-])"), half, words=("half",)),
    Rule("duration", re.compile(
        r"(?:(?i:the\s+(?:past|last|next|previous|first|coming|following|final))\s+)?"
        rf"(?<![\w$£€.,])(?P<amount>(?i:{AMOUNT}))[\s-]+(?P<mod>(?i:consecutive|straight|more|full|trading|calendar|"
        rf"business|working)\s+)?(?P<unit>(?i:{UNIT}))(?![\w-])", ), duration, words=UNIT_WORDS),
    Rule("vague_duration", re.compile(rf"(?i:(?:recent|the\s+past\s+few|the\s+last\s+few)\s+)(?P<unit>(?i:{UNIT}))"
                                      r"(?![\w-])"), vague_duration, words=("recent", "few")),
    Rule("the_day", re.compile(r"\b(?i:end|ended|ending|finish|finished|for|in|on|during|close|closed|of)\s"
                               r"(?P<keep>the\s+(?:same\s+)?day)(?!\s+(?:before|after|of|when|that|before|earlier))(?![\w-])"),
         lambda m, a, t: (a.day(), "DATE"), words=("day",), starts="(?i:[efiodc])"),
    Rule("the_weekend", re.compile(r"(?<![\w-])(?i:the)\s+weekend(?![\w-])"),
         lambda m, a, t: (f"{a.week(-1 if a.dct and a.dct.weekday() < 4 else 0)}-WE", "DATE"), words=("weekend",)),
    Rule("short_year", re.compile(r"\b(?:since|in|of|from|until|to|by)\s(?P<keep>[’'](?P<yy>\d\d))(?![\w'’])"),
         lambda m, a, t: (f"{'20' if a.dct and int(m['yy']) <= a.dct.year % 100 else '19'}{m['yy']}", "DATE"),
         gate=re.compile(r"[’']\d\d")),
    Rule("year_range", re.compile(rf"(?i:from|between)\s+(?P<y1>{YEAR4})\s+(?:to|and|until|through)\s+(?P<y2>{YEAR4})"
                                  r"(?!\d)"), year_range, words=("from", "between")),
    Rule("month_of_relative_year", re.compile(rf"(?P<keep>(?P<mon>{MONTH}))\s+(?i:of\s+)(?P<rel>(?i:this|last|next))\s+"
                                              r"(?i:year)(?!\w)"), month_of_relative_year, words=MONTH_WORDS),
    Rule("vague_years", re.compile(r"(?<![\w-])(?i:over\s+the\s+|for\s+|in\s+(?:just\s+)?|within\s+)"
                                   r"(?P<unit>(?i:years|decades|months|weeks|days|hours|minutes))"
                                   r"(?![\w-])|(?P<unit2>(?i:years|decades))-long"),
         lambda m, a, t: vague_duration(m, a, t) if m["unit"] else ("PXY", "DURATION"),
         words=("years", "decades", "months", "weeks", "days", "hours", "minutes"),
         starts="(?i:[ofiwyd])"),
    Rule("ago", re.compile(rf"(?<![\w.])(?P<amount>(?i:{AMOUNT}))\s+(?P<unit>(?i:{UNIT}))\s+(?i:ago)(?!\w)"), ago,
         words=("ago",)),
    Rule("frequency", re.compile(r"(?<![\w-])(?i:(?:every|each|per|a)\s+(?:single\s+)?"
                                 r"(?P<unit>day|week|month|year|quarter|hour|minute|morning|evening|night|monday|tuesday|wednesday|thursday|friday|"
                                 r"saturday|sunday)|daily|weekly|monthly|annually|annual|yearly|quarterly|hourly|"
                                 r"nightly|biannual|fortnightly)(?![\w-])"), frequency, words=FREQUENCY_WORDS),
    Rule("clock", re.compile(
        r"(?<![\d.:,])(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>(?i:[ap]\.\s?m\.|[ap]m)(?!\w))"
        r"|(?P<h2>[01]?\d|2[0-3]):(?P<min2>[0-5]\d)(?!\d)|(?P<h3>[01]\d|2[0-3])(?P<min3>[0-5]\d)(?=\s+(?:UTC|GMT)))"
        r"(?:\s*\(?(?P<zone>UTC|GMT|[ECMP][SD]T)\)?)?"
        rf"(?:\s+(?:on\s+)?(?P<wd>{WEEKDAY})|\s+(?P<deictic>(?i:today|yesterday|tomorrow)))?"), lambda m, a, t:
         clock_match(m, a, t),
         gate=re.compile(r"\d(?:(?:[:.][0-5]\d)?\s*(?i:[ap]\.\s?m\.|[ap]m)|:[0-5]\d|\d\s+(?:UTC|GMT))")),
    Rule("named_time", re.compile(r"(?<!\w)(?:noon|midnight)(?!\w)"), named_time, words=("noon", "midnight")),
    # bare "now", "currently" and "soon" are left out: news uses them as discourse words far more often than
    # as time references (MEANTIME tags 3 of 32 occurrences)
    Rule("reference", re.compile(r"(?<![\w-])(?i:nowadays|these\s+days|the\s+(?:near\s+)?future|recently|the\s+past|"
                                 r"the\s+long\s+term|the\s+near\s+term|in\s+the\s+past)(?![\w-])"), reference,
         words=("nowadays", "days", "future", "recently", "past", "term")),
]
RULE_BY_NAME = {rule.name: rule for rule in RULES}


def decade_match(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    """Decades: "the 1990s" -> 199, "the '80s" -> 198."""
    if m["century"]:
        return f"{m['century']}{m['d']}", "DATE"
    digit = m["d2"]
    century = "19"
    if anchor.dct is not None and int(digit) <= int(str(anchor.dct.year)[2]) - 1 and anchor.dct.year >= 2000:
        century = "20" if int(digit) < 3 else "19"
    return f"{century}{digit}", "DATE"


def clock_match(m: re.Match[str], anchor: Anchor, tense: Tense) -> tuple[str, str] | None:
    """Clock times: "2 pm", "18:00 UTC", "0800 UTC", "12:00 UTC Monday"."""
    hour = m["h"] or m["h2"] or m["h3"]
    minute = m["min"] or m["min2"] or m["min3"]
    if m["h2"] and not (m["zone"] or m["wd"] or m["deictic"]):
        # a bare "3:1" or "2:30" could be a score or a ratio; keep only well-formed clock readings
        after = m.string[m.end():m.end() + 12]
        if not re.match(r"\s*(?:UTC|GMT|local|a\.m\.|p\.m\.|on\b|today|yesterday|this)", after, IGNORE_CASE):
            before = m.string[max(0, m.start() - 12):m.start()].lower()
            if not re.search(r"\b(at|by|until|before|after|from|since|around|about)\s*$", before):
                return None
    proxy = {"h": hour, "min": minute, "ampm": m["ampm"], "zone": m["zone"], "wd": m["wd"],
             "deictic": m["deictic"]}
    return clock(_Groups(proxy, m), anchor, tense)  # type: ignore[arg-type]


class _Groups:
    """A match-like view with renamed groups (the clock rule's alternatives share one resolver)."""

    def __init__(self, groups: dict[str, str | None], match: re.Match[str]) -> None:
        self._groups = groups
        self._match = match

    def __getitem__(self, key: str) -> str | None:
        return self._groups[key]

    def start(self) -> int:
        return self._match.start()


@dataclass(slots=True)
class Found:
    start: int
    end: int
    value: str
    type: str
    rule: str
    weight: int = 0  # length of the whole match, context included: the longer reading wins


def find_timexes(text: str, anchor: Anchor, tense: Tense) -> list[Found]:
    """All time expressions in ``text``: every rule's matches, longest first, without overlaps."""
    candidates: list[Found] = []
    folded_text = folded(text)
    for rule in RULES:
        if not rule.may_match(text, folded_text):
            continue
        for m in rule.scanner.finditer(text):
            if m.end() == m.start():
                continue
            resolved = rule.resolve(m, anchor, tense)
            if resolved is None:
                continue
            start, end = m.span("keep") if "keep" in rule.pattern.groupindex else m.span()
            while end > start and text[end - 1] in " ,-":
                end -= 1
            candidates.append(Found(start, end, resolved[0], resolved[1], rule.name, m.end() - m.start()))
            if rule.name == "year_range":
                candidates.extend(Found(*m.span(g), m[g], "DATE", "year", 0) for g in ("y1", "y2"))
    nested = [c for c in candidates if c.rule == "year"]
    candidates = [c for c in candidates if c.rule != "year"]
    candidates.sort(key=lambda f: (-f.weight, f.start))
    taken = _without_overlaps(candidates)
    taken = sorted(taken + [c for c in nested if any(t.rule == "year_range" and t.start <= c.start and c.end <= t.end
                                                     for t in taken)], key=lambda f: (f.start, -f.end))
    return _anaphoric_days(_date_times_from_sentence(text, taken))


def _without_overlaps(candidates: list[Found]) -> list[Found]:
    """Longest candidates first; a shorter one overlapping a kept one is dropped."""
    taken: list[Found] = []
    for cand in candidates:
        if any(cand.start < t.end and t.start < cand.end for t in taken):
            continue
        taken.append(cand)
    return sorted(taken, key=lambda f: f.start)


def _anaphoric_days(found: list[Found]) -> list[Found]:
    """"the day" and "the same day" are the last day named before them (the publication day when none is)."""
    for i, item in enumerate(found):
        if item.rule != "the_day":
            continue
        for prior in reversed(found[:i]):
            if prior.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", prior.value):
                item.value = prior.value
                break
    return found


def _date_times_from_sentence(text: str, found: list[Found]) -> list[Found]:
    """A clock time without its own date takes the day named earlier in its sentence ("Tuesday ... at 18:00")."""
    for i, item in enumerate(found):
        if item.type != "TIME" or item.rule != "clock":
            continue
        for prior in reversed(found[:i]):
            if re.search(r"[.!?]\s", text[prior.end:item.start]):
                break
            if prior.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", prior.value):
                item.value = prior.value + item.value[10:]
                break
    return found
