"""Conduct a speaker may charge another party with (events_judged): misconduct ("Y had misled parliament", "had broken
its promise", "had violated international law"), neglect of a party or a duty ("Y had failed the farmers", "had let
them down", "had failed to act", "has not done enough to"), what it "should have done" (a reproach), blame for a harm
("Y was responsible for the bombing") and a choice rated right ("did the right thing").  These are tests on the
words and their syntax; who voices them and whom they judge is events_judged's to decide."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_actor_words import agentive, person_noun, token_role
from newsgraph.extract.events_judged_words import (
    BLAMED_PURPOSES,
    BREAKING_VERBS,
    CONDUCT_OBJECTS,
    CONDUCT_VERBS,
    COPULAS,
    CULPABLE,
    DEICTIC,
    HARM_NOUNS,
    KEEPING_VERBS,
    LAW_BREAKING_VERBS,
    LAW_NOUNS,
    PARTY_OBJECT_MISCONDUCT,
    PHRASAL_MISCONDUCT,
    PROMISE_NOUNS,
    RULE_NOUNS,
    RULE_QUALIFIERS,
    VOICE_NOUNS,
    misconduct_verbs,
)
from newsgraph.extract.events_lexicon import COOPERATIVE, noun_coding
from newsgraph.extract.events_lexicon_words import PAST_TIME_WORDS, TIME_AHEAD_WORDS
from newsgraph.extract.events_syntax import (
    HYPOTHETICAL_AUX,
    INTENT_AUX,
    carries_negation,
    is_negated,
    is_passive,
    subject_of,
)

# words of a time limit still to come ("by now", "by tomorrow", "by next week", "by this evening")
COMING_LIMITS = TIME_AHEAD_WORDS | {"this"}
# words of a time limit gone by ("by last year", "by yesterday", "by two years ago", "by then")
PAST_LIMITS = PAST_TIME_WORDS | {"then"}
# acts that gain or win something, outcomes not owed ("failed to win the contract", "failed to secure a loan")
GAIN_VERBS = frozenset({"win", "gain", "secure", "obtain", "earn", "capture", "seize", "take", "conquer", "get",
                        "achieve", "attain", "land", "clinch", "overturn", "retain", "regain", "recapture"})
FORCE_DUTY_MODES = frozenset({"arrest", "detain"})  # COERCE acts the state's force owes ("failed to arrest X")
MODALS = HYPOTHETICAL_AUX | INTENT_AUX | {"ought", "ca"}


def names_actor(head: Any) -> bool:
    """A head that names an actor by itself: a name, a pronoun, a role or a body ("the government", "officials");
    not a plural thing ("sales", "tariffs")."""
    return agentive(head) and (head.tag_ != "NNS" or head.ent_type_ != "" or person_noun(head))


def misconduct(word: Any) -> bool:
    """True for a verb of misconduct ("betrayed", "misled", "lied"), the law broken ("violated international law")
    or a promise broken or not kept ("broke its pledge", "has not lived up to its vow", "did not keep its word")."""
    if word.pos_ != "VERB":
        return False
    lemma = word.lemma_.lower()
    if lemma == "lie":
        if word.lower_ == "lying":  # "lying to voters", "lying about the deal"; not "lying on the road"
            return any(c.dep_ == "prep" and c.lower_ in ("to", "about") for c in word.children)
        return word.lower_ in misconduct_verbs()  # "the problem lies in ...": only "lied"
    if lemma in misconduct_verbs():
        return not is_negated(word) and not none_done(word)  # "had wasted the surplus", not "wasted no time"
    phrasal = any((lemma, c.lower_) in PHRASAL_MISCONDUCT for c in word.children if c.dep_ == "prt")
    if (lemma in PARTY_OBJECT_MISCONDUCT or phrasal) and wronged_party(word):
        return not is_negated(word)  # "failed the farmers", "let down the farmers", "ignored their concerns"
    if lemma == "fail":  # "failed to act", not "failed to win a majority" nor "the engine failed"
        return duty_failed(word)
    if lemma == "do":  # "has not done enough to help farmers", "has done nothing to stop the attacks"
        return too_little_done(word)
    if lemma == "trust":  # "Y cannot be trusted"
        return is_passive(word) and is_negated(word)
    objects = [c for c in word.children if c.dep_ in ("dobj", "obj")]
    objects += [p for c in word.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if law_broken(word) is not None:
        return lemma in LAW_BREAKING_VERBS and not carries_negation(word)  # "violated international law"
    if not any(o.lemma_.lower() in PROMISE_NOUNS for o in objects):
        return False
    return lemma in KEEPING_VERBS if carries_negation(word) else lemma in BREAKING_VERBS


def none_done(word: Any) -> bool:
    """True for a verb whose object is denied ("wasted no time", "misled nobody"): nothing charged."""
    return any(c.dep_ in ("dobj", "obj") and (c.lower_ in ("nothing", "nobody", "noone") or any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in word.children)


def wronged_party(word: Any) -> bool:
    """True when a verb of neglect is done to a party ("failed the farmers", "abandoned pensioners", "let farmers
    down"), or to what a party voices ("ignored the concerns of farmers", "ignored warnings"); not to a thing
    ("failed the test", "abandoned the car")."""
    objects = [c for c in word.children if c.dep_ in ("dobj", "obj")]
    objects += [g for c in word.children if c.dep_ == "prt" for g in c.children if g.dep_ in ("nsubj", "dobj")]
    if word.lemma_.lower() in ("ignore", "disregard"):
        if any(o.lemma_.lower() in VOICE_NOUNS for o in objects):
            return True
    return any(names_actor(o) and o.lower_ not in DEICTIC for o in objects)


def duty_failed(word: Any) -> bool:
    """True for "failed to" a duty ("had failed to act", "failed to protect workers"), not an outcome ("failed to win
    a majority", "failed to defeat the rebels") nor "did not fail to"."""
    if is_negated(word):
        return False
    duty = next((c for c in word.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    return duty is not None and not is_passive(duty) and owed_act(duty)


def owed_act(verb: Any) -> bool:
    """True for an act a party owes rather than achieves. A gain or a contest's result is an outcome whatever its
    coding ("win the contract", "secure a loan", "defeat the rebels", "capture the town"); a coded act is owed when
    cooperative or protective ("consult farmers", "deliver aid"), or an arrest or detention by the state's force
    ("the police failed to arrest the gunmen"), not another hostile act nor a joint result ("block the bill",
    "reach agreement"); an uncoded act is owed, with an object or none ("repair the bridge", "stop the floods",
    "act")."""
    from newsgraph.extract.events_asserted import RESULT_VERBS  # both import this module (through events_judged)
    from newsgraph.extract.events_lexicon_match import match_verb

    lemma = verb.lemma_.lower()
    if lemma in RESULT_VERBS or lemma in GAIN_VERBS:
        return False
    match = match_verb(verb)
    if match is None:
        return True
    if match.coding.type == "COERCE" and match.coding.mode in FORCE_DUTY_MODES:
        return state_force(subject_of(verb))
    return match.coding.type in COOPERATIVE and match.coding.type != "AGREE"


def state_force(subject: Any) -> bool:
    """True for the police or troops ("the police", "soldiers", "the army"), whose arrests are duties."""
    if subject is None:
        return False
    role = token_role(subject)
    return role is not None and role.sector in ("COP", "MIL")


def too_little_done(word: Any) -> bool:
    """True for "has not done enough" or "has done nothing (little) to" said of a party, not "did nothing wrong"
    (a defence), "had done nothing to provoke the lockout" (a purpose that brings blame: a defence too), "can do
    nothing" (no means) nor "did enough to win" (an outcome)."""
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in word.children):
        return False
    done = next((c for c in word.children if c.dep_ in ("dobj", "obj", "advmod") and c.lower_ in (
        "enough", "nothing", "little")), None)
    if done is None or any(c.lower_ in ("wrong", "illegal", "improper") for c in done.children):
        return False
    if done.lower_ == "enough":
        return carries_negation(word)
    return not carries_negation(word) and any(c.dep_ in ("relcl", "acl", "advcl", "xcomp") and any(
        a.lower_ == "to" for a in c.children) and c.lemma_.lower() not in BLAMED_PURPOSES
        for t in (word, done) for c in t.children)  # not "done nothing to deserve it": a defence


def law_broken(word: Any) -> Any | None:
    """The law a verb's object names ("violated international law", "trampled on human rights", "flouted the
    rule of law"), None for other objects ("ignored the rules of the kitchen", "violated its patent rights")."""
    objects = [c for c in word.children if c.dep_ in ("dobj", "obj")]
    objects += [p for c in word.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children
                if p.dep_ == "pobj"]  # "trampled on the norms of international law"
    return next((o for o in objects if o.lemma_.lower() in LAW_NOUNS or international_rule(o)), None)


def international_rule(noun: Any) -> bool:
    """True for rules, rights or norms that are law: international or human ones ("human rights", "international
    norms") or those "of law" ("the rule of law", "the norms of international law")."""
    if noun.lemma_.lower() not in RULE_NOUNS:
        return False
    qualified = any(c.dep_ in ("amod", "compound") and c.lower_ in RULE_QUALIFIERS for c in noun.children)
    return qualified or any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.dep_ == "pobj" and p.lemma_.lower() == "law" for p in c.children) for c in noun.children)


def should_have(verb: Any) -> bool:
    """True for what a party should (not) have done ("Y should have acted sooner", "should not have sent troops"):
    a reproach of past conduct, not a demand; not a passive ("Y should have been told"), whose subject was wronged."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBN" and "have" in auxes and "should" in auxes and not is_passive(verb)


def forecast(verb: Any) -> bool:
    """True for "should have" with a time limit still to come ("aid workers should have reached the town by
    Friday", "by now", "by next week"): a forecast of what will be done, no reproach. A past limit is one ("should
    have finished the bridge by 1999", "by last year"); with no article date here, a year counts as past."""
    for limit in (p for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children):
        words = [t for t in limit.subtree]
        if any(t.lower_ in PAST_LIMITS or (t.like_num and len(t.text) == 4) for t in words):
            return False  # "by 1999", "by last year", "by two weeks ago"
        if any(t.lower_ in COMING_LIMITS for t in words) or limit.ent_type_ in ("DATE", "TIME"):
            return True
    return False


def harmful(noun: Any) -> bool:
    """True for a harm or a hostile act ("the bombing", "the deaths", "the cyberattack")."""
    coding = noun_coding(noun) if noun.pos_ == "NOUN" else None
    return noun.lemma_.lower() in HARM_NOUNS or noun.lower_ in HARM_NOUNS or (
        coding is not None and coding.type not in COOPERATIVE)


def blamed_for(word: Any) -> bool | None:
    """For a word of culpability: True when it lays the blame for a harm ("responsible for the bombing", "was
    behind the attack", "guilty of war crimes"), False for anything else ("responsible for security"); None for
    other words."""
    if word.lower_ == "behind" and word.dep_ == "prep" and word.head.lemma_.lower() in COPULAS:
        return any(harmful(p) for p in word.children if p.dep_ == "pobj")
    if word.lower_ == "guilty" and word.dep_ == "acomp":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)
    if word.lower_ not in CULPABLE or (word.lower_ == "responsibility" and word.head.lemma_.lower() != "bear"):
        return None  # "Y bears responsibility for the attack"; "Y claimed responsibility" is Y's own word
    causes = [p for c in word.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
              if p.dep_ in ("pobj", "pcomp")]
    if not causes:
        return None if word.lower_ != "blame" else False
    return word.lower_ == "blame" or harmful(causes[0])  # "Y is to blame for the delays": whatever went wrong


def right_choice(word: Any, verb: Any) -> bool:
    """True for a word of propriety rating a choice its verb's subject made ("did the right thing", "made the
    correct decision"): praise, though "the decision was right" alone judges nothing."""
    return word.dep_ == "amod" and word.head.dep_ in ("dobj", "obj") and word.head.head.i == verb.i and (
        verb.lemma_.lower() in CONDUCT_VERBS and word.head.lemma_.lower() in CONDUCT_OBJECTS)
