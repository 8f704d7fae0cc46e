"""The event trigger lexicon (data/events/*.tsv): its Coding, Lexicon and Match types, the table readers, the coding
of event nouns and of messages, and the repair of a verb's lemma.

A verb token is looked up in events_lexicon_match.py, with the noun it pairs with from events_lexicon_objects.py
and the flags of its rows checked in events_lexicon_flags.py.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.extract.events_lexicon_words import (
    ASPECTUAL_VERBS,
    CIVIL_PROCEEDINGS,
    EXERCISE_NOUNS,
    IRREGULAR_PASTS,
    MEASURE_NOUNS,
    MESSAGE_NOUNS,
    OBJECT_CLASSES,
    VERB_PREFIXES,
)

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "events"
ANY = "*"
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})


@dataclass(frozen=True, slots=True)
class Coding:
    """What a trigger means: PLOVER type and mode, CAMEO root, and the flag that says when the row holds (verbs.tsv)."""

    type: str
    mode: str | None
    cameo: str
    flag: str = "-"


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


def names_event(noun: Any) -> bool:
    """True when the noun itself is an event noun ("protests", "clashes"), not a thing named after one
    ("student loan firms")."""
    nouns = lexicon().nouns
    return noun.lower_ in nouns or noun.lemma_.lower() in nouns


def hyphenated(noun: Any) -> str | None:
    """The whole of a hyphenated noun split into tokens ("sit", "-", "in" -> "sit-in"), or None."""
    doc, i = noun.doc, noun.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 2].head.i != i or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    return f"{doc[i - 2].lower_}-{noun.lower_}"


def prep_object(prep: Any) -> Any | None:
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
            if child.dep_ == "prep" and child.lower_ == "of" and (obj := prep_object(child)) is not None:
                return obj
    return noun


def temporal(prep: Any) -> bool:
    """A preposition that only dates the act ("called on Sunday for ...", "for the second time"), not part of a
    phrasal verb."""
    obj = prep_object(prep)
    return obj is not None and (obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() == "time")


CALL_FOR = Coding("REQUEST", None, "10")
NOUN_MODIFIER_CODINGS = {
    ("strike", "hunger"): Coding("PROTEST", "hunger", "14"),
    ("strike", "air"): Coding("ASSAULT", "aerial", "19"),
    ("strike", "missile"): Coding("ASSAULT", "heavy-weapons", "19"),
    ("strike", "drone"): Coding("ASSAULT", "drone", "19"),
    ("attack", "cyber"): Coding("COERCE", "cyber", "17"),
    ("attack", "suicide"): Coding("ASSAULT", "suicide-attack", "18"),
}


def refined(coding: Coding, noun: Any | None) -> Coding:
    """A verb row's coding made as precise as its object noun's modifiers make it, when they keep its type ("went on
    hunger strike": PROTEST hunger, as "a hunger strike"; "launched air strikes": ASSAULT aerial)."""
    if noun is None:
        return coding
    for child in noun.children:
        special = NOUN_MODIFIER_CODINGS.get((noun.lemma_.lower(), child.lower_)) if child.dep_ in (
            "amod", "compound", "nmod") else None
        if special is not None and special.type == coding.type:
            return Coding(special.type, special.mode, special.cameo, coding.flag)
    return coding


# a stop-work meeting is a short strike held as a union meeting in work hours (CAMEO 143, PLOVER PROTEST strike)
STOP_WORK = Coding("PROTEST", "strike", "14")


def stop_work(noun: Any) -> bool:
    """True for a noun qualified "stop-work" or "stopwork" ("stop-work meetings"), split or not by the tokenizer."""
    before = noun.doc[max(0, noun.i - 3):noun.i].text.lower().replace(" ", "")
    return before.endswith(("stop-work", "stopwork"))


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
    if lemma == "meeting" and stop_work(noun):
        return STOP_WORK  # "nurses will hold stop-work meetings": a stoppage, not a consultation
    for modifier in modifiers:
        special = NOUN_MODIFIER_CODINGS.get((lemma, modifier))
        if special:
            return special
    if lemma == "strike" and coding.type == "ASSAULT" and labour_strikes(noun, modifiers):
        return STOP_WORK  # "workers began rotating strikes", not "jets carried out strikes"
    if coding.type == "COOPERATE" and lemma in EXERCISE_NOUNS and not modifiers & {"joint", "combined"} and (
            not joint_subject(noun)):
        return Coding("MOBILIZE", "troops", "15")
    return coding


# modifiers that make strikes stoppages of work ("rotating strikes", "a general strike"), not air strikes
LABOUR_STRIKE_MODIFIERS = frozenset({"rotating", "rolling", "general", "nationwide", "national", "indefinite",
                                     "wildcat", "token", "sympathy", "industrial", "hour", "day", "week", "staggered"})
# the roles of those who strike by stopping work: workers, teachers and students, health staff, farmers, civilians
STOPPAGE_SECTORS = frozenset({"LAB", "EDU", "HLH", "MED", "AGR", "CVL"})  # not events_labour.STRIKING_SECTORS


def labour_strikes(noun: Any, modifiers: set[str]) -> bool:
    """Strikes that stop work: with a modifier of stoppages ("rotating", "24-hour", also a participle the parser
    made the noun's verb: "began [rotating] strikes"), or done by workers, teachers, nurses or farmers ("nurses
    began strikes"); not "jets carried out strikes", "militants launched strikes"."""
    from newsgraph.extract.events_actor_words import token_role

    if noun.dep_ in ("dobj", "obj") and noun.head.tag_ == "VBG" and noun.head.i == noun.i - 1:
        modifiers = modifiers | {noun.head.lower_}
    if modifiers & LABOUR_STRIKE_MODIFIERS:
        return True
    verb = noun.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or (
                verb.head.i == verb.i):
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    role = token_role(subject) if subject is not None and subject.pos_ == "NOUN" else None
    return role is not None and role.sector in STOPPAGE_SECTORS


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
    return any(c.dep_ == "prep" and c.lower_ == "against" and prep_object(c) is not None and c.i > noun.i
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
              and (p := prep_object(c)) is not None]
    return next((MESSAGE_STANCES[w] for w in words if w in MESSAGE_STANCES), None)


PRAISE = Coding("SUPPORT", None, "05")
FORMAL_PROTEST_CODING = Coding("ACCUSE", "disapprove", "11")  # a formal protest is a complaint (CAMEO 11)
MESSAGE_STANCES = {
    "congratulatory": PRAISE, "congratulation": PRAISE, "congratulations": PRAISE, "condolence": PRAISE,
    "condolences": PRAISE, "sympathy": PRAISE, "thanks": PRAISE, "gratitude": PRAISE, "support": PRAISE,
    "solidarity": PRAISE, "appreciation": PRAISE, "protest": FORMAL_PROTEST_CODING, "complaint": FORMAL_PROTEST_CODING,
}


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
