"""Grammatical gender of people in an article, for pronoun agreement when a quote's speaker is "he" or "she".

Evidence, strongest first: an honorific before a mention ("Ms Varga", "Mr. Okafor"); the
pronouns that follow the person as a sentence subject in the article ("Quell said he ...");
a given name that is strongly one gender (data/quotes/first_names.txt).  A person with no
evidence, or with evidence both ways, has no gender and agrees with any pronoun.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any

from newsgraph.extract.quotes_lexicon import lexicon

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
HONORIFICS = {"mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "father": "m",
              "ms": "f", "mrs": "f", "miss": "f", "madam": "f", "lady": "f", "dame": "f", "queen": "f",
              "princess": "f", "sister": "f", "congresswoman": "f", "congressman": "m", "chairwoman": "f",
              "chairman": "m", "spokeswoman": "f", "spokesman": "m", "businesswoman": "f", "businessman": "m"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
WORD = re.compile(r"[A-Za-z]+")


@functools.lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given name (lower case) -> "m" or "f" (data/quotes/first_names.txt)."""
    return {name: gender for name, gender in lexicon("first_names.txt").items() if gender in ("m", "f")}


def agrees(gender: str | None, pronoun: str) -> bool:
    """Whether a person of ``gender`` (or unknown) can be the referent of ``pronoun``."""
    wanted = PRONOUN_GENDER.get(pronoun.lower())
    return wanted is None or gender is None or gender == wanted


def name_gender(name: str) -> str | None:
    """Gender suggested by a name alone: an honorific or a gendered given name as its first word."""
    words = [w.lower() for w in WORD.findall(name)]
    for word in words[:2]:
        if word in HONORIFICS:
            return HONORIFICS[word]
    return first_names().get(words[0]) if len(words) > 1 else None


class GenderBook:
    """Genders of an article's people, keyed by surname ("Gov. Ivo Quell" and "Quell" -> Quell)."""

    def __init__(self, doc: Any, people: list[Any]) -> None:
        """``people`` are the PERSON entities (with ``start``, ``end`` and ``text``) of the parsed ``doc``."""
        self.votes: dict[str, Counter[str]] = {}
        for person in people:
            span = doc.char_span(person.start, person.end, alignment_mode="expand")
            if span is None:
                continue
            vote = self._honorific(doc, span) or self._following_pronoun(span)
            surname = _surname(person.text)
            if vote and surname:
                self.votes.setdefault(surname, Counter())[vote] += 1

    @staticmethod
    def _honorific(doc: Any, span: Any) -> str | None:
        """"Ms Varga", "Mr. Okafor": the honorific inside or just before a mention."""
        before = [doc[span.start - 1]] if span.start > 0 else []
        for token in [*before, *span]:
            gender = HONORIFICS.get(token.lower_.rstrip("."))
            if gender:
                return gender
        return None

    @staticmethod
    def _following_pronoun(span: Any) -> str | None:
        """The gender of the first he/she after a subject mention, in the rest of its sentence."""
        if span.root.dep_ not in SUBJECT_DEPS:
            return None
        for token in span.doc[span.end:span.sent.end]:
            if token.ent_type_ == "PERSON":
                return None
            gender = PRONOUN_GENDER.get(token.lower_)
            if gender and token.pos_ == "PRON":
                return gender
        return None

    def gender(self, name: str) -> str | None:
        """"m", "f" or None for a speaker's name: article evidence on its words, else the name alone."""
        votes = self.votes.get(_surname(name) or "", Counter())
        if votes:
            top = votes.most_common()
            return top[0][0] if len(top) == 1 or top[0][1] > top[1][1] else None
        return name_gender(name)


def _surname(name: str) -> str | None:
    """The last capitalised word of a name ("Ivo Quell's" -> "Quell"), without a possessive."""
    words = [w for w in WORD.findall(re.sub(r"['’]s\b", "", name)) if w[:1].isupper()]
    return words[-1] if words else None
