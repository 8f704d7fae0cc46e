"""Word lists of judged conduct (events_judged): evaluative words, feelings, verbs of appraisal and misconduct, the
nouns that name an actor's conduct (data/events/*.tsv, their sources in data/events/README.md), and the small closed
classes of English the judging frames use."""

from __future__ import annotations

import functools
from typing import Any

from newsgraph.extract.events_lexicon import data_rows
from newsgraph.extract.events_lexicon_words import PEJORATIVE_ACT_LABELS, PEJORATIVES
from newsgraph.extract.events_syntax import SPEECH_VERBS

# words that, with "for" a harm, lay the blame for it ("Y is responsible for the bombing", "Y is to blame for ...");
# with "for" anything else they judge nothing ("responsible for security")
CULPABLE = frozenset({"responsible", "accountable", "culpable", "blame", "liable", "responsibility"})
HARM_NOUNS = frozenset({"death", "deaths", "crisis", "violence", "failure", "collapse", "chaos", "damage", "loss",
                        "losses", "unrest", "bloodshed", "suffering", "disaster", "tragedy", "killing", "killings",
                        "massacre", "leak", "leaks", "hack", "blast", "explosion", "outbreak", "abuses", "crimes"})
COPULAS = frozenset({"be", "seem", "remain", "become", "prove", "look", "sound"})
# verbs of opinion that report a judgement as "that"-clauses do ("X believes Y's plan is a mistake")
JUDGING_VERBS = SPEECH_VERBS | {"argue", "complain", "charge", "suggest", "believe", "think", "feel", "warn",
                                "contend", "maintain", "lament", "allege", "post", "acknowledge"}
# verbs that deny what their clause says ("X denied that Y had misled voters"): no charge is voiced, no act asserted
DENYING_VERBS = frozenset({"deny", "dismiss", "reject", "refute", "rebut", "dispute", "doubt", "disprove"})
# verbs that give their object an evaluative name ("called the move reckless", "described the plan as a sham")
PLAIN_NAMING_VERBS = frozenset({"call", "brand", "label", "describe", "deem", "consider", "find", "term", "dub",
                                "declare", "characterise", "characterize", "see", "regard", "view"})
NAMING_VERBS = PLAIN_NAMING_VERBS | {"denounce", "condemn", "decry", "slam", "hail", "praise", "dismiss"}
# verbs whose object rates how their subject acted ("did a great job", "played a constructive role", "made a
# terrible mistake", "showed courage", "bears responsibility for the attack")
CONDUCT_VERBS = frozenset({"do", "play", "make", "show", "display", "take", "commit", "deserve", "bear"})
# nouns whose "of" phrase names the kind of act a complement judges ("was an act of aggression")
KIND_NOUNS = frozenset({"act", "case", "form"})
# what one is said to deserve ("Y deserves credit", "Y deserves the blame"): praise or criticism of Y
DESERTS = {"credit": 1, "praise": 1, "thanks": 1, "gratitude": 1, "recognition": 1, "applause": 1,
           "congratulations": 1, "blame": -1, "criticism": -1, "condemnation": -1, "censure": -1, "shame": -1}
CONDUCT_OBJECTS = frozenset({"job", "work", "role", "decision", "step", "effort", "efforts", "choice", "contribution",
                             "move", "mistake", "error", "thing", "call"})  # "did a great ...", "the right thing"
# verbs of conduct whose manner judges the doer even with a grading adverb ("handled the crisis badly", "managed the
# economy poorly", "performed superbly"), unlike "badly damaged" or "successfully launched"
MANNER_VERBS = frozenset({"handle", "manage", "treat", "behave", "act", "perform", "respond", "react", "run", "govern",
                          "conduct", "deal", "negotiate", "lead", "mishandle"})
# verbs that are misconduct only when done to a party ("failed the farmers", "abandoned pensioners", "ignored the
# bush communities"), not to a thing ("failed the test", "abandoned the car", "ignored the noise")
PARTY_OBJECT_MISCONDUCT = frozenset({"fail", "abandon", "ignore", "desert", "forsake", "disregard"})
# what a party voices or suffers, whose neglect is misconduct towards it ("ignored the concerns of farmers",
# "ignored warnings", "neglected the needs of the bush")
VOICE_NOUNS = frozenset({"concern", "view", "wish", "advice", "warning", "plea", "plight", "need", "interest",
                         "voice", "will", "opinion", "complaint", "grievance", "suffering"})
# verbs with a particle that are misconduct towards a party object ("let down the farmers", "let farmers down",
# "sold out the workers")
PHRASAL_MISCONDUCT = frozenset({("let", "down"), ("sell", "out")})
# purposes that would bring blame or harm on their doer ("had done nothing to deserve it", "nothing to provoke the
# lockout"): "done nothing to" them defends the party rather than accuses it
BLAMED_PURPOSES = frozenset({"deserve", "provoke", "warrant", "invite", "cause", "justify", "merit", "earn",
                             "trigger", "incite"})
# what "out of" makes a judgement of a party ("Y is out of touch", "Y was out of line")
OUT_OF_WORDS = frozenset({"touch", "line"})
# one's own people, with whom "out of touch" is contact lost, no judgement ("out of touch with their families")
KIN_NOUNS = frozenset({"family", "families", "relative", "relatives", "wife", "husband", "son", "daughter", "child",
                       "children", "parent", "parents", "mother", "father", "brother", "sister", "friend", "friends",
                       "colleague", "colleagues", "crew"})
# adverbs of the list that mostly grade or intensify ("greatly", "fairly large", "successfully launched")
GRADING_ADVERBS = frozenset({"greatly", "fairly", "badly", "terribly", "awfully", "effectively", "successfully",
                             "positively", "remarkably", "dangerously", "excessively", "weakly", "poorly",
                             "impressively", "wonderfully", "brilliantly", "superbly", "fantastically"})
# people whose judgements are views and reviews, not acts of a party (GUIDELINE.md: analysts' views are no events)
COMMENTATORS = frozenset({"analyst", "economist", "expert", "historian", "scientist", "researcher", "professor",
                          "scholar", "academic", "commentator", "columnist", "reviewer", "teacher",
                          "strategist", "observer", "pundit", "author", "writer", "biographer", "investor",
                          "trader", "shareholder", "market"})  # market views count as analysts' views
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ours", "myself", "ourselves"})
DEICTIC = frozenset({"it", "this", "that", "these", "those", "which", "what"})
# acts whose "of" phrase names the doer ("the decision of the court"), unlike "the treatment of prisoners"
OF_DOER_NOUNS = frozenset({"decision", "conduct", "behaviour", "behavior", "action", "response", "reaction", "stance",
                           "position", "policy", "attitude", "role", "leadership", "record", "remark", "comment",
                           "statement", "word", "rhetoric", "tactic", "strategy", "approach", "effort", "refusal",
                           "move", "plan", "proposal", "demand", "claim", "choice", "step", "veto"})
TRUTH_WORDS = frozenset({"lie", "lies", "hoax", "sham", "farce", "fraud", "con", "scam", "misleading", "false",
                         "baseless", "untrue", "ridiculous", "absurd", "nonsense", "ludicrous", "deception"})
CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "report", "statement", "charge", "story", "remark",
                         "comment", "assertion", "suggestion"})
PROMISE_NOUNS = frozenset({"promise", "word", "pledge", "commitment", "vow", "obligation", "undertaking"})
BREAKING_VERBS = frozenset({"break", "betray", "violate", "breach", "renege", "abandon", "ignore", "flout",
                            "backtrack"})
# what is broken in breaking the law ("violated international law", "flouted the constitution", "breached its
# sovereignty"), and the verbs that break it; broken agreements and ceasefires are the lexicon's REJECT instead
LAW_NOUNS = frozenset({"law", "laws", "constitution", "sovereignty", "convention", "conventions", "charter"})
# rules, rights and norms are law only when international or human ("human rights", "international norms",
# "the rule of law"), not the rules of a craft, a contract's rights or a trade's norms; and only a state breaks them
RULE_NOUNS = frozenset({"rule", "norm", "right"})
RULE_QUALIFIERS = frozenset({"international", "human", "humanitarian"})
LAW_BREAKING_VERBS = frozenset({"break", "violate", "breach", "flout", "ignore", "disregard", "trample"})
KEEPING_VERBS = frozenset({"keep", "honour", "honor", "fulfil", "fulfill", "follow", "live", "deliver", "meet",
                           "respect", "stick", "stand"})
# words that rate anything ("a great festival", "a terrible week"): they judge conduct named as such ("Y's handling
# was excellent", "Y did a great job"), never an actor or a thing directly ("the new school was a wonderful gift")
RATING_WORDS = frozenset({"great", "brilliant", "wonderful", "fantastic", "terrific", "excellent", "superb",
                          "remarkable", "impressive", "outstanding", "awful", "terrible", "horrible", "bad", "poor",
                          "dreadful", "weak", "success", "successful", "good", "decent", "dismal", "woeful", "lousy",
                          "hopeless", "useless", "nasty"})
# the public collective acts (nouns and verbs, by lemma) for which an acting group is judged: "the truckers'
# blockade", "the rioters looted shops"; not "the farmers did a great job" nor "the farmers ignored the rules"
COLLECTIVE_ACTS = frozenset({"blockade", "protest", "strike", "march", "riot", "rioting", "walkout", "violence",
                             "looting", "loot", "occupation", "occupy", "demonstration", "demonstrate", "rally",
                             "attack", "vandalism"})
# conduct nouns with an everyday sense ("the stock rally", "the pipers' march") that name conduct only when their
# owner is an acting group, a party or the opposition ("the opposition's rally")
GROUP_CONDUCT = frozenset({"march", "rally"})
PARTY_WORDS = frozenset({"party", "opposition"})
# words of sports officials ("the umpire's decision", "the referee"), besides events_actor_words.sporting:
# their decisions are a game's, no act of a state
SPORT_OFFICIALS = frozenset({"umpire", "referee"})
# criminals and criminal groups ("the gang leader", "the cartel", "a drug lord"): never public actors judged,
# whatever sector a role word such as "leader" gives them; a trade word ("drug", "crime") makes a criminal only of a
# boss ("drug lord", "crime boss"), not of a body ("the drug regulator", "the crime agency")
CRIMINAL_GROUPS = frozenset({"gang", "cartel", "mafia", "mob", "triad"})
CRIMINALS = CRIMINAL_GROUPS | {"criminal", "gangster", "mobster", "trafficker", "smuggler", "kingpin"}
CRIME_TRADES = frozenset({"drug", "crime", "narco"})
CRIME_BOSSES = frozenset({"lord", "boss", "baron", "kingpin"})
# words of a local, regional or independent office ("the mayor of Paris", "the state governor", "the ombudsman"):
# a body of its own beside the national government of the same country, so its judgement of that government is
# no self-criticism
SEPARATE_OFFICES = frozenset({"mayor", "governor", "city", "municipal", "municipality", "town", "provincial", "state",
                              "council", "shire", "territory", "local",
                              "regional", "county", "prefect", "gubernatorial", "mayoral", "ombudsman", "auditor"})
# bare words for a country's executive, legislature and opposition ("the government said ...", "the federal
# government", "the parliament's decision", "the opposition"), with GUIDELINE.md's sector for each: one of no
# country is the judges' own only when it is such a bare word
HOME_BODIES = {"government": "GOV", "administration": "GOV", "cabinet": "GOV", "federal": "GOV",
               "parliament": "LEG", "legislature": "LEG", "congress": "LEG", "senate": "LEG", "opposition": "OPP"}
NATIONAL_MODIFIERS = frozenset({"federal", "national", "central"})  # "the federal government": still the nation's
FEELING_PREPS = frozenset({"at", "by", "with", "over", "about", "to", "toward", "towards", "for"})
FEELINGS_IN = frozenset({"disappointed"})  # "disappointed in X": for other feelings "in" places ("angry in Paris")
# states of contentment, which "at" a place locates rather than causes ("happy at the Department of Finance"): felt
# about a party only "with", "about" or "over" it ("unhappy with Y's decision")
CONTENTMENT = frozenset({"happy", "unhappy", "satisfied", "dissatisfied", "content", "comfortable", "uncomfortable"})
# stances held only "of" or "about" a party ("critical of Y's policy", "supportive of Y"), never "critical to"
FEELINGS_OF = frozenset({"critical", "scathing", "dismissive", "contemptuous", "scornful", "disdainful", "supportive",
                         "appreciative"})
SIGNS = {"+": 1, "-": -1, "~": 0}  # praise, criticism, criticism only when denied ("not acceptable")


def adverb_forms(word: str) -> list[str]:
    """The -ly adverbs of an adjective ("reckless" -> "recklessly", "responsible" -> "responsibly")."""
    if word.endswith("le"):
        return [word[:-1] + "y"]
    if word.endswith("ic"):
        return [word + "ally"]
    if word.endswith("y"):
        return [word[:-1] + "ily"]
    return [word + "ly"]


@functools.lru_cache(maxsize=1)
def evaluations() -> dict[str, int]:
    """Polarity (+1 praise, -1 criticism, 0 criticism when denied) of each evaluative word, of the names that
    disapprove of whoever is given them ("liar", "traitor": events_lexicon_words.PEJORATIVES) or of the doer of an
    act they name ("a stunt", "propaganda": PEJORATIVE_ACT_LABELS) and of the adverbs made from the adjective rows."""
    table: dict[str, int] = dict.fromkeys(PEJORATIVES | PEJORATIVE_ACT_LABELS, -1)
    table.update((word, SIGNS[mark]) for word, mark, *_ in data_rows("judgements.tsv"))
    for word, sign in adjective_rows().items():
        for adverb in adverb_forms(word):
            table.setdefault(adverb, sign)
    return table


@functools.lru_cache(maxsize=1)
def adjective_rows() -> dict[str, int]:
    """Polarity of each adjective row of data/events/judgements.tsv, by its form."""
    return {word: SIGNS[mark] for word, mark, _valence, part in data_rows("judgements.tsv") if part == "adj"}


@functools.lru_cache(maxsize=1)
def feelings() -> dict[str, int]:
    """Polarity of the feelings that voice criticism or praise of their cause (data/events/feelings.tsv)."""
    return {word: SIGNS[sign] for word, sign, *_ in data_rows("feelings.tsv")}


@functools.lru_cache(maxsize=1)
def appraisal_verbs() -> dict[str, int]:
    """Polarity of the verbs whose subject appraises another party or its act (data/events/appraisal_verbs.tsv)."""
    return {word: SIGNS[sign] for word, sign, *_ in data_rows("appraisal_verbs.tsv")}


@functools.lru_cache(maxsize=1)
def misconduct_verbs() -> frozenset[str]:
    """Verbs charging their subject with misconduct (data/events/misconduct_verbs.tsv)."""
    return frozenset(row[0] for row in data_rows("misconduct_verbs.tsv"))


@functools.lru_cache(maxsize=1)
def conduct_nouns() -> frozenset[str]:
    """Nouns naming what an actor did, said or decided (data/events/conduct_nouns.txt)."""
    return frozenset(row[0].strip() for row in data_rows("conduct_nouns.txt"))


def polarity(token: Any) -> int | None:
    """+1 (praise), -1 (criticism), 0 (criticism when denied) or None for a token that judges nothing."""
    if token.tag_ == "VBN":
        return participle_polarity(token)
    if token.pos_ not in ("ADJ", "NOUN", "ADV"):
        return None
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "deserve":
        return DESERTS.get(token.lemma_.lower())
    table = evaluations()
    return table.get(token.lower_, table.get(token.lemma_.lower()))


def participle_polarity(token: Any) -> int | None:
    """The polarity of a past participle whose own form is an adjective row ("the move was unjustified"), never
    through its verb ("was disgraced", "were shamed"), and never with a "by" agent ("was shamed by the paper"),
    whose subject is the one acted on."""
    if token.pos_ not in ("ADJ", "ADV") and not stative_participle(token):
        return None
    if any(c.dep_ == "agent" for c in token.children):
        return None
    return adjective_rows().get(token.lower_)


def stative_participle(token: Any) -> bool:
    """True for a judging word parsed as a passive participle ("the protest was misguided", "the move was not
    justified"): a state predicated of the subject, as an adjective would be."""
    return token.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_.lower() == "be" for c in token.children)


@functools.lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Every word (form or lemma) that can voice a judgement, to skip all other tokens at once."""
    return frozenset(evaluations()) | frozenset(feelings()) | frozenset(appraisal_verbs()) | misconduct_verbs() | (
        CULPABLE | frozenset(DESERTS) | BREAKING_VERBS | KEEPING_VERBS | LAW_BREAKING_VERBS
        | PARTY_OBJECT_MISCONDUCT | OUT_OF_WORDS | {verb for verb, _particle in PHRASAL_MISCONDUCT}
        | {"behind", "guilty", "trust", "do"})
