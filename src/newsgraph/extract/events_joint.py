"""Two-sided fights named by a noun with "between X and Y" that the clause says took place: people died or were
hurt "in clashes between X and Y", "there has been a gun battle between X and Y", "fighting raged between X and
Y". X and Y fight each other (PLOVER ASSAULT, reciprocal), though neither is the subject of a trigger verb: a
``Joint`` candidate, whose sources act on one another whatever its words. (Talks "between X and Y" that opened,
stalled or ended are a trigger of their own: ``events_lexicon_match.occurring_event``.)"""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_candidates import Candidate, confidence_of
from newsgraph.extract.events_lexicon import Coding, Match, inflection_stems
from newsgraph.extract.events_participants import Participants
from newsgraph.extract.events_syntax import conjuncts, is_negated, modality

FIGHT_CODING = Coding("ASSAULT", None, "19")
# Nouns of a fight between two sides (general English usage); ``events.TWO_SIDED_WORDS`` is built on them
FIGHT_NOUNS = frozenset({"clash", "clashes", "battle", "battles", "fighting", "gunbattle", "gunfight", "firefight",
                         "skirmish", "skirmishes", "shootout", "shootouts", "exchange"})
SETTING_PREPS = frozenset({"in", "during"})  # "died in clashes between ...", "hurt during fighting between ..."
HAPPENING_VERBS = frozenset({"erupt", "break", "occur", "continue", "rage", "flare", "resume", "intensify"})
UNREAL_DETS = frozenset({"no", "any"})  # "no clashes between ...", "intervene in any fighting between ..."


def took_place(noun: Any) -> Any | None:
    """The verb of a clause that says the fight happened: one whose setting it is ("died in clashes"), an
    existential "there has been", or a verb of happening ("fighting raged"); None otherwise."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in SETTING_PREPS and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if noun.dep_ in ("attr", "nsubj") and head.lemma_.lower() == "be" and any(
            c.dep_ == "expl" for c in head.children):
        return head
    if noun.dep_ == "nsubj" and {head.lemma_.lower(), *inflection_stems(head.lower_)} & HAPPENING_VERBS:
        return head  # the parser's lemma of "raged" is "rag"
    return None



class Joint(Candidate):
    """A candidate whose sources act on one another (a fight "between X and Y"): the expansion makes
    each side the other's target, without reading its words again."""


def between_sides(holder: Any) -> list[Any]:
    """The objects of a "between" phrase on a token ("clashes between X and Y": X)."""
    return [c for p in holder.children if p.dep_ == "prep" and p.lower_ == "between" for c in p.children
            if c.dep_ == "pobj"]


def fight_between(noun: Any, participants: Participants) -> Candidate | None:
    """A fight between two named sides that the clause says took place, as a joint candidate of both
    sides with no target. The "between" phrase may hang on the noun ("clashes between X and Y erupted") or on
    the verb of happening ("fighting raged between X and Y"); a fight only wished for, feared or
    hypothetical ("ready to intervene in any fighting between ...", "clashes could erupt") is none."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in FIGHT_NOUNS and noun.lower_ not in FIGHT_NOUNS:
        return None
    verb = took_place(noun)
    if verb is None or is_negated(verb) or modality(verb) is not None or any(
            c.dep_ == "det" and c.lower_ in UNREAL_DETS for c in noun.children):
        return None  # "there were no clashes between ...", "clashes may erupt between ..."
    sides = between_sides(noun) or (between_sides(verb) if noun.dep_ in ("nsubj", "attr") else [])
    if not sides:
        return None
    sources = list({m.key(): m for head in conjuncts(sides[0]) for m in participants.actors.mentions(head)}.values())
    if len(sources) < 2:
        return None
    cand = Joint(Match(noun, FIGHT_CODING, [noun], noun=noun), sources, [], None, False,
                 0.0)
    cand.confidence = round(confidence_of(cand) - 0.1, 2)
    return cand
