"""What recodes or drops a coded trigger, given its parties and its clause: a protest voiced by a state or an
organisation is ACCUSE, forces taking to the streets MOBILIZE, a state blocking a road COERCE; willingness to
yield is AGREE, peacekeepers arriving give AID, a measure that would sanction threatens; an act of state power
whose parties are all private and at home is no political event."""

from __future__ import annotations

from typing import Any

from newsgraph.extract.events_actors import Mention
from newsgraph.extract.events_lexicon import Coding, Match, names_event, prep_object, verb_lemma
from newsgraph.extract.events_lexicon_objects import direct_object, person_like
from newsgraph.extract.events_syntax import chain_up, reporting_appositive

# thanks or praise under "would like to", "want to" are given by saying so ("I want to thank our teams")
PERFORMATIVE_VERBS = frozenset({"thank", "congratulate", "praise", "commend", "salute", "welcome"})
VERBAL_PROTEST = Coding("ACCUSE", "disapprove", "11")
WILLINGNESS_CODING = Coding("AGREE", None, "03")
WILLINGNESS = frozenset({"willing", "ready", "prepared", "eager", "happy", "open"})
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "ELI", "IGO", "NGO"})
STATE_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "IGO"})  # a state, its organs, their unions
THREAT_CODING = Coding("THREATEN", None, "13")
PEACEKEEPING_CODING = Coding("AID", None, "07")  # CAMEO 074: provide military protection or peacekeeping
# Armed forces or police taking to the streets deploy; PLOVER codes that MOBILIZE (CAMEO 15), not PROTEST
FORCES_DEPLOY = {"MIL": Coding("MOBILIZE", "troops", "15"), "COP": Coding("MOBILIZE", "police", "15")}
# A state, its government, armed forces or police blocking a road or a border restrict movement (CAMEO 191,
# PLOVER COERCE restrict); civilians blocking one protest (PROTEST obstruct)
STATE_OBSTRUCTION = Coding("COERCE", "restrict", "17")
STATE_FORCE_SECTORS = frozenset({"MIL", "COP"})  # a state's armed forces and police
FORCE_SECTORS = STATE_FORCE_SECTORS | {"PRM"}  # PLOVER MOBILIZE: troops, police, militia
OBSTRUCTING_STATE_SECTORS = STATE_FORCE_SECTORS | {"GOV"}
# who may summon for questioning (GUIDELINE: a police summons is ACCUSE investigate): police, courts and
# prosecutors, intelligence services, or a body named for investigating ("the anti-graft unit")
INVESTIGATING_SECTORS = frozenset({"COP", "JUD", "SPY"})
INVESTIGATING_WORDS = frozenset({"police", "prosecutor", "prosecution", "investigator", "detective", "graft",
                                 "anticorruption", "corruption"})  # the parser splits "anti-graft" at the hyphen
# Acts of state power, of armed force or of aid: with only private parties on both sides (firms, farmers,
# tenants, workers, crowds) they are business or daily life, not political events ("the airline trained 200
# pilots", "the company tightened cost controls", "the tenant vacated the building", "farmers burned fields")
# public collective acts a concession can call off or end
ABANDONED_ACTS = frozenset({"strike", "protest", "blockade", "walkout", "demonstration", "march", "rally", "boycott",
                            "occupation", "sit-in", "stoppage"})
STATE_ACT_TYPES = frozenset({"AID", "RETREAT", "MOBILIZE", "COERCE", "SANCTION", "CONCEDE"})
PUBLIC_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "POL", "PTY", "REB", "UAF", "IGO", "NGO", "OPP", "SPY",
                            "INS", "ELI", "PRM", "IMG", "CRM"})
MEASURE_NOUNS = frozenset({"bill", "law", "act", "legislation", "resolution", "plan", "proposal", "measure",
                           "amendment", "motion", "draft", "decree", "ordinance"})


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


def self_contained(match: Match) -> bool:
    """True for an act that has no party on the other end unless an object names one: a resignation,
    or agreeing to an act of one's own ("the mayor agreed to step down"), or an accord signed ("signed the
    treaty in Berlin": where it was signed is no party; a partner "with" it still is)."""
    if match.coding.mode == "resign":
        return True
    if match.coding.flag == "statal-sign":
        return not any(t.dep_ == "prep" and t.lower_ in ("with", "between") for t in match.verb.subtree)
    return match.coding.type == "AGREE" and any(c.dep_ == "xcomp" for c in match.verb.children)


def public(mention: Mention) -> bool:
    """A state, a public body, an armed, criminal or political group or an international body: not a private
    party."""
    sector = mention.actor.sector
    return sector in PUBLIC_SECTORS or (sector is None and mention.actor.country is not None)


def private_affair(coding: Coding, parties: list[Mention]) -> bool:
    """An act of state power, force or aid whose every party is private and at home (see STATE_ACT_TYPES); so
    is destroying property ("farmers burned fields"). Only for acts with a named doer: "journalists were
    detained" leaves the detaining authority unnamed. Private parties of two countries make it international
    ("American doctors delivered goods to an Iraqi school"). Trade cut off ("stopped buying X's chips") is business
    news, no affair of state power. Working with a partner (flag named-partner) is
    routine work at home ("police worked with the FBI to investigate"), an event only between two countries."""
    state_act = coding.type in STATE_ACT_TYPES and (coding.type, coding.cameo) != ("CONCEDE", "05") or (
        coding.type, coding.mode) == ("ASSAULT", "destroy")  # an apology (CAMEO 055) is anyone's
    if coding.flag == "ceased":
        return False  # a firm that stopped buying from another ends a partnership (GUIDELINE: SANCTION discontinue)
    countries = {m.actor.country for m in parties if m.actor.country}
    if coding.flag == "named-partner":
        return len(countries) < 2
    return state_act and len(countries) < 2 and not any(public(m) for m in parties)


def enacted_rule(match: Match) -> bool:
    """A restriction on things or conduct, not on a party ("the council will ban plastic bags", "will ban smoking in
    bars"): announced, it is a rule decided, COERCE restrict, not a threat to anyone (as an announced sanction stays
    SANCTION); "will ban the opposition party" or "will block Qatari ships" stay threats."""
    if (match.coding.type, match.coding.mode) != ("COERCE", "restrict"):
        return False
    from newsgraph.extract.events_actor_words import token_role

    obj = direct_object(match.verb)
    if obj is None or obj.pos_ not in ("NOUN", "VERB") or person_like(obj) or names_event(obj):
        return False  # "plans to impose restrictions on X": the measure named by its noun, aimed at X
    words = [obj] + [c for c in obj.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    return not any(token_role(t) is not None for t in words) and not any(
        t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in obj.subtree)


def ends_collective_act(match: Match) -> bool:
    """True when the act gives up a public collective act ("union leaders called off the strike", "the students
    ended their sit-in"): a concession to whoever the act was aimed at, never a private affair, whoever makes it."""
    obj = direct_object(match.verb)
    return match.coding.type == "CONCEDE" and obj is not None and obj.lemma_.lower() in ABANDONED_ACTS


def own_forces(mention: Mention, sources: list[Mention]) -> bool:
    """Troops or police of a mobilising actor's own country or of none: the force it deploys, not the party the
    show of force is aimed at ("sent riot police and marines into the port", "moved two brigades north")."""
    countries = {m.actor.country for m in sources}
    return mention.actor.sector in FORCE_SECTORS and mention.actor.country in countries | {None}


def investigating(heads: list[Any], mentions: list[Mention]) -> bool:
    """True when a summons comes from or is heard by a body that investigates: resolved as police, a court or
    a spy service, or named for it ("the fraud investigators", "the anti-graft unit"); a committee, a
    parliament or a talent show's judges invite, they do not summon."""
    return any(m.actor.sector in INVESTIGATING_SECTORS for m in mentions) or any(
        t.lemma_.lower() in INVESTIGATING_WORDS or t.lower_ in INVESTIGATING_WORDS
        for head in heads for t in head.subtree)


def firm_parties(mentions: list[Mention]) -> bool:
    """True when every party is a firm or has no public sector ("Vantor received 12
    orders from Halden Air", not "the envoy received 3 orders from the ministry")."""
    return bool(mentions) and not any(m.actor.sector in PUBLIC_SECTORS for m in mentions)


def performative(match: Match) -> bool:
    """Thanks or praise wished rather than announced ("would like to thank X"): done, not intended."""
    verb = match.verb
    return (match.coding.type == "SUPPORT" and verb.lemma_.lower() in PERFORMATIVE_VERBS and verb.dep_ == "xcomp"
            and verb.head.lemma_.lower() in ("like", "want", "wish"))


# lawsuits: the verbs and nouns of suing (GUIDELINE: a lawsuit announced or threatened is THREATEN, not ACCUSE)
LAWSUIT_VERBS = frozenset({"sue", "countersue", "counter-sue"})
LAWSUIT_NOUNS = frozenset({"lawsuit", "suit", "countersuit", "action", "case", "proceedings", "litigation"})
COURT_NOUNS = frozenset({"court", "tribunal", "arbitration"})  # "take X to court": a lawsuit by its trigger


def announced_lawsuit(match: Match) -> bool:
    """A lawsuit the actor says it will bring ("said it would file a lawsuit against the state", "will
    countersue", "would take the union to court"): the caller codes it THREATEN when its mode is intent; a
    lawsuit filed stays ACCUSE allege."""
    if match.coding.type != "ACCUSE" or match.coding.mode != "allege":
        return False
    if verb_lemma(match.verb) in LAWSUIT_VERBS:
        return True
    if any(t.dep_ == "prep" and (court := prep_object(t)) is not None and court.lemma_.lower() in COURT_NOUNS
           for t in match.tokens):
        return True
    return match.noun is not None and match.noun.lemma_.lower() in LAWSUIT_NOUNS
