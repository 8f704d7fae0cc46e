"""The event trigger lexicon (data/events/*.tsv) and the lookup of a verb token's PLOVER coding."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.extract.events_lexicon_words import (
    ADVERB_PARTICLES,
    AID_NOUNS,
    ASPECTUAL_VERBS,
    CAPTIVE_PREDICATES,
    CIVIL_PROCEEDINGS,
    CURRENCY_NOUNS,
    EXERCISE_NOUNS,
    FORMAL_PROTEST,
    GIVING_VERBS,
    GOODS_NOUNS,
    GRIEVANCE_PREPS,
    IRREGULAR_PASTS,
    MEASURE_NOUNS,
    MEDIA_NOUNS,
    MESSAGE_NOUNS,
    MESSAGE_VERBS,
    NAMING_VERBS,
    OBJECT_CLASSES,
    OCCURRENCE_VERBS,
    PEJORATIVES,
    PLACE_ENTITIES,
    PREDICATE_DEPS,
    PROTEST_NOUNS,
    RECEIVING_VERBS,
    RELIEF_RECIPIENTS,
    TRADE_VERBS,
    TRADED_FIRM_NOUNS,
    VERB_PREFIXES,
)
from newsgraph.extract.events_syntax import RELATIVE_PRONOUNS, relative_object

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "events"
ANY = "*"
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
PARTICLE_DEPS = ("prt",)
PREP_DEPS = ("prep", "agent", "dative")
SUMMONED_ACTS = frozenset({"appear", "testify"})  # "invited X to appear before the police"
SALES_ORDER_WORDS = frozenset({"new", "firm", "fresh", "additional", "further"})  # "35 new orders from X"


@dataclass(frozen=True, slots=True)
class Coding:
    """What a trigger means: PLOVER type and mode, CAMEO root, and the flag that says when the row holds (verbs.tsv)."""

    type: str
    mode: str | None
    cameo: str
    flag: str = "-"


NAME_CALLING = Coding("ACCUSE", "disapprove", "11")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Verb codings keyed by (lemma[ particle], object lemma or '*') in file order, event nouns, light and
    aspectual verbs."""

    verbs: dict[tuple[str, str], tuple[Coding, ...]]
    nouns: dict[str, Coding]
    light: frozenset[str]
    aspectual: frozenset[str] = frozenset()


def data_rows(name: str) -> list[list[str]]:
    """Tab-separated rows of a packaged data file, comments and blank lines skipped."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _verb_table(name: str) -> dict[tuple[str, str], tuple[Coding, ...]]:
    """Verb codings of a verb table keyed by (lemma[ particle], object lemma or '*'), in file order: the first
    whose flag holds for a verb wins ("ordered 20 jets" is a purchase, "ordered troops to" a command). An object
    "@name" stands for the class OBJECT_CLASSES[name] ("@relief_goods")."""
    verbs: dict[tuple[str, str], tuple[Coding, ...]] = {}
    for lemma, objects, type_, mode, cameo, flag in data_rows(name):
        coding = Coding(type_, None if mode == "-" else mode, cameo, flag)
        for obj in objects.split(","):
            for word in OBJECT_CLASSES[obj[1:]] if obj.startswith("@") else (obj,):
                verbs[(lemma, word)] = verbs.get((lemma, word), ()) + (coding,)
    return verbs


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load the packaged hand-written trigger tables once per process."""
    verbs = _verb_table("verbs.tsv")
    nouns = {noun: Coding(type_, None if mode == "-" else mode, cameo, flag[0] if flag else "-")
             for noun, type_, mode, cameo, *flag in data_rows("nouns.tsv")}
    light = frozenset(row[0] for row in data_rows("light_verbs.txt"))
    return Lexicon(verbs, nouns, light, ASPECTUAL_VERBS)


@functools.lru_cache(maxsize=1)
def fallback_lexicon() -> Lexicon:
    """The verb table generated from PETRARCH2's CAMEO dictionary (events_build), used where the hand one is silent."""
    return Lexicon(_verb_table("verbs_cameo.tsv"), {}, frozenset())


@dataclass(slots=True)
class Match:
    """A coded trigger: the verb, the tokens that make up the trigger, and the event noun if any."""

    verb: Any
    coding: Coding
    tokens: list[Any]
    noun: Any = None


def direct_object(verb: Any) -> Any | None:
    """The verb's direct object (or attribute/complement noun), if any."""
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            return child
    return None


def lookup_object(verb: Any) -> Any | None:
    """The noun a lexicon lookup pairs with the verb: its object, else a passive's subject that names an
    event ("protests were held", "sanctions were imposed") or whose agent is named ("the town was captured by
    rebels"). A noun qualified by a participle ("tariffs imposed by X") is left out: news mostly recalls an
    earlier act that way (the worked example's "bridle over tariffs imposed by the Trump administration")."""
    antecedent = relative_object(verb)
    if antecedent is not None:
        return antecedent
    obj = direct_object(verb)
    if obj is not None:
        return obj
    agent = any(c.dep_ == "agent" and (party := _pobj(c)) is not None and names_party(party) for c in verb.children)
    # an event noun, or any noun when the agent is named: "hostages were taken to hospital" is no hostage-taking,
    # "the video was removed by regulators" is censorship
    noun = passive_subject(verb)
    return noun if noun is not None and noun.pos_ == "NOUN" and (agent or names_event(event_noun(noun))) else None


def passive_subject(verb: Any) -> Any | None:
    """A passive's subject, or the noun its relative pronoun subject stands for."""
    return next((relative_antecedent(c) for c in verb.children if c.dep_ == "nsubjpass"), None)


def relative_antecedent(token: Any) -> Any:
    """The noun a relative pronoun subject stands for ("the studio, which was bought by X": the studio), else
    the token itself."""
    verb = token.head
    if token.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return token


def occurring_event(verb: Any) -> Match | None:
    """An event noun said to happen ("clashes erupted", "protests broke out", "talks took place", "the truce
    took effect")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS), "")
    lemma = verb.lemma_.lower()
    if lemma not in OCCURRENCE_VERBS and f"{lemma} {particle}" not in OCCURRENCE_VERBS and not (
            lemma == "take" and any(c.dep_ == "dobj" and c.lower_ in ("place", "effect") for c in verb.children)):
        return None
    noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    coding = noun_coding(noun) if noun is not None and names_event(noun) else None
    return Match(verb, coding, [verb, noun], noun=noun) if coding is not None else None


def names_party(noun: Any) -> bool:
    """An agent that can act: a name, a person or group noun, or a plural ("by rebels", "by censors"); not a
    means ("taken by bus", "by force")."""
    return noun.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or noun.tag_ == "NNS" or person_like(noun)


def names_event(noun: Any) -> bool:
    """True when the noun itself is an event noun ("protests", "clashes"), not a thing named after one
    ("student loan firms")."""
    nouns = lexicon().nouns
    return noun.lower_ in nouns or noun.lemma_.lower() in nouns


def done_in_protest(verb: Any) -> Match | None:
    """An act done "in (a) protest" ("dockers sat down on the quay in a protest", "burned flags in
    protest"), or a demand voiced in one (CAMEO 14, demonstrate for a change): PLOVER PROTEST demo."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "relcl" and (subject is None or subject.lower_ in ("that", "which")):
        subject = verb.head
    if subject is not None and subject.pos_ == "NOUN" and noun_coding(subject) is not None:
        return None  # "a strike that shut the city in protest": the strike is the event, coded on its own
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        noun = _pobj(prep)
        if noun is not None and noun.lemma_.lower() in PROTEST_NOUNS:
            formal = any(c.dep_ == "amod" and c.lower_ in FORMAL_PROTEST for c in noun.children)
            return Match(verb, FORMAL_PROTEST_CODING if formal else PROTEST_CODING, [verb])
    return None


PROTEST_CODING = Coding("PROTEST", "demo", "14")
FORMAL_PROTEST_CODING = Coding("ACCUSE", "disapprove", "11")  # a formal protest is a complaint (CAMEO 11)


def object_lemmas(obj: Any | None) -> list[str]:
    """Forms of an object to look up: the noun, the noun a measure stands for, coordinated nouns, and a
    hyphenated noun the tokenizer split ("sit-in", "cease-fire")."""
    if obj is None:
        return []
    heads = [obj, event_noun(obj)] + [c for c in obj.children if c.dep_ == "conj"]
    forms = [form for head in heads for form in (head.lower_, head.lemma_.lower())]
    return forms + [joined] if (joined := hyphenated(obj)) is not None else forms


def hyphenated(noun: Any) -> str | None:
    """The whole of a hyphenated noun split into tokens ("sit", "-", "in" -> "sit-in"), or None."""
    doc, i = noun.doc, noun.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 2].head.i != i or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    return f"{doc[i - 2].lower_}-{noun.lower_}"


def _pobj(prep: Any) -> Any | None:
    """The object of a preposition token, or of the preposition it leads ("out of the talks": talks)."""
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            return child
    inner = next((c for c in prep.children if c.dep_ == "prep"), None)
    return next((c for c in inner.children if c.dep_ in ("pobj", "pcomp")), None) if inner is not None else None


def event_noun(noun: Any) -> Any:
    """The noun that names the event: "a state of emergency" -> emergency, "a series of raids" -> raids."""
    if noun is not None and noun.lemma_.lower() in MEASURE_NOUNS:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of" and (obj := _pobj(child)) is not None:
                return obj
    return noun


CALL_FOR = Coding("REQUEST", None, "10")
NOUN_MODIFIER_CODINGS = {
    ("strike", "hunger"): Coding("PROTEST", "hunger", "14"),
    ("strike", "air"): Coding("ASSAULT", "aerial", "19"),
    ("strike", "missile"): Coding("ASSAULT", "heavy-weapons", "19"),
    ("strike", "drone"): Coding("ASSAULT", "drone", "19"),
    ("attack", "cyber"): Coding("COERCE", "cyber", "17"),
    ("attack", "suicide"): Coding("ASSAULT", "suicide-attack", "18"),
}


def noun_coding(noun: Any) -> Coding | None:
    """Coding of an event noun, refined by its modifiers ("hunger strike", "joint exercises")."""
    lex = lexicon()
    lemma = noun.lemma_.lower()
    coding = lex.nouns.get(noun.lower_) or lex.nouns.get(lemma) or lex.nouns.get(hyphenated(noun) or "")
    if coding is None:
        for child in noun.children:  # "a relief mission", "peace talks"
            if child.dep_ == "compound" and (inner := lex.nouns.get(child.lower_)) is not None:
                return inner
        return None
    if lemma == "call" and calls_for(noun):
        return CALL_FOR  # "renewed calls for a ceasefire" asks; a call alone is a phone call
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    if coding.flag == "against" and (modifiers & CIVIL_PROCEEDINGS or not against_phrase(noun) or any(
            c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in noun.children)):
        return None  # "proceedings against X", not "began bankruptcy proceedings", "proceedings to sell the airline"
    for modifier in modifiers:
        special = NOUN_MODIFIER_CODINGS.get((lemma, modifier))
        if special:
            return special
    if coding.type == "COOPERATE" and lemma in EXERCISE_NOUNS and not modifiers & {"joint", "combined"} and (
            not joint_subject(noun)):
        return Coding("MOBILIZE", "troops", "15")
    return coding


def joint_subject(noun: Any) -> bool:
    """True when the verb governing the noun has coordinated doers ("Egypt and France held drills", "French
    and Egyptian warships launched exercises"): an exercise held together."""
    verb = noun.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return any(c.dep_ == "conj" for head in (subject, *subject.children) for c in head.children
               if head is subject or head.dep_ in ("amod", "compound"))


def against_phrase(noun: Any) -> bool:
    """An "against" phrase naming whom an act is aimed at, on the noun or after it on the verb that governs it
    ("proceedings against the newspaper", "brought a case against X")."""
    heads = [noun] + ([noun.head] if noun.dep_ in ("dobj", "obj", "nsubjpass") else [])
    return any(c.dep_ == "prep" and c.lower_ == "against" and _pobj(c) is not None and c.i > noun.i
               for head in heads for c in head.children)


def calls_for(noun: Any) -> bool:
    """A "call" followed by "for" what is asked, on the noun or on the verb that governs it ("renewed its
    calls for a truce"); "for two hours" only dates it."""
    preps = list(noun.children)
    if noun.dep_ in ("dobj", "obj"):
        preps += [c for c in noun.head.children if c.i > noun.i]
    return any(c.dep_ == "prep" and c.lower_ == "for" and not temporal(c) for c in preps)


def message_coding(obj: Any | None) -> Coding | None:
    """The stance of a message named by it ("a congratulatory letter", "a message of condolence", "a letter of
    protest"): SUPPORT for thanks, praise and sympathy, ACCUSE disapprove for protest; None for a plain message."""
    if obj is None or obj.lemma_.lower() not in MESSAGE_NOUNS:
        return None
    words = [c.lower_ for c in obj.children if c.dep_ in ("amod", "compound")]
    words += [p.lemma_.lower() for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
              and (p := _pobj(c)) is not None]
    return next((MESSAGE_STANCES[w] for w in words if w in MESSAGE_STANCES), None)


PRAISE = Coding("SUPPORT", None, "05")
MESSAGE_STANCES = {
    "congratulatory": PRAISE, "congratulation": PRAISE, "congratulations": PRAISE, "condolence": PRAISE,
    "condolences": PRAISE, "sympathy": PRAISE, "thanks": PRAISE, "gratitude": PRAISE, "support": PRAISE,
    "solidarity": PRAISE, "appreciation": PRAISE, "protest": FORMAL_PROTEST_CODING, "complaint": FORMAL_PROTEST_CODING,
}


def naming_label(verb: Any) -> Any | None:
    """The name a naming verb gives its object ("called X a liar": liar), or None."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr") and c.pos_ == "NOUN"), None)


def name_calling(verb: Any) -> Match | None:
    """Calling someone a pejorative name ("called the minister a liar", "branded them traitors") is
    disapproval (CAMEO 111, PLOVER ACCUSE disapprove)."""
    label = naming_label(verb)
    if label is None or label.lemma_.lower() not in PEJORATIVES:
        return None
    return Match(verb, NAME_CALLING, [verb])


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


def match_verb(verb: Any) -> Match | None:
    """Code a verb token from the lexicon; None for no entry, a blocked use, or a thing where a person belongs."""
    if naming_label(verb) is not None:  # "called X a liar"; "called X a friend" is no phone call
        return name_calling(verb)
    if (verdict := guilty_verdict(verb)) is not None:
        return verdict
    shape = verb_shape(verb)
    match = _lookup(shape, lexicon()) or _lookup(shape, fallback_lexicon())
    match = match or occurring_event(verb) or done_in_protest(verb)
    if match is None or match.coding.type == "NONE" or not flag_holds(verb, match.coding.flag):
        return None
    if verb.lemma_.lower() == "warn" and not is_threat(verb):
        return None
    if match.coding.type == "REQUEST" and asks_question(verb):
        return None
    return match


def flag_holds(verb: Any, flag: str) -> bool:
    """Whether a row's flag allows this use of the verb (see the header of verbs.tsv)."""
    if flag.startswith("person"):
        obj = direct_object(verb) or passive_subject(verb)
        if obj is None and verb.dep_ == "acl":
            obj = verb.head  # "numbers released by the department"
        if obj is None:  # "ripped into the minister", not "ripped into the film"; "on Monday" is no object
            obj = next((p for c in verb.children if c.dep_ == "prep" and (p := _pobj(c)) is not None and (
                person_like(p) or person_like(event_noun(p)))), None)
        person = obj is not None and (person_like(obj) or person_like(event_noun(obj)))
        return person and (flag != "person-over" or grievance(verb, obj))
    if flag == "against":
        obj = lookup_object(verb)
        return obj is not None and against_phrase(obj) or against_phrase(verb)
    if flag == "relief":
        return any(relief_recipient(r) for r in recipients(verb))
    if flag == "caller":
        return named_caller(verb)
    if flag == "addressee":
        return addressee(verb)
    if flag == "summons":
        return summoned(verb)
    if flag == "intransitive":
        return direct_object(verb) is None
    if flag == "control-transitive":
        return any(c.dep_ in ("dobj", "obj", "xcomp") for c in verb.children)
    if flag == "control-inf":
        return has_infinitive(verb)
    if flag == "goods":
        return not has_infinitive(verb) and goods(traded_object(verb))
    if flag == "trade-deal":
        return trade_deal(verb)
    if flag == "sum":
        return money(obj := traded_object(verb)) and recipient_phrase(verb, obj)
    if flag == "bare-particle":
        return not any(c.dep_ == "prep" and c.lower_ in ADVERB_PARTICLES and _pobj(c) is not None
                       for c in verb.children)
    return True


def grievance(verb: Any, obj: Any) -> bool:
    """A phrase of what someone is criticised for, on the verb or its object ("hammered the senator over his votes",
    "tore into the minister for his response"); a result ("hammered Italy 40-10 on Saturday") has none, and a
    sentence about a game has none ("hammered Italy 40-10 for their third win")."""
    from newsgraph.extract.events_actors import sporting

    return not sporting(verb.sent) and any(
        c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPS and _pobj(c) is not None and not temporal(c)
        for head in (verb, obj) for c in head.children)


def recipients(verb: Any) -> list[Any]:
    """Who gets what the verb hands over: a "to", "for" or "among" phrase on the verb or its object, or an indirect
    object ("handed the evacuees blankets")."""
    obj = lookup_object(verb)
    found = []
    for c in [*verb.children, *(obj.children if obj is not None else ())]:
        if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            found.append(c)
        elif c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for", "among") and (p := _pobj(c)) is not None:
            found.append(p)
    return found


def relief_recipient(noun: Any) -> bool:
    """People in need, the public a state serves, a body caring for them, or a state or place ("flood victims",
    "pupils", "hospitals", "Afghanistan"), not buyers ("customers", "students")."""
    return noun.ent_type_ in ("GPE", "LOC") or noun.lemma_.lower() in RELIEF_RECIPIENTS \
        or noun.lower_ in RELIEF_RECIPIENTS


def named_caller(verb: Any) -> bool:
    """Calls "from" a named party, or the party's own ("the chancellor's calls"), that is not a news outlet, with no
    request for comment ("has not returned calls from the White House", not "did not return calls seeking
    comment")."""
    calls = lookup_object(verb)
    if calls is None or any(t.lemma_.lower() == "comment" for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass")
                            for t in c.subtree):
        return False
    callers = [c for c in calls.children if c.dep_ == "poss" and c.pos_ != "PRON"] + [
        p for c in calls.children if c.dep_ == "prep" and c.lower_ == "from" and (p := _pobj(c)) is not None]
    return any(names_party(p) and not {t.lemma_.lower() for t in p.subtree} & MEDIA_NOUNS for p in callers)


def addressee(verb: Any) -> bool:
    """A party an appeal is made to: "with", "to" or "from" a party, on the verb or in its phrases ("pleaded with
    donors for help", "pleaded for help from the UN"), not "the family pleaded for help to find their dog"
    or "for help with bills"."""
    heads = [verb] + [p for c in verb.children if c.dep_ == "prep" and (p := _pobj(c)) is not None]
    return any(c.dep_ == "prep" and c.lower_ in ("with", "to", "from") and (p := _pobj(c)) is not None
               and (p.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or person_like(p))
               for head in heads for c in head.children)


def summoned(verb: Any) -> bool:
    """An invitation to appear or testify before a body ("invited X to appear before the panel"): a summons."""
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in SUMMONED_ACTS and any(
        p.dep_ == "prep" and p.lower_ == "before" for p in c.children) for c in verb.children)


def has_infinitive(verb: Any) -> bool:
    """A to-infinitive complement ("told them to leave", "required the firms to file"), not a that-clause."""
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               or c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)


def traded_object(verb: Any) -> Any | None:
    """What a trade verb deals in: its object, or a passive's subject ("the studio was acquired by X")."""
    obj = lookup_object(verb)
    return obj if obj is not None else passive_subject(verb)


def goods(obj: Any | None) -> bool:
    """What is traded: a sum or count ("ordered 55", "$6bn of airliners"), a product name, a goods noun
    ("20 jets"), a firm or a stake in one ("bought Pixar", "acquired a stake"); not people, not an act
    ("ordered an inquiry", "the closure of schools")."""
    if obj is None:
        return False
    head = event_noun(obj)
    forms = {head.lemma_.lower(), head.lower_}
    if forms & GOODS_NOUNS or forms & TRADED_FIRM_NOUNS or head.ent_type_ in ("PRODUCT", "MONEY", "ORG") \
            or obj.ent_type_ == "MONEY":
        return True
    if head.pos_ == "PROPN" and head.ent_type_ not in PLACE_ENTITIES:
        return True  # a firm the recogniser missed or took for a person ("bought Pixar"), not a place
    if head.tag_ in ("NNS", "NNPS") and head.text[:1].isupper() and not person_like(head) and any(
            c.dep_ == "nummod" for c in head.children):
        return True  # a counted product: "20 Dreamliners"
    if obj.pos_ != "NUM":
        return False
    part = next((_pobj(c) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return part is None or goods(part)  # "ordered 55", "55 of the new jets", not "300 of its soldiers"


def money(obj: Any | None) -> bool:
    """A sum of money: "$3 billion", "500 million euros"."""
    if obj is None:
        return False
    head = event_noun(obj)
    return obj.ent_type_ == "MONEY" or head.ent_type_ == "MONEY" or head.lemma_.lower() in CURRENCY_NOUNS


def recipient_phrase(verb: Any, obj: Any) -> bool:
    """A "to" or "for" phrase naming who gets a sum, on the verb or on the sum ("$3bn to X", "$2m for X")."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") and _pobj(c) is not None
               for head in (verb, obj) for c in head.children)


def trade_deal(verb: Any) -> bool:
    """A deal signed to buy, sell or supply goods ("signed a deal to buy 20 jets"), the infinitive on the deal
    or on the verb, or orders from a named buyer ("booked 35 orders from Air Ostrava")."""
    obj = lookup_object(verb)
    clauses = list(verb.children) + (list(obj.children) if obj is not None else [])
    if any(c.dep_ in ("acl", "relcl", "xcomp", "advcl") and c.lemma_.lower() in TRADE_VERBS for c in clauses):
        return True
    if obj is not None and counted_orders(obj) and not forces_subject(verb) and any(
            c.dep_ == "prep" and c.lower_ == "from" and (buyer := _pobj(c)) is not None and named_buyer(buyer)
            for c in clauses):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "for" and goods(_pobj(c)) for c in clauses)


def counted_orders(noun: Any) -> bool:
    """Orders counted as sales ("35 new orders", "firm orders"), not commands ("orders to withdraw")."""
    return noun.lemma_.lower() == "order" and any(
        c.dep_ == "nummod" or c.dep_ == "amod" and c.lower_ in SALES_ORDER_WORDS for c in noun.children) and not any(
        c.dep_ in ("acl", "relcl") for c in noun.children)


def named_buyer(noun: Any) -> bool:
    """A named firm ("orders from Air Ostrava"), not customers at large nor a capital giving commands."""
    return noun.ent_type_ == "ORG" or noun.pos_ == "PROPN" and noun.ent_type_ not in ("GPE", "LOC", "NORP")


def forces_subject(verb: Any) -> bool:
    """Troops, police or spies as the verb's subject ("the troops received new orders"): commands, not sales."""
    from newsgraph.actors.kb import knowledge_base

    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    role = knowledge_base().role(subject.lemma_.lower()) if subject is not None else None
    return role is not None and role.sector in ("MIL", "COP", "SPY")


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
              and c.lower_ in ("from", "by") and (p := _pobj(c)) is not None]
    return noun, givers or [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ in ("NOUN", "PROPN")]


def aid_noun(obj: Any | None) -> Any | None:
    """The aid an object names: the object itself ("loans"), what a sum consists of ("$15bn in bailout money",
    "loans worth $17bn"), or None when it names no aid."""
    if obj is None:
        return None
    heads = [obj, event_noun(obj)] + [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "in"
                                      and (p := _pobj(c)) is not None]
    return next((h for h in heads if h.lemma_.lower() in AID_NOUNS or h.lower_ in AID_NOUNS), None)


def asks_question(verb: Any) -> bool:
    """A question, not a request: "asked whether X had fired", "asked if Y would come"."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
               for c in verb.children)


def is_threat(verb: Any) -> bool:
    """A warning that threatens: of consequences, against someone, to someone, or of what the warner will do."""
    for child in verb.children:
        if child.dep_ in ("dobj", "obj") and person_like(child):
            return True
        if child.dep_ == "prep" and child.lower_ in ("of", "against"):
            return True
        if child.dep_ == "ccomp":
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            auxes = {c.lower_ for c in child.children if c.dep_ == "aux"}
            if subject is not None and subject.lower_ in ("we", "it", "they", "he", "she") and auxes & {
                    "will", "would", "'ll", "shall"}:
                return True
    return False


PEOPLE_NOUNS = frozenset({
    "hostage", "prisoner", "detainee", "captive", "activist", "journalist", "soldier", "sailor", "worker",
    "national", "citizen", "civilian", "child", "woman", "man", "people", "person", "member", "crew",
    "fisherman", "tourist", "dissident", "leader", "suspect", "inmate", "refugee", "migrant", "student",
    "militant", "rebel", "fighter", "officer", "policeman", "villager", "resident", "protester", "demonstrator",
    "trooper", "marine", "guard", "official", "diplomat", "family", "victim", "passenger", "pilgrim", "farmer",
})
# suspects, opponents and the armed: people that arrests, releases and abductions name as their object (kept
# apart from PEOPLE_NOUNS, which also decides who can be an event's source)
PATIENT_NOUNS = PEOPLE_NOUNS | frozenset({
    "smuggler", "poacher", "trafficker", "robber", "gunman", "bandit", "thief", "pirate", "deserter", "defector",
    "opponent", "critic", "blogger", "lawyer", "cleric", "priest", "monk", "insurgent", "jihadist", "separatist",
    "militiaman", "reservist", "spy", "hacker", "supporter", "youth", "teenager", "boy", "girl",
    "counterpart", "guest", "visitor",
})


def person_like(token: Any) -> bool:
    """A head naming people or a group: a name, a pronoun, a count of people, a people or role noun
    (not a Phoenix agent noun, a list that also holds things such as "artillery" or "blog")."""
    from newsgraph.actors.kb import knowledge_base

    if token.pos_ in ("PRON", "NUM") or token.ent_type_ in ("PERSON", "NORP", "GPE"):
        return True
    lemma = token.lemma_.lower()
    return lemma in PATIENT_NOUNS or knowledge_base().role(lemma, agents=False) is not None


@functools.lru_cache(maxsize=1)
def known_lemmas() -> frozenset[str]:
    """Every verb lemma the hand and fallback tables know."""
    keys = list(lexicon().verbs) + list(fallback_lexicon().verbs)
    return frozenset(key.split()[0] for key, _ in keys) | lexicon().light | lexicon().aspectual


def inflection_stems(word: str) -> list[str]:
    """Possible base forms of an inflected verb: staged -> stage, stopped -> stop, carried -> carry."""
    stems = []
    for suffix in ("ed", "ing", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[:-len(suffix)]
            stems += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                stems.append(stem[:-1])
            if stem.endswith("i"):
                stems.append(stem[:-1] + "y")
    return stems


def prefixed_past(word: str) -> str | None:
    """The base of a prefixed irregular past the parser leaves as it is: retook -> retake, overtook -> overtake."""
    for prefix in VERB_PREFIXES:
        if word.startswith(prefix) and (base := IRREGULAR_PASTS.get(word[len(prefix):])) is not None:
            return prefix + base
    return None


def verb_lemma(verb: Any) -> str:
    """The verb's lemma, repaired from its form when the parser's lemma is unknown ("staged" -> "stag",
    "retook" -> "retake")."""
    lemma = verb.lemma_.lower()
    known = known_lemmas()
    if lemma in known:
        return lemma
    if (base := prefixed_past(verb.lower_)) is not None and base in known:
        return base
    return next((stem for stem in inflection_stems(verb.lower_) if stem in known), lemma)


@dataclass(slots=True)
class VerbShape:
    """What a lexicon lookup needs from a verb token: lemma, object and its forms, particles and prepositions."""

    verb: Any
    lemma: str
    obj: Any
    obj_lemmas: list[str]
    extras: list[tuple[str, Any, list[str]]]


def verb_shape(verb: Any) -> VerbShape:
    """The lookup keys of a verb token, computed once for both tables."""
    lemma = verb_lemma(verb)
    obj = lookup_object(verb)
    obj_lemmas = object_lemmas(obj) + [c.lower_ for c in verb.children
                                        if c.lower_ in CAPTIVE_PREDICATES and c.dep_ in PREDICATE_DEPS]
    extras: list[tuple[str, Any, list[str]]] = []
    for child in verb.children:
        if child.dep_ in PARTICLE_DEPS or child.dep_ == "advmod" and child.i == verb.i + 1:  # "cried foul"
            extras.append((f"{lemma} {child.lower_}", child, obj_lemmas))
        elif child.dep_ in PREP_DEPS and child.dep_ != "agent" and not temporal(child):
            extras.append((f"{lemma} {child.lower_}", child, object_lemmas(_pobj(child)) + obj_lemmas))
    return VerbShape(verb, lemma, obj, obj_lemmas, extras)


def temporal(prep: Any) -> bool:
    """A preposition that only dates the act ("called on Sunday for ...", "for the second time"), not part of a
    phrasal verb."""
    obj = _pobj(prep)
    return obj is not None and (obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() == "time")


def _lookup(shape: VerbShape, lex: Lexicon) -> Match | None:
    """A lexicon's entry for a verb: phrasal and prepositional forms first, then object-specific. A key's rows
    are tried in file order; when none of their flags holds, the first is returned (and then refused)."""
    verb, lemma, obj = shape.verb, shape.lemma, shape.obj
    for key, extra, objects in shape.extras:
        for obj_lemma in objects:
            if (coding := _coding(lex, (key, obj_lemma), verb)) is not None:
                return Match(verb, coding, [verb, extra])
    for obj_lemma in shape.obj_lemmas:
        if (coding := _coding(lex, (lemma, obj_lemma), verb)) is not None:
            if obj is None:  # a predicate alone: "they were held hostage"
                return Match(verb, coding, [verb])
            return Match(verb, coding, [verb, obj], noun=obj if obj.dep_ == "nsubjpass" else None)
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
    if (coding := _coding(lex, (lemma, ANY), verb)) is not None:
        return Match(verb, coding, [verb])
    return None


def _coding(lex: Lexicon, key: tuple[str, str], verb: Any) -> Coding | None:
    """The first of a key's codings whose flag holds for the verb, else its first coding, or None; also None when
    the key's particle turns out to be a preposition ("gave a warning in response to": no "give in")."""
    codings = lex.verbs.get(key)
    if not codings:
        return None
    held = next((c for c in codings if flag_holds(verb, c.flag)), None)
    return None if held is None and codings[0].flag == "bare-particle" else held or codings[0]
