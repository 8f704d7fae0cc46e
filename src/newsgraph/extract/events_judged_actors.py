"""Who may judge whom in judged conduct (events_judged): public judges, public or acting-group targets, and the
judges' own side, which is never judged.

A judge acts in public: a state or public body, a party, union or NGO, a country as such; never a commentator.
The judged is a state, a public body, an organisation or a public figure known by country or sector, or a group
acting in public ("the protesters") when a state body or a party judges it; never a private person or a
criminal.  The own side is the judges themselves or their own body: the same country and sector at the same
level (a minister on the government, a ministry's spokesman on the ministry; "our response", "its engineers");
a mayor, a governor or an ombudsman on the national government, a court on parliament and the opposition on
the government judge another body.
"""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_actors import ActorFinder, Mention, usable
from newsgraph.extract.events_judged_words import (
    ACTING_GROUPS,
    COMMENTATORS,
    CRIME_BOSSES,
    CRIME_TRADES,
    CRIMINAL_GROUPS,
    CRIMINALS,
    FIRST_PERSON,
    HOME_BODIES,
    NATIONAL_MODIFIERS,
    SEPARATE_OFFICES,
)
from newsgraph.extract.events_syntax import mention_bounds
from newsgraph.model import Actor

PUBLIC_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "POL", "IGO", "REB", "OPP", "SPY"})  # POL: parties
PUBLIC_ORGS = frozenset({"LAB", "NGO", "REL", "ENV", "REF"})  # unions, campaign and aid groups, churches
PRIVATE_SECTORS = frozenset({"CVL", "HLH", "CRM"})  # private people, patients, doctors, hospitals, criminals
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "POL", "OPP"})  # who judge private groups at home


def public_judge(actor: Actor) -> bool:
    """True for a judge acting in public: a state or public body, a party, union or NGO, a country as such."""
    if actor.sector is None:
        return actor.country is not None
    return actor.sector in PUBLIC_SECTORS or actor.sector in PUBLIC_ORGS


def public_judged(actor: Actor) -> bool:
    """True for whom a judgement may be of: a state, a public body, an organisation or a public figure known by
    country or sector; never a private person, a patient or a firm of no country."""
    return usable(actor) and actor.sector not in PRIVATE_SECTORS


def self_judged(head: Any, sources: list[Mention], actors: ActorFinder) -> bool:
    """True when the judged head is the judges themselves ("he had made a mistake", said by him)."""
    if head.lower_ in FIRST_PERSON and head.pos_ == "PRON":
        return True
    return any(m.key() == s.key() or m.start == s.start for m in actors.parties(head) for s in sources)


def commentator(speaker: Any | None, sources: list[Mention]) -> bool:
    """True for judges who comment rather than act: analysts, scholars, reviewers, teachers (sector EDU)."""
    named = speaker is not None and speaker.lemma_.lower() in COMMENTATORS
    return named or any(m.actor.sector == "EDU" for m in sources)


def judged_actors(heads: list[Any], sources: list[Mention], actors: ActorFinder) -> list[Mention] | None:
    """The public actors the first judged head resolves to; None when it is the judges or their own side
    (then nobody else is judged), [] when it names no public actor.  A group acting in public ("the
    protesters", "the strikers") counts when a state body or a party judges it."""
    for head in heads:
        if self_judged(head, sources, actors) or any(own_possessor(c, sources, actors) for c in head.children):
            return None  # "our response", "its engineers", "he had been wrong" said by him
        if criminal(head):
            continue  # "the gang leader": no public actor, whatever the actor stage makes of "leader"
        group = acting_group(head) and any(s.actor.sector in STATE_SECTORS for s in sources)
        found = [m for m in actors.parties(head) if not any(
            s.start <= m.start < s.end or m.start <= s.start < m.end for s in sources)] or home_actor(
            head, sources, actors, group)
        if not group and any(own_side(m, sources, actors) for m in found):
            return None
        found = [m for m in found if group or public_judged(m.actor)]
        if found:
            return found
    return []


def criminal(head: Any) -> bool:
    """True for a criminal or a criminal group ("the criminals", "the gang leader", "the cartel's men", "a drug
    lord"); not "the International Criminal Court" nor "the drug regulator"."""
    modifiers = {c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod", "poss", "nmod")}
    lemma = head.lemma_.lower()
    return (lemma in CRIMINALS and head.pos_ == "NOUN") or bool(modifiers & CRIMINAL_GROUPS) or (
        lemma in CRIME_BOSSES and bool(modifiers & CRIME_TRADES))


def acting_group(head: Any) -> bool:
    """True for a group of private people acting together in public ("the protesters", "striking farmers")."""
    return head.lemma_.lower() in ACTING_GROUPS and head.pos_ == "NOUN"


def home_actor(head: Any, sources: list[Mention], actors: ActorFinder, group: bool) -> list[Mention]:
    """The actor a bare group or body word stands for in the judges' own country, when the actor stage resolves
    it to nobody: "the protesters" (CVL, as GUIDELINE.md codes demonstrators), "the government" (GOV) judged by a
    party, a court or a mayor, "the opposition" (OPP) judged by the government; nothing when the judges' country
    is unknown or several."""
    countries = {s.actor.country for s in sources}
    sector = "CVL" if group else home_body(head)
    if len(countries) != 1 or sector is None or (None in countries and not group):
        return []
    named = [m.actor.country for c in head.children if c.dep_ in ("amod", "compound") and c.ent_type_ in (
        "NORP", "GPE") for m in actors.mentions(c) if m.actor.country]
    start, end = mention_bounds(head)
    text = actors.article.text[start:end]
    country = named[0] if named else next(iter(countries))
    return [Mention(start, end, text, Actor(text, country, sector))]


def home_body(head: Any) -> str | None:
    """The sector of a bare word for a country's executive, legislature or opposition ("the government", "the
    federal government", "the parliament", "the opposition"; "federal" naming the doer in "the federal policy"),
    None for anything else."""
    if head.dep_ == "amod" and head.lower_ == "federal":
        return HOME_BODIES["federal"]
    bare = all(c.dep_ in ("det", "poss", "case") or (c.dep_ == "amod" and c.lower_ in NATIONAL_MODIFIERS)
               for c in head.children if c.dep_ not in ("prep", "acl", "relcl", "punct"))
    return HOME_BODIES.get(head.lemma_.lower()) if bare and head.pos_ in ("NOUN", "PROPN") else None


def own_possessor(child: Any, sources: list[Mention], actors: ActorFinder) -> bool:
    """True for a possessive naming the judges ("our", "its" or "his" standing for the speaker)."""
    if child.dep_ != "poss":
        return False
    if child.lower_ in FIRST_PERSON:
        return True
    if child.pos_ != "PRON":
        return False
    found = actors.parties(child)
    return not found or any(m.key() == s.key() for m in found for s in sources)


def own_side(mention: Mention, sources: list[Mention], actors: ActorFinder) -> bool:
    """True for the judges' own side: the same body or office (the same country and sector, at the same level:
    a minister, a spokesman or the ministry of one government; not a mayor or a governor on the national
    government, nor a court on parliament, whose sectors differ; a body of the judges' sector and no named
    country, "the government" said by a minister), their country named as such ("France's response"), or a
    government's own people ("the Irish people")."""
    judged = mention.actor
    for source in sources:
        level = judged.sector == source.actor.sector and separate_office(source) == separate_office(mention)
        if judged.country is None and judged.sector is not None and level:
            return True  # "the government" of no named country, said by a minister: the minister's own
        if judged.country is None or judged.country != source.actor.country:
            continue
        if level:
            return True
        if source.actor.sector == "GOV" and judged.sector in (None, "CVL"):
            return True
    if judged.sector is not None or judged.country not in {m.actor.country for m in sources}:
        return False
    span = actors.article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ in ("GPE", "NORP")


def separate_office(mention: Mention) -> bool:
    """True for a local, regional or independent office ("the mayor of Paris", "the state governor", "the
    ombudsman")."""
    return any(word in SEPARATE_OFFICES for word in mention.text.lower().replace("'s", " ").split())
