"""Proposals dismissed in speech (REJECT): "X said a merger with Y is not necessary", "X says removing the sanctions is
out of the question", "X sees no need for an inquiry", "X said an early election was unacceptable".

PLOVER's REJECT is any turning down of a proposal or plan; news often voices it as a verdict on the proposal rather
than with "rejected".  The verdicts are of two kinds: words of need or availability ("not necessary", "unnecessary",
"not needed", "not an option", "out of the question", "off the table", "no need for"), which dismiss any proposal,
also one named by a gerund or an infinitive ("merging the two parties is not necessary", "it is not necessary to
hold talks"); and words of worth ("unacceptable", "unworkable", "not the answer", "a bad idea"), which dismiss only
a proposal named by a noun ("a merger", "an early election"), since of an act ("killing civilians is unacceptable")
they condemn rather than reject, and only one still open ("an early election", "the proposed merger"; not "the 1999
merger" nor "the move", already made).  An act named by a gerund or an infinitive is a proposal only when the event
lexicon codes it or a named party is to do it ("no need to hold talks"; not "no need for residents to boil their
water", a precaution).  "Off the table" said of an offer reports its withdrawal, no rejection.  A proposal with a
named owner ("the Government's plan is unworkable") is left to criticism (events_judged): it judges the owner.  The
partner a proposal names ("a merger with Y", "talks with Y") is the target; else the REJECT has none.  Who voices it,
and when it is only supposed, is events_judged's to decide.
"""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_judged_words import COPULAS, conduct_nouns, stative_participle
from newsgraph.extract.events_lexicon import ANY, lexicon, noun_coding

# the words of a proposal or a request as such, which every list of proposals below begins with (events_targets
# adds the calls and appeals a request is summed up or referred back as)
ASKED_NOUNS = frozenset({"proposal", "suggestion", "offer", "request", "demand"})
# proposals a party may turn down, by lemma: plans, offers and demands, and what they propose
PROPOSAL_NOUNS = ASKED_NOUNS | frozenset({
    "plan", "idea", "proposition", "scheme", "option",
    "merger", "amalgamation", "coalition", "alliance", "partnership", "union", "deal", "agreement", "pact", "treaty",
    "compromise", "concession", "change", "reform", "amendment", "bill", "legislation", "tax", "levy", "ban",
    "moratorium", "inquiry", "commission", "investigation", "review", "probe", "referendum",
    "election", "summit", "talks", "meeting", "negotiation", "intervention", "deployment", "ceasefire", "truce",
    "apology", "compensation", "resignation", "sanction", "boycott", "subsidy", "bailout", "package", "move",
    "step", "measure", "action", "withdrawal", "handover", "visit", "invitation",
})
# verdicts of need or availability, denied ("is not necessary", "was not needed", "not an option"), and their
# plain negatives ("unnecessary"): they dismiss any proposal, one named by a gerund or an infinitive too
NEEDED = frozenset({"necessary", "needed", "required", "warranted", "essential", "option"})
NEEDLESS = frozenset({"unnecessary", "needless", "unwarranted"})
# verdicts of worth, denied ("not acceptable", "not the answer", "not a good idea") and plain ("unacceptable",
# "unworkable", "a bad idea", "a mistake"): they dismiss only a proposal named by a noun
WORTHY = frozenset({"acceptable", "appropriate", "justified", "feasible", "viable", "realistic", "practical",
                    "workable", "affordable", "answer", "solution", "wise", "sensible"})
WORTHLESS = frozenset({"unacceptable", "unworkable", "unrealistic", "impractical", "unthinkable", "pointless",
                       "premature", "unaffordable", "inappropriate", "unjustified", "unwise", "unfeasible",
                       "unviable", "untenable"})
# words that mark a proposal as still open though named with "the" ("the proposed merger is unacceptable")
OPEN_MARKS = frozenset({"proposed", "planned", "suggested", "mooted", "possible", "new", "further"})
# what one party offers another ("the pay offer", "the concession"): "off the table" reports its maker's withdrawal,
# no rejection by the speaker
OFFERED = frozenset({"offer", "concession", "compensation", "apology", "invitation", "bailout", "subsidy", "package"})
# "a good idea" denied, "a bad idea" plain: the noun that carries the verdict of its adjective
IDEA_NOUNS = frozenset({"idea", "move", "step", "option"})
GOOD = frozenset({"good", "wise", "sensible", "smart", "great"})
BAD = frozenset({"bad", "terrible", "silly", "stupid", "foolish", "dangerous"})
# "out of the question", "off the table", "not on the agenda": where a proposal is said not to be
OUT_OF = frozenset({"question"})
OFF = frozenset({"table", "agenda", "cards"})
PARTNER_PREPS = frozenset({"with", "to", "on", "against", "for"})  # "talks with Y", "sanctions on Y", "aid for Y"
DISMISSAL_WORDS = NEEDED | NEEDLESS | WORTHY | WORTHLESS | IDEA_NOUNS | OUT_OF | OFF | {"need"}


def dismissed_proposal(word: Any) -> tuple[Any, list[Any]] | None:
    """For a word that dismisses a proposal, the clause that says so and the partners the proposal names ("a merger
    with Y is not necessary": is, [Y]); None for any other use."""
    found = verdict(word)
    if found is None:
        return None
    clause, proposal, any_form = found
    if proposal is None or not (proposal_noun(proposal) or any_form and proposed_act(proposal)):
        return None
    if not any_form and not open_proposal(proposal):
        return None  # "the 1999 merger was unacceptable", "the move was unwise": criticism of a past act
    return clause, partners(proposal)


def open_proposal(noun: Any) -> bool:
    """True for a proposal still open to a verdict of worth: indefinite ("an early election", "any deal") or marked
    as proposed ("the proposed merger"), and not dated ("the 1999 merger"); "the move" was already made."""
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound", "nummod", "nmod", "det")]
    if any(c.ent_type_ in ("DATE", "TIME") or c.dep_ == "nummod" for c in modifiers):
        return False
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in modifiers)
    return not definite or any(c.lower_ in OPEN_MARKS for c in modifiers)


def verdict(word: Any) -> tuple[Any, Any | None, bool] | None:
    """The clause, the proposal and whether any form of proposal may be dismissed, for a word that gives a verdict
    on its clause's subject ("a merger is not necessary", "removing the sanctions is out of the question", "there
    is no need for an inquiry"); None when the word gives none."""
    lemma = word.lower_
    if lemma == "need":
        return no_need(word)
    if lemma in OUT_OF | OFF:
        return placed_out(word)
    if stative_participle(word):  # "an inquiry was not warranted", parsed as a passive
        denied = denies(word)
        subject = next((c for c in word.children if c.dep_ == "nsubjpass"), None)
        return (word, subject, True) if denied and lemma in NEEDED | WORTHY else None
    if word.dep_ not in ("acomp", "attr") or word.head.lemma_.lower() not in COPULAS:
        return None
    copula = word.head
    if not (sign := verdict_sign(word, copula)):
        return None
    any_form = lemma in NEEDED | NEEDLESS
    return copula, copula_subject(copula, word), any_form and sign < 0


def verdict_sign(word: Any, copula: Any) -> int:
    """-1 when the word, as said (denied or not), dismisses; 0 when it does not ("a merger is necessary")."""
    lemma = word.lower_
    denied = denies(word) or denies(copula)
    if lemma in IDEA_NOUNS and lemma != "option":
        quality = {c.lower_ for c in word.children if c.dep_ == "amod"}
        return -1 if (quality & BAD and not denied) or (quality & GOOD and denied) else 0
    if lemma in NEEDED | WORTHY:
        return -1 if denied else 0
    return -1 if lemma in NEEDLESS | WORTHLESS and not denied else 0


def denies(token: Any) -> bool:
    """True for a token that carries a negation ("not", "never", "no")."""
    return any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in ("never", "no"))
               for c in token.children)


def copula_subject(copula: Any, word: Any) -> Any | None:
    """The subject of a copula, or the infinitive an "it" stands for ("it is not necessary to hold talks": hold)."""
    subject = next((c for c in copula.children if c.dep_ in ("nsubj", "csubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ == "it" and subject.pos_ == "PRON":
        return next((c for h in (word, copula) for c in h.children if c.dep_ in ("xcomp", "ccomp") and c.i > word.i
                     and any(a.lower_ == "to" for a in c.children)), None)
    return subject


def no_need(word: Any) -> tuple[Any, Any | None, bool] | None:
    """"There is no need for an inquiry", "X sees no need for talks", "no need to hold talks": the clause and the
    proposal."""
    if word.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
        return None
    clause = word.head
    if not (word.dep_ == "attr" and clause.lemma_.lower() == "be" or word.dep_ == "dobj" and clause.lemma_.lower() in (
            "see", "feel", "have")):
        return None
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            proposal = next((p for p in child.children if p.dep_ == "pobj"), None)
            return clause, proposal, True
        if child.dep_ in ("acl", "advcl", "relcl", "xcomp") and any(a.lower_ == "to" for a in child.children):
            return clause, child, True  # "no need to hold talks", "no need for the minister to resign"
    return None


def placed_out(word: Any) -> tuple[Any, Any | None, bool] | None:
    """"A merger is out of the question", "off the table", "not on the agenda": the copula and the proposal."""
    prep = word.head
    if word.dep_ != "pobj":
        return None
    if word.lower_ in OUT_OF and prep.lower_ == "of" and prep.head.lower_ == "out":
        place, denied_ok = prep.head, False
    elif word.lower_ in OFF and prep.lower_ in ("off", "on"):
        place, denied_ok = prep, prep.lower_ == "on"
    else:
        return None
    copula = place.head
    if copula.lemma_.lower() not in COPULAS or denies(copula) != denied_ok:
        return None  # "is not out of the question", "is on the table": nothing dismissed
    proposal = copula_subject(copula, word)
    if place.lower_ == "off" and proposal is not None and proposal.lemma_.lower() in OFFERED:
        return None  # "the pay offer was off the table": withdrawn by whoever made it
    return copula, proposal, True


def proposal_noun(head: Any) -> bool:
    """True for a proposal named by a noun with no owner ("a merger", "an early election", "any deal"), not "the
    Government's plan" nor "the Labor proposal", whose owner is judged instead."""
    if head.pos_ != "NOUN" or not {head.lemma_.lower(), head.lower_} & PROPOSAL_NOUNS:
        return False
    return not any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in (
        "NORP", "GPE", "ORG", "PERSON")) or (c.dep_ == "prep" and c.lower_ == "by") for c in head.children)


def act_form(head: Any) -> bool:
    """True for an act named by a gerund or an infinitive with an object, a partner or a doer ("merging the two
    parties", "to hold talks", "merging with Y", "for the minister to resign"), not a bare reaction ("no need to
    panic", "to worry about it")."""
    if head.pos_ not in ("VERB", "AUX") or head.tag_ not in ("VBG", "VB") or head.lemma_.lower() in COPULAS:
        return False
    return any(c.dep_ in ("dobj", "obj", "nsubj") or (c.dep_ == "prep" and c.lower_ == "with") for c in head.children)


def proposed_act(head: Any) -> bool:
    """True for an act a party may propose: the lexicon codes it ("merging the two parties", "to hold talks",
    "removing the sanctions", "for the minister to resign") or a named party is to do it ("for Nauvia to join");
    not a precaution of the public ("no need for residents to boil their water")."""
    if not act_form(head):
        return False
    doer = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return coded_act(head) or doer is not None and doer.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")


def coded_act(verb: Any) -> bool:
    """True for a verb the event lexicon codes, alone or with its object ("merge", "hold talks", "lift the ban"), or
    whose object is an event noun ("removing the sanctions")."""
    table = lexicon().verbs
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return (lemma, ANY) in table or any((lemma, o.lemma_.lower()) in table or (lemma, o.lower_) in table or (
        noun_coding(o) is not None) for o in objects)


def partners(proposal: Any) -> list[Any]:
    """The parties a proposal is with, to, for or against ("a merger with Y", "aid to Y", "removing the sanctions on
    Y", "recognising Y"), whom the dismissal turns down; partners of its object count too ("lifting the ban on
    Y"), and for a gerund or an infinitive its object itself."""
    holders = [proposal] + [c for c in proposal.children if c.dep_ in ("dobj", "obj")]
    found = [c for c in holders[1:] if proposal.pos_ in ("VERB", "AUX")]
    found += [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in PARTNER_PREPS
              for p in c.children if p.dep_ == "pobj"]
    return [p for p in found if p.lemma_.lower() not in conduct_nouns()]
