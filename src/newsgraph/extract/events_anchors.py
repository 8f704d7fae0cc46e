"""Where an event sits in the text and in the world: its trigger span, its date (the time expression governing the
trigger, else that of its clause, else publication) and its place (a place of the sentence the trigger's clause
governs that is no participant)."""

from __future__ import annotations

import re
from typing import Any

from newsgraph.extract.events_actors import Mention
from newsgraph.extract.events_syntax import chain_up
from newsgraph.model import Article, Place, Span

DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
MAX_TRIGGER_GAP = 4


def trigger_span(article: Article, tokens: list[Any]) -> Span:
    """The trigger's text: the verb with its particle or event noun when they sit close together."""
    verb = tokens[0]
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    if last.i - first.i > MAX_TRIGGER_GAP:
        first = last = verb
    start, end = first.idx, last.idx + len(last.text)
    return Span(start, end, article.text[start:end])


def governed(token: Any, verbs: set[int], limit: int = 6) -> bool:
    """True when the token hangs (through non-verbs) from one of the given verbs."""
    node = token
    for _ in range(limit):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i in verbs:
            return True
        if node.pos_ in ("VERB", "AUX") and node.i not in verbs:
            return False
    return False


def token_at(doc: Any, char: int) -> Any | None:
    """The token starting at (or containing) a character offset."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def event_date(article: Article, verb: Any, sentence: Any) -> str | None:
    """The date of the time expression governing the trigger, else of its clause, else publication."""
    chain = {t.i for t in chain_up(verb)}
    ancestors = {t.i for t in verb.ancestors} | chain
    fallback = None
    for timex in article.dates:
        if not (sentence.start_char <= timex.start < sentence.end_char) or timex.type not in ("DATE", "TIME"):
            continue
        value = DATE_VALUE.match(timex.value or "")
        token = token_at(article.doc, timex.start)
        if value is None or token is None:
            continue
        root = token
        while root.head.i != root.i and timex.start <= root.head.idx < timex.end:
            root = root.head
        if governed(root, chain):
            return value.group()
        if fallback is None and governed(root, ancestors):
            fallback = value.group()
    if fallback:
        return fallback
    return article.published[:10] if article.published else None


def event_place(article: Article, verb: Any, sentence: Any, taken: list[Mention]) -> Place | None:
    """A place of the sentence that the trigger's clause governs and that is not a participant."""
    chain = {t.i for t in chain_up(verb)}
    for place in article.places:
        if not (sentence.start_char <= place.start < sentence.end_char):
            continue
        if any(m.start <= place.start < m.end or place.start <= m.start < place.end for m in taken):
            continue
        token = token_at(article.doc, place.start)
        if token is not None and governed(token, chain):
            return place
    return None
