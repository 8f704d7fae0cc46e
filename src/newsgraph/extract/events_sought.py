"""Suspects sought by police or troops (the "forces-sought" flag of data/events/verbs.tsv): "police are hunting the
gunman", "trying to identify the attackers" investigate them (PLOVER ACCUSE investigate); a search for the missing
or for anyone else is no event."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_lexicon import prep_object
from newsgraph.extract.events_lexicon_objects import direct_object
from newsgraph.extract.events_lexicon_words import SUSPECT_NOUNS

SEEKING_PREPS = frozenset({"for"})  # "searching for the gunman"


def sought_suspect(verb: Any) -> Any | None:
    """The suspect a verb seeks: its direct object or "for" object, when it names a suspect that no victim
    names ("the gunman", "two suspects"; not "a missing girl", nor "the killers of X", whose victim would be taken
    as the target)."""
    sought = [direct_object(verb)] + [prep_object(c) for c in verb.children
                                      if c.dep_ == "prep" and c.lower_ in SEEKING_PREPS]
    for noun in sought:
        if noun is not None and noun.lemma_.lower() in SUSPECT_NOUNS and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return noun
    return None
