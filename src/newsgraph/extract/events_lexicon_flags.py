"""When a verb row's flag holds (the header of data/events/verbs.tsv), and the uses a lookup refuses: the predicates
that tell "ordered 20 jets" (a purchase) from "ordered troops to" (a command), a warning that threatens from one that
informs, a request from a question."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_deontic import voiced_clauses, voiced_demand
from newsgraph.extract.events_labour import caused_elsewhere, industrial_dispute, labour_party, walkout
from newsgraph.extract.events_lexicon import (
    against_phrase,
    event_noun,
    names_event,
    noun_coding,
    prep_object,
    stop_work,
    temporal,
)
from newsgraph.extract.events_lexicon_objects import (
    direct_object,
    lookup_object,
    names_party,
    passive_subject,
    person_like,
)
from newsgraph.extract.events_lexicon_words import (
    ADVERB_PARTICLES,
    CURRENCY_NOUNS,
    GOODS_NOUNS,
    GRIEVANCE_PREPS,
    MEDIA_NOUNS,
    PLACE_ENTITIES,
    PRICE_NOUNS,
    RELIEF_RECIPIENTS,
    SUSPECT_NOUNS,
    TRADE_VERBS,
    TRADED_FIRM_NOUNS,
)
from newsgraph.extract.events_offers import offered_party, place_on_body
from newsgraph.extract.events_sought import sought_suspect
from newsgraph.extract.events_syntax import (
    BACKING_PREPS,
    agent_of,
    clause_party,
    is_negated,
    is_passive,
    subject_of,
    under_speech,
)
from newsgraph.extract.events_talks import firm_signatory, state_signatory, talks_held

LEGAL_WORDS = frozenset({"legal", "court", "judicial"})  # "legal action", "court action"
SUMMONED_ACTS = frozenset({"appear", "testify"})  # "invited X to appear before the police"


def flag_holds(verb: Any, flag: str) -> bool:
    """Whether a row's flag allows this use of the verb (see the header of verbs.tsv)."""
    if flag.startswith("person"):
        obj = direct_object(verb) or passive_subject(verb) or clause_party(verb)
        if obj is None and verb.dep_ == "acl":
            obj = verb.head  # "numbers released by the department"
        if obj is None:  # "ripped into the minister", not "ripped into the film"; "on Monday" is no object
            obj = next((p for c in verb.children if c.dep_ == "prep" and (p := prep_object(c)) is not None and (
                person_like(p) or person_like(event_noun(p)))), None)
        person = obj is not None and (person_like(obj) or person_like(event_noun(obj)))
        if flag.startswith("person-captive"):
            return person and captive(obj) and (flag == "person-captive" or irregular_captor(verb))
        if flag == "person-forces-suspect":
            return person and suspected(verb, obj)
        return person and (flag != "person-over" or grievance(verb, obj))
    if flag == "named-partner":
        partners = [prep_object(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
        return not lasting(verb) and any(named_partner(p) for p in partners if p is not None)
    if flag == "legal-against":  # "taking legal action against the developer", not "took action against smugglers"
        obj = lookup_object(verb)
        return obj is not None and any(c.dep_ in ("amod", "compound") and c.lower_ in LEGAL_WORDS
                                       for c in obj.children) and (against_phrase(obj) or against_phrase(verb))
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
    if flag == "unruled":
        return is_negated(verb) and own_threat(verb)  # "has not ruled out strikes"
    if flag == "labour":  # "the union warned of disruptions over pay", not "the airline warned of disruptions"
        acts = [a for c in verb.children if c.dep_ == "prep" and (a := prep_object(c)) is not None]
        return own_threat(verb) and labour_threat(verb, acts) and not any(
            doer_phrase(c) for act in acts for c in act.children)  # not "disruptions by rival unions"
    if flag == "unruled-labour":  # "the union has not ruled out disruptions over pay", not "the airline has"
        return is_negated(verb) and own_threat(verb) and labour_threat(verb, [lookup_object(verb)])
    if flag == "statal":  # "the government was locked in talks with the rebels", not "children in discussions"
        return talks_held(verb)
    if flag == "named-deal":  # "completed its merger with Baltica", not "completed the acquisition of its rival"
        obj = lookup_object(verb)
        return obj is not None and any(c.dep_ == "prep" and c.lower_ in ("of", "with", "by") and (
            party := prep_object(c)) is not None and named_partner(party) for c in obj.children)
    if flag == "stop-work":  # "will hold stop-work meetings", not "held a meeting with the minister"
        obj = lookup_object(verb)
        return obj is not None and stop_work(obj)
    if flag == "verdict":  # "the jury found X guilty", "the magistrate found X failed to", not "police found a body"
        return verdict(verb)
    if flag == "entry-barred":  # "barred the journalists from entering", not "barred him from running"
        return barred_entry(verb)
    if flag == "control-leave":  # "ordered the ambassador to leave", not "ordered the ambassador to return"
        return ordered_to_leave(verb)
    if flag == "statal-sign":  # "Peru signed a treaty with Chile", not "the two firms signed an agreement"
        return state_signatory(verb)
    if flag == "firm-sign":  # "Apple signed distribution agreements with X", not "Peru and Chile signed a deal"
        return firm_signatory(verb)
    if flag == "walkout":  # "shunned work to protest the levy", not "young people shun farm work"
        return walkout(verb)
    if flag == "forces-sought":  # "hunting the gunman", not "searching for a missing girl"
        return sought_suspect(verb) is not None
    if flag == "body-place":  # "offered him a place on the ticket", not "offered her a seat"
        return place_on_body(verb)
    if flag == "offered-party":  # "put a new offer to the union", not "the landlord put an offer to the tenants"
        return offered_party(verb)
    if flag == "no-game":
        from newsgraph.extract.events_actor_words import sporting

        return not sporting(verb.sent)
    if flag == "intransitive":
        return direct_object(verb) is None
    if flag == "control-transitive":
        return any(c.dep_ in ("dobj", "obj", "xcomp") for c in verb.children)
    if flag == "control-inf":
        return has_infinitive(verb) and not briefing(verb)
    if flag == "control-inf-actor":
        return has_infinitive(verb) and actor_subject(verb)
    if flag == "backed-party":  # "threw its support behind X", "has confidence in X"; not "has a lot of confidence"
        obj = lookup_object(verb)  # nor "confidence in the market": the party backed is a name or people
        return obj is not None and any(
            c.dep_ == "prep" and c.lower_ == BACKING_PREPS.get(obj.lower_) and (party := prep_object(c)) is not None
            and (party.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or person_like(party)) for c in obj.children)
    if flag == "control-mandative":
        return has_infinitive(verb) or mandative_clause(verb)
    if flag == "control-advice":
        return has_infinitive(verb) and public_adviser(verb)
    if flag == "control-mandative-advice":
        return (has_infinitive(verb) or mandative_clause(verb)) and public_adviser(verb)
    if flag == "advice":
        return public_adviser(verb)
    if flag == "goods":
        return not has_infinitive(verb) and goods(traded_object(verb))
    if flag == "trade-deal":
        return trade_deal(verb)
    if flag == "sum":
        return money(obj := traded_object(verb)) and recipient_phrase(verb, obj)
    if flag == "as-label":  # "dismissed the move as a stunt", "dismissed the claims as false"
        return as_label(verb) is not None
    if flag == "named-joint":  # "Germany and Poland will work together", not "doctors and nurses work together"
        return named_joint(verb)
    if flag == "no-confidence":  # "tabled a motion of no confidence in X", not "a motion on farm subsidies"
        return no_confidence(lookup_object(verb))
    if flag == "price":  # "charges a visa fee", "charged customers $5"; not "charged the governor with fraud"
        return priced(verb)
    if flag == "state-doer":  # "Spain and Portugal froze their assets", not "the SEC froze the fund's assets"
        return state_doer(verb)
    if flag == "own-refusal":  # "detainees refused food"; not "guards refused food to the detainees" (withheld)
        return not any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    if flag == "doer":  # "police injured 20 workers", "were injured by police"; not "20 workers were injured"
        return not is_passive(verb) or agent_of(verb) is not None
    if flag == "armed":  # "retaliated with air strikes", "militants retaliated"; not "Beijing retaliated within hours"
        return armed_response(verb)
    if flag == "bare-particle":
        return not any(c.dep_ == "prep" and c.lower_ in ADVERB_PARTICLES and prep_object(c) is not None
                       for c in verb.children)
    return True


def named_partner(noun: Any) -> bool:
    """A partner named or placed by a state or a people ("Germany", "the Ugandan opposition", "the US Marines"),
    not a kind of people ("refugees", "a famous producer")."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or any(
        c.dep_ in ("amod", "compound", "nmod", "poss") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))
        for c in noun.children)


def named_joint(verb: Any) -> bool:
    """Joint doers of which one is a named partner (``named_partner``): coordinated subjects, those of an "of"
    phrase on the subject ("the ministers of Spain and Portugal"), or those of the speech verb that a "they"
    subject stands for ("X and Y said they would ...")."""
    from newsgraph.extract.events_coordination import conjuncts

    subject = subject_of(verb)
    if subject is not None and subject.lower_ in ("they", "we") and (speech := under_speech(verb)) is not None:
        subject = subject_of(speech)
    if subject is None:
        return False
    for head in [subject] + [p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" and (
            p := prep_object(c)) is not None]:
        members = conjuncts(head)
        if len(members) > 1 and any(named_partner(m) for m in members):
            return True
    return False


def captive(obj: Any) -> bool:
    """People who can be taken captive: not a place ("captured Kabul") nor a bare count of things ("captured
    three of the seats"); a count of people ("captured 20 of the fighters") is."""
    if obj.ent_type_ in PLACE_ENTITIES - {"NORP"}:
        return False
    if obj.pos_ == "NUM":
        of = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" and (p := prep_object(c))
                   is not None), None)
        return of is not None and person_like(of) and of.ent_type_ not in PLACE_ENTITIES
    return True


DURATION_NOUNS = frozenset({"year", "decade", "month", "century", "generation", "while", "time"})


def lasting(verb: Any) -> bool:
    """A perfect or progressive with a span or a starting point ("has worked with X for years", "have been working
    with Y since 1998"): a long-standing tie told as background, no act of the news."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if not (perfect or verb.tag_ == "VBG"):
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "since":
            return True
        span = prep_object(child) if child.dep_ == "prep" and child.lower_ == "for" else None
        if span is not None and span.lemma_.lower() in DURATION_NOUNS:
            return True
    return False


# the sectors of armed or criminal groups that are no state's forces (CAMEO REB, UAF, CRM, INS)
IRREGULAR_SECTORS = frozenset({"REB", "UAF", "CRM", "INS"})
ARMED_SECTORS = IRREGULAR_SECTORS | {"MIL", "PRM"}  # who bear arms: a retaliation of theirs is force
# the means of force a response is made with ("with air strikes", "by shelling the town")
FORCE_MEANS = frozenset({"strike", "airstrike", "rocket", "missile", "shell", "shelling", "fire", "gunfire", "attack",
                         "raid", "bomb", "bombing", "bombardment", "artillery", "mortar", "force", "drone", "barrage",
                         "salvo", "grenade", "tank", "troops", "shoot", "pound", "launch"})


# a state's bodies that impose its sanctions (general usage: the treasury freezes assets under a state's sanctions)
SANCTIONING_BODIES = frozenset({"treasury", "government", "administration", "cabinet"})


def state_doer(verb: Any) -> bool:
    """The doer, or one of joint doers, is a state or a body of states by name: a place or people entity
    ("Spain", "Washington") or a name the actor knowledge base knows as an international body ("the EU")."""
    from newsgraph.actors.kb import knowledge_base
    from newsgraph.extract.events_coordination import conjuncts

    doer = agent_of(verb) or subject_of(verb)
    if doer is None:
        return False
    for member in conjuncts(doer):
        if member.ent_type_ in ("GPE", "NORP"):
            return True
        name = " ".join(t.text for t in member.subtree if t.dep_ == "compound" or t.i == member.i)
        actor = knowledge_base().org(name) if member.pos_ == "PROPN" else None
        if actor is not None and actor.sector == "IGO":
            return True
        if member.lemma_.lower() in SANCTIONING_BODIES and any(c.dep_ in ("compound", "poss", "amod") and (
                c.ent_type_ in ("GPE", "NORP") or knowledge_base().country(c.text)) for c in member.children):
            return True  # "the US Treasury", "Britain's Treasury": a state's government, not its market regulator
    return False


def armed_response(verb: Any) -> bool:
    """A retaliation by force: its means named in a "with" or "by" phrase ("retaliated with air strikes", "by
    shelling the town"), or its doer an armed party by its head noun ("the rebels retaliated"); a state or a firm
    retaliating is not said to use force ("Beijing retaliated within hours": by trade measures, often). A
    retaliation still ahead ("vowed to retaliate", "said it would retaliate") is kept: its intent is a threat."""
    if any(c.dep_ == "aux" and c.lower_ in ("to", "will", "would", "'ll", "shall") for c in verb.children):
        return True
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "by"):
            means = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if any(m.lemma_.lower() in FORCE_MEANS or m.lower_ in FORCE_MEANS for m in means):
                return True
    return doer_sector(verb) in ARMED_SECTORS


def doer_sector(verb: Any) -> str | None:
    """The sector the head noun of a verb's doer (its "by" agent, else its subject) names in the knowledge base's
    roles ("the rebels", "gunmen"), None when it names none."""
    from newsgraph.actors.kb import knowledge_base

    doer = agent_of(verb) or subject_of(verb)
    if doer is None:
        return None
    kb = knowledge_base()
    role = kb.role(doer.lower_) or kb.role(doer.lemma_)
    return role.sector if role is not None else None


def irregular_captor(verb: Any) -> bool:
    """The captor is a rebel, militant or criminal group by its head noun ("rebels captured two aid workers",
    "were captured by gunmen"): it takes hostages (abduction), it does not arrest; an army or police arrests."""
    return doer_sector(verb) in IRREGULAR_SECTORS


def grievance(verb: Any, obj: Any) -> bool:
    """A phrase of what someone is criticised for, on the verb or its object ("hammered the senator over his votes",
    "tore into the minister for his response"); a result ("hammered Italy 40-10 on Saturday") has none, and a
    sentence about a game has none ("hammered Italy 40-10 for their third win")."""
    from newsgraph.extract.events_actor_words import sporting

    return not sporting(verb.sent) and any(
        c.dep_ == "prep" and c.lower_ in GRIEVANCE_PREPS and prep_object(c) is not None and not temporal(c)
        for head in (verb, obj) for c in head.children)


SUSPICION_PREPS = frozenset({"over", "regarding"})  # "over the robbery"; "in connection with" by its noun
PLAIN_PERSON_NOUNS = frozenset({"man", "woman", "boy", "girl", "teenager", "youth", "person", "people"})


def suspected(verb: Any, obj: Any) -> bool:
    """A person questioned as a suspect: one named as such ("the suspect"), questioned over an offence ("a man over
    the robbery", "in connection with the fire"), or a person the report leaves unnamed and unplaced ("a
    21-year-old man"); not the people asked what they know ("residents about the fire", "the injured woman")."""
    if obj.lemma_.lower() in SUSPECT_NOUNS:
        return True
    if any(suspicion_phrase(c) for head in (verb, obj) for c in head.children):
        return True
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "nummod" for c in obj.children)
    undergone = any(c.dep_ == "amod" and c.tag_ == "VBN" for c in obj.children)  # "an injured man"
    return indefinite and not undergone and obj.lemma_.lower() in PLAIN_PERSON_NOUNS


def suspicion_phrase(prep: Any) -> bool:
    """A phrase of the offence someone is questioned over ("over the robbery", "in connection with the fire")."""
    if prep.dep_ != "prep" or (inner := prep_object(prep)) is None:
        return False
    if prep.lower_ in SUSPICION_PREPS:
        return not temporal(prep)  # not "over the weekend"
    return prep.lower_ == "in" and inner.lemma_.lower() in ("connection", "relation")


def actor_subject(verb: Any) -> bool:
    """True for a subject that can persuade: a person, a group or a body ("Chile encouraged Peru to ...", "the
    minister pushed Y to ..."), not a cause ("low interest rates encouraged buyers to borrow")."""
    from newsgraph.extract.events_actor_words import agentive, person_noun

    subject = subject_of(verb)
    return subject is not None and agentive(subject) and (
        subject.tag_ != "NNS" or subject.ent_type_ != "" or person_noun(subject))


INVESTIGATOR_SECTORS = frozenset({"COP", "JUD"})  # police, prosecutors, courts
INVESTIGATOR_NOUNS = frozenset({"investigator", "detective", "coroner", "inquiry", "inspector", "examiner"})


def own_threat(verb: Any) -> bool:
    """True for a hostile act left open that its subject would do itself: the act noun has no doer of its own ("a
    strike by nurses", "the gangs' raids"), and the subject is no investigator, who rules causes in or out ("police
    have not ruled out a raid by rival gangs": no threat)."""
    obj = lookup_object(verb)
    if obj is not None and any(c.dep_ == "poss" and c.pos_ != "PRON" or doer_phrase(c) for c in obj.children):
        return False
    if any(doer_phrase(c) for c in verb.children):
        return False  # "ruled out a strike by nurses", the parser hanging "by nurses" on the verb
    subject = subject_of(verb)
    return subject is None or not investigator(subject)


def labour_threat(verb: Any, acts: list[Any | None]) -> bool:
    """A union, its officials or workers threatening disruption in an industrial dispute ("the union warned of
    a shutdown if the airline rejects the offer"), not forecasting an outage with another cause or purpose ("staff
    warned of a shutdown of the website for maintenance", "disruptions caused by the new software")."""
    return labour_party(subject_of(verb)) and industrial_dispute(verb) and not any(
        caused_elsewhere(verb, act) for act in acts or [None])


def doer_phrase(prep: Any) -> bool:
    """A "by" phrase naming another doer ("by nurses"), not a means ("by striking") nor the subject's own people
    ("a strike by its members")."""
    party = prep_object(prep) if prep.dep_ in ("prep", "agent") and prep.lower_ == "by" else None
    return party is not None and party.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in party.children)


def investigator(head: Any) -> bool:
    """A head naming police, prosecutors, a court or an investigator ("police", "the coroner", "detectives")."""
    from newsgraph.extract.events_actor_words import token_role

    if head.lemma_.lower() in INVESTIGATOR_NOUNS:
        return True
    role = token_role(head)
    return role is not None and role.sector in INVESTIGATOR_SECTORS


def recipients(verb: Any) -> list[Any]:
    """Who gets what the verb hands over: a "to", "for" or "among" phrase on the verb or its object, or an indirect
    object ("handed the evacuees blankets")."""
    obj = lookup_object(verb)
    found = []
    for c in [*verb.children, *(obj.children if obj is not None else ())]:
        if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            found.append(c)
        elif c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for", "among") and (p := prep_object(c)) is not None:
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
        p for c in calls.children if c.dep_ == "prep" and c.lower_ == "from" and (p := prep_object(c)) is not None]
    return any(names_party(p) and not {t.lemma_.lower() for t in p.subtree} & MEDIA_NOUNS for p in callers)


def addressee(verb: Any) -> bool:
    """A party an appeal is made to: "with", "to" or "from" a party, on the verb or in its phrases ("pleaded with
    donors for help", "pleaded for help from the UN"), not "the family pleaded for help to find their dog"
    or "for help with bills"."""
    heads = [verb] + [p for c in verb.children if c.dep_ == "prep" and (p := prep_object(c)) is not None]
    return any(c.dep_ == "prep" and c.lower_ in ("with", "to", "from") and (p := prep_object(c)) is not None
               and (p.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or person_like(p))
               for head in heads for c in head.children)


def summoned(verb: Any) -> bool:
    """An invitation to appear or testify before a body ("invited X to appear before the panel"); a summons only
    when a body that investigates issues it or hears it (see ``investigating`` in events_recoding)."""
    return summoning_body(verb) is not None


def summoning_body(verb: Any) -> Any | None:
    """The body one is invited to appear or testify before, or whose it is ("to appear before the panel": the
    panel; "before the judges of the quiz show": the show, whose judges are no court)."""
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in SUMMONED_ACTS]
    body = next((b for c in acts for p in c.children
                 if p.dep_ == "prep" and p.lower_ == "before" and (b := prep_object(p)) is not None), None)
    if body is None:
        return None
    owners = [c for c in body.children if c.dep_ == "poss"] + [
        o for c in body.children if c.dep_ == "prep" and c.lower_ == "of" and (o := prep_object(c)) is not None]
    return owners[0] if owners else body


# entering a country or a place: what a party barred from it is refused (PLOVER REJECT: barring a group from entering)
ENTRY_WORDS = frozenset({"enter", "entry", "land", "landing", "cross", "visit", "access", "return"})
LEAVING_VERBS = frozenset({"leave", "depart", "quit", "exit"})  # "ordered the envoy to leave": an expulsion


# a verdict's findings: guilt or liability named, or a breach of duty ("found the firm failed to", "had breached")
GUILT_WORDS = frozenset({"guilty", "liable", "culpable", "negligent", "responsible"})
BREACH_VERBS = frozenset({"fail", "breach", "violate", "break", "contravene", "infringe", "neglect", "flout"})
COURT_WORDS = frozenset({"jury", "jurors", "court", "judge", "magistrate", "tribunal", "justice", "panel"})


def verdict(verb: Any) -> bool:
    """A court's finding of guilt (PLOVER SANCTION convict): a court, judge, magistrate, tribunal or jury finds a
    party guilty or liable ("the jury found X guilty", "X was found guilty by the court") or finds that it failed or
    breached a duty ("the magistrate found the firm failed to provide rails"); not "police found a body"."""
    from newsgraph.extract.events_actor_words import token_role

    judge = subject_of(verb) if not is_passive(verb) else next(
        (p for c in verb.children if c.dep_ == "agent" and (p := prep_object(c)) is not None), None)
    if judge is None:
        return False
    role = token_role(judge)
    court = judge.lemma_.lower() in COURT_WORDS or (role is not None and role.sector == "JUD") or any(
        t.dep_ == "compound" and t.lemma_.lower() in COURT_WORDS for t in judge.subtree if t.i < judge.i)
    if not court:
        return False
    return any(c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and (
        c.lemma_.lower() in GUILT_WORDS or c.lemma_.lower() in BREACH_VERBS) and not any(
        n.dep_ == "neg" for n in c.children) for c in verb.children)  # "found the firm not liable": no verdict


def barred_entry(verb: Any) -> bool:
    """A party barred from entering: a "from" phrase on the verb or on its object naming entry ("barred X from
    entering the country", "from entry"); not "barred X from running for office"."""
    heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.lemma_.lower() in ENTRY_WORDS or g.lower_ in ENTRY_WORDS for g in c.children if g.dep_ in ("pcomp", "pobj"))
        for head in heads for c in head.children)


def ordered_to_leave(verb: Any) -> bool:
    """An infinitive of leaving ("ordered the ambassador to leave the country")."""
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in LEAVING_VERBS and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def has_infinitive(verb: Any) -> bool:
    """A to-infinitive complement ("told them to leave", "required the firms to file"), not a that-clause."""
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               or c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)


# people told things in a briefing, and what they are told to do when it is only to wait for news: "told
# reporters to expect a decision", "told the crowd to watch for an announcement" is a statement, not a request
AUDIENCE_NOUNS = frozenset({"reporter", "journalist", "media", "press", "crowd", "audience", "supporter", "listener",
                            "viewer", "reader", "correspondent"})
EXPECTING_VERBS = frozenset({"expect", "anticipate", "await", "wait", "watch", "note", "look", "stay", "brace"})


def briefing(verb: Any) -> bool:
    """An audience told what to expect ("told reporters to expect a decision on Friday"): its object is a
    press or public audience, or its infinitive is one of waiting for news; no request is made of a party."""
    told = direct_object(verb)
    if told is not None and told.lemma_.lower() in AUDIENCE_NOUNS:
        return True
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in EXPECTING_VERBS for c in verb.children)


# professions whose advice is daily life, not news of public acts: "doctors advise patients to rest", "experts
# recommend that children sleep more", "the magazine recommends", "the teacher warned against sugar"
EVERYDAY_ADVISER_SECTORS = frozenset({"HLH", "EDU", "MED", "CVL"})
# What joins a demanded act to what follows if it is not done ("must withdraw or face sanctions", "... unless it
# wants war"); "if" sets a condition of the demand, no consequence ("must withdraw if it wants talks")
CONSEQUENCE_WORDS = frozenset({"or", "otherwise", "else"})
CONSEQUENCE_MARKS = frozenset({"unless", "otherwise", "else"})


def public_adviser(verb: Any) -> bool:
    """Whether advice comes from a party whose advice is news: a name, a state's or a people's party, a public
    body or a firm; not an everyday adviser of a profession with no country ("doctors", "experts")."""
    from newsgraph.extract.events_actor_words import token_role

    adviser = subject_of(verb)
    if adviser is None or adviser.pos_ == "PROPN" or adviser.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if any(c.ent_type_ in ("NORP", "GPE") for c in adviser.subtree):
        return True
    role = token_role(adviser)
    return role is None or role.sector not in EVERYDAY_ADVISER_SECTORS


def mandative_clause(verb: Any) -> bool:
    """A that-clause saying what a party should do: a subjunctive ("recommends that users upgrade", also when
    tagged as a present or a noun) or "should" ("that the firms should wait"); not a report in the past, the
    third person or the perfect ("recommended that the talks had failed")."""
    return any(c.dep_ == "ccomp" and any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
               and c.tag_ not in ("VBD", "VBZ", "VBN", "VBG")
               and all(a.lower_ == "should" for a in c.children if a.dep_ in ("aux", "auxpass"))
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
    part = next((prep_object(c) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return part is None or goods(part)  # "ordered 55", "55 of the new jets", not "300 of its soldiers"


def money(obj: Any | None) -> bool:
    """A sum of money: "$3 billion", "500 million euros"."""
    if obj is None:
        return False
    head = event_noun(obj)
    return obj.ent_type_ == "MONEY" or head.ent_type_ == "MONEY" or head.lemma_.lower() in CURRENCY_NOUNS


def as_label(verb: Any) -> Any | None:
    """What an "as" phrase in the verb's clause calls its object ("dismissed the move as a stunt": stunt; "the
    claims as baseless": baseless, the parser may hang the phrase on the object or on a participle qualifying it:
    "the sanctions imposed by X as interference"), or None."""
    for token in verb.subtree:
        if token.lower_ != "as" or token.i < verb.i:
            continue
        label = prep_object(token) if token.dep_ == "prep" else token.head if token.dep_ == "advmod" else None
        if label is None or label.pos_ not in ("NOUN", "ADJ", "PROPN"):
            continue
        node = token.head
        while node.i != verb.i and (node.pos_ not in ("VERB", "AUX") or node.dep_ == "acl") and node.head.i != node.i:
            node = node.head
        if node.i == verb.i:
            return label
    return None


def no_confidence(obj: Any | None) -> bool:
    """A motion or vote of no confidence: "no confidence" in its phrase ("a motion of no confidence in X", "a
    no-confidence vote")."""
    if obj is None:
        return False
    words = [t.lower_ for t in obj.subtree]
    return "no-confidence" in words or any(a == "no" and b in ("confidence", "-") for a, b in zip(
        words, words[1:], strict=False))


def priced(verb: Any) -> bool:
    """A price asked: a sum or a price noun as the verb's object, or as the object of its indirect object ("charged
    customers $5", "charges passengers a fee", "charges a visa fee of $35")."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative", "npadvmod")]
    heads += [g for h in heads for g in h.children if g.dep_ in ("dobj", "obj")]
    return any(money(h) or event_noun(h).lemma_.lower() in PRICE_NOUNS for h in heads)


def recipient_phrase(verb: Any, obj: Any) -> bool:
    """A "to" or "for" phrase naming who gets a sum, on the verb or on the sum ("$3bn to X", "$2m for X")."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") and prep_object(c) is not None
               for head in (verb, obj) for c in head.children)


def trade_deal(verb: Any) -> bool:
    """A deal signed to buy, sell or supply goods ("signed a deal to buy 20 jets"), the infinitive on the deal
    or on the verb, an order for goods, or counted orders from a named buyer ("booked 12 orders from Vantor")."""
    if verb.lemma_.lower() in SELLER_ORDER_VERBS and not buyer_named(verb):
        return False  # "has now booked 292 orders for the jet": a seller's tally, no sale to anyone named
    return trade_clause(verb) or for_goods(verb) or sales_orders(verb)


# verbs of orders on the seller's side: with no buyer named, the orders are a tally ("has booked 292 orders for
# the jet, against 677 for its rival"), not a sale (GUIDELINE, MEANTIME: the buyer is the source of an order)
SELLER_ORDER_VERBS = frozenset({"book", "receive"})


def buyer_named(verb: Any) -> bool:
    """A named buyer of the orders: "from X" on the verb, its object or the goods ordered ("booked 12 orders
    from Vantor", "received an order for 20 jets from Vantor")."""
    clauses = deal_clauses(verb)
    clauses += [g for c in clauses if c.dep_ == "prep" and c.lower_ == "for" and (goods_ := prep_object(c)) is not None
                for g in goods_.children]
    return any(c.dep_ == "prep" and c.lower_ == "from" and (buyer := prep_object(c)) is not None
               and named_buyer(buyer) for c in clauses)


def trade_clause(verb: Any) -> bool:
    """A clause of buying, selling or supplying on the verb or its object ("a deal to buy 20 jets")."""
    return any(c.dep_ in ("acl", "relcl", "xcomp", "advcl") and c.lemma_.lower() in TRADE_VERBS
               for c in deal_clauses(verb))


def for_goods(verb: Any) -> bool:
    """A "for" phrase naming goods on the verb or its object ("placed an order for 50 jets")."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and goods(prep_object(c)) for c in deal_clauses(verb))


def sales_orders(verb: Any) -> bool:
    """Counted orders from a named buyer ("received 12 orders from Vantor"); whether both parties are firms is
    left to the resolved actors (see ``orders_only``)."""
    obj = lookup_object(verb)
    return obj is not None and counted_orders(obj) and any(
        c.dep_ == "prep" and c.lower_ == "from" and (buyer := prep_object(c)) is not None and named_buyer(buyer)
        for c in deal_clauses(verb))


def orders_only(verb: Any) -> bool:
    """A trade deal known only by counted orders from a buyer, with no goods nor trade clause named: a sale
    only when the parties are firms ("the ambassador received 3 orders from the ministry" is a command)."""
    return sales_orders(verb) and not trade_clause(verb) and not for_goods(verb)


def deal_clauses(verb: Any) -> list[Any]:
    """The dependents of a deal verb and of its object."""
    obj = lookup_object(verb)
    return list(verb.children) + (list(obj.children) if obj is not None else [])


def counted_orders(noun: Any) -> bool:
    """Orders with a count ("35 orders"), not commands ("new orders", "orders to withdraw")."""
    return noun.lemma_.lower() == "order" and any(c.dep_ == "nummod" for c in noun.children) and not any(
        c.dep_ in ("acl", "relcl") for c in noun.children)


def named_buyer(noun: Any) -> bool:
    """A named party ("orders from Vantor"), not customers at large nor a capital giving commands."""
    return noun.ent_type_ == "ORG" or noun.pos_ == "PROPN" and noun.ent_type_ not in ("GPE", "LOC", "NORP")


def asks_question(verb: Any) -> bool:
    """A question, not a request: "asked whether X had fired", "asked if Y would come"."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
               for c in verb.children)


def is_threat(verb: Any) -> bool:
    """A warning that threatens: of consequences, against someone, to someone, or of what the warner will do; not
    one that only says what the other side must do ("warned Y that it must withdraw": a demand, events_deontic),
    unless it names what follows ("... or face sanctions")."""
    if warned_demand(verb):
        return False
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
            if subject is not None and auxes & {"will", "would", "'ll", "shall"} and hostile_act(subject) and (
                    consequence(child)):
                return True  # "warned that the walkouts would spread unless management ...": its own act, on terms
    return False


HOSTILE_ACT_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE", "SANCTION", "THREATEN"})


def hostile_act(noun: Any) -> bool:
    """An event noun of a hostile act ("the walkouts", "attacks", "sanctions"), not a state of things ("the
    economy")."""
    coding = noun_coding(noun) if noun.pos_ == "NOUN" and names_event(noun) else None
    return coding is not None and coding.type in HOSTILE_ACT_TYPES


def warned_demand(verb: Any) -> bool:
    """True for a warning whose clause is a demand with no consequence named ("warned Y that it must withdraw",
    "... must withdraw its soldiers or police", "... must withdraw if it wants talks"; not "warned Y that it must
    withdraw or face sanctions", nor "... unless it wants war")."""
    demands = [d for c in voiced_clauses(verb) if (d := voiced_demand(c)) is not None]
    return bool(demands) and not any(consequence(d.act) for d in demands)


def consequence(act: Any) -> bool:
    """True for a demanded act joined to what follows if it is not done: a verb after "or", "else" or "otherwise"
    ("must withdraw [or] face sanctions") or a clause marked "unless" or "otherwise" ("... unless it wants war")."""
    for child in act.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and any(
                t.lower_ in CONSEQUENCE_WORDS for t in act.doc[max(child.left_edge.i - 2, act.i):child.left_edge.i]):
            return True  # the parser may hang the "or" on the act's object ("withdraw the police [or] face ...")
        if child.dep_ in ("advcl", "conj") and any(
                m.dep_ in ("mark", "advmod", "cc") and m.lower_ in CONSEQUENCE_MARKS for m in child.children):
            return True
    return False
