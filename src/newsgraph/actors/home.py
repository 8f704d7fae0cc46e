"""The main country of a story that names none by its places: the words of one country's politics it uses
("the Shadow Treasurer", "the Federal Opposition", "Senator X") and the known people it names.

A story from one country's public life often names no place of it at all ("The Federal Opposition says Senator
X must reveal ..."). ``politics_votes`` reads politics_words.tsv: a word only one state's politics has counts
for that state; a word several states share ("senator", "governor-general") counts only for the one of them
the story already names. ``people_votes`` counts each known person once (the knowledge base's country
for the name or its surname, not one read from the story).  Both only break a tie the places leave open; they never
outvote a country the places decide."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from newsgraph.actors.kb import read_tsv


@functools.cache
def politics_words() -> list[tuple[re.Pattern[str], frozenset[str]]]:
    """politics_words.tsv as (whole-word pattern, the countries whose politics has it)."""
    return [(re.compile(rf"\b{row['pattern']}\b", re.IGNORECASE), frozenset(filter(None, row["countries"].split("|"))))
            for row in read_tsv("politics_words.tsv")]


def politics_votes(text: str, named: Iterable[str]) -> dict[str, int]:
    """Votes for a main country from the words of politics in ``text``: one per occurrence, for the word's
    only state, or for the one of its states among the countries the story ``named`` (none when several)."""
    named = set(named)
    votes: dict[str, int] = {}
    for pattern, countries in politics_words():
        hits = len(pattern.findall(text))
        if not hits:
            continue
        which = countries if len(countries) == 1 else countries & named
        if len(which) == 1:
            country = next(iter(which))
            votes[country] = votes.get(country, 0) + hits
    return votes


def people_votes(people: Iterable[tuple[str, str | None]]) -> dict[str, int]:
    """One vote per known person (name, country) for that person's country."""
    votes: dict[str, int] = {}
    for _, country in set(people):
        if country:
            votes[country] = votes.get(country, 0) + 1
    return votes


def leading(counts: dict[str, int]) -> str | None:
    """The country clearly most counted: at least twice, and twice the runner-up."""
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return max(counts, key=lambda c: counts[c])
