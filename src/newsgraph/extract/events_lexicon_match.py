"""The lookup of a verb token's PLOVER coding in the trigger lexicon (events_lexicon.py).

The verb's shape (lemma, particles, prepositions, the forms of its object) is looked up in the hand table, then in
the fallback one; constructions coded outside the tables are name-calling, a guilty verdict, an event noun said to
happen, an act done in protest, and aid named from the recipient's side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph.extract.events_labour import occupation_mode
from newsgraph.extract.events_lexicon import (
    ANY,
    FORMAL_PROTEST_CODING,
    Coding,
    Lexicon,
    Match,
    event_noun,
    fallback_lexicon,
    known_lemmas,
    lexicon,
    message_coding,
    names_event,
    noun_coding,
    prep_object,
    refined,
    temporal,
    verb_lemma,
)
from newsgraph.extract.events_lexicon_flags import asks_question, flag_holds, is_threat
from newsgraph.extract.events_lexicon_objects import direct_object, lookup_object, object_lemmas
from newsgraph.extract.events_lexicon_words import (
    AID_NOUNS,
    CAPTIVE_PREDICATES,
    FORMAL_PROTEST,
    GIVING_VERBS,
    MEETING_COURSE_VERBS,
    MESSAGE_VERBS,
    NAMING_VERBS,
    OCCURRENCE_VERBS,
    PEJORATIVES,
    PREDICATE_DEPS,
    PROTEST_NOUNS,
    RECEIVING_VERBS,
)
from newsgraph.extract.events_syntax import agent_of, is_negated, subject_of

PARTICLE_DEPS = ("prt",)
PREP_DEPS = ("prep", "agent", "dative")
NAME_CALLING = Coding("ACCUSE", "disapprove", "11")
ULTIMATUM = Coding("THREATEN", None, "13")
VIOLENCE_THREAT = Coding("THREATEN", "violence", "13")
PROTEST_CODING = Coding("PROTEST", "demo", "14")


def match_verb(verb: Any) -> Match | None:
    """Code a verb token from the lexicon; None for no entry, a blocked use, or a thing where a person belongs."""
    if naming_label(verb) is not None:  # "called X a liar"; "called X a friend" is no phone call
        return name_calling(verb)
    if naming(verb):  # "called the expulsions unfounded": a judgement of an act (events_judged), not the act
        return None
    if (verdict := guilty_verdict(verb)) is not None:
        return verdict
    match = None
    if may_be_coded(lemma := verb_lemma(verb)):
        shape = verb_shape(verb, lemma)
        match = _lookup(shape, lexicon()) or _lookup(shape, fallback_lexicon())
    match = match or occurring_event(verb) or done_in_protest(verb) or open_to_talks(verb)
    if match is None or match.coding.type == "NONE" or not flag_holds(verb, match.coding.flag):
        return None
    if verb.lemma_.lower() == "warn" and not is_threat(verb):
        return None
    if match.coding.type in CONDITIONAL_AID and imposed_condition(verb):
        return Match(verb, ULTIMATUM, match.tokens, match.noun)  # "would guarantee loans only if GM presented a plan"
    if match.coding.type == "ASSAULT" and (sit_in := occupation_mode(verb)) is not None:
        return Match(verb, Coding("PROTEST", sit_in, "14"), match.tokens, match.noun)  # "workers occupied the plant"
    if match.coding.type in CEASABLE and ceased(verb):
        return Match(verb, DISCONTINUED, [verb.head, *match.tokens], match.noun)  # "stopped buying X's chips"
    if match.coding.type == "REQUEST" and asks_question(verb):
        return None
    if match.coding.type == "REQUEST" and ultimatum(verb):
        return Match(verb, ULTIMATUM, match.tokens, match.noun)
    if match.coding.type == "REQUEST" and calls_for_violence(match):
        return Match(verb, VIOLENCE_THREAT, match.tokens, match.noun)
    return match


# aid or a deal made conditional on the other side's act is leveraged: THREATEN (GUIDELINE, MEANTIME conventions:
# "aid made conditional ... is THREATEN"); an offer on a plain "if" stays one ("ready to help if asked")
CONDITIONAL_AID = frozenset({"AID", "AGREE", "COOPERATE"})
PARTY_ENTITIES = frozenset({"GPE", "ORG", "PERSON", "NORP"})


def party_noun(token: Any) -> bool:
    """A common noun the knowledge base knows as a role or a body ("the government", "the union", "lenders")."""
    from newsgraph.actors.kb import knowledge_base

    return knowledge_base().role(token.lemma_.lower()) is not None or knowledge_base().role(token.lower_) is not None
FUTURE_AUX = frozenset({"will", "would", "'ll", "'d", "shall"})


def imposed_condition(verb: Any) -> bool:
    """A future act of help made hang on what another party does: an "unless" clause or an "only if" clause whose
    subject is not the actor ("would guarantee loans only if GM presented a plan", "will not lend unless the
    state cuts spending"); not "ready to help if the government asks" nor "will pay if it can"."""
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return False
    actor = subject_of(verb)
    for clause in verb.children:
        if clause.dep_ != "advcl":
            continue
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        only = any(c.dep_ == "advmod" and c.lower_ == "only" for c in clause.children)
        if not ("unless" in marks or "if" in marks and only):
            continue
        other = subject_of(clause)
        if other is None or actor is not None and other.lower_ == actor.lower_:
            continue
        if other.pos_ in ("PROPN", "NOUN") and (other.ent_type_ in PARTY_ENTITIES or party_noun(other)):
            return True  # a party's act, not a state of things ("only if the economy grows")
    return False


# PLOVER SANCTION discontinue: cutting exchanges that exist ("stopped buying X's chips", "ceased supplying X")
DISCONTINUED = Coding("SANCTION", "discontinue", "16", "ceased")  # flag: a trade cut, business between firms too
CEASABLE = frozenset({"COOPERATE", "AID"})
CEASING_VERBS = frozenset({"stop", "cease", "halt", "discontinue", "end"})


def ceased(verb: Any) -> bool:
    """A gerund of an exchange that a ceasing verb governs ("stopped buying", "ceased supplying"), not negated
    ("has not stopped buying": the exchange goes on)."""
    head = verb.head
    return verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "dobj", "pcomp") and head.i != verb.i and (
        head.lemma_.lower() in CEASING_VERBS) and not any(c.dep_ in ("neg", "prt") for c in head.children)
    # "ended up buying missiles": a result, no cut


def calls_for_violence(match: Match) -> bool:
    """A call for attacks on a party ("called for more attacks against X", "urged strikes on X"): a threat of
    violence to X (PLOVER THREATEN), not a request made of X. The attacks are a "for" object of the call or the
    direct object of an urging verb; the party is the object of "on" or "against", not a date ("attacks on Monday")."""
    wanted = [prep_object(t) for t in match.tokens[1:] if t.dep_ == "prep" and t.lower_ == "for"]
    if match.verb.lemma_.lower() in URGING_VERBS:
        wanted.append(direct_object(match.verb))
    for noun in wanted:
        coding = noun_coding(noun) if noun is not None else None
        if noun is not None and coding is not None and coding.type == "ASSAULT" and any(
                c.dep_ == "prep" and c.lower_ in ("against", "on") and (party := prep_object(c)) is not None
                and party.ent_type_ not in ("DATE", "TIME") for c in noun.children):
            return True
    return False


# verbs whose direct object is what is asked for ("urged strikes on X"); "call" asks "for" it
URGING_VERBS = frozenset({"urge", "demand"})
# a pronoun that can stand for the party that makes a demand, as subject of the sanction clause
REQUESTER_PRONOUNS = frozenset({"i", "we", "he", "she", "it"})


def ultimatum(verb: Any) -> bool:
    """A demand with a stated sanction for not meeting it ("told the staff to sign by Monday, otherwise it would
    fire them", "ordered them to leave or face arrest"): an ultimatum, which PLOVER codes THREATEN. The sanction is
    part of the demand (a clause under it, or one joined right after it), not of a remark beside it ("asked donors
    to give more, warning that otherwise millions would starve"), and an "otherwise" clause has the party making
    the demand as subject: the bad outcome is its own act, not one it foresees ("saying the talks would otherwise
    collapse")."""
    sent = verb.sent
    words = [t.lower_ for t in sent]
    for k, (a, b) in enumerate(zip(words, words[1:], strict=False)):
        if a == "or" and b in ("face", "else") and in_demand(sent[k], verb):
            return True
    requester = agent_of(verb) or subject_of(verb)
    for token in sent:
        if token.lower_ != "otherwise" or not in_demand(token.head, verb):
            continue
        subject = subject_of(token.head)
        if subject is not None and (subject.lower_ in REQUESTER_PRONOUNS or requester is not None
                                    and subject.lemma_.lower() == requester.lemma_.lower()):
            return True
    return False


def in_demand(token: Any, verb: Any) -> bool:
    """True when a token is part of a demand: under the demanding verb with no participle remark between them
    (not "..., warning that ..."), or in a clause right after it that the parser made its head or joined to the
    same head ("told them to sign, otherwise it would ...", also when a verb reports the demand)."""
    if token.i == verb.head.i and token.i > verb.i and verb.dep_ in ("ccomp", "parataxis"):
        return True  # "told them to leave, otherwise it would send in the army", the demand hung on the sanction
    path = [token]
    while path[-1].i != path[-1].head.i and path[-1].i != verb.i:
        path.append(path[-1].head)
    if path[-1].i == verb.i:
        return not any(remark(t) for t in path[:-1])
    clause = next((t for t in path if t.head.i == verb.head.i), None)
    return clause is not None and verb.head.i != verb.i and clause.i > verb.i and clause.dep_ in ("ccomp", "conj") and (
        not any(remark(t) for t in path[:path.index(clause)]))


def remark(token: Any) -> bool:
    """A participle clause beside a demand ("..., warning that ...", "..., saying ..."): the speaker's remark."""
    return token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN")


def may_be_coded(lemma: str) -> bool:
    """False when no table lookup (``_lookup``) can code a verb with this lemma: no verb key starts with it and it
    is no light, aspectual or message verb. Most verbs of a news text ("say", "have"): their shape is not built."""
    return lemma in known_lemmas() or lemma in MESSAGE_VERBS


@dataclass(slots=True)
class VerbShape:
    """What a lexicon lookup needs from a verb token: lemma, object and its forms, particles and prepositions."""

    verb: Any
    lemma: str
    obj: Any
    obj_lemmas: list[str]
    extras: list[tuple[str, Any, list[str]]]


def verb_shape(verb: Any, lemma: str | None = None) -> VerbShape:
    """The lookup keys of a verb token, computed once for both tables (``lemma``: its ``verb_lemma`` if known)."""
    lemma = lemma or verb_lemma(verb)
    obj = lookup_object(verb)
    obj_lemmas = object_lemmas(obj) + [c.lower_ for c in verb.children
                                        if c.lower_ in CAPTIVE_PREDICATES and c.dep_ in PREDICATE_DEPS]
    extras: list[tuple[str, Any, list[str]]] = []
    for child in verb.children:
        if child.dep_ in PARTICLE_DEPS or child.dep_ == "advmod" and child.i == verb.i + 1:  # "cried foul"
            extras.append((f"{lemma} {child.lower_}", child, obj_lemmas))
        elif child.dep_ in PREP_DEPS and child.dep_ != "agent" and not temporal(child):
            extras.append((f"{lemma} {child.lower_}", child, object_lemmas(prep_object(child)) + obj_lemmas))
    return VerbShape(verb, lemma, obj, obj_lemmas, extras)


def _lookup(shape: VerbShape, lex: Lexicon) -> Match | None:
    """A lexicon's entry for a verb: phrasal and prepositional forms first, then object-specific. A key's rows
    are tried in file order; when none of their flags holds, the first is returned (and then refused)."""
    verb, lemma, obj = shape.verb, shape.lemma, shape.obj
    for key, extra, objects in shape.extras:
        for obj_lemma in objects:
            if (coding := _coding(lex, (key, obj_lemma), verb)) is not None:
                return Match(verb, refined(coding, prep_object(extra)), [verb, extra])
    for obj_lemma in shape.obj_lemmas:
        if (coding := _coding(lex, (lemma, obj_lemma), verb)) is not None:
            if obj is None:  # a predicate alone: "they were held hostage"
                return Match(verb, coding, [verb])
            return Match(verb, refined(coding, obj), [verb, obj], noun=obj if obj.dep_ == "nsubjpass" else None)
    if (lemma in lex.light or lemma in lex.aspectual) and obj is not None:
        noun = event_noun(obj)
        coding = noun_coding(noun)
        if coding is not None:
            return Match(verb, coding, [verb, noun], noun=noun)
    if lemma in MESSAGE_VERBS and (coding := message_coding(obj)) is not None:
        return Match(verb, coding, [verb, obj])
    for key, extra, _ in shape.extras:
        if (coding := _coding(lex, (key, ANY), verb)) is not None:
            return Match(verb, coding, [verb, extra])
    if (blocked := qualified_noun_block(shape, lex)) is not None:
        return Match(verb, blocked, [verb])  # "a petition signed by residents": no agreement signed
    if (coding := _coding(lex, (lemma, ANY), verb)) is not None:
        return Match(verb, coding, [verb])
    return None


def qualified_noun_block(shape: VerbShape, lex: Lexicon) -> Coding | None:
    """The NONE row of the noun a participle with no object qualifies ("a petition signed by 20,000 residents",
    "the autographs signed by the players"): a use the table keeps out as an object keeps it out as the participle's
    noun. Only NONE rows: a noun qualified by a participle is not looked up for an event (``lookup_object``)."""
    verb = shape.verb
    if shape.obj is not None or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    for form in (verb.head.lower_, verb.head.lemma_.lower()):
        codings = lex.verbs.get((shape.lemma, form))
        if codings and codings[0].type == "NONE":
            return codings[0]
    return None


def _coding(lex: Lexicon, key: tuple[str, str], verb: Any) -> Coding | None:
    """The first of a key's codings whose flag holds for the verb, else its first coding, or None; also None when
    the key's particle turns out to be a preposition ("gave a warning in response to": no "give in")."""
    codings = lex.verbs.get(key)
    if not codings:
        return None
    held = next((c for c in codings if flag_holds(verb, c.flag)), None)
    return None if held is None and codings[0].flag == "bare-particle" else held or codings[0]


def occurring_event(verb: Any) -> Match | None:
    """An event noun said to happen ("clashes erupted", "protests broke out", "talks took place", "the truce
    took effect"), or talks or a meeting said to open, stall or end ("talks ended without agreement")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS), "")
    lemma = verb.lemma_.lower()
    course = lemma in MEETING_COURSE_VERBS or f"{lemma} {particle}" in MEETING_COURSE_VERBS
    if not course and lemma not in OCCURRENCE_VERBS and f"{lemma} {particle}" not in OCCURRENCE_VERBS and not (
            lemma == "take" and any(c.dep_ == "dobj" and c.lower_ in ("place", "effect") for c in verb.children)):
        return None
    noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    coding = noun_coding(noun) if noun is not None and names_event(noun) else None
    if course and coding is not None and coding.type != "CONSULT":
        return None  # "the truce ended": no agreement made then
    return Match(verb, coding, [verb, noun], noun=noun) if coding is not None else None


def done_in_protest(verb: Any) -> Match | None:
    """An act done "in (a) protest" ("dockers sat down on the quay in a protest", "burned flags in
    protest"), or a demand voiced in one (CAMEO 14, demonstrate for a change): PLOVER PROTEST demo.

    The protest is looked for first: most verbs have none, and then their subject need not be coded."""
    nouns = (prep_object(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "in")
    noun = next((n for n in nouns if n is not None and n.lemma_.lower() in PROTEST_NOUNS), None)
    if noun is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "relcl" and (subject is None or subject.lower_ in ("that", "which")):
        subject = verb.head
    if subject is not None and subject.pos_ == "NOUN" and noun_coding(subject) is not None:
        return None  # "a strike that shut the city in protest": the strike is the event, coded on its own
    formal = any(c.dep_ == "amod" and c.lower_ in FORMAL_PROTEST for c in noun.children)
    return Match(verb, FORMAL_PROTEST_CODING if formal else PROTEST_CODING, [verb])


def naming_label(verb: Any) -> Any | None:
    """The name a naming verb gives its object ("called X a liar": liar), or None."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr") and c.pos_ == "NOUN"), None)


def naming(verb: Any) -> bool:
    """A naming verb with a name or quality for its object ("called the sanctions interference", "called the
    expulsions unfounded")."""
    return verb.lemma_.lower() in NAMING_VERBS and any(
        c.dep_ in ("oprd", "xcomp", "attr", "acomp") and c.pos_ in ("NOUN", "ADJ", "PROPN") for c in verb.children)


def name_calling(verb: Any) -> Match | None:
    """Calling someone a pejorative name ("called the minister a liar", "branded them traitors") is
    disapproval (CAMEO 111, PLOVER ACCUSE disapprove)."""
    label = naming_label(verb)
    if label is None or label.lemma_.lower() not in PEJORATIVES:
        return None
    return Match(verb, NAME_CALLING, [verb])


OPENNESS = Coding("AGREE", None, "03")  # CAMEO 036: express intent to meet or negotiate
TALK_NOUNS = frozenset({"talks", "talk", "negotiation", "negotiations", "dialogue", "discussions", "mediation"})


def open_to_talks(verb: Any) -> Match | None:
    """A party saying it is or remains open to talks ("X said it remained open to talks with Y"): willingness to
    negotiate (AGREE); not "the talks were open to the press"."""
    if verb.lemma_.lower() not in ("be", "remain", "stay") or is_negated(verb):
        return None
    open_ = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "open"), None)
    if open_ is None:
        return None
    talks = next((p for c in open_.children if c.dep_ == "prep" and c.lower_ == "to" and (
        p := prep_object(c)) is not None and p.lower_ in TALK_NOUNS), None)
    return Match(verb, OPENNESS, [open_, talks], noun=talks) if talks is not None else None


def guilty_verdict(verb: Any) -> Match | None:
    """A court or jury finding someone guilty, coded as the lexicon codes "convicted" (CAMEO 16 in
    verbs.tsv); "found not guilty" is an acquittal and codes nothing here."""
    if verb.lemma_.lower() != "find":
        return None
    verdict = next((c for c in verb.children if c.lower_ == "guilty" and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")),
                   None)
    if verdict is None or any(c.dep_ == "neg" for c in verdict.children):
        return None
    coding = next(iter(lexicon().verbs.get(("convict", ANY), ())), None)
    return Match(verb, coding, [verb, verdict]) if coding is not None else None


def aid_received(verb: Any) -> tuple[Any, list[Any]] | None:
    """Aid named from the recipient's side ("X received loans from Y", "X was given $5bn in aid by Y",
    "X will receive government loans"): the aid noun and the heads that may name the giver (the "from" or
    "by" phrase, else a noun modifying the aid), or None."""
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if not (lemma in RECEIVING_VERBS and not passive or lemma in GIVING_VERBS and passive):
        return None
    given = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ == "NOUN"), None) if passive else None
    noun = aid_noun(direct_object(verb) or given)  # "X were given loans": the parser makes the loans a dative
    if noun is None:
        return None
    worth = [c for c in noun.children if c.dep_ == "amod" and c.lower_ == "worth"]  # "loans worth $5bn from X"
    givers = [p for head in (verb, noun, *worth) for c in head.children if c.dep_ in ("prep", "agent")
              and c.lower_ in ("from", "by") and (p := prep_object(c)) is not None]
    return noun, givers or [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN")]


def aid_noun(obj: Any | None) -> Any | None:
    """The aid an object names: the object itself ("loans"), what a sum consists of ("$15bn in bailout money",
    "loans worth $17bn"), or None when it names no aid."""
    if obj is None:
        return None
    heads = [obj, event_noun(obj)] + [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "in"
                                      and (p := prep_object(c)) is not None]
    return next((h for h in heads if h.lemma_.lower() in AID_NOUNS or h.lower_ in AID_NOUNS), None)
