"""Words of industrial disputes: whether a party is a union or its workers, whose threats of disruption in a dispute
the lexicon codes (the "labour" and "unruled-labour" flags of data/events/verbs.tsv: "the union has not ruled out
disruptions over pay"), and work shunned as a strike (the "walkout" flag)."""

from __future__ import annotations

from typing import Any

LABOUR_SECTORS = frozenset({"LAB"})  # unions, workers, staff (the actor knowledge base's roles)


def labour_party(head: Any | None) -> bool:
    """A union, its officials or workers: a head whose role is labour ("unions", "maintenance workers"), or one
    named as of a union ("the general secretary of the Dockers' Union, Mara Velt"); not "the airline"."""
    if head is None:
        return False
    return any(labour_word(word) for word in party_words(head))


def party_words(head: Any) -> list[Any]:
    """The head, the words that name it (compounds, an apposition) and the heads of its "of" phrases."""
    words = [head] + [c for c in head.children if c.dep_ in ("compound", "appos")]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            words += [p for p in child.children if p.dep_ == "pobj"]
    return words


def labour_word(word: Any) -> bool:
    """A word whose role in the actor knowledge base is labour ("union", "workers", "staff")."""
    from newsgraph.extract.events_actor_words import token_role

    role = token_role(word)
    return role is not None and role.sector in LABOUR_SECTORS


def employer(party: Any | None) -> Any | None:
    """The firm a union or its workers are named by, which their industrial action is aimed at: a name
    compounded with a labour word or a plural of the party ("Aerolux unions", "the unions of Aerolux engineers",
    "the pilots' union speaking for Aerolux crews": Aerolux); None when the party names none."""
    if party is None or not labour_party(party):
        return None
    for token in party.subtree:
        if token.dep_ == "compound" and token.ent_type_ == "ORG" and (
                token.head.tag_ == "NNS" or labour_word(token.head)) and not own_name(token):
            return token
    return None


def own_name(token: Any) -> bool:
    """A word of the union's own name, one entity with the labour word it qualifies ("the Canadian Union of Postal
    Workers": Canadian), not a firm's name before it ("Aerolux unions")."""
    head = token.head
    return head.i > token.i and head.ent_type_ == token.ent_type_ and all(
        token.doc[k].ent_iob_ == "I" for k in range(token.i + 1, head.i + 1))


# words that place a warning in an industrial dispute: what is fought over or done in one ("over pay", "if the
# airline rejects the offer", "after talks broke down", "escalating industrial action")
DISPUTE_WORDS = frozenset({
    "strike", "stoppage", "walkout", "walk-out", "industrial", "picket", "go-slow", "work-to-rule", "ballot",
    "dispute", "claim", "offer", "pay", "wage", "salary", "overtime", "pension", "bonus", "redundancy", "layoff",
    "negotiation", "talk", "bargaining", "contract", "roster", "conditions",
})
# phrases giving an act its cause ("because of the storm", "due to repairs"): not the warning party's act
CAUSE_PREPS = frozenset({"because", "due", "owing", "thanks"})


def industrial_dispute(verb: Any) -> bool:
    """A warning made in an industrial dispute: its sentence names what is fought over or done in one ("has not
    ruled out disruptions over the pay claim", "warned of a shutdown if the airline rejects the offer"); not a
    union forecasting an outage ("warned of a shutdown if the owner goes bankrupt")."""
    return any(t.lemma_.lower() in DISPUTE_WORDS or t.lower_ in DISPUTE_WORDS for t in verb.sent)


def caused_elsewhere(verb: Any, act: Any | None) -> bool:
    """An act the sentence gives another cause or purpose, so that it is nobody's threat: a participle with its own
    doer ("disruptions caused by the new software"), a cause ("because of the storm", "due to repairs") or a
    purpose that is no dispute ("a shutdown of the website for maintenance", "the grounding of the fleet for safety
    checks"), in the act's phrase or on the verb."""
    from newsgraph.extract.events_lexicon import prep_object, temporal

    tokens = list(act.subtree) if act is not None else []
    tokens += [c for c in verb.children if c.dep_ == "prep"]
    for token in tokens:
        if token.dep_ == "acl" and token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children):
            return True
        if token.dep_ == "prep" and token.lower_ in CAUSE_PREPS:
            return True
        if token.dep_ == "prep" and token.lower_ == "for" and (aim := prep_object(token)) is not None and not (
                temporal(token) or aim.lemma_.lower() in DISPUTE_WORDS):
            return True
    return False


STRIKING_SECTORS = LABOUR_SECTORS | {"EDU"}  # workers and unions, teachers and students walk out
PROTEST_AIMS = frozenset({"protest", "demand", "press", "oppose", "denounce", "condemn", "mark", "mourn"})
STRIKE_NOUNS = frozenset({"protest", "demonstration", "strike", "boycott", "solidarity"})


def walkout(verb: Any) -> bool:
    """Work, classes or shops shunned as a strike: to protest or press a demand ("shunned work to protest the
    new levy"), in a protest or strike ("in a general strike"), or by workers, teachers or students on a day
    ("the teachers shunned classes on Monday"); not a choice of career nor a break ("young people shun farm
    work", "the actor shunned work for a year")."""
    from newsgraph.extract.events_actor_words import token_role
    from newsgraph.extract.events_lexicon import prep_object, temporal

    if any(protest_aim(t, verb) for t in verb.subtree):
        return True
    phrases = [c for c in verb.children if c.dep_ == "prep"]
    if any(p.lower_ in ("in", "as") and (noun := prep_object(p)) is not None and noun.lemma_.lower() in STRIKE_NOUNS
           for p in phrases):
        return True
    subject = verb.head if verb.dep_ == "relcl" else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    role = token_role(subject)
    return role is not None and role.sector in STRIKING_SECTORS and any(
        temporal(p) and p.lower_ != "for" for p in phrases)


def protest_aim(token: Any, verb: Any) -> bool:
    """An infinitive of protest or demand that is the verb's purpose ("shunned work to protest", also when the
    parser hangs it on a phrase of the verb: "shunned work for a day to oppose the levy"), in no other clause."""
    if token.i == verb.i or token.pos_ != "VERB" or token.lemma_.lower() not in PROTEST_AIMS or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    head = token.head
    while head.i != verb.i and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head.i == verb.i


# taking over a workplace or a public building: by workers a strike, in protest a sit-in; by troops an occupation
OCCUPYING_VERBS = frozenset({"occupy"})
SIT_IN_NOUNS = frozenset({"protest", "strike", "sit-in", "demonstration"})
SIT_IN_SECTORS = STRIKING_SECTORS | {"CVL"}  # protesters, residents and students sit in


def occupation_mode(verb: Any) -> str | None:
    """The PROTEST mode of a place occupied as a protest: "strike" when workers or their union hold their
    workplace ("workers who have occupied the paint shop"), "demo" when civilians occupy it in a protest or
    strike ("students occupied the rector's office in protest"); None for an occupation by force ("troops
    occupied the town") or one that is no protest."""
    from newsgraph.extract.events_actor_words import token_role
    from newsgraph.extract.events_lexicon import prep_object
    from newsgraph.extract.events_syntax import RELATIVE_PRONOUNS

    if verb.lemma_.lower() not in OCCUPYING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "relcl" and (subject is None or subject.lower_ in RELATIVE_PRONOUNS):
        subject = verb.head
    if subject is None:
        return None
    if labour_party(subject):
        return "strike"
    role = token_role(subject)
    protested = any(t.dep_ == "prep" and t.lower_ == "in" and (noun := prep_object(t)) is not None
                    and noun.lemma_.lower() in SIT_IN_NOUNS for t in verb.subtree)
    return "demo" if protested and role is not None and role.sector in SIT_IN_SECTORS else None
