"""Events stage: who did what to whom, coded in PLOVER, each pinned to its trigger and sentence.

A trigger is a verb of the lexicon (data/events), alone, with a particle or preposition ("called on"),
with a specific object ("lifted the ban"), a light verb with an event noun ("held talks", "protests were
held"), or an event noun said to happen ("fighting broke out between X and Y": X and Y act).  The
source is the verb's subject (inherited through infinitives and coordination, the agent of a passive),
the target its object or prepositional object; both are resolved by the actor stage.  Reported events
keep their own subject ("X said the two sides agreed ..." is an event of the two sides).

A trigger is looked up in events_lexicon_match; its participants are chosen in events_participants; events_candidates
holds the candidate type and the events a construction names without a trigger verb (events_joint: a fight "between
X and Y" that took place); events_asserted drops triggers
that are no act or not asserted, events_recoding recodes them by their parties, events_anchors dates and places them.
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph.extract.events_actor_words import (
    PRIVATE_PARTY_NOUNS,
    PRIVATE_SOURCE_TYPES,
    agentive,
    person_noun,
    usable,
)
from newsgraph.extract.events_actors import ActorFinder, Mention
from newsgraph.extract.events_anchors import event_date, event_place, trigger_span
from newsgraph.extract.events_asserted import NOT_AN_ACT, NOT_ASSERTED, drop_reason, protest_demand, purpose
from newsgraph.extract.events_candidates import (
    Candidate,
    adjunct_meeting,
    confidence_of,
    desire_request,
    judgements,
    received_aid,
    speech_request,
    undergone_act,
)
from newsgraph.extract.events_clauses import speech_conjunct, to_infinitive
from newsgraph.extract.events_coordination import conjuncts
from newsgraph.extract.events_deontic import voices_opinion
from newsgraph.extract.events_forms import call_for_clause, performed_noun, reported_thing_conjunct
from newsgraph.extract.events_groups import nameless_sources
from newsgraph.extract.events_joint import FIGHT_NOUNS, Joint, fight_between
from newsgraph.extract.events_labour import employer
from newsgraph.extract.events_lexicon import COOPERATIVE, SYMMETRIC, Match, names_event
from newsgraph.extract.events_lexicon_flags import orders_only, summoning_body
from newsgraph.extract.events_lexicon_match import done_in_protest, match_verb
from newsgraph.extract.events_participants import TARGET_FROM_CLAUSE, Participants, authors, named_party, undergoer
from newsgraph.extract.events_promised import promised_act
from newsgraph.extract.events_recoding import (
    PEACEKEEPING_CODING,
    STATE_FORCE_SECTORS,
    THREAT_CODING,
    VERBAL_PROTEST,
    WILLINGNESS_CODING,
    announced_lawsuit,
    enacted_rule,
    ends_collective_act,
    firm_parties,
    investigating,
    own_forces,
    peacekeepers,
    performative,
    private_affair,
    proposed_measure,
    said_protest,
    self_contained,
    state_protest,
    stated_willingness,
    verbal_protest,
)
from newsgraph.extract.events_syntax import (
    AUTHORED_NOUNS,
    clause_depth,
    instrumental_participle,
    is_conditional_threat,
    is_negated,
    is_passive,
    modality,
    noun_agents,
    passive_patient,
    subject_of,
    under_speech,
)
from newsgraph.model import Article, Event, SentenceRef
from newsgraph.pipeline import note_drop, stage

STAGE = "events"
# Acts that joint actors do each on their own unless done to "each other" ("X and Y made concessions",
# "X and Y protested", "X and Y complained"; not "accused each other"); see ``two_sided`` for the others.
UNILATERAL = frozenset({"CONCEDE", "RETREAT", "PROTEST", "MOBILIZE", "REQUEST", "REJECT", "AID", "ACCUSE", "THREATEN"})
# Acts two or more parties can only do with one another (general English usage): joint actors with no other
# party named do them to each other ("X and Y clashed", "cut ties", "exchanged fire"); any other act of
# joint actors with no party named is each one's own ("X and Y welcomed the ruling", "attacked the convoy").
# The fight nouns are ``events_joint.FIGHT_NOUNS``; these are the verbs and the other two-sided words.
SETTLING_WORDS = frozenset({"settle", "settlement", "reconcile", "reconciliation"})  # "X and Y settled their dispute",
# with each other unless with a party named ("settled lawsuits with the regulator")
TWO_SIDED_WORDS = FIGHT_NOUNS | frozenset({
    "fight", "spar", "feud", "scuffle", "brawl", "war", "hostility", "hostilities", "tie", "ties", "relation",
    "relations"}) | SETTLING_WORDS
# Cooperative acts one party does on its own, even when several are named together ("X and Y pledged aid",
# "X and Y accepted the plan"); other cooperative acts of joint actors (meeting, agreeing, signing) are mutual.
ONE_SIDED_COOPERATION = frozenset({
    "pledge", "promise", "vow", "offer", "volunteer", "accept", "consent",
    "ratify", "earmark", "announce", "propose", "approve", "endorse", "adopt", "fulfil", "fulfill", "honour",
    "honor", "keep", "implement", "extradite", "broker", "mediate", "buy", "purchase", "acquire", "order"})
PROTEST_DEMANDS = frozenset({"REQUEST", "ACCUSE", "PROTEST"})  # what a demonstration's purpose clause voices
VOICED_DEMANDS = frozenset({"REQUEST", "ACCUSE"})
VOICED_TO_HEARER = TARGET_FROM_CLAUSE | {"PROTEST"}  # said to whom one summoned or met for the purpose
RECIPROCAL = re.compile(r"\b(?:each other|one another)\b", re.IGNORECASE)
REPORTING_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})
QUOTED_SELF = frozenset({"i", "we"})  # in a direct quote, the speaker ("I") or the speaker's side ("we")
CUSTODY_MODES = frozenset({"arrest", "deport"})  # acts only a state's police or courts carry out
PRONOUNS = frozenset({"it", "they", "them", "he", "him", "she", "her", "we", "us", "i", "me", "you"})
# A pending measure that would sanction or use force ("a bill that would impose sanctions on X") is a threat
# (PLOVER THREATEN); a possible act of an actor ("X could attack", "analysts said Y might ...") is not.
POSSIBLE_AS_THREAT = frozenset({"SANCTION", "COERCE", "ASSAULT"})


def party_mention(doc: Any, mention: Mention) -> bool:
    """True when a mention's head names a party rather than a thing in a place ("new offices in Lisbon"): a name, a
    pronoun, a person or role noun or a private body's noun."""
    from newsgraph.actors.kb import knowledge_base

    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if any(t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in (head, span[0])):
        return True  # a name, also one the parser joined to what it was given ("lend Acme 40 million dollars")
    return person_noun(head) or head.lemma_.lower() in PRIVATE_PARTY_NOUNS or (
        knowledge_base().role(head.lemma_, agents=False) is not None)


def reciprocal(verb: Any) -> bool:
    """True for an act the joint actors do to each other ("accused each other", "attacked each other's plans")."""
    return bool(RECIPROCAL.search(verb.doc[verb.i:verb.i + 8].text))


def two_sided(match: Match) -> bool:
    """True for an act that joint actors named with no other party do to one another: a cooperative act
    other than a one-sided pledge or acceptance, or a trigger naming a two-sided act ("clashed", "cut ties")."""
    if match.coding.type in UNILATERAL:
        return False
    if match.coding.type in SYMMETRIC:
        return match.verb.lemma_.lower() not in ONE_SIDED_COOPERATION
    if match.coding.flag == "statal-sign":
        return True  # "X and Y signed a treaty": each signs with the other (SUPPORT, verbs.tsv)
    words = {t.lemma_.lower() for t in match.tokens} | {t.lower_ for t in match.tokens}
    if match.noun is not None:
        words |= {match.noun.lemma_.lower(), match.noun.lower_}
    if words & SETTLING_WORDS:
        held = [match.verb, *match.tokens, *(c for c in match.verb.children if c.dep_ == "dobj")]
        if any(c.dep_ == "prep" and c.lower_ == "with" for t in held for c in t.children):
            return False  # "X and Y settled lawsuits with Z": each settles with Z
    return bool(words & TWO_SIDED_WORDS)


def names_party(token: Any) -> bool:
    """True for a word naming a state, a capital or a body, which "it" can stand for, not a person ("Uganda", which
    the recogniser may take for a name)."""
    from newsgraph.actors.kb import knowledge_base

    if token.lower_ in PRONOUNS:
        return False
    kb = knowledge_base()
    return token.ent_type_ != "PERSON" or bool(kb.country(token.text) or kb.capital(token.text) or kb.org(token.text))


def by_forces_only(flag: str) -> bool:
    """True for a row done only by police, troops or security forces ("person-forces", "forces-sought")."""
    return flag.startswith(("forces", "person-forces"))


class EventCoder:
    """Codes the events of one parsed article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.actors = ActorFinder(article)
        self.participants = Participants(article, self.actors)

    def candidate(self, match: Match, mode: str | None) -> Candidate | None:
        """Participants, modality and negation of a coded trigger; None when nobody acts."""
        verb = match.verb
        subject = subject_of(verb)
        if subject is None and match.coding.flag == "statal":  # "the parties were locked in talks": they talk
            subject = passive_patient(verb)
        if subject is not None and verb.dep_ == "advcl" and subject.head.i != verb.i and not agentive(subject):
            subject = None  # "the ferry capsized, killing 40 people": no actor did the killing
        sources = self.actors.mentions(subject) if subject is not None else []
        if subject is not None and subject.lower_ in QUOTED_SELF and not any(m.actor.country for m in sources):
            sources = self.quoted_speaker(subject) or sources  # '"We shelled their posts," the colonel said'
        if subject is not None and subject.lower_ in REPORTING_PRONOUNS and (
                subject.lower_ == "it" or not any(m.actor.country for m in sources)):
            speaker = under_speech(verb)
            speaker_subject = subject_of(speaker) if speaker is not None else None
            if speaker_subject is not None and (subject.lower_ != "it" or not any(m.actor.country for m in sources) or (
                    names_party(speaker_subject))):
                said_by = self.actors.mentions(speaker_subject)  # "X said it had expelled ...": "it" is X, also
                sources = said_by or sources  # where the pronoun's nearest antecedent is another party
        if match.noun is not None and match.noun.head.i == verb.i and match.noun.dep_ in ("nsubj", "nsubjpass") and (
                not sources or subject is not None and subject.i == match.noun.i):
            sources = [m for head in noun_agents(match.noun) for m in self.actors.mentions(head)]  # "X's protests"
        if not sources and subject is not None and (subject.pos_ == "NOUN" and (
                names_event(subject) or subject.lemma_.lower() in AUTHORED_NOUNS) or (
                subject.tag_ == "VBG" and match_verb(subject) is not None)):
            sources = [m for head in noun_agents(subject) + authors(subject) for m in self.actors.mentions(head)]
            # "an attack carried out by X killed Y", "shelling by X destroyed Y", "a letter backed by X asked Y": X
        if not sources and (speech := speech_conjunct(verb, match.coding.type)) is not None:
            sources = self.actors.mentions(subject_of(speech))
        if not sources and (speech := reported_thing_conjunct(verb, subject, match.coding.type)) is not None:
            subject = subject_of(speech)
            sources = self.actors.mentions(subject)
        claimed = "ACCUSE" if said_protest(verb) else match.coding.type  # "..., a rights group protested"
        sources = nameless_sources(sources, claimed)  # "Orbitron shot a new advert": no act of force
        if not sources and subject is not None and claimed in PRIVATE_SOURCE_TYPES:
            sources = self.actors.private_sources(subject, claimed)  # "Acme accused Globex of fraud"
        elif sources and subject is not None and claimed in PRIVATE_SOURCE_TYPES and len(conjuncts(subject)) > 1:
            sources = sources + [m for m in self.actors.private_sources(subject, claimed) if not any(
                m.start < s.end and s.start < m.end for s in sources)]  # "Acme and the state firm X signed ..."
        if not sources and match.coding.type == "ASSAULT":
            sources = self.actors.unnamed_attackers(verb, subject)  # "a roadside bomb killed two soldiers"
        inferred = not sources and subject is None and is_passive(verb) and match.coding.mode in CUSTODY_MODES
        if inferred:
            sources = self.participants.custodian(verb, match.coding.mode)
        if by_forces_only(match.coding.flag) and not (sources and all(
                m.actor.sector in STATE_FORCE_SECTORS for m in sources)):
            note_drop(self.article, STAGE, "force_not_by_forces")  # "firefighters dragged out two children"
            return None
        if match.coding.flag == "summons" and not self.summoner(verb, subject, sources):
            note_drop(self.article, STAGE, "summons_not_by_investigators")  # "the committee invited X to testify"
            return None
        summoned = match.coding.type in VOICED_TO_HEARER and self.participants.summoned_for(verb)
        targets = self.participants.addressee(verb, sources) if summoned else []  # "summoned Y to protest X": Y
        targets = targets or self.participants.asked_group(match, sources)  # "urged donors to ...": the donors
        targets = targets or self.participants.first_resolved(self.participants.target_heads(match), sources)
        if match.coding.flag == "trade-deal" and orders_only(verb) and not firm_parties(sources + targets):
            note_drop(self.article, STAGE, "orders_not_between_firms")  # "the envoy received 3 orders from X"
            return None
        if not targets and sources:  # "picketed outside the ministry", "cleaners at X walked out": X
            targets = self.participants.protested_party(match, subject, sources)
        fallback = False
        if not targets and sources and not self_contained(match):
            targets = self.participants.subtree_target(verb, sources, match.coding.type)
            fallback = bool(targets)
        if not targets and sources:
            targets = self.participants.destination(verb, sources, match)  # "sent staff to X to investigate": X
        if not targets and sources:  # "voted to suspend talks with X and to freeze assets": X
            targets = self.participants.listed_party(verb, sources)
        if not targets and sources and match.coding.type in TARGET_FROM_CLAUSE:
            targets = self.participants.addressee(verb, sources)  # "X told Y, calling for ...": Y is asked
        if not targets and sources and match.coding.type == "THREATEN" and (firm := employer(subject)) is not None:
            targets = self.actors.mentions(firm, target=True)  # "unions of Aerolux workers warned ...": Aerolux
        if sources and all(m.nameless == "body" for m in sources):
            targets = [m for m in targets if party_mention(verb.doc, m)]
            if not targets:
                note_drop(self.article, STAGE, "body_without_party")  # "the chain is in talks about opening stores"
                return None
        if match.coding.type == "MOBILIZE":
            targets = [m for m in targets if not own_forces(m, sources)]
        if match.coding.mode == "troops" and sources and all(m.actor.sector == "CVL" for m in sources):
            note_drop(self.article, STAGE, "crowd_not_forces")  # "hundreds of villagers massed outside the compound"
            return None
        if match.coding.type == "RETREAT" and targets and sources and self.participants.home_places(targets, sources):
            targets = []  # "withdrew from the town of X" in their own country: a place, no party
        if not sources and instrumental_participle(verb):
            note_drop(self.article, STAGE, "instrument_no_doer")  # "entered the city, supported by tanks"
            return None
        if not sources and not (targets and is_passive(verb) and targets[0].text.lower() not in PRONOUNS
                                and targets[0].nameless is None and targets[0].actor.country is not None):
            # "five householders were charged", "X was convicted": by nobody named; only an act done to a state's
            # people is kept ("two Kenyan journalists were arrested"), who are of interest with no doer named
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
            targets = self.participants.visit_host(verb, sources)  # "visited a camp in Jordan": Jordan hosts the visit
        if match.coding.mode == "visit" and sources and not targets:
            note_drop(self.article, STAGE, "visit_without_party")  # PLOVER CONSULT is between two parties
            return None
        if match.coding.mode == "visit" and sources and self.participants.home_places(targets, sources):
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
        if mode in ("intent", "hypothetical") and match.coding.type not in COOPERATIVE and is_conditional_threat(verb):
            match = Match(verb, THREAT_CODING, match.tokens, match.noun)  # "will attack unless ...": a threat
            # the party the condition waits on is the one threatened ("would walk out unless Airbus paid more",
            # "would back credit from a fund only if Z cut its costs": Airbus, Z), unless the act names
            # the party it is done to ("will close the border with Y unless Z signs": Y)
            if fallback or not self.participants.direct_party(verb, targets):
                targets = self.participants.conditioned_party(verb, sources) or targets
        if mode == "intent" and announced_lawsuit(match):
            match = Match(verb, THREAT_CODING, match.tokens, match.noun)  # "said it would sue the state": a threat
        if mode == "intent" and enacted_rule(match):
            mode = None  # "the council will ban plastic bags": a rule decided, COERCE restrict, no threat
        if sources and private_affair(match.coding, sources + targets) and not ends_collective_act(match):
            note_drop(self.article, STAGE, "private_affair")
            return None
        negated = is_negated(verb) and not match.coding.flag.startswith("unruled")  # "has not ruled out strikes"
        cand = Candidate(match, sources, targets, mode, negated, 0.0)
        penalty = (0.15 if fallback else 0.0) + (0.1 if inferred and sources else 0.0) + 0.03 * min(
            clause_depth(verb), 3) + (0.1 if purpose(verb) else 0.0)
        cand.confidence = round(max(0.1, confidence_of(cand) - penalty), 2)
        return cand

    def quoted_speaker(self, pronoun: Any) -> list[Mention]:
        """The speaker of the direct quote a first-person pronoun stands in, as the quote stage attributed it,
        when the actor stage resolved the speaker; the pronoun keeps its own span."""
        for quote in self.article.quotes:
            speaker = quote.speaker
            if quote.direct and quote.start <= pronoun.idx < quote.end and speaker is not None and usable(
                    speaker.actor) and speaker.actor is not None:
                return [Mention(pronoun.idx, pronoun.idx + len(pronoun), pronoun.text, speaker.actor)]
        return []

    def summoner(self, verb: Any, subject: Any | None, sources: list[Mention]) -> bool:
        """True when an invitation to appear before a body comes from or is heard by one that investigates."""
        body = summoning_body(verb)
        heads = [h for h in (subject, body) if h is not None]
        return investigating(heads, sources + (self.actors.mentions(body) if body is not None else []))

    def speculation(self, verb: Any, sources: list[Mention]) -> bool:
        """True for a possible act that someone other than its actor says could happen ("experts said the
        fleet might strike"): a guess about the actor, not its threat nor its act."""
        speech = under_speech(verb)
        speaker = subject_of(speech) if speech is not None else None
        if speaker is None:
            return False
        said_by = {m.key() for m in self.actors.mentions(speaker)}
        return not said_by & {m.key() for m in sources} and speaker.lower_ not in REPORTING_PRONOUNS

    def sentence_candidates(self, sentence: Any) -> list[Candidate]:
        """Every coded trigger of a sentence, with controllers and reported speech applied."""
        matches: dict[int, Match] = {}
        words = [(token, token.pos_) for token in sentence]  # one walk: spaCy makes a new Token at each step
        for token, pos in words:
            if pos == "VERB" or (pos == "AUX" and token.dep_ == "ROOT"):
                match = match_verb(token) or performed_noun(token) or call_for_clause(token)
                if match is not None:
                    matches[token.i] = match
        out: list[Candidate] = []
        for token, pos in words:
            if pos == "VERB":
                if voices_opinion(token) and token.i not in matches:
                    if not protest_demand(token, matches) and (
                            request := speech_request(token, self.participants)) is not None:
                        out.append(request)
                elif (request := desire_request(token, self.participants)) is not None:
                    out.append(request)
                elif (aid := received_aid(token, self.participants)) is not None:
                    out.append(aid)
            elif pos == "NOUN":
                if (meeting := adjunct_meeting(token, self.participants)) is not None:
                    out.append(meeting)
                elif (fight := fight_between(token, self.participants)) is not None:
                    out.append(fight)
                elif (undergone := undergone_act(token, self.participants)) is not None:
                    out.append(undergone)
        out += judgements(sentence, self.participants)
        for match in matches.values():
            verb = match.verb
            mode = None
            head_match = matches.get(verb.head.i) if verb.dep_ == "xcomp" or (
                verb.dep_ == "advcl" and to_infinitive(verb)) else None
            if verb.dep_ == "advcl" and head_match is not None and not head_match.coding.flag.startswith("control"):
                head_match = None  # a purpose ("arrested X to stop the protest"), not a controlled infinitive
            if head_match is None and verb.dep_ == "conj" and verb.head.dep_ == "xcomp" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (
                    joined := matches.get(verb.head.head.i)) is not None and joined.coding.flag.startswith("control"):
                head_match = joined  # "told X not to shut its ports or halt shipments": both infinitives
            if head_match is not None and head_match.coding.flag.startswith("control"):
                note_drop(self.article, STAGE, "infinitive_of_control_verb")
                continue
            if head_match is not None and head_match.coding.flag.startswith("promise"):
                if match.coding.type in COOPERATIVE:
                    note_drop(self.article, STAGE, "cooperative_infinitive_of_promise")
                    continue
                mode = "intent"
            if match.coding.flag.startswith("promise") and not any(c.dep_ == "xcomp" for c in verb.children):
                promised = promised_act(match)  # "vowed reprisals", "offered his resignation"
                if promised is None and match.coding.flag == "promise-inf":
                    note_drop(self.article, STAGE, "promise_without_infinitive")
                    continue
                match, mode = promised or (match, mode)
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
        """One event per source and target; joint sources of an act done to each other, or of a two-sided act
        with no other party named or named as a pair ("the two sides signed ..."), target their partners ("X and
        Y met" is X <-> Y, "X and Y met Z" X -> Z and Y -> Z)."""
        coding = cand.match.coding
        trigger = trigger_span(self.article, cand.match.tokens)
        date = event_date(self.article, cand.match.verb, sentence)
        place = event_place(self.article, cand.match.verb, sentence, cand.sources + cand.targets)
        sources: list[Mention | None] = list(cand.sources) or [None]
        pair_phrase = len({(m.start, m.end) for m in cand.sources}) == 1  # "the two sides", "both leaders"
        mutual = len(cand.sources) > 1 and (isinstance(cand, Joint) or reciprocal(cand.match.verb) or (
            pair_phrase and coding.type in SYMMETRIC) or two_sided(cand.match) and not any(
            named_party(cand.match, m.start, m.end) for m in cand.targets))
        out = []
        for source in sources:
            targets: list[Mention | None] = list(cand.targets)
            if mutual:
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
    """Drop repeats (same type, source and target in one sentence), untargeted twins of targeted events (same
    type, and the same mode unless one has none: "banned X, arresting Y" is a restriction and an arrest) and
    sourceless twins of sourced events (same type and target: "X was given loans from Y" is Y's aid only)."""
    seen: set[tuple[Any, ...]] = set()
    targeted: dict[tuple[Any, ...], set[str | None]] = {}
    sourced = {(e.type, actor_key(e.target), e.sentence.start) for e in events if e.source is not None}
    for event in events:
        if event.target is not None:
            targeted.setdefault((event.type, actor_key(event.source), event.sentence.start), set()).add(event.mode)
    out = []
    for event in sorted(events, key=lambda e: -e.confidence):
        key = (event.type, actor_key(event.source), actor_key(event.target), event.sentence.start)
        unsourced_twin = event.source is None and (event.type, actor_key(event.target), event.sentence.start) in sourced
        if key in seen or unsourced_twin:
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
# Refusing or failing to do a cooperative act, yielding (RETREAT, CONCEDE) or helping included, is REJECT.
PLOVER_NEGATED_AS_REJECT = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "RETREAT", "CONCEDE", "AID"})


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
