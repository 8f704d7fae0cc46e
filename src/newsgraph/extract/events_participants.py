"""Who takes part in a coded trigger: the heads its targets may be named by (objects, what those objects are about,
infinitives', a voiced clause's subject), the first of them that resolves to an actor other than the source, and
the parties a clause implies without naming them as objects (the addressee of "told Y, calling for ..." or of
"summoned Y to protest", the host of a visit, the state behind an arrest "in X").  What is no party is left out:
what an agreement is about, the trigger's own object, the occasion ("at the summit") and the place of talks."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_actor_words import PRIVATE_PARTY_NOUNS, agentive, explained_victims, person_noun
from newsgraph.extract.events_actors import ActorFinder, Mention
from newsgraph.extract.events_asserted import purpose
from newsgraph.extract.events_clauses import to_infinitive
from newsgraph.extract.events_forms import circumstance, for_to_clause, other_subject, owned_patient
from newsgraph.extract.events_judged_actors import law_breaker
from newsgraph.extract.events_lexicon import ANY, SYMMETRIC, Match, lexicon, noun_coding, verb_lemma
from newsgraph.extract.events_lexicon_objects import relative_antecedent
from newsgraph.extract.events_lexicon_words import NAMING_VERBS
from newsgraph.extract.events_syntax import (
    SETTLEMENT_NOUNS,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    agent_of,
    conjuncts,
    is_passive,
    noun_objects,
    objects_of,
    passive_patient,
    reporting_appositive,
    rootless_subject,
    subject_of,
)
from newsgraph.extract.events_targets import (
    WRONGED_NOUNS,
    clause_referents,
    condition_subjects,
    counted_people,
    demanded_parties,
    distrusted,
    earlier_proposer,
    handed_to,
    in_medium,
    label_phrase,
    language_only,
    language_word,
    listed_party_heads,
    lodged_by,
    measure_party,
    meddled_with,
    partner_objects,
    proposers,
    protest_sites,
    question_subjects,
    relative_referents,
    setting_clause,
    small_clause_subjects,
    speaker_asked,
    violated,
    within_measure,
    workplaces,
)
from newsgraph.model import Actor, Article

FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
TARGET_FROM_CLAUSE = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT"})
PLACED_TYPES = SYMMETRIC | {"PROTEST"}  # acts whose "in X" says where they happened, never to whom
HOME_BLIND_TYPES = frozenset({"AGREE", "COOPERATE", "SUPPORT"})  # done with or for another party, not one's own country
ADDRESSING_VERBS = frozenset({"tell", "write", "inform", "remind", "address"})  # speech with a hearer as object
# Meetings whose partner hears what is urged there ("met X, urging ...", "made a visit to X, urging ...") are the
# lexicon's CONSULT verbs and nouns (``meeting_verb``, ``meeting_noun``); besides them, the parties one sends to
# meet someone ("sent a delegation to X, urging ...")
# Acts done to a place one is sent or goes to ("sent observers to X to investigate", "to deliver aid")
PLACE_ACT_TYPES = frozenset({"AID"})
PLACE_ACT_MODES = frozenset({"investigate"})
ENVOY_NOUNS = frozenset({"delegation", "mission"})
SUMMONING_VERBS = frozenset({"summon", "convoke"})  # "summoned Y's envoy to protest ...": the protest is to Y
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "through", "around", "on"})
# Places one visits that are no party to a meeting ("visited a school in ...")
SITE_NOUNS = frozenset({"school", "hospital", "clinic", "factory", "plant", "site", "farm", "mine", "port", "museum",
                        "university", "college", "office", "headquarters", "camp", "settlement", "bloc", "town",
                        "city", "village", "region", "area", "district", "province", "county", "market", "church",
                        "mosque", "temple", "memorial", "shelter", "prison", "station", "airport", "facility",
                        "warehouse", "store", "shop", "stadium", "park", "project"})


PARTY_PREPS = frozenset({"with", "to", "between", "among"})  # "talks with X", "wrote to X": whom one deals with
# What an agreement or talks are about is no party to them ("reached agreement on a cabinet", "agreed over the
# future of X"); the nouns are ``events_syntax.SETTLEMENT_NOUNS``, whose ``noun_objects`` keeps only partners.
# Not "for": "a deal for X" names whom it is for.
ACCORD_VERBS = frozenset({"agree", "settle", "compromise"})
TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})
ACCORD_TYPES = frozenset({"AGREE", "CONSULT"})
# Gatherings that are the occasion of an act, not its recipient ("pledged at the summit", "at the funeral of X");
# not a meeting or talks, whose partner ("at a meeting with X") is the other party of what was done there
OCCASION_NOUNS = frozenset({"summit", "conference", "rally", "funeral", "ceremony", "session", "forum", "gathering",
                            "congress", "convention", "assembly", "memorial", "service", "parade", "festival",
                            "celebration", "dinner", "banquet", "reception", "briefing", "event", "march", "vigil",
                            "commemoration", "anniversary", "symposium"})
OCCASION_PREPS = frozenset({"at", "during", "in"})


# A request's addressee named as the object of its verb, or of "on" after "call", with a to-infinitive after it
# saying what they are asked to do ("pressed sponsors to give more", "told neighbouring states not to shut their
# ports", "called on lenders to ease terms"): whoever is to act, whether or not the knowledge base knows the noun
ASKING_PREPS = frozenset({"on", "upon"})
# whoever takes part, named as no group of its own: "called on all sides to show restraint", "urged the parties to
# return to talks" name no one the sentence says who is (GUIDELINE: a target only when named)
SIDE_NOUNS = frozenset({"side", "party"})
EVERYONE_WORDS = frozenset({"all", "every", "each", "any"})
# whoever hears an appeal, asked to act by an indefinite pronoun ("asked anyone with photos of the crash to send them")
ANYONE_WORDS = frozenset({"anyone", "anybody", "everyone", "everybody", "someone", "somebody"})


def asked_party(verb: Any) -> Any | None:
    """The one a request verb asks to act ("urged donors to give", "called on lenders to ease terms": the
    donors, the lenders): its one object, or the object of "on" on it, with a to-infinitive of the verb after it
    that has no subject of its own; a plural common noun only (a thing asked for is in the singular: "urged
    restraint to avoid bloodshed"), not an event noun ("urged the talks to resume"). None for anything else."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in ASKING_PREPS for o in p.children
        if o.dep_ == "pobj"]
    if len(objects) != 1:
        return wished_doers(verb)
    asked = objects[0]
    if asked.lower_ in ANYONE_WORDS:  # "asked anyone with photos to send them", the infinitive maybe on "photos"
        holders = {verb.i, asked.i} | {o.i for p in (*verb.children, *asked.children) if p.dep_ == "prep"
                                       for o in p.children if o.dep_ == "pobj"}  # "with photos to send"
        return asked if any(t.i > asked.i and t.head.i in holders and t.dep_ in ("xcomp", "acl", "advcl") and (
            to_infinitive(t)) for t in verb.subtree) else None
    if asked.pos_ != "NOUN" or asked.tag_ != "NNS" or asked.ent_type_ not in ("", "NORP") or (
            noun_coding(asked) is not None):
        return None
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and c.i > asked.i and to_infinitive(c)]
    if not infinitives or any(c.dep_ in SUBJECT_DEPS for c in infinitives[0].children):
        return None
    return asked


def wished_doers(verb: Any) -> Any | None:
    """The group a call or an appeal wants to act, named as the subject of its "for" clause ("appealed for
    witnesses to come forward", "called for donors to give more": the witnesses, the donors): a plural common noun
    that is no event ("called for the talks to resume"); None for anything else."""
    for clause in (c for c in verb.children if for_to_clause(c)):
        for subject in (s for s in clause.children if s.dep_ == "nsubj"):
            if subject.pos_ == "NOUN" and subject.tag_ == "NNS" and subject.ent_type_ in ("", "NORP") and (
                    noun_coding(subject) is None):
                return subject
    return None


def clause_asked(clause: Any) -> list[Any]:
    """Who a "for" clause of a call wants to act: the agent of a passive clause ("called for the prisoners to be
    freed by the junta": the junta), else its subject, active or passive ("called for the referee to be suspended":
    the referee)."""
    agents = [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return agents or [s for s in clause.children if s.dep_ in SUBJECT_DEPS or s.dep_ == "nsubjpass"]


# Verbs of handing over money or goods, whose "into", "to" or "for" object (or indirect object) is the one who gets
# them ("agreed to inject 4 billion into the bank", "to lend the firm 2 billion", "to provide loans to X")
TRANSFER_VERBS = frozenset({"inject", "pump", "invest", "pour", "plough", "plow", "channel", "funnel", "lend", "loan",
                            "give", "provide", "grant", "donate", "transfer", "contribute", "pay", "send", "supply"})
RECIPIENT_PREPS = frozenset({"into", "to", "for"})


def transfer_recipient(node: Any, verb: Any) -> bool:
    """True for the one who gets what an infinitive of the verb hands over ("X and Y agreed to inject 4 billion
    into the bank": the bank): the recipient of the promised transfer, the party each actor agrees with or for."""
    if node.dep_ in ("dative", "iobj"):
        giver = node.head
    elif node.dep_ == "pobj" and node.head.lower_ in RECIPIENT_PREPS and node.head.dep_ in ("prep", "dative"):
        giver = node.head.head
    else:
        return False
    return giver.dep_ == "xcomp" and giver.head.i == verb.i and verb_lemma(giver) in TRANSFER_VERBS


# Speech whose hearer is named after "to" ("apologised to customers", "spoke to the workers") or as the object
# ("told the farmers", "assured investors"): a promise, a request or a warning joined to it is said to them too
HEARER_PREP_VERBS = frozenset({"apologise", "apologize", "speak", "talk", "write", "explain", "reply", "respond",
                               "announce", "say"})
HEARER_OBJECT_VERBS = ADDRESSING_VERBS - {"write"} | {"assure", "reassure", "brief"}  # the hearer is the object
SHARED_HEARER_TYPES = frozenset({"AGREE", "REQUEST", "THREATEN"})


def joined_hearers(verb: Any) -> list[Any]:
    """The hearer of the speech an act is joined to with the same subject ("said sorry to passengers and pledged
    that the line would refund their fares": the passengers hear the pledge), not a place one went to ("flew to Paris
    and promised ..."); empty for a verb with a subject of its own or no such speech before it."""
    speech = verb.head
    if verb.dep_ != "conj" or speech.i > verb.i or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    lemma = speech.lemma_.lower()
    if lemma in HEARER_OBJECT_VERBS:
        return [c for c in speech.children if c.dep_ in ("dobj", "obj", "dative")]
    if lemma in HEARER_PREP_VERBS:
        return [c for p in speech.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                for c in p.children if c.dep_ == "pobj"]
    return []


def named_party(match: Match, start: int, end: int) -> bool:
    """True when the span is named as the other party of the trigger itself: the verb's object ("met X") or
    the object of "with", "to" or "between" on the verb or its event noun ("held talks with X"), or the recipient
    of a transfer its infinitive promises ("agreed to inject 4 billion into X"); not another object of an
    infinitive or a thing in a clause around it ("agreed to hold exercises")."""
    span = match.verb.doc.char_span(start, end, alignment_mode="expand")
    anchors = {match.verb.i} | ({match.noun.i} if match.noun is not None else set())
    for token in span or []:
        node = token
        for _ in range(5):
            if node.dep_ in ("dobj", "obj", "dative", "iobj") and node.head.i == match.verb.i:
                return True
            if node.dep_ == "pobj" and node.head.lower_ in PARTY_PREPS and node.head.head.i in anchors:
                return True
            if transfer_recipient(node, match.verb):
                return True
            if node.dep_ not in ("conj", "compound", "flat", "appos", "amod", "poss") or node.head.i == node.i:
                break
            node = node.head
    return False


def agreed_matter(head: Any, match: Match) -> bool:
    """True for what an agreement or talks are about ("agreement on a cabinet", "agreed over the future of X"):
    a head below a topic preposition of a settlement noun or of "agree" itself, in an act of agreeing or
    consulting (another act's "on" names whom it is done to: "imposed sanctions on X")."""
    verb = match.verb
    if match.coding.type not in ACCORD_TYPES:
        return False
    for node in (head, *head.ancestors):
        if node.i == verb.i:
            return False
        if node.dep_ == "prep" and node.lower_ in TOPIC_PREPS and (
                node.head.lemma_.lower() in SETTLEMENT_NOUNS or node.head.lower_ in SETTLEMENT_NOUNS or (
                node.head.i == verb.i and verb_lemma(verb) in ACCORD_VERBS)):
            return True
    return False


def meeting_verb(verb: Any) -> bool:
    """True for a verb the lexicon codes as a meeting with its object ("met X", "telephoned X", "received the
    envoy"; not "met the demands"): the first of its rows for its object, else for any object, is CONSULT."""
    table = lexicon().verbs
    lemma = verb_lemma(verb)
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "obj")]
    codings = [coding for obj in (*objects, ANY) for coding in table.get((lemma, obj), ())]
    return bool(codings) and codings[0].type == "CONSULT"


def meeting_noun(noun: Any) -> bool:
    """True for a meeting noun of the lexicon ("visit", "talks", "a telephone call") or an envoy sent to one."""
    coding = noun_coding(noun)
    return coding is not None and coding.type == "CONSULT" or noun.lemma_.lower() in ENVOY_NOUNS


def occasion(head: Any) -> bool:
    """True for a gathering an act took place at ("pledged at the summit", "at the funeral of a fighter"): its
    occasion, not its recipient."""
    root = head
    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
        root = root.head
    return (root.dep_ == "pobj" and root.head.lower_ in OCCASION_PREPS and (
        root.lemma_.lower() in OCCASION_NOUNS or root.lower_ in OCCASION_NOUNS))


def meeting_place(token: Any) -> bool:
    """True for a name placing talks or a meeting ("talks in Oslo", "a summit at Sochi"): where they were held,
    never a party to anything done about them."""
    node = token
    while node.dep_ in ("compound", "conj", "flat", "appos") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in LOCATIVE_PREPS or node.head.head.pos_ != "NOUN":
        return False
    coding = noun_coding(node.head.head)
    return coding is not None and coding.type == "CONSULT"


def placed_by_meeting(head: Any) -> bool:
    """True for a thing named only with the place of talks ("an adjournment of the talks in Oslo"): no party."""
    if head.pos_ != "NOUN" or agentive(head) and noun_coding(head) is None:
        return False
    names = [t for t in head.subtree if t.i != head.i and t.ent_iob_ == "B" and t.ent_type_ in (
        "GPE", "LOC", "FAC", "NORP", "ORG", "PERSON")]
    return bool(names) and all(meeting_place(t) for t in names)


def authors(noun: Any) -> list[Any]:
    """Who made a thing named as an object: the agent of a participle on it ("deplored the levy adopted
    by X": X)."""
    return [agent for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and (agent := agent_of(c)) is not None]


def undergoer(verb: Any, target: Mention) -> bool:
    """True when a target lies in the passive verb's patient ("three villagers were shot"): an act with no
    named doer is only an event of the one it is done to, not of a place or party named around it ("a
    letter handed to the UN", "the launch from X was postponed")."""
    patient = passive_patient(verb) if verb.dep_ != "acl" else None  # "a crowd armed with sticks": a state
    return patient is not None and any(target.start <= head.idx < target.end for head in conjuncts(patient))


def shared_objects(verb: Any) -> list[Any]:
    """The objects of the next verb of a coordination when this one has none of its own ("donated and
    delivered X to Y", "condemned and rejected X"): both take them."""
    following = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if following is None or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in following.children):
        return []  # "X met Y and Z attacked W": another clause
    return objects_of(following)


def partners(head: Any) -> list[Any]:
    """The objects of "to" or "with" on a verb or a meeting noun ("sent a delegation to Y", "a visit to Y")."""
    return [c for p in head.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "with")
            for c in p.children if c.dep_ == "pobj"]


def own_marked(possessive: Any) -> bool:
    """True for a possessive pronoun with "own" after it ("backed their own plan"): the subject's, no other party."""
    following = possessive.nbor(1) if possessive.i + 1 < len(possessive.doc) else None
    return following is not None and following.lower_ == "own"


def people(head: Any) -> bool:
    """True for a noun naming people or a force ("ambassadors", "troops"), not a thing ("assets")."""
    from newsgraph.actors.kb import knowledge_base

    return person_noun(head) or knowledge_base().role(head.lemma_) is not None


def bound_to_subject(possessive: Any, verb: Any) -> bool:
    """True for "its" or "their" agreeing in number with the verb's subject ("France and Italy recalled their
    ambassadors", "the army withdrew its troops"): the subject's own people, no other party; not one that disagrees
    ("the government expelled their diplomats": someone else's). Used for people only: a thing seized or frozen is
    another's ("Germany froze its assets")."""
    word = possessive.lower_
    subject = subject_of(verb)
    if word not in ("its", "their") or subject is None or subject.lower_ in ("it", "they"):
        return False
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    if word == "their":
        return plural
    return not plural and subject.pos_ in ("NOUN", "PROPN") and subject.ent_type_ != "PERSON"


def located(token: Any) -> bool:
    """True for a name inside a place phrase ("in Bergen, Tromsø and Narvik"): the nearest preposition
    above it, through names and coordination, is locative."""
    node = token
    for _ in range(6):
        if node.dep_ in ("compound", "conj", "flat", "appos", "pobj") and node.head.i != node.i:
            node = node.head
            if node.dep_ == "prep" or node.pos_ == "ADP":
                return node.lower_ in LOCATIVE_PREPS
        else:
            return False
    return False


class Participants:
    """Chooses the participants of coded triggers among the actors of one parsed article: targets from objects,
    clauses and the trigger's own clause, and the parties an arrest, a deportation or a visit implies."""

    def __init__(self, article: Article, actors: ActorFinder) -> None:
        self.article = article
        self.actors = actors

    def first_resolved(self, heads: list[Any], exclude: list[Mention]) -> list[Mention]:
        """The actors of the first candidate head that resolves to something other than the source: not the
        source's own country named by a thing ("Norwegian school budgets"), though its owner may be of it ("the
        minister defended the party's actions": the party)."""
        taken = {m.key() for m in exclude}
        countries = {m.actor.country for m in exclude}
        spans = [(m.start, m.end) for m in exclude]
        for head in heads:
            found = [m for m in self.actors.mentions(head, target=True)
                     if m.key() not in taken and not any(m.start < e and s < m.end for s, e in spans)
                     and not self.a_language(m) and not self.meddled_only(head, m)
                     and not (m.actor.country in countries and not agentive(head) and head.dep_ != "poss" and (
                         head.lemma_.lower() not in PRIVATE_PARTY_NOUNS))]  # "sued the developer": a party
            if found:
                return found
            if (other := self.bound_object(head, taken)) is not None:
                return [other]
        return []

    def bound_object(self, head: Any, taken: set[Any]) -> Mention | None:
        """Another party of the kind a definite object names when the actor stage took it for the verb's own
        subject ("the holding company said it had sold the company 40 trucks": a company other than the seller,
        for an object that is no reflexive is never its own clause's subject): the phrase as a party of no country nor
        sector; None for any other head."""
        if head.pos_ != "NOUN" or head.dep_ not in ("dobj", "obj", "dative", "iobj") or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children) or any(
                c.dep_ in ("poss", "compound", "amod", "prep") for c in head.children):
            return None
        mentions = self.actors.mentions(head, target=True)
        subject = subject_of(head.head)
        if not mentions or subject is None or not all(m.key() in taken for m in mentions) or not any(
                m.key() in taken for m in self.actors.mentions(subject)):
            return None
        start, end = head.left_edge.idx, head.idx + len(head.text)
        return Mention(start, end, self.article.text[start:end], Actor(head.lemma_.lower(), None, None),
                       nameless="group")

    def asked_group(self, match: Match, sources: list[Mention]) -> list[Mention]:
        """The party a request asks to act, named by a common noun the knowledge base may not know ("pressed sponsors
        to give more to the shelters", "told neighbouring states not to shut their ports to X": the
        sponsors, the states, not what they are asked to do something about): the group's own actors when it
        resolves, else the group as a party of no country or sector; empty for any other act or construction."""
        if match.coding.type != "REQUEST" or match.noun is not None or (asked := asked_party(match.verb)) is None:
            return []
        found = self.first_resolved([asked], sources)
        if found or any(asked.i == t.i for t in match.tokens) or asked.lemma_.lower() in SIDE_NOUNS or any(
                c.lower_ in EVERYONE_WORDS for c in asked.children):
            return found
        start, end = asked.idx, asked.idx + len(asked.text)
        return [Mention(start, end, asked.text, Actor(asked.lemma_.lower(), None, None), nameless="group")]

    def target_heads(self, match: Match) -> list[Any]:
        """Candidate target heads, most likely first: objects, what those objects are about, infinitives'."""
        verb = match.verb
        if is_passive(verb):
            patient = passive_patient(verb)
            patient = relative_antecedent(patient) if patient is not None else None  # "X, which was bought by Y"
            if patient is not None and match.noun is not None and patient.i == match.noun.i:
                patient = None  # "protests were held against X": the event noun is no participant
                heads = noun_objects(match.noun, by=False) + objects_of(verb)
            else:  # "they were attacked", their referent when the pronoun resolves to no actor
                heads = ([patient, *clause_referents(patient)] if patient is not None else []) + objects_of(verb)
        elif match.noun is not None:  # "an inquiry into whether X misled ...": X
            heads = question_subjects(match.noun) + noun_objects(match.noun, by=False) + objects_of(
                verb, skip=match.noun)
        else:
            heads = objects_of(verb) or shared_objects(verb)
            if match.coding.type in FORCE_TYPES and heads and all(any(h.i == t.i for t in match.tokens) for h in heads):
                heads += shared_objects(verb)  # "shot rubber bullets, then held 12 youths": the bullets are the act's
            heads = [r for h in heads for r in relative_referents(h)] + heads  # "men who seized X freed him": X
            heads = handed_to(verb) + heads  # "handed the crates back to a dealer": the dealer
        for token in match.tokens[1:]:
            if token.dep_ == "prep":  # "appealed for an embargo on X": what the prepositional object is about
                heads += [c for c in token.children if c.dep_ == "pobj"]
        frontier = [c for c in verb.children if c.dep_ == "xcomp"]
        for _ in range(2):
            following = []
            for xcomp in frontier:
                heads += objects_of(xcomp)
                following += [c for c in xcomp.children if c.dep_ == "xcomp"]
            frontier = following
        if verb_lemma(verb) in NAMING_VERBS:  # "called X a liar", X misparsed as a label
            heads += [c for c in verb.children if c.dep_ == "oprd"][:-1]
        heads += [h for c in verb.children if for_to_clause(c) for h in clause_asked(c)]  # "called for X to resign"
        heads += small_clause_subjects(verb)  # "found six employees guilty": the employees
        heads += [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NUM"]  # "arrested six of X"
        # "called for the minister to resign": the minister
        noun = match.noun
        if noun is not None and verb.dep_ == "acl" and noun.i == verb.head.i and noun.dep_ == "nsubj":
            heads += [c for c in noun.head.children if c.dep_ in ("dobj", "obj")]  # "tariffs imposed by X hurt Y"
        if match.coding.type in FORCE_TYPES:  # "guards used batons to push back the strikers": at the strikers
            heads += [obj for c in verb.children if purpose(c) for obj in objects_of(c)]
        if match.coding.type == "ASSAULT":  # "ten people were killed when jets bombarded vehicles": the people
            heads += explained_victims(verb)
        if match.coding.type in SHARED_HEARER_TYPES:  # "apologised to customers and promised ...": the customers
            heads += joined_hearers(verb)
        own = {t.i for t in match.tokens}  # "signed the agreement": the trigger's own words are no party
        heads = [h for h in heads if not (match.coding.type not in FORCE_TYPES and occasion(h))]
        expanded: list[Any] = []
        for head in heads:
            expanded += earlier_proposer(head, verb, match.coding.type)  # "X pushed for Z, but Y rejected the idea"
            expanded += lodged_by(head, verb, match.coding.type)  # "X lodged a protest. Y rejected the protest": X
            expanded += speaker_asked(head, verb, match.coding.type)  # "X said Y ignored requests to ...": X
            if head.i not in own:  # "lifted the ban on X": X, though the ban is no party
                expanded.append(head)
            expanded += counted_people(head)  # "arrested six of the protesters": the protesters
            if head.pos_ == "NOUN":  # "rejected the board's proposals", "the offer from X": who made it
                expanded += noun_objects(head) + authors(head) + proposers(head, match.coding.type) + distrusted(head)
            if owned_patient(head, match.coding.type):  # "banned her memoir", "seized their passports"
                expanded += [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON" and not own_marked(c)
                             and not (people(head) and bound_to_subject(c, verb))]
        voiced = match.coding.type in TARGET_FROM_CLAUSE or verb_lemma(verb) == "protest"  # "protested that X ..."
        for child in verb.children:  # before or after it: "X did Y, officials complained"
            if child.dep_ == "ccomp" and voiced:
                subject = subject_of(child)
                if subject is not None:  # "rejected the board's proposals for a freeze", misparsed as a clause
                    expanded += [subject] + proposers(subject, match.coding.type)
        if voiced and reporting_appositive(verb) and (reported := subject_of(verb.sent.root)) is not None:
            expanded.append(reported)  # "X tortures Y, a rights group charged": X
        if match.coding.type == "THREATEN":  # "warned of strikes if the firm rejects the offer": the firm
            expanded += condition_subjects(verb)
        expanded = [h for h in expanded if not violated(h)]  # "deplored the violation of X's sovereignty": X
        if match.coding.type == "SUPPORT":  # "welcomed the verdicts against X": X gets no support
            expanded = [h for h in expanded if not measure_party(h, verb)]
        if rootless_subject(verb) is not None:  # "The union, which represents workers, called on X": not the workers
            expanded = [h for h in expanded if h.i != verb.head.i]
        return [h for h in expanded if not agreed_matter(h, match) and not placed_by_meeting(h)]

    def protested_party(self, match: Match, subject: Any | None, sources: list[Mention]) -> list[Mention]:
        """Whom a protest that names no object is against: a body it is held outside or at, the one a demand voiced
        with it asks to act, or the firm or body its protesters work at ("picketed outside the ministry", "...,
        insisting that the governor resign", "cleaners at X's depots walked out"); a body, not a place ("rallied
        outside the town hall in X": not X)."""
        if match.coding.type != "PROTEST":
            return []
        taken = {m.key() for m in sources}
        spans = [(m.start, m.end) for m in sources]
        found = self.first_body(protest_sites(match.verb, match.noun), taken, spans) or self.first_body(
            demanded_parties(match.verb), taken, spans, body=False)
        if found:
            return found
        # a workplace lies inside the subject's phrase ("cleaners at X's depots"): the sources' span is no bar
        places = workplaces(subject)
        found = self.first_body(places, taken, [], nameless=True)
        if found:  # a body of the protesters' own country too ("teachers in the X district")
            return found
        return self.unknown_workplace(places)

    def first_body(self, heads: list[Any], taken: set[Any], spans: list[tuple[int, int]], *, body: bool = True,
                   nameless: bool = False) -> list[Mention]:
        """The mentions of the first head that names a party (with body, an actor with a sector, or with nameless
        also an organisation the actor stage names no sector for; without, one with a sector or a country), not a
        source nor inside one of the spans."""
        for head in heads:
            found = [m for m in self.actors.mentions(head, target=True) if m.key() not in taken and (
                m.actor.sector or nameless and m.nameless == "organisation" or not body and m.actor.country) and (
                not any(m.start < e and s < m.end for s, e in spans))]
            if found:
                return found
        return []

    def unknown_workplace(self, places: list[Any]) -> list[Mention]:
        """A workplace the actor stage knows no actor for, as a group of its own ("teachers in the Birchwood
        school district": the district): the first common noun object among the places, with its words before."""
        for head in (h for h in places if h.dep_ == "pobj" and h.pos_ == "NOUN"):
            start, end = head.left_edge.idx, head.idx + len(head.text)
            return [Mention(start, end, self.article.text[start:end], Actor(head.lemma_.lower(), None, None),
                            nameless="group")]
        return []

    def addressee(self, verb: Any, sources: list[Mention]) -> list[Mention]:
        """Whom a demand or a charge voiced in a participle clause of "told", "wrote to" or a meeting is addressed
        to ("X told Y, calling for an inquiry", "X met Y, urging restraint", "made a visit to Y, urging ...": Y)."""
        head = verb.head
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and meeting_noun(head):
            return self.first_resolved(partners(head), sources)  # "led a delegation to Y lobbying for ...": Y
        if not self.summoned_for(verb) and (verb.dep_ not in ("advcl", "conj") or verb.tag_ != "VBG"):
            return []
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative", "iobj")]
        meetings = [c for c in objects if meeting_noun(c)]  # "made a visit to Y"
        addressed = head.lemma_.lower() in ADDRESSING_VERBS | SUMMONING_VERBS or meeting_verb(head)
        if not addressed and not meetings:
            return []
        heard = objects if addressed else []
        heard += [c for h in (head, *meetings) for c in partners(h)]
        return self.first_resolved(heard, sources)

    @staticmethod
    def summoned_for(verb: Any) -> bool:
        """True for the purpose of summoning or meeting someone ("summoned Y's envoy to protest ..."): said to Y."""
        infinitive = purpose(verb) or verb.dep_ == "xcomp" and any(c.lower_ == "to" for c in verb.children)
        return infinitive and (verb.head.lemma_.lower() in SUMMONING_VERBS or meeting_verb(verb.head))

    def visit_host(self, verb: Any, sources: list[Mention]) -> list[Mention]:
        """The country a visit takes place in, when the visitor comes from another ("toured a factory in X")."""
        heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        countries = {m.actor.country for m in sources}
        for head in heads:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "outside")):
                for place in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"):
                    found = [m for m in self.actors.mentions(place, target=True)
                             if m.actor.country and m.actor.country not in countries]
                    if found:
                        return found[:1]
        return []

    def destination(self, verb: Any, sources: list[Mention], match: Match) -> list[Mention]:
        """The country a state or an international body sent people or went to for an act done to a place there
        (an investigation or aid: "sent a team to X to investigate ...": X), when the act names no party of
        its own; never the sources' own country, a city (a venue: "sent diplomats to Geneva to protest"), an act
        aimed at someone absent ("to protest", "to demand") nor a private party's trip ("fans travelled to X to
        support the team")."""
        from newsgraph.actors.kb import knowledge_base

        if not purpose(verb) or not (match.coding.type in PLACE_ACT_TYPES or match.coding.mode in PLACE_ACT_MODES):
            return []
        if not all(law_breaker(m, self.actors) or m.actor.sector == "IGO" for m in sources):
            return []
        countries = {m.actor.country for m in sources}
        for place in (c for p in verb.head.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                      for c in p.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"):
            found = [m for m in self.actors.mentions(place, target=True)
                     if m.actor.country and m.actor.country not in countries and m.actor.sector is None
                     and knowledge_base().country(m.text.removeprefix("the ")) == m.actor.country]
            if found:
                return found[:1]
        return []

    def listed_party(self, verb: Any, sources: list[Mention]) -> list[Mention]:
        """The party named with an earlier infinitive of a list the act is a later member of ("voted to suspend
        its talks with X, to impose an embargo": X), when the act names none of its own."""
        return self.first_resolved(listed_party_heads(verb), sources)

    def conditioned_party(self, verb: Any, sources: list[Mention]) -> list[Mention]:
        """The party an act announced on a condition waits on ("would walk out unless Airbus paid more": Airbus),
        for an act the condition makes a threat of."""
        return self.first_resolved(condition_subjects(verb), sources)

    @staticmethod
    def direct_party(verb: Any, targets: list[Mention]) -> bool:
        """True when a target is the act's object or its partner "with", "to", "on", "against" or "for", on the
        verb or its object ("close the border with Y", "impose duties on Y's steel"), not a party the thing comes
        "from" ("back credit from a fund")."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative", "iobj")]
        heads = objects + partner_objects(verb) + [p for h in objects for p in partner_objects(h)]
        return any(m.start <= h.idx < m.end for h in heads for m in targets)

    def home_places(self, targets: list[Mention], sources: list[Mention]) -> bool:
        """True when every target is a place or a site ("a school in ...") in the sources' own country or in
        none: a visit there meets no other party."""
        countries = {m.actor.country for m in sources} | {None}
        return all(m.actor.country in countries and (m.actor.sector is None and self.is_place(m) or self.is_site(m))
                   for m in targets)

    def meddled_only(self, head: Any, mention: Mention) -> bool:
        """True for a mention of an interference that has its country from the party interfered with only
        ("interference in X's internal affairs": X is its victim, not its author)."""
        if head.lemma_.lower() not in WRONGED_NOUNS:
            return False
        named = [t for t in head.subtree if t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and (
            mention.start <= t.idx < mention.end)]
        return bool(named) and all(meddled_with(t) for t in named)

    def a_language(self, mention: Mention) -> bool:
        """True for a thing named only by a language ("the use of the Russian language"): no party."""
        span = self.article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and language_only(span) and (not agentive(span.root) or language_word(span.root))

    def is_site(self, mention: Mention) -> bool:
        """True for a mention whose head noun names a site, not people ("a school in the capital")."""
        span = self.article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.lemma_.lower() in SITE_NOUNS

    def is_place(self, mention: Mention) -> bool:
        """True for a mention the entity recogniser calls a place (GPE, LOC, FAC)."""
        span = self.article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.ent_type_ in ("GPE", "LOC", "FAC")

    def custodian(self, verb: Any, mode: str | None) -> list[Mention]:
        """The state behind an arrest "in X" or a deportation "from X" whose agent is not named: X, whose
        police and courts act there ("two truckers were arrested in Norway": Norway)."""
        preps = ("in", "from") if mode == "deport" else ("in",)
        for child in verb.children:
            if child.dep_ != "prep" or child.lower_ not in preps:
                continue
            for place in (c for c in child.children if c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC")):
                found = [m for m in self.actors.mentions(place) if m.actor.country]
                if len({m.actor.country for m in found}) == 1:
                    return found[:1]
        return []

    def subtree_target(self, verb: Any, sources: list[Mention], type_: str) -> list[Mention]:
        """The first actor named in the trigger's own clause after it, when no object names one.

        ("rallied ... demanding the recall of Mayor X": X).  Attribution clauses and other
        events' subjects are skipped.
        """
        heads = []
        for token in verb.subtree:
            if token.i <= verb.i or token.dep_ in ("nsubj", "nsubjpass") and token.head.i != verb.i:
                continue
            path = [a for a in token.ancestors if verb.is_ancestor(a)]
            if any(a.pos_ == "VERB" and (a.dep_ == "conj" or a.lemma_.lower() in SPEECH_VERBS) for a in path):
                continue  # inside another event or an attribution clause
            if any(circumstance(a) or setting_clause(a) for a in path):
                continue  # "asked for mercy during X's trial", "demanded a delay after X objected": when, not of whom
            if meddled_with(token) or label_phrase(token, verb) or in_medium(token, verb):
                continue  # "denounced the embargo as meddling in X's affairs": X is meddled with, no target;
                # "thanked the crew in a video on a streaming site": the medium
            if type_ == "SUPPORT" and within_measure(token, verb):
                continue  # "welcomed the verdicts against the staff of X": X gets no support
            if token.dep_ in ("amod", "compound", "nmod") and not agentive(token.head) and self.actors.same_country(
                    token, sources):
                continue  # "the minister pledged to raise Norwegian school budgets" names no target
            if token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and token.ent_iob_ == "B":
                entity = next((e for e in token.doc.ents if e.start == token.i), None)
                head = entity.root if entity is not None else token
                if type_ in SYMMETRIC and other_subject(head, verb):
                    continue  # "conferred while X and Y signed a pact": X and Y are another clause's
                if type_ in HOME_BLIND_TYPES and head.ent_type_ == "GPE" and self.actors.same_country(head, sources):
                    continue  # "X's leaders agreed on a government for X": their own country is no partner
                if not (type_ in PLACED_TYPES and located(head)) and not meeting_place(head):
                    heads.append(head)  # "signed in Oslo", "demanded a delay of the talks in Oslo": where
        return self.first_resolved(heads, sources)[:1]
