"""Candidate events: a coded trigger with its participants and a rough confidence, and the finders of events that a
construction names rather than a trigger verb of the lexicon: "X said Y must ..." and "X wants Y to ..." (REQUEST),
aid named from the recipient's side, a meeting in an adjunct ("spoke after talks with Y"), an act undergone ("X faces
a lawsuit from Y"), and judgements voiced in speech (events_judged)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from newsgraph.extract.events_actor_words import agentive
from newsgraph.extract.events_actors import Mention
from newsgraph.extract.events_clauses import wanted_of
from newsgraph.extract.events_deontic import (
    Demand,
    asks_own_side,
    hearer_of,
    voiced_clauses,
    voiced_demand,
    wished_sight,
)
from newsgraph.extract.events_judged import judged_events
from newsgraph.extract.events_judged_actors import commentator, public_judge
from newsgraph.extract.events_judged_words import FIRST_PERSON
from newsgraph.extract.events_lexicon import CALL_FOR, Coding, Match, message_coding, noun_coding
from newsgraph.extract.events_lexicon_match import aid_received, match_verb
from newsgraph.extract.events_lexicon_objects import relative_antecedent
from newsgraph.extract.events_participants import Participants
from newsgraph.extract.events_recoding import private_affair, state_actor
from newsgraph.extract.events_syntax import (
    is_negated,
    is_passive,
    modality,
    passive_patient,
    subject_of,
)

NEEDS_TARGET = frozenset({"COOPERATE", "AID", "SANCTION"})
AID_CODING = Coding("AID", None, "07")
REQUEST_MODES: Mapping[str, str] = MappingProxyType(
    {"RETREAT": "yield", "CONCEDE": "yield", "AID": "assist", "CONSULT": "meet"})
# Pronouns that may stand for the hearer of "told Y it must act" ("he" of "told reporters he must leave" is the
# speaker)
HEARER_PRONOUNS = frozenset({"it", "they", "you"})
# "during talks with X" says the subject met X; "briefed lawmakers on the talks with X" is only about them; "in"
# only with a call ("in a telephone call with X"; "in talks with X" is coded on its verb); "for" names a meeting one
# travels to ("will fly to Hanoi for a summit with Y")
MEETING_PREPS = frozenset({"during", "at", "after", "before", "following"})
TRAVEL_VERBS = frozenset({"go", "travel", "fly", "head", "come", "arrive", "leave", "return", "jet"})
# An act one undergoes ("X is under investigation by Y", "X faces a lawsuit from Y", "X is the subject of a
# Y inquiry"): the clause's subject is its target, the noun's "by"/"from" object or name modifier its source
UNDERGONE_TYPES = frozenset({"ACCUSE", "SANCTION", "COERCE"})
UNDERGOING_VERBS = frozenset({"face", "receive", "draw", "attract", "confront"})
ACT_RECEIVING_VERBS = frozenset({"receive", "get", "win", "earn"})  # whatever act their object names, done by "from" Y
FRAME_NOUNS = frozenset({"subject", "target", "focus", "object"})


@dataclass(slots=True)
class Candidate:
    """A coded trigger with its participants, before it becomes one event per (source, target)."""

    match: Match
    sources: list[Mention]
    targets: list[Mention]
    mode: str | None
    negated: bool
    confidence: float


def confidence_of(candidate: Candidate) -> float:
    """A rough confidence from how complete and how certain the coding is."""
    score = 0.8 if len(candidate.match.tokens) > 1 else 0.7
    if candidate.match.coding.flag == "cameo":
        score -= 0.1  # a generated fallback row is trusted less than the hand table
    if not candidate.sources:
        score -= 0.25
    if not candidate.targets and candidate.match.coding.type in NEEDS_TARGET:
        score -= 0.1
    if candidate.mode == "hypothetical":
        score -= 0.15
    return round(max(0.1, min(0.95, score)), 2)


def speech_request(verb: Any, participants: Participants) -> Candidate | None:
    """A demand voiced as a reported opinion ("X says Y must close the plant", "X believes it is time for Y to
    act", see events_deontic) is a REQUEST of X to Y, triggered by the verb of speech or opinion. Nobody is asked
    when Y is the speaker or the speaker's side ("X says we must act", "X says he must resign"); a strong demand
    with nobody named to act ("X says detainees must be separated") is a REQUEST with no target."""
    for clause in voiced_clauses(verb):
        demand = voiced_demand(clause)
        if demand is None:
            continue
        subject = subject_of(verb)
        sources = participants.actors.mentions(subject) if subject is not None else []
        if not sources or commentator(subject, sources):
            return None  # "economists say the central bank will have to raise rates": a view, no demand made
        targets = demanded_of(demand, hearer_of(verb), sources, participants)
        if targets is None:
            return None
        coding = Coding("REQUEST", demanded_mode(demand.act), "10")
        cand = Candidate(Match(verb, coding, [verb]), sources, targets, None, is_negated(verb), 0.0)
        cand.confidence = round(confidence_of(cand) - (0.1 if targets else 0.15), 2)
        return cand
    return None


def demanded_of(demand: Demand, hearer: Any | None, sources: list[Mention],
                participants: Participants) -> list[Mention] | None:
    """Whom a voiced demand asks to act: the resolved doers not of the speaker's side, or the hearer a pronoun
    stands for ("told Y it must act"); [] for a strong demand with nobody named; None when nobody is asked (the
    doer is the speaker, "we" or the speaker's own side, a weak "should" with no doer, a doer that does not
    resolve)."""
    doer = demand.doer
    if doer is None:
        return [] if demand.strong else None
    if doer.pos_ == "PRON" and doer.lower_ in FIRST_PERSON:
        return None  # "X says we must act": a resolve of the speaker's side ("the US must act" is no "us")
    heads = [doer, hearer] if hearer is not None and doer.lower_ in HEARER_PRONOUNS else [doer]
    targets = [t for t in participants.first_resolved(heads, sources)
               if not asks_own_side(t, doer, sources, participants.actors)]
    return targets or None


def demanded_mode(act: Any) -> str:
    """The REQUEST mode from the demanded acts' own codings: to resign, free or withdraw is `yield`, to give aid
    `assist`, to meet `meet`, anything else `change` ("had no option but to give up and surrender": `yield`)."""
    for verb in [act, *(c for c in act.children if c.dep_ == "conj")]:
        match = match_verb(verb)
        if match is not None and match.coding.type in REQUEST_MODES:
            return REQUEST_MODES[match.coding.type]
    return "change"


def desire_request(verb: Any, participants: Participants) -> Candidate | None:
    """"X wants Y to do Z" or "X wants to see Y removed" is a REQUEST of X to Y, triggered by the verb of wanting,
    when both are states or their officials; what voters or investors want of a government is an opinion, not a
    demand made."""
    addressee, coding = wanted_of(verb), CALL_FOR
    if addressee is None and (seen := wished_sight(verb)) is not None:
        addressee = next(c for c in seen.children if c.dep_ in ("nsubj", "nsubjpass"))
        coding = Coding("REQUEST", demanded_mode(seen), "10")
    if addressee is None:  # most verbs: the subject's walk up the tree is not needed
        return None
    subject = subject_of(verb)
    if subject is None:
        return None
    sources = participants.actors.mentions(subject)
    targets = participants.first_resolved([addressee], sources)
    doc = participants.article.doc
    if not (sources and targets) or not all(state_actor(doc, m) for m in sources + targets):
        return None
    cand = Candidate(Match(verb, coding, [verb]), sources, targets, modality(verb), is_negated(verb), 0.0)
    cand.confidence = round(confidence_of(cand) - 0.1, 2)
    return cand


def received_aid(verb: Any, participants: Participants) -> Candidate | None:
    """Aid named from the recipient's side ("X received loans from Y", "X will receive Y's loans", "X was
    given loans by Y"): AID of Y to X (AGREE when announced); the giver must be named."""
    found = aid_received(verb)
    if found is None:  # most verbs: no recipient to look for
        return None
    recipient = passive_patient(verb) if is_passive(verb) else subject_of(verb)
    if recipient is None:
        return None
    noun, givers = found
    sources = [m for head in givers for m in participants.actors.mentions(head)]
    targets = participants.first_resolved([relative_antecedent(recipient)], sources) if sources else []
    if not targets or private_affair(AID_CODING, sources + targets):
        return None
    cand = Candidate(Match(verb, AID_CODING, [verb, noun], noun=noun), sources, targets, modality(verb),
                     is_negated(verb), 0.0)
    cand.confidence = round(confidence_of(cand) - 0.1, 2)
    return cand


def judgements(sentence: Any, participants: Participants) -> list[Candidate]:
    """Criticism and praise voiced with evaluative words ("X said Y's move was reckless"), see events_judged."""
    out = []
    for match, sources, targets in judged_events(sentence, participants.actors, participants.article.quotes):
        cand = Candidate(match, sources, targets, None, False, 0.0)
        cand.confidence = round(confidence_of(cand) - 0.15, 2)
        out.append(cand)
    return out


def adjunct_meeting(noun: Any, participants: Participants) -> Candidate | None:
    """A meeting named in an adjunct of a clause (``meeting_with``); fighting named so is events_joint's."""
    return meeting_with(noun, participants)


def meeting_with(noun: Any, participants: Participants) -> Candidate | None:
    """A meeting named in an adjunct of a clause ("unveiled the plan at a summit with X", "spoke
    after talks with Y", "said in a meeting with Z that ...", "will go to Jakarta for a summit with Y"): the clause's
    subject met X (or will: AGREE). The meeting needs a "with" partner that resolves to an actor: "said in talks on
    trade that ..." names no party met."""
    verb = noun.head.head
    for _ in range(2):  # "spoke about the crisis in a call with Y": the parser may hang the adjunct on an object
        if verb.pos_ != "NOUN" or verb.dep_ not in ("dobj", "obj", "pobj"):
            break
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    prep = noun.head.lower_ if noun.dep_ == "pobj" else ""
    travel = prep == "for" and verb.lemma_.lower() in TRAVEL_VERBS
    coding = noun_coding(noun) if prep in MEETING_PREPS or prep == "in" or travel else None
    if coding is None or coding.type != "CONSULT" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if travel and match_verb(verb) is not None:
        return None  # "will travel to Tokyo for a summit with X": the visit is coded, its host the target
    subject = subject_of(verb)
    partners = [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "with" for c in p.children
                if c.dep_ == "pobj"]
    if subject is None or not partners:
        return None
    sources = participants.actors.mentions(subject)
    targets = participants.first_resolved(partners, sources)
    if not (sources and targets):
        return None
    cand = Candidate(Match(noun, coding, [noun], noun=noun), sources, targets, modality(verb) or None, False, 0.0)
    cand.confidence = round(confidence_of(cand) - 0.1, 2)
    return cand


def undergone_act(noun: Any, participants: Participants) -> Candidate | None:
    """An act the clause's subject undergoes or receives ("X is under investigation by Y", "X faces a lawsuit
    from Y", "X is the subject of a Y inquiry", "X received an invitation from Y", "won praise from Y"): Y did
    it to X, as is a message received from a public body or a firm ("X received a letter of protest from Y's
    ministry"); "X's dealings are under investigation" is about X."""
    holder = noun.head
    received = noun.dep_ in ("dobj", "obj") and holder.lemma_.lower() in ACT_RECEIVING_VERBS
    named_act = noun_coding(noun)
    coding = named_act or (message_coding(noun) if received else None)
    if coding is None or coding.type not in UNDERGONE_TYPES and not received:
        return None
    if noun.dep_ == "pobj" and holder.lower_ == "under":
        verb = holder.head
    elif noun.dep_ in ("dobj", "obj") and holder.lemma_.lower() in UNDERGOING_VERBS | ACT_RECEIVING_VERBS:
        verb = holder
    elif noun.dep_ == "pobj" and holder.lower_ == "of" and holder.head.dep_ == "attr" and (
            holder.head.lemma_.lower() in FRAME_NOUNS):
        verb = holder.head.head
    else:
        return None
    patient = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if patient is not None and not agentive(patient):
        patient = next((c for c in patient.children if c.dep_ == "poss"), None)
    if patient is None:
        return None
    agents = [c for head in (noun, verb) for p in head.children if p.dep_ in ("prep", "agent") and (
        p.lower_ in ("by", "from")) for c in p.children if c.dep_ == "pobj"]
    agents += [c for c in noun.children if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN"]
    sources = [m for head in agents for m in participants.actors.mentions(head)]
    if received and named_act is None and not all(
            public_judge(m.actor) or m.actor.sector == "BUS" for m in sources):
        return None  # "a letter of complaint from a tourist": a private message, no political or business act
    targets = participants.actors.parties(patient)
    if not (sources and targets):
        return None
    cand = Candidate(Match(noun, coding, [noun], noun=noun), sources, targets, modality(verb) or None,
                     is_negated(verb), 0.0)
    cand.confidence = round(confidence_of(cand) - 0.05, 2)
    return cand


