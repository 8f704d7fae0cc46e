"""Dependency-tree helpers for the events stage: who acted, on whom, and how sure the text is of it."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_coordination import conjuncts as conjuncts  # re-exported: callers import it here
from newsgraph.extract.events_lexicon_words import MESSAGE_NOUNS
from newsgraph.extract.events_names import hyphen_name_start, phrase_end

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
INHERIT_DEPS = ("xcomp", "conj", "advcl", "pcomp", "acomp")
INFINITIVE_OF_NOUN_DEPS = ("relcl",)
NOMINAL_DEPS = ("csubj", "nsubj", "nsubjpass", "dobj", "obj", "pobj")  # a gerund standing where a noun would
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
STANCE_PREFIXES = frozenset({"anti", "pro", "non"})  # "anti-government protests" are not the government's
TARGET_PREPS = ("with", "to", "against", "on", "upon", "at", "into", "toward", "towards", "from", "over", "of",
                "between")
# "complain to X over Y": X is where the complaint is lodged, Y (what it is about) is its target
COMPLAINT_VERBS = frozenset({"complain", "protest"})
COMPLAINT_PREPS = ("over", "about", "against")
COMPLAINT_NOUNS = frozenset({"complaint", "grievance", "protest"})  # "filed a complaint at X over Y": likewise
RESTRICTION_NOUNS = frozenset({"curfew", "crackdown", "lockdown", "siege", "blockade", "emergency"})  # "in X"
NOUN_TARGET_PREPS = (*TARGET_PREPS, "by", "for")  # "crimes by X", "aid for X"
# agreements and talks: their "with" or "between" phrase names the partners, an "on", "over" or "for" phrase
# the matter agreed or talked about ("reached agreement on an interim cabinet", "talks on the future of X")
SETTLEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "understanding", "consensus",
                              "compromise", "talks", "negotiations", "negotiation", "discussions", "consultations",
                              "dialogue"})
PARTNER_PREPS = frozenset({"with", "between", "among", "by", "to"})
# nouns of backing whose party is named by a preposition of their own: "support behind X", "confidence in X"
BACKING_PREPS = {"support": "behind", "weight": "behind", "backing": "behind", "confidence": "in", "faith": "in"}
# verbs whose clause's subject is the party they act on: advice ("recommends that users upgrade") and help with a
# bare infinitive ("helped the guards put out fires", which the parser makes a clause of its own)
# (and a verdict: "found the six employees guilty", parsed as a small clause)
CLAUSE_PARTY_VERBS = frozenset({"recommend", "advise", "help", "assist", "find"})
PARTITIVE_HEADS = frozenset({"some", "many", "most", "several", "all", "none", "one", "each", "few", "dozens",
                             "hundreds", "thousands"})


def clause_party(verb: Any) -> Any | None:
    """The subject of a clause that names whom the verb acts on ("helped the police restore order": the police)."""
    if verb.lemma_.lower() not in CLAUSE_PARTY_VERBS:
        return None
    return next((partitive(s) for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"),
                None)


def partitive(token: Any) -> Any:
    """The people a count or quantifier picks from ("20 of the protesters", "some of the families": the
    protesters, the families), else the token itself."""
    if token.pos_ != "NUM" and token.lower_ not in PARTITIVE_HEADS:
        return token
    return next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), token)
NOUN_MODIFIER_DEPS = ("det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "predet", "advmod")
SPEECH_VERBS = frozenset({
    "say", "tell", "announce", "state", "add", "declare", "report", "claim", "insist", "note", "stress",
    "confirm", "reiterate", "write", "explain", "tweet", "indicate", "assert", "affirm", "reveal", "conclude",
})
# Verbs of a call, a charge or a stance that a speaker voices (general English usage), for ``speaker_conjunct``
VOICING_CONJUNCTS = frozenset({
    "call", "urge", "demand", "ask", "appeal", "accuse", "condemn", "criticise", "criticize", "blame", "vow", "pledge",
    "promise", "threaten", "warn", "reject", "welcome", "praise", "deny", "refuse", "insist", "press", "plead"})
INTENT_VERBS = frozenset({
    "plan", "intend", "aim", "expect", "prepare", "schedule", "set", "go", "want", "seek", "hope", "wish",
    "mean", "propose", "consider", "willing", "ready", "prepared", "determined", "eager", "poised", "due",
})
INTENT_NOUNS = frozenset({"willingness", "readiness", "intention", "determination"})
# Texts whose words are their author's act ("issued a statement condemning X", "moved a motion calling for Y";
# general English usage)
AUTHORED_NOUNS = MESSAGE_NOUNS | {"statement", "resolution", "motion", "communique", "communiqué", "declaration",
                                  "petition", "report", "editorial", "speech", "release", "bill", "decree", "memo",
                                  "memorandum", "submission", "advertisement", "address"}
AUTHORING_VERBS = frozenset({"issue", "move", "pass", "adopt", "sign", "send", "write", "deliver", "make", "give",
                             "draft", "submit", "approve", "introduce", "lodge", "file", "put"})
# Verbs that may hand on another's text ("the minister released a report criticising X": maybe the auditor's); the
# subject wrote it only when it is its own ("released its report", "published a statement")
HANDING_VERBS = frozenset({"release", "publish", "table", "present", "circulate", "post"})
OWN_WORD_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration", "release", "message", "motion",
                            "resolution", "bill"})  # "tabled a motion": a motion is its mover's
INTENT_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should", "can", "must", "'d"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# verbs whose object does what their infinitive says ("prompted X to make concessions": X makes them)
OBJECT_CONTROL_VERBS = frozenset({
    "urge", "ask", "order", "force", "invite", "press", "prompt", "push", "compel", "oblige", "persuade",
    "convince", "encourage", "allow", "permit", "enable", "lead", "tell", "pressure", "pressurise", "pressurize",
    "instruct", "direct", "authorize", "authorise", "require", "help", "get", "cause", "spur", "drive", "move",
})
# Verbs that voice a charge, a complaint or a demand, as a closing reporting clause may ("..., a group charged")
REPORTING_ACTS = SPEECH_VERBS | {"charge", "allege", "protest", "complain", "demand", "warn", "accuse", "argue",
                                 "contend", "counter", "deny"}
NEGATING_VERBS = frozenset({"fail", "reluctant", "unwilling", "hesitant", "loath"})  # "failed to", "reluctant to"


def is_passive(verb: Any) -> bool:
    """True for a passive verb ("was attacked", "duties levied by ...")."""
    if any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children):
        return True
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i and not any(
            c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children):
        return is_passive(verb.head)  # "was seized at the gate and led away"
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and not misparsed_clause(verb)) or reduced_passive(verb)


def reduced_passive(verb: Any) -> bool:
    """A participle clause that is a passive without its auxiliary ("two men appeared in court charged with
    murder", "he resigned, accused of fraud"): a past participle on a clause, with no subject, auxiliary or object
    of its own (not "having charged him", "she said, her voice raised")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in verb.children)


def instrumental_participle(verb: Any) -> bool:
    """True for a participle clause whose "by" names arms or vehicles ("entered the city, supported by tanks"):
    what the clause's subject acts with, neither a doer nor an act of its own."""
    from newsgraph.extract.events_actor_words import equipment

    agent = agent_of(verb) if reduced_passive(verb) else None
    return agent is not None and equipment(agent)


def misparsed_clause(verb: Any) -> bool:
    """A main clause parsed as a noun with a participle ("A statement called on X ..." as ROOT noun + acl)."""
    return misparsed_subject(verb) is not None


def reporting_appositive(verb: Any) -> bool:
    """A closing reporting clause parsed as an apposition with a participle ("X tortures Y, a rights group
    charged on Tuesday": "group" an apposition, "charged" its participle): the voicing verb ends the sentence
    and takes no object."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "appos" or verb.lemma_.lower() not in REPORTING_ACTS:
        return False
    before = head.left_edge.i - 1
    return before >= 0 and verb.doc[before].text == "," and verb.right_edge.i >= verb.sent.end - 2 and not any(
        c.dep_ in ("dobj", "obj", "agent") for c in verb.children)


def misparsed_subject(verb: Any) -> Any | None:
    """The subject of a main clause parsed as a participle on the sentence's noun root: the root ("A statement
    called on X"), or, when the participle hangs lower ("Nurses from two clinics donated and delivered X") and
    acts (it or a verb joined to it takes an object, or that verb is past tense), still the root."""
    if verb.dep_ != "acl" or any(c.dep_ == "agent" for c in verb.children):
        return None
    if reporting_appositive(verb):
        return verb.head
    if listed_verb(verb):
        return nearest_ancestor_subject(verb)
    root = verb.head
    while root.dep_ in ("pobj", "prep") and root.head.i != root.i:
        root = root.head
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN"):
        return None
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    acting = any(c.tag_ == "VBD" for c in joined) or any(
        c.dep_ in ("dobj", "obj") for v in (verb, *joined) for c in v.children)
    return root if root.i == verb.head.i or acting else None


# words that open a clause of time, parsed at times as prepositions with the clause's subject their object
TIME_CLAUSE_WORDS = frozenset({"after", "before", "since", "until", "till", "once", "when"})
CLAUSE_GAP_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def clause_subject_as_object(verb: Any) -> Any | None:
    """The subject of a clause of time parsed as the object of its opening word ("a day after the regulator sued
    him": "after" a preposition, "the regulator" its object, "sued" a clause of the main verb with no subject):
    that object, when only auxiliaries and adverbs stand between its phrase and the clause's verb."""
    if verb.dep_ != "advcl" or verb.pos_ != "VERB" or is_passive(verb) or any(
            c.dep_ == "mark" for c in verb.children):
        return None
    for child in verb.lefts:
        opener = child if child.dep_ == "prep" else next(
            (c for c in child.children if c.dep_ == "prep"), None) if child.dep_ == "npadvmod" else None
        if opener is None or opener.lower_ not in TIME_CLAUSE_WORDS:
            continue
        obj = next((c for c in opener.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if obj is None:
            continue
        gap = verb.doc[obj.right_edge.i + 1:verb.i]
        if all(t.dep_ in CLAUSE_GAP_DEPS and t.head.i == verb.i for t in gap):
            return obj
    return None


ORDER_NOUNS = frozenset({"order", "orders", "instruction", "instructions", "behest", "command"})


def agent_of(verb: Any) -> Any | None:
    """The "by X" agent of a passive verb, else the party on whose orders it was done ("was murdered on the
    orders of Y", "were arrested on Y's instructions"): PLOVER codes who ordered an act as its source."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    if not any(c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.children):
        return None  # whom it was done to must be named, not a clause misparsed as the subject
    for child in verb.children:
        if (noun := order_phrase(child)) is not None:
            return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None) or next(
                (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"), None)
    return None


def order_phrase(prep: Any) -> Any | None:
    """The order noun of a phrase saying on whose orders an act was done ("on the orders of Y", "at Y's
    behest"), else None: it names the act's source, never its target."""
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "at", "under"):
        return None
    return next((n for n in prep.children if n.dep_ == "pobj" and n.lower_ in ORDER_NOUNS), None)


def subject_of(verb: Any) -> Any | None:
    """The acting subject of a verb, inherited through infinitives, coordination and participles."""
    subject = _subject(verb, 0)
    if subject is None and verb.dep_ == "conj" and not is_passive(verb):
        subject = nearest_ancestor_subject(verb)
    if subject is None:
        subject = rootless_subject(verb)
    return subject


def rootless_subject(verb: Any) -> Any | None:
    """The subject of a main verb the parser hung, as a participle, on the last noun of a relative clause or an
    apposition before it ("The union, which represents 5,000 workers, called on X": "called" an ``acl`` of
    "workers", the sentence's root the noun "union"): a sentence with a noun for root has lost its main verb, and
    a past form after a comma that acts on something is it; None otherwise."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i >= verb.i:
        return None
    if any(c.dep_ in ("auxpass", "agent", "aux") for c in verb.children):
        return None  # "..., hit by the strike, ...": a participle of its own
    if not any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "dative") for c in verb.children):
        return None
    return root


def speaker_conjunct(verb: Any) -> Any | None:
    """The speech verb whose speaker voiced a call or a charge that the parser joined to a reported statement of how
    things are ("the family said he was unarmed and called for an inquiry": the family called), else None: the
    verb's conjunct is a copula reported by a speech verb of the same tense, and the verb voices something."""
    head = verb.head
    if verb.dep_ != "conj" or verb.lemma_.lower() not in VOICING_CONJUNCTS or head.dep_ != "ccomp" or any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if head.lemma_.lower() != "be" or not any(c.dep_ in ("acomp", "attr") for c in head.children):
        return None
    speech = head.head
    return speech if speech.lemma_.lower() in SPEECH_VERBS and speech.tag_ == verb.tag_ else None


def _subject(verb: Any, depth: int) -> Any | None:
    """``subject_of`` without the misparse fallback."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ == "it" and verb.pos_ == "ADJ":
                return None  # "making it simpler to ...": no actor
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return antecedent_of(child, verb.head)
            inner = next((c for c in child.children if c.dep_ in SUBJECT_DEPS), None) if child.pos_ == "VERB" else None
            return inner if inner is not None else child  # "The X based in Y said": X, misparsed
    if (misparsed := misparsed_subject(verb) or clause_subject_as_object(verb)) is not None:
        return misparsed
    if (doer := gerund_doer(verb)) is not None:
        return doer
    if is_passive(verb):
        agent = agent_of(verb)
        if agent is None and verb.dep_ == "conj" and is_passive(verb.head):
            return agent_of(verb.head)  # "was seized by the guards and led away": the guards
        return None if instrumental_participle(verb) else agent
    if (speech := speaker_conjunct(verb)) is not None:
        return _subject(speech, depth + 1)  # "X said he was unarmed and called for an inquiry": X called
    if depth < 4 and verb.dep_ in INHERIT_DEPS and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "ADJ"):
            head = head.head  # "pleaded guilty to attacking X": who pleaded attacked
            if (patient := timed_patient(verb.head, head)) is not None:
                return patient  # "was shot dead by police after attacking X": who was shot attacked
        if verb.dep_ == "xcomp" or verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                for c in verb.children):
            obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
            if obj is not None and head.lemma_.lower() in OBJECT_CONTROL_VERBS:
                return obj
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children):
            return None
        if verb.dep_ == "conj" and is_passive(head) and not is_passive(verb):
            return passive_patient(head)  # "X was charged ... and will step down": X steps down
        if verb.dep_ == "xcomp" and is_passive(head) and agent_of(head) is None:
            return passive_patient(head)  # "X is expected / was forced to sign": X signs
        return _subject(head, depth + 1)
    if depth < 4 and intended_by_noun(verb):  # "X expressed willingness to mediate": X mediates
        return _subject(verb.head.head, depth + 1)
    if depth < 4 and (author := text_author(verb)) is not None:
        return author
    if depth < 4 and infinitive_of_thing(verb):  # "converged for a rally to protest X": who converged
        governing = next((a for a in verb.head.ancestors if a.pos_ == "VERB"), None)
        return _subject(governing, depth + 1) if governing is not None else None
    if verb.dep_ == "relcl":
        return verb.head
    return None


# Prepositions of time whose gerund a passive's patient may do ("was shot by police after attacking X"); not
# "by", whose gerund is the means of the passive's agent ("was stopped by shelling X": the stopper shelled)
PATIENT_TIME_PREPS = frozenset({"after", "while", "upon", "on"})


def timed_patient(prep: Any, passive: Any) -> Any | None:
    """The patient of a passive that does the act its gerund of time names: only when the passive has an explicit
    agent and the patient can act ("the gunman was shot by soldiers after attacking X": the gunman attacked; not
    "the village was recaptured after shelling X", where the unnamed captors shelled)."""
    from newsgraph.extract.events_actor_words import agentive

    if prep.lower_ not in PATIENT_TIME_PREPS or not is_passive(passive) or agent_of(passive) is None:
        return None
    patient = passive_patient(passive)
    return patient if patient is not None and agentive(patient) else None


def listed_verb(verb: Any) -> bool:
    """A verb of a list parsed as a clause on the noun before its comma ("toured the port, called the envoy a
    thief and flew home"): finite, or acting on an object as no passive can; a participle after no comma
    ("migrants ordered out of X") qualifies the noun."""
    if verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    labels = [c for c in verb.children if c.dep_ == "oprd"]
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and (len(labels) > 1 or any(
        c.dep_ in ("dobj", "obj") for c in verb.children))


def gerund_doer(verb: Any) -> Any | None:
    """Who does what a gerund used as a noun names, by its "by" phrase ("shelling by the army destroyed X",
    "condemned the killing of X by Y")."""
    if verb.tag_ != "VBG" or verb.dep_ not in NOMINAL_DEPS:
        return None
    return next((c for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ == "by" for c in p.children
                 if c.dep_ == "pobj"), None)


def antecedent_of(pronoun: Any, head: Any) -> Any:
    """Who a relative "who" stands for: the clause's head noun, unless that is a thing and a name stands just
    before the pronoun ("a summit of X and the Zetland Front, who declined": the Front, misattached)."""
    if pronoun.lower_ not in ("who", "whom") or head.pos_ == "PROPN" or head.ent_type_ in NAME_LABELS:
        return head
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else pronoun
    if before.is_punct and before.i > 0:
        before = pronoun.doc[before.i - 1]
    return before if before.ent_type_ in NAME_LABELS and before.i > head.i else head


def text_author(verb: Any) -> Any | None:
    """The author of a text whose participle clause says what it does: the possessor or "from"/"by" party of
    the text ("X's statement condemning Y", "a letter from X urging Y"), else the subject of a verb that
    issues, moves or signs it ("X issued a statement condemning Y", "a resolution calling for Y was passed by
    X") or that speaks in it ("in a letter praising Y, X said"); None otherwise."""
    text = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or text.lemma_.lower() not in AUTHORED_NOUNS:
        return None
    for child in text.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    issuer = text.head
    if text.dep_ in ("dobj", "obj", "nsubjpass") and (issuer.lemma_.lower() in AUTHORING_VERBS or handed_own(
            issuer, text)):
        return _subject(issuer, 1)
    if text.dep_ == "pobj" and issuer.lower_ == "in" and issuer.head.pos_ == "VERB":
        return _subject(issuer.head, 1)  # "in a letter praising X, the minister said": the minister
    return None  # "reporters read the statement condemning X": the readers wrote nothing


def handed_own(verb: Any, text: Any) -> bool:
    """True for a text a handing verb passes on that is its subject's own words: a statement or message, or one
    with a possessive ("published its report"); "released a report criticising X" may hand on another's."""
    if verb.lemma_.lower() not in HANDING_VERBS:
        return False
    return text.lemma_.lower() in OWN_WORD_NOUNS or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in text.children)


def intended_by_noun(verb: Any) -> bool:
    """An infinitive after an object noun of intent ("expressed willingness to mediate")."""
    head = verb.head
    return (verb.dep_ == "acl" and head.lemma_.lower() in INTENT_NOUNS and head.dep_ in ("dobj", "obj")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def infinitive_of_thing(verb: Any) -> bool:
    """An infinitive qualifying a noun that names no actor ("a rally to protest X", "a bid to end Y")."""
    from newsgraph.actors.kb import knowledge_base

    if verb.dep_ not in INFINITIVE_OF_NOUN_DEPS or verb.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    return head.pos_ == "NOUN" and head.tag_ == "NN" and not head.ent_type_ and knowledge_base().role(
        head.lemma_) is None


def nearest_ancestor_subject(verb: Any) -> Any | None:
    """Subject of the closest governing verb, for coordinated verbs cut off by a misparse; not past speech."""
    for ancestor in verb.ancestors:
        if ancestor.lemma_.lower() in SPEECH_VERBS:
            return None
        if ancestor.pos_ == "VERB":
            subject = next((c for c in ancestor.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                return subject
    return None


def passive_patient(verb: Any) -> Any | None:
    """The patient of a passive verb: its passive subject, the noun it qualifies as a participle ("the army,
    backed by X": the army), or that of the passive it is coordinated with."""
    for child in verb.children:
        if child.dep_ in PASSIVE_SUBJECT_DEPS:
            return child
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and not misparsed_clause(verb):
        return verb.head
    if verb.dep_ == "conj" and verb.head.i != verb.i and is_passive(verb.head):
        return passive_patient(verb.head)  # "she was seized at the gate and led away": she
    if reduced_passive(verb):  # "two men appeared in court charged with murder": the men
        return passive_patient(verb.head) if is_passive(verb.head) else subject_of(verb.head)
    if verb.dep_ == "conj" and verb.head.i != verb.i and agent_of(verb) is not None and any(
            c.dep_ == "auxpass" for c in verb.children):
        return next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)  # "X fled but was caught by Y"
    return None


def objects_of(verb: Any, skip: Any = None) -> list[Any]:
    """Candidate targets in order: direct object (or the noun a relative pronoun object stands for),
    dative, then prepositional objects."""
    antecedent = relative_object(verb)
    found: list[Any] = [antecedent] if antecedent is not None else []
    preps: list[Any] = []
    for child in verb.children:
        if skip is not None and child.i == skip.i:
            continue
        if child.dep_ in ("dobj", "obj", "dative", "iobj") and child.pos_ in ("NOUN", "PROPN", "PRON"):
            found.append(child)
        elif child.dep_ in ("dobj", "obj") and (people := partitive(child)) is not child:
            found.append(people)  # "arrested 20 of the protesters": the protesters
        elif child.dep_ in ("prep", "dative") and order_phrase(child) is None and (child.lower_ in TARGET_PREPS or (
                child.lower_ in COMPLAINT_PREPS and verb.lemma_.lower() in COMPLAINT_VERBS)):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    preps.append(obj)
                elif obj.dep_ in ("pcomp", "pobj") and obj.pos_ == "VERB":  # "to sailors sheltering in ..."
                    preps.extend(c for c in obj.children if c.dep_ in SUBJECT_DEPS)
        elif child.dep_ == "conj" and child.pos_ == "PROPN" and child.i > verb.i:
            preps.append(child)  # "accused X of ... and Y of ...", Y misparsed as a conjunct of the verb
    if not found and (party := clause_party(verb)) is not None:  # "recommends that users upgrade": the users
        found.append(party)
    if complaint(verb):  # "complained to the council over X's tariffs": X is the target
        preps += [obj for venue in preps for p in venue.children if p.dep_ == "prep" and p.lower_ in COMPLAINT_PREPS
                  for obj in p.children if obj.dep_ == "pobj"]  # "a complaint at the WTO over X's ban", misparsed
        preps.sort(key=lambda obj: obj.head.lower_ not in COMPLAINT_PREPS)
    return found + preps


def complaint(verb: Any) -> bool:
    """A complaint voiced or lodged ("complained", "filed a complaint", "lodged a grievance")."""
    return verb.lemma_.lower() in COMPLAINT_VERBS or any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in COMPLAINT_NOUNS for c in verb.children)


def noun_objects(noun: Any, by: bool = True) -> list[Any]:
    """Targets hanging off an event noun: "talks with X", "sanctions on X", "X's invasion", "a curfew in X";
    with ``by`` False not its "by" phrase, which on the trigger's own noun names who acts ("ordered patrols
    by the police")."""
    found = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]  # "their meeting": the subject's
    restriction = noun.lemma_.lower() in RESTRICTION_NOUNS
    preps = NOUN_TARGET_PREPS if by else tuple(p for p in NOUN_TARGET_PREPS if p != "by")
    if noun.lemma_.lower() in SETTLEMENT_NOUNS or noun.lower_ in SETTLEMENT_NOUNS:
        preps = tuple(p for p in preps if p in PARTNER_PREPS)  # "reached agreement on a cabinet": its topic
    own = BACKING_PREPS.get(noun.lower_)
    for child in noun.children:
        if child.dep_ == "prep" and (
                child.lower_ in preps or (restriction and child.lower_ == "in") or child.lower_ == own):
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def relative_object(verb: Any) -> Any | None:
    """The noun a relative pronoun object stands for, for the relative clause's verb or its infinitive
    ("the truce, which X is willing to back": the truce; "the road which protesters blocked": the road)."""
    if any(c.dep_ in ("dobj", "obj") and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children):
        return None
    chain = chain_up(verb)
    clause = next((i for i, token in enumerate(chain) if token.dep_ == "relcl"), None)
    if clause is None:
        return None
    if any(c.dep_ in ("dobj", "obj") and c.lower_ in RELATIVE_PRONOUNS for t in chain[:clause + 1] for c in t.children):
        return chain[clause].head
    return contact_antecedent(verb)


# nouns a relative clause with no pronoun may tell the time, the place or the manner of ("the day the firm
# refused", "the way the army acted"), not what its verb was done to
CIRCUMSTANCE_NOUNS = frozenset({"time", "day", "week", "month", "year", "moment", "way", "reason", "place", "manner",
                                "night", "morning", "evening", "hour", "period", "era", "case"})


def contact_antecedent(verb: Any) -> Any | None:
    """The noun a relative clause with no relative pronoun and no object of its own is about, the object of its
    verb ("a request the company turned down", "the offer the board accepted": the request, the offer); None for
    a clause with a pronoun, an object or no subject of its own, or a noun of time, place or manner."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.lemma_.lower() in CIRCUMSTANCE_NOUNS or (
            noun.ent_type_ in ("DATE", "TIME")):
        return None
    if any(c.lower_ in RELATIVE_PRONOUNS | {"whose", "where", "when", "why"} or c.dep_ in ("dobj", "obj", "dative")
           or c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
    return noun if subject is not None and subject.i > noun.i else None


def stance_marked(token: Any) -> bool:
    """True for a word after "anti-" or "pro-" ("anti-government"): it names what the act is for or against."""
    doc, i = token.doc, token.i
    return token.left_edge.lower_ in STANCE_PREFIXES or (
        i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in STANCE_PREFIXES)


def noun_agents(noun: Any) -> list[Any]:
    """Who carries out an event noun that is a clause's subject ("nurses' rallies were held", "fighting
    broke out between X and Y", "X's talks", "strikes by X"): its possessor, a name or people noun before
    it, the objects of "by" and "between" on it or on its verb."""
    found = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    found += [c for c in noun.children if c.dep_ in ("compound", "amod") and (
        c.ent_type_ in ("NORP", "ORG", "PERSON", "GPE") or c.pos_ == "NOUN") and not stance_marked(c)]
    for holder in (noun, noun.head):
        for prep in (c for c in holder.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "between")):
            found += [c for c in prep.children if c.dep_ == "pobj"]
    return found


def mention_bounds(head: Any) -> tuple[int, int]:
    """Character bounds of the noun phrase headed by ``head``: its modifiers to the left, compounds to the right,
    and the rest of a name written with hyphens ("Lashkar-e-Taiba")."""
    left = head
    for child in head.lefts:
        if child.dep_ in NOUN_MODIFIER_DEPS or child.dep_ in ("cc", "conj", "punct"):
            left = min(left, child.left_edge, key=lambda t: t.i)
            break
    left = min(left, hyphen_name_start(head), key=lambda t: t.i)  # "Taiba" alone of "Lashkar-e-Taiba"
    right = phrase_end(head)
    return left.idx, right.idx + len(right.text)


def chain_up(verb: Any) -> list[Any]:
    """The verb and the verbs it is an infinitive or conjunct of, nearest first."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "conj", "acomp") and chain[-1].head.i != chain[-1].i and len(chain) < 5:
        chain.append(chain[-1].head)
    return chain


def carries_negation(verb: Any) -> bool:
    """The verb itself carries a negation ("did not", "never", "it is not up to Y"), whatever governs it."""
    return any(c.dep_ == "neg" or c.lower_ == "never" or c.dep_ == "advmod" and c.lower_ == "not"
               for c in verb.children)


def is_negated(verb: Any) -> bool:
    """A negation on the verb or on a verb that governs it as an infinitive ("did not agree to meet")."""
    for token in chain_up(verb):
        if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never",)) for c in token.children):
            return True
        if token.i != verb.i and token.lemma_.lower() in NEGATING_VERBS:
            return True
    return False


def under_speech(verb: Any, speech_verbs: frozenset[str] = SPEECH_VERBS) -> Any | None:
    """The speech verb (of ``speech_verbs``) whose clausal complement contains this verb ("X said (that) ...")."""
    token = verb
    for _ in range(4):
        if token.dep_ in ("ccomp", "parataxis") and token.head.lemma_.lower() in speech_verbs:
            return token.head
        if token.dep_ not in ("xcomp", "conj", "ccomp", "acomp") or token.head.i == token.i:
            return None
        token = token.head
    return None


def modality(verb: Any) -> str | None:
    """``intent`` for announced future action, ``hypothetical`` for conditional or possible action."""
    chain = chain_up(verb)
    for token in chain:
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children):
            return "hypothetical"
        auxes = {c.lower_ for c in token.children if c.dep_ == "aux"}
        if auxes & INTENT_AUX:
            return "intent"
        if "would" in auxes and under_speech(token) is not None:
            return "intent"
        if auxes & HYPOTHETICAL_AUX - {"can"}:
            return "hypothetical"
    for token in chain[1:]:
        if token.lemma_.lower() in INTENT_VERBS:
            return "intent"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("be",) and verb.head.lower_ in ("is", "are"):
        return "intent"
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in INTENT_NOUNS:
        return "intent"
    return None


CLAUSE_CONDITION_MARKS = frozenset({"if", "unless", "until"})  # "until": "will suspend aid until they free them"


def is_conditional_threat(verb: Any) -> bool:
    """An announced act made conditional on the other side ("will withdraw ... unless Y agrees", "would impose
    duties if Y did not lift its levies", "will suspend aid until they free the hostages")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CLAUSE_CONDITION_MARKS
                                         for m in c.children) for c in verb.children)


def clause_depth(verb: Any) -> int:
    """How many clause boundaries separate the verb from its sentence's main verb."""
    depth, token = 0, verb
    while token.head.i != token.i and depth < 8:
        if token.dep_ in ("advcl", "relcl", "acl", "xcomp", "pcomp", "csubj"):
            depth += 1
        token = token.head
    return depth


def time_for_act(verb: Any) -> bool:
    """The act of "it is time (for X) to act": a to-infinitive said of "time" that is what a clause is ("took time
    to meet them" did meet) or with its own subject after "for"; wished, not done."""
    return verb.dep_ in ("relcl", "acl", "advcl") and verb.head.lemma_.lower() == "time" and (
        verb.head.dep_ == "attr" or any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
