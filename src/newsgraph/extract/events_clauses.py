"""Clause-level facts about an event trigger: whether the text asserts it, and what one actor wants of another.

- An act inside an embedded question ("to find out whether X seized the boats") is asked about, not asserted;
  an act that is the condition of another ("if X agrees", "unless Y accepts") is supposed, not asserted.
- A modal perfect ("could have accepted") says what would have been, not what was.
- A death or injury "in a crash" with no agent is an accident, not an assault.
- "X wants Y to do Z" is X's demand on Y (CAMEO 10, PLOVER REQUEST); Z is only wanted, not done.
- "X said the shots were fired by Y and urged Z ...": the parser often hangs the second verb on the
  reported clause; a verbal act there whose reported subject names no actor is the speaker's.
"""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_syntax import CLAUSE_CONDITION_MARKS, SPEECH_VERBS, is_passive, subject_of

QUESTION_MARKS = frozenset({"whether", "if"})
QUESTION_DEPS = ("ccomp", "csubj", "pcomp")
CONDITION_MARKS = CLAUSE_CONDITION_MARKS  # "if", "unless", "until" ("will suspend aid until they free them")
COUNTERFACTUAL_MODALS = frozenset({"might", "could", "would", "should", "may", "must", "'d"})
# Sudden mishaps in which people die or are hurt without anyone acting on them (general English usage).
ACCIDENT_NOUNS = frozenset({
    "crash", "accident", "collision", "derailment", "fire", "blaze", "flood", "flooding", "earthquake", "quake",
    "storm", "hurricane", "typhoon", "cyclone", "tornado", "avalanche", "landslide", "mudslide", "stampede",
    "tsunami", "wreck", "shipwreck", "capsizing", "eruption", "heatwave", "drought",
})
DESIRE_VERBS = frozenset({"want", "wish", "like", "prefer"})  # "wants X to", "would like X to"
VERBAL_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "SUPPORT"})


def to_infinitive(verb: Any) -> bool:
    """True for an infinitive with "to" ("to extradite")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def in_question(verb: Any) -> bool:
    """True when the verb stands in an embedded yes/no question ("whether X withheld aid", "asked if X had
    fired"), so the act is asked about, not asserted."""
    for token in (verb, *verb.ancestors):
        if token.dep_ in QUESTION_DEPS and any(
                c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in token.children):
            return True
    return False


def in_condition(verb: Any) -> bool:
    """True when the verb states a condition ("if X agrees", "unless Y accepts"), itself or as the
    infinitive or conjunct of the condition's verb."""
    token = verb
    for _ in range(4):
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children):
            return True
        if token.dep_ not in ("xcomp", "conj") or token.head.i == token.i:
            return False
        token = token.head
    return False


def counterfactual(verb: Any) -> bool:
    """True for a modal perfect ("might have rejected", "could have stopped"): what would have happened,
    which the text implies did not."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and "have" in auxes and bool(auxes & COUNTERFACTUAL_MODALS)


def accidental(verb: Any) -> bool:
    """True for a passive with no agent whose harm happened "in" a mishap ("were hurt in a road
    accident")."""
    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "after")):
        if any(o.dep_ == "pobj" and o.lemma_.lower() in ACCIDENT_NOUNS for o in prep.children):
            return True
    return False


def wanted_act(verb: Any) -> Any | None:
    """The infinitive of "X wants Y to Z" (Y the infinitive's own subject or the verb's object), else None."""
    if verb.lemma_.lower() not in DESIRE_VERBS:
        return None
    has_object = any(c.dep_ in ("dobj", "obj") for c in verb.children)
    for child in verb.children:
        if not to_infinitive(child):
            continue
        if child.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in child.children):
            return child
        if child.dep_ == "xcomp" and has_object:
            return child
    return None


def wanted_of(verb: Any) -> Any | None:
    """Who is wanted to act in "X wants Y to Z": Y."""
    act = wanted_act(verb)
    if act is None:
        return None
    if act.dep_ == "ccomp":
        return next(c for c in act.children if c.dep_ == "nsubj")
    return next(c for c in verb.children if c.dep_ in ("dobj", "obj"))


def speech_conjunct(verb: Any, type_: str) -> Any | None:
    """The speech verb whose subject performs a verbal act that the parser joined to the reported clause
    ("said the shots were fired by Y and urged Z": the speaker urged Z), else None."""
    head = verb.head
    if verb.dep_ != "conj" or type_ not in VERBAL_TYPES or head.dep_ != "ccomp" or not is_passive(head):
        return None
    speech = head.head
    if speech.lemma_.lower() not in SPEECH_VERBS or verb.tag_ != speech.tag_ or subject_of(speech) is None:
        return None
    return speech
