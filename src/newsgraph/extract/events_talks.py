"""Talks a party is locked or engaged in (the "statal" flag of data/events/verbs.tsv): "the government was locked in
talks with the rebels" holds them; "the children were engaged in discussions about the book" is a class, not a
meeting of parties."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_lexicon import prep_object
from newsgraph.extract.events_syntax import passive_patient, subject_of

# sectors of people whose talk is daily life, not a meeting of parties (pupils, patients, readers, the public)
EVERYDAY_SECTORS = frozenset({"CVL", "EDU", "HLH", "MED"})
COUNTERPART_PREPS = frozenset({"with", "between"})  # "talks with the rebels", "talks between X and Y"


def talks_held(verb: Any) -> bool:
    """Talks held between parties: the one locked or engaged in them has a counterpart ("with the rebels",
    "between the unions and the ministry") or is joined with one ("management and staff were locked in
    negotiations"), and one side is a state, a body or an organised party (a name, a union, staff, a ministry);
    not pupils in discussions with their teacher."""
    subject = subject_of(verb) or passive_patient(verb)
    sides = [subject] + [c for c in subject.children if c.dep_ == "conj"] if subject is not None else []
    talks = [p for c in verb.children if c.dep_ == "prep" and (p := prep_object(c)) is not None]
    counterparts = [party for head in [verb, *talks] for c in head.children
                    if c.dep_ == "prep" and c.lower_ in COUNTERPART_PREPS and (party := prep_object(c)) is not None]
    counterparts += [c for party in list(counterparts) for c in party.children if c.dep_ == "conj"]
    if not counterparts and len(sides) < 2:
        return False
    return any(organised(party) for party in sides + counterparts)


def organised(noun: Any) -> bool:
    """A state, a body or an organised party: named or placed by a state or a people ("Peru", "the Ugandan
    rebels"), or a role noun of no everyday sector ("the ministry", "unions", "staff"); not "the children"."""
    from newsgraph.extract.events_actor_words import token_role
    from newsgraph.extract.events_lexicon_flags import named_partner

    if named_partner(noun):
        return True
    role = token_role(noun)
    return role is not None and role.sector is not None and role.sector not in EVERYDAY_SECTORS


# sectors of a state and its organs, and of the armed parties and movements that sign accords with it
SIGNATORY_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "IGO", "REB", "PTY", "OPP", "ELI", "COP", "SPY"})


def state_signatory(verb: Any) -> bool:
    """An accord signed by a state, its officials or an armed party (the "statal-sign" flag): a signer or its
    partner ("with Y") is a place or people named ("Peru", "Ethiopia's government", "Tigrayan forces") or a role
    of state or politics ("the minister", "the rebels"); not "the two firms signed an agreement"."""
    if {a.lower_ for a in verb.children if a.dep_ == "aux"} >= {"to", "have"}:
        return False  # "the only states to have signed a treaty with X": what they are, not what they did
    subject = subject_of(verb) or passive_patient(verb)
    sides = [subject] + [c for c in subject.children if c.dep_ == "conj"] if subject is not None else []
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    sides += [party for head in [verb] + ([obj] if obj is not None else []) for c in head.children
              if c.dep_ == "prep" and c.lower_ in COUNTERPART_PREPS and (party := prep_object(c)) is not None]
    return any(stately(side) for side in sides)


def stately(noun: Any) -> bool:
    """A state or a party of state or politics: a place or people named, or a role noun of such a sector, itself
    or qualified by a place ("Ethiopia's government", "the Colombian army")."""
    from newsgraph.extract.events_actor_words import token_role

    if noun.ent_type_ in ("GPE", "NORP"):
        return True
    role = token_role(noun)
    if role is not None and role.sector in SIGNATORY_SECTORS:
        return True
    return noun.ent_type_ != "ORG" and any(
        c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in ("GPE", "NORP") for c in noun.children)


def firm_signatory(verb: Any) -> bool:
    """A contract made by a firm (the "firm-sign" flag, GUIDELINE MEANTIME conventions: a contract or licensing
    made is COOPERATE): the signer is a firm by its name or role ("Apple signed distribution agreements with
    operators", "the airline signed the agreement"), and no side is a state, its officials or an armed party
    ("Tokyo and Canberra signed a deal", a firm's deal with a government: AGREE)."""
    if {a.lower_ for a in verb.children if a.dep_ == "aux"} >= {"to", "have"}:
        return False
    subject = subject_of(verb) or passive_patient(verb)
    if subject is None:
        return False
    signers = [subject] + [c for c in subject.children if c.dep_ == "conj"]
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    partners = [party for head in [verb] + ([obj] if obj is not None else []) for c in head.children
                if c.dep_ == "prep" and c.lower_ in COUNTERPART_PREPS and (party := prep_object(c)) is not None]
    return all(firm(s) for s in signers) and not any(stately(p) and not firm(p) for p in signers + partners)


def firm(noun: Any) -> bool:
    """A firm: a word whose role is business ("the airline", "the company") or a name the actor knowledge base
    knows as a firm ("Apple", "Telecom Italia")."""
    from newsgraph.actors.kb import knowledge_base
    from newsgraph.extract.events_actor_words import token_role

    role = token_role(noun)
    if role is not None:
        return bool(role.sector == "BUS")
    if noun.pos_ != "PROPN":
        return False
    words = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i] + [noun]
    actor = knowledge_base().org(" ".join(w.text for w in sorted(words, key=lambda w: w.i)))
    return actor is not None and actor.sector == "BUS"
