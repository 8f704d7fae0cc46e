"""Promises whose object names the act promised: "vowed a crackdown on X", "offered his resignation", "committed
funding to X", "promised a million new jobs".

PLOVER codes a promised or offered cooperative act as AGREE (CAMEO 03: intent to cooperate, to yield, to give
aid) and a promised hostile act as that act intended, which ``events.plover_type`` makes a threat (CAMEO 13).
A promise verb with a to-infinitive is coded that way in ``EventCoder.sentence_candidates``; this module codes
the same promise made with a noun object. The rule, by verb family:

- Pledging verbs (pledge, promise, vow) promise whatever their object names: an event noun of a hostile act
  (nouns.tsv) is that act with mode intent ("vowed a crackdown on the gangs": COERCE intent, a threat); a
  cooperative act or a benefit is AGREE ("vowed support", "promised new jobs"), as is an inquiry or a charge
  against no party ("promised an investigation into the fire": a cooperative response) and anything else
  "pledge" and "promise" take (verbs.tsv codes them alone).
- Offering verbs (offer, volunteer, commit) promise only a cooperative act or a benefit: an event noun of a
  cooperative act, yielding included ("offered his resignation", "offered a ceasefire": stated willingness
  to yield, CAMEO 035, which PLOVER codes AGREE), or aid, money, jobs, troops or support ("committed troops to
  the mission": intent to give military aid, CAMEO 0332). Their hostile objects are acts done, not promised
  ("committed an attack", "offered resistance"), and are not coded here.
- "undertake" and "resolve" with a noun object carry out or settle it ("undertook a review", "resolved the
  dispute"): no promise; they stay coded only with an infinitive.
"""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_lexicon import COOPERATIVE, Match, event_noun, noun_coding, prep_object
from newsgraph.extract.events_lexicon_flags import money, recipient_phrase
from newsgraph.extract.events_lexicon_objects import direct_object, names_party
from newsgraph.extract.events_lexicon_words import AID_NOUNS

PLEDGING_VERBS = frozenset({"pledge", "promise", "vow"})
OFFERING_VERBS = frozenset({"offer", "volunteer", "commit"})
# hostile acts a pledge can promise: the act intended, which plover_type reads as a threat of it
PROMISABLE_HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE", "ACCUSE", "THREATEN"})
# what a promise can give that is no event noun: money, work, forces, backing, shelter (general English usage)
BENEFIT_NOUNS = AID_NOUNS | frozenset({
    "job", "jobs", "cash", "fund", "dollar", "dollars", "investment", "investments", "resources", "support",
    "backing", "help", "troops", "troop", "soldiers", "forces", "peacekeepers", "personnel", "reinforcements",
    "police", "officers", "experts", "asylum", "refuge", "shelter", "protection", "access", "amnesty", "pardon",
    "compensation", "reform", "reforms", "guarantee", "guarantees", "assurance", "assurances", "scholarships",
    "places", "visas", "seats", "food", "supplies", "equipment", "weapons", "arms", "aircraft", "ships",
})


def promised_object(verb: Any) -> Any | None:
    """The noun a promise verb's direct object stands for ("a series of raids": raids; "$5m in aid": aid)."""
    obj = direct_object(verb)
    if obj is None:
        return None
    inner = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "in" and (p := prep_object(c)) is not None]
    return next((n for n in [event_noun(obj), *inner] if noun_coding(n) is not None or benefit(n)), event_noun(obj))


def benefit(noun: Any) -> bool:
    """True for a noun naming something given: aid, jobs, troops, support, or a sum for someone ("$5m to X";
    a sum alone may be spent on oneself: "committed $5m to expand its warehouse")."""
    if money(noun):
        return recipient_phrase(noun.head, noun) if noun.head.pos_ in ("VERB", "AUX") else False
    return noun.lower_ in BENEFIT_NOUNS or noun.lemma_.lower() in BENEFIT_NOUNS


def answerable(coding: Any, noun: Any) -> bool:
    """True for a promised inquiry that answers a wrong instead of accusing a party ("promised an investigation
    into the fire": a cooperative response, AGREE); an inquiry into a party ("an investigation into the union")
    accuses it, and a lawsuit or legal action, aimed or not ("vowed a lawsuit over the fire"), is no answer."""
    from newsgraph.extract.events_actor_words import agentive

    if coding.type != "ACCUSE" or coding.mode != "investigate":
        return False
    return not any(c.dep_ == "prep" and (party := prep_object(c)) is not None and (names_party(party) or agentive(
        party)) for c in noun.children)


def promised_act(match: Match) -> tuple[Match, str | None] | None:
    """The act a promise verb with a noun object promises and its mode, or None when the object names none
    (see the module docstring): "vowed reprisals against X" is ASSAULT intent, "offered talks" AGREE."""
    verb = match.verb
    lemma = verb.lemma_.lower()
    noun = promised_object(verb) if lemma in PLEDGING_VERBS | OFFERING_VERBS else None
    if noun is None:
        return None
    coding = noun_coding(noun)
    if coding is not None and coding.type in PROMISABLE_HOSTILE and not answerable(coding, noun):
        if lemma not in PLEDGING_VERBS:
            return None  # "committed an attack": done, not promised
        return Match(verb, coding, [verb, noun], noun=noun), "intent"
    if coding is not None and (coding.type in COOPERATIVE or answerable(coding, noun)) or benefit(noun):
        return Match(verb, match.coding, [verb, noun]), None
    return None
