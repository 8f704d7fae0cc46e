"""Offers of a place on a body (the "body-place" flag of data/events/verbs.tsv): "offered him a place on a unity
ticket" is an offer to a party, "offered her a seat" is politeness."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_lexicon import prep_object
from newsgraph.extract.events_lexicon_objects import direct_object

# bodies a place, seat or post is held on or in
BODY_NOUNS = frozenset({
    "ticket", "council", "board", "cabinet", "government", "committee", "commission", "panel", "ministry",
    "frontbench", "front-bench", "executive", "coalition", "delegation", "leadership", "team", "parliament",
    "senate", "assembly", "bench", "administration",
})


def place_on_body(verb: Any) -> bool:
    """True when the verb's object is held on or in a body ("a place on a unity ticket", "a post in the
    cabinet"), on the object or on the verb; not a seat on a bus nor a position in an office."""
    obj = direct_object(verb)
    heads = [verb] + ([obj] if obj is not None else [])
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in") and (body := prep_object(c)) is not None
               and body.lemma_.lower() in BODY_NOUNS for head in heads for c in head.children)
