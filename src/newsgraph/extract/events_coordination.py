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


def interrupted_member(last: Any) -> Any | None:
    """The name after a comma-set aside that ends a list ("to Iran, Libya and, with strings attached, Cuba":
    Cuba), which the parser hangs on the aside: the list's last member is followed by "and" or "or" not hung on
    it, the aside closes with a comma, and a name of the same kind then ends the clause."""
    doc, i = last.doc, last.right_edge.i + 1
    while i < len(doc) and doc[i].is_punct and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in ("and", "or") or doc[i].head.i == last.i:
        return None
    start = i + 1
    while start < last.sent.end and doc[start].text == ",":
        start += 1  # "and, after long talks, C"
    close = next((t for t in doc[start:last.sent.end] if t.text == ","), None)
    if close is None or close.i + 1 >= last.sent.end:
        return None
    name = doc[close.i + 1]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    ends = name.i + 1 >= last.sent.end or doc[name.i + 1].is_punct
    same = name.ent_type_ == last.ent_type_ != "" and name.pos_ == "PROPN"
    aside = start <= name.head.i < close.i  # hung on the aside, not the object of a verb after it
    return name if ends and same and aside else None
