"""Word lists the trigger lexicon's lookups use (the events_lexicon modules): measure and goods nouns, verb
classes, irregular pasts, and the object classes verbs.tsv names as "@class". General English vocabulary
written by the newsgraph team."""

from __future__ import annotations

NAMING_VERBS = frozenset({"call", "brand", "label", "dub"})

PEJORATIVES = frozenset({
    "liar", "terrorist", "criminal", "disgrace", "traitor", "fraud", "racist", "thief", "thug", "dictator",
    "dictatorship", "murderer", "killer", "coward", "hypocrite", "bully", "puppet", "crook", "fascist", "extremist",
    "tyrant", "menace", "clown", "idiot", "disaster", "embarrassment", "cheat", "con", "scam",
    "hoax", "sham", "farce", "lie", "lies", "witch", "enemy", "regime", "bigot", "sexist", "misogynist",
})  # names that, given to someone, disapprove of them
# names that, given to another's act, disapprove of its doer: the act is no honest one ("dismissed the move as
# psychological warfare", "called the visit a publicity stunt"; general English usage)
PEJORATIVE_ACT_LABELS = frozenset({
    "stunt", "propaganda", "ploy", "warfare", "interference", "meddling", "posturing", "smear", "scaremongering",
    "grandstanding", "theatrics", "charade", "gimmick",
})

# verbs of carrying on or stepping up an act, which take their type from the event noun they govern like the
# light verbs ("continued a hunger strike", "intensified its shelling", "completed the withdrawal")
ASPECTUAL_VERBS = frozenset({"continue", "intensify", "escalate", "complete", "prolong"})

PROTEST_NOUNS = frozenset({"protest", "demonstration"})

# a formal or diplomatic protest is a complaint (CAMEO 11), not a demonstration
FORMAL_PROTEST = frozenset({"formal", "official", "diplomatic", "written", "legal", "strong", "strongly-worded"})

OCCURRENCE_VERBS = frozenset({
    "erupt", "break out", "flare", "flare up", "rage", "occur", "happen", "unfold", "continue", "resume",
    "escalate", "intensify", "spread", "begin", "start", "ensue",
})

# verbs of the course of talks, which say that talks or a meeting were held ("talks ended without agreement",
# "negotiations opened", "the talks stalled"), but not that a truce was agreed nor sanctions imposed ("the truce
# ended", "sanctions ended"): only for CONSULT nouns
MEETING_COURSE_VERBS = frozenset({"end", "conclude", "close", "collapse", "break down", "break up", "adjourn", "open",
                                  "stall"})

MEASURE_NOUNS = frozenset({
    "state", "series", "wave", "round", "number", "campaign", "ton", "tonne", "million", "billion", "worth",
    "amount", "shipment", "batch", "load", "consignment", "package", "lot", "dollar", "kind", "type",
    "dozen", "hundred", "thousand", "score", "group", "handful", "barrage", "volley", "salvo", "hail", "part",
})

EXERCISE_NOUNS = frozenset({"drill", "exercise", "maneuver", "manoeuvre"})

MESSAGE_VERBS = frozenset({"send", "write", "deliver", "dispatch", "hand", "address", "pen", "issue"})

MESSAGE_NOUNS = frozenset({"message", "letter", "note", "telegram", "cable", "card"})

CURRENCY_NOUNS = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rupee", "franc", "rouble", "ruble", "peso"})
# what a seller or a state asks a buyer to pay: "charges a visa fee", "charged a higher rate" is a price, no charge
PRICE_NOUNS = frozenset({"fee", "fare", "price", "rate", "premium", "toll", "rent", "commission", "surcharge",
                         "interest", "levy", "tax", "duty", "penalty", "cent", "money", "sum", "amount"})

# particles that are also prepositions: as a phrasal verb's particle they have no object ("gave in", not
# "gave $5m in aid")
ADVERB_PARTICLES = frozenset({"in", "up", "down", "out", "over", "off", "back"})

RECEIVING_VERBS = frozenset({"receive", "get", "obtain", "secure"})

GIVING_VERBS = frozenset({"give", "grant", "award", "lend", "offer", "promise"})

AID_NOUNS = frozenset({
    "aid", "loan", "loans", "bailout", "funding", "funds", "money", "grant", "grants", "subsidy", "subsidies",
    "infusion", "credit", "assistance", "package", "financing",
})

PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "NORP"})

# goods that firms and states order, buy and deliver; a goods noun can be the object of a trade verb
GOODS_NOUNS = frozenset({
    "jet", "jets", "plane", "planes", "aircraft", "airliner", "airliners", "aeroplane", "airplane", "freighter",
    "car", "cars", "vehicle", "vehicles", "truck", "lorry", "bus", "train", "locomotive", "wagon", "tram",
    "ship", "vessel", "tanker", "ferry", "engine", "turbine", "reactor", "satellite", "helicopter", "unit",
    "phone", "handset", "computer", "chip", "chips", "device", "equipment", "machine", "system", "model",
    "submarine", "warship", "frigate", "tank", "missile", "weapon", "arms", "howitzer",  # arms sales between states
})

# firms and parts of firms that are bought, sold and merged
TRADED_FIRM_NOUNS = frozenset({
    "company", "firm", "business", "rival", "competitor", "maker", "manufacturer", "carmaker", "automaker",
    "airline", "carrier", "bank", "lender", "insurer", "studio", "subsidiary", "division", "stake", "brand",
    "operation", "operations", "asset", "assets", "unit", "plant", "factory", "startup", "chain", "retailer",
})

TRADE_VERBS = frozenset({"buy", "purchase", "acquire", "sell", "supply", "deliver", "lease", "build", "order"})

VERB_PREFIXES = ("re", "over", "under", "with", "out", "up")

IRREGULAR_PASTS = {
    "took": "take", "taken": "take", "ran": "run", "threw": "throw", "thrown": "throw", "drew": "draw",
    "drawn": "draw", "held": "hold", "fought": "fight", "struck": "strike", "shot": "shoot", "stood": "stand",
    "gave": "give", "given": "give", "froze": "freeze", "frozen": "freeze", "sent": "send", "broke": "break",
    "broken": "break", "caught": "catch", "laid": "lay",
}

# what a verb makes its object ("took 12 sailors hostage", "held them captive"), parsed as a clause of its own
CAPTIVE_PREDICATES = frozenset({"hostage", "hostages", "captive", "captives"})

PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "advcl", "npadvmod", "advmod", "attr", "acomp"})

# object classes a verbs.tsv row may name as "@class" in its objects column, expanded by the loader
# relief goods handed out to people in need (CAMEO 073); not "drugs", which news also uses of narcotics
RELIEF_GOODS = (
    "mask", "masks", "blanket", "blankets", "parcel", "parcels", "ration", "rations", "kit", "kits", "mattress",
    "mattresses", "clothes", "clothing", "net", "nets", "medication", "medications", "rice", "flour", "wheat", "meals",
    "cash", "vouchers", "sanitizer", "gloves", "oxygen", "ventilators", "ventilator",
)
# people and places fired into (CAMEO 190-193), not goals, the air or the lead
FIRE_TARGETS = (
    "crowd", "crowds", "protesters", "demonstrators", "people", "civilians", "worshippers", "mourners", "students",
    "marchers", "house", "houses", "home", "homes", "car", "cars", "vehicle", "vehicles", "bus", "buses", "village",
    "camp", "mosque", "church", "market", "school", "building", "buildings", "office", "offices",
)
# people sought or questioned as suspects of an offence (a manhunt, CAMEO 090; "police questioned the suspect"),
# not the missing, a friend looked for nor the people asked what they saw (the "forces-sought" and
# "person-forces-suspect" flags of verbs.tsv)
SUSPECT_NOUNS = frozenset({
    "suspect", "accused", "defendant", "offender", "perpetrator", "culprit", "attacker", "assailant", "gunman",
    "robber", "thief", "burglar", "killer", "murderer", "fugitive", "detainee", "bomber", "kidnapper", "escapee",
})
OBJECT_CLASSES = {"relief_goods": RELIEF_GOODS, "fire_targets": FIRE_TARGETS}

# who relief goods go to when it is aid (the "relief" flag): people in need, the public a state serves, bodies
# that care for them, or a state; not customers, passengers or students
RELIEF_RECIPIENTS = frozenset({
    "victim", "refugee", "evacuee", "survivor", "displaced", "homeless", "poor", "needy", "hungry", "sick",
    "elderly", "migrant", "asylum-seeker", "family", "household", "resident", "villager", "community", "population",
    "public", "citizen", "patient", "hospital", "clinic", "orphanage", "shelter", "camp", "school", "pupil",
    "schoolchild", "schoolchildren", "orphan", "medic", "doctor", "nurse", "government", "authority", "ministry",
    "country", "state", "region", "province",
})

# a phrase naming what someone is criticised for ("hammered the senator over his votes"); a sports result has none
GRIEVANCE_PREPS = frozenset({"over", "for", "on", "about"})

# words that set a time still ahead ("had to withdraw now", "by next week") or gone by ("last week", "two days ago")
TIME_AHEAD_WORDS = frozenset({"now", "tomorrow", "tonight", "soon", "immediately", "next", "coming", "upcoming"})
PAST_TIME_WORDS = frozenset({"last", "ago", "yesterday", "earlier", "previously", "previous"})

# callers whose unreturned calls are a reporter's request, not a party's: news outlets and their staff; also the
# press one tells or talks with in public, no party to an act ("told reporters", "discussed it with journalists")
MEDIA_NOUNS = frozenset({
    "reporter", "journalist", "newspaper", "paper", "outlet", "magazine", "broadcaster", "network", "station",
    "press", "media", "newsroom", "correspondent", "newsman", "editor", "reuters", "ap", "afp", "bloomberg", "cnn",
    "bbc",
})

# court proceedings that accuse nobody: a firm's insolvency, a marriage ended, a company wound up
CIVIL_PROCEEDINGS = frozenset({
    "bankruptcy", "insolvency", "divorce", "liquidation", "administration", "receivership", "probate",
})
