"""Coded triggers that are no act ("beat the incumbent", "pleaded guilty", the topic of a preposition) or an act the
text does not assert (demanded, denied, wanted, asked about, supposed, an accident, an adjectival participle), each
test with the reason noted when its trigger is dropped; and the purpose clause or demand that serves another act
("marched to demand X": one protest)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsgraph.extract.events_actor_words import agentive
from newsgraph.extract.events_clauses import accidental, counterfactual, in_condition, in_question, wanted_act
from newsgraph.extract.events_deontic import demanded, sight_wished
from newsgraph.extract.events_forms import for_to_clause
from newsgraph.extract.events_judged import names_quality, to_blame
from newsgraph.extract.events_judged_words import DENYING_VERBS as DENIAL_VERBS
from newsgraph.extract.events_judged_words import JUDGING_VERBS, NAMING_VERBS
from newsgraph.extract.events_lexicon import Match, verb_lemma
from newsgraph.extract.events_lexicon_words import MEDIA_NOUNS
from newsgraph.extract.events_syntax import is_negated, is_passive, time_for_act

PLEAS = frozenset({"guilty", "innocent"})
# Refusing to tell is declining to comment, no rejection of anyone ("refused to say how much it wants")
REFUSAL_VERBS = frozenset({"refuse", "decline"})
TELLING_VERBS = frozenset({"say", "comment", "confirm", "disclose", "reveal", "discuss", "elaborate", "specify",
                           "name", "identify", "speculate", "detail", "divulge"})
# A contest's result ("beat the incumbent", "crushed the ruling party at the polls") is no use of force
RESULT_VERBS = frozenset({"beat", "defeat", "thrash", "rout", "trounce", "crush", "edge", "unseat", "topple"})
ELECTION_WORDS = frozenset({
    "election", "elections", "vote", "votes", "voter", "voters", "ballot", "ballots", "poll", "polls", "primary",
    "primaries", "runoff", "run-off", "incumbent", "re-election", "reelection", "electoral", "candidate",
    "candidates", "race", "seat", "seats", "landslide", "referendum", "caucus", "caucuses", "constituency",
})
# Verbs whose preposition introduces the act they perform, not a topic ("resorted to throwing stones", "engaged in
# shelling", "succeeded in freeing"; general English usage)
CATENATIVE_PREPS = frozenset({("resort", "to"), ("turn", "to"), ("take", "to"), ("engage", "in"), ("succeed", "in"),
                              ("persist", "in"), ("proceed", "with"), ("continue", "with"), ("set", "about"),
                              ("go", "on"), ("keep", "on")})

# Prepositions whose gerund is an act done, as the means or the time of another ("responded by shelling X",
# "fled after attacking X", "was arrested while fleeing", "despite meeting X"), not a topic ("accused of", "talks on")
DONE_PREPS = frozenset({"by", "after", "before", "while", "upon", "despite", "since"})
TOPIC_PREPS = frozenset({"of", "for", "over", "about", "with"})  # "accused of", "blamed for", "charged with"
# Verbs a participle voices the subject's own word with ("accused X of Y, calling for sanctions"): the accuser's act,
# not the accused act carried on
VOICING_PARTICIPLES = JUDGING_VERBS | NAMING_VERBS | DENIAL_VERBS | {
    "call", "urge", "demand", "ask", "appeal", "vow", "threaten", "pledge", "promise", "press", "accuse", "blame"}
# Verbs whose "that" clause asks for an act ("demanded that the government resign", "insisted that Y withdraw"),
# whose bare-form verb (the mandative subjunctive) is asked for, not done (general English grammar)
MANDATING_WORDS = frozenset({
    "demand", "insist", "urge", "ask", "request", "recommend", "propose", "require", "suggest", "order", "command",
    "call", "move", "petition", "stipulate", "decree", "advise", "plead", "beg", "pray", "desire", "prefer",
    "demanding", "insistence", "recommendation", "proposal", "requirement", "suggestion"})
# Words whose "that" clause is an accusation ("prosecutors allege that X took bribes", "allegations that staff
# mistreated residents"): the charge is the event (ACCUSE), the act charged is not asserted, as the act of "accused
# X of ..." is not; read as words so that a misparse of the verb ("Prosecutors in Ohio allege" read as a noun) holds
ALLEGING_WORDS = frozenset({"allege", "alleges", "alleged", "alleging", "allegation", "allegations", "accusation",
                            "accusations"})


def protest_demand(verb: Any, matches: dict[int, Match]) -> bool:
    """True for the purpose or the accompanying participle of a protest ("marched to demand X", "sat down on the
    tracks demanding that X quit", "held vigils, saying X must step aside"): CAMEO codes the protest with its demand
    as one event (14), so the demand is not coded again."""
    if verb.dep_ != "advcl" or not (purpose(verb) or verb.tag_ == "VBG"):
        return False
    served = matches.get(verb.head.i)
    return served is not None and served.coding.type == "PROTEST"


def election_result(verb: Any) -> bool:
    """True for a result verb in a sentence about an election ("beat the incumbent governor by 30 points")."""
    return verb.lemma_.lower() in RESULT_VERBS and any(t.lower_ in ELECTION_WORDS for t in verb.sent)


def court_plea(verb: Any) -> bool:
    """True for a plea in court ("pleaded guilty", "pleaded not guilty"): no request to anyone."""
    following = verb.doc[verb.i + 1:verb.i + 3]
    return verb.lemma_.lower() == "plead" and (any(c.lower_ in PLEAS for c in verb.children) or any(
        t.lower_ in PLEAS for t in following))  # "pleaded guilty Monday", "guilty" misparsed onto the date


def declined_comment(verb: Any) -> bool:
    """True for a refusal to tell ("refused to say how much", "declined to comment", "declined to name the
    buyer"): no demand is refused; but a refusal to discuss a matter with a party is a refusal to meet it
    ("refused to discuss the pay claim with the union")."""
    return verb.lemma_.lower() in REFUSAL_VERBS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in TELLING_VERBS and not with_partner(c) for c in verb.children)


def with_partner(verb: Any) -> bool:
    """True for a verb with a "with" party, which the parser may hang on its object ("discuss the claim with the
    union"): an actor, not a thing ("with care") nor the press ("discuss the claim with reporters")."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        o.dep_ == "pobj" and agentive(o) and o.lemma_.lower() not in MEDIA_NOUNS for o in c.children)
        for head in heads for c in head.children)


def in_topic(verb: Any) -> bool:
    """True for a verb that is the topic of a preposition ("cooperate on reopening ...", "accused X of killing");
    not what one pleads guilty to ("pleaded guilty to attacking X": the act is admitted), nor the means or time of
    an act that is no topic ("responded by shelling X", "was shot after attacking X"; DONE_PREPS)."""
    token = verb
    for _ in range(6):
        if token.dep_ == "pcomp":
            if (token.head.head.lemma_.lower(), token.head.lower_) in CATENATIVE_PREPS:
                return False  # "resorted to blocking roads": the blocking is done
            if token.head.lower_ in DONE_PREPS and not after_topic(token.head) and not forestalled(token.head):
                token = token.head.head  # "fled after killing X": done if the act it goes with is
                continue
            plea = token.head.head
            if plea.dep_ == "acomp":  # "pleaded guilty to": the preposition on "guilty"
                plea = plea.head
            return not (token.head.lower_ == "to" and court_plea(plea) and not is_negated(plea) and not any(
                c.dep_ == "neg" for head in (plea, *plea.children) for c in head.children) and (
                plea.doc[plea.i + 1].lower_ != "not"))
        if token.dep_ == "advcl" and participle_of_topic(token):
            return True  # "accused X of shelling villages, wounding three": the wounding is accused too
        if token.dep_ not in ("conj", "xcomp", "advcl") or token.head.i == token.i:
            return False
        if token.dep_ == "advcl" and not carried_on(token):
            return False
        token = token.head
    return False


def carried_on(participle: Any) -> bool:
    """True for a participle with no subject of its own that carries on its head's act ("attacking a post,
    killing two"), not one voicing a word ("..., calling for sanctions")."""
    return participle.tag_ == "VBG" and participle.lemma_.lower() not in VOICING_PARTICIPLES and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in participle.children)


def participle_of_topic(participle: Any) -> bool:
    """True for a participle after a gerund topic of its head, which the parser hung on the head ("accused X of
    shelling villages, wounding three civilians": the wounding goes on the shelling, part of the accusation)."""
    return carried_on(participle) and any(
        c.dep_ == "prep" and c.lower_ in TOPIC_PREPS and c.i < participle.i and any(
            g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in participle.head.children)


def forestalled(prep: Any) -> bool:
    """True for "before" on a passive clause, whose gerund names an act the passive may have stopped ("the gunmen
    were caught before attacking X": no attack); an active clause's "before" act is done ("gathered before
    marching on X")."""
    return prep.lower_ == "before" and is_passive(prep.head)


def after_topic(prep: Any) -> bool:
    """True for a preposition after a topic of the same head, which it goes on ("accused X of escalating violence
    by killing Y": the killing is part of the accusation, though the parser hangs it on "accused")."""
    return any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPS and c.i < prep.i for c in prep.head.children)


def denied(verb: Any) -> bool:
    """True for an act that someone denies or dismisses ("denied that its guards had fired",
    "rejected claims that it raided"): the denial is the event, the act is not asserted."""
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and head.dep_ in ("dobj", "obj"):
        head = head.head  # "rejected claims that ...": the claim's verb
    elif verb.dep_ != "ccomp":
        return False
    return verb_lemma(head) in DENIAL_VERBS


def mandated(verb: Any) -> bool:
    """True for the bare-form verb of a "that" clause asking for an act ("demanded that the government declare an
    emergency", "demanding that the president step down"): the act is asked for, not done."""
    if verb.tag_ != "VB" or verb.dep_ not in ("ccomp", "acl") or verb.head.lemma_.lower() not in MANDATING_WORDS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def alleged(verb: Any) -> bool:
    """True for the act of a "that" clause right after a word of allegation ("allege that the mayor accepted
    bribes", "allegations that staff mistreated residents"): charged, not asserted."""
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i == 0 or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return verb.doc[mark.i - 1].lower_ in ALLEGING_WORDS


def purpose(verb: Any) -> bool:
    """True for the infinitive of a purpose clause ("the farmers blocked a bridge to win a hearing"): the
    act it serves, not the purpose, is the sentence's event."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


# verbs of helping whose complement is the act the helped party is enabled to do ("help X fight Y")
HELPING_VERBS = frozenset({"help", "assist", "enable"})


def helped_to(verb: Any) -> bool:
    """The act of a party helped to do it ("sent troops to help X fight the rebels"): what the help is for,
    not an act the sentence reports of X."""
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in HELPING_VERBS and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def wanted_itself(verb: Any) -> bool:
    """The act its governing verb says somebody wants done ("X wants Y to withdraw", "X wants to see Y removed")."""
    wanted = wanted_act(verb.head)
    return wanted is not None and wanted.i == verb.i or sight_wished(verb)


def adjectival(verb: Any) -> bool:
    """A participle used as an adjective ("the detained men")."""
    return verb.dep_ == "amod"


# Trigger verbs that are no act, and acts the text does not assert, each with the reason noted when
# dropped; the first test that holds gives the reason
NOT_AN_ACT = ((election_result, "election_result"),  # "beat the incumbent": votes, not force
              (court_plea, "plea_in_court"),  # "pleaded guilty": no request
              (declined_comment, "declined_comment"),  # "refused to say how much": no refusal of anyone
              (to_blame, "blamed_not_blaming"),  # "Y is to blame": Y is blamed (events_judged)
              (names_quality, "naming_a_judgement"),  # "called the sanctions illegal": a judgement (events_judged)
              (in_topic, "topic_of_preposition"))
NOT_ASSERTED = ((demanded, "demanded_not_done"), (mandated, "demanded_not_done"), (alleged, "alleged_not_done"),
                (denied, "denied_not_done"), (wanted_itself, "wanted_not_done"), (helped_to, "helped_not_done"),
                (in_question, "asked_not_asserted"), (counterfactual, "counterfactual_not_done"),
                (in_condition, "condition_not_asserted"), (accidental, "accident_not_act"),
                (adjectival, "adjectival_participle"), (for_to_clause, "wished_not_done"),
                (time_for_act, "wished_not_done"))


def drop_reason(verb: Any, checks: tuple[tuple[Callable[[Any], bool], str], ...]) -> str | None:
    """The reason of the first check that holds for the verb, else None."""
    return next((reason for check, reason in checks if check(verb)), None)
