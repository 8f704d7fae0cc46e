"""Judgements voiced in speech: criticism (ACCUSE disapprove) and praise (SUPPORT) of another actor's conduct.

News rarely says "criticised": a speaker judges an actor or its act with an evaluative word ("X said the decision
by Y was a disgrace", "'Y's handling of the crisis has been a failure,' X told reporters", "X called Y's move
reckless", "X said Y had done an outstanding job").  The evaluative words are data/events/judgements.tsv.  The
judge is the subject of the reporting or naming verb, else the speaker the quotes stage found for a quote holding
the judgement; the judged is the subject of the judging clause when it names an actor, else the doer of the act
it names (data/events/conduct_nouns.txt): its possessor, its "by" or "of" phrase, a name before it.  Words
coordinated after the first share its place ("called the move arbitrary and unjust").  Judgements of misfortunes
and things ("the floods were a disaster", "the film was a failure"), of nobody named, of the speaker's own side,
by commentators or other private judges, of private people and criminals, in relative clauses, sports sentences,
questions, conditions and modal clauses ("Y should be fair") give no event; words that rate anything ("great",
"terrible") judge conduct only, never an actor itself ("Y was great"); who may judge whom, and who is the
judges' own side: events_judged_actors.  "Not acceptable" criticises, "not a failure" codes nothing.  The same
holds for feelings about another party ("X is disappointed with Y's decision"), verbs of appraisal ("X regretted
Y's move"), misconduct charged in speech ("X said Y had misled parliament", "had broken its promise", "had violated
international law") and blame for a harm ("X said Y was behind the attack", ACCUSE allege).  Word lists:
events_judged_words.  Also voiced as opinion: neglect of a party or a duty ("Y had failed the farmers", "had let
them down", "had failed to act", "has not done enough to"), a party "out of touch", the manner of its conduct
("handled the crisis badly"), what it "should have done" (a reproach, not a demand), blame laid by holding Y
"responsible", and proposals dismissed ("a merger is not necessary": REJECT, events_judged_proposals).  The tests
of conduct (misconduct, neglect, reproach, blame, a right choice) are events_judged_conduct.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsgraph.extract.events_actor_words import sporting, usable
from newsgraph.extract.events_actors import ActorFinder, Mention
from newsgraph.extract.events_clauses import in_condition, in_question
from newsgraph.extract.events_judged_actors import (
    acting_group,
    commentator,
    home_body,
    judged_actors,
    law_breaker,
    partner_actors,
    public_judge,
)
from newsgraph.extract.events_judged_conduct import (
    MODALS,
    blamed_for,
    forecast,
    law_broken,
    misconduct,
    names_actor,
    right_choice,
    should_have,
)
from newsgraph.extract.events_judged_proposals import DISMISSAL_WORDS, dismissed_proposal
from newsgraph.extract.events_judged_words import (
    CLAIM_NOUNS,
    CONDUCT_OBJECTS,
    CONDUCT_VERBS,
    CONTENTMENT,
    COPULAS,
    CULPABLE,
    DEICTIC,
    DENYING_VERBS,
    FEELING_PREPS,
    FEELINGS_IN,
    FEELINGS_OF,
    FIRST_PERSON,
    GRADING_ADVERBS,
    GROUP_CONDUCT,
    JUDGING_VERBS,
    KIN_NOUNS,
    KIND_NOUNS,
    MANNER_VERBS,
    NAMING_VERBS,
    OF_DOER_NOUNS,
    OUT_OF_WORDS,
    PARTY_WORDS,
    PLAIN_NAMING_VERBS,
    RATING_WORDS,
    RULE_NOUNS,
    SPORT_OFFICIALS,
    TRUTH_WORDS,
    appraisal_verbs,
    conduct_nouns,
    feelings,
    polarity,
    stative_participle,
    trigger_words,
)
from newsgraph.extract.events_lexicon import Coding, Match, temporal
from newsgraph.extract.events_syntax import (
    is_negated,
    is_passive,
    subject_of,
    under_speech,
)
from newsgraph.model import Quote

CRITICISM = Coding("ACCUSE", "disapprove", "11", "judged")  # CAMEO 111 criticise or denounce
PRAISE = Coding("SUPPORT", None, "05", "judged")  # CAMEO 051 praise or endorse
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
HAZARDS = frozenset({"hurricane", "storm", "typhoon", "cyclone", "tornado", "wildfire", "earthquake", "flood"})
TREATMENT_NOUNS = frozenset({"treatment", "handling"})  # conduct only with "of": "Y's treatment of Z"
ABOUT_ONLY = frozenset({"serious", "seriously"})  # judges conduct only in "serious about"
BLAME = Coding("ACCUSE", "allege", "11", "judged")  # CAMEO 112 accuse: "Y was responsible for the attack"
DISMISSAL = Coding("REJECT", None, "12", "judged")  # CAMEO 12 reject: "a merger is not necessary"


@dataclass(slots=True)
class Judgement:
    """An evaluative word with who voiced it and the heads that may name who is judged, most likely first."""

    word: Any
    coding: Coding
    speaker: Any | None
    judged: list[Any]
    fallback: list[Any] = field(default_factory=list)  # whom a pronoun may stand for (see ``other_judged``)
    states_only: bool = False  # international rules broken: only a state breaks them
    untargeted: bool = False  # an event even when nobody judged resolves: a proposal dismissed ("a merger")


def denied_quality(word: Any, clause: Any) -> bool:
    """True when the judgement is negated ("was not acceptable", "is no failure")."""
    return any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in (*word.children, *clause.children)
               if c.dep_ in ("neg", "det", "advmod"))


def predicate_of(word: Any) -> tuple[Any, Any] | None:
    """The clause verb a judging word predicates of and the judged head: "Y was reckless", "Y's move was a
    reckless act", "Y had done an outstanding job", "Y acted irresponsibly"; None for other uses."""
    if stative_participle(word):
        return word, next((c for c in word.children if c.dep_ == "nsubjpass"), None)  # parsed as a passive
    at = first_conjunct(word)
    node = at.head if at.dep_ == "amod" and at.head.dep_ in ("attr", "acomp", "dobj", "pobj") else at
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in KIND_NOUNS:
        node = node.head.head  # "was an act of aggression": the act is the complement
    verb = node.head
    lemma = verb.lemma_.lower()
    if node.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lemma_.lower() == "amount":
        return verb.head, subject_of(verb.head)  # "Y's treatment of Z amounted to genocide"
    if (node.dep_ in ("attr", "acomp") or to_blame(word) or word.lower_ == "behind") and lemma in COPULAS:
        return verb, extraposed(verb, at) or subject_of(verb)
    if lemma == "have" and word.lower_ == "right" and word.dep_ == "dobj":
        return verb, subject_of(verb)  # "Y has no right to interfere" (denied, so criticism)
    if node.dep_ == "dobj" and lemma in CONDUCT_VERBS and (node is at or node.lemma_.lower() in CONDUCT_OBJECTS):
        return verb, subject_of(verb)
    if at.dep_ == "advmod" and word.pos_ == "ADV" and verb.pos_ == "VERB" and lemma not in COPULAS and (
            word.lower_ not in GRADING_ADVERBS or lemma in MANNER_VERBS):
        return verb, subject_of(verb)  # "acted recklessly", "handled the crisis badly"; not "badly damaged"
    return None


def first_conjunct(word: Any) -> Any:
    """The first of coordinated judging words ("arbitrary" in "was arbitrary and unjust", "a provocation" in "a
    provocation and an affront"), whose place in the clause the later ones share; else the word itself."""
    while word.dep_ == "conj" and word.head.pos_ in ("ADJ", "NOUN", "ADV") and word.head.i < word.i:
        word = word.head
    return word


def judging_clause(verb: Any) -> bool:
    """True for a copula whose complement disapproves of its subject ("Y should be ashamed") or for what Y should
    have done ("Y should have consulted farmers"): no demand made of Y; "Y should be more constructive" stays a
    demand."""
    return should_have(verb) or verb.lemma_.lower() in COPULAS and any(
        c.dep_ in ("acomp", "attr") and (polarity(c) or 0) < 0 for c in verb.children)


def modal(clause: Any) -> bool:
    """True for a clause of obligation, possibility or prediction ("Y should be fair", "Y would be a great
    partner", "Y has to be careful"): a demand or a forecast, no judgement of what Y did; "Y should be ashamed"
    is one."""
    auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if auxes & MODALS:  # "Y should be ashamed", "Y should have acted sooner" judge Y
        return not (auxes - {"have"} <= {"should", "ought"} and judging_clause(clause))
    head = clause.head
    return clause.dep_ == "xcomp" and head.lemma_.lower() in ("have", "need", "ought") and head.i != clause.i


def to_blame(word: Any) -> bool:
    """True for "to blame" after a copula ("Y is to blame for the attack"): a predicate of blame, no act of Y's."""
    return word.lemma_.lower() == "blame" and word.dep_ == "xcomp" and word.head.lemma_.lower() in COPULAS and (
        not any(c.dep_ in ("dobj", "obj") for c in word.children))


def extraposed(verb: Any, word: Any) -> Any | None:
    """The judged doer of "it was shameful that Y did Z" (Y) or "it was wrong of Y to do Z" (Y)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    if subject is None or subject.lower_ != "it":
        return None
    for holder in (word, verb):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "of"):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "csubj") and c.i > word.i), None)
    return subject_of(clause) if clause is not None else None


def named_by(word: Any) -> tuple[Any, Any] | None:
    """The naming verb and its object when a judging word names that object ("called Y's move reckless",
    "described the plan as a betrayal", "found the response unacceptable")."""
    at = first_conjunct(word)
    node = at.head if at.dep_ == "amod" and at.head.lower_ != "as" else at  # "as reckless", parsed onto "as"
    if at.dep_ == "amod" and at.i > node.i and node.dep_ in ("dobj", "obj"):
        return (node.head, node) if node.head.lemma_.lower() in NAMING_VERBS else None  # "called the move reckless"
    verb = node.head
    if node.dep_ in ("pobj", "amod") and verb.lower_ == "as":
        verb = verb.head
        if verb.dep_ in ("dobj", "obj"):  # "described Y's decision as a betrayal", "as" parsed onto the object
            return (verb.head, verb) if verb.head.lemma_.lower() in NAMING_VERBS else None
    elif node.dep_ not in ("oprd", "xcomp", "ccomp", "acomp", "attr", "advcl"):
        return None
    if verb.lemma_.lower() not in NAMING_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i != node.i), None)
    if obj is None and node.dep_ == "ccomp":  # "found Y's response unacceptable", parsed as a small clause
        obj = subject_of(node)
    return (verb, obj) if obj is not None else None


def names_quality(verb: Any) -> bool:
    """True for a plain naming verb whose object is given an evaluative name ("called the US sanctions illegal",
    "described the plan as a betrayal"): the naming is the judgement, the verb no act of its own ("called ...
    sanctions" is no sanction)."""
    if verb.lemma_.lower() not in PLAIN_NAMING_VERBS:
        return False
    near = [t for c in verb.children for t in (c, *c.children)]
    return any(polarity(t) is not None and (found := named_by(t)) is not None and found[0].i == verb.i for t in near)


def judged_heads(head: Any | None) -> list[Any]:
    """Heads that may name who is judged: the head itself when it names an actor, else the doers of the act it
    names ("Y's decision", "the decision by Y", "the US move"); nothing for things, misfortunes and hazards."""
    if head is None or head.lower_ in DEICTIC or hazard(head):
        return []
    lemma = head.lemma_.lower()
    if (names_actor(head) or home_body(head) is not None) and lemma not in conduct_nouns():
        return [head]  # "the opposition" too, which no actor stage names
    if lemma not in conduct_nouns() and head.lower_ not in conduct_nouns() and not done_to_someone(head):
        return []
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ in (
        "NORP", "GPE", "ORG", "PERSON") or c.lower_ == "federal")]  # "the federal policy": the federal government
    preps = ("by", "of") if lemma in OF_DOER_NOUNS else ("by",)  # "the decision of Y"; "the treatment of Y": done to Y
    owners += [p for c in head.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children
               if p.dep_ == "pobj" and names_actor(p)]
    if lemma in GROUP_CONDUCT:  # "the opposition's rally", not "the stock rally" nor "the pipers' march"
        return [o for o in owners if acting_group(o) or o.lemma_.lower() in PARTY_WORDS]
    return owners


def done_to_someone(head: Any) -> bool:
    """True for a noun of everyday sense that names conduct with an "of" phrase ("Y's treatment of the traders"),
    not alone ("Y's new treatment was effective")."""
    return head.lemma_.lower() in TREATMENT_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def hazard(head: Any) -> bool:
    """True for a named storm, fire or quake ("Hurricane Ian", "Storm Ciara"): a misfortune, never a judged actor."""
    return any(t.lower_ in HAZARDS for t in (head, *(c for c in head.children if c.dep_ == "compound")))


def felt_about(word: Any) -> Judgement | None:
    """A feeling about another actor or its act ("X is disappointed with Y's decision", "X was angered by Y"):
    who feels it judges the cause."""
    sign = feelings().get(word.lower_)
    if sign is None or word.pos_ not in ("ADJ", "VERB") or is_negated(word):
        return None
    if any(c.dep_ in ("dobj", "obj") for c in word.children):
        return None  # "Y's remarks infuriated X", "Y offended X": the one who feels is the object
    if word.dep_ == "acomp" and word.head.lemma_.lower() in COPULAS:
        holder = word.head
        if any(c.dep_ == "neg" for c in holder.children):
            return None
        experiencer = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:
        experiencer = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    preps = FEELING_PREPS | {"in"} if word.lower_ in FEELINGS_IN else FEELING_PREPS
    if word.lower_ in FEELINGS_OF:
        preps = frozenset({"of", "about"})  # "critical of Y's plan", not "critical to the talks"
    if word.lower_ in CONTENTMENT:
        preps = frozenset({"with", "about", "over"})  # "unhappy with Y's decision", not "happy at the Department"
    causes = [p for c in word.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
              for p in c.children if p.dep_ == "pobj"]
    if experiencer is None or not causes:
        return None
    return Judgement(word, CRITICISM if sign < 0 else PRAISE, experiencer, judged_heads(causes[0]))


def appraised(word: Any) -> Judgement | None:
    """A party or its act appraised by the verb's subject ("X appreciated Y's efforts", "X regretted that Y had
    left the talks", "X credited Y with ending the strike")."""
    sign = appraisal_verbs().get(word.lemma_.lower()) if word.pos_ == "VERB" else None
    if sign is None or is_negated(word) or in_question(word) or in_condition(word):
        return None
    obj = next((c for c in word.children if c.dep_ in ("dobj", "obj")), None)
    clause = next((c for c in word.children if c.dep_ == "ccomp"), None)
    judged = obj if obj is not None else subject_of(clause) if clause is not None else None
    return Judgement(word, CRITICISM if sign < 0 else PRAISE, subject_of(word), judged_heads(judged))


def charged(word: Any) -> Judgement | None:
    """A misconduct a speaker charges another actor with ("X said Y had betrayed its voters")."""
    if not misconduct(word) or in_question(word) or in_condition(word):
        return None
    speech = under_speech(word, JUDGING_VERBS)
    if unvoiced(word, speech):
        return None  # "X did not say Y had lied", "X denied that Y had lied"
    judged = subject_of(word)
    if word.lemma_.lower() == "trust":  # "Y cannot be trusted": Y
        judged = next((c for c in word.children if c.dep_ == "nsubjpass"), None)
    found = voiced(word, CRITICISM, judged, speech)
    law = law_broken(word)
    found.states_only = law is not None and law.lemma_.lower() in RULE_NOUNS
    return found


def reproached(word: Any) -> Judgement | None:
    """A reproach of what another party should have done, voiced in speech ("X said Y should have consulted the
    farmers"): criticism of Y's conduct."""
    if not should_have(word) or forecast(word) or in_question(word) or in_condition(word) or word.dep_ in (
            "relcl", "acl"):
        return None
    speech = under_speech(word, JUDGING_VERBS)
    if unvoiced(word, speech):
        return None
    return voiced(word, CRITICISM, subject_of(word), speech)


def held_responsible(word: Any) -> Judgement | None:
    """Blame laid by holding a party to account ("X holds Y responsible for the delays", "X held Y accountable"):
    the subject of "hold" judges its object, whatever the cause; not "will hold Y accountable" (a warning)."""
    if word.lower_ not in CULPABLE or word.dep_ not in ("ccomp", "oprd", "acomp", "xcomp"):
        return None
    hold = word.head
    if hold.lemma_.lower() != "hold" or is_negated(hold) or modal(hold) or in_question(hold) or in_condition(hold):
        return None
    held = next((c for c in hold.children if c.dep_ in ("dobj", "obj")), None)
    if held is None:  # "holds Y responsible", parsed as a small clause
        held = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return Judgement(word, BLAME, subject_of(hold), judged_heads(held)) if held is not None else None


def dismissal(word: Any) -> Judgement | None:
    """A proposal dismissed in speech ("X said a merger with Y is not necessary"; events_judged_proposals): REJECT
    by the speaker, of the partners the proposal names if any."""
    if word.lower_ not in DISMISSAL_WORDS or (found := dismissed_proposal(word)) is None:
        return None
    clause, partners = found
    if clause.dep_ in ("relcl", "acl") or in_question(clause) or in_condition(clause) or modal(clause):
        return None  # "a merger would not be necessary if ...", "it may not be necessary"
    speech = under_speech(clause, JUDGING_VERBS)
    if unvoiced(clause, speech):
        return None
    speaker = subject_of(speech) if speech is not None else None
    return Judgement(word, DISMISSAL, speaker, partners, untargeted=True)


def out_of_line(word: Any) -> Judgement | None:
    """Criticism of a party said to be "out of touch" or "out of line" ("X said Y was out of touch")."""
    of = word.head
    if word.lower_ not in OUT_OF_WORDS or word.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ != "out":
        return None
    copula = of.head.head
    if copula.lemma_.lower() not in COPULAS or of.head.dep_ not in ("prep", "advmod", "acomp"):
        return None
    if denied_quality(of.head, copula) or contact_lost(of.head, copula):
        return None  # "Y is not out of touch", "had been out of touch with their families since Monday"
    return reported(word, CRITICISM, (copula, subject_of(copula)))


def contact_lost(out: Any, copula: Any) -> bool:
    """True for "out of touch" in its literal sense: for a time ("since Monday", "for two days") or with one's own
    people ("with their families"); not "out of touch with voters"."""
    preps = [c for h in (out, copula) for c in h.children if c.dep_ == "prep"]
    preps += [c for p in out.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
              for c in o.children if c.dep_ == "prep"]  # "out of touch with X since Monday"
    during = any(p.lower_ == "since" or (p.lower_ == "for" and temporal(p)) for p in preps)
    return during or any(p.lower_ == "with" and any(o.dep_ == "pobj" and o.lower_ in KIN_NOUNS for o in p.children)
                         for p in preps)


def unvoiced(clause: Any, speech: Any | None) -> bool:
    """True when the speech that reports a clause is negated or denies it ("X did not say Y had lied", "X denied
    that Y had lied"): no judgement voiced."""
    return speech is not None and is_negated(speech) or under_speech(clause, DENYING_VERBS) is not None


def judgement(word: Any) -> Judgement | None:
    """The judgement a word voices, if it judges someone in reported speech, by naming, or by a feeling."""
    stance = felt_about(word) or (charged(word) or appraised(word) if word.pos_ == "VERB" else None)
    stance = stance or held_responsible(word) or out_of_line(word) or dismissal(word) or reproached(word)
    if stance is not None:
        return stance
    if (blame := blamed_for(word)) is not None:
        return reported(word, BLAME, predicate_of(word)) if blame else None
    sign = polarity(word)
    if sign is None or (word.lower_ in ABOUT_ONLY and not any(c.lower_ == "about" for c in word.children)):
        return None  # "was not serious about the talks", not "the injuries were not serious"
    if (first := first_conjunct(word)) is not word and judgement(first) is not None:
        return None  # "illegal and criminal": one judgement, voiced by the first word
    named = named_by(word)
    if named is not None and sign:
        verb, obj = named
        if is_negated(verb) or rates_actor(word, obj):
            return None
        return Judgement(word, CRITICISM if sign < 0 else PRAISE, subject_of(verb), judged_heads(obj))
    found = predicate_of(word)
    if found is None or (rates_actor(word, found[1]) and found[0].lemma_.lower() not in CONDUCT_VERBS):
        return None  # "Y was great", "the school was a wonderful gift"; "Y did a great job" rates conduct
    if denied_quality(word, found[0]):
        if sign < 0:
            return None  # "was not a failure": no judgement coded
        sign = -1  # "was not acceptable" criticises
    elif not sign and not right_choice(word, found[0]):
        return None  # "was acceptable" judges nothing; "did the right thing" praises
    return reported(word, CRITICISM if sign < 0 else PRAISE, found)


def rates_actor(word: Any, judged: Any | None) -> bool:
    """True for a word that rates anything ("great", "terrible") said of an actor or a body itself rather than
    of its conduct ("Y's handling was great")."""
    return word.lower_ in RATING_WORDS and judged is not None and names_actor(judged) and (
        judged.lemma_.lower() not in conduct_nouns())


def reported(word: Any, coding: Coding, found: tuple[Any, Any] | None) -> Judgement | None:
    """The judgement a predicate voices with the speaker who reports it ("X said Y was reckless"); the judged is
    the clause's subject, else what the speaker spoke "of" ("'It is a disgrace,' X said of Y's decision"); ``found``
    is the clause verb and judged head ``predicate_of`` gave."""
    if found is None:
        return None
    clause, judged = found
    if clause.dep_ in ("relcl", "acl"):
        return None  # "the man, who had entered illegally, ...": a description of someone, no judgement voiced
    if in_question(clause) or in_condition(clause) or modal(clause) or (
            coding is BLAME and denied_quality(word, clause)):
        return None
    speech = under_speech(clause, JUDGING_VERBS)
    if unvoiced(clause, speech):
        return None
    if judged is not None and rebuttal(word, judged):
        return None
    if judged is not None and judged.pos_ in ("VERB", "AUX"):  # "what Y did was unacceptable": Y
        judged = next((c for c in judged.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    voice = voiced(word, coding, judged, speech)
    voice.untargeted = judged is None and coding is CRITICISM and is_passive(clause) and (
        clause.lemma_.lower() in MANNER_VERBS)  # "X says the union has been treated unfairly": a complaint
    return voice


def voiced(word: Any, coding: Coding, judged: Any | None, speech: Any | None) -> Judgement:
    """The judgement of the judged head voiced by the speech verb's subject; a pronoun may stand for whom the
    speech addresses or is "said of"."""
    heads = judged_heads(judged)
    vague = judged is not None and judged.pos_ == "PRON" and judged.lower_ not in FIRST_PERSON
    others = spoken_of(speech) if vague or pronoun_judged(heads) else []
    others += addressed(speech) if plural_pronoun(judged, speech) else []
    return Judgement(word, coding, subject_of(speech) if speech is not None else None, heads, others)


def plural_pronoun(judged: Any | None, speech: Any | None) -> bool:
    """True for "they" (or "their ...") judged under a singular speaker: a pronoun that cannot be the speaker, so
    it may stand for whom the speech addresses."""
    if judged is None or speech is None:
        return False
    pronoun = judged if judged.pos_ == "PRON" else next((c for c in judged.children if c.dep_ == "poss"), None)
    speaker = subject_of(speech)
    return pronoun is not None and pronoun.lower_ in PLURAL_PRONOUNS and speaker is not None and (
        speaker.tag_ not in ("NNS", "NNPS") and speaker.lower_ not in PLURAL_PRONOUNS)


def addressed(speech: Any) -> list[Any]:
    """Whom the speech is addressed to ("told Y", "wrote to Y", "said in a letter to Y")."""
    found = [c for c in speech.children if c.dep_ in ("dobj", "dative", "iobj") and c.pos_ != "PRON"]
    holders = [speech] + [p for c in speech.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                          if p.dep_ == "pobj"]
    return found + [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                    for p in c.children if p.dep_ == "pobj"]


def spoken_of(speech: Any | None) -> list[Any]:
    """Whom the speech is "said of" ("'It failed us,' X said of Y's plan": Y)."""
    if speech is None:
        return []
    heads = [p for c in speech.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
             if p.dep_ == "pobj"]
    return [h for p in heads for h in (judged_heads(p) or [p])]


def pronoun_judged(heads: list[Any]) -> bool:
    """True when the judged is a third-person pronoun ("its response", "he failed them")."""
    return bool(heads) and heads[0].pos_ == "PRON" and heads[0].lower_ not in FIRST_PERSON


def rebuttal(word: Any, judged: Any) -> bool:
    """True for a claim called untrue ("Y's claims were lies", "the report was a hoax"): a denial, which the
    guideline leaves uncoded, not criticism of conduct."""
    return word.lemma_.lower() in TRUTH_WORDS and judged.lemma_.lower() in CLAIM_NOUNS


def quoted_speaker(word: Any, quotes: list[Quote]) -> Mention | None:
    """The resolved speaker of the quote (direct or reported) that holds the word, if any."""
    for quote in quotes:
        speaker = quote.speaker
        if quote.start <= word.idx < quote.end and speaker is not None and speaker.actor and usable(speaker.actor):
            return Mention(speaker.start, speaker.end, speaker.text, speaker.actor)
    return None


def judged_events(sentence: Any, actors: ActorFinder, quotes: list[Quote]) -> list[tuple[Match, list[Mention],
                                                                                        list[Mention]]]:
    """The criticism and praise a sentence reports, each as (trigger, judges, judged), judged actors resolved.

    The judging words are looked for first: most sentences have none, and then the game test is not needed.
    """
    words = trigger_words() | DISMISSAL_WORDS
    triggers = [word for word in sentence if word.lower_ in words or word.lemma_.lower() in words or (
        should_have(word))]
    if not triggers or sporting(sentence) or any(
            t.lemma_.lower() in SPORT_OFFICIALS and t.text.islower() for t in sentence):
        return []  # "the tennis federation", "the umpire's decision"; not "the Russian Federation"
    out = []
    for word in triggers:
        found = judgement(word)
        if found is None or not (found.judged or found.fallback or found.untargeted) or hedged(word):
            continue
        sources = actors.mentions(found.speaker) if found.speaker is not None else []
        if not sources and (quoted := quoted_speaker(word, quotes)) is not None:
            sources = [quoted]
        if not sources and found.speaker is not None:  # "the union said ...": only public ones pass below
            sources = actors.private_sources(found.speaker, found.coding.type)
        if commentator(found.speaker, sources) or not any(public_judge(m.actor) for m in sources):
            continue
        if found.untargeted:  # "a merger with the Liberals is not necessary": the Liberals, else nobody
            out.append((Match(word, found.coding, [word]), sources, partner_actors(found.judged, sources, actors)))
            continue
        targets = judged_actors(found.judged, sources, actors)
        if targets == []:  # None: the judges themselves, so nobody else
            targets = judged_actors(found.fallback, sources, actors)  # "told Y that they had been ..."
        if targets and found.states_only:
            targets = [m for m in targets if law_breaker(m, actors)]  # "ignored human rights": a state's act
        if targets:
            out.append((Match(word, found.coding, [word]), sources, targets))
    return out


def hedged(word: Any) -> bool:
    """True for a judgement only supposed, asked or foreseen ("Y would betray the deal if ...", "X might be
    disappointed with Y"): the clause the judging word heads, or the copula it completes, is modal or
    conditional."""
    clause = word.head if word.dep_ in ("acomp", "attr") else word
    if in_condition(clause) or in_question(clause):
        return True
    ability = any(c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in clause.children)
    return modal(clause) and not ability  # "Y cannot be trusted" asserts what Y is
