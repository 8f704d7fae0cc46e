"""Offers of a place on a political body (the "body-place" flag of data/events/verbs.tsv): "offered him a place on
a unity ticket" is an offer to a party, "offered her a seat" is politeness and "a position in its marketing team" a
job; and offers put to a party (the "offered-party" flag): "put a new offer to the union", not "the landlord put an
offer to the tenants"."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_lexicon import prep_object
from newsgraph.extract.events_lexicon_objects import direct_object

# political bodies a place, seat or post is held on or in (not a firm's board, team or office)
SEATED_BODIES = frozenset({
    "ticket", "council", "cabinet", "government", "ministry", "frontbench", "front-bench", "coalition",
    "parliament", "senate", "assembly", "administration", "legislature", "congress",
})
FRONT_BENCH = ("front", "bench")  # "a place on the front bench"


def place_on_body(verb: Any) -> bool:
    """True when the verb's object is held on or in a political body ("a place on a unity ticket", "a post in the
    cabinet"), on the object or on the verb; not a seat on a bus nor a position in a marketing team."""
    obj = direct_object(verb)
    heads = [verb] + ([obj] if obj is not None else [])
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in") and (body := prep_object(c)) is not None
               and seated_body(body) for head in heads for c in head.children)


def seated_body(noun: Any) -> bool:
    """A political body one holds a place on ("the cabinet", "the ticket", "the front bench")."""
    if noun.lemma_.lower() in SEATED_BODIES:
        return True
    return noun.lemma_.lower() == FRONT_BENCH[1] and any(
        c.dep_ in ("compound", "amod") and c.lower_ == FRONT_BENCH[0] for c in noun.children)


def offered_party(verb: Any) -> bool:
    """An offer put to a party whose dealings are news: a state, a body or an organised party, named or by
    its role ("to Peru", "to the union", "to its pilots", "to workers"), not "to the tenants" nor "to a friend"."""
    from newsgraph.extract.events_labour import labour_party
    from newsgraph.extract.events_talks import organised

    obj = direct_object(verb)
    heads = [verb] + ([obj] if obj is not None else [])
    parties = [p for head in heads for c in head.children
               if c.dep_ in ("prep", "dative") and c.lower_ == "to" and (p := prep_object(c)) is not None]
    return any(organised(p) or labour_party(p) or employees(p) for p in parties)


EMPLOYEE_NOUNS = frozenset({"pilot", "driver", "nurse", "engineer", "crew", "member", "employee", "teacher", "miner"})


def employees(noun: Any) -> bool:
    """A firm's or a union's own people ("its pilots", "their members"): a role noun with a possessive pronoun."""
    return noun.lemma_.lower() in EMPLOYEE_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children)
