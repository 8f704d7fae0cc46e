"""A body named again by its kind alone: "the committee" after "the Senate Orvale Affairs Committee", "the council"
after "Tarnwood Shire Council", "the union" after "the Harbour Riggers Union (HRU)".

News names a body in full once and then by the noun that says what kind of body it is, with "the". That noun is
the last word of the name's head (before "of", "into", "for" or an acronym in brackets: "the Royal Commission into
the Orvale Dockyards" is "the commission"), and any other word of the short form is one of the name's ("the Senate
committee"). The nearest earlier such name is the body meant; with none, the noun is left to the role table
(roles.tsv: a bare "council" is a local government of the story's country). A kind noun used as a place or an
occasion is no body ("robbers attacked the bank in Parramatta", "mourners attended the service").
"""

from __future__ import annotations

import re
from typing import Any

# nouns for a kind of body, by which a body named in full is named again (general English usage)
BODY_KIND_NOUNS = frozenset({
    "council", "committee", "board", "commission", "inquiry", "tribunal", "union", "authority", "agency",
    "department", "ministry", "bureau", "panel", "court", "party", "assembly", "organisation", "organization",
    "association", "federation", "alliance", "coalition", "institute", "foundation", "fund", "shire",
    "municipality", "bank", "service", "front", "movement", "network", "group",
})
# a short form used as a place or an occasion is no body ("robbers attacked the bank in Parramatta", "mourners
# attended the service", "gathered at the party"): prepositions and verbs whose object is where one is or goes
PLACING_PREPS = frozenset({"in", "at", "near", "outside"})  # "the bank in Parramatta"
LOCATIVE_PREPS = frozenset({"at", "inside", "outside", "near", "into"})  # "gathered at the service"
PLACE_VERBS = frozenset({"attend", "enter", "rob", "storm", "reach", "evacuate", "surround", "besiege"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# words that end the head of a body's name ("Council of Australian Governments", "Commission into ...")
NAME_HEAD_END = re.compile(r"\s(?:of|into|for|on|in|to)\s|\s?\(")


def name_head_noun(name: str) -> str:
    """The noun that says what kind of body a name is: "Royal Commission into X" -> "commission",
    "Harbour Riggers Union (HRU)" -> "union", "Council of Orvale Governments" -> "council"."""
    head = NAME_HEAD_END.split(f" {name} ", maxsplit=1)[0].split()
    return head[-1].lower().strip(".,'’") if head else ""


def short_form(span: Any) -> tuple[str, set[str]] | None:
    """The kind noun of a definite short form ("the committee", "the Senate committee") and its other words;
    None for no such phrase, a plural ("the committees"), or one that says whose it is ("the board of X")."""
    root = span.root
    if span[0].lower_ != "the" or root.tag_ != "NN" or root.lower_ not in BODY_KIND_NOUNS or root.text[:1].isupper():
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children) or used_as_place(root):
        return None
    words = {t.lower_ for t in span if t.i != root.i and t.pos_ not in ("DET", "PUNCT")}
    return root.lower_, words


def used_as_place(root: Any) -> bool:
    """True for a kind noun used as a place or an occasion, not a body: placed by a named place ("the bank in
    Parramatta"), the object of a preposition of place ("met at the court") or of a verb taking a place ("attended
    the service", "robbed the bank")."""
    following = [c for c in root.head.children if c.i == root.right_edge.i + 1] if root.dep_ in ("dobj", "obj") else []
    if any(placing(c) for c in [*root.children, *following]):  # the parser may hang "in X" on the verb
        return True
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
        return True
    return root.dep_ in ("dobj", "obj") and root.head.lemma_.lower() in PLACE_VERBS


def placing(prep: Any) -> bool:
    """A phrase placing a noun at a named place ("in Parramatta", "at Orvale")."""
    return prep.dep_ == "prep" and prep.lower_ in PLACING_PREPS and any(
        o.dep_ == "pobj" and (o.ent_type_ in PLACE_LABELS or o.pos_ == "PROPN") for o in prep.children)


def named_body(span: Any, earlier: list[Any]) -> Any | None:
    """The nearest of the ``earlier`` mentions (document order, each with ``label``, ``text`` and ``actor``)
    that a definite short form names again: an organisation whose name's kind noun is the short form's and holds
    its other words."""
    form = short_form(span)
    if form is None:
        return None
    noun, words = form
    for mention in reversed(earlier):
        if mention.label not in ("ORG", "FAC") or mention.actor is None:
            continue
        name_words = {w.lower().strip(".,'’()") for w in mention.text.split()}
        if name_head_noun(mention.text) == noun and words <= name_words:
            return mention
    return None
