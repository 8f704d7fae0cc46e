"""Members of a coordination that the parser does not join to the first with "conj": the nouns after "as well as"
("sanctions on Iran as well as Syria", "accused X and Y, as well as Z, of ..."), hung on the last "as" or made a
second argument of the same word."""

from __future__ import annotations

from typing import Any

NOUN_POS = ("NOUN", "PROPN")


def as_well_as_members(head: Any) -> list[Any]:
    """The nouns after the head's own "as well as" ("Iran as well as Syria": Syria, the object of the last "as")."""
    return [c for cc in head.children if cc.dep_ == "cc" and cc.lower_ == "as"
            for c in cc.children if c.dep_ in ("pobj", "conj") and c.pos_ in NOUN_POS]


def added_sibling(head: Any) -> Any | None:
    """The noun after an "as well as" that the parser made a second argument of the head's own word, the "as"
    hung on that word ("accused X and Y, as well as Z, of smuggling": Z, a second object of "accused")."""
    parent = head.head
    if parent.i == head.i:
        return None
    sibling = next((c for c in parent.children if c.i > head.i and c.dep_ == head.dep_ and c.pos_ in NOUN_POS), None)
    if sibling is None:
        return None
    joined = any(c.dep_ == "cc" and c.lower_ == "as" and head.i < c.i < sibling.i for c in parent.children)
    return sibling if joined else None
