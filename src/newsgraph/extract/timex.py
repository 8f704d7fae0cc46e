"""Timex stage: every time expression as a TIMEX3 value resolved against the publication date.

The rules live in ``timex_rules`` and the date arithmetic in ``timex_anchor``; this module adds
the clause tense from the parse (so "Friday" is the past Friday in "met Friday" and the coming
one in "will meet Friday") and fills ``article.dates``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from newsgraph.extract.timex_anchor import Anchor, parse_published
from newsgraph.extract.timex_rules import find_timexes
from newsgraph.model import Article, TimeExpr
from newsgraph.pipeline import note_drop, stage

FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll"}
FUTURE_GOVERNORS = {"expect", "schedule", "plan", "set", "due", "go", "intend", "aim", "hope", "prepare"}
FUTURE_WORDS = re.compile(r"\b(will|shall|won't|'ll|going to|is to|are to|scheduled|due to|set to|expected to|plans? "
                          r"to|next|upcoming|coming)\b", re.IGNORECASE)


def clause_verb(token: Any) -> Any:
    """The verb that governs ``token`` (itself when it is a verb)."""
    seen = 0
    while token.pos_ not in ("VERB", "AUX") and token.head is not token and seen < 12:
        token = token.head
        seen += 1
    return token


def _verb_tense(verb: Any, depth: int = 0) -> str:
    """past, perfect, future or present for one verb from its tag, auxiliaries and governor."""
    if depth > 6:
        return "present"
    children = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in children):
        return "future"
    if verb.tag_ == "MD" and verb.lower_ in FUTURE_AUX:
        return "future"
    modal = [c for c in children if c.dep_ == "aux" and c.tag_ == "MD"]
    if modal and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children):
        return "future"  # "may be signed on September 12" looks ahead
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        head = verb.head
        if head is not verb and (head.lemma_ in FUTURE_GOVERNORS or _verb_tense(head, depth + 1) == "future"):
            return "future"
        if head is not verb and head.tag_ == "VBD":
            return "past"
    if verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in children):
        return "past"
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children):
        return "perfect"  # "has been scheduled": past for a weekday, no hint for a month
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
        return "past"
    if verb.tag_ in ("VBG", "VBN", "VB") and verb.head is not verb and verb.dep_ in ("xcomp", "ccomp", "conj",
                                                                                    "advcl"):
        return _verb_tense(verb.head, depth + 1)
    return "present"


def tense_from_doc(doc: Any) -> Callable[[int], str]:
    """A function giving the tense of the clause around a character offset, from the spaCy parse."""
    def tense(offset: int) -> str:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return "present"
        result = _verb_tense(clause_verb(span[0]))
        if result == "present":
            sent = span[0].sent
            if FUTURE_WORDS.search(sent.text):
                return "future"
        return result
    return tense


def tense_from_text(text: str) -> Callable[[int], str]:
    """Fallback without a parse: future when the sentence has a future marker, else past."""
    def tense(offset: int) -> str:
        start = max(text.rfind(".", 0, offset), text.rfind("\n", 0, offset)) + 1
        end_candidates = [i for i in (text.find(".", offset), text.find("\n", offset)) if i != -1]
        sentence = text[start: min(end_candidates) if end_candidates else len(text)]
        return "future" if FUTURE_WORDS.search(sentence) else "past"
    return tense


def extract_dates(article: Article) -> list[TimeExpr]:
    """The time expressions of one article, resolved against its publication date."""
    text = article.text
    anchor = Anchor(parse_published(article.published))
    tense = tense_from_doc(article.doc) if article.doc is not None else tense_from_text(text)
    if anchor.dct is None:
        note_drop(article, "timex", "no_publication_date")
    found = find_timexes(text, anchor, tense)
    return [TimeExpr(f.start, f.end, text[f.start:f.end], f.value, f.type) for f in found]


@stage("timex")
def timex(articles: list[Article]) -> None:
    """Fill ``article.dates`` for every article of the batch."""
    for article in articles:
        article.dates = extract_dates(article)
