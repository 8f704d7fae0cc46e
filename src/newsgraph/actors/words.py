"""Word lists and small parse helpers shared by actor resolution (no state, no knowledge base)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import accumulate
from types import MappingProxyType
from typing import Any

# groups of private people acting together in public, by lemma: the actor stage places them where they act, and
# judged conduct judges them for public collective acts ("the truckers' blockade"); not "miner" (Bitcoin) nor
# "striker" (football), which talk of games and markets use: roles.tsv types and places only "coal miners", "gold
# miners" and the like, and bare "miners" not at all
ACTING_GROUPS = frozenset({"protester", "protestor", "demonstrator", "activist", "campaigner", "farmer", "rioter",
                           "marcher", "trucker", "docker", "picket", "unionist"})

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
THING_PRONOUNS = {"it", "its", "itself"}
# bodies, by lemma, whose leaders, officials and spokespeople act for them with the body's sector ("union leaders"
# LAB, "the company's spokesman" BUS, "rebel commanders" REB), not for a government; the sector is the knowledge
# base's role table's (roles.tsv, agents_phoenix.tsv), and BODY_SECTORS_EXTRA's for the nouns it lacks (CAMEO codes)
BODY_LEMMAS = frozenset({
    "union", "worker", "company", "corporation", "business", "industry", "employer", "opposition", "rebel",
    "insurgent", "militant", "guerrilla", "military", "army", "navy", "police", "student", "university", "school",
    "college", "hospital", "community", "village", "farmer", "senate", "parliament", "court",
})
BODY_SECTORS_EXTRA = {
    "unionist": "LAB", "firm": "BUS", "party": "POL", "church": "REL", "religious": "REL", "mosque": "REL",
    "protest": "CVL", "parliamentary": "LEG", "congressional": "LEG",
}
# offices that are a government's only as a capitalised title ("Treasurer Jo Hale", "the Treasurer said"); in lower
# case any body's ("the club treasurer"), and the state's only with a modifier that says so (roles.tsv: "state
# treasurer", "federal treasurer", "shadow treasurer")
TITLED_OFFICES = MappingProxyType({"treasurer": "GOV"})
# a capital after one of these is a location, not the government acting
LOCATIVE_PREPS = {"in", "at", "to", "near", "from", "into", "across", "around", "outside", "inside", "within",
                  "through", "throughout", "toward", "towards", "via", "over", "off", "beyond", "until",
                  "above", "below", "north", "south", "east", "west", "visit", "of"}
# a capital modifying one of these nouns stands for the government ("the Lisbon government")
GOVERNMENT_HEADS = {"government", "administration", "regime", "authorities", "official", "officials", "leadership",
                    "leaders", "ministry", "statement", "spokesman", "spokeswoman", "envoy", "diplomats"}
# sectors of bodies that are domestic: an unnamed one belongs to the article's main country
DOMESTIC_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "POL", "OPP"}
# institutions named without their country ("the Senate") belong to the article's main country
GENERIC_INSTITUTIONS = {"senate", "congress", "house of representatives", "supreme court", "parliament", "diet",
                        "national assembly", "treasury", "home office", "foreign office", "electoral commission",
                        "interior ministry", "foreign ministry", "defence ministry", "defense ministry",
                        "justice ministry", "finance ministry", "health ministry", "police"}
FORMER_WORDS = {"former", "ex", "ex-", "onetime", "erstwhile", "ousted", "deposed"}
AGENT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent", "dobj", "poss", "dative", "iobj", "attr", "appos"}
TITLE_WORDS = {"president", "prime", "minister", "mr", "mrs", "ms", "dr", "gen", "general", "sen", "senator", "rep",
               "secretary", "chancellor", "premier", "king", "queen", "prince", "princess", "emperor", "sir", "lord",
               "gov", "governor", "mayor", "judge", "justice", "ambassador", "adm", "admiral", "col", "lt", "capt",
               "sgt", "pope", "sheikh", "dame", "treasurer"}
ORG_SECTOR_WORDS = (  # first match wins: "police" before "department", "defence" before "ministry"
    ("police", "COP"), ("army", "MIL"), ("navy", "MIL"), ("air force", "MIL"), ("military", "MIL"),
    ("forces", "MIL"), ("guard", "MIL"), ("defense", "MIL"), ("defence", "MIL"), ("parliament", "LEG"),
    ("senate", "LEG"), ("congress", "LEG"), ("assembly", "LEG"), ("court", "JUD"), ("party", "POL"),
    ("ministry", "GOV"), ("department", "GOV"), ("government", "GOV"), ("agency", "GOV"), ("office", "GOV"),
    ("embassy", "GOV"), ("commission", "GOV"), ("council", "GOV"), ("university", "EDU"), ("institute", "EDU"),
    ("school", "EDU"), ("college", "EDU"), ("academy", "EDU"), ("bank", "BUS"), ("company", "BUS"),
    ("corp", "BUS"), ("inc", "BUS"), ("group", "BUS"), ("airlines", "BUS"), ("airline", "BUS"), ("airways", "BUS"),
    ("news", "MED"),
    ("times", "MED"), ("post", "MED"), ("television", "MED"), ("broadcasting", "MED"), ("chronicle", "MED"),
    ("herald", "MED"), ("tribune", "MED"), ("journal", "MED"), ("gazette", "MED"), ("radio", "MED"),
    ("daily", "MED"), ("cbs", "MED"), ("nbc", "MED"), ("abc", "MED"), ("foundation", "NGO"),
    ("federation", "NGO"), ("association", "NGO"), ("forum", "NGO"), ("society", "NGO"), ("union", "LAB"),
    ("co", "BUS"), ("ltd", "BUS"),
    ("llc", "BUS"), ("plc", "BUS"), ("holdings", "BUS"), ("technologies", "BUS"), ("electronics", "BUS"),
    ("motors", "BUS"), ("pharmaceuticals", "BUS"), ("magazine", "MED"), ("network", "MED"),
)

# last words of a company's name ("Acme Motors", "Ruritania Airways", "Zenda Holdings AG"); "Air" also as first word
LEGAL_FORMS = frozenset({"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc",
                         "llc", "lp", "ag", "sa", "nv", "bv", "gmbh", "spa", "kk"})
FIRM_NAME_WORDS = LEGAL_FORMS | frozenset({
    "holdings", "motors", "motor", "automotive", "airlines", "airline",
    "airways", "air", "aviation", "aerospace", "airplanes", "aircraft", "bank", "bancorp", "exchange", "financial",
    "finance", "lending", "mortgage", "securities", "capital", "investments", "insurance", "industries",
    "technologies", "technology", "systems", "electronics", "pharmaceuticals", "energy", "petroleum", "oil",
    "steel", "mining", "telecom", "communications", "software", "studios", "entertainment", "partners",
    "enterprises", "brands", "foods", "retail", "stores", "logistics", "shipping", "lines"})
# "carrier" is a warship or an armoured vehicle (Phoenix.agents.txt: MIL) in a story of navies or armour, an airline,
# shipper or telephone firm in one of flights, passengers, cargo or subscribers: words of the one and of the other
NAVAL_TEXT = re.compile(r"\b(?:navy|navies|naval|warships?|aircraft carriers?|USS|HMS|strike group|fighter jets?"
                        r"|armou?red|(?:troop|personnel) carriers?)\b", re.IGNORECASE)
CIVIL_CARRIER_TEXT = re.compile(
    r"\b(?:airlines?|airways|airliners?|flights?|passengers?|aviation|code-share|low-cost|budget carrier"
    r"|flag carrier|national carrier|freight|cargo|shipping|telecoms?|mobile|wireless|subscribers?)\b", re.IGNORECASE)
CARRIER_WORDS = frozenset({"carrier", "carriers"})

# the edges of a country: "the Thai border" lies where Thailand ends and names a neighbour as much as Thailand, so
# a demonym or a country's name on one of these places nothing ("a rebel base on the Thai border")
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderland"})


def border_name(token: Any) -> bool:
    """A demonym or a country's name that modifies a border noun ("the Thai border", "the Iraq frontier")."""
    return token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in BORDER_NOUNS


# prepositions by which a place says where something lies, never whose it is ("offices in X", "a base near Y",
# "a tanker off X"); not "from", which says whom people belong to ("envoys from X"); read by the actor stage
# (resolve._whereabouts) and the events stage (events_actor_words.located_name)
WHEREABOUTS_PREPS = frozenset({"in", "at", "on", "near", "across", "throughout", "inside", "outside", "along", "off"})

# words of the land or sea that countryinfo also gives as the one-word names of coordinate-less provinces
# (Papua New Guinea's Gulf, Kenya's Coast, Benin's Plateau and Littoral): after "the" ("the Gulf") or on a group of
# countries ("Gulf states"), the feature, of no country (actors.resolve.ActorResolver._land_feature)
LAND_FEATURE_WORDS = frozenset({
    "gulf", "coast", "plateau", "plateaux", "delta", "lake", "lakes", "littoral", "highland", "highlands", "lowlands",
    "mountain", "mountains", "valley", "plains", "island", "islands", "peninsula", "bay", "sea", "desert", "lagoon",
    "lagoons", "lagunes", "savanna", "savannah", "savanes", "hills", "forest", "riviera",
})
# the nouns for countries that a land or sea names as a group ("the Gulf states", "a Gulf monarchy"); "state" and
# "region" only in the plural, as one is a province's own ("Delta State", "the Coast region")
COUNTRY_GROUP_NOUNS = frozenset({"country", "nation", "monarchy", "emirate", "kingdom", "sheikhdom", "neighbour",
                                 "neighbor", "ally", "power", "partner"})
COUNTRY_GROUP_PLURALS = frozenset({"state", "region"})


def country_group(token: Any) -> bool:
    """A noun for countries named by a region ("states" of "the Gulf states", "monarchy" of "a Gulf monarchy")."""
    lemma = token.lemma_.lower()
    return lemma in COUNTRY_GROUP_NOUNS or (lemma in COUNTRY_GROUP_PLURALS and token.tag_ in ("NNS", "NNPS"))


# the short English words a hyphen glues to a name ("Trump-led", "Putin-era"), never the second syllable of a
# hyphenated East Asian given name ("Moon Jae-in"), which given_syllable below tells from them
ENGLISH_PIECES = frozenset({"led", "run", "era", "like", "born", "made", "held", "free", "type", "old", "new", "wide",
                            "long", "owned", "only", "bred", "ish", "esque", "style", "ally", "and", "or", "to", "the"})


# the second syllable of a hyphenated East Asian given name in romanisation ("in" of "Moon Jae-in", "wen" of "Tsai
# Ing-wen"): one to four lower-case letters that are no English piece; read by the actor stage after the
# recogniser's cut (resolve.GIVEN_NAME_REST) and by the events stage's name bounds (events_names.given_name_end)
GIVEN_SYLLABLE = r"[a-z]{1,4}"


def given_syllable(piece: str) -> bool:
    """True for the second syllable of a hyphenated given name ("in", "wen"), never an English piece ("led")."""
    return re.fullmatch(GIVEN_SYLLABLE, piece) is not None and piece not in ENGLISH_PIECES

# nouns that introduce a company in apposition or before its name ("the carmaker X", "X, a Detroit-based lender")
FIRM_NOUNS = frozenset({
    "company", "firm", "corporation", "carmaker", "automaker", "maker", "manufacturer", "planemaker", "airline",
    "carrier", "contractor", "subcontractor", "lender", "bank", "insurer", "retailer", "chipmaker", "exchange",
    "bourse", "conglomerate", "giant", "operator", "supplier", "producer", "developer", "publisher", "studio",
    "startup", "brokerage", "subsidiary", "specialist", "provider", "distributor", "partner", "business",
    "group", "chain", "brand", "vendor", "lessor"})

# the nouns among them that never introduce a person ("Drennox, a Leeds-based valve supplier", which the recogniser
# may take for a person's name); not "partner", "producer" or "developer", which are also people's trades
COMPANY_NOUNS = frozenset({
    "company", "firm", "corporation", "carmaker", "automaker", "maker", "manufacturer", "planemaker", "airline",
    "carrier", "lender", "bank", "insurer", "retailer", "chipmaker", "bourse", "conglomerate", "supplier",
    "startup", "brokerage", "subsidiary", "chain", "lessor"})
# firms, by lemma, whose plural is placed by where they work, not by whose they are ("two textile exporters in X"):
# COMPANY_NOUNS, trades of firms and any "-maker"
FIRM_PLURAL_LEMMAS = COMPANY_NOUNS | frozenset({"producer", "exporter", "importer", "distributor", "vendor"})
# places and premises a party owns or holds, whose own location is no party's country ("the offices of three firms
# in X", "rebel positions in Y"); plural, they would otherwise pass for groups of people
PREMISES_NOUNS = frozenset({"office", "headquarters", "home", "house", "plant", "factory", "base", "camp",
                            "stronghold", "position", "target", "site", "compound", "warehouse", "premises",
                            "building", "facility", "installation", "outpost"})


def span_tokens(doc: Any, start: int, end: int) -> Any:
    """The doc span covering the characters, widened to token boundaries (or None)."""
    return doc.char_span(start, end, alignment_mode="expand")


def is_agent(token: Any) -> bool:
    """Whether a place name acts (subject, object, possessor) rather than locates something."""
    while token.dep_ in ("conj", "appos") and token.head is not token:
        head = token.head
        if head.pos_ in ("VERB", "AUX"):
            return True
        token = head
    if token.dep_ in AGENT_DEPS:
        return True
    if token.dep_ == "compound" and token.head.lemma_.lower() in GOVERNMENT_HEADS:
        return True
    if token.dep_ == "pobj":
        return token.head.lower_ not in LOCATIVE_PREPS
    return False


def affiliation(prep: Any) -> bool:
    """'of the ministry' or ', formerly with the Pentagon': a preposition that says whom a person works for."""
    word = prep.lower_
    if word == "of":
        return True
    before = prep.doc[max(prep.i - 2, 0):prep.i]
    return word in ("with", "at", "for", "from") and any(t.text == "," for t in before)


class SpanCover:
    """Whether a character offset lies inside any of some (start, end) spans, overlapping or not: a bisection
    over the starts and the furthest end reached so far, instead of a test of every span."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))

    def __contains__(self, char: int) -> bool:
        i = bisect.bisect_right(self.starts, char)
        return i > 0 and self.reach[i - 1] > char


def runs(tokens: list[Any]) -> list[list[Any]]:
    """Split tokens into runs of consecutive positions."""
    runs: list[list[Any]] = []
    for t in tokens:
        if runs and runs[-1][-1].i + 1 == t.i:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def without_article(text: str) -> str:
    """A name without "the" before it ("the Greens" -> "Greens")."""
    return text.removeprefix("the ").removeprefix("The ")


def clean_name(text: str) -> str:
    """A mention as a name: no leading article or trailing possessive."""
    text = without_article(" ".join(text.split()))
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


def strip_title(name: str) -> str:
    """'President Ivan Oduya' -> 'Ivan Oduya' (titles the entity recogniser sometimes keeps)."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def description_name(span: Any) -> str:
    """'a senior administration official' -> 'senior administration official'."""
    words = [t for t in span if not (t.i == span.start and t.pos_ in ("DET", "PRON"))]
    return clean_name(" ".join(t.text for t in words) if words else span.text)


def parse_text(text: str) -> Any:
    from newsgraph import nlp

    return nlp.load()(text)


def is_acronym(text: str) -> bool:
    """'GAO', 'U.S.', 'G7': a single word of two to six capitals (digits and periods allowed)."""
    word = text.strip().replace(".", "")
    return 2 <= len(word) <= 6 and word.isalnum() and word.isupper() and word[0].isalpha()


def firm_plural(token: Any) -> bool:
    """Firms in the plural ("carmakers", "producers", "lenders"), not people of a trade ("welders")."""
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and token.tag_ == "NNS" and (lemma in FIRM_PLURAL_LEMMAS or lemma.endswith("maker"))
