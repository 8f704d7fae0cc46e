"""Participants the knowledge base has no name for: organisations it does not list, and unnamed groups of people.

News codes both as actors of no country unless the text gives one ("Nimbus Records agreed to buy Zenda Media",
"residents blocked the road", "the regulator warned householders"); the scorer matches such a participant by its
span. ``ActorFinder`` asks here only after the actor stage has given nothing:

- ``unknown_organisation``: a name the recogniser calls an organisation and the actor stage left without an actor,
  not a law (the actor stage's DOC), an event, a prize, a programme or a product line;
- ``unnamed_group``: a common noun for people or a body of them ("householders", "wireless providers", "the man",
  "eight people", "the parties", "management"), with the sector its noun gives when that is clear.
"""

from __future__ import annotations

from typing import Any

from newsgraph.actors import stage as actor_stage
from newsgraph.actors.kb import knowledge_base
from newsgraph.actors.local import game_talk
from newsgraph.actors.words import COMPANY_NOUNS, FIRM_NOUNS, without_article
from newsgraph.extract.events_actor_words import (
    BODY_NOUNS,
    CIVILIAN_NOUNS,
    PRIVATE_SOURCE_TYPES,
    acted_on_organisation,
    harm_passive,
    person_noun,
    private_name,
    sporting,
    target_type,
)
from newsgraph.model import Actor

# common nouns for people or bodies of them that roles.tsv does not list, with the sector their noun gives (None
# when it gives none: "critics" may be anyone); roles.tsv gives the sectors of the others ("homeowners",
# "taxpayers", "shareholders", "investors"). An audience or a clientele ("fans", "viewers", "tourists") is no
# party acting for anyone: no sector, so a target only ("Fans invaded the pitch", "Viewers bombarded the
# broadcaster with complaints" are no events)
GROUP_SECTORS = {
    "householder": "CVL", "neighbour": "CVL", "neighbor": "CVL", "people": "CVL", "public": "CVL",
    "community": "CVL", "parent": "CVL", "commuter": "CVL", "voter": "CVL",
    "aggregator": "BUS", "landlord": "BUS",
    "visitor": None, "tourist": None, "fan": None, "viewer": None, "listener": None, "rider": None,
    "audience": None, "spectator": None, "reader": None, "follower": None,
    "critic": None, "organization": None, "organisation": None, "party": None, "administrator": None,
    "crew": None,
}
# group nouns roles.tsv lists in the plural only ("homeowners"), whose sector it gives
ROLE_GROUP_NOUNS = frozenset({
    "homeowner", "local", "motorist", "subscriber", "borrower", "taxpayer", "shareholder", "investor", "creditor",
})
# what an organisation the knowledge base does not list does that PLOVER codes: what a firm named with no country
# does (claims, suits, demands), and deals; never force ("Orbitron shot a new advert", "fired 200 workers")
NAMELESS_SOURCE_TYPES = (PRIVATE_SOURCE_TYPES - {"ASSAULT"}) | {"AGREE"}
# firms named by what they do, in the plural ("providers", "lenders"): only the nouns that always mean firms, not
# those also used for people ("drone operators", "her partners", "software developers", "film producers") or for
# things ("exchanges" of fire, supply "chains", "brands")
FIRM_GROUP_NOUNS = COMPANY_NOUNS - {"maker", "carrier", "bourse", "supplier", "chain"} | {
    "provider", "distributor", "business"}  # the firm nouns of actors/words, less those that often name no firm
# nouns that stand for people only with a determiner or a number before them ("the parties", "eight people",
# "the man"), or in the plural; bare "party" or "man" is a word of other things ("party politics")
DETERMINED_DEPS = frozenset({"det", "poss", "nummod", "amod", "compound"})
# verbs that give a thing its name ("a bomb called the Daisy Chain", "a fund dubbed Orbit")
NAMING_VERBS = frozenset({"call", "name", "dub", "title", "brand", "nickname"})
# the last words of names of events, prizes, programmes and product lines the recogniser may take for a body
# ("the Global Energy Summit", "the Harvest Awards", "the Horizon Programme")
NON_BODY_WORDS = frozenset({
    "summit", "conference", "congress", "festival", "awards", "award", "prize", "games", "olympics", "cup",
    "championship", "expo", "fair", "week", "day", "programme", "program", "project", "initiative", "index",
    "scheme", "plan", "fund", "strategy", "campaign", "show", "series", "app", "platform", "card", "pass",
    "album", "tour", "report", "survey", "study",
})


def group_sector(head: Any) -> str | None:
    """The sector a group noun gives its people: roles.tsv's (the plural or the singular), this module's list,
    firms' nouns (BUS), civilians (CVL), then the Phoenix agent nouns'; None when the noun gives none."""
    lemma = head.lemma_.lower()
    for word in (head.lower_, lemma):
        if (role := knowledge_base().role(word, agents=False)) is not None:
            return role.sector or None
    if lemma in GROUP_SECTORS:
        return GROUP_SECTORS[lemma]
    if lemma in FIRM_GROUP_NOUNS:
        return "BUS"
    if lemma in CIVILIAN_NOUNS:
        return "CVL"
    role = knowledge_base().role(lemma)
    return role.sector if role is not None else None


def group_noun(head: Any) -> bool:
    """A common noun for people or a body of them, plural or with a determiner or a number ("providers",
    "the man", "eight people", "management"); not a thing ("prices", "the plan"), a bare singular, nor a single
    firm or body ("the company", "the organising committee")."""
    if head.pos_ != "NOUN" or head.ent_type_ not in ("", "NORP"):
        return False
    lemma = head.lemma_.lower()
    if lemma == "management" or lemma in FIRM_GROUP_NOUNS and head.tag_ == "NNS":
        return True  # "the company" is one the article names, for the actor stage to resolve
    people = lemma in GROUP_SECTORS or lemma in ROLE_GROUP_NOUNS or person_noun(head)
    if not people or lemma in FIRM_NOUNS or (lemma in BODY_NOUNS and head.tag_ != "NNS"):
        return False  # "the committee" too: a body the article names or not, the actor stage's
    return head.tag_ == "NNS" or any(c.dep_ in DETERMINED_DEPS for c in head.children)


def counted_group(head: Any) -> Any | None:
    """The group noun a count stands for ("six of the employees", "tens of thousands of people"): the object of
    "of" after a number, through a second count; None for anything else."""
    for _ in range(2):
        if head.pos_ != "NUM" and head.ent_type_ != "CARDINAL":
            return None
        head = next((o for p in head.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                     if o.dep_ == "pobj"), None)
        if head is None or group_noun(head):
            return head
    return None


def with_group_sector(head: Any, actor: Actor) -> Actor:
    """An actor placed by a demonym but given no sector ("Kenyan householders"), with the sector its group noun
    gives."""
    if actor.sector is not None or not group_noun(head) or (sector := group_sector(head)) is None:
        return actor
    return Actor(actor.name, actor.country, sector, actor.wikidata)


def unnamed_victims(head: Any) -> bool:
    """People hurt in a way the sentence codes no act of anyone for ("killing 40 people", "five clerks were
    injured"): the toll of an act, not its target."""
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("dobj", "obj", "nsubjpass") and harm_passive(head.head) and target_type(head) is None


def unnamed_group(head: Any, country: str | None, target: bool) -> Actor | None:
    """The actor of a common-noun group of people ("householders", "the parties"), of ``country`` (its own
    modifiers' or None) and the sector its noun gives; as a target, never the toll of an act; as a source, never
    the patient of a passive ("three villagers had been shot ... and called on X": the subject a coordinated
    verb shares, or misparsed, undergoes the first act and does not do the next); never a crowd in a sentence
    about a game, as the actor stage's ``team`` leaves a named team or player."""
    if not group_noun(head) or (unnamed_victims(head) if target else head.dep_ == "nsubjpass"):
        return None
    if sporting(head.sent) or game_talk(head.sent):
        return None  # "thousands of people marched to the stadium before the match": a game's crowd
    return Actor(head.lemma_.lower(), country, group_sector(head))


def thing_name(head: Any) -> bool:
    """A name of an event, a prize, a programme or a product line ("the Harbour Energy Summit"), or one given to a
    thing ("a bomb called the Daisy Chain": the object of a naming verb), not of a body."""
    if head.lower_ in NON_BODY_WORDS:
        return True
    return head.dep_ in ("oprd", "attr", "dobj", "xcomp") and head.head.lemma_.lower() in NAMING_VERBS and (
        head.head.dep_ in ("acl", "relcl") or head.head.tag_ == "VBN")


def organisation_entity(entities: list[Any], head: Any) -> Any | None:
    """The ORG entity a name is: the one holding it, else (a name the recogniser left untyped or took for a site
    there) one of the same words elsewhere in the article."""
    found = next((e for e in entities if e.start <= head.idx < e.end), None)
    if found is not None and found.label == "ORG":
        return found
    if head.pos_ != "PROPN" or (found is not None and found.label != "FAC"):
        return None
    text = head.doc[head.left_edge.i:head.i + 1].text if found is None else found.text
    return next((e for e in entities if e.label == "ORG" and without_article(e.text) == without_article(text)), None)


def nameless_sources(sources: list[Any], type_: str) -> list[Any]:
    """The sources (mentions) that may do an act of ``type_``: an organisation the knowledge base does not list
    only claims, threatens, demands, rejects, supports or agrees."""
    return [m for m in sources if m.nameless != "organisation" or type_ in NAMELESS_SOURCE_TYPES]


def unknown_organisation(article: Any, entity: Any, head: Any, target: bool) -> Actor | None:
    """A named organisation (``entity``, an ORG entity holding the phrase's head or of its words) the actor stage
    knows no actor for ("Nimbus Records"), as an actor of no country or sector; None for a law (the actor stage's
    DOC), an event, a prize, a programme or a product line, a named site, a team in a sentence about a game, or (as
    a target) a name that only qualifies a thing ("a stake in Nimbus Records")."""
    if head.pos_ not in ("PROPN", "NOUN") or not head.text[:1].isupper():
        return None
    if target and head.dep_ == "pobj" and not acted_on_organisation(head):
        return None
    if not private_name(head) or thing_name(head):
        return None
    found = actor_stage.article_actors(article).by_span.get((entity.start, entity.end))
    if found is None or found.label != "ORG" or (found.actor is not None and (
            found.actor.country is not None or found.actor.sector is not None)):
        return None
    return Actor(without_article(entity.text), None, None)
