"""Demands voiced as a reported opinion: a clause under a verb of speech or opinion whose verb carries a deontic
modal or semi-modal ("X says Y must close the plant", "X believes Y ought to apologise", "X argues Y needs to do
more", "X says it is up to Y to act", "X said Y had no option but to surrender"). The guideline codes them REQUEST
("X must make the tapes public" is REQUEST `change`, a demand that a leader go REQUEST `yield`), of the speaker
to whoever must act; the demanded act is asked for, not done (``demanded``).

Not demands: an obligation the clause grounds in a contract, a law or a ruling ("says the council has to pay $2
million under the contract" states a fact of the contract); a past obligation reported in the present ("says the
council had to pay"); what should or must have happened ("says Y should have warned them", a reproach or a
guess); a question or a condition ("asked whether Y must pay"); and "Y should be ashamed", a judgement
(events_judged).

A wish voiced the same way is a demand too: "X wants to see Y removed from power", "X would like to see Y
reopen the border" (``wished_sight``, beside events_clauses' "X wants Y to ...")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph.extract.events_actors import Mention
from newsgraph.extract.events_judged import judging_clause
from newsgraph.extract.events_syntax import SPEECH_VERBS, agent_of, is_passive, subject_of, time_for_act

# Verbs that voice an opinion or a demand besides those of plain speech ("X believes Y must ...")
OPINION_VERBS = SPEECH_VERBS | frozenset({
    "believe", "think", "argue", "insist", "maintain", "contend", "feel", "reckon", "suggest", "stress",
    "emphasise", "emphasize", "tell", "urge", "recommend", "propose", "repeat", "warn", "plead",
})
# Nouns of a stated view or message whose "that" clause says what it holds ("issued a reminder to Y that it must
# ...", "repeated its view that Y should ..."); the verb that governs them voices the clause
OPINION_NOUNS = frozenset({
    "reminder", "message", "view", "belief", "position", "stance", "opinion", "statement", "note", "letter",
    "argument", "insistence", "conviction", "advice", "word", "assessment",
})
OBLIGING_AUX = frozenset({"must", "should", "ought"})  # "Y must/should/ought to act"
STRONG_AUX = frozenset({"must", "ought"})  # a demand even when nobody is named to act ("more must be done")
HEDGING_AUX = frozenset({"may", "might", "could", "can"})  # "Y may need to act": a possibility, no demand
SEMI_MODALS = frozenset({"need", "have", "get"})  # "Y needs to act", "Y has to act", "Y has got to act"
REQUIRING_VERBS = frozenset({"require"})  # "Y is required to act"
NO_CHOICE_NOUNS = frozenset({"option", "choice", "alternative"})  # "Y has no option but to act"
UNASKED_MARKS = frozenset({"if", "whether", "unless"})  # "asked whether Y must pay": no demand made
# What may ground an obligation as a fact, not a demand ("has to pay under the contract", "is required by law")
GROUNDING_PREPS = frozenset({"under", "by", "according"})
GROUNDING_NOUNS = frozenset({
    "contract", "contracts", "law", "laws", "legislation", "statute", "act", "agreement", "deal", "treaty", "accord",
    "rule", "rules", "regulation", "regulations", "constitution", "charter", "terms", "ruling", "order", "orders",
    "decree", "lease", "licence", "license", "conditions", "condition", "obligation", "obligations", "policy",
    "clause", "code", "protocol", "convention", "arrangement", "settlement", "covenant", "bylaws", "by-laws",
})
# "It is vital that Y acts", "it is essential for Y to act": Y must act (the first four even with nobody named)
NECESSITY_WORDS = frozenset({"essential", "vital", "imperative", "necessary", "crucial", "important", "critical",
                             "urgent", "incumbent"})
STRONG_NECESSITY = frozenset({"essential", "vital", "imperative", "necessary", "incumbent"})
EXPLETIVES = frozenset({"there"})  # "there must be an inquiry": nobody named to act
SIGHT_WISHING_VERBS = frozenset({"want", "like", "wish", "prefer", "love"})  # "would like to see Y ..."
# Who is the speaker's own side ("X says we must act" asks nobody; see ``own_side``)
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
EXECUTIVE_SECTORS = frozenset({"GOV", "MIL"})
# Words naming a speaker as a lawmaker or a party's member, and the executive offices that outrank them
LEGISLATIVE_WORDS = frozenset({"senator", "senate", "congressman", "congresswoman", "congressional", "mp", "mps",
                               "lawmaker", "legislator", "parliament", "parliamentary", "parliamentarian", "committee",
                               "backbencher", "republican", "democrat", "democratic", "labor", "labour", "liberal",
                               "conservative", "opposition", "greens", "democrats", "independent", "assemblyman"})
EXECUTIVE_TITLES = frozenset({"minister", "premier", "president", "secretary", "treasurer", "chancellor",
                              "governor", "mayor", "spokesman", "spokeswoman", "spokesperson"})
# Words that set a government apart from another of its country's ("the state premier" asks "the federal Government")
GOVERNMENT_LEVELS = frozenset({"federal", "state", "provincial", "regional", "territory", "local", "municipal", "city",
                               "council", "premier", "governor", "mayor", "national", "central"})


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
    """The demand a clause under a verb of speech or opinion voices ("[Y must close the plant]"), else None."""
    if any(c.dep_ == "mark" and c.lower_ in UNASKED_MARKS for c in clause.children):
        return None
    demand = (up_to_demand(clause) or time_demand(clause) or necessity_demand(clause) or modal_demand(clause)
              or semi_modal_demand(clause) or no_choice_demand(clause))
    if demand is None or perfect(demand.act) or judging_clause(demand.act) or grounded(demand, clause):
        return None
    if demand.past and voicing_verb(clause).tag_ not in ("VBD", "VBN"):
        return None  # "says the council had to pay": a past obligation stated as fact
    return demand


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
    if not auxes & OBLIGING_AUX:
        return None
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
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in HEDGING_AUX for c in clause.children):
        return None  # "Y does not have to resign", "Y may need to raise rates": no obligation, or only a possible one
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
        "conj", "xcomp", "acl", "advcl", "pcomp") and c.pos_ == "VERB" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
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
    """"It is (high) time for Y to act": Y should act."""
    if clause.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children):
        return None
    time = next((c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() == "time"), None)
    act = next((c for c in time.children if time_for_act(c)), None) if time is not None else None
    if act is None:
        return None
    doer = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return Demand(act, doer, True, clause.tag_ == "VBD") if doer is not None else None


def infinitive_of(head: Any) -> Any | None:
    """The to-infinitive a (semi-)modal head governs ("needs [to act]", "ought [to act]")."""
    return next((c for c in head.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


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
    """"Y must/should have acted": a guess or a reproach about the past, no demand."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in act.children)


def grounded(demand: Demand, clause: Any) -> bool:
    """True for an obligation the clause grounds in a contract, a law or a ruling ("has to pay $2 million under the
    contract", "is required by law to publish"): a fact, no demand voiced."""
    for head in {demand.act.i: demand.act, clause.i: clause}.values():
        for prep in head.children:
            if prep.dep_ not in ("prep", "agent") or prep.lower_ not in GROUNDING_PREPS:
                continue
            objects = [c for c in prep.children if c.dep_ == "pobj"] + [
                c for p in prep.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
            if any(o.lemma_.lower() in GROUNDING_NOUNS or o.lower_ in GROUNDING_NOUNS for o in objects):
                return True
    return False


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
    return verb.lemma_.lower() in OPINION_VERBS or any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in OPINION_NOUNS for c in verb.children)


def voiced_clause(token: Any) -> bool:
    """A clause said or thought: the complement of a verb of speech or opinion ("X said [Y must go]") or of a noun
    of a view or message ("a reminder that [Y must go]"), or a clause with its own subject joined to one ("X said
    the plan was flawed and [Y must scrap it]")."""
    if token.dep_ in ("ccomp", "parataxis"):
        return token.head.lemma_.lower() in OPINION_VERBS
    if token.dep_ in ("acl", "ccomp") and token.head.lemma_.lower() in OPINION_NOUNS:
        return own_subject(token)
    return token.dep_ == "conj" and token.head.i != token.i and own_subject(token) and voiced_clause(token.head)


def voiced_clauses(verb: Any) -> list[Any]:
    """The clauses a verb of speech or opinion voices, directly or through its object ("issued a reminder that
    [Y must act]"), with the clauses joined to them ("X said [the plan was flawed] and [Y must scrap it]")."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in OPINION_NOUNS]
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
    if dep in ("xcomp", "acomp") or dep == "ccomp" and necessity_of(head) is not None:
        return True  # not any "ccomp": "Y must admit that it [attacked] Z" asserts the attack
    if dep == "conj":
        return not own_subject(token)
    if dep == "advcl":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if dep in ("acl", "pcomp"):
        return head.lower_ == "but" or head.lemma_.lower() in NO_CHOICE_NOUNS  # "no option [but] [to act]"
    return token.lower_ == "but" or dep in ("dobj", "obj") and token.lemma_.lower() in NO_CHOICE_NOUNS


def demanded(verb: Any) -> bool:
    """An act someone is said to demand ("X said Y must withdraw", "X says Y needs to do more to help Z"): asked
    for, not done. A past obligation the speaker's side met stays done ("police said they had to fire tear gas"),
    unlike one told to a hearer ("told Y it had to withdraw")."""
    clause = demand_clause(verb)
    demand = voiced_demand(clause) if clause is not None else None
    if demand is None:
        return False
    met = demand.past and demand.doer is not None and demand.doer.pos_ == "PRON"
    return not (met and hearer_of(voicing_verb(clause)) is None)


def hearer_of(verb: Any) -> Any | None:
    """Whom a verb of speech addresses ("told [Y] it must act", "sent a message to [Y] that it must act")."""
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
    see = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "see" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
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


def own_side(speaker: Mention, doer: Mention, doc: Any) -> bool:
    """True when who must act is the speaker or the speaker's own side: the same actor, the speaker's own branch of
    the same state ("Defence Minister X says the Government will have to ...") or the speaker's country itself ("X
    says Australia must ..."); a state leader asking the federal government is not ("the premier says the federal
    Government must ..."), nor a lawmaker asking the executive ("Senator X says the administration must ...")."""
    said, asked = speaker.actor, doer.actor
    if said == asked:
        return True
    if said.country != asked.country or said.country is None and (said.sector is None or asked.sector is None):
        return False
    if asked.sector is None:
        span = doc.char_span(doer.start, doer.end, alignment_mode="expand")
        return span is not None and span.root.ent_type_ == "GPE"  # "Australia must", not "the Patriotic Front must"
    return branch(asked.sector, doer.text) == branch(said.sector, speaker.text) and (
        level_words(speaker.text) == level_words(doer.text))


def branch(sector: str | None, text: str) -> str | None:
    """The branch of a state a party speaks for: the executive ("GOV") for its defence minister too; the
    legislature for a speaker named as a lawmaker or a party member with no executive office ("Republican X of the
    Foreign Relations Committee", whatever later office the actor stage knows of)."""
    words = set(text.lower().replace("-", " ").split())
    if words & LEGISLATIVE_WORDS and not words & EXECUTIVE_TITLES:
        return "LEG"
    return "GOV" if sector in EXECUTIVE_SECTORS else sector


def level_words(text: str) -> frozenset[str]:
    """The words that place a government at a level of a federation ("state", "federal", "premier")."""
    return frozenset(w for w in text.lower().split() if w in GOVERNMENT_LEVELS)
