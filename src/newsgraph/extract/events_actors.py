"""Participants of events: noun phrases resolved to actors through the actor stage's ``resolve_span``.

Resolution itself belongs to ``newsgraph.actors.stage`` (``resolve_span``, and ``resolve_parts`` for
compound names); this module only decides which spans to ask about and which country the sentence
gives them:

- the phrase, then the names inside it ("a joint Norway-Chile memo" -> Norway, Chile), the members
  of a coordination ("Oslo and Santiago"), coordinated modifiers ("Norwegian and Danish sailors"), and
  the last two actors for "both sides";
- what follows the head: "a team of Chilean engineers", "militias in Ruritania", "aid for X
  and Y", "refugees fleeing the war in X", "Tuvaluans of northern Fiji" (a people lives there);
- an apposition for a name that does not resolve ("X's emir, Sheikh Y");
- a domestic actor named without a country ("President X", "rebels", "ethnic Samoans") takes the
  owner of a possessive pronoun ("its troops"), else the one country the sentence's demonyms and
  qualifying places name; a country acting, troops abroad and another country's officials place nobody;
- an unnamed person or body undergoing an act done to people ("arrested a man", "fined the company") is a
  target of no country (the gold's and the GSR's uncoded actors, matched by span); never a source;
- what the actor stage leaves without an actor (``newsgraph.extract.events_groups``): an organisation the
  knowledge base does not list acts and is acted on with no country; a common-noun group of people
  ("householders", "wireless providers", "eight people") is a target, and a source when its noun gives a sector.

The word lists and token predicates consulted here (``sporting``, ``person_noun``, ``target_type``, ...)
live in ``newsgraph.extract.events_actor_words``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsgraph.actors import stage as actor_stage
from newsgraph.actors.local import multinational
from newsgraph.actors.words import border_name, is_agent
from newsgraph.extract.events_actor_words import (
    ACTOR_LABELS,
    BODY_NOUNS,
    CIVILIAN_NOUNS,
    CLAIM_TYPES,
    CLAIMANT_NOUNS,
    CONTEST_VERBS,
    DATELINE_END,
    DOMESTIC,
    FOLLOWER_NOUNS,
    JOINT_HEADS,
    JOINT_NUMBERS,
    LEAVING_VERBS,
    LOCAL,
    MODIFIER_DEPS,
    NAME_SPLIT,
    PERSON_HEADS,
    PLACE_PREPS,
    PRIVATE_ATTACKER_NOUNS,
    PRIVATE_BODY_NOUNS,
    PRIVATE_PARTY_NOUNS,
    PRIVATE_TARGET_TYPES,
    QUALIFYING_PREPS,
    SYMMETRIC_TYPES,
    UNNAMED_ARMED,
    UNNAMED_DOERS,
    acted_on_organisation,
    agentive,
    located_border,
    located_name,
    newcomers,
    owned_body,
    person_noun,
    personal_name,
    phrase_end,
    placing,
    private_name,
    sporting,
    target_type,
    thing_head,
    usable,
    weapon_noun,
)
from newsgraph.extract.events_groups import (
    counted_group,
    organisation_entity,
    thing_name,
    unknown_organisation,
    unnamed_group,
    with_group_sector,
)
from newsgraph.extract.events_syntax import (
    STANCE_PREFIXES,
    agent_of,
    conjuncts,
    mention_bounds,
    reporting_appositive,
    stance_marked,
)
from newsgraph.extract.places import dateline
from newsgraph.model import Actor, Article, Participant


def listed_on(head: Any, prep: Any) -> Any | None:
    """The last name of a list of states after "of" that the parser cut after its first member ("ministers of Fiji,
    Tonga and Samoa", "Tonga" hung on the noun or on the verb): read in the text, names of states (the knowledge
    base's) joined by commas and closed by "and" or "or"; None when the text is no such list ("the president of
    Kenya, William Ruto")."""
    if prep.lower_ != "of":
        return None
    first = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    if first is None or any(c.dep_ == "conj" for c in first.children):
        return None  # a list the parser read whole
    doc = head.doc
    i = state_name_end(doc, first.i)
    if i is None:
        return None
    for _ in range(8):
        j = i + 1
        closing = j < len(doc) and doc[j].lower_ in ("and", "or")
        if j < len(doc) and doc[j].text == ",":
            j += 1
            closing = closing or j < len(doc) and doc[j].lower_ in ("and", "or")
        if j < len(doc) and doc[j].lower_ in ("and", "or"):
            j += 1
        if j == i + 1 or j >= len(doc) or (i := state_name_end(doc, j)) is None:
            return None
        if closing:
            return doc[i]
    return None


def state_name_end(doc: Any, i: int) -> int | None:
    """The index of the last word of a state's name starting at word i ("Fiji", "South Sudan"), else None."""
    from newsgraph.actors.kb import knowledge_base

    kb = knowledge_base()
    for size in (3, 2, 1):
        words = doc[i:i + size]
        if len(words) == size and all(t.pos_ == "PROPN" for t in words) and kb.country(words.text) is not None:
            return i + size - 1
    return None


# the sectors of crowds and workers, who take the country where they protest even when foreign
PROTESTING = frozenset({"CVL", "LAB"})


@dataclass(slots=True)
class Mention:
    """A resolved participant mention."""

    start: int
    end: int
    text: str
    actor: Actor
    # "organisation" or "group" for one the knowledge base has no name for (events_groups), "body" for a private body
    # named by a common noun ("the retailer", ActorFinder.unnamed_claimant), else None
    nameless: str | None = None

    def participant(self) -> Participant:
        """The record form of this mention."""
        return Participant(self.start, self.end, self.text, self.actor)

    def key(self) -> tuple[str | None, str | None, str]:
        """Identity of the actor, for deduplication and self-reference checks."""
        return (self.actor.country, self.actor.sector, self.actor.name.lower())



# the people who make up an organisation, who can be told or advised what to do ("advised its members to reject")
MEMBERSHIP_NOUNS = frozenset({"member", "supporter", "follower", "affiliate"})


def addressed_members(member: Any) -> bool:
    """An organisation's own members told or asked to act ("advised its members to reject the offer"): the
    addressees of a request, not the actor's own belongings ("recalled its soldiers")."""
    return member.lemma_.lower() in MEMBERSHIP_NOUNS and member.dep_ in ("dobj", "obj") and any(
        c.dep_ == "xcomp" and c.i > member.i for c in member.head.children)


# prepositions by which a clause is placed in a town ("In X, workers marched"), and the size of town whose name
# alone, unmarked by the recogniser, is safely that town (smaller ones share their names with people and firms)
TOWN_PREPS = frozenset({"in", "at"})
UNMARKED_TOWN_POPULATION = 100_000


def unnamed_town(sentence: Any) -> str | None:
    """The country of a large town that places a sentence's clause ("In Toulouse, workers marched") where the
    recogniser marked no place: a proper noun the object of "in" or "at" on the sentence's main verb, every large
    town of whose name lies in one country."""
    from newsgraph.extract.places_gazetteer import gazetteer

    found = set()
    for token in sentence:
        prep = token.head
        if token.dep_ != "pobj" or token.pos_ != "PROPN" or token.ent_type_ or prep.lower_ not in TOWN_PREPS or (
                prep.head.dep_ != "ROOT" or prep.head.pos_ != "VERB"):
            continue
        words = [t for t in token.subtree if t.pos_ == "PROPN"]
        if len(words) != len(list(token.subtree)):
            continue  # "in the Toulouse plant": a thing, not the town
        towns = [c for _, c in gazetteer().rank(" ".join(t.text for t in words))
                 if c.kind == "city" and c.population >= UNMARKED_TOWN_POPULATION]
        countries = {c.country for c in towns if c.country}
        if len(countries) == 1:
            found |= countries
    return found.pop() if len(found) == 1 else None


class ActorFinder:
    """Resolves noun-phrase heads of one article to actor mentions, caching per span."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._cache: dict[tuple[int, int], tuple[str, Actor | None]] = {}
        self._scenes: dict[int, str | None] = {}  # scene_country by sentence start
        self.dyads: list[tuple[str, Mention, Mention]] = []
        self._entities = sorted(
            (e for e in article.entities if e.label in ACTOR_LABELS), key=lambda e: e.start)
        found = DATELINE_END.match(article.text)
        placed = found is not None and (bool(dateline(article.text)) or any(
            e.start == 0 and e.label in ("GPE", "LOC") for e in self._entities))
        self.dateline_end = found.end() if found is not None and placed else 0

    def resolve(self, start: int, end: int) -> tuple[str, Actor | None]:
        """``resolve_span`` with a cache (one mention, one answer)."""
        key = (start, end)
        if key not in self._cache:
            self._cache[key] = actor_stage.resolve_span(self.article, start, end)
        return self._cache[key]

    def _mention(self, start: int, end: int) -> Mention | None:
        """A resolved mention for the span, or None; a named person whose country the article does not
        give is still an actor ("Ivan Oduya", "he" for him)."""
        _, actor = self.resolve(start, end)
        if actor is None or not usable(actor):
            person = actor_stage.article_actors(self.article).person(start, end)
            if person is None:
                return None
            actor = Actor(person.name, None, None)
        return Mention(start, end, self.article.text[start:end], actor)

    def parts(self, start: int, end: int) -> list[Mention]:
        """The countries of a compound name ("U.S.-Japan"), from the actor stage."""
        return [Mention(s, e, self.article.text[s:e], actor)
                for s, e, actor in actor_stage.resolve_parts(self.article, start, end)]

    def inner(self, start: int, end: int, keep_places: bool = True, keep: Any | None = None,
              borders: bool = True) -> list[Mention]:
        """Resolved names inside a phrase whose whole does not resolve ("Ruritania's missile tests"); unless
        ``keep_places``, without the place names that only say where something other than ``keep`` lies ("the
        offices of two firms in X", ``located_name``); unless ``borders``, without the countries of borders ("a
        base on the Thai border")."""
        found: list[Mention] = []
        for entity in self._entities:
            if entity.start < start or entity.end > end:
                continue
            if not (keep_places and borders) and (span := self.article.doc.char_span(
                    entity.start, entity.end, alignment_mode="expand")) is not None and (
                    border_name(span.root) or not keep_places and located_name(span.root, keep)):
                continue
            parts = self.parts(entity.start, entity.end) if NAME_SPLIT.search(entity.text) else []
            if parts:
                found.extend(parts)
            elif (mention := self._mention(entity.start, entity.end)) is not None:
                found.append(mention)
        if len(found) > 1:
            between = self.article.text[found[0].end:found[-1].start]
            if not re.search(r"\band\b|[-/,–]|\bor\b", between):
                found = [found[-1]]
        return found

    def recent(self, before: int, count: int = 2, persons: bool = False) -> list[Mention]:
        """The ``count`` actors most often named before a position (latest first on ties), for "the two sides"."""
        tally: dict[str, list[Any]] = {}
        for order, entity in enumerate(self._entities):
            if entity.end > before or (persons and entity.label != "PERSON"):
                continue
            mention = self._mention(entity.start, entity.end)
            if mention is None or mention.actor.country is None:
                continue
            entry = tally.setdefault(mention.actor.country, [0, order, mention])
            entry[0] += 1
            entry[1] = order
            entry[2] = mention
        ranked = sorted(tally.values(), key=lambda e: (e[0], e[1]), reverse=True)[:count]
        if len(ranked) < count:
            return []
        return [entry[2] for entry in sorted(ranked, key=lambda e: e[1])]

    def joint(self, head: Any) -> list[Mention]:
        """Actors behind a joint phrase ("the two leaders", "both sides"), given by the text before it."""
        numbers = {c.lower_ for c in head.children if c.dep_ in ("nummod", "det", "predet", "amod")}
        if head.lower_ == "both" and head.pos_ in ("PRON", "DET", "NOUN"):
            numbers = {"both"}
        elif head.lemma_.lower() not in JOINT_HEADS:
            return []
        wanted = numbers & JOINT_NUMBERS
        if not wanted:
            return []
        count = 3 if wanted & {"three", "3"} else 2
        start, end = mention_bounds(head)
        text = self.article.text[start:end]
        persons = head.lemma_.lower() in PERSON_HEADS
        pair = self.last_dyad() if count == 2 else []
        return [Mention(start, end, text, m.actor) for m in pair or self.recent(start, count, persons)]

    def note_dyad(self, type_: str, source: Mention, target: Mention) -> None:
        """Remember who met or agreed with whom, so a later "the two sides" can refer to them."""
        if source.actor.country and target.actor.country and source.actor.country != target.actor.country:
            self.dyads.append((type_, source, target))

    def last_dyad(self) -> list[Mention]:
        """The two actors of the latest meeting, else of the latest symmetric act."""
        for wanted in (("CONSULT",), SYMMETRIC_TYPES):
            for type_, source, target in reversed(self.dyads):
                if type_ in wanted:
                    return [source, target]
        return []

    def qualified(self, head: Any, start: int) -> list[Mention]:
        """A phrase placed by what follows it ("rebel groups in Ruritania", "aid for X and Y", "refugees
        fleeing the war in X"); coordinated places give one actor each."""
        thing = thing_head(head)
        arrived = newcomers(head)
        rights = list(head.rights)
        if arrived and head.dep_ == "nsubj" and head.head.tag_ == "VBG" and head.head.dep_ in ("csubj", "advcl") \
                and head.head.i > head.i:
            rights.append(head.head)  # "migrants escaping ...", parsed as the participle's subject
        for child in rights:
            if arrived:  # where newcomers are is not whose they are ("settlers in the X city of Y"): only where
                # they come from or flee from says it ("refugees from X", "migrants escaping the famine in X")
                clause = child.pos_ == "VERB" and child.lemma_.lower() in LEAVING_VERBS
                if not (clause or (child.dep_ == "prep" and child.lower_ in ("of", "from"))):
                    continue
            else:
                clause = child.dep_ in ("acl", "amod") and agentive(head)
                if not (clause or (child.dep_ == "prep" and child.lower_ in QUALIFYING_PREPS)):
                    continue
            if not clause and not any(c.dep_ in ("pobj", "pcomp") and c.pos_ not in ("VERB", "AUX")
                                      for c in child.children):
                continue  # "accused the council of lying": what it is accused of, no place of the council
            end = phrase_end(child)
            if (listed := listed_on(head, child)) is not None:
                end = listed.idx + len(listed.text)  # "ministers of X, Y and Z", cut by the parser after X
            whole = self._mention(start, end)
            if whole is not None and whole.actor.sector == "IGO":
                return [whole]  # "the WTO in Geneva": an international body is of no country, its seat's least
            # where premises or firms lie ("the offices of three makers in X and Y") is no party's country, unless
            # the whole resolves or a clause places it; where a thing is set up or held ("a centre in X") is taken
            # for its host's
            found = self.inner(child.idx, end, keep_places=whole is not None or clause, keep=head if thing else None,
                               borders=False)
            countries = {m.actor.country for m in found}
            sector = whole.actor.sector if whole is not None else None
            if len(found) > 1 and len(countries) == len(found) and None not in countries:
                return [Mention(m.start, m.end, m.text, Actor(m.actor.name, m.actor.country, sector or m.actor.sector))
                        for m in found]
            if whole is not None and whole.actor.country:
                return [whole]
            placed = {m.actor.country for m in found if m.actor.country}
            if len(placed) == 1 or (found and len(countries) == 1 and whole is None):
                base = whole.actor if whole is not None else found[0].actor
                actor = Actor(base.name, placed.pop() if placed else None, base.sector)
                return [Mention(start, end, self.article.text[start:end], actor)]
            if whole is not None and not clause:
                return [whole]
        return []

    def followers(self, member: Any, start: int, end: int) -> Mention | None:
        """People named by whom they back ("the leader's supporters", "loyalists of X"): civilians of the
        backed one's country, else of the scene's."""
        if member.lemma_.lower() not in FOLLOWER_NOUNS:
            return None
        backed = [c for c in member.children if c.dep_ == "poss"] + [
            g for c in member.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        countries = {m.actor.country for b in backed for m in self.mentions(b) if m.actor.country}
        country = countries.pop() if len(countries) == 1 else self.scene_country(member.sent)
        if country is None:
            return None
        return Mention(start, end, self.article.text[start:end], Actor(member.lemma_.lower(), country, "CVL"))

    def unnamed_doer(self, member: Any, start: int, end: int) -> Mention | None:
        """Attackers, snipers, censors or jailers the text does not name (see UNNAMED_DOERS), placed by the
        scene."""
        sector = UNNAMED_DOERS.get(member.lemma_.lower())
        if sector is None:
            return None
        actor = Actor(member.lemma_.lower(), self.scene_country(member.sent), sector)
        return Mention(start, end, self.article.text[start:end], actor)

    def placed_people(self, member: Any, whole: Mention | None, start: int) -> Mention | None:
        """A people placed in another country ("Tuvaluans of northern Fiji", "ethnic Samoans in Chile").

        Demonyms name where a people comes from; news codes a people by where it lives when the text says: a
        place that is the object of "of" or "in" itself, not a word of another noun ("in the Gaza raid"), and not
        where victims are hit ("killed ten Chileans in Peru").
        """
        if whole is None or whole.actor.sector is not None or member.tag_ not in ("NNS", "NNPS"):
            return None
        for child in member.rights:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                if child.lower_ == "in" and target_type(member) is not None:
                    continue  # "killed ten Chileans in Peru": victims keep their nationality where they are hit
                end = child.right_edge.idx + len(child.right_edge.text)
                objects = [o for o in child.children if o.dep_ == "pobj"]
                places = [m for m in self.inner(child.idx, end) if m.actor.sector is None and any(
                    m.start <= o.idx < m.end for o in objects)]  # "in the Gaza raid" places nobody
                if len({m.actor.country for m in places}) == 1 and places[0].actor.country != whole.actor.country:
                    return Mention(start, end, self.article.text[start:end],
                                   Actor(whole.actor.name, places[0].actor.country, "CVL"))
        return None

    def split_modifiers(self, member: Any, whole: Mention | None) -> list[Mention]:
        """One actor per coordinated country modifier ("Norwegian and Danish sailors" -> Norwegian sailors,
        Danish sailors)."""
        first = next((c for c in member.lefts if c.dep_ in MODIFIER_DEPS and any(
            k.dep_ == "conj" for k in c.children)), None)
        if first is None:
            return []
        found: list[Mention] = []
        for token in [first, *(k for k in first.children if k.dep_ == "conj")]:
            mention = self._mention(token.idx, token.idx + len(token.text))
            if mention is None or mention.actor.country is None:
                return []
            sector = whole.actor.sector if whole is not None else None
            found.append(Mention(mention.start, mention.end, mention.text,
                                 Actor(mention.actor.name, mention.actor.country, mention.actor.sector or sector)))
        return found if len({m.actor.country for m in found}) > 1 else []

    def private(self, member: Any, start: int, end: int) -> Mention | None:
        """An unnamed person or body undergoing an act done to people ("arrested a man", "fined the company"):
        no country unless its own modifiers give one ("a British journalist"); CVL for victims and crowds; none
        when done "by" someone who is no actor."""
        from newsgraph.actors.kb import knowledge_base

        if not person_noun(member) or target_type(member) not in PRIVATE_TARGET_TYPES:
            return None
        country = self.modifier_country(member)
        lemma = member.lemma_.lower()
        bare = Mention(start, end, self.article.text[start:end], Actor(lemma, country, None))
        if self.unofficial_agent(member, bare):
            return None  # "villagers were shot by someone who is no actor": no act of an actor
        role = knowledge_base().role(lemma)
        bare.actor.sector = "CVL" if lemma in CIVILIAN_NOUNS else role.sector if role is not None else None
        return bare

    def modifier_country(self, member: Any) -> str | None:
        """The one country a noun's own demonym or place modifiers give ("a British journalist"), else None."""
        countries = set()
        for child in member.lefts:
            if child.dep_ in MODIFIER_DEPS and child.ent_type_ in ("NORP", "GPE"):
                found = self._mention(child.idx, child.idx + len(child.text))
                countries.add(found.actor.country if found is not None else None)
        return countries.pop() if len(countries) == 1 else None

    def nameless(self, member: Any, start: int, end: int, target: bool) -> Mention | None:
        """An organisation the knowledge base does not list ("Nimbus Records"), or a common-noun group of people
        ("householders", "the parties"), as an actor of no country unless its own modifiers give one or the names
        in its phrase give one ("the warring parties in X", "three Zendan rebel prisoners")."""
        kind = "group" if member.pos_ in ("NOUN", "NUM") and member.ent_type_ in ("", "CARDINAL", "NORP") else (
            "organisation")
        if kind == "organisation":
            entity = organisation_entity(self._entities, member)
            actor = unknown_organisation(self.article, entity, member, target) if entity is not None else None
        else:
            group = counted_group(member) or member
            end = max(end, mention_bounds(group)[1])
            placed = {m.actor.country for m in self.inner(start, phrase_end(member)) if m.actor.country}
            country = self.modifier_country(group) or (placed.pop() if len(placed) == 1 else None)
            actor = unnamed_group(group, country, target)
        if actor is None:
            return None
        return Mention(start, end, self.article.text[start:end], actor, nameless=kind)

    def named_in_apposition(self, member: Any, whole: Mention) -> Mention | None:
        """The name after a description of no country ("a mining company, Acme, sued ..."): the named firm
        or person, with the description's sector when its own name gives none; a capitalised title too ("its
        President X objected"), whose name is a person's."""
        from newsgraph.actors.kb import knowledge_base

        if whole.actor.country is not None or member.pos_ not in ("NOUN", "PROPN"):
            return None
        name = next((c for c in member.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is None or not private_name(name):
            return None
        title = knowledge_base().role(member.lower_, agents=False)
        if member.pos_ == "PROPN" and (name.ent_type_ != "PERSON" or title is None or title.person != 1):
            return None
        start, end = mention_bounds(name)
        found = self._mention(start, end)
        actor = found.actor if found is not None else Actor(self.article.text[start:end], None, whole.actor.sector)
        return Mention(start, end, self.article.text[start:end], actor)

    def named_private(self, member: Any, start: int, end: int, target: bool) -> Mention | None:
        """A firm or a person named with no country, as the party an act done to people is done to ("accused
        Acme of fraud", "investigating Acme"), or a named organisation acted on whatever the act ("offered a
        loan to Acme"): a target of no country or sector."""
        if not target or not private_name(member) or thing_name(member) or (
                target_type(member) not in PRIVATE_TARGET_TYPES and not acted_on_organisation(member)):
            return None
        return Mention(start, end, self.article.text[start:end], Actor(self.article.text[start:end], None, None))

    def parties(self, head: Any) -> list[Mention]:
        """The actors a noun phrase stands for as the one an act is done to, a firm or a person named with no
        country included ("Acme is under investigation")."""
        found = self.mentions(head, target=True)
        if found or not private_name(head) or thing_name(head):
            return found
        start, end = mention_bounds(head)
        return [Mention(start, end, self.article.text[start:end], Actor(self.article.text[start:end], None, None))]

    def unnamed_claimant(self, member: Any, type_: str) -> Mention | None:
        """A group or people named by a common noun, of no country, voicing a claim, a threat or a demand
        ("the group demanded", "critics accused him", "consumer advocates urged"); a private body so named doing
        any other act a private party does ("the charity praised ...", "the bank agreed to lend ...")."""
        if member.pos_ != "NOUN" or type_ == "ASSAULT":
            return None
        lemma = member.lemma_.lower()
        claim = type_ in CLAIM_TYPES and (person_noun(member) or lemma in CLAIMANT_NOUNS or lemma in PRIVATE_BODY_NOUNS)
        if not (claim or lemma in PRIVATE_PARTY_NOUNS):
            return None
        start, end = mention_bounds(member)
        if self._mention(start, end) is not None:
            return None
        if not claim:  # a body's other acts are events only with the party they are done to (``events``)
            return Mention(start, end, self.article.text[start:end], Actor(lemma, None, None), nameless="body")
        return Mention(start, end, self.article.text[start:end], Actor(member.lemma_.lower(), None, None))

    def private_sources(self, head: Any, type_: str) -> list[Mention]:
        """The named firms and people of no country (or pronouns for them) a subject stands for, as the source
        of a claim, a suit or a demand ("Acme accused Globex", "she sued the firm"); "he" or "she" whose
        antecedent is not found still names a private person making a claim, a threat or a demand (not a
        denial: "he denied it to the paper")."""
        found = []
        if type_ == "ASSAULT" and sporting(head.sent):
            return []  # "Smith struck the ball": a game
        for member in conjuncts(head):
            if (unnamed := self.unnamed_claimant(member, type_)) is not None:
                found.append(unnamed)
                continue
            if type_ == "ASSAULT" and (attacker := self.private_attacker(member)) is not None:
                found.append(attacker)
                continue
            if type_ == "ASSAULT" and not (personal_name(member) or member.lower_ in ("he", "she", "they")) or (
                    type_ == "ASSAULT" and head.head.lemma_.lower() in CONTEST_VERBS):
                continue  # force is a person's, not a firm's ("Orbitron shot a new advert"), nor a win
            if member.pos_ == "NOUN" and not private_name(member):
                member = next((c for c in member.children if c.dep_ == "appos" and c.pos_ == "PROPN" and (
                    private_name(c))), member)  # "the singer Mara Quell thanked ...": the name
            if not (private_name(member) or member.lower_ in ("he", "she", "they", "i", "we")):
                continue
            start, end = mention_bounds(member)
            mention = self._mention(start, end)
            if mention is None and (private_name(member) or member.lower_ in ("he", "she") and type_ in CLAIM_TYPES):
                mention = Mention(start, end, self.article.text[start:end], Actor(self.article.text[start:end],
                                                                               None, None))
            if mention is not None and not self.town(member):
                found.append(mention)
        return found

    def private_attacker(self, member: Any) -> Mention | None:
        """An unnamed person doing violence ("a man stabbed an officer", "two teenagers attacked a driver"): a
        private person of no country and no sector, unless the noun's own modifiers give a country."""
        if member.pos_ != "NOUN" or member.lemma_.lower() not in PRIVATE_ATTACKER_NOUNS:
            return None
        start, end = mention_bounds(member)
        return Mention(start, end, self.article.text[start:end], Actor(member.lemma_.lower(),
                                                                       self.modifier_country(member), None))

    def appositive(self, member: Any) -> Mention | None:
        """What an apposition says about a name that does not resolve ("X's emir, Sheikh Y")."""
        nearby = [c for c in member.children if c.dep_ == "appos"]
        if member.dep_ == "appos" and not any(c.dep_ == "acl" and reporting_appositive(c) for c in member.children):
            nearby.append(member.head)
        for token in nearby:
            start, end = mention_bounds(token)
            mention = self._mention(start, end)
            if mention is not None and mention.actor.country:
                return mention
        return None

    def without_stance(self, member: Any, whole: Mention | None) -> Mention | None:
        """A mention whose only country is the one it is against or for ("an anti-Chile activist", "pro-Kenya
        militias") names no country of its own: it keeps its sector, to be placed by its scene."""
        if whole is None or whole.actor.country is None:
            return whole
        named = [t for t in member.doc[member.left_edge.i:member.i + 1] if t.ent_type_ in ("GPE", "NORP") and (
            t.lower_ not in STANCE_PREFIXES and t.text != "-")]  # "anti-Chile" may be one entity
        if not named or not all(stance_marked(t) for t in named):
            return whole
        if whole.actor.sector is None:
            return None
        return Mention(whole.start, whole.end, whole.text, Actor(whole.actor.name, None, whole.actor.sector))

    def unnamed_attackers(self, verb: Any, subject: Any | None) -> list[Mention]:
        """Who killed with a weapon or in an attack the text names but not its authors ("a roadside bomb
        killed two soldiers", "was killed in a car bomb explosion"): the weapon's planter when a participle
        names one ("a bomb planted by X"), else unidentified attackers (UAF) of the scene's one country."""
        heads = [subject] if subject is not None else []
        if subject is None and not any(c.dep_ == "agent" for c in verb.children):
            heads = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "by") for o in p.children
                     if o.dep_ == "pobj"]
        weapon = next((h for h in heads if weapon_noun(h)), None)
        if weapon is None or sporting(verb.sent):
            return []
        planters = [agent for c in weapon.children if c.dep_ == "acl" and (agent := agent_of(c)) is not None]
        if planters:
            return [m for p in planters for m in self.mentions(p)]
        start, end = mention_bounds(weapon)
        country = self.scene_country(verb.sent)
        return [Mention(start, end, self.article.text[start:end], Actor("unidentified attackers", country, "UAF"))]

    def office_apposition(self, member: Any, whole: Mention) -> Mention | None:
        """A person named with no role, followed by the office they act for ("Ana Lind, the UN aid coordinator,
        urged ..."): the office's actor, spanning name and apposition; an international office has no country,
        a national one keeps the person's when it names none."""
        if whole.actor.sector is not None or not personal_name(member):
            return None
        for token in (c for c in member.children if c.dep_ == "appos"):
            start, end = mention_bounds(token)
            office = self._mention(start, end)
            if office is None or office.actor.sector is None:
                continue
            country = office.actor.country or (None if office.actor.sector == "IGO" else whole.actor.country)
            return Mention(whole.start, end, self.article.text[whole.start:end],
                           Actor(office.actor.name, country, office.actor.sector))
        return None

    def localised(self, head: Any, mention: Mention, target: bool = False) -> Mention:
        """A domestic actor named without its country ("President X", "rebels", "ethnic Samoans") takes
        the one country the rest of its sentence places things in, when there is exactly one."""
        ethnic = any(c.lower_ == "ethnic" for c in head.children) and mention.actor.sector is None
        if multinational(head) and (target or mention.actor.sector not in PROTESTING):
            return mention  # "foreign journalists", "international observers": precisely not the scene's own; a
            # crowd of them protesting is the scene's (tests/golden/events/GUIDELINE.md: by where they protest)
        if not ethnic and (mention.actor.country is not None or mention.actor.sector not in DOMESTIC | LOCAL
                           | UNNAMED_ARMED) or newcomers(head):
            return mention  # (settlers and refugees are not of where they are)
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is not None:  # "its forces": the owner's country before any other the sentence names
            found = self._mention(owner.idx, owner.idx + len(owner.text))
            if found is not None and found.actor.country:
                return Mention(mention.start, mention.end, mention.text,
                               Actor(mention.actor.name, found.actor.country, mention.actor.sector), mention.nameless)
        country = None
        if ethnic or mention.actor.sector in DOMESTIC:
            country = self.sentence_country(head.sent, mention, mention.actor.country if ethnic else None)
        named = actor_stage.article_actors(self.article).by_span.get((mention.start, mention.end))
        named_firm = mention.actor.sector == "BUS" and named is not None and named.label == "ORG"  # no nationality
        if country is None and not ethnic and head.pos_ in ("NOUN", "PROPN") and head.ent_type_ != "PERSON" and (
                not named_firm):
            country = self.scene_country(head.sent)
        if country is None:
            return mention
        return Mention(mention.start, mention.end, mention.text,
                       Actor(mention.actor.name, country, mention.actor.sector or "CVL"), mention.nameless)

    def scene_country(self, sentence: Any) -> str | None:
        """Where an unnamed local body ("police", "protesters", "officials") acts: the one country of the
        places its sentence locates things in, else the main country of its passage when the story has turned from
        the article's (``near_home``), else the article's main country; read once per sentence."""
        if sentence.start not in self._scenes:
            self._scenes[sentence.start] = self._scene_country(sentence)
        return self._scenes[sentence.start]

    def _scene_country(self, sentence: Any) -> str | None:
        found = set()
        for place in self.article.places:
            span = sentence.doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is None or not sentence.start_char <= place.start < sentence.end_char or is_agent(span.root):
                continue
            if stance_marked(span.root) or owned_body(place, sentence.doc) == "MIL":
                continue  # "an anti-Chile activist", "a U.S. soldier": whom, not where
            _, body = self.resolve(place.start, place.end)  # "the White House" is the actor stage's to name
            country = body.country if body is not None and body.country else place.country
            if country:
                found.add(country)
        if not found and (town := unnamed_town(sentence)) is not None:
            found.add(town)  # "In Toulouse about 9,000 employees marched": a town the recogniser did not mark
        if len(found) == 1:
            return found.pop()
        actors = actor_stage.article_actors(self.article)
        return (actors.near_home(sentence) or actors.home) if not found else None

    def sentence_country(self, sentence: Any, mention: Mention, origin: str | None = None) -> str | None:
        """The only country other than ``origin`` that a sentence's demonyms and qualifying places ("groups
        in X") name, outside the mention; a country acting ("X threatened Y") does not place anything."""
        found: set[str | None] = set()
        for entity in self._entities:
            if not sentence.start_char <= entity.start < sentence.end_char or (
                    mention.start <= entity.start < mention.end):
                continue
            if self.article.text[max(0, entity.start - 7):entity.start].lower() == "ethnic ":
                continue  # "ethnic Samoan fishermen" names no country of residence
            body = owned_body(entity, sentence.doc)
            if origin is None and (body == "MIL" or body == "GOV" == mention.actor.sector):
                continue  # "American troops killed insurgents", "Chinese officials met President X": abroad
            if located_border(entity, sentence.doc):
                continue  # "a rebel base on the Thai border": a neighbour, no place of the sentence
            if entity.label == "NORP" or (entity.label in ("GPE", "LOC") and placing(entity, sentence.doc)):
                named = self._mention(entity.start, entity.end)
                if named is not None and named.actor.country:
                    found.add(named.actor.country)
        found.discard(origin)
        return found.pop() if len(found) == 1 else None

    def same_country(self, token: Any, mentions: list[Mention]) -> bool:
        """True when the token names the country of one of the mentions."""
        found = self._mention(token.idx, token.idx + len(token.text))
        return found is not None and any(found.actor.country == m.actor.country for m in mentions)

    def past_dateline(self, head: Any) -> Any | None:
        """The phrase a dateline place was parsed as governing ("MOMBASA, Kenya (AP) — A Ugandan trade
        delegation walked out ...": the delegation), or None; any other head unchanged. Where a story is filed
        does not act."""
        if head.idx >= self.dateline_end:
            return head
        return next((c for c in head.children if c.dep_ == "appos" and c.idx >= self.dateline_end), None)

    def mentions(self, head: Any, target: bool = False) -> list[Mention]:
        """All actors a noun-phrase head stands for, coordinated members and joint phrases expanded."""
        unique: dict[tuple[str | None, str | None, str], Mention] = {}
        head = self.past_dateline(head)
        if head is None:
            return []
        for member in conjuncts(head):
            for mention in self.member_mentions(member, target):
                if target and mention.actor.country is None and not (
                        agentive(member) or private_name(member) or mention.nameless is not None or (
                            member.lemma_.lower() in PRIVATE_PARTY_NOUNS)):
                    continue  # "a firmer naval stance": a sector guessed from a thing, not an actor
                mention = self.localised(member, mention, target)
                if not target and (not (usable(mention.actor) or mention.nameless == "organisation") or self.town(
                        member)):
                    continue  # a person or a group of no known country or sector undergoes acts; acting, a player,
                    # a pundit or anyone ("a man attacked"); an organisation named acts
                if self.team(member, mention) or (target and self.unofficial_agent(member, mention)):
                    continue
                unique.setdefault(mention.key(), mention)
        return list(unique.values())

    def town(self, head: Any) -> bool:
        """A city that is no capital, named alone: a place or a sports team, never a government acting
        ("Columbus beat Montreal")."""
        from newsgraph.actors.kb import knowledge_base
        from newsgraph.extract.places_gazetteer import gazetteer

        if head.ent_type_ != "GPE" or any(c.dep_ in ("compound", "amod", "poss") for c in head.children):
            return False
        start, end = mention_bounds(head)
        name = self.article.text[start:end].removeprefix("the ")
        place = gazetteer().best(name)
        kb = knowledge_base()
        return place is not None and place.kind == "city" and not kb.capital(name) and not kb.country(name)

    def team(self, head: Any, mention: Mention) -> bool:
        """A team or a player in a sentence about a game: a country or a capital named alone, or anyone with
        no sector ("Ottawa beat Detroit 4-2", "X was booked by the referee"); police and ministries still act."""
        bare = head.ent_type_ == "GPE" and not any(c.dep_ in ("compound", "amod", "poss") for c in head.children)
        return (bare or mention.actor.sector is None) and sporting(head.sent)

    def unofficial_agent(self, head: Any, mention: Mention) -> bool:
        """A person of no known country undergoing an act done "by" someone who is no actor ("X was released
        by the club"): the passive of an act with no source, not an act of state."""
        if mention.actor.country is not None or mention.actor.sector is not None or head.dep_ != "nsubjpass":
            return False
        agents = [g for c in head.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return bool(agents) and not any(usable(m.actor) for g in agents for m in self.mentions(g))

    def plural_referents(self, pronoun: Any) -> list[Mention]:
        """The actors "they"/"them" stands for when its antecedent names several ("officials from X and Y",
        "X, Y and Z"); empty otherwise."""
        if pronoun.pos_ != "PRON" or pronoun.lower_ not in ("they", "them", "their"):
            return []
        found = actor_stage.article_actors(self.article).antecedent(pronoun.idx, pronoun.lower_, lists=True)
        span = self.article.doc.char_span(found.start, found.end, alignment_mode="expand") if found else None
        if span is None:
            return []
        head = span.root
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
        named = self.mentions(head)
        if len(named) < 2:
            return []
        end = pronoun.idx + len(pronoun.text)
        return [Mention(pronoun.idx, end, pronoun.text, m.actor) for m in named]

    def owner(self, pronoun: Any) -> list[Mention]:
        """Whom a possessive pronoun on a thing acted upon stands for, never the clause's own subject ("police
        seized their passports": not the police's)."""
        found = actor_stage.article_actors(self.article).antecedent(pronoun.idx, pronoun.lower_, possessive=True)
        if found is None:
            return []
        actor = found.actor if usable(found.actor) else None
        if actor is None and found.label == "PERSON":
            actor = Actor(found.name, None, None)  # a named person of no known country
        end = pronoun.idx + len(pronoun.text)
        return [Mention(pronoun.idx, end, pronoun.text, actor)] if actor is not None else []

    def member_mentions(self, member: Any, target: bool) -> list[Mention]:
        """The actors one member of a coordination stands for."""
        if target and member.dep_ == "poss" and member.pos_ == "PRON":
            return self.owner(member)
        joint = self.joint(member) or self.plural_referents(member)
        if joint:
            return joint
        start, end = mention_bounds(member)
        if start < self.dateline_end <= member.idx:
            start = self.dateline_end  # "Nairobi – Ugandan Energy Minister X": the dateline is not his
        whole = self.without_stance(member, self._mention(start, end))
        if target and (whole is None or whole.actor.country is None) and any(
                c.dep_ == "poss" and c.lower_ in ("its", "their") for c in member.children) and not (
                addressed_members(member)):
            return []  # "recall its soldiers from X": the actor's own, not a target
        if whole is None and (followers := self.followers(member, start, end)) is not None:
            return [followers]
        if whole is None and (doer := self.unnamed_doer(member, start, end)) is not None:
            return [doer]
        if split := self.split_modifiers(member, whole):
            return split
        if (placed := self.placed_people(member, whole, start)) is not None:
            return [placed]
        if (whole is None or whole.actor.country is None) and (qualified := self.qualified(member, start)):
            if whole is not None and len(qualified) == 1 and qualified[0].actor.country:
                qualified[0].actor = Actor(whole.actor.name, qualified[0].actor.country, whole.actor.sector)
            return qualified  # "militias in Ruritania": the militias' country
        if whole is None and (named := self.appositive(member)) is not None:
            return [named]
        if whole is not None and (named := self.named_in_apposition(member, whole)) is not None:
            return [named]
        if whole is not None and (office := self.office_apposition(member, whole)) is not None:
            return [office]
        if whole is not None and not (NAME_SPLIT.search(self.article.text[start:end]) and len(
                self.inner(start, end)) > 1):
            return [Mention(whole.start, whole.end, whole.text, with_group_sector(member, whole.actor))]
        if target and whole is None and (private := self.private(member, start, end)) is not None:
            return [private]
        if whole is None and (firm := self.named_private(member, start, end, target)) is not None:
            return [firm]
        if whole is None and (nameless := self.nameless(member, start, end, target)) is not None:
            return [nameless]
        lemma = member.lemma_.lower()
        if target and whole is None and member.pos_ == "NOUN" and lemma in PRIVATE_PARTY_NOUNS:
            body = Actor(lemma, self.modifier_country(member), None)
            return [Mention(start, end, self.article.text[start:end], body)]  # "sued the developer": any act's party
        if target or agentive(member) or member.lemma_.lower() in BODY_NOUNS:
            return self.inner(start, end, keep_places=False, keep=member)  # "a joint Norway-Chile memo", "Danish
            # helicopters"; not where a thing lies ("raided offices in X and Y")
        return []  # a thing named after a country ("the US bailout deal") does not act
