"""The vocabulary of event participants: word lists and small predicates over spaCy tokens.

``events_actors.ActorFinder`` decides which spans of a sentence stand for actors; what it consults
about single words and tokens lives here, apart from its span-by-span resolution, so that the lists
can be read (and extended) in one place and other stages can ask the same questions:

- word lists: heads of joint phrases ("both sides"), bodies that act ("the ministry"), people and firms
  a sentence leaves nameless ("a man", "the company"), named sites, sports words, weapons and attacks,
  the PLOVER types done to or by private parties, and the sectors that are domestic or local;
- token predicates: whether a head can name an actor (``agentive``), is a person noun, a private or
  personal name, a weapon; whether a sentence is about a game (``sporting``); which coded act takes a
  head as its object (``target_type``); and ``usable`` for a resolved actor.

Nothing here resolves a span to an actor; that is ``newsgraph.actors.stage``'s, through ``ActorFinder``.
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph.actors.bodies import BODY_KIND_NOUNS
from newsgraph.actors.words import COMPANY_NOUNS, PREMISES_NOUNS, WHEREABOUTS_PREPS, border_name, firm_plural
from newsgraph.extract.events_lexicon import SYMMETRIC
from newsgraph.extract.events_names import NAME_PARTICLES
from newsgraph.extract.events_syntax import NAME_LABELS
from newsgraph.model import Actor

JOINT_HEADS = frozenset({
    "side", "leader", "country", "nation", "government", "president", "minister", "party", "ally",
    "neighbour", "neighbor", "capital", "counterpart", "state", "power", "delegation", "army", "ministry",
    "parliament", "team", "navy", "military",
})
PERSON_HEADS = frozenset({"leader", "president", "minister", "counterpart"})
QUALIFYING_PREPS = frozenset({"in", "of", "from", "for"})  # "a spokesman for the X government"
PLACE_PREPS = frozenset({"in", "of"})  # "Tuvaluans of northern Fiji"
MODIFIER_DEPS = frozenset({"amod", "nmod", "compound"})
# heads that stand for a body acting, by a country that qualifies them ("a joint Norway-Chile memo", "a Danish
# committee"): the kinds of named bodies (actors/bodies.BODY_KIND_NOUNS), a state's own bodies, outlets and texts
BODY_NOUNS = BODY_KIND_NOUNS | frozenset({
    "statement", "communique", "declaration", "letter", "report", "resolution", "newspaper", "paper",
    "broadcaster", "radio", "television", "embassy", "delegation", "parliament", "cabinet", "administration",
    "government", "regime", "side", "army", "force", "navy", "military", "police", "office", "forum", "body", "bloc",
    "company", "firm", "wing", "faction", "team", "mission", "leadership", "junta", "state", "country", "nation",
})
PRIVATE_TARGET_TYPES = frozenset({
    "COERCE", "ASSAULT", "ACCUSE", "SANCTION", "THREATEN", "REQUEST", "AID", "SUPPORT",
})  # acts typically done to a private person or a firm ("arrested a man", "fined the company")
PRIVATE_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "teenager", "youth", "child", "people", "person", "family", "relative",
    "suspect", "defendant", "accused", "convict", "perpetrator", "attacker", "assailant", "gunman", "robber",
    "victim", "resident", "villager", "crowd", "protester", "demonstrator", "passenger", "bystander",
    "pedestrian", "worshipper", "mourner", "civilian", "shopkeeper", "trader", "driver", "owner", "employee",
    "contractor", "landlord", "tenant", "company", "firm", "corporation", "bank", "lender", "insurer",
    "retailer", "manufacturer", "employer", "charity", "broadcaster", "newspaper", "outlet",
    "schoolchildren", "schoolchild", "pupil", "household", "patient", "survivor", "evacuee", "orphan", "migrant",
    "nurse", "inmate", "detainee", "hostage", "pensioner", "consumer", "customer", "shareholder", "investor",
    "neighbour", "neighbor",
})  # people and firms a sentence often leaves nameless and countryless
CIVILIAN_NOUNS = frozenset({
    "victim", "resident", "villager", "crowd", "protester", "demonstrator", "passenger", "bystander",
    "pedestrian", "worshipper", "mourner", "civilian",
})  # CVL in the gold conventions; suspects, defendants and firms get no sector
NAMED_SITES = frozenset({
    "facility", "facilities", "plant", "centre", "center", "station", "reactor", "complex", "site", "base", "mine",
    "port", "airport", "school", "university", "hospital", "prison", "camp", "field", "building", "tower", "mall",
})  # a name for a place ("the Lakeside Power Plant"), which acts are done at, not to
PRIVATE_SOURCE_TYPES = frozenset({
    "ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT", "CONCEDE", "ASSAULT", "AGREE", "COOPERATE", "CONSULT",
    "AID",
})  # what a firm or a private person named with no country does that PLOVER codes (claims, suits, demands; a
# person's violence, whose perpetrator the gold guideline codes with sector null: "a stabbing is ASSAULT primitive")
# Verbs of a contest's result, which one named side does to another in a game or an election ("the Bruins beat the
# Devils"), violence only when an unnamed person does it ("two men beat a driver")
CONTEST_VERBS = frozenset({"beat", "defeat", "thrash", "rout", "trounce", "crush", "edge", "outclass", "hammer",
                           "down", "overpower", "outplay", "whip", "best"})
# People a report of violence leaves unnamed as its perpetrator ("a man stabbed an officer", "two teenagers beat
# a driver"), coded as private people (no country, sector null) when they attack someone
PRIVATE_ATTACKER_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "teenager", "teen", "youth", "youngster", "person", "stranger", "suspect",
    "intruder", "neighbour", "neighbor", "driver", "motorist", "passenger", "customer", "patient", "inmate",
    "prisoner", "student", "pupil", "husband", "wife", "father", "mother", "son", "daughter", "brother",
    "sister", "partner", "boyfriend", "girlfriend", "landlord", "tenant", "worker", "employee",
})
CLAIMANT_NOUNS = frozenset({
    "group", "organization", "organisation", "critic", "advocate", "activist", "campaigner", "business",
    "coalition", "union", "association", "alliance", "defender", "opponent", "watchdog", "lawyer", "attorney",
    "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "representative", "investor",
    "shareholder", "creditor", "consumer", "customer", "petitioner", "plaintiff", "complainant",
})  # common nouns for people and bodies who voice claims and demands
CLAIM_TYPES = frozenset({"ACCUSE", "THREATEN", "REQUEST"})
# common nouns for a private body that acts as a party, not only as a claimant ("the charity praised ...", "the
# retailer apologised ...", "the bank agreed to lend ..."): its firms (actors/words.COMPANY_NOUNS) and bodies of
# civil life, which the gold conventions code with no country (unless stated) and no sector
PRIVATE_BODY_NOUNS = COMPANY_NOUNS | frozenset({
    "charity", "foundation", "nonprofit", "non-profit", "group", "organization", "organisation", "coalition",
    "union", "association", "alliance", "federation", "society", "trust", "club", "network", "broadcaster",
    "publisher", "studio", "label", "developer", "operator", "contractor", "producer", "distributor", "owner",
    "investor", "shareholder", "creditor", "employer", "landlord", "watchdog", "campaign", "movement",
})
# those that name one party an act is done to ("sued the developer", "a deal with the retailer"); not the words
# that mostly refer back to a body named before or name a loose set of people ("the group", "smuggling networks"),
# nor those also used for things ("supply chains")
PRIVATE_PARTY_NOUNS = PRIVATE_BODY_NOUNS - {
    "group", "organization", "organisation", "coalition", "alliance", "network", "campaign", "movement", "society",
    "trust", "club", "association", "federation", "watchdog", "chain", "label", "carrier"}
AMBIGUOUS_PERSON_NOUNS = frozenset({"host", "anchor", "forward", "star", "agent", "principal", "chief", "general"})
# People named only by what they do to others, whom news leaves unnamed: attackers are unidentified armed
# attackers (UAF, as the CAMEO/Phoenix agents dictionary codes gunmen and assailants) of the scene's country;
# censors act for the state (GOV); jailers are police (COP, the gold guideline's prison officers)
UNNAMED_DOERS = {"sniper": "UAF", "attacker": "UAF", "abductor": "UAF", "censor": "GOV", "jailer": "COP"}
FOLLOWER_NOUNS = frozenset({"supporter", "follower", "loyalist", "backer", "partisan", "sympathiser", "sympathizer"})
SYMMETRIC_TYPES = SYMMETRIC  # the lexicon's acts done with one another (kept under this name for its importers)
DOMESTIC = frozenset({"GOV", "JUD", "COP", "OPP", "REB", "CVL", "LAB", "REF", "LEG", "MIL", "ELI", "POL", "PTY"})
LOCAL = frozenset({"EDU", "HLH", "MED", "BUS", "AGR"})  # professions: local to where they are named
# armed men the text does not name ("gunmen", "the militia"): of the country where they act, as UNNAMED_DOERS are
UNNAMED_ARMED = frozenset({"UAF"})
JOINT_NUMBERS = frozenset({"two", "both", "three", "2", "3"})
ACTOR_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
# a mark between two names ("Norway-Chile", "U.S./Japan", "Russia-to-China"); not the hyphens of one name
# ("Lashkar-e-Taiba", a name particle before the capital) nor a modifier's ("Pakistan-based")
NAME_SPLIT = re.compile(r"[/–]|-(?=[A-Z])" + "".join(f"(?<!-{p}-)" for p in sorted(NAME_PARTICLES)))
SPORT_WORDS = frozenset({
    "tournament", "championship", "striker", "midfielder", "goalkeeper", "referee", "quarterfinal", "semifinal",
    "playoff", "playoffs", "qualifier", "stadium", "innings", "inning", "touchdown", "wicket", "halftime", "overtime",
    "teammate",
})
SPORT_TEXT = re.compile(r"\b(?:quarter|semi)-finals?\b|\bhalf-time\b|\bhat-trick\b|\bkick-off\b"
                        r"|\b(?:World|Davis|Ryder|Stanley|FA|League) Cup\b|\b(?:Champions|Premier|Europa) League\b")
RESULT_VERBS = frozenset({
    "beat", "defeat", "win", "lose", "draw", "thrash", "rout", "edge", "trounce", "crush", "lead", "trail",
})
SCORE = re.compile(r"(?<![\w.,/-])\d{1,3}[-–]\d{1,3}(?![\w.,/-])")  # "4-2", "112-104"; no years, no dates
# Weapons and attacks that, as the subject of a killing or the means of one ("a roadside bomb killed", "were
# killed in an ambush"), stand for attackers the text does not name; the GSR codes them UAF, located by the
# scene (the GSR codes such a bombing UAF of the country where it happened)
WEAPON_NOUNS = frozenset({
    "bomb", "bombing", "explosive", "mine", "landmine", "grenade", "rocket", "missile", "mortar", "shell", "shelling",
    "ied", "airstrike", "ambush", "gunfire", "shooting",
})  # people who attack ("gunmen", "snipers") are the actor stage's to name
# Arms and the vehicles of war, which carry out or back an act of the forces they belong to but do no act of their
# own as the "by" of a participle ("entered the city, supported by tanks and aircraft")
EQUIPMENT_NOUNS = WEAPON_NOUNS | frozenset({
    "tank", "aircraft", "warplane", "jet", "plane", "helicopter", "gunship", "drone", "artillery", "armour", "armor",
    "vehicle", "warship", "ship", "gunboat", "boat", "submarine", "bulldozer", "truck", "weapon", "gun", "rifle",
})
# with a weapon or a hostile word before them: "car bomb explosion", "suicide attack"; not "heart attack"
BLAST_NOUNS = frozenset({"explosion", "blast", "detonation", "device", "attack", "strike", "raid"})
HOSTILE_MODIFIERS = frozenset({"terrorist", "terror", "suicide", "militant", "insurgent", "rebel", "jihadist", "drone",
                               "air", "knife", "gun", "armed", "artillery", "chemical"})
NAMING_WORDS = WEAPON_NOUNS | HOSTILE_MODIFIERS  # what makes a blast or an attack hostile
# passives that harm their patients whatever their coding ("were killed", "were hurt"), whose victims a "when" clause
# may name the attack on ("ten villagers were killed when jets bombarded the town")
HARM_VERBS = frozenset({"kill", "wound", "injure", "hurt", "maim", "murder", "slaughter", "massacre", "shoot",
                        "stab", "burn", "beat", "torture", "execute", "behead", "crush", "trap", "bury", "abduct",
                        "kidnap"})
EXPLAINING_MARKS = frozenset({"when", "as"})  # "were killed when jets bombarded ...", "as troops fired on ..."
PARTY_PREPS = frozenset({"with", "on", "upon", "at", "against"})  # "clashed with X", "fired on X": whom one attacks
DATELINE_END = re.compile(r"^[A-Z][^\n—–]{1,50}?\s(?:—|–|--|-)\s")  # "MOMBASA, Kenya (AP) — ", "Nairobi – "

# a state's institutions English names bare, with no article ("rallied outside parliament", "cabinet approved")
BARE_INSTITUTIONS = frozenset({"parliament", "congress", "cabinet", "senate", "legislature"})


def agentive(head: Any) -> bool:
    """A head that can name an actor: a name, a pronoun, a plural group noun, a role or person noun, or a Phoenix
    agent noun with a determiner ("the militia"); a bare singular one ("fired artillery") is a thing."""
    from newsgraph.actors.kb import knowledge_base

    if head.pos_ in ("PROPN", "PRON") or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or head.tag_ == "NNS":
        return True
    kb = knowledge_base()
    if kb.role(head.lemma_, agents=False) is not None or kb.role(head.text, agents=False) is not None:
        return True
    if person_noun(head):  # "the defendant", "the company"
        return True
    determined = any(c.dep_ in ("det", "poss", "nummod") for c in head.children)
    if determined and head.lemma_.lower() in BODY_KIND_NOUNS and any(
            c.dep_ == "compound" and kb.role(c.lemma_) is not None for c in head.children):
        return True  # "the school board", "the police commission": a body of a kind the knowledge base types
    if head.lemma_.lower() in BARE_INSTITUTIONS and not any(c.dep_ in ("compound", "amod") for c in head.children):
        return True  # "rallied outside parliament": an institution English names without an article
    return determined and (kb.role(head.lemma_) is not None or kb.role(head.text) is not None)


def thing_head(head: Any) -> bool:
    """A common noun for a thing, not a party: a singular noun that names no actor ("the policy", "a market") or
    premises ("the offices of X", "rebel positions")."""
    return head.pos_ == "NOUN" and (head.lemma_.lower() in PREMISES_NOUNS or not agentive(head))


def located_name(token: Any, keep: Any | None = None) -> bool:
    """A place name that says where something lies, not whose a party is: the object of a locating preposition on
    a noun that names no party ("the offices in X", "two textile exporters in X"; not "the force in X", "nurses in X"),
    but for one on ``keep`` ("set up a centre in X", whose place is taken for the party hosting it), the later
    members of a list too ("in X and Y"), or a demonym of a border ("the Thai border"). An organisation's or a
    person's name is never a location ("medics at the Red Crescent")."""
    if token.ent_type_ in ("ORG", "PERSON"):
        return False
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in WHEREABOUTS_PREPS:
        noun = token.head.head
        return not (keep is not None and noun.i == keep.i) and not party_by_place(noun)
    return border_name(token)


# verbs by which newcomers leave a land, which is then theirs ("refugees fleeing the war in X")
LEAVING_VERBS = frozenset({"flee", "escape", "leave", "quit", "abandon", "evacuate", "desert"})


def newcomers(head: Any) -> bool:
    """A group who come from elsewhere (roles.tsv placed = 0: "settlers", "refugees", "migrants"): where they are
    never gives their country, only where they come from ("settlers in X" are not X's)."""
    from newsgraph.actors.kb import knowledge_base

    kb = knowledge_base()
    roles = (kb.role(head.lower_, agents=False), kb.role(head.lemma_.lower() + "s", agents=False))
    return any(role is not None and role.placed is False for role in roles)


def party_by_place(token: Any) -> bool:
    """A noun or name that may stand for a party where it lies ("the force in X", "rebels in X", "welders in X"):
    anything but premises ("the offices in X"), a place or a site's name ("the Danube near X") and firms in the
    plural ("two textile exporters in X", whose location is not their nationality)."""
    if token.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"):
        return True  # "the Force Headquarters in X": a body's name
    if token.lemma_.lower() in PREMISES_NOUNS or token.ent_type_ in ("LOC", "FAC"):
        return False
    return not firm_plural(token)


def located_border(entity: Any, doc: Any) -> bool:
    """An entity that names the country of a border ("the Thai border")."""
    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    return span is not None and border_name(span.root)


def placing(entity: Any, doc: Any) -> bool:
    """A place name that locates a noun ("rebels in X", "the Albanians of X"), not one that acts."""
    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "of") and root.head.head.pos_ in ("NOUN", "PROPN")


def owned_body(entity: Any, doc: Any) -> str | None:
    """The sector of the body a demonym or country names as its own ("American troops": MIL; "Indian security
    forces": COP, by the body's whole name)."""
    from newsgraph.actors.kb import knowledge_base

    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("amod", "compound", "nmod", "poss"):
        return None
    head = span.root.head
    kb = knowledge_base()
    words = [t.lower_ for t in head.lefts if t.dep_ == "compound" and t.i > span.root.i]
    if words:  # "Kenyan security forces": the security forces' sector (police, at home), not any forces'
        role, _ = kb.role_phrase((*words, head.lower_))
        if role is not None and role.sector is not None:
            return role.sector
    role = kb.role(head.lemma_) or kb.role(head.lower_)
    return role.sector if role is not None else None


def phrase_end(token: Any) -> int:
    """End of the phrase a token heads, cut at its first comma, bracket or (below a preposition) verb:
    misparsed appositions and clauses run on ("members of X fired at Y" parsed as one phrase)."""
    stop = next((t for t in token.subtree if t.i > token.i and not listing(t) and (t.text in (",", ";", "(", "—") or (
        token.dep_ == "prep" and t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"))), None)
    last = token.right_edge if stop is None else token.doc[max(stop.i - 1, token.i)]
    return last.idx + len(last.text)


def listing(token: Any) -> bool:
    """A comma inside a list of names ("from X, Y and Z"): the next word is a conjunct or a conjunction."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.text == "," and following is not None and following.dep_ in ("conj", "cc") and (
        following.head.i < token.i)


def sporting(sentence: Any) -> bool:
    """A sentence about a game: a sports word or a competition's name, or a score with a result verb."""
    if any(t.lower_ in SPORT_WORDS or (t.lemma_.lower() == "match" and t.pos_ == "NOUN") for t in sentence):
        return True
    if SPORT_TEXT.search(sentence.text):
        return True
    return bool(SCORE.search(sentence.text)) and any(t.lemma_.lower() in RESULT_VERBS for t in sentence)


def person_noun(head: Any) -> bool:
    """A common noun for a person or an organisation, by its lemma ("a man", "two suspects", "the company"),
    never a thing ("the report", "the road")."""
    from newsgraph.actors.kb import knowledge_base
    from newsgraph.extract.events_lexicon_objects import PEOPLE_NOUNS
    from newsgraph.extract.quotes_referents import person_nouns

    if head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    if lemma in AMBIGUOUS_PERSON_NOUNS:
        return False
    return lemma in PRIVATE_NOUNS or lemma in PEOPLE_NOUNS or lemma in person_nouns() or (
        knowledge_base().role(lemma, agents=False) is not None)


def harm_passive(passive: Any) -> bool:
    """True for a passive that itself harms its patient ("were killed", "were wounded", "were injured"), by its
    word or its coding as an attack; not one that rescues, tells or bears them ("were rescued", "were told")."""
    from newsgraph.extract.events_lexicon_match import match_verb  # the lexicon's matcher needs these lists

    if passive.pos_ not in ("VERB", "AUX"):
        return False
    if passive.lemma_.lower() in HARM_VERBS:
        return True
    match = match_verb(passive)
    return match is not None and match.coding.type == "ASSAULT"


def explaining_type(passive: Any) -> str | None:
    """The PLOVER type of an attack that a "when" clause gives as the cause of an agentless passive that harms
    ("ten people were killed when jets bombarded vehicles": ASSAULT); None when there is none."""
    from newsgraph.extract.events_lexicon_match import match_verb  # the lexicon's matcher needs these lists

    clauses = [c for c in passive.children if c.dep_ == "advcl" and explaining_clause(c)]
    if not clauses or not harm_passive(passive):
        return None  # cheap first: most passives have no "when" clause
    for clause in (c for c in clauses if explained_victims(c)):
        match = match_verb(clause)
        if match is not None and match.coding.type == "ASSAULT" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return "ASSAULT"
    return None


def explaining_clause(verb: Any) -> bool:
    """True for a "when" or "as" clause ("when jets bombarded the town", "as troops fired on the crowd")."""
    return verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in EXPLAINING_MARKS
                                        for c in verb.children)


def explained_victims(verb: Any) -> list[Any]:
    """The patients of the agentless passive a "when" clause of the act explains ("ten people were killed when
    jets bombarded vehicles": the people; "two guards were wounded as rebels shelled the post": the guards); empty
    when the act is no such clause, the passive names its agent ("were shot by police when ...") or does no harm
    ("were rescued when troops shelled the town": the rescued are no victims of the shelling)."""
    if not explaining_clause(verb):
        return []
    passive = verb.head
    if any(c.dep_ == "agent" for c in passive.children) or own_party(verb) or not harm_passive(passive):
        return []  # "were hurt when police clashed with protesters": the clash is with the protesters
    return [c for c in passive.children if c.dep_ == "nsubjpass"]


def own_party(verb: Any) -> bool:
    """True when an act names a party of its own as its object or after a preposition ("fired on the crowd",
    "clashed with protesters"), not only things ("bombarded vehicles", "shelled the town")."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    heads += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in PARTY_PREPS
              for p in c.children if p.dep_ == "pobj"]
    return any((person_noun(h) or h.pos_ in ("PROPN", "PRON") or h.ent_type_ in NAME_LABELS) and h.ent_type_ not in (
        "DATE", "TIME") for h in heads)


def target_type(head: Any) -> str | None:
    """The PLOVER type of the verb or event noun that takes ``head`` as its object or patient, if coded; None
    for an act with no agent ("20 people were killed") or a harm that follows another act ("fired, killing two")."""
    from newsgraph.extract.events_lexicon import noun_coding
    from newsgraph.extract.events_lexicon_match import match_verb

    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ not in ("dobj", "obj", "nsubjpass", "dative", "pobj"):
        return None
    governor = head.head
    if head.dep_ == "pobj" and governor.dep_ in ("prep", "agent", "dative"):
        governor = governor.head
    if head.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in governor.children):
        return explaining_type(governor)  # "20 people were killed" has no agent; "... when jets bombarded X" has
    if governor.pos_ in ("VERB", "AUX"):
        match = match_verb(governor)
        type_ = match.coding.type if match is not None else None
        consequence = governor.dep_ == "advcl" and governor.tag_ == "VBG" and type_ == "ASSAULT"
        return None if consequence else type_  # "shelled the town, killing two"; "raided it, arresting two" is done
    if governor.pos_ == "NOUN":
        coding = noun_coding(governor)
        return coding.type if coding is not None else None
    return None


def acted_on_organisation(head: Any) -> bool:
    """A named organisation that a verb, or an event noun, acts on ("offered a loan to Acme", "a deal with
    Acme"), not one that only qualifies a thing ("the transfer of shares in Acme")."""
    if head.ent_type_ != "ORG" or head.dep_ not in ("dobj", "obj", "pobj", "dative"):
        return False
    governor = head.head
    if head.dep_ == "pobj" and governor.dep_ in ("prep", "agent", "dative"):
        governor = governor.head
    return governor.pos_ in ("VERB", "AUX") or target_type(head) is not None


def private_name(head: Any) -> bool:
    """A name of a firm or a person (or a capitalised name the recogniser left untyped), outside sport; no
    named place nor its acronym ("the Lakeside Power Plant (LPP)")."""
    named = head
    while named.dep_ == "appos" and named.head.i != named.i:
        named = named.head
    if named.lemma_.lower() in NAMED_SITES:
        return False
    if not head.text[:1].isupper() or head.lemma_.lower() in NAMED_SITES or sporting(head.sent):
        return False
    if head.ent_type_ in ("ORG", "PERSON", "FAC", "PRODUCT"):  # "Bluegate Studios", tagged a noun
        return head.pos_ in ("PROPN", "NOUN")
    return head.ent_type_ == "" and (head.pos_ == "PROPN" or head.pos_ == "NOUN" and any(
        c.isupper() for c in head.text[1:]))  # "ZipLoft", a camel-cased brand the tagger took for a noun


def personal_name(head: Any) -> bool:
    """A person's name: tagged PERSON, or a name after a given name outside any entity ("Taro Kitami", whose
    surname the recogniser took for a place); not "South Korea", whose parts share one entity."""
    if head.ent_type_ == "PERSON":
        return True
    return head.pos_ == "PROPN" and head.ent_type_ != "ORG" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == head.i - 1 and c.ent_type_ in ("", "PERSON")
        for c in head.children)


def weapon_noun(head: Any) -> bool:
    """A weapon or an ambush ("a roadside bomb", "the ambush"), or a blast or attack named by its weapon or its
    kind ("a car bomb explosion", "a suicide attack"); not "a bomb cyclone", "a heart attack" nor a plain
    explosion, which may be an accident."""
    lemma = head.lemma_.lower()
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    if lemma in WEAPON_NOUNS:
        return True
    return lemma in BLAST_NOUNS and any(
        t.lemma_.lower() in NAMING_WORDS for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "amod"))


def equipment(head: Any) -> bool:
    """A weapon or a vehicle of war named by a common noun ("tanks", "combat aircraft", "drones")."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in EQUIPMENT_NOUNS


def token_role(token: Any) -> Any | None:
    """The role the actor knowledge base gives a word, by its lemma or as written ("unions", "staff"), or None."""
    from newsgraph.actors.kb import knowledge_base

    return knowledge_base().role(token.lemma_.lower()) or knowledge_base().role(token.lower_)


def usable(actor: Actor | None) -> bool:
    """An actor counts as resolved when it has a country or a sector."""
    return actor is not None and (actor.country is not None or actor.sector is not None)
