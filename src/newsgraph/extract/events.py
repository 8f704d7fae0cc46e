"""Events stage: who did what to whom, coded in PLOVER, each pinned to its trigger and sentence.

A trigger is a verb of the lexicon (data/events), alone, with a particle or preposition ("called on"),
with a specific object ("lifted the ban"), a light verb with an event noun ("held talks", "protests were
held"), or an event noun said to happen ("fighting broke out between X and Y": X and Y act).  The
source is the verb's subject (inherited through infinitives and coordination, the agent of a passive),
the target its object or prepositional object; both are resolved by the actor stage.  Reported events
keep their own subject ("X said the two sides agreed ..." is an event of the two sides).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newsgraph.extract.events_actors import PRIVATE_SOURCE_TYPES, ActorFinder, Mention, agentive
from newsgraph.extract.events_clauses import (
    accidental,
    counterfactual,
    in_condition,
    in_question,
    speech_conjunct,
    to_infinitive,
    wanted_act,
    wanted_of,
)
from newsgraph.extract.events_forms import (
    call_for_clause,
    circumstance,
    for_to_clause,
    other_subject,
    owned_patient,
    performed_noun,
    reported_thing_conjunct,
)
from newsgraph.extract.events_judged import judged_events, judging_clause, names_quality, to_blame
from newsgraph.extract.events_lexicon import (
    CALL_FOR,
    COOPERATIVE,
    SYMMETRIC,
    Coding,
    Match,
    message_coding,
    names_event,
    noun_coding,
    verb_lemma,
)
from newsgraph.extract.events_lexicon_match import aid_received, done_in_protest, match_verb
from newsgraph.extract.events_lexicon_objects import relative_antecedent
from newsgraph.extract.events_lexicon_words import NAMING_VERBS
from newsgraph.extract.events_syntax import (
    SPEECH_VERBS,
    SUBJECT_DEPS,
    agent_of,
    chain_up,
    clause_depth,
    conjuncts,
    has_obligation,
    is_conditional_threat,
    is_negated,
    is_passive,
    modality,
    noun_agents,
    noun_objects,
    objects_of,
    passive_patient,
    reporting_appositive,
    subject_of,
    under_speech,
)
from newsgraph.model import Article, Event, Place, SentenceRef, Span
from newsgraph.pipeline import note_drop, stage

STAGE = "events"
DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
NEEDS_TARGET = frozenset({"COOPERATE", "AID", "SANCTION"})
TARGET_FROM_CLAUSE = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT"})
AID_CODING = Coding("AID", None, "07")
# thanks or praise under "would like to", "want to" are given by saying so ("I want to thank our teams")
PERFORMATIVE_VERBS = frozenset({"thank", "congratulate", "praise", "commend", "salute", "welcome"})
VERBAL_PROTEST = Coding("ACCUSE", "disapprove", "11")
WILLINGNESS_CODING = Coding("AGREE", None, "03")
WILLINGNESS = frozenset({"willing", "ready", "prepared", "eager", "happy", "open"})
DENIAL_VERBS = frozenset({"deny", "dismiss", "refute", "rebut", "reject", "disprove"})
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "ELI", "IGO", "NGO"})
STATE_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "IGO"})  # a state, its organs, their unions
THREAT_CODING = Coding("THREATEN", None, "13")
PEACEKEEPING_CODING = Coding("AID", None, "07")  # CAMEO 074: provide military protection or peacekeeping
# Armed forces or police taking to the streets deploy; PLOVER codes that MOBILIZE (CAMEO 15), not PROTEST
FORCES_DEPLOY = {"MIL": Coding("MOBILIZE", "troops", "15"), "COP": Coding("MOBILIZE", "police", "15")}
# A state, its government, armed forces or police blocking a road or a border restrict movement (CAMEO 191,
# PLOVER COERCE restrict); civilians blocking one protest (PROTEST obstruct)
STATE_OBSTRUCTION = Coding("COERCE", "restrict", "17")
STATE_SECTORS = frozenset({"MIL", "COP"})
FORCE_SECTORS = STATE_SECTORS | {"PRM"}  # PLOVER MOBILIZE: troops, police, militia
OBSTRUCTING_STATE_SECTORS = STATE_SECTORS | {"GOV"}
# Acts of state power, of armed force or of aid: with only private parties on both sides (firms, farmers,
# tenants, workers, crowds) they are business or daily life, not political events ("the airline trained 200
# pilots", "the company tightened cost controls", "the tenant vacated the building", "farmers burned fields")
STATE_ACT_TYPES = frozenset({"AID", "RETREAT", "MOBILIZE", "COERCE", "SANCTION", "CONCEDE"})
PUBLIC_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "POL", "PTY", "REB", "UAF", "IGO", "NGO", "OPP", "SPY",
                            "INS", "ELI", "PRM", "IMG", "CRM"})
# Acts that joint actors named with no other party do each on their own ("X and Y made concessions",
# "X and Y protested", "X and Y complained"; not "accused each other"); other acts of joint actors with no
# target are mutual ("X and Y clashed", "cut ties").
UNILATERAL = frozenset({"CONCEDE", "RETREAT", "PROTEST", "MOBILIZE", "REQUEST", "REJECT", "AID", "ACCUSE", "THREATEN"})
PLACED_TYPES = SYMMETRIC | {"PROTEST"}  # acts whose "in X" says where they happened, never to whom
PROTEST_DEMANDS = frozenset({"REQUEST", "ACCUSE", "PROTEST"})  # what a demonstration's purpose clause voices
VOICED_DEMANDS = frozenset({"REQUEST", "ACCUSE"})
# "during talks with X" says the subject met X; "briefed lawmakers on the talks with X" is only about them
MEETING_PREPS = frozenset({"during", "at", "after", "before", "following"})
# An act one undergoes ("X is under investigation by Y", "X faces a lawsuit from Y", "X is the subject of a
# Y inquiry"): the clause's subject is its target, the noun's "by"/"from" object or name modifier its source
UNDERGONE_TYPES = frozenset({"ACCUSE", "SANCTION", "COERCE"})
UNDERGOING_VERBS = frozenset({"face", "receive", "draw", "attract", "confront"})
ACT_RECEIVING_VERBS = frozenset({"receive", "get", "win", "earn"})  # whatever act their object names, done by "from" Y
FRAME_NOUNS = frozenset({"subject", "target", "focus", "object"})
PLEAS = frozenset({"guilty", "innocent"})
RECIPROCAL = re.compile(r"\b(?:each other|one another)\b", re.IGNORECASE)
ADDRESSING_VERBS = frozenset({"tell", "write", "inform", "remind", "address"})  # speech with a hearer as object
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
MAX_TRIGGER_GAP = 4
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "through", "around", "on"})
REPORTING_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
CUSTODY_MODES = frozenset({"arrest", "deport"})  # acts only a state's police or courts carry out
PRONOUNS = frozenset({"it", "they", "them", "he", "him", "she", "her", "we", "us", "i", "me", "you"})
# Places one visits that are no party to a meeting ("visited a school in ...")
SITE_NOUNS = frozenset({"school", "hospital", "clinic", "factory", "plant", "site", "farm", "mine", "port", "museum",
                        "university", "college", "office", "headquarters", "camp", "settlement", "bloc", "town",
                        "city", "village", "region", "area", "district", "province", "county", "market", "church",
                        "mosque", "temple", "memorial", "shelter", "prison", "station", "airport", "facility",
                        "warehouse", "store", "shop", "stadium", "park", "project"})
# A pending measure that would sanction or use force ("a bill that would impose sanctions on X") is a threat
# (PLOVER THREATEN); a possible act of an actor ("X could attack", "analysts said Y might ...") is not.
POSSIBLE_AS_THREAT = frozenset({"SANCTION", "COERCE", "ASSAULT"})
MEASURE_NOUNS = frozenset({"bill", "law", "act", "legislation", "resolution", "plan", "proposal", "measure",
                           "amendment", "motion", "draft", "decree", "ordinance"})


@dataclass(slots=True)
class Candidate:
    """A coded trigger with its participants, before it becomes one event per (source, target)."""

    match: Match
    sources: list[Mention]
    targets: list[Mention]
    mode: str | None
    negated: bool
    confidence: float


def protest_demand(verb: Any, matches: dict[int, Match]) -> bool:
    """True for the purpose or the accompanying participle of a protest ("marched to demand X", "sat down on the
    tracks demanding that X quit", "held vigils, saying X must step aside"): CAMEO codes the protest with its demand
    as one event (14), so the demand is not coded again."""
    if verb.dep_ != "advcl" or not (purpose(verb) or verb.tag_ == "VBG"):
        return False
    served = matches.get(verb.head.i)
    return served is not None and served.coding.type == "PROTEST"


def authors(noun: Any) -> list[Any]:
    """Who made a thing named as an object: the agent of a participle on it ("deplored the levy adopted
    by X": X)."""
    return [agent for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and (agent := agent_of(c)) is not None]


def undergoer(verb: Any, target: Mention) -> bool:
    """True when a target lies in the passive verb's patient ("three villagers were shot"): an act with no
    named doer is only an event of the one it is done to, not of a place or party named around it ("a
    letter handed to the UN", "the launch from X was postponed")."""
    patient = passive_patient(verb) if verb.dep_ != "acl" else None  # "a crowd armed with sticks": a state
    return patient is not None and any(target.start <= head.idx < target.end for head in conjuncts(patient))


def shared_objects(verb: Any) -> list[Any]:
    """The objects of the next verb of a coordination when this one has none of its own ("donated and
    delivered X to Y", "condemned and rejected X"): both take them."""
    following = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if following is None or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in following.children):
        return []  # "X met Y and Z attacked W": another clause
    return objects_of(following)


def trigger_span(article: Article, tokens: list[Any]) -> Span:
    """The trigger's text: the verb with its particle or event noun when they sit close together."""
    verb = tokens[0]
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    if last.i - first.i > MAX_TRIGGER_GAP:
        first = last = verb
    start, end = first.idx, last.idx + len(last.text)
    return Span(start, end, article.text[start:end])


def election_result(verb: Any) -> bool:
    """True for a result verb in a sentence about an election ("beat the incumbent governor by 30 points")."""
    return verb.lemma_.lower() in RESULT_VERBS and any(t.lower_ in ELECTION_WORDS for t in verb.sent)


def reciprocal(verb: Any) -> bool:
    """True for an act the joint actors do to each other ("accused each other", "attacked each other's plans")."""
    return bool(RECIPROCAL.search(verb.doc[verb.i:verb.i + 8].text))


def court_plea(verb: Any) -> bool:
    """True for a plea in court ("pleaded guilty", "pleaded not guilty"): no request to anyone."""
    following = verb.doc[verb.i + 1:verb.i + 3]
    return verb.lemma_.lower() == "plead" and (any(c.lower_ in PLEAS for c in verb.children) or any(
        t.lower_ in PLEAS for t in following))  # "pleaded guilty Monday", "guilty" misparsed onto the date


def in_topic(verb: Any) -> bool:
    """True for a verb that is the topic of a preposition ("cooperate on reopening ...", "accused X of killing");
    not what one pleads guilty to ("pleaded guilty to attacking X": the act is admitted)."""
    token = verb
    for _ in range(6):
        if token.dep_ == "pcomp":
            if (token.head.head.lemma_.lower(), token.head.lower_) in CATENATIVE_PREPS:
                return False  # "resorted to blocking roads": the blocking is done
            plea = token.head.head
            if plea.dep_ == "acomp":  # "pleaded guilty to": the preposition on "guilty"
                plea = plea.head
            return not (token.head.lower_ == "to" and court_plea(plea) and not is_negated(plea) and not any(
                c.dep_ == "neg" for head in (plea, *plea.children) for c in head.children) and (
                plea.doc[plea.i + 1].lower_ != "not"))
        if token.dep_ not in ("conj", "xcomp") or token.head.i == token.i:
            return False
        token = token.head
    return False


def governed(token: Any, verbs: set[int], limit: int = 6) -> bool:
    """True when the token hangs (through non-verbs) from one of the given verbs."""
    node = token
    for _ in range(limit):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i in verbs:
            return True
        if node.pos_ in ("VERB", "AUX") and node.i not in verbs:
            return False
    return False


def token_at(doc: Any, char: int) -> Any | None:
    """The token starting at (or containing) a character offset."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def event_date(article: Article, verb: Any, sentence: Any) -> str | None:
    """The date of the time expression governing the trigger, else of its clause, else publication."""
    chain = {t.i for t in chain_up(verb)}
    ancestors = {t.i for t in verb.ancestors} | chain
    fallback = None
    for timex in article.dates:
        if not (sentence.start_char <= timex.start < sentence.end_char) or timex.type not in ("DATE", "TIME"):
            continue
        value = DATE_VALUE.match(timex.value or "")
        token = token_at(article.doc, timex.start)
        if value is None or token is None:
            continue
        root = token
        while root.head.i != root.i and timex.start <= root.head.idx < timex.end:
            root = root.head
        if governed(root, chain):
            return value.group()
        if fallback is None and governed(root, ancestors):
            fallback = value.group()
    if fallback:
        return fallback
    return article.published[:10] if article.published else None


def event_place(article: Article, verb: Any, sentence: Any, taken: list[Mention]) -> Place | None:
    """A place of the sentence that the trigger's clause governs and that is not a participant."""
    chain = {t.i for t in chain_up(verb)}
    for place in article.places:
        if not (sentence.start_char <= place.start < sentence.end_char):
            continue
        if any(m.start <= place.start < m.end or place.start <= m.start < place.end for m in taken):
            continue
        token = token_at(article.doc, place.start)
        if token is not None and governed(token, chain):
            return place
    return None


def verbal_protest(match: Match, sources: list[Mention]) -> bool:
    """A protest voiced by a state, its officials or an organisation: PLOVER codes it ACCUSE, not PROTEST.

    ("Norway protested against the fishing quota"; "thousands of Norwegians protested" stays PROTEST.)
    """
    if match.coding.type != "PROTEST" or verb_lemma(match.verb) != "protest" or not sources:
        return False
    if said_protest(match.verb):
        return True
    return all(m.actor.sector in OFFICIAL_SECTORS or (m.actor.sector is None and names_state(match.verb.doc, m))
               for m in sources)


def said_protest(verb: Any) -> bool:
    """A protest that says what is wrong ("protested that X ...", "X does Y, a group protested"): a statement,
    which PLOVER codes ACCUSE whoever makes it."""
    return verb_lemma(verb) == "protest" and (
        any(c.dep_ == "ccomp" for c in verb.children) or reporting_appositive(verb))


def names_state(doc: Any, mention: Mention) -> bool:
    """True when the mention names a country or its capital (a GPE), not its people ("Norwegians")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ == "GPE"


def located(token: Any) -> bool:
    """True for a name inside a place phrase ("in Bergen, Tromsø and Narvik"): the nearest preposition
    above it, through names and coordination, is locative."""
    node = token
    for _ in range(6):
        if node.dep_ in ("compound", "conj", "flat", "appos", "pobj") and node.head.i != node.i:
            node = node.head
            if node.dep_ == "prep" or node.pos_ == "ADP":
                return node.lower_ in LOCATIVE_PREPS
        else:
            return False
    return False


def state_protest(match: Match, sources: list[Mention]) -> Coding | None:
    """The coding of a street protest whose actors are the state: armed forces or police "taking to the
    streets" deploy (MOBILIZE), and a state, its government or forces blocking a road or a border crossing
    restrict movement (COERCE)."""
    if match.coding.type != "PROTEST" or not sources:
        return None
    sectors = {m.actor.sector or "" for m in sources}
    if match.coding.mode == "obstruct" and all(
            m.actor.sector in OBSTRUCTING_STATE_SECTORS or m.actor.sector is None and names_state(match.verb.doc, m)
            for m in sources):
        return STATE_OBSTRUCTION
    return FORCES_DEPLOY.get(sectors.pop()) if len(sectors) == 1 and match.coding.mode == "demo" else None


def proposed_measure(subject: Any) -> bool:
    """True for a subject naming a bill, law, resolution or plan ("a draft law that would ban X", "the
    Clean Harbours Act would sanction Y"): what it would do is threatened by whoever proposes it."""
    return subject.lemma_.lower() in MEASURE_NOUNS or subject.lower_ in MEASURE_NOUNS


def state_actor(doc: Any, mention: Mention) -> bool:
    """True for a state or its officials, organs or unions: a government, an army, a named country."""
    return mention.actor.sector in STATE_ORGAN_SECTORS or (mention.actor.sector is None and names_state(doc, mention))


def peacekeepers(subject: Any) -> bool:
    """True for a subject naming peacekeepers ("the regional peacekeeping force"): their arrival somewhere
    is aid to that country (CAMEO 074, provide military protection or peacekeeping), not a visit."""
    return any(t.lower_.replace("-", "").startswith("peacekeep") for t in subject.subtree)


def stated_willingness(verb: Any) -> bool:
    """True for an act the actor says it is willing or ready to do ("is ready to pull back its ships").

    Stated willingness is CAMEO 03, intent to cooperate (035/0356 for yielding), which PLOVER codes
    AGREE, while a plain future retreat ("will resign") stays RETREAT.
    """
    return any(t.lower_ in WILLINGNESS for t in chain_up(verb)[1:])


def denied(verb: Any) -> bool:
    """True for an act that someone denies or dismisses ("denied that its guards had fired",
    "rejected claims that it raided"): the denial is the event, the act is not asserted."""
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and head.dep_ in ("dobj", "obj"):
        head = head.head  # "rejected claims that ...": the claim's verb
    elif verb.dep_ != "ccomp":
        return False
    return verb_lemma(head) in DENIAL_VERBS


def purpose(verb: Any) -> bool:
    """True for the infinitive of a purpose clause ("the farmers blocked a bridge to win a hearing"): the
    act it serves, not the purpose, is the sentence's event."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def self_contained(match: Match) -> bool:
    """True for an act that has no party on the other end unless an object names one: a resignation,
    or agreeing to an act of one's own ("the mayor agreed to step down")."""
    if match.coding.mode == "resign":
        return True
    return match.coding.type == "AGREE" and any(c.dep_ == "xcomp" for c in match.verb.children)


def confidence_of(candidate: Candidate) -> float:
    """A rough confidence from how complete and how certain the coding is."""
    score = 0.8 if len(candidate.match.tokens) > 1 else 0.7
    if candidate.match.coding.flag == "cameo":
        score -= 0.1  # a generated fallback row is trusted less than the hand table
    if not candidate.sources:
        score -= 0.25
    if not candidate.targets and candidate.match.coding.type in NEEDS_TARGET:
        score -= 0.1
    if candidate.mode == "hypothetical":
        score -= 0.15
    return round(max(0.1, min(0.95, score)), 2)


def demanded(verb: Any) -> bool:
    """An act someone is said to demand ("X said Y must withdraw"): asked for, not done."""
    return has_obligation(verb) and under_speech(verb) is not None


def wanted_itself(verb: Any) -> bool:
    """The act its governing verb says somebody wants done ("X wants Y to withdraw")."""
    wanted = wanted_act(verb.head)
    return wanted is not None and wanted.i == verb.i


def adjectival(verb: Any) -> bool:
    """A participle used as an adjective ("the detained men")."""
    return verb.dep_ == "amod"


# Trigger verbs that are no act, and acts the text does not assert, each with the reason noted when
# dropped; the first test that holds gives the reason
NOT_AN_ACT = ((election_result, "election_result"),  # "beat the incumbent": votes, not force
              (court_plea, "plea_in_court"),  # "pleaded guilty": no request
              (to_blame, "blamed_not_blaming"),  # "Y is to blame": Y is blamed (events_judged)
              (names_quality, "naming_a_judgement"),  # "called the sanctions illegal": a judgement (events_judged)
              (in_topic, "topic_of_preposition"))
NOT_ASSERTED = ((demanded, "demanded_not_done"), (denied, "denied_not_done"), (wanted_itself, "wanted_not_done"),
                (in_question, "asked_not_asserted"), (counterfactual, "counterfactual_not_done"),
                (in_condition, "condition_not_asserted"), (accidental, "accident_not_act"),
                (adjectival, "adjectival_participle"), (for_to_clause, "wished_not_done"))


def public(mention: Mention) -> bool:
    """A state, a public body, an armed, criminal or political group or an international body: not a private
    party."""
    sector = mention.actor.sector
    return sector in PUBLIC_SECTORS or (sector is None and mention.actor.country is not None)


def private_affair(coding: Coding, parties: list[Mention]) -> bool:
    """An act of state power, force or aid whose every party is private and at home (see STATE_ACT_TYPES); so
    is destroying property ("farmers burned fields"). Only for acts with a named doer: "journalists were
    detained" leaves the detaining authority unnamed. Private parties of two countries make it international
    ("American doctors delivered goods to an Iraqi school")."""
    state_act = coding.type in STATE_ACT_TYPES or (coding.type, coding.mode) == ("ASSAULT", "destroy")
    countries = {m.actor.country for m in parties if m.actor.country}
    return state_act and len(countries) < 2 and not any(public(m) for m in parties)


def own_forces(mention: Mention, sources: list[Mention]) -> bool:
    """Troops or police of a mobilising actor's own country or of none: the force it deploys, not the party the
    show of force is aimed at ("ordered patrols by police and soldiers", "deployed 3,000 soldiers")."""
    countries = {m.actor.country for m in sources}
    return mention.actor.sector in FORCE_SECTORS and mention.actor.country in countries | {None}


def performative(match: Match) -> bool:
    """Thanks or praise wished rather than announced ("would like to thank X"): done, not intended."""
    verb = match.verb
    return (match.coding.type == "SUPPORT" and verb.lemma_.lower() in PERFORMATIVE_VERBS and verb.dep_ == "xcomp"
            and verb.head.lemma_.lower() in ("like", "want", "wish"))


def drop_reason(verb: Any, checks: tuple[tuple[Callable[[Any], bool], str], ...]) -> str | None:
    """The reason of the first check that holds for the verb, else None."""
    return next((reason for check, reason in checks if check(verb)), None)


class EventCoder:
    """Codes the events of one parsed article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.actors = ActorFinder(article)

    def first_resolved(self, heads: list[Any], exclude: list[Mention]) -> list[Mention]:
        """The actors of the first candidate head that resolves to something other than the source."""
        taken = {m.key() for m in exclude}
        countries = {m.actor.country for m in exclude}
        spans = [(m.start, m.end) for m in exclude]
        for head in heads:
            found = [m for m in self.actors.mentions(head, target=True)
                     if m.key() not in taken and not any(s <= m.start < e for s, e in spans)
                     and not (m.actor.country in countries and not agentive(head))]
            if found:
                return found
        return []

    def target_heads(self, match: Match) -> list[Any]:
        """Candidate target heads, most likely first: objects, what those objects are about, infinitives'."""
        verb = match.verb
        if is_passive(verb):
            patient = passive_patient(verb)
            patient = relative_antecedent(patient) if patient is not None else None  # "X, which was bought by Y"
            if patient is not None and match.noun is not None and patient.i == match.noun.i:
                patient = None  # "protests were held against X": the event noun is no participant
                heads = noun_objects(match.noun, by=False) + objects_of(verb)
            else:
                heads = ([patient] if patient is not None else []) + objects_of(verb)
        elif match.noun is not None:
            heads = noun_objects(match.noun, by=False) + objects_of(verb, skip=match.noun)
        else:
            heads = objects_of(verb) or shared_objects(verb)
        for token in match.tokens[1:]:
            if token.dep_ == "prep":  # "appealed for an embargo on X": what the prepositional object is about
                heads += [c for c in token.children if c.dep_ == "pobj"]
        frontier = [c for c in verb.children if c.dep_ == "xcomp"]
        for _ in range(2):
            following = []
            for xcomp in frontier:
                heads += objects_of(xcomp)
                following += [c for c in xcomp.children if c.dep_ == "xcomp"]
            frontier = following
        if verb_lemma(verb) in NAMING_VERBS:  # "called X a liar", X misparsed as a label
            heads += [c for c in verb.children if c.dep_ == "oprd"][:-1]
        heads += [s for c in verb.children if for_to_clause(c) for s in c.children if s.dep_ in SUBJECT_DEPS]
        # "called for the minister to resign": the minister
        noun = match.noun
        if noun is not None and verb.dep_ == "acl" and noun.i == verb.head.i and noun.dep_ == "nsubj":
            heads += [c for c in noun.head.children if c.dep_ in ("dobj", "obj")]  # "tariffs imposed by X hurt Y"
        if match.coding.type in FORCE_TYPES:  # "guards used batons to push back the strikers": at the strikers
            heads += [obj for c in verb.children if purpose(c) for obj in objects_of(c)]
        expanded: list[Any] = []
        for head in heads:
            expanded.append(head)
            if head.pos_ == "NOUN":
                expanded += noun_objects(head) + authors(head)
            if owned_patient(head, match.coding.type):  # "banned her memoir", "seized their passports"
                expanded += [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        voiced = match.coding.type in TARGET_FROM_CLAUSE or verb_lemma(verb) == "protest"  # "protested that X ..."
        for child in verb.children:  # before or after it: "X did Y, officials complained"
            if child.dep_ == "ccomp" and voiced:
                subject = subject_of(child)
                if subject is not None:
                    expanded.append(subject)
        if voiced and reporting_appositive(verb) and (reported := subject_of(verb.sent.root)) is not None:
            expanded.append(reported)  # "X tortures Y, a rights group charged": X
        return expanded

    def candidate(self, match: Match, mode: str | None) -> Candidate | None:
        """Participants, modality and negation of a coded trigger; None when nobody acts."""
        verb = match.verb
        subject = subject_of(verb)
        if subject is not None and verb.dep_ == "advcl" and subject.head.i != verb.i and not agentive(subject):
            subject = None  # "the ferry capsized, killing 40 people": no actor did the killing
        sources = self.actors.mentions(subject) if subject is not None else []
        if subject is not None and subject.lower_ in REPORTING_PRONOUNS and not any(m.actor.country for m in sources):
            speaker = under_speech(verb)
            speaker_subject = subject_of(speaker) if speaker is not None else None
            if speaker_subject is not None:  # "X said it had expelled ...": "it" is X
                sources = self.actors.mentions(speaker_subject)
        if match.noun is not None and match.noun.head.i == verb.i and match.noun.dep_ in ("nsubj", "nsubjpass") and (
                not sources or subject is not None and subject.i == match.noun.i):
            sources = [m for head in noun_agents(match.noun) for m in self.actors.mentions(head)]  # "X's protests"
        if not sources and subject is not None and (subject.pos_ == "NOUN" and names_event(subject) or (
                subject.tag_ == "VBG" and match_verb(subject) is not None)):
            sources = [m for head in noun_agents(subject) + authors(subject) for m in self.actors.mentions(head)]
            # "an attack carried out by X killed Y", "shelling by X destroyed Y": X did it
        if not sources and (speech := speech_conjunct(verb, match.coding.type)) is not None:
            sources = self.actors.mentions(subject_of(speech))
        if not sources and (speech := reported_thing_conjunct(verb, subject, match.coding.type)) is not None:
            subject = subject_of(speech)
            sources = self.actors.mentions(subject)
        claimed = "ACCUSE" if said_protest(verb) else match.coding.type  # "..., a rights group protested"
        if not sources and subject is not None and claimed in PRIVATE_SOURCE_TYPES:
            sources = self.actors.private_sources(subject, claimed)  # "Acme accused Globex of fraud"
        if not sources and match.coding.type == "ASSAULT":
            sources = self.actors.unnamed_attackers(verb, subject)  # "a roadside bomb killed two soldiers"
        inferred = not sources and subject is None and is_passive(verb) and match.coding.mode in CUSTODY_MODES
        if inferred:
            sources = self.custodian(verb, match.coding.mode)
        if match.coding.flag == "person-forces" and not (sources and all(
                m.actor.sector in STATE_SECTORS for m in sources)):
            note_drop(self.article, STAGE, "force_not_by_forces")  # "firefighters dragged out two children"
            return None
        targets = self.first_resolved(self.target_heads(match), sources)
        fallback = False
        if not targets and sources and not self_contained(match):
            targets = self.subtree_target(verb, sources, match.coding.type)
            fallback = bool(targets)
        if not targets and sources and match.coding.type in TARGET_FROM_CLAUSE:
            targets = self.addressee(verb, sources)  # "X told Y, calling for ...": Y is asked
        if match.coding.type == "MOBILIZE":
            targets = [m for m in targets if not own_forces(m, sources)]
        if not sources and not (targets and is_passive(verb) and targets[0].text.lower() not in PRONOUNS):
            note_drop(self.article, STAGE, "no_source_actor" if subject is not None else "no_subject")
            return None
        if not sources and not undergoer(verb, targets[0]):
            note_drop(self.article, STAGE, "no_source_nor_patient")  # "the launch from X was postponed"
            return None
        mode = None if performative(match) else mode or modality(verb)
        if mode == "hypothetical" and self.speculation(verb, sources):
            note_drop(self.article, STAGE, "speculation_not_asserted")  # "analysts said X could attack"
            return None
        if mode == "intent" and match.coding.type in ("RETREAT", "CONCEDE") and stated_willingness(verb):
            match = Match(verb, WILLINGNESS_CODING, match.tokens, match.noun)
        if match.coding.mode == "visit" and subject is not None and peacekeepers(subject):
            match = Match(verb, PEACEKEEPING_CODING, match.tokens, match.noun)
        if match.coding.mode == "visit" and sources and not targets:
            targets = self.visit_host(verb, sources)  # "visited a camp in Jordan": Jordan hosts the visit
        if match.coding.mode == "visit" and sources and not targets:
            note_drop(self.article, STAGE, "visit_without_party")  # PLOVER CONSULT is between two parties
            return None
        if match.coding.mode == "visit" and sources and self.home_places(targets, sources):
            note_drop(self.article, STAGE, "visit_at_home")  # "the premier visited a town in his own country"
            return None
        if match.coding.type in VOICED_DEMANDS and (demo := done_in_protest(verb)) is not None:
            match = demo  # "demanded shorter shifts in a protest": the demonstration is the event
        if verbal_protest(match, sources):
            match = Match(verb, VERBAL_PROTEST, match.tokens, match.noun)
        if (deploy := state_protest(match, sources)) is not None:
            match = Match(verb, deploy, match.tokens, match.noun)
        if mode == "hypothetical" and match.coding.type in POSSIBLE_AS_THREAT and subject is not None and (
                proposed_measure(subject)):
            match = Match(verb, THREAT_CODING, match.tokens, match.noun)
        if mode == "intent" and match.coding.type not in COOPERATIVE and is_conditional_threat(verb):
            match = Match(verb, THREAT_CODING, match.tokens, match.noun)  # "will attack unless ...": a threat
        if sources and private_affair(match.coding, sources + targets):
            note_drop(self.article, STAGE, "private_affair")
            return None
        cand = Candidate(match, sources, targets, mode, is_negated(verb), 0.0)
        penalty = (0.15 if fallback else 0.0) + (0.1 if inferred and sources else 0.0) + 0.03 * min(
            clause_depth(verb), 3) + (0.1 if purpose(verb) else 0.0)
        cand.confidence = round(max(0.1, confidence_of(cand) - penalty), 2)
        return cand

    def addressee(self, verb: Any, sources: list[Mention]) -> list[Mention]:
        """Whom a demand or a charge voiced in a participle clause of "told" or "wrote to" is addressed to
        ("X told Y, calling for an inquiry": Y)."""
        head = verb.head
        if verb.dep_ not in ("advcl", "conj") or verb.tag_ != "VBG" or head.lemma_.lower() not in ADDRESSING_VERBS:
            return []
        heard = [c for c in head.children if c.dep_ in ("dobj", "dative", "iobj")]
        heard += [c for p in head.children if p.dep_ == "prep" and p.lower_ == "to" for c in p.children
                  if c.dep_ == "pobj"]
        return self.first_resolved(heard, sources)

    def speculation(self, verb: Any, sources: list[Mention]) -> bool:
        """True for a possible act that someone other than its actor says could happen ("experts said the
        fleet might strike"): a guess about the actor, not its threat nor its act."""
        speech = under_speech(verb)
        speaker = subject_of(speech) if speech is not None else None
        if speaker is None:
            return False
        said_by = {m.key() for m in self.actors.mentions(speaker)}
        return not said_by & {m.key() for m in sources} and speaker.lower_ not in REPORTING_PRONOUNS

    def visit_host(self, verb: Any, sources: list[Mention]) -> list[Mention]:
        """The country a visit takes place in, when the visitor comes from another ("toured a factory in X")."""
        heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        countries = {m.actor.country for m in sources}
        for head in heads:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "outside")):
                for place in (c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "GPE"):
                    found = [m for m in self.actors.mentions(place, target=True)
                             if m.actor.country and m.actor.country not in countries]
                    if found:
                        return found[:1]
        return []

    def home_places(self, targets: list[Mention], sources: list[Mention]) -> bool:
        """True when every target is a place or a site ("a school in ...") in the sources' own country or in
        none: a visit there meets no other party."""
        countries = {m.actor.country for m in sources} | {None}
        return all(m.actor.country in countries and (m.actor.sector is None and self.is_place(m) or self.is_site(m))
                   for m in targets)

    def is_site(self, mention: Mention) -> bool:
        """True for a mention whose head noun names a site, not people ("a school in the capital")."""
        span = self.article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.lemma_.lower() in SITE_NOUNS

    def is_place(self, mention: Mention) -> bool:
        """True for a mention the entity recogniser calls a place (GPE, LOC, FAC)."""
        span = self.article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.ent_type_ in ("GPE", "LOC", "FAC")

    def custodian(self, verb: Any, mode: str | None) -> list[Mention]:
        """The state behind an arrest "in X" or a deportation "from X" whose agent is not named: X, whose
        police and courts act there ("two truckers were arrested in Norway": Norway)."""
        preps = ("in", "from") if mode == "deport" else ("in",)
        for child in verb.children:
            if child.dep_ != "prep" or child.lower_ not in preps:
                continue
            for place in (c for c in child.children if c.dep_ == "pobj" and c.ent_type_ in ("GPE", "LOC")):
                found = [m for m in self.actors.mentions(place) if m.actor.country]
                if len({m.actor.country for m in found}) == 1:
                    return found[:1]
        return []

    def subtree_target(self, verb: Any, sources: list[Mention], type_: str) -> list[Mention]:
        """The first actor named in the trigger's own clause after it, when no object names one.

        ("rallied ... demanding the recall of Mayor X": X).  Attribution clauses and other
        events' subjects are skipped.
        """
        heads = []
        for token in verb.subtree:
            if token.i <= verb.i or token.dep_ in ("nsubj", "nsubjpass") and token.head.i != verb.i:
                continue
            path = [a for a in token.ancestors if verb.is_ancestor(a)]
            if any(a.pos_ == "VERB" and (a.dep_ == "conj" or a.lemma_.lower() in SPEECH_VERBS) for a in path):
                continue  # inside another event or an attribution clause
            if any(circumstance(a) for a in path):
                continue  # "asked for mercy during X's trial": when, not of whom
            if token.dep_ in ("amod", "compound", "nmod") and not agentive(token.head) and self.actors.same_country(
                    token, sources):
                continue  # "the minister pledged to raise Norwegian school budgets" names no target
            if token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and token.ent_iob_ == "B":
                entity = next((e for e in token.doc.ents if e.start == token.i), None)
                head = entity.root if entity is not None else token
                if type_ in SYMMETRIC and other_subject(head, verb):
                    continue  # "conferred while X and Y signed a pact": X and Y are another clause's
                if not (type_ in PLACED_TYPES and located(head)):  # "signed in Oslo": where, not with whom
                    heads.append(head)
        return self.first_resolved(heads, sources)[:1]

    def speech_request(self, verb: Any) -> Candidate | None:
        """"X said Y must/should ..." is a REQUEST of X to Y, triggered by the speech verb."""
        for child in verb.children:
            if child.dep_ == "ccomp" and has_obligation(child) and not judging_clause(child):
                subject, addressee = subject_of(verb), subject_of(child)
                if subject is None or addressee is None:
                    return None
                sources = self.actors.mentions(subject)
                targets = self.first_resolved([addressee], sources)
                if sources and targets:
                    cand = Candidate(Match(verb, CALL_FOR, [verb]), sources, targets, None,
                                     is_negated(verb), 0.0)
                    cand.confidence = round(confidence_of(cand) - 0.1, 2)
                    return cand
        return None

    def desire_request(self, verb: Any) -> Candidate | None:
        """"X wants Y to do Z" is a REQUEST of X to Y, triggered by the verb of wanting, when both are states or
        their officials; what voters or investors want of a government is an opinion, not a demand made."""
        addressee, subject = wanted_of(verb), subject_of(verb)
        if addressee is None or subject is None:
            return None
        sources = self.actors.mentions(subject)
        targets = self.first_resolved([addressee], sources)
        doc = self.article.doc
        if not (sources and targets) or not all(state_actor(doc, m) for m in sources + targets):
            return None
        cand = Candidate(Match(verb, CALL_FOR, [verb]), sources, targets, modality(verb), is_negated(verb), 0.0)
        cand.confidence = round(confidence_of(cand) - 0.1, 2)
        return cand

    def received_aid(self, verb: Any) -> Candidate | None:
        """Aid named from the recipient's side ("X received loans from Y", "X will receive Y's loans", "X was
        given loans by Y"): AID of Y to X (AGREE when announced); the giver must be named."""
        found = aid_received(verb)
        recipient = passive_patient(verb) if is_passive(verb) else subject_of(verb)
        if found is None or recipient is None:
            return None
        noun, givers = found
        sources = [m for head in givers for m in self.actors.mentions(head)]
        targets = self.first_resolved([relative_antecedent(recipient)], sources) if sources else []
        if not targets or private_affair(AID_CODING, sources + targets):
            return None
        cand = Candidate(Match(verb, AID_CODING, [verb, noun], noun=noun), sources, targets, modality(verb),
                         is_negated(verb), 0.0)
        cand.confidence = round(confidence_of(cand) - 0.1, 2)
        return cand

    def judgements(self, sentence: Any) -> list[Candidate]:
        """Criticism and praise voiced with evaluative words ("X said Y's move was reckless"), see events_judged."""
        out = []
        for match, sources, targets in judged_events(sentence, self.actors, self.article.quotes):
            cand = Candidate(match, sources, targets, None, False, 0.0)
            cand.confidence = round(confidence_of(cand) - 0.15, 2)
            out.append(cand)
        return out

    def adjunct_meeting(self, noun: Any) -> Candidate | None:
        """A meeting named in an adjunct of a clause ("unveiled the plan at a summit with X", "spoke
        after talks with Y"): the clause's subject met X."""
        coding = noun_coding(noun) if noun.dep_ == "pobj" and noun.head.lower_ in MEETING_PREPS else None
        verb = noun.head.head
        if coding is None or coding.type != "CONSULT" or verb.pos_ not in ("VERB", "AUX"):
            return None
        subject = subject_of(verb)
        partners = [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "with" for c in p.children
                    if c.dep_ == "pobj"]
        if subject is None or not partners:
            return None
        sources = self.actors.mentions(subject)
        targets = self.first_resolved(partners, sources)
        if not (sources and targets):
            return None
        cand = Candidate(Match(noun, coding, [noun], noun=noun), sources, targets, None, False, 0.0)
        cand.confidence = round(confidence_of(cand) - 0.1, 2)
        return cand

    def undergone_act(self, noun: Any) -> Candidate | None:
        """An act the clause's subject undergoes or receives ("X is under investigation by Y", "X faces a lawsuit
        from Y", "X is the subject of a Y inquiry", "X received an invitation from Y", "won praise from Y"): Y did
        it to X, as is a message received ("X received a congratulatory letter from Y"); "X's dealings are under
        investigation" is about X."""
        holder = noun.head
        received = noun.dep_ in ("dobj", "obj") and holder.lemma_.lower() in ACT_RECEIVING_VERBS
        coding = noun_coding(noun) or (message_coding(noun) if received else None)
        if coding is None or coding.type not in UNDERGONE_TYPES and not received:
            return None
        if noun.dep_ == "pobj" and holder.lower_ == "under":
            verb = holder.head
        elif noun.dep_ in ("dobj", "obj") and holder.lemma_.lower() in UNDERGOING_VERBS | ACT_RECEIVING_VERBS:
            verb = holder
        elif noun.dep_ == "pobj" and holder.lower_ == "of" and holder.head.dep_ == "attr" and (
                holder.head.lemma_.lower() in FRAME_NOUNS):
            verb = holder.head.head
        else:
            return None
        patient = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        if patient is not None and not agentive(patient):
            patient = next((c for c in patient.children if c.dep_ == "poss"), None)
        if patient is None:
            return None
        agents = [c for head in (noun, verb) for p in head.children if p.dep_ in ("prep", "agent") and (
            p.lower_ in ("by", "from")) for c in p.children if c.dep_ == "pobj"]
        agents += [c for c in noun.children if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN"]
        sources = [m for head in agents for m in self.actors.mentions(head)]
        targets = self.actors.parties(patient)
        if not (sources and targets):
            return None
        cand = Candidate(Match(noun, coding, [noun], noun=noun), sources, targets, modality(verb) or None,
                         is_negated(verb), 0.0)
        cand.confidence = round(confidence_of(cand) - 0.05, 2)
        return cand

    def sentence_candidates(self, sentence: Any) -> list[Candidate]:
        """Every coded trigger of a sentence, with controllers and reported speech applied."""
        matches: dict[int, Match] = {}
        for token in sentence:
            if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
                match = match_verb(token) or performed_noun(token) or call_for_clause(token)
                if match is not None:
                    matches[token.i] = match
        out: list[Candidate] = []
        for token in sentence:
            if token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS and token.i not in matches:
                if not protest_demand(token, matches) and (request := self.speech_request(token)) is not None:
                    out.append(request)
            elif token.pos_ == "VERB" and (request := self.desire_request(token)) is not None:
                out.append(request)
            elif token.pos_ == "VERB" and (aid := self.received_aid(token)) is not None:
                out.append(aid)
            elif token.pos_ == "NOUN" and (meeting := self.adjunct_meeting(token)) is not None:
                out.append(meeting)
            elif token.pos_ == "NOUN" and (undergone := self.undergone_act(token)) is not None:
                out.append(undergone)
        out += self.judgements(sentence)
        for match in matches.values():
            verb = match.verb
            mode = None
            head_match = matches.get(verb.head.i) if verb.dep_ == "xcomp" or (
                verb.dep_ == "advcl" and to_infinitive(verb)) else None
            if verb.dep_ == "advcl" and head_match is not None and not head_match.coding.flag.startswith("control"):
                head_match = None  # a purpose ("arrested X to stop the protest"), not a controlled infinitive
            if head_match is not None and head_match.coding.flag.startswith("control"):
                note_drop(self.article, STAGE, "infinitive_of_control_verb")
                continue
            if head_match is not None and head_match.coding.flag.startswith("promise"):
                if match.coding.type in COOPERATIVE:
                    note_drop(self.article, STAGE, "cooperative_infinitive_of_promise")
                    continue
                mode = "intent"
            if match.coding.flag == "promise-inf" and not any(c.dep_ == "xcomp" for c in verb.children):
                note_drop(self.article, STAGE, "promise_without_infinitive")
                continue
            if (reason := drop_reason(verb, NOT_AN_ACT)) is not None:
                note_drop(self.article, STAGE, reason)
                continue
            if match.coding.type in PROTEST_DEMANDS and protest_demand(verb, matches):
                note_drop(self.article, STAGE, "demand_of_a_protest")  # "marched to protest X": one protest
                continue
            if match.coding.flag.startswith("promise") and any(
                    c.dep_ == "xcomp" and c.i in matches and matches[c.i].coding.type not in COOPERATIVE
                    for c in verb.children):
                note_drop(self.article, STAGE, "promise_of_hostile_act")
                continue
            if (reason := drop_reason(verb, NOT_ASSERTED)) is not None:
                note_drop(self.article, STAGE, reason)
                continue
            cand = self.candidate(match, mode)
            if cand is not None:
                out.append(cand)
        return out

    def events(self) -> list[Event]:
        """All events of the article, one per (source, target), deduplicated."""
        events: list[Event] = []
        for sentence in self.article.doc.sents:
            for cand in self.sentence_candidates(sentence):
                events.extend(self.expand(cand, sentence))
                if len(cand.sources) == 1 and len(cand.targets) == 1 and not cand.mode:
                    self.actors.note_dyad(cand.match.coding.type, cand.sources[0], cand.targets[0])
        return dedupe(events)

    def expand(self, cand: Candidate, sentence: Any) -> list[Event]:
        """One event per source and target; a joint source of a symmetric act targets its partners."""
        coding = cand.match.coding
        trigger = trigger_span(self.article, cand.match.tokens)
        date = event_date(self.article, cand.match.verb, sentence)
        place = event_place(self.article, cand.match.verb, sentence, cand.sources + cand.targets)
        sources: list[Mention | None] = list(cand.sources) or [None]
        out = []
        for source in sources:
            targets: list[Mention | None] = list(cand.targets)
            if source is not None and len(cand.sources) > 1 and (coding.type in SYMMETRIC or reciprocal(
                    cand.match.verb) or not targets and coding.type not in UNILATERAL):
                targets = [m for m in cand.sources if m is not source]
            for target in targets or [None]:
                out.append(Event(
                    type=coding.type, trigger=trigger, sentence=SentenceRef(sentence.start_char, sentence.end_char),
                    mode=cand.mode or coding.mode, negated=cand.negated,
                    source=source.participant() if source else None,
                    target=target.participant() if target else None,
                    date=date, place=place, cameo=coding.cameo, confidence=cand.confidence,
                ))
        return out


def actor_key(participant: Any) -> tuple[str | None, str | None, str] | None:
    """Identity of a participant's actor."""
    if participant is None:
        return None
    return (participant.actor.country, participant.actor.sector, participant.actor.name.lower())


def dedupe(events: list[Event]) -> list[Event]:
    """Drop repeats (same type, source and target in one sentence) and untargeted twins of targeted events: same
    type, and the same mode unless one has none ("banned X, arresting Y" is a restriction and an arrest)."""
    seen: set[tuple[Any, ...]] = set()
    targeted: dict[tuple[Any, ...], set[str | None]] = {}
    for event in events:
        if event.target is not None:
            targeted.setdefault((event.type, actor_key(event.source), event.sentence.start), set()).add(event.mode)
    out = []
    for event in sorted(events, key=lambda e: -e.confidence):
        key = (event.type, actor_key(event.source), actor_key(event.target), event.sentence.start)
        if key in seen:
            continue
        modes = targeted.get((event.type, actor_key(event.source), event.sentence.start))
        if event.target is None and modes is not None and (event.mode is None or None in modes or event.mode in modes):
            continue
        seen.add(key)
        out.append(event)
    return sorted(out, key=lambda e: (e.trigger.start, e.trigger.end))


PLOVER_INTENT_AS_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
# An announced sanction ("said it will cut its grants to X") is a decision taken and stays SANCTION, as
# in the PLOVER gold; made conditional on the other side ("unless ...") it becomes a threat in ``candidate``.
PLOVER_INTENT_AS_THREAT = frozenset({"PROTEST", "COERCE", "ASSAULT"})
PLOVER_NEGATED_AS_REJECT = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE"})


def plover_type(event: Event | dict[str, Any]) -> str:
    """The type under PLOVER's own conventions: an announced cooperative act is AGREE, an announced
    use of force or pressure a THREATEN, and a refused or failed cooperative act a REJECT."""
    if isinstance(event, dict):
        type_, mode, negated = event["type"], event.get("mode"), bool(event.get("negated"))
    else:
        type_, mode, negated = event.type, event.mode, event.negated
    if negated and type_ in PLOVER_NEGATED_AS_REJECT:
        return "REJECT"
    if mode == "intent" and type_ in PLOVER_INTENT_AS_AGREE:
        return "AGREE"
    if mode == "intent" and type_ in PLOVER_INTENT_AS_THREAT:
        return "THREATEN"
    return type_


@stage("events")
def events(articles: list[Article]) -> None:
    """Fill ``article.events`` for every parsed article of the batch."""
    for article in articles:
        if article.doc is None:
            continue
        article.events = EventCoder(article).events()
