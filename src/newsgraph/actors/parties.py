"""Political parties named by a short name (data/actors/parties.tsv): "Labor", "the Greens", "Democrats",
"Conservatives". A name only one state's party has is that state's; a name several states' parties share is the
party of the country its sentence names, else of the story's own country when it is one of them ("Democrats" in a
2001 story from Canberra are the Australian Democrats, "Democrats in Congress" the American ones), else no party is
said. Names are matched with their case ("Labor", not "labor costs"; "Nationals", not "nationals of six countries")."""

from __future__ import annotations

import functools
from collections.abc import Collection

from newsgraph.actors.words import without_article
from newsgraph.model import Actor

PARTY_SECTOR = "POL"  # the sector organizations.tsv gives parties


@functools.cache
def parties() -> dict[str, tuple[str, tuple[tuple[str, str], ...]]]:
    """Alias as written -> (party name, (state, last year or "") of each state with a party of that name)."""
    from newsgraph.actors.kb import read_tsv

    table: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {}
    for row in read_tsv("parties.tsv"):
        states = tuple((state, until) for state, _, until in (
            entry.partition("<") for entry in filter(None, row["countries"].split("|"))))
        for alias in (row["name"], *filter(None, row["aliases"].split("|"))):
            table.setdefault(alias, (row["name"], states))
    return table


def party_states(text: str, date: str | None = None) -> tuple[str, tuple[str, ...]] | None:
    """(party name, states with a party of that name on ``date``) for a name as written, or None."""
    found = parties().get(without_article(text.strip()))
    if found is None:
        return None
    party, states = found
    year = (date or "")[:4]
    return party, tuple(s for s, until in states if not (until and year and year >= until))


def party_actor(text: str, home: str | None, named: Collection[str] = (), date: str | None = None) -> Actor | None:
    """The party a name stands for: of the one state with a party of that name, else of the one its sentence
    ``named`` among them, else of the story's ``home`` when it is one of them; None when it names no party or no
    state can be told."""
    found = party_states(text, date)
    if found is None:
        return None
    party, states = found
    if len(states) == 1:
        return Actor(party, states[0], PARTY_SECTOR)
    in_sentence = [s for s in states if s in named]
    country = in_sentence[0] if len(in_sentence) == 1 else home if home in states and not in_sentence else None
    return Actor(party, country, PARTY_SECTOR) if country else None
