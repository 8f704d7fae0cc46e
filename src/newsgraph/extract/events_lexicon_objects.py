"""The noun a lexicon lookup pairs with a verb (events_lexicon_match.py): its direct object, a passive's subject, the
noun a relative pronoun stands for, and the forms looked up; whether a noun names people or a party that can act."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_lexicon import event_noun, hyphenated, names_event, prep_object
from newsgraph.extract.events_lexicon_words import ASPECTUAL_VERBS
from newsgraph.extract.events_syntax import RELATIVE_PRONOUNS, relative_object


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
    if (noun := participle_modified(verb)) is not None:
        return noun
    agent = any(c.dep_ == "agent" and (party := prep_object(c)) is not None and names_party(party)
                for c in verb.children)
    # an event noun, or any noun when the agent is named: "hostages were taken to hospital" is no hostage-taking,
    # "the video was removed by regulators" is censorship
    noun = passive_subject(verb)
    return noun if noun is not None and noun.pos_ == "NOUN" and (agent or names_event(event_noun(noun))) else None


def participle_modified(verb: Any) -> Any | None:
    """The event noun a light verb governs when the parser made the participle modifying it a verb ("began
    [rotating] strikes", "launched [rolling] stoppages": the participle's object), or None; not a verb of the
    lexicon ("began targeting convoys")."""
    from newsgraph.extract.events_lexicon import known_lemmas, lexicon

    lex = lexicon()
    if verb.lemma_.lower() not in lex.light and verb.lemma_.lower() not in lex.aspectual:
        return None
    participle = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1), None)
    if participle is None or participle.lemma_.lower() in known_lemmas():
        return None
    noun = direct_object(participle)
    return noun if noun is not None and noun.i == participle.i + 1 and names_event(noun) else None


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


def names_party(noun: Any) -> bool:
    """An agent that can act: a name, a person or group noun, or a plural ("by rebels", "by censors"); not a
    means ("taken by bus", "by force")."""
    return noun.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or noun.tag_ == "NNS" or person_like(noun)


def object_lemmas(obj: Any | None) -> list[str]:
    """Forms of an object to look up: the noun, the noun a measure stands for, coordinated nouns, and a
    hyphenated noun the tokenizer split ("sit-in", "cease-fire")."""
    if obj is None:
        return []
    heads = [obj, event_noun(obj)] + [c for c in obj.children if c.dep_ == "conj"]
    if (act := escalated_act(obj)) is not None:
        heads.append(act)
    forms = [form for head in heads for form in (head.lower_, head.lemma_.lower())]
    return forms + [joined] if (joined := hyphenated(obj)) is not None else forms


# gerunds that only carry on, step up or start the act they govern ("warned of escalating industrial action"): the
# aspectual verbs but "complete", and verbs of starting
ESCALATING_VERBS = (ASPECTUAL_VERBS - {"complete"}) | {"step", "widen", "extend", "resume", "launch", "take"}


def escalated_act(obj: Any) -> Any | None:
    """The act a gerund object escalates or starts ("warned of escalating industrial action": action), looked up
    as the object itself; None for other gerunds ("warned of losing jobs")."""
    if obj.tag_ != "VBG" or obj.dep_ != "pcomp" or obj.lemma_.lower() not in ESCALATING_VERBS:
        return None
    return direct_object(obj)


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
