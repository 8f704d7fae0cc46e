"""Target heads that a trigger's objects name without being the party themselves, and objects that name a party
who is no recipient of the act (general English constructions):

- a quantity of people ("six of the eight employees", "tens of thousands of people"): the people after "of";
- the subject of a verbless small clause ("found six employees guilty", "held the firm responsible"): the one the
  judgement is about, whom "found" or "held" has no object for.
"""

from __future__ import annotations

from typing import Any

# Words that count or portion out people named after "of" ("six of the officers", "tens of thousands of people",
# "some of the families", "the majority of voters")
QUANTITY_WORDS = frozenset({
    "some", "many", "most", "all", "each", "any", "none", "several", "few", "both", "one", "half", "majority",
    "minority", "rest", "remainder", "dozens", "hundreds", "thousands", "millions", "scores", "tens", "dozen",
    "hundred", "thousand", "million", "score", "number", "group", "handful"})
CLAUSE_DEPS = frozenset({"aux", "auxpass", "cop", "mark"})


def counted_people(head: Any) -> list[Any]:
    """The people a quantity head counts ("six of the employees": employees; "tens of thousands of people":
    people), through a chain of "of" phrases; empty for any other head."""
    found = []
    node = head
    for _ in range(3):
        if not (node.pos_ == "NUM" or node.lower_ in QUANTITY_WORDS or node.lemma_.lower() in QUANTITY_WORDS):
            break
        following = [c for p in node.children if p.dep_ == "prep" and p.lower_ == "of"
                     for c in p.children if c.dep_ == "pobj"]
        if not following:
            break
        node = following[0]
        found.append(node)
    return found


def small_clause_subjects(verb: Any) -> list[Any]:
    """The subjects of a verbless clause complement ("found the six employees guilty", "held the army
    responsible"): the verb's undergoer, parsed as the adjective's subject, not as an object."""
    out = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("ADJ", "NOUN") or any(
                c.dep_ in CLAUSE_DEPS for c in clause.children):
            continue
        out += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return out
