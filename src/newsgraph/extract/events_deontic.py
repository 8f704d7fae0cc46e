"""Demands voiced as a reported opinion: a clause under a verb of speech or opinion whose verb carries a deontic
modal or semi-modal ("X says Y must close the plant", "X believes Y ought to apologise", "X argues Y needs to do
more", "X says it is up to Y to act", "X told Y it had no option but to withdraw"). The guideline codes them
REQUEST ("X must publish the files" is REQUEST `change`, a demand that a leader go REQUEST `yield`), of the
speaker to whoever must act; the demanded act is asked for, not done (``demanded``), and so is an obligation that
is no demand (``obligation``: "has to pay under the contract").

Not demands: an obligation the clause grounds in a contract, a law, a ruling or a plan ("says the council has to
pay $2 million under the contract" states a fact of the contract); a past "had to" that reports what happened
("says the council had to pay", "the army said its soldiers had to fire"); what should or must have happened
("says Y should have warned them", a reproach or a guess); an inference or a forecast ("Y must be behind the
raid", "Y will probably have to pay", "Y should benefit"); a habit or a rule ("has to import rice every year");
a question or a condition ("asked whether Y must pay", "did X say Y must pay?"); a view received, not voiced
("received a note that Y must act"); and "Y should be ashamed", a judgement (events_judged).

A wish voiced the same way is a demand too: "X wants to see Y removed from power", "X would like to see Y
reopen the border" (``wished_sight``, beside events_clauses' "X wants Y to ...")."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from newsgraph.actors.kb import knowledge_base
from newsgraph.extract.events_actors import ActorFinder, Mention
from newsgraph.extract.events_clauses import CONDITION_MARKS, DESIRE_VERBS, QUESTION_MARKS, in_question, to_infinitive
from newsgraph.extract.events_judged import judging_clause
from newsgraph.extract.events_judged_actors import own_possessor, own_side
from newsgraph.extract.events_judged_words import JUDGING_VERBS
from newsgraph.extract.events_lexicon_words import MEDIA_NOUNS, MESSAGE_NOUNS, PAST_TIME_WORDS, TIME_AHEAD_WORDS
from newsgraph.extract.events_syntax import (
    AUTHORING_VERBS,
    HYPOTHETICAL_AUX,
    agent_of,
    carries_negation,
    is_passive,
    subject_of,
    time_for_act,
)

# Verbs that voice an opinion or a demand: those that voice a judgement (events_judged_words), and those of
# urging ("X urges that Y must ...")
OPINION_VERBS = JUDGING_VERBS | frozenset({
    "insist", "reckon", "stress", "emphasise", "emphasize", "tell", "urge", "recommend", "propose", "repeat", "plead",
})
# Verbs by which one voices a view or a message one holds ("repeated its view that ...", "sent a note that ...")
VOICING_VERBS = AUTHORING_VERBS | frozenset({"repeat", "reiterate", "express", "state", "restate", "voice"})
# Nouns of a stated view or message whose "that" clause says what it holds ("issued a reminder to Y that it must
# ...", "repeated its view that Y should ..."); the verb that governs them voices the clause
OPINION_NOUNS = MESSAGE_NOUNS | frozenset({
    "reminder", "view", "belief", "position", "stance", "opinion", "statement", "argument", "insistence",
    "conviction", "advice", "word", "assessment",
})
OBLIGING_AUX = frozenset({"must", "should", "ought"})  # "Y must/should/ought to act"
STRONG_AUX = frozenset({"must", "ought"})  # a demand even when nobody is named to act ("more must be done")
# "Y may need to act", "Y would have to be consulted": a possibility or a conditional, no demand
HEDGING_AUX = HYPOTHETICAL_AUX - OBLIGING_AUX
BACKSHIFTED_WILL = frozenset({"would", "'d"})  # "told Y they would need to act": "you will need to act"
# "Y will probably need to pay", "Y will likely have to wait": a forecast, no demand
HEDGING_ADVERBS = frozenset({"probably", "likely", "perhaps", "possibly", "maybe", "presumably"})
# A repeated act stated as a rule or a habit ("Y has to import rice every year", "visitors must carry permits at
# all times"): a circumstance, no demand
HABITUAL_WORDS = frozenset({"every", "each", "always", "annually", "routinely", "regularly", "usually", "daily"})
# A recurrence by the calendar ("every year", "annually", "at all times"): a schedule or a rule whoever must keep
# it; one by occasion ("must stop the raids every time they happen") is a rule only for a generic subject
CALENDAR_WORDS = frozenset({"year", "month", "week", "day", "night", "morning", "annually", "daily", "weekly",
                            "monthly", "yearly", "times"})
# Verbs of what befalls a party rather than what it does ("Y should benefit from the deal", "Y must know"): a
# forecast or a guess, no demand
NON_AGENTIVE_VERBS = frozenset({"know", "benefit", "receive", "win", "suffer", "enjoy", "experience"})
# A copula's place or identity inferred, not asked for ("Y must be behind the raid", "Y has to be the favourite");
# "Y must be at the talks" and "Y must be part of the solution" ask Y to take part
INFERRED_PLACES = frozenset({"behind"})
# Subordinators that set an act at a past time ("had to withdraw after the clash"); the words of a time still ahead
# or gone by (TIME_AHEAD_WORDS, PAST_TIME_WORDS: "had to withdraw now", "last week") are events_lexicon_words'
PAST_TIME_MARKS = frozenset({"after", "when", "once", "since", "as", "following"})
SEMI_MODALS = frozenset({"need", "have", "get"})  # "Y needs to act", "Y has to act", "Y has got to act"
REQUIRING_VERBS = frozenset({"require"})  # "Y is required to act"
NO_CHOICE_NOUNS = frozenset({"option", "choice", "alternative"})  # "Y has no option but to act"
UNASKED_MARKS = QUESTION_MARKS | CONDITION_MARKS  # "asked whether Y must pay": no demand made
QUESTION_WORDS = frozenset({"why", "how", "whether", "when", "what"})  # "asked why Y must pay"
ASKING_VERBS = frozenset({"ask", "wonder", "question"})  # "asked if / why / when ...": no demand made
# What may ground an obligation as a fact, not a demand ("has to pay under the contract", "is required by law"); on
# the act itself only "under" and a bare "by law" do, for "abide by the agreement" and "act according to the law"
# are what is demanded
GROUNDING_PREPS = frozenset({"under", "by", "according"})
GROUNDING_NOUNS = frozenset({
    "contract", "contracts", "law", "laws", "legislation", "statute", "act", "agreement", "deal", "treaty", "accord",
    "rule", "rules", "regulation", "regulations", "constitution", "charter", "terms", "ruling", "order", "orders",
    "decree", "lease", "licence", "license", "conditions", "condition", "obligation", "obligations", "policy",
    "clause", "code", "protocol", "convention", "arrangement", "settlement", "covenant", "bylaws", "by-laws",
    "plan", "plans", "schedule", "timetable", "programme", "program",
})
# "It is vital that Y acts", "it is essential for Y to act": Y must act (the first four even with nobody named)
NECESSITY_WORDS = frozenset({"essential", "vital", "imperative", "necessary", "crucial", "important", "critical",
                             "urgent", "incumbent"})
STRONG_NECESSITY = frozenset({"essential", "vital", "imperative", "necessary", "incumbent"})
EXPLETIVES = frozenset({"there"})  # "there must be an inquiry": nobody named to act
SIGHT_WISHING_VERBS = DESIRE_VERBS | {"love"}  # "would like to see Y ..."
# A lawmaker's or a party's side, apart from the government's ("Senator X says the government must ...")
LEGISLATIVE_SECTORS = frozenset({"LEG", "PTY", "OPP"})

@dataclass(frozen=True, slots=True)
class Demand:
    """What a clause says someone must do: the demanded act, who must do it (None when nobody is named:
    "detainees must be separated"), whether its modal is strong enough to be a demand without a doer, and whether
    it is a past semi-modal ("had to", "needed to"), a demand only when backshifted under a past speech verb."""

    act: Any
    doer: Any | None
    strong: bool
    past: bool


def voiced_demand(clause: Any) -> Demand | None:
    """The demand a clause under a verb of speech or opinion voices ("[Y must close the plant]"), else None; an
    obligation grounded in a contract, a law or a plan is a fact, no demand ("has to pay under the contract")."""
    demand = obligation(clause)
    return None if demand is None or grounded(demand, clause) else demand


def obligation(clause: Any) -> Demand | None:
    """What a clause under a verb of speech or opinion says someone must do, demanded or not ("[Y must close the
    plant]", "[Y has to pay under the contract]"); its act is not asserted as done. None for a question, a
    condition, a hedge or a forecast, a negated obligation other than a plain "must not", a habit or a rule, what
    must have happened, and a past "had to" that reports what happened."""
    shifted = reported_past(clause)
    if unasked(clause) or hedged(clause, BACKSHIFTED_WILL if shifted else frozenset()):
        return None
    demand = (up_to_demand(clause) or time_demand(clause) or necessity_demand(clause) or semi_modal_demand(clause)
              or modal_demand(clause) or no_choice_demand(clause))
    if demand is None or hedged(demand.act) or epistemic(demand.act) or any(
            habitual(head, demand.doer) for head in (demand.act, clause)):
        return None
    if carries_negation(clause) and modal_demand(clause) is None:
        return None  # "it is not up to Y to act", "Y should not have to pay"; "Y must not attack" is a demand
    if perfect(demand.act) or judging_clause(demand.act):
        return None
    if demand.past and not backshifted(demand, voicing_verb(clause)):
        return None  # "police said officers had to fire tear gas": what happened, the act stays done
    if any(c.dep_ == "aux" and c.lower_ in BACKSHIFTED_WILL for c in clause.children):
        return replace(demand, strong=False)  # "said Y would have to be consulted": nobody is asked
    return demand


def unasked(clause: Any) -> bool:
    """True for a clause asked about or set as a condition ("asked whether Y must pay", "asked why Y must pay",
    "did X say Y must pay?"), not said."""
    verb = voicing_verb(clause)
    if any(c.dep_ == "mark" and c.lower_ in UNASKED_MARKS or c.dep_ == "advmod" and c.lower_ in QUESTION_WORDS
           for c in clause.children):
        return True
    if verb.lemma_.lower() in ASKING_VERBS:
        return True
    return in_question(verb) or inverted(verb)


def inverted(verb: Any) -> bool:
    """True for a verb asked about by inversion, its auxiliary before its subject in a question ("[Did] X say Y
    must pay?"); not a demand followed by a question of its own ("said Y must pay, and asked: who else?")."""
    subject = subject_of(verb)
    if subject is None or not any(t.text == "?" for t in verb.sent):
        return False
    return any(c.dep_ == "aux" and c.i < subject.i for c in verb.children)


def reported_past(clause: Any) -> bool:
    """True for a clause under a past verb of speech, whose "would" is the backshifted "will" of a demand ("told Y
    they would need to act"); under a present one it is a conditional ("says Y would have to be consulted")."""
    return voicing_verb(clause).tag_ in ("VBD", "VBN")


def hedged(head: Any, backshifted_aux: frozenset[str] = frozenset()) -> bool:
    """True for a head made only possible or likely ("Y may need to act", "Y would have to be consulted", "Y will
    probably have to pay"): no demand; ``backshifted_aux`` are read as tense, not as a hedge."""
    return any(c.dep_ == "aux" and c.lower_ in HEDGING_AUX - backshifted_aux or c.dep_ == "advmod" and c.lower_ in
               HEDGING_ADVERBS for c in head.children)


def habitual(head: Any, doer: Any | None) -> bool:
    """True for an act said to recur as a rule or a habit, no demand: by the calendar whoever does it ("has to
    import rice every year", "must carry permits at all times"), or by occasion of a generic doer ("visitors must
    show their passes every time they enter"); a named party's "must stop the raids every time they happen" is
    a demand."""
    for child in head.children:
        if child.dep_ not in ("npadvmod", "advmod", "prep"):
            continue
        words = {t.lower_ for t in child.subtree}
        if not (words & HABITUAL_WORDS or {"all", "times"} <= words):
            continue
        if words & CALENDAR_WORDS - {"times"} or {"all", "times"} <= words or generic(doer):
            return True
    return False


def generic(doer: Any | None) -> bool:
    """True for a doer named as a kind, not a party: none, or a bare plural ("visitors", "detained migrants")."""
    if doer is None:
        return True
    return doer.tag_ in ("NNS",) and not any(c.dep_ in ("det", "poss") for c in doer.children)


def epistemic(act: Any) -> bool:
    """True for a "must" or "has to" of what the speaker infers or expects, not of what someone should do: a
    progressive ("the rebels must be hiding"), a copula with an inferred place or identity ("Y must be behind the
    raid", "Y has to be the favourite"; not "Y must be at the talks", "Y must be part of the solution" nor "there
    must be an inquiry"), a verb of what befalls one ("Y should benefit")."""
    if act.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in act.children):
        return True
    if act.lemma_.lower() == "be" and not any(c.dep_ == "expl" for c in act.children):
        return any(c.dep_ == "prep" and c.lower_ in INFERRED_PLACES or c.dep_ == "attr" and any(
            d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in act.children)
    return act.lemma_.lower() in NON_AGENTIVE_VERBS


def backshifted(demand: Demand, verb: Any) -> bool:
    """True for a past "had to" that reports a demand made then, not what happened, under a past verb: one told to
    a hearer ("told Y it had to withdraw"), one still ahead ("said Y had to withdraw now"), or one of another party
    at no past time ("police said the protesters had no option but to surrender"). What the speaker's own side had
    to do ("the army said its soldiers had to shoot", "police said officers had to fire") and what is set in the
    past ("said Y had to withdraw after the clash last week") report what happened."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    ahead = any(t.lower_ in TIME_AHEAD_WORDS for c in demand.act.children if c.dep_ in ("advmod", "npadvmod", "prep")
                for t in c.subtree)
    if ahead or hearer_of(verb) is not None:
        return True
    speaker = subject_of(verb)
    return not set_in_past(demand.act) and other_party(demand.doer, speaker)


def set_in_past(act: Any) -> bool:
    """True for a past "had to" act placed at a past time by a past marker ("last week", "two days ago", "in 1998",
    "after the court ruled", "after the clash"); a date ahead ("in the coming days", "next week") or with no mark
    of the past ("then", "in March") places nothing."""
    for child in act.children:
        if child.dep_ == "advcl" and child.tag_ in ("VBD", "VBN") and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in PAST_TIME_MARKS for m in child.children):
            return True  # "after the court ruled"; not "once the talks start"
        if child.dep_ not in ("prep", "npadvmod", "advmod"):
            continue
        words = {t.lower_ for t in child.subtree}
        if words & TIME_AHEAD_WORDS:
            continue
        if child.dep_ == "prep" and child.lower_ in PAST_TIME_MARKS - {"as"}:
            return True  # "had to withdraw after the clash": a time set by an earlier event
        if words & PAST_TIME_WORDS or any(t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4
                                          for t in child.subtree):
            return True  # "last week", "two days ago", a year ("in 1998")
    return False


def other_party(doer: Any | None, speaker: Any | None) -> bool:
    """True for a doer marked as a party other than the speaker: named with a determiner or a name of its own and
    neither sharing a word with the speaker nor of the speaker's own body ("the protesters" of "police",
    "Indonesia" of "the Malaysian minister"); not a pronoun or a pronoun's ("they", "its soldiers", "his
    government"), a bare plural ("officers"), one of the speaker's own words ("Indian soldiers" of "the Indian
    army") nor a member of the speaker's body named by its sector ("the soldiers" of "the Indian army")."""
    if doer is None or speaker is None or doer.pos_ == "PRON":
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in doer.children):
        return False
    if doer.pos_ != "PROPN" and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in doer.children):
        return False
    said = {t.lower_ for t in speaker.subtree if t.pos_ in ("PROPN", "ADJ", "NOUN")}
    named = {t.lower_ for t in doer.subtree if t.pos_ in ("PROPN", "ADJ", "NOUN")}
    if said & named:
        return False
    return not (named - {doer.lower_} <= said and same_sector(doer, speaker))


def same_sector(doer: Any, speaker: Any) -> bool:
    """True for a doer and a speaker whose head nouns name bodies of one sector ("the soldiers" and "the army",
    "the officers" and "police")."""
    kb = knowledge_base()
    roles = [kb.role(t.lemma_.lower()) or kb.role(t.lower_) for t in (doer, speaker)]
    sectors = [r.sector if r is not None else None for r in roles]
    return sectors[0] is not None and sectors[0] == sectors[1]


def voicing_verb(clause: Any) -> Any:
    """The verb that voices a clause: "said" of "X said [Y must go]", of "X said Z and [Y must go]" and of "X
    issued a reminder that [Y must go]"."""
    token = clause
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    return head.head if head.lemma_.lower() in OPINION_NOUNS and head.dep_ in ("dobj", "obj") else head


def modal_demand(clause: Any) -> Demand | None:
    """"Y must/should act", "Y ought to act" (parsed with "ought" as the clause's head)."""
    if clause.lemma_.lower() == "ought":
        act = infinitive_of(clause)
        return Demand(act, doer_of(act, clause), True, False) if act is not None else None
    auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if not auxes & OBLIGING_AUX or clause.lemma_.lower() in SEMI_MODALS and infinitive_of(clause) is not None:
        return None  # "Y should (not) have to pay" is the semi-modal's
    return Demand(clause, doer_of(clause, clause), bool(auxes & STRONG_AUX), False)


def semi_modal_demand(clause: Any) -> Demand | None:
    """"Y needs to act", "Y has (got) to act", "Y will have to act", "Y is required to act"."""
    lemma = clause.lemma_.lower()
    if lemma in REQUIRING_VERBS and is_passive(clause):
        past = any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in clause.children)
    elif lemma in SEMI_MODALS and clause.pos_ in ("VERB", "AUX") and (lemma != "get" or any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)) and not any(
            c.dep_ in ("dobj", "obj") for c in clause.children):  # "has itself to blame", "needs funds to build"
        past = clause.tag_ == "VBD"
    else:
        return None
    if carries_negation(clause):
        return None  # "Y does not have to resign": no obligation
    act = infinitive_of(clause)
    if act is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children):
        return None  # "would have itself to blame": the infinitive has a subject of its own
    doer = doer_of(act, clause) if is_passive(act) else subject_of(clause)
    return Demand(act, expletive_free(doer), True, past)


def no_choice_demand(clause: Any) -> Demand | None:
    """"Y has no option (choice, alternative) but to act": the speaker says Y must act."""
    if clause.lemma_.lower() != "have":
        return None
    noun = next((c for c in clause.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in NO_CHOICE_NOUNS
                 and any(d.lower_ == "no" for d in c.children)), None)
    if noun is None:
        return None
    buts = [c for head in (clause, noun) for c in head.children if c.lower_ == "but"]  # "but [to act]"
    act = next((c for head in (clause, noun, *buts) for c in head.children if c.dep_ in (
        "conj", "xcomp", "acl", "advcl", "pcomp") and c.pos_ == "VERB" and to_infinitive(c)), None)
    if act is None:
        return None
    return Demand(act, expletive_free(subject_of(clause)), True, clause.tag_ == "VBD")


def up_to_demand(clause: Any) -> Demand | None:
    """"It is up to Y to act": Y must act."""
    if clause.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children):
        return None
    up = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "up"), None)
    to = next((c for c in up.children if c.dep_ == "prep" and c.lower_ == "to"), None) if up is not None else None
    doer = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    act = infinitive_of(clause)
    return Demand(act, doer, True, clause.tag_ == "VBD") if doer is not None and act is not None else None


def necessity_demand(clause: Any) -> Demand | None:
    """"It is vital that Y acts", "it is essential for Y to act", "it is incumbent on Y to act": Y must act."""
    word = necessity_of(clause)
    if word is None:
        return None
    act = next((c for c in clause.children if c.dep_ in ("ccomp", "advcl", "xcomp") and c.pos_ in ("VERB", "AUX")
                and own_subject(c)), None)
    if act is None:
        incumbent = next((c for p in word.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")
                          for c in p.children if c.dep_ == "pobj"), None)
        act = infinitive_of(clause) or infinitive_of(word)
        return Demand(act, incumbent, True, False) if act is not None and incumbent is not None else None
    if act.tag_ == "VBD" and clause.tag_ != "VBD":
        return None  # "it is important that Y signed the treaty": done; "it was vital that Y reopened" is backshifted
    subject = next(c for c in act.children if c.dep_ in ("nsubj", "nsubjpass", "expl"))
    doer = agent_of(act) if is_passive(act) else expletive_free(subject)
    return Demand(act, doer, word.lemma_.lower() in STRONG_NECESSITY, False)


def necessity_of(clause: Any) -> Any | None:
    """The word of necessity of "it is vital ..." (the clause's predicate), else None."""
    if clause.lemma_.lower() != "be" or not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it"
                                                 for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "acomp" and c.lemma_.lower() in NECESSITY_WORDS), None)


def time_demand(clause: Any) -> Demand | None:
    """"It is (high) time for Y to act", "it is high time Y acted": Y should act."""
    time = time_of(clause)
    if time is None:
        return None
    act = next((c for c in time.children if time_for_act(c) or time_subjunctive(c)), None) or next(
        (c for c in clause.children if time_subjunctive(c)), None)
    if act is None:
        return None
    doer = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return Demand(act, doer, True, clause.tag_ == "VBD") if doer is not None else None


def time_of(clause: Any) -> Any | None:
    """The "time" of "it is (high) time ..." (the clause's predicate), else None."""
    if clause.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() == "time"), None)


def time_subjunctive(verb: Any) -> bool:
    """The act of "it is (high) time (that) Y acted": a past subjunctive with its own subject said of "time"."""
    return verb.dep_ in ("relcl", "acl", "ccomp") and verb.tag_ == "VBD" and own_subject(verb) and not any(
        c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in verb.children)


def infinitive_of(head: Any) -> Any | None:
    """The to-infinitive a (semi-)modal head governs ("needs [to act]", "ought [to act]")."""
    return next((c for c in head.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX")
                 and to_infinitive(c) and not any(m.lower_ == "whether" for m in c.children)), None)


def doer_of(act: Any, clause: Any) -> Any | None:
    """Who must do the act: the "by" agent of a passive ("must be released by Y"), else the clause's subject; None
    for an agentless passive ("detainees must be separated") or "there must be"."""
    if is_passive(act):
        return agent_of(act)
    return expletive_free(subject_of(clause))


def expletive_free(subject: Any | None) -> Any | None:
    """The subject, or None for an expletive "there" ("there must be an inquiry")."""
    return None if subject is None or subject.lower_ in EXPLETIVES else subject


def perfect(act: Any) -> bool:
    """"Y must/should have acted", "Y should have been told": a guess or a reproach about the past, no demand,
    whatever the voice (events_judged.should_have asks another question, whether Y is reproached, and so leaves out
    the passive, whose subject was wronged)."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in act.children)


def grounded(demand: Demand, clause: Any) -> bool:
    """True for an obligation the clause grounds in a contract, a law, a ruling or a plan ("has to pay $2 million
    under the contract", "is required by law to publish", "must close the plant by June under the plan"): a fact,
    no demand voiced. On the demanded act only "under" and a bare "by law" ground it: "must abide by the agreement"
    and "must act according to the law" demand that the agreement or the law be kept."""
    if clause.i != demand.act.i and any(grounding(p, GROUNDING_PREPS) for p in clause.children):
        return True
    return any(grounding(p, frozenset({"under"})) or grounding(p, frozenset({"by"})) and bare_object(p)
               for p in demand.act.children)


def grounding(prep: Any, preps: frozenset[str]) -> bool:
    """True for a preposition of ``preps`` whose object is a contract, a law, a ruling or a plan ("under [the
    contract]", "according to [the terms]")."""
    if prep.dep_ not in ("prep", "agent") or prep.lower_ not in preps:
        return False
    return any(o.lemma_.lower() in GROUNDING_NOUNS or o.lower_ in GROUNDING_NOUNS for o in prep_objects(prep))


def prep_objects(prep: Any) -> list[Any]:
    """The objects of a preposition, also through a second one ("according [to] [the law]")."""
    return [c for c in prep.children if c.dep_ == "pobj"] + [
        c for p in prep.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]


def bare_object(prep: Any) -> bool:
    """True for a preposition whose object has no determiner ("by [law]"; not "by [the agreement]")."""
    return any(not any(d.dep_ in ("det", "poss") for d in o.children) for o in prep_objects(prep))


def demand_clause(verb: Any) -> Any | None:
    """The clause under a verb of speech or opinion that contains the verb as its act, its conjunct or its purpose
    ("X says Y needs to [do] more to [help] Z", "X said Y had no option but to [withdraw]"), else None."""
    token = verb
    for _ in range(6):
        if voiced_clause(token):
            return token
        if token.head.i == token.i or not part_of_demand(token):
            return None
        token = token.head
    return None


def voices_opinion(verb: Any) -> bool:
    """True for a verb of speech or opinion ("X says ...") or one whose object is a stated view or message ("X
    issued a reminder that ...")."""
    return verb.lemma_.lower() in OPINION_VERBS or bool(opinion_nouns(verb))


def opinion_nouns(verb: Any) -> list[Any]:
    """The stated views or messages a verb voices as its object ("issued [a reminder] that ..."); none for one
    received, read or ignored ("received a note that Y must withdraw": the demand was not the receiver's)."""
    if verb.lemma_.lower() not in VOICING_VERBS:
        return []
    return [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in OPINION_NOUNS]


def voiced_clause(token: Any) -> bool:
    """A clause said or thought: the complement of a verb of speech or opinion ("X said [Y must go]") or of a noun
    of a view or message ("a reminder that [Y must go]"), or a clause with its own subject joined to one ("X said
    the plan was flawed and [Y must scrap it]")."""
    if token.dep_ in ("ccomp", "parataxis"):
        return token.head.lemma_.lower() in OPINION_VERBS
    if token.dep_ in ("acl", "ccomp") and token.head.lemma_.lower() in OPINION_NOUNS:
        return own_subject(token) and token.head.dep_ in ("dobj", "obj") and bool(opinion_nouns(token.head.head))
    return token.dep_ == "conj" and token.head.i != token.i and own_subject(token) and voiced_clause(token.head)


def voiced_clauses(verb: Any) -> list[Any]:
    """The clauses a verb of speech or opinion voices, directly or through its object ("issued a reminder that
    [Y must act]"), with the clauses joined to them ("X said [the plan was flawed] and [Y must scrap it]")."""
    nouns = opinion_nouns(verb)
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")] + [
        c for n in nouns for c in n.children if c.dep_ in ("acl", "ccomp") and own_subject(c)]
    return clauses + [j for c in clauses for j in c.children if j.dep_ == "conj" and own_subject(j)]


def own_subject(verb: Any) -> bool:
    """True for a verb with a subject of its own ("and [Z] will take over")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def part_of_demand(token: Any) -> bool:
    """True when a demand's clause carries on from the token to its head: infinitives, conjuncts without a subject
    of their own, purposes, and the "no option [but] [to act]" of ``no_choice_demand``; not "must go because Y did
    Z" (a reason), "Y must go and Z will take over" (a clause of its own) nor "Y must admit that it did Z" (what
    is to be admitted was done)."""
    dep, head = token.dep_, token.head
    if dep in ("xcomp", "acomp") or dep == "ccomp" and (necessity_of(head) is not None or time_of(head) is not None):
        return True  # not any "ccomp": "Y must admit that it [attacked] Z" asserts the attack
    if dep == "conj":
        return not own_subject(token)
    if dep == "advcl":
        return to_infinitive(token)
    if dep in ("acl", "pcomp"):
        return head.lower_ == "but" or head.lemma_.lower() in NO_CHOICE_NOUNS  # "no option [but] [to act]"
    return token.lower_ == "but" or dep in ("dobj", "obj") and token.lemma_.lower() in NO_CHOICE_NOUNS


def demanded(verb: Any) -> bool:
    """An act someone is said to demand or to owe ("X said Y must withdraw", "X says Y needs to do more to help Z",
    "X says Y has to pay under the contract"): asked for or owed, not done. A past "had to" reported as what
    happened stays done ("police said officers had to fire tear gas"), unlike one told to a hearer ("told Y it had
    to withdraw")."""
    clause = demand_clause(verb)
    return clause is not None and obligation(clause) is not None


def hearer_of(verb: Any) -> Any | None:
    """Whom a verb of speech addresses ("told [Y] it must act", "sent a message to [Y] that it must act"); None for
    the press ("told reporters Y must go": an audience, not a party asked)."""
    hearer = addressee(verb)
    return None if hearer is None or hearer.lemma_.lower() in MEDIA_NOUNS else hearer


def addressee(verb: Any) -> Any | None:
    """The object or "to" object a verb of speech is said to ("told [Y]", "said to [Y]")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "obj") and child.lemma_.lower() not in OPINION_NOUNS or (
                child.dep_ == "dative" and child.pos_ != "ADP"):
            return child
        if child.dep_ in ("dative", "prep") and child.lower_ == "to":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def wished_sight(verb: Any) -> Any | None:
    """The clause of "X wants to see Y removed" or "X would like to see Y reopen the border" (the seen clause,
    whose subject Y is asked to act or to go), else None."""
    if verb.lemma_.lower() not in SIGHT_WISHING_VERBS:
        return None
    see = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "see" and to_infinitive(c)), None)
    if see is None:
        return None
    return next((c for c in see.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ == "VERB" and any(
        s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)


def sight_wished(verb: Any) -> bool:
    """True for the act somebody wants to see done ("wants to see Y [removed]"): wished, not done."""
    see = verb.head
    if verb.dep_ not in ("ccomp", "xcomp", "oprd") or see.lemma_.lower() != "see" or see.dep_ != "xcomp":
        return False
    seen = wished_sight(see.head)
    return seen is not None and seen.i == verb.i


def asks_own_side(target: Mention, doer: Any, sources: list[Mention], actors: ActorFinder) -> bool:
    """True when who must act is the speakers' own side, so nobody is asked ("X says we must act", "Defence
    Minister X says the Government will have to ...", "X says <X's country> must ..."): ``own_side`` of
    events_judged_actors, of the same branch of the state (a lawmaker or a party asking the government or the
    country does ask: "Senator X says <X's country> must withdraw"). A body naming its own members asks them ("the
    government said its officials must stop", GUIDELINE)."""
    if any(c.lower_ in ("its", "their") and own_possessor(c, sources, actors) for c in doer.children):
        return False
    return any(own_side(target, [source], actors) and legislative(source) == legislative(target)
               for source in sources)


def legislative(mention: Mention) -> bool:
    """True for a lawmaker, a party or the opposition by the actor's sector, not a government or its country."""
    return mention.actor.sector in LEGISLATIVE_SECTORS
