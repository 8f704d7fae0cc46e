"""Political parties named by a short name (data/actors/parties.tsv): "Labor", "the Greens", "Democrats",
"Conservatives". A name only one state's party has is that state's; a name several states' parties share is the
party of the story's own country when it is one of them ("Democrats" in a story from Canberra are the Australian
Democrats), else of no country."""

from __future__ import annotations

import functools

from newsgraph.actors.kb import norm, read_tsv
from newsgraph.model import Actor

PARTY_SECTOR = "POL"  # the sector organizations.tsv gives parties


@functools.cache
def parties() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Normalised alias -> (party name, the states with a party of that name)."""
    table: dict[str, tuple[str, tuple[str, ...]]] = {}
    for row in read_tsv("parties.tsv"):
        countries = tuple(filter(None, row["countries"].split("|")))
        for alias in (row["name"], *filter(None, row["aliases"].split("|"))):
            table.setdefault(norm(alias), (row["name"], countries))
    return table


def party_actor(text: str, home: str | None) -> Actor | None:
    """The party a name stands for in a story whose main country is ``home``, or None when it names no party."""
    found = parties().get(norm(text))
    if found is None:
        return None
    name, countries = found
    if len(countries) == 1:
        return Actor(name, countries[0], PARTY_SECTOR)
    country = home if home in countries else None
    return Actor(name if country else norm(text).title(), country, PARTY_SECTOR)
