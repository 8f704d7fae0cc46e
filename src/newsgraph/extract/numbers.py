"""Numbers written in words or digits: "350", "6,200", "1.5", "two hundred and two", "a dozen", "three-quarters".

Shared by the timex stage (durations such as "two years") and the claims stage (quantities).
``parse_number`` reads one number expression; ``NUMBER_RE`` finds candidates in running text.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
# abbreviations written after digits: "$2.174T", "€10M", "0.5k", "$47bn"
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "b": 1_000_000_000,
                "bn": 1_000_000_000, "bln": 1_000_000_000, "t": 1_000_000_000_000, "tn": 1_000_000_000_000,
                "trn": 1_000_000_000_000}
COUNT_WORDS = {"dozen": 12, "score": 20, "gross": 144, "couple": 2, "pair": 2}
FRACTIONS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
             "fourth": 0.25, "fourths": 0.25, "fifth": 0.2, "fifths": 0.2, "sixth": 1 / 6, "sixths": 1 / 6,
             "seventh": 1 / 7, "sevenths": 1 / 7, "eighth": 0.125, "eighths": 0.125, "ninth": 1 / 9,
             "ninths": 1 / 9, "tenth": 0.1, "tenths": 0.1}
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}

WORD_NUMBER = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
DIGITS = (r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?![\d,\w])|\d+)"
          r"(?:\.\d+(?:[eE][-−]?\d+)?|[eE][-−]\d+|[eE]\d{2,})?")  # "7e7" is a name, "4e14" a number
_NUM_WORD = rf"(?:{WORD_NUMBER})(?:-(?:{WORD_NUMBER}))?"
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)"
SPELLED = (rf"(?:(?:a|an|one|{_NUM_WORD})\s+{_SCALE_WORD}(?:(?:\s*,\s*|\s+and\s+|\s+&\s+|\s+)"
           rf"(?:{_NUM_WORD}(?:\s+{_SCALE_WORD})?|{_SCALE_WORD}))*|{_NUM_WORD})")
# a number followed by optional scale words: "1.5 billion", "six million", "2 1/2", "0.5k"
NUMBER_RE = re.compile(
    rf"(?<![\w.^])(?<![A-Za-z][-−])(?:(?P<digits>{DIGITS})(?P<mixed>\s+\d+/\d+)?(?P<slash>/\d+(?![\d/]))?"
    rf"(?P<times>\s*[×x]\s*(?:10(?:\^|(?=[-−]))?[-−]?\d+|\d+\^[-−]?\d+))?"
    rf"(?:(?P<short>k|bn|mn|mln|bln|tn|trn|[MBT])(?![\w]))?"
    rf"|(?P<words>{SPELLED})(?![\w]))(?P<half>\s+and\s+a\s+half)?"
    rf"(?P<scale>(?:\s+{_SCALE_WORD})*)",
    re.IGNORECASE,
)


def _words_value(text: str) -> float | None:
    """Value of spelled-out number words: "two hundred and two" -> 202, "a million" -> 1e6."""
    tokens = re.findall(r"[a-z]+", text.lower())
    total = 0.0
    current = 0.0
    seen = False
    for token in tokens:
        if token in ("and",):
            continue
        if token in ("a", "an"):
            current = max(current, 1)
            seen = True
        elif token in UNITS:
            current += UNITS[token]
            seen = True
        elif token in TENS:
            current += TENS[token]
            seen = True
        elif token == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif token in SCALES:
            total += max(current, 1) * SCALES[token]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def digits_value(text: str) -> float:
    """Value of a digit string with thousands separators or exponent: "6,200" -> 6200."""
    clean = text.replace(",", "").replace(" ", "").replace("−", "-")
    return float(clean)


def parse_number(match: re.Match[str]) -> float | None:
    """Value of a ``NUMBER_RE`` match, scale words included."""
    if match.group("digits"):
        value = digits_value(match.group("digits"))
        if match.group("mixed"):
            num, den = match.group("mixed").split("/")
            value += int(num) / int(den) if int(den) else 0
        if match.group("slash"):
            den = int(match.group("slash")[1:])
            if den == 0:
                return None
            value = value / den
        times = match.group("times")
        if times:
            base, _, exponent = re.sub(r"^\s*[×x]\s*", "", times).replace("−", "-").partition("^")
            if not exponent:  # "10−5" written without a caret
                base, exponent = "10", base[2:]
            value *= float(base) ** float(exponent)
        short = match.group("short")
        if short:
            value *= SHORT_SCALES[short.lower()]
    else:
        words = _words_value(match.group("words"))
        if words is None:
            return None
        value = words
    if match.group("half"):
        value += 0.5
    for word in re.findall(r"[a-z]+", (match.group("scale") or "").lower()):
        value *= SCALES[word]
    return value


def number_value(text: str) -> float | None:
    """Value of a whole string that is one number, or None: "twenty-one" -> 21, "1.5 million" -> 1.5e6."""
    match = NUMBER_RE.fullmatch(text.strip())
    return parse_number(match) if match else None


def is_integer(value: float) -> bool:
    """True when the value has no fractional part."""
    return float(value).is_integer()
