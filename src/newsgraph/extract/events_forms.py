"""Forms of news English that name an act or its parties around a trigger: an event noun with a participle
naming its doer ("tariffs imposed by X"), a call "for X to act", a demand joined to a reported clause, the owner
of a thing acted upon, and phrases that never hold a target (another clause's subject, a time or circumstance)."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_actor_words import person_noun
from newsgraph.extract.events_clauses import VERBAL_TYPES, to_infinitive
from newsgraph.extract.events_lexicon import ANY, Match, lexicon, names_event, noun_coding, verb_lemma
from newsgraph.extract.events_syntax import SPEECH_VERBS, SUBJECT_DEPS, agent_of, subject_of

# acts on a thing that reach its owner ("seized their passports", "criticised her remarks", "backed his plan")
OWNER_TARGET_TYPES = frozenset({"COERCE", "ASSAULT", "SANCTION", "ACCUSE", "REJECT", "SUPPORT"})
# prepositions of time and circumstance, whose phrase says when or amid what an act happened, never to whom
# ("after talks with X" and "following a rally against X" may well name the other party)
CIRCUMSTANCE_PREPS = frozenset({"during", "since", "until", "amid", "amidst", "despite", "throughout"})


def performed_noun(verb: Any) -> Match | None:
    """An event noun qualified by a light verb's participle that names its doer ("tariffs imposed by X",
    "an attack carried out by X", "talks held by X with Y"): the act is X's, coded by the noun."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.pos_ != "NOUN" or agent_of(verb) is None:
        return None
    lex = lexicon()
    if verb_lemma(verb) not in lex.light | lex.aspectual or not names_event(noun):
        return None
    coding = noun_coding(noun)
    return Match(verb, coding, [verb, noun], noun=noun) if coding is not None else None


def owned_patient(head: Any, type_: str) -> bool:
    """A thing seized, criticised or refused as the verb's object or passive subject ("froze their assets",
    "her book was banned", "condemned his remarks"): whose it is undergoes the act."""
    return type_ in OWNER_TARGET_TYPES and head.pos_ == "NOUN" and head.dep_ in ("dobj", "obj", "nsubjpass") and (
        not names_event(head))


def for_to_clause(verb: Any) -> bool:
    """An infinitive clause of a verb with its own subject after "for" ("called for the minister to resign",
    "waited for X to act"): wished or awaited, not done; "the reason for X to sue" (on a noun) says it was."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children) and (
        to_infinitive(verb))


def call_for_clause(verb: Any) -> Match | None:
    """A call, plea or push for someone to act, its "for" parsed as the mark of the infinitive clause ("called
    for the minister to resign"): the lexicon's coding of the verb with "for"."""
    clause = next((c for c in verb.children if for_to_clause(c)), None)
    if clause is None:
        return None
    codings = lexicon().verbs.get((f"{verb_lemma(verb)} for", ANY))
    if not codings or codings[0].type != "REQUEST":
        return None
    mark = next(c for c in clause.children if c.dep_ == "mark")
    return Match(verb, codings[0], [verb, mark])


def circumstance(token: Any) -> bool:
    """A preposition of time or circumstance ("during X's trial", "amid protests"), unless what it names is a
    meeting, whose partner ("during talks with X") is the other party of what was done there."""
    if token.dep_ != "prep" or token.lower_ not in CIRCUMSTANCE_PREPS:
        return False
    held = next((c for c in token.children if c.dep_ == "pobj"), None)
    coding = noun_coding(held) if held is not None and held.pos_ == "NOUN" else None
    return coding is None or coding.type != "CONSULT"


def other_subject(head: Any, verb: Any) -> bool:
    """True for a name that is (or is joined to) the subject of a verb other than ``verb``: no partner of a
    meeting or a deal, though a charge or a threat may well target the subject of the clause it voices."""
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ in ("nsubj", "nsubjpass") and first.head.i != verb.i


def reported_thing_conjunct(verb: Any, subject: Any | None, type_: str) -> Any | None:
    """The speech verb whose speaker voiced a demand or a charge that the parser joined to the reported clause,
    when that clause's subject is a thing that cannot voice it ("said the new rota has worn out crews, and
    demanded rest days": the speaker demanded)."""
    head = verb.head
    thing = subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ and not person_noun(subject)
    if verb.dep_ != "conj" or type_ not in VERBAL_TYPES or head.dep_ != "ccomp" or not thing or any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    speech = head.head
    speaks = speech.lemma_.lower() in SPEECH_VERBS and verb.tag_ == speech.tag_
    return speech if speaks and subject_of(speech) is not None else None
