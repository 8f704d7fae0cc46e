"""Claims stage: every quantity with its value, unit, kind, hedge, change, subject, source and time.

``claims_find`` reads the quantity phrases from the text; this module drops the ones that are time
expressions (years, dates, clock times), adds the count noun and the context from the parse
(``claims_context``), turns "double"/"triple" after a figure into a multiply claim, and resolves the
source's actor through ``newsgraph.actors.stage.resolve_span``.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from newsgraph.extract.claims_context import MULTIPLY, change_of, count_noun, source_of, subject_of, time_of, token_at
from newsgraph.extract.claims_find import Quantity, find_quantities
from newsgraph.model import Article, Claim, ClaimSource, Span
from newsgraph.pipeline import note_drop, stage

TIME_SPAN_BEFORE = re.compile(r"\b(?:the\s+(?:past|last|next|previous|coming|first)|over\s+the|for\s+the|within|"
                              r"in\s+the\s+past)\b[\w\s,]{0,12}$", re.IGNORECASE)
MULTIPLY_RE = re.compile(r"\b(?P<verb>doubl|tripl|trebl|quadrupl|halv)(?:e|es|ed|ing)\b", re.IGNORECASE)
DEFINITE = re.compile(r"\b(?:the|these|those|both|its|their|our|his|her|my|your|all)\s+$", re.IGNORECASE)
ELIDED_LOOKBACK = 400  # characters back to look for the noun of "the 5,600 under U.S. control"


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _time_conflict(article: Article, quantity: Quantity, date_starts: list[int]) -> str | None:
    """Why a quantity is really a time expression (a drop reason), or None to keep it."""
    last = bisect.bisect_left(date_starts, quantity.number_end)  # dates from here on start after the number
    for date in article.dates[max(0, last - 4):last]:
        if date.start < quantity.number_end and quantity.number_start < date.end:
            if date.type in ("DATE", "TIME", "SET"):
                return "date_or_time"
            if quantity.kind == "duration" and "-" not in article.text[quantity.number_start:quantity.end]:
                if TIME_SPAN_BEFORE.search(article.text[max(0, quantity.start - 40):quantity.start]):
                    return "time_span"
    return None


def _previous_noun(claims: list[Claim], start: int) -> Claim | None:
    """The latest counted claim shortly before ``start`` (the noun that an elided count shares)."""
    for claim in reversed(claims):
        if start - claim.end >= ELIDED_LOOKBACK:
            break
        if claim.kind == "count" and claim.unit:
            return claim
    return None


def _source(article: Article, doc: Any, number: Any, start: int) -> ClaimSource | None:
    """Who gives the figure: an "according to"/reporting-verb subject, else the speaker of the enclosing quote."""
    from newsgraph.actors.stage import resolve_span

    found = source_of(doc, number) if number is not None else None
    if found is None:
        for quote in article.quotes:
            if quote.start <= start < quote.end and quote.speaker is not None:
                found = (quote.speaker.start, quote.speaker.end)
                break
    if found is None:
        return None
    s, e = found
    _, actor = resolve_span(article, s, e)
    return ClaimSource(s, e, article.text[s:e], actor)


def _claim(article: Article, quantity: Quantity, claims: list[Claim]) -> Claim | None:
    """One claim from one quantity, with the parse's noun and context when a parse is present."""
    text = article.text
    doc = article.doc
    number = token_at(doc, quantity.number_start, quantity.number_end) if doc is not None else None
    if number is not None and quantity.start < quantity.number_start:
        first = token_at(doc, quantity.start, quantity.start + 1)
        if first is not None and first.lower_ in ("over", "under") and (
                first.dep_ == "prep" or first.i > 0 and doc[first.i - 1].pos_ == "VERB"):
            quantity.start, quantity.approximate = first.idx + len(first.text) + 1, False  # "bridle over 25 percent"
    if (number is not None and quantity.needs_noun and DEFINITE.search(text[max(0, quantity.start - 12):quantity.start])
            and text[quantity.number_start].isalpha() and quantity.value <= 10):
        note_drop(article, "claims", "definite_reference")  # "the two leaders" names people, it counts nothing
        return None
    head = None
    end = quantity.end
    unit = quantity.unit
    if quantity.needs_noun:
        noun = count_noun(doc, quantity.number_end, len(text)) if doc is not None else None
        if noun is not None:
            unit_start, end, head = noun
            unit = text[unit_start:end]
        else:
            previous = _previous_noun(claims, quantity.start)
            if previous is not None and not re.match(r"\s*(?:of|percent|%)", text[quantity.end:]):
                unit = previous.unit
            elif text[quantity.number_start:quantity.number_end].lower() in ("one", "a", "an"):
                note_drop(article, "claims", "pronoun_one")
                return None
    if number is not None and head is None:
        phrase = doc.char_span(quantity.number_start, end, alignment_mode="expand")
        head = phrase.root if phrase is not None and len(phrase) else None
    subject = subject_of(doc, number, head) if number is not None else None
    if subject and subject[0] <= quantity.number_start < subject[1]:
        subject = (end + 1, subject[1]) if subject[1] > end + 1 else None  # "25 percent tariffs" -> tariffs
    claim = Claim(
        start=quantity.start, end=end, text=text[quantity.start:end], value=quantity.value, unit=unit,
        kind=quantity.kind, currency=quantity.currency, approximate=quantity.approximate,
        change=change_of(number, head) if number is not None else None,
        subject=_span(text, *subject) if subject else None,
        source=_source(article, doc, number, quantity.start),
        time=time_of(article.dates, doc, number) if number is not None else None,
    )
    if claim.subject is None and quantity.needs_noun and not unit:
        claim.kind = "count"
    return claim


def _date_after(article: Article, pos: int) -> str | None:
    """The value of a date right after ``pos`` ("double by 2027", "triple in 2030"), if any."""
    for date in article.dates:
        if date.type == "DATE" and 0 <= date.start - pos <= 12 and re.fullmatch(
                r"\s*(?:by|in|before|until|from|since|on)?\s*", article.text[pos:date.start], re.IGNORECASE):
            return date.value
    return None


def _multiplications(article: Article, claims: list[Claim]) -> list[Claim]:
    """"could double by 2027" after a figure: a multiply claim on the same noun and subject, timed by its clause."""
    text = article.text
    out = []
    starts = [c.start for c in claims]
    for m in MULTIPLY_RE.finditer(text):
        before = [c for c in claims[max(0, bisect.bisect_left(starts, m.start()) - 3):] if c.end <= m.start()]
        referent = next((c for c in reversed(before) if m.start() - c.end < 120
                         and not re.search(r"[.!?]\s", text[c.end:m.start()])), None)
        if referent is None:
            continue
        factor = MULTIPLY[{"doubl": "double", "tripl": "triple", "trebl": "treble", "quadrupl": "quadruple",
                           "halv": "halve"}[m["verb"].lower()]]
        doc = article.doc
        tok = token_at(doc, m.start(), m.end()) if doc is not None else None
        if tok is not None and (tok.dep_ == "amod" or tok.pos_ not in ("VERB", "NOUN", "ADJ")):
            continue  # "a double standard" multiplies nothing
        out.append(Claim(
            start=m.start(), end=m.end(), text=m.group(0), value=factor, unit=referent.unit, kind="other",
            approximate=referent.approximate, change="multiply", subject=referent.subject, source=referent.source,
            time=_date_after(article, m.end()) or (time_of(article.dates, doc, tok) if tok is not None else None),
        ))
    return out


def extract_claims(article: Article) -> list[Claim]:
    """The claims of one article, in text order."""
    quantities, rejected = find_quantities(article.text)
    for item in rejected:
        note_drop(article, "claims", item.reason)
    claims: list[Claim] = []
    article.dates.sort(key=lambda d: (d.start, d.end))
    date_starts = [d.start for d in article.dates]
    for quantity in quantities:
        reason = _time_conflict(article, quantity, date_starts)
        if reason:
            note_drop(article, "claims", reason)
            continue
        claim = _claim(article, quantity, claims)
        if claim is not None:
            claims.append(claim)
    claims.extend(_multiplications(article, claims))
    return sorted(claims, key=lambda c: (c.start, c.end))


@stage("claims")
def claims(articles: list[Article]) -> None:
    """Fill ``article.claims`` for every article of the batch."""
    for article in articles:
        article.claims = extract_claims(article)
