"""Target heads that a trigger's objects name without being the party themselves, and objects that name a party
who is no recipient of the act (general English constructions):

- a quantity of people ("six of the eight employees", "tens of thousands of people"): the people after "of";
- the subject of a verbless small clause ("found six employees guilty", "held the firm responsible"): the one the
  judgement is about, whom "found" or "held" has no object for;
- the party a welcomed or backed measure is against or on ("welcomed the verdicts against six employees", "backed
  the sanctions on X"): the measure is supported, its party no recipient of the support;
- the party a threat's condition is about ("warned of strikes if the company rejects the offer"): the one who must
  comply;
- the parties of a clause that only sets the time or the cause of the act ("demanded a delay after its leader
  objected"): another act's, no recipient of this one;
- a thing named only by a language ("a ban on teaching in the Tatar language"): no party, the language
  is no country's act;
- whom the pronoun patient of a "when" or "as" clause stands for ("X was aboard a yacht with his family when they
  were attacked"): the subject of the clause it explains, with its companions for a "they" of one person;
- the party named with the first of a list of infinitives, for a later one that names none ("voted to suspend
  its talks with X, to impose an arms embargo and to threaten penalties": X, embargoed and threatened);
- the subject of a question a probe or an inquiry is into ("opened a probe into whether X had misled its
  investors"): the one whose conduct is looked into, not a thing of theirs;
- whom a pronoun object stands for when the subject's relative clause names them ("bandits who seized a
  surveyor let him go": the surveyor);
- the party whose affairs an interference is in ("denounced the embargo as meddling in X's internal
  affairs"): the victim of the interference, not the one it is condemned on; and the label an act is condemned
  or described as ("as illegal interference"), which says what it is, not whom it is done to;
- who made a proposal turned down, accepted or backed ("rejected the airline's proposals", "an offer from X"),
  also when the parser takes the proposal for a clause's subject ("proposals for a wage freeze", "freeze" read as
  a verb): the party the answer goes to; a time limit ("by Friday") is none; likewise who lodged a protest, a
  complaint or a charge named back sentences later ("X lodged a protest. Y rejected the protest"), and the one
  reporting requests that name no maker ("the agency said X had brushed off its requests": the agency).
"""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_actor_words import explaining_clause, person_noun
from newsgraph.extract.events_clauses import to_infinitive
from newsgraph.extract.events_judged_proposals import ASKED_NOUNS, PARTNER_PREPS, PROPOSAL_NOUNS
from newsgraph.extract.events_lexicon import verb_lemma
from newsgraph.extract.events_syntax import SUBJECT_DEPS, subject_of, under_speech

# Words that count or portion out people named after "of" ("six of the officers", "tens of thousands of people",
# "some of the families", "the majority of voters")
QUANTITY_WORDS = frozenset({
    "some", "many", "most", "all", "each", "any", "none", "several", "few", "both", "one", "half", "majority",
    "minority", "rest", "remainder", "dozens", "hundreds", "thousands", "millions", "scores", "tens", "dozen",
    "hundred", "thousand", "million", "score", "number", "group", "handful"})
MEASURE_PREPS = frozenset({"against", "on", "upon"})  # "a verdict against X", "sanctions on X": whom it is against
CLAUSE_DEPS = frozenset({"aux", "auxpass", "cop", "mark"})
CONDITION_MARKS = frozenset({"if", "unless"})
OWN_CLAUSE_DEPS = frozenset({"xcomp", "dobj", "obj", "prep", "pobj", "pcomp", "acl"})  # not conj nor ccomp
# subordinate clauses that set a time or a cause beside the act ("demanded a delay after its leader objected")
SETTING_MARKS = frozenset({"after", "before", "since", "because", "while", "when", "although", "though", "once",
                           "until", "whereas"})
ANSWER_TYPES = frozenset({"REJECT", "AGREE", "SUPPORT"})  # turning down, accepting or backing a proposal
PROPOSER_PREPS = frozenset({"from", "by"})  # "an offer from X", "a plan by X": who made it
LANGUAGE_NOUNS = frozenset({"language", "languages", "tongue", "dialect"})
# a request or a proposal named as such, or as a call or an appeal ("a request", "the call")
APPEAL_NOUNS = ASKED_NOUNS | frozenset({"call", "appeal"})
# nouns that sum up a request or an offer just made ("..., a request the firm turned down")
SUMMARY_NOUNS = APPEAL_NOUNS | frozenset({"plea", "invitation", "overture"})
NAME_TYPES = frozenset({"GPE", "NORP", "LANGUAGE", "ORG", "PERSON"})


QUESTION_PREPS = frozenset({"into", "about", "over", "on", "of"})  # "an inquiry into whether X ..."
QUESTION_WORDS = frozenset({"whether", "if", "how", "why"})
OBJECT_PRONOUNS = {"him": False, "her": False, "them": True}  # whether it stands for several


def question_subjects(noun: Any) -> list[Any]:
    """The subjects of a question clause an event noun is about ("an inquiry into whether X misled its
    investors", "a probe into how the firm handled the data": X, the firm), not a pronoun."""
    clauses = [c for p in noun.children if p.dep_ == "prep" and p.lower_ in QUESTION_PREPS for c in p.children
               if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") and any(
                   w.lower_ in QUESTION_WORDS and w.dep_ in ("mark", "advmod") for w in c.children)]
    return [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"]


def relative_referents(pronoun: Any) -> list[Any]:
    """Whom a pronoun object of a verb stands for when the verb's subject has a relative clause with an object of
    the same number ("bandits who seized a surveyor let him go", "the men who seized two pilots freed them":
    the surveyor, the pilots); empty for anything else."""
    plural = OBJECT_PRONOUNS.get(pronoun.lower_)
    if plural is None or pronoun.dep_ not in ("dobj", "obj"):
        return []
    subject = subject_of(pronoun.head)
    if subject is None:
        return []
    found = []
    for clause in (c for c in subject.children if c.dep_ == "relcl"):
        found += [o for o in clause.children if o.dep_ in ("dobj", "obj") and o.pos_ in ("NOUN", "PROPN") and (
            (o.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in o.children)) == plural)]
    return found[:1]


# meddling in another's affairs: the party "in" it is the one meddled with ("interference in X's affairs")
INTERFERENCE_NOUNS = frozenset({"interference", "meddling", "intervention", "intrusion", "involvement"})
# breaking what belongs to someone: the party "of" it is the one wronged ("the violation of X's sovereignty", "a breach
# of X's airspace", "violations of UN resolutions"), never the one who broke it (that one comes "by" it)
VIOLATION_NOUNS = frozenset({"violation", "breach", "infringement", "encroachment", "infraction"})
WRONGED_NOUNS = INTERFERENCE_NOUNS | VIOLATION_NOUNS


def meddled_with(token: Any) -> bool:
    """True for a token inside the "in" phrase of a noun of interference ("interference in X's internal affairs",
    "meddling in the affairs of X") or the "of" phrase of a noun of violation ("the violation of X's sovereignty"):
    the victim of the interference or the violation, no party it is condemned on."""
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ == "by":
            return False  # "the violation of its airspace by X's jets", "by" hung on the airspace: who did it
        if node.dep_ == "prep" and node.lower_ == "in" and node.head.lemma_.lower() in INTERFERENCE_NOUNS:
            return True
        if node.dep_ == "prep" and node.lower_ == "of" and node.head.lemma_.lower() in VIOLATION_NOUNS:
            return True  # "the violation of X's sovereignty": X is wronged
        node = node.head
    return False


def violated(token: Any) -> bool:
    """True for a token inside the "of" phrase of a noun of violation ("the violation of X's sovereignty", "a breach
    of X's waters"): the one wronged, not the violator ("by X", also where the parser hangs it inside)."""
    return meddled_with(token) and not any(
        a.dep_ == "prep" and a.lower_ == "in" and a.head.lemma_.lower() in INTERFERENCE_NOUNS for a in token.ancestors)


def label_phrase(token: Any, verb: Any) -> bool:
    """True for a token inside the "as" phrase after the verb's object ("denounced the embargo as meddling in
    X's affairs", "called the incursion a breach of X's sovereignty"): what the act is called, not whom it is
    done to."""
    node = token
    for _ in range(8):
        if node.head.i == node.i or node.i == verb.i:
            return False
        if node.dep_ == "prep" and node.lower_ == "as" and node.head.i == verb.i:
            return any(c.dep_ in ("dobj", "obj") and c.i < node.i for c in verb.children)  # not "denounced as
            # a crime X's raids", where the parser hangs the object shifted after the label on "as"
        node = node.head
    return False


def counted_people(head: Any) -> list[Any]:
    """The people a quantity head counts ("six of the employees": employees; "tens of thousands of people":
    people), through a chain of "of" phrases; empty for any other head."""
    found = []
    node = head
    for _ in range(3):
        if not (node.pos_ == "NUM" or node.lower_ in QUANTITY_WORDS or node.lemma_.lower() in QUANTITY_WORDS):
            break
        following = [c for p in node.children if p.dep_ == "prep" and p.lower_ == "of"
                     for c in p.children if c.dep_ == "pobj"]
        if not following:
            break
        node = following[0]
        found.append(node)
    return found


def small_clause_subjects(verb: Any) -> list[Any]:
    """The subjects of a verbless clause complement ("found the six employees guilty", "held the army
    responsible"): the verb's undergoer, parsed as the adjective's subject, not as an object."""
    out = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("ADJ", "NOUN") or any(
                c.dep_ in CLAUSE_DEPS for c in clause.children):
            continue
        out += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return out


def measure_party(head: Any, verb: Any) -> bool:
    """True for a party a measure named as the verb's object is against ("welcomed the verdicts against X", "backed
    sanctions on X"): the object of "against", "on" or "upon" on a noun the verb takes as its object."""
    node = head
    while node.dep_ in ("conj", "appos", "compound") and node.head.i != node.i:
        node = node.head
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in MEASURE_PREPS or prep.dep_ != "prep":
        return False
    measure = prep.head
    return measure.pos_ == "NOUN" and measure.dep_ in ("dobj", "obj") and measure.head.i == verb.i


def within_measure(token: Any, verb: Any) -> bool:
    """True for a token inside the phrase a measure object is against ("verdicts against six employees of X")."""
    node = token
    for _ in range(8):
        if node.i == verb.i or node.head.i == node.i:
            return False
        if node.dep_ == "pobj" and measure_party(node, verb):
            return True
        node = node.head
    return False


def condition_subjects(verb: Any) -> list[Any]:
    """The subjects of the "if" or "unless" clauses of a threat, on its verb, its infinitives or inside its
    object ("warned of escalating action if the firm rejects the offer", "threatened to strike unless the board
    resigns"), also in the clause a verb of warning says ("cautioned that more depots would close unless the owners
    raised their bid"): the party whose act the threat is meant to bring about or prevent. Not a clause of
    another speaker's joined sentence, nor a pronoun, which may be the threatener itself ("unless it gets a rise")."""
    holders, frontier = [], [verb, *(c for c in verb.children if c.dep_ == "ccomp")]
    while frontier:
        token = frontier.pop()
        holders.append(token)
        frontier += [c for c in token.children if c.dep_ in OWN_CLAUSE_DEPS]
    clauses = [c for holder in holders for c in holder.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)]
    return [c for clause in clauses for c in clause.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]


def proposers(head: Any, type_: str) -> list[Any]:
    """Who made a proposal that is turned down, accepted or backed ("rejected an offer from the board", "accepted
    the airline's proposals", "backed a plan by X"): its possessor, not a pronoun, or the object of its "from" or
    "by"; empty for any other head or act."""
    if type_ not in ANSWER_TYPES or head.pos_ != "NOUN" or head.lemma_.lower() not in PROPOSAL_NOUNS:
        return []
    return [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"] + [
        p for c in head.children if c.dep_ == "prep" and c.lower_ in PROPOSER_PREPS
        for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")] + (  # not "by Friday"
        summarised_asker(head))


# A proposal referred back to ("the proposal", "the idea", "it"): who made it is named in the clause or the sentence
# before ("X had argued for a lower quota, but Y turned the idea down", "X proposed a cap. Y rejected it")
REFERRING_DETERMINERS = frozenset({"the", "this", "that", "such"})
REFERRING_PRONOUNS = frozenset({"it", "this", "that"})
BACK_PROPOSAL_NOUNS = APPEAL_NOUNS | frozenset({"plan", "idea", "proposition"})
PROPOSING_VERBS = frozenset({"propose", "suggest", "offer", "demand", "request", "urge", "seek"})


def earlier_proposer(head: Any, verb: Any, type_: str) -> list[Any]:
    """Who made the proposal a turned-down, accepted or backed object refers back to: the subject of the clause
    joined before it or of the sentence before, when that clause proposes or asks for something ("X had argued for
    a lower quota, but Y turned the idea down": X); not a pronoun subject, nor a proposal named with its own maker
    ("Z's proposal"), nor one after a clause that asks for nothing ("X won the vote, but Y rejected the proposal")."""
    from newsgraph.extract.events_lexicon_match import match_verb

    if type_ not in ANSWER_TYPES or head.dep_ not in ("dobj", "obj") or head.head.i != verb.i:
        return []
    if head.pos_ == "PRON":
        if head.lower_ not in REFERRING_PRONOUNS:
            return []
    elif head.lemma_.lower() not in BACK_PROPOSAL_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS for c in head.children) or any(
            c.dep_ in ("poss", "prep", "acl", "relcl") for c in head.children):
        return []
    if verb.dep_ == "conj" and verb.head.i < verb.i and any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        earlier = verb.head
    elif verb.dep_ == "ROOT" and verb.sent.start > 0:
        earlier = verb.doc[verb.sent.start - 1].sent.root
    else:
        return []
    if earlier.lemma_.lower() not in PROPOSING_VERBS and not (
            (asked := match_verb(earlier)) is not None and asked.coding.type == "REQUEST"):
        return []
    subject = subject_of(earlier)
    return [subject] if subject is not None and subject.pos_ != "PRON" else []


# What one party lodges, makes or voices for another to answer, by lemma, with the verb that makes it ("X lodged a
# protest. Y rejected the protest", "X protested. Y rejected the protest", "X accused Y of Z. Y rejected the
# accusation"): the party who made it is the one the answer goes to
LODGED_NOUNS = {
    "protest": "protest", "complaint": "complain", "objection": "object", "accusation": "accuse",
    "allegation": "allege", "request": "request", "proposal": "propose", "offer": "offer", "demand": "demand",
    "appeal": "appeal", "suggestion": "suggest", "plea": "plead", "invitation": "invite", "ultimatum": ""}
# verbs a party makes such a thing with ("lodged a protest", "filed a complaint", "made an offer")
LODGING_VERBS = frozenset({
    "lodge", "file", "make", "submit", "issue", "send", "deliver", "voice", "raise", "register", "present", "table",
    "level", "bring", "put", "extend", "hand", "renew", "repeat", "launch", "write"})
LOOKBACK_SENTENCES = 3  # how far back a definite "the protest" is looked for


def lodged_by(head: Any, verb: Any, type_: str) -> list[Any]:
    """Who lodged the protest, the complaint or the request a turned-down, accepted or backed definite object names
    back ("X lodged a protest with Y. Y's spokesman rejected the protest", "X accused Y of fraud. Y rejected the
    accusation": X): the maker of the nearest earlier mention of the same thing within three sentences (the
    subject of the verb that makes it, its possessor or the object of its "from" or "by") or the subject of the
    verb of the same act ("X protested"); nothing when that nearest mention names no maker, a pronoun or none."""
    if type_ not in ANSWER_TYPES or head.dep_ not in ("dobj", "obj") or head.head.i != verb.i or head.pos_ != "NOUN":
        return []
    lemma = head.lemma_.lower()
    if lemma not in LODGED_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS for c in head.children) or any(
            c.dep_ in ("poss", "prep", "acl", "relcl") for c in head.children):
        return []
    doc, first = head.doc, head.sent.start
    for _ in range(LOOKBACK_SENTENCES):
        if first > 0:
            first = doc[first - 1].sent.start
    for token in reversed(doc[first:head.sent.start]):
        if token.pos_ == "NOUN" and token.lemma_.lower() == lemma:
            maker = lodger(token)
        elif token.pos_ == "VERB" and LODGED_NOUNS[lemma] and token.lemma_.lower() == LODGED_NOUNS[lemma]:
            maker = subject_of(token)
        else:
            continue
        return [maker] if maker is not None and maker.pos_ != "PRON" else []
    return []


def speaker_asked(head: Any, verb: Any, type_: str) -> list[Any]:
    """Who made the requests a reported refusal or acceptance names with no maker of their own: the one who reports
    it ("the agency said X had brushed off its requests to testify": the agency), not a pronoun, nor the
    answering party itself; empty for a request named with its maker ("requests from Y", "Y's requests")."""
    if type_ not in ANSWER_TYPES or head.dep_ not in ("dobj", "obj") or head.head.i != verb.i or (
            head.pos_ != "NOUN" or head.lemma_.lower() not in SUMMARY_NOUNS):
        return []
    if any(c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ == "prep" and c.lower_ in PROPOSER_PREPS
           for c in head.children):
        return []
    speech = under_speech(verb)
    speaker = subject_of(speech) if speech is not None else None
    answerer = subject_of(verb)
    if speaker is None or speaker.pos_ == "PRON" or answerer is None or answerer.i == speaker.i:
        return []
    return [speaker]


def lodger(noun: Any) -> Any | None:
    """Who made a protest or a request a noun names ("X lodged a protest", "X's complaint", "a request from X"):
    the subject of the verb that makes it, its possessor or the object of its "from" or "by"; None for another."""
    if (owner := next((c for c in noun.children if c.dep_ == "poss"), None)) is not None:
        return owner
    by = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in PROPOSER_PREPS
          for o in c.children if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]
    if by:
        return by[0]
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in LODGING_VERBS:
        return subject_of(noun.head)
    return None


def summarised_asker(noun: Any) -> list[Any]:
    """Who made the request a noun sums up after a comma ("X asked Y to meet its staff, a request Y turned down":
    X): the subject of the clause the noun is set beside, not a pronoun; empty for a noun that is the clause's
    own object ("X turned down a request") or any other noun."""
    clause = noun.head
    if noun.lemma_.lower() not in SUMMARY_NOUNS or noun.dep_ not in ("dobj", "obj", "appos", "npadvmod", "attr") or (
            clause.pos_ not in ("VERB", "AUX") or noun.i < clause.i or noun.left_edge.i == 0):
        return []
    if noun.doc[noun.left_edge.i - 1].lower_ not in (",", "-", "--", "—", "–"):
        return []
    subject = subject_of(clause)
    return [subject] if subject is not None and subject.pos_ != "PRON" else []


def setting_clause(token: Any) -> bool:
    """True for a clause that sets the time or the cause of an act ("after its leader objected", "because X
    refused"): its parties are another act's; a condition ("if X refuses") is not one, a threat aims at it."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SETTING_MARKS for c in token.children)


def language_only(span: Any) -> bool:
    """True for a phrase whose only names are a language's ("teaching in the Tatar language"): a thing, not a
    party of the language's country."""
    names = [t for t in span if t.ent_type_ in NAME_TYPES]
    return bool(names) and all(language_word(t) or t.lemma_.lower() in LANGUAGE_NOUNS for t in names)


def language_word(token: Any) -> bool:
    """True for a name that says which language ("Tatar" in "the Tatar language")."""
    return token.head.lemma_.lower() in LANGUAGE_NOUNS and token.dep_ in ("amod", "compound")


def clause_referents(patient: Any) -> list[Any]:
    """Whom the pronoun patient of a passive "when" or "as" clause stands for: the subject of the clause it
    explains ("the guards were asleep when they were attacked": the guards), with the companions of one person
    for "they" ("X was aboard with his family when they were attacked": X and his family); empty for any other
    patient, a pronoun subject, or a number that does not agree."""
    verb = patient.head
    if patient.pos_ != "PRON" or patient.dep_ != "nsubjpass" or not explaining_clause(verb):
        return []
    subject = subject_of(verb.head)
    if subject is None or subject.pos_ == "PRON":
        return []
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    if patient.lower_ in ("he", "she"):
        return [] if plural else [subject]
    if patient.lower_ != "they":
        return []
    if plural:
        return [subject]
    return [subject, *companions] if (companions := clause_companions(verb.head, verb)) else []


def clause_companions(head: Any, skip: Any) -> list[Any]:
    """Whom a clause says its subject was with ("was aboard a yacht with his family", "travelled with two aides"):
    the objects of a "with" anywhere in the clause, outside ``skip`` and the clauses inside it."""
    return [c for p in head.subtree if p.dep_ == "prep" and p.lower_ == "with" and not skip.is_ancestor(p)
            and not any(a.pos_ in ("VERB", "AUX") for a in p.ancestors if head.is_ancestor(a))
            for c in p.children if c.dep_ == "pobj"]


def earlier_infinitives(verb: Any) -> list[Any]:
    """The infinitives before a verb in a list of them, nearest first ("voted to suspend X, to impose Y and to
    threaten Z": "impose" and "suspend" for "threaten"); empty for a verb that is no later member of one."""
    found = []
    node = verb
    for _ in range(4):
        if node.dep_ in ("conj", "advcl") and node.head.i < node.i and to_infinitive(node) and to_infinitive(
                node.head):
            node = node.head
        elif node.dep_ == "xcomp" and to_infinitive(node) and (earlier := [
                c for c in node.head.children if c.dep_ == "xcomp" and c.i < node.i and to_infinitive(c)]):
            node = earlier[-1]
        else:
            break
        found.append(node)
    return found


def listed_party_heads(verb: Any) -> list[Any]:
    """Heads naming the party of the earlier infinitives of a list ("to suspend its talks with X, to impose an
    embargo": X): the objects of "with", "to", "against", "on" or "for" on their objects, then those objects (not
    "the EU's links" before whom they are with); none for a verb with a phrase of its own that says whom or what
    it concerns ("to agree a pact with X and to put levies on timber shipments": the timber, not X)."""
    if own_partner_phrase(verb):
        return []
    heads = []
    for infinitive in earlier_infinitives(verb):
        for obj in (c for c in infinitive.children if c.dep_ in ("dobj", "obj", "dative")):
            heads += partner_objects(obj) + [obj]
    return heads


def partner_objects(head: Any) -> list[Any]:
    """The objects of the head's "with", "to", "against", "on" or "for" ("links with X", "tariffs on Y")."""
    return [c for p in head.children if p.dep_ == "prep" and p.lower_ in PARTNER_PREPS
            for c in p.children if c.dep_ == "pobj"]


def own_partner_phrase(verb: Any) -> bool:
    """True for a verb or an object of it with a phrase of "with", "to", "against", "on" or "for", whether or
    not it names a party ("to put levies on timber shipments", "to cut ties with the contractor")."""
    return any(partner_objects(h) for h in (verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj", "dative"))))


# A protest's target (PLOVER PROTEST: the party protested against) named by where or by whom it is held:
# - the body it is held outside, in front of or at ("picketed outside the ministry", "camped at the consulate");
# - the one a demand voiced with it asks to act ("occupied the square, insisting that the governor resign");
# - the firm or body its protesters work for ("cleaners at X's depots walked out", "nurses in the X health
#   trust stopped work").
SITE_PREPS = frozenset({"outside", "at"})
DEMANDING_VERBS = frozenset({"demand", "call", "urge", "insist", "ask", "press"})
# plain groups of people a protest's appeal asks to join or act with it ("urging voters to stay home"): its
# audience, not the party protested against
AUDIENCE_LEMMAS = frozenset({
    "citizen", "resident", "people", "person", "voter", "supporter", "public", "member", "follower", "fan",
    "commuter", "consumer", "shopper", "villager", "youth", "student", "worker", "everyone", "everybody",
    "compatriot", "neighbour", "neighbor", "other", "ally"})
# the people a strike or a protest is held by as a workplace's workforce: a trade or a post, or any "...worker"
WORKER_LEMMAS = frozenset({
    "worker", "staff", "employee", "workforce", "personnel", "crew", "driver", "nurse", "doctor", "physician",
    "surgeon", "midwife", "paramedic", "teacher", "lecturer", "professor", "academic", "pilot", "docker", "miner",
    "journalist", "reporter", "engineer", "technician", "cleaner", "guard", "firefighter", "labourer", "laborer",
    "operator", "attendant", "clerk", "porter", "mechanic", "machinist", "janitor", "cashier", "controller",
    "conductor", "carer", "caregiver", "researcher", "scientist", "librarian", "chef", "cook", "waiter"})
# the workforce nouns that are "of" their employer ("employees of X", "the staff of X"), unlike other trades
WORKFORCE_LEMMAS = frozenset({"worker", "staff", "employee", "workforce", "personnel", "crew"})
WORKPLACE_PREPS = frozenset({"at", "in"})  # "nurses at X", "teachers in the X district"; "of" for the workforce
PLACE_NAMES = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE"})  # "teachers in Leeds", "residents of Elm Street"


def protest_sites(verb: Any, noun: Any | None) -> list[Any]:
    """The bodies a protest is held outside, in front of or at, on its verb, its object or its event noun ("rallied
    outside the ministry", "staged a protest in front of parliament"), each followed by the words naming it ("the X
    police station": the police)."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))] + ([noun] if noun is not None else [])
    places = [c for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in SITE_PREPS
              for c in p.children if c.dep_ == "pobj"]
    places += [c for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
               for f in p.children if f.dep_ == "pobj" and f.lower_ == "front"
               for o in f.children if o.dep_ == "prep" and o.lower_ == "of" for c in o.children if c.dep_ == "pobj"]
    return [h for place in places for h in (place, *(c for c in place.children if c.dep_ == "compound"))]


def demanded_parties(verb: Any) -> list[Any]:
    """Who a demand voiced with an act is to act ("occupied the square, insisting that the governor resign",
    "marched, calling on the mayor to quit": the governor, the mayor): the active subject of a demanding
    participle's clause or the object of its "on"; not a pronoun, nor the subject of a passive ("demanding that
    the looters be jailed": the ones to be jailed are no party asked), nor a plain group of people, the appeal's
    audience ("calling on voters to stay home")."""
    heads = []
    for participle in verb.children:
        if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "xcomp", "conj", "acl") or (
                participle.lemma_.lower() not in DEMANDING_VERBS):
            continue
        heads += [s for c in participle.children if c.dep_ == "ccomp" for s in c.children
                  if s.dep_ == "nsubj" and s.pos_ != "PRON"]
        heads += [o for p in participle.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")
                  for o in p.children if o.dep_ == "pobj"]
    return [h for h in heads if h.lemma_.lower() not in AUDIENCE_LEMMAS]


def workplaces(subject: Any | None) -> list[Any]:
    """The firm or body the workers a subject names work at or in ("cleaners at X's depots", "dozens of nurses at
    X", "nurses in the X health trust"), or the one a workforce is "of" ("the employees of X"): the object of
    the preposition, named in part by a proper noun ("drivers at 14 depots" name no one body) and no place or
    date ("nurses in Leeds"), then its owner and compound words; empty for any other people ("members of a
    party", "families of the victims", "residents of an estate", "students from a university")."""
    if subject is None:
        return []
    heads = []
    for person in (subject, *counted_people(subject)):
        lemma = person.lemma_.lower()
        if not person_noun(person) or not (lemma in WORKER_LEMMAS or lemma.endswith("worker")):
            continue
        preps = WORKPLACE_PREPS | ({"of"} if lemma in WORKFORCE_LEMMAS or lemma.endswith("worker") else set())
        for place in (c for p in person.children if p.dep_ == "prep" and p.lower_ in preps
                      for c in p.children if c.dep_ == "pobj" and c.ent_type_ not in PLACE_NAMES):
            if any(t.pos_ == "PROPN" for t in place.doc[place.left_edge.i:place.i + 1]):
                heads += [place, *(c for c in place.children if c.dep_ in ("poss", "compound"))]
    return heads


# Nouns of trust a vote or a motion is "of" ("a vote of no confidence in the cabinet"): the party "in" it
TRUST_NOUNS = frozenset({"confidence", "trust"})


def distrusted(head: Any) -> list[Any]:
    """Whom a motion or a vote of (no) confidence is about ("put forward a no-confidence motion in the cabinet",
    "a vote of confidence in the premier": the cabinet, the premier): the object of "in" on the trust noun of
    the head's "of" phrase; empty for any other head."""
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
            for trust in p.children if trust.dep_ == "pobj" and trust.lemma_.lower() in TRUST_NOUNS
            for q in trust.children if q.dep_ == "prep" and q.lower_ == "in" for o in q.children if o.dep_ == "pobj"]


# Nouns of a message or a broadcast an act is made in ("in a posting on a forum", "in an interview with a radio
# station", "in a statement on its website"): the medium, no party to the act; the one it is sent "to" is its
# addressee ("wrote in a note to the board", "in a letter addressed to the governor": the board, the governor)
MEDIUM_NOUNS = frozenset({"post", "tweet", "statement", "message", "video", "interview", "broadcast", "blog",
                          "column", "article", "podcast", "posting", "update", "letter", "editorial", "op-ed"})
MEDIUM_PREPS = frozenset({"in", "via", "through"})


def in_medium(token: Any, verb: Any) -> bool:
    """True for a token inside the phrase of a message the act is made in, below the verb ("thanked the crew in a
    video on a streaming site": the site, the platform), but not inside its "to" phrase, bare or after a
    participle ("in a note to the council", "in a letter addressed to the council": the council, its addressee)."""
    node, below = token, token
    for _ in range(8):
        if node.head.i == node.i or node.i == verb.i:
            return False
        if node.dep_ == "pobj" and node.lemma_.lower() in MEDIUM_NOUNS and node.head.lower_ in MEDIUM_PREPS:
            return not addressed(below, node)
        below, node = node, node.head
    return False


def addressed(child: Any, message: Any) -> bool:
    """True for a child of a message noun that is its "to" phrase, bare or after a participle ("a note to X", "a
    letter addressed to X", "a message sent to X")."""
    if child.dep_ == "prep" and child.lower_ == "to":
        return True
    return child.dep_ == "acl" and child.tag_ == "VBN" and any(
        p.dep_ == "prep" and p.lower_ == "to" for p in child.children)


# Verbs of handing or bringing something to someone ("handed the crates back to two dealers", "brought food to
# the villages"): the one it goes "to" is the party, not whose the goods are
HANDING_VERBS = frozenset({"return", "deliver", "hand", "send", "give", "supply", "ship", "provide", "donate",
                           "transfer", "restore", "release"})


def handed_to(verb: Any) -> list[Any]:
    """The one a verb of handing over brings its thing to ("handed 40 crates of tiles back to a wholesaler":
    the wholesaler), when its object is a thing (no person, group or name); empty for any other verb."""
    if verb_lemma(verb) not in HANDING_VERBS or not any(
            c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and not person_noun(c) and c.ent_type_ == ""
            for c in verb.children):
        return []
    return [o for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
            for o in p.children if o.dep_ == "pobj"]
