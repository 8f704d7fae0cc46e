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

from newsgraph.actors.words import (  # DOMESTIC_SECTORS: who judge acting groups
    ACTING_GROUPS,
    DOMESTIC_SECTORS,
    without_article,
)
from newsgraph.extract.events_actor_words import usable
from newsgraph.extract.events_actors import ActorFinder, Mention
from newsgraph.extract.events_judged_words import (
    COLLECTIVE_ACTS,
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
from newsgraph.model import Actor

PUBLIC_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "POL", "IGO", "REB", "OPP", "SPY"})  # POL: parties
PUBLIC_ORGS = frozenset({"LAB", "NGO", "REL", "ENV", "REF"})  # unions, campaign and aid groups, churches
PRIVATE_SECTORS = frozenset({"CVL", "HLH", "CRM"})  # private people, patients, doctors, hospitals, criminals
LAW_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG"})  # who may break international rules, besides countries


def public_judge(actor: Actor) -> bool:
    """True for a judge acting in public: a state or public body, a party, union or NGO, a country as such."""
    if actor.sector is None:
        return actor.country is not None
    return actor.sector in PUBLIC_SECTORS or actor.sector in PUBLIC_ORGS


def public_judged(mention: Mention, actors: ActorFinder) -> bool:
    """True for whom a judgement may be of: a state, a public body, an organisation or a public figure known by
    country or sector; never a private person, a patient or a firm of no country.  A mention of no sector counts
    only as a country or a people itself ("Russia", "the Swedish decision") or a state body by its noun ("the
    Korean court"), not as a common noun a nationality qualifies ("the French umpire", "the Austrian festival")."""
    actor = mention.actor
    if not usable(actor) or actor.sector in PRIVATE_SECTORS:
        return False
    return actor.sector is not None or names_country(mention, actors) or body_sector(mention) is not None


def law_breaker(mention: Mention, actors: ActorFinder) -> bool:
    """True for a country itself or a state's government, forces, police or legislature: who may break
    international rules or human rights."""
    sector = mention.actor.sector or body_sector(mention)
    return sector in LAW_STATE_SECTORS or (sector is None and names_country(mention, actors))


def mention_root(mention: Mention, actors: ActorFinder) -> Any | None:
    """The syntactic root of a mention's span, None when the span does not align with tokens."""
    span = actors.article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None else None


def names_country(mention: Mention, actors: ActorFinder) -> bool:
    """True for a mention that is a country or a people itself ("Russia", "Slovak" in "the Slovak move"), by its
    root's entity type or, as the parser may type a country otherwise, by the knowledge base's names."""
    from newsgraph.actors.kb import knowledge_base

    root = mention_root(mention, actors)
    text = without_article(mention.text)
    return (root is not None and root.ent_type_ in ("GPE", "NORP")) or knowledge_base().country(text) is not None


def body_sector(mention: Mention) -> str | None:
    """The public sector of the role a mention's words name when it is a state body ("the Korean court": JUD,
    "the Italian government": GOV, "the Greek coast guard": MIL), for mentions the actor stage leaves without a
    sector."""
    from newsgraph.actors.kb import knowledge_base

    words = tuple(mention_words(mention))
    role, _phrase = knowledge_base().role_phrase(words)
    return role.sector if role is not None and role.sector in PUBLIC_SECTORS else None


def self_judged(head: Any, sources: list[Mention], actors: ActorFinder) -> bool:
    """True when the judged head is the judges themselves ("he had made a mistake", said by him)."""
    if head.lower_ in FIRST_PERSON and head.pos_ == "PRON":
        return True
    pronoun = head.pos_ == "PRON"
    return any(m.key() == s.key() or m.start == s.start or (pronoun and same_name(m, s))
               for m in actors.parties(head) for s in sources)


def same_name(mention: Mention, source: Mention) -> bool:
    """True when a pronoun's actor bears the judge's name, whatever country the pronoun was left with ("he" for
    the Premier in "the Premier said he should have acted sooner")."""
    return mention.actor.name.lower() == source.actor.name.lower() and mention.actor.country in (
        None, source.actor.country)


def commentator(speaker: Any | None, sources: list[Mention]) -> bool:
    """True for judges who comment rather than act: analysts, scholars, reviewers, teachers (sector EDU)."""
    named = speaker is not None and speaker.lemma_.lower() in COMMENTATORS
    return named or any(m.actor.sector == "EDU" for m in sources)


def judged_actors(heads: list[Any], sources: list[Mention], actors: ActorFinder) -> list[Mention] | None:
    """The public actors the first judged head resolves to; None when it is the judges or their own side
    (then nobody else is judged), [] when it names no public actor.  A group acting in public ("the
    protesters", "the truckers") counts only for a public collective act and when a state body or a party
    judges it, and only with the country the actor stage placed it in."""
    for head in heads:
        if self_judged(head, sources, actors) or any(own_possessor(c, sources, actors) for c in head.children):
            return None  # "our response", "its engineers", "he had been wrong" said by him
        if criminal(head):
            continue  # "the gang leader": no public actor, whatever the actor stage makes of "leader"
        if acting_group(head) and not (collective_act(head) and any(
                s.actor.sector in DOMESTIC_SECTORS for s in sources)):
            continue  # "the farmers had done a great job", "the farmers ignored the rules": no public act
        found = [m for m in actors.parties(head) if not any(
            s.start <= m.start < s.end or m.start <= s.start < m.end for s in sources)]
        if acting_group(head) or home_body(head) == "OPP":  # placed where they act, else nowhere
            found = [m for m in found if m.actor.country is not None]
        if not acting_group(head):
            if any(own_side(m, sources, actors) for m in found):
                return None
            found = [m for m in found if public_judged(m, actors)]
        if found:
            return found
    return []


def partner_actors(heads: list[Any], sources: list[Mention], actors: ActorFinder) -> list[Mention]:
    """The public actors a dismissed proposal is with ("a merger with the Liberals", said by a Nationals' leader):
    any but the judges themselves, since another party of the same country and sector is no own side here."""
    found = [m for head in heads if head.lower_ not in FIRST_PERSON for m in actors.parties(head)]
    return [m for m in found if public_judged(m, actors) and not any(
        m.key() == s.key() or s.start <= m.start < s.end for s in sources)]


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


def collective_act(head: Any) -> bool:
    """True when a group is judged for a public collective act: as the owner of its noun ("the protesters'
    blockade", "the march by the strikers") or as the subject of its verb ("the rioters looted the shops")."""
    act = head.head
    if head.dep_ == "pobj" and act.lower_ in ("by", "of"):
        act = act.head
    elif head.dep_ not in ("poss", "compound", "amod", "nmod", "nsubj"):
        return False
    return act.lemma_.lower() in COLLECTIVE_ACTS


def home_body(head: Any) -> str | None:
    """The sector of a bare word for a country's executive, legislature or opposition ("the government", "the
    federal government", "the parliament", "the opposition"; "federal" naming the doer in "the federal policy",
    not in "the federal court's ruling", whose doer is the court), None for anything else."""
    if head.dep_ == "amod" and head.lower_ == "federal":
        owned = any(c.dep_ in ("poss", "compound") for c in head.head.children)
        return None if owned else HOME_BODIES["federal"]
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
    government, nor a court on parliament, whose sectors differ; the bare "the government" or "the cabinet" of
    no named country said by a minister, not "the junta"), their country named as such ("France's response"), or
    a government's own people ("the Irish people")."""
    judged = mention.actor
    sector = judged.sector or body_sector(mention)  # "the Italian government" left without a sector
    for source in sources:
        level = sector == source.actor.sector and separate_office(source, actors) == separate_office(
            mention, actors)
        if judged.country is None and level and bare_home_body(mention):
            return True  # "the government" of no named country, said by a minister: the minister's own
        if judged.country is None or judged.country != source.actor.country:
            continue
        if level:
            return True
        if source.actor.sector == "GOV" and sector in (None, "CVL"):
            return True
    if judged.sector is not None or judged.country not in {m.actor.country for m in sources}:
        return False
    return names_country(mention, actors)


def bare_home_body(mention: Mention) -> bool:
    """True for a bare word of a country's own executive or legislature ("the government", "the cabinet", "the
    federal government"), not a name for someone else's ("the junta", "the regime")."""
    words = mention_words(mention)
    return bool(words) and set(words[words[0] == "the":]) <= set(HOME_BODIES) | NATIONAL_MODIFIERS


def separate_office(mention: Mention, actors: ActorFinder) -> bool:
    """True for a local, regional or independent office ("the mayor of Paris", "the state governor", "the
    ombudsman", the government of a region: "the Ruritania Province government", "the Bavarian government")."""
    if any(word in SEPARATE_OFFICES for word in mention_words(mention)):
        return True
    root = mention_root(mention, actors)
    qualifiers = [] if root is None else [c for c in root.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                                          and c.text[:1].isupper()]
    return any(regional(c) for c in qualifiers)


def regional(qualifier: Any) -> bool:
    """True for a region's name the gazetteer lists as an admin unit or region ("Quebec"), or a people's adjective
    that names no country ("Bavarian", "Catalan"), unlike "Italian"."""
    from newsgraph.actors.kb import knowledge_base
    from newsgraph.extract.places_gazetteer import region_name

    if region_name(qualifier.text):
        return True
    return qualifier.ent_type_ == "NORP" and knowledge_base().country(qualifier.text) is None


def mention_words(mention: Mention) -> list[str]:
    """A mention's words in lower case, a possessive "'s" split off ("the mayor's office": the, mayor, office)."""
    return mention.text.lower().replace("'s", " ").split()
