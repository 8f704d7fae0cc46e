"""Words of industrial disputes: whether a party is a union or its workers, whose threats of disruption the
lexicon codes (the "unruled-labour" flag of data/events/verbs.tsv: "the union has not ruled out disruptions")."""

from __future__ import annotations

from typing import Any

LABOUR_SECTORS = frozenset({"LAB"})  # unions, workers, staff (the actor knowledge base's roles)


def labour_party(head: Any | None) -> bool:
    """A union, its officials or workers: a head whose role is labour ("unions", "maintenance workers"), or one
    named as of a union ("the general secretary of the Dockers' Union, Mara Velt"); not "the airline"."""
    if head is None:
        return False
    return any(labour_word(word) for word in party_words(head))


def party_words(head: Any) -> list[Any]:
    """The head, the words that name it (compounds, an apposition) and the heads of its "of" phrases."""
    words = [head] + [c for c in head.children if c.dep_ in ("compound", "appos")]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            words += [p for p in child.children if p.dep_ == "pobj"]
    return words


def labour_word(word: Any) -> bool:
    """A word whose role in the actor knowledge base is labour ("union", "workers", "staff")."""
    from newsgraph.actors.kb import knowledge_base

    role = knowledge_base().role(word.lemma_.lower()) or knowledge_base().role(word.lower_)
    return role is not None and role.sector in LABOUR_SECTORS


def employer(party: Any | None) -> Any | None:
    """The firm a union or its workers are named by, which their industrial action is aimed at: a name
    compounded with a labour word or a plural of the party ("Aerolux unions", "the unions of Aerolux engineers",
    "the pilots' union speaking for Aerolux crews": Aerolux); None when the party names none."""
    if party is None or not labour_party(party):
        return None
    for token in party.subtree:
        if token.dep_ == "compound" and token.ent_type_ == "ORG" and (
                token.head.tag_ == "NNS" or labour_word(token.head)):
            return token
    return None
