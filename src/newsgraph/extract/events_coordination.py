"""The members of a coordination (``conjuncts``), with those the parser does not join to the first with "conj": the
noun after "as well as" ("sanctions on Iran as well as Syria", "accused X and Y, as well as Z, of ..."), found from
the words themselves wherever the parser hangs it (on the last "as", on the verb as a second object, or as the object
of an "as" hung on the verb); the noun just after the head's "and" made a second argument of the same verb; and a name
after a comma-set aside that ends a list."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_names import conjunct_name, hyphen_name_start, phrase_end


def as_well_as_member(end: Any) -> Any | None:
    """The noun after an "as well as" that directly follows a list whose last word is ``end`` (commas between them
    allowed): "Russia and Belarus, as well as Iran": Iran; not what follows an "as well as" after another
    phrase ("accused X of smuggling as well as fraud", whose list ends at "smuggling"), nor a phrase that is no
    noun ("as well as in Iran", "as well as possible")."""
    from newsgraph.extract.events_syntax import NOUN_MODIFIER_DEPS

    doc, sent = end.doc, end.sent
    i = end.i + 1
    while i < sent.end and doc[i].text == ",":
        i += 1
    if i + 3 >= sent.end or [t.lower_ for t in doc[i:i + 3]] != ["as", "well", "as"]:
        return None
    noun = doc[i + 3]
    while noun.dep_ in NOUN_MODIFIER_DEPS and noun.i < noun.head.i < sent.end:
        noun = noun.head  # "as well as the Syrian government": government
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def split_conjunct(head: Any) -> Any | None:
    """The noun just after the head's own "and" that the parser made a second argument of the same verb."""
    cc = next((c for c in head.children if c.dep_ == "cc"), None)
    if cc is None or head.head.i == head.i or cc.i + 1 >= len(head.doc):
        return None
    following = head.doc[cc.i + 1]
    while following.dep_ in ("compound", "det", "amod") and following.head.i > following.i:
        following = following.head
    same = following.head.i == head.head.i and following.dep_ == head.dep_
    return following if same and following.pos_ in ("NOUN", "PROPN") and following.i != head.i else None


def interrupted_member(members: list[Any]) -> Any | None:
    """The name after a comma-set aside that ends a list ("on Chad, Niger and, under tight conditions, Sudan":
    Sudan), which the parser hangs on the aside: the list's last member is followed by "and" or "or" not hung on
    it, the aside closes with a comma, and a name of a kind the entity recogniser gave a member of the list then
    ends the clause."""
    last = members[-1]
    doc, i = last.doc, last.right_edge.i + 1
    while i < len(doc) and doc[i].text == ",":
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
    same = name.ent_type_ != "" and name.ent_type_ in {m.ent_type_ for m in members} and name.pos_ == "PROPN"
    aside = start <= name.head.i < close.i  # hung on the aside, not the object of a verb after it
    return name if ends and same and aside else None


def conjuncts(head: Any) -> list[Any]:
    """The head and the nouns coordinated with it ("Oslo and Lima", "A-e-B and C-e-D"), members the parser does
    not join with "conj" included, found by the functions above: after "as well as" ("Iran as well as Syria",
    "accused X and Y, as well as Z, of ..."), hung on the verb beside it ("the port board (PB) and the dockers
    rejected ...", parsed as two subjects), or after an aside ("on A, B and, under tight conditions, C")."""
    out = [head]

    def add(members: list[Any]) -> None:
        out.extend(m for m in members if all(hyphen_name_start(m).i != hyphen_name_start(o).i for o in out))

    for child in head.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            name = conjunct_name(head, child)  # "A-e-B and C-e-D": D for C; no member for a word of A-e-B
            add(([name] if name is not None else []) + conjuncts(child)[1:])
    if len(out) == 1 and (sibling := split_conjunct(head)) is not None:
        add([sibling])
    if (added := as_well_as_member(phrase_end(max(out, key=lambda t: t.i)))) is not None:
        add(conjuncts(added))
    if head.dep_ != "conj" and (aside := interrupted_member(out)) is not None:
        add([aside])  # "on A, B and, under tight conditions, C"
    return out
