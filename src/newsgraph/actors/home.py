"""The main country of a story that names none by its places: the words of one country's politics it uses
("the Shadow Treasurer", "the Federal Opposition", "Senator X") and the known people it names.

A story from one country's public life often names no place of it at all ("The Federal Opposition says Senator
X must reveal ..."). ``politics_votes`` reads politics_words.tsv: a word only one state's politics has counts
for that state; a word several states share ("senator", "governor-general") counts only for the one of them
the story already names, by its places, its known people or a word of one state's politics. ``people_votes``
counts each known person once (the knowledge base's country for the full name, not one read from the story);
a guess from a surname alone ("Carter", mostly American in the knowledge base) only backs a country the story
names otherwise, as many countries' people share a surname. Both only break a tie the places leave open; they
never outvote a country the places decide."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from newsgraph.actors.kb import read_tsv


@functools.cache
def politics_words() -> list[tuple[re.Pattern[str], frozenset[str]]]:
    """politics_words.tsv as (whole-word pattern, the countries whose politics has it); a pattern is matched
    regardless of case unless its row is ``cased`` ("Labor" the party, not "labor" the work)."""
    return [(re.compile(rf"\b{row['pattern']}\b", 0 if row["cased"] == "yes" else re.IGNORECASE),
             frozenset(filter(None, row["countries"].split("|"))))
            for row in read_tsv("politics_words.tsv")]


def word_hits(text: str, only_one: bool) -> list[tuple[frozenset[str], int]]:
    """(countries, occurrences) of the politics words in ``text`` of one state (``only_one``) or of several."""
    found = []
    for pattern, countries in politics_words():
        if (len(countries) == 1) == only_one and (hits := len(pattern.findall(text))):
            found.append((countries, hits))
    return found


def politics_votes(text: str, named: Iterable[str]) -> dict[str, int]:
    """Votes for a main country from the words of politics in ``text``: one per occurrence, for the word's
    only state, or for the one of its states among the countries the story ``named`` or a word of one
    state's politics pointed to (none when several)."""
    votes: dict[str, int] = {}
    for countries, hits in word_hits(text, only_one=True):
        country = next(iter(countries))
        votes[country] = votes.get(country, 0) + hits
    named = set(named) | set(votes)
    for countries, hits in word_hits(text, only_one=False):
        if len(which := countries & named) == 1:
            country = next(iter(which))
            votes[country] = votes.get(country, 0) + hits
    return votes


def people_votes(people: Iterable[tuple[str, str | None]], backing: Iterable[str] | None = None) -> dict[str, int]:
    """One vote per person (name, country) for that person's country; with ``backing``, only for a country in
    it (a surname's guess backs a country the story names otherwise, and names none)."""
    backing = None if backing is None else set(backing)
    votes: dict[str, int] = {}
    for _, country in set(people):
        if country and (backing is None or country in backing):
            votes[country] = votes.get(country, 0) + 1
    return votes


def leading(counts: dict[str, int]) -> str | None:
    """The country clearly most counted: at least twice, and twice the runner-up."""
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return max(counts, key=lambda c: counts[c])
