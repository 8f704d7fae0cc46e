"""Referents of descriptions in quote attributions: whom "the governor", "the company", "the actor" or
"the 61-year-old" stands for, from the people and organisations the article names before.

``ReferentBook`` holds an article's people, groups, surnames and the speakers resolved so far;
``quotes_speakers.SpeakerBook`` builds on it.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.actors.stage import resolve_span
from newsgraph.extract.quotes_attrib import Attribution
from newsgraph.extract.quotes_gender import GenderBook, first_names
from newsgraph.extract.quotes_lexicon import lexicon
from newsgraph.model import Article, Speaker

LEADING_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
NAME_WORD = r"(?:[A-Z0-9][\w.&’'-]*|of|for|and|the|on|de)"
PROPER_NAME = re.compile(rf"^{NAME_WORD}(?:\s+{NAME_WORD})*$")
SURNAME = re.compile(r"^[A-Z][a-z][\w’'-]*$")
POSSESSIVE = re.compile(r"['’]s?$")
REFERENT_WINDOW = 2000
ROLE_WINDOW = 5
REFERENT_TOKENS = 80
MAIN_PERSON_MENTIONS = 3
COMPANY_NOUNS = {"company", "firm", "startup", "retailer", "automaker", "label", "carrier", "lender", "insurer", "bank",
                 "brokerage", "manufacturer", "developer", "provider", "operator", "studio"}
ABBREVIATED_TITLES = {"gov.": "governor", "sen.": "senator", "rep.": "representative", "gen.": "general",
                      "lt.": "lieutenant", "sgt.": "sergeant", "dr.": "doctor", "prof.": "professor",
                      "supt.": "superintendent", "atty.": "attorney", "capt.": "captain", "col.": "colonel"}
GROUP_ENTITY_LABELS = {"ORG", "GPE", "NORP", "FAC"}
GROUP_NOUNS = {
    "company", "group", "firm", "agency", "office", "ministry", "department", "government", "police", "union",
    "committee", "commission", "council", "court", "utility", "coalition", "organisation", "organization",
    "association", "team", "club", "network", "newspaper", "board", "party", "administration", "military",
    "army", "authority", "bank", "label", "campaign", "embassy", "service", "institute", "university",
    "brokerage", "lender", "insurer", "carrier", "retailer", "automaker", "startup", "outlet", "publication",
    "broadcaster", "website", "station", "producer", "manufacturer", "developer", "operator", "provider",
    "school", "hospital", "prosecutor", "regulator", "exchange", "fund", "studio", "band",
}


class ReferentBook:
    """An article's named people and groups, and the speakers resolved so far, for finding referents."""

    def __init__(self, article: Article) -> None:
        """Index the article's PERSON and group entities and the surnames of its people."""
        self.article = article
        self.people = [e for e in article.entities if e.label == "PERSON"]
        self.groups = [e for e in article.entities if e.label in GROUP_ENTITY_LABELS]
        self.genders = GenderBook(article.doc, self.people)
        names = (self._without_title(POSSESSIVE.sub("", e.text)).split() for e in self.people)
        self.surnames = {words[-1] for words in names if len(words) > 1}
        self.history: list[tuple[Speaker, bool]] = []

    @functools.cached_property
    def surname_offsets(self) -> dict[str, list[int]]:
        """Offsets of each surname's whole-word mentions in the text, in order (one pass over the text)."""
        offsets: dict[str, list[int]] = {surname: [] for surname in self.surnames}
        if offsets:
            longest_first = sorted(offsets, key=len, reverse=True)
            pattern = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in longest_first) + r")\b")
            for match in pattern.finditer(self.article.text):
                offsets[match.group()].append(match.start())
        return offsets

    def _person_at(self, token: Any) -> Speaker | None:
        """The person a subject token names: inside a PERSON entity, or the bare surname of one (which the
        tagger may take for a common noun: "Marchetti declined")."""
        for person in self.people:
            if person.start <= token.idx < person.end:
                return self._entity_speaker(person)
        if token.pos_ in ("PROPN", "NOUN") and SURNAME.match(token.text) and token.text in self.surnames:
            if self._full_name(token.text):
                return self._surname_speaker(token.idx, token.text)
        return None

    def _surname_speaker(self, start: int, surname: str) -> Speaker:
        """A speaker for a bare surname at an offset: the full name the article gives it, and its actor."""
        _, actor = resolve_span(self.article, start, start + len(surname))
        return Speaker(start, start + len(surname), surname, self._full_name(surname) or surname, actor)

    def _named_by_description(self, att: Attribution) -> Speaker | None:
        """The person the article names with the same description ("Norway's envoy to Chile Ola Strand"),
        or the only person named with its role words when the name leaves out the country's possessive
        ("Norway's finance minister" ... "Finance Minister Ola Strand")."""
        doc = self.article.doc
        tokens = [t for t in doc[att.speaker.left_edge.i:att.speaker.i + 1] if t.is_alpha and not t.is_stop]
        words = {t.lemma_.lower() for t in tokens}
        if len(words) < 2:
            return None
        role = {t.lemma_.lower() for t in tokens if not (t.dep_ == "poss" and t.pos_ == "PROPN")}
        fitting = []
        for person in self.people:
            if person.start <= att.start < person.end:
                continue
            first = self._token_index(person.start)
            before = {t.lemma_.lower() for t in doc[max(0, first - ROLE_WINDOW - 2):first]}
            if words <= before:
                return self._entity_speaker(person)
            if len(role) >= 2 and role <= before:
                fitting.append(self._entity_speaker(person))
        return fitting[0] if len({f.name for f in fitting}) == 1 else None  # "Norway's finance minister"

    def _is_person_name(self, name: str) -> bool:
        """Whether a name is some person entity's text."""
        return any(POSSESSIVE.sub("", e.text) == name for e in self.people)

    def _definite_referent(self, att: Attribution) -> Speaker | None:
        """What "the company" or "the analyst" refers to: a named group, or the person with that role."""
        if att.speaker.lemma_.lower() in GROUP_NOUNS:
            return self._group_referent(att)
        return self._person_referent(att)

    def _group_referent(self, att: Attribution) -> Speaker | None:
        """"The commission", "the production company": an organisation with that word, the article's main
        company, the last named group speaker, or the last organisation that was a subject."""
        head = att.speaker
        named = [e for e in self.groups if e.label == "ORG" and e.end <= att.start
                 and head.lemma_.lower() in e.text.lower()]
        named = named or self._orgs_by_modifier(att)
        if named:
            return self._entity_speaker(named[-1])  # "the water board" -> "... Water Board"
        main = self._main_company(att) if head.lemma_.lower() in COMPANY_NOUNS else None
        if main is not None:
            return main
        for speaker, is_group in reversed(self.history):
            if is_group and PROPER_NAME.match(speaker.name) and not self._is_person_name(speaker.name):
                return speaker
        subjects = [e for e in self.groups if e.label == "ORG" and e.end <= att.start
                    and att.start - e.start < REFERENT_WINDOW and self._is_subject(e)]
        return self._entity_speaker(subjects[-1]) if subjects else None

    def _person_referent(self, att: Attribution) -> Speaker | None:
        """"The governor", "the actor": the holder of that role mentioned last, else the person an earlier
        speaker with the same description stood for, else (for a role noun) the person subject of the
        sentence before, else the person the article is about."""
        holders = self._role_holders(att)
        if holders:
            return max(holders, key=lambda h: (h[0], self._last_mention(h[1], att.start)))[1]
        same = self._same_description(att)
        if same is not None:
            return same
        if att.speaker.lemma_.lower() not in person_nouns():
            return None
        return self._previous_subject(att) or self._main_person(att)

    def _same_description(self, att: Attribution) -> Speaker | None:
        """The person an earlier speaker described with the same noun stood for ("said the actor" ... 'the
        "Harbor Lights" actor said')."""
        noun = att.speaker.lower_
        for speaker, is_group in reversed(self.history):
            words = speaker.text.lower().split()
            if not is_group and words and words[-1] == noun and speaker.name.lower().split()[-1:] != [noun]:
                return speaker
        return None

    def _orgs_by_modifier(self, att: Attribution) -> list[Any]:
        """Names whose later words include a modifier of the description, in singular or plural:
        "the production company" -> "... Productions", "the records label" -> "... Record".

        Any entity label counts: the tagger often takes "Larchmere Productions"-like names for people.
        """
        words = {singular(c.lower_) for c in att.speaker.lefts
                 if c.dep_ in ("compound", "amod") and c.is_alpha and not c.is_stop}
        found = [e for e in self.groups + self.people if e.end <= att.start and e.label != "GPE"
                 and words & {singular(POSSESSIVE.sub("", w).lower()) for w in e.text.split()[1:]}]
        return sorted(found, key=lambda e: e.start)

    def _main_company(self, att: Attribution) -> Speaker | None:
        """"The company said": the organisation named most often in the article (at least twice), if named before."""
        counts: dict[str, list[Any]] = {}
        for entity in self.groups:
            if entity.label == "ORG":
                counts.setdefault(POSSESSIVE.sub("", entity.text), []).append(entity)
        best = max(counts.values(), key=len, default=[])
        named = [e for e in best if e.end <= att.start]
        return self._entity_speaker(named[-1]) if len(best) >= 2 and named else None

    def _role_holders(self, att: Attribution) -> list[tuple[int, Speaker]]:
        """People the article names with the description's role ("Gov. Ivo Quell" for "the governor").

        Each comes with the number of the description's other words ("foreign" in "the foreign
        minister") found by the name too, so the closer fit can be preferred.
        """
        head = att.speaker
        role = head.lemma_.lower()
        modifiers = {c.lemma_.lower() for c in head.lefts if c.dep_ in ("compound", "amod")}
        doc = head.doc
        holders: dict[str, tuple[int, Speaker]] = {}
        for person in [e for e in self.people if e.end <= att.start]:
            first = self._token_index(person.start)
            last = self._token_index(person.end - 1)
            nearby = {ABBREVIATED_TITLES.get(t.lower_, t.lemma_.lower())
                      for t in [*doc[max(0, first - ROLE_WINDOW):last + 1 + ROLE_WINDOW]]}
            if role in nearby:
                speaker = self._entity_speaker(person)
                fit = len(modifiers & nearby)
                if fit >= holders.get(speaker.name, (-1, speaker))[0]:
                    holders[speaker.name] = (fit, speaker)
        return list(holders.values())

    def _main_person(self, att: Attribution) -> Speaker | None:
        """"Said the actor" in a story about one person: the person named far more often than anyone else.
        """
        counts = sorted(((len(found), s) for s, found in self.surname_offsets.items()), reverse=True)
        if not counts or counts[0][0] < MAIN_PERSON_MENTIONS or len(counts) > 1 and counts[0][0] < 2 * counts[1][0]:
            return None
        surname = counts[0][1]
        first = self.surname_offsets[surname][0]
        return self._surname_speaker(first, surname) if first < att.start else None

    def _last_named_person(self, att: Attribution) -> Speaker | None:
        """The person whose surname was written last before a mention (within ``REFERENT_WINDOW``).

        Only names with a gender (a given name, an honorific or pronouns that follow them) count:
        the tagger takes some clubs and companies for people.
        """
        found = []
        for surname, offsets in self.surname_offsets.items():
            before = bisect.bisect_left(offsets, att.start)
            if before and self.genders.gender(self._full_name(surname) or surname) is not None:
                found.append((offsets[before - 1], surname))
        if not found:
            return None
        start, surname = max(found)
        return self._surname_speaker(start, surname) if att.start - start <= REFERENT_WINDOW else None

    def _last_mention(self, speaker: Speaker, before: int) -> int:
        """Offset of the last mention of a person's surname before a position."""
        surname = speaker.name.split()[-1] if speaker.name else ""
        found = self.article.text.rfind(surname, 0, before) if surname else -1
        return max(found, speaker.start)

    def _previous_subject(self, att: Attribution) -> Speaker | None:
        """"Tessa Wilde saw ... The plumber said": the person subject of the sentence before.
        """
        doc = self.article.doc
        sentence = att.speaker.sent
        if sentence.start == 0:
            return None
        before = doc[sentence.start - 1].sent
        if att.speaker.i - before.start > REFERENT_TOKENS:
            return None
        for token in before:
            if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT":
                person = self._person_at(token)
                if person is not None:
                    return person
        return None

    def _token_index(self, char: int) -> int:
        """Index of the token at a character offset."""
        doc = self.article.doc
        token = doc.char_span(char, char + 1, alignment_mode="expand")
        return token.start if token is not None else 0

    def _is_subject(self, entity: Any) -> bool:
        """Whether an entity mention is a subject (or an apposition) in its sentence."""
        doc = self.article.doc
        span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("nsubj", "nsubjpass", "appos")

    def _entity_speaker(self, entity: Any) -> Speaker:
        """A speaker standing for an entity mention (its name and actor)."""
        name = self._without_title(POSSESSIVE.sub("", LEADING_ARTICLE.sub("", entity.text)))
        if SURNAME.match(name):
            name = self._full_name(name) or name
        _, actor = resolve_span(self.article, entity.start, entity.end)
        return Speaker(entity.start, entity.end, entity.text, name, actor or entity.actor)

    @staticmethod
    def _without_title(mention: str) -> str:
        """ "Ms Varga" -> "Varga"."""
        words = mention.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in bare_titles():
            words = words[1:]
        return " ".join(words)

    def _full_name(self, surname: str) -> str | None:
        """A person's full name for a bare surname: a PERSON entity with it, else its first full form in the text."""
        for person in self.people:
            words = self._without_title(POSSESSIVE.sub("", person.text)).split()
            if len(words) > 1 and surname in (words[0], words[-1]):
                return " ".join(words)
        return self._first_full_form(surname)

    def _first_full_form(self, surname: str) -> str | None:
        """The first "Ada Okafor" in the text for a bare "Okafor" (capitalised words right before it, or a
        bracketed given name an editor put into a quote)."""
        # (the lookahead turns down at once the positions where no capitalised word or bracket starts)
        pattern = re.compile(r"(?=[(\[A-Z])((?:[(\[]?[A-Z][\w.’'-]*[)\]]?\s){1,2})" + re.escape(surname)
                             + r"\b(,? (?:Jr\.|Sr\.|III|II))?")
        for match in pattern.finditer(self.article.text):
            words = [w.strip("()[]") for w in match.group(1).split()]  # "Coach (Ada) Okafor" in a quote
            if any(w.endswith(".") and len(w) > 2 and w.lower() not in titles() for w in words):
                continue  # "Monday. They": a sentence ends in between
            titled = [i for i, w in enumerate(words) if w.lower() in titles()]
            if titled:
                words = words[titled[-1] + 1:]  # "Unlike Mr. Okafor": the name starts after the title
            while words and (words[0].lower() in STOP_WORDS or words[0].lower() in titles()
                             or words[0].isupper() and len(words[0]) > 1):
                words = words[1:]
            if words:
                return " ".join([*words, surname]) + (match.group(2) or "")
        return None



@functools.lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Titles written before names (data/quotes/titles.txt), lower-cased."""
    return frozenset(lexicon("titles.txt"))


@functools.lru_cache(maxsize=1)
def bare_titles() -> frozenset[str]:
    """The titles without their full stops ("mr", "dr"), to compare with a word stripped the same way."""
    return frozenset(t.rstrip(".") for t in titles())


@functools.lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns for a person's role or occupation (data/quotes/person_nouns.txt)."""
    return frozenset(lexicon("person_nouns.txt"))


def has_given_name(full: str | None) -> bool:
    """Whether a full name starts with a known given name (data/quotes/first_names.txt)."""
    return full is not None and full.split()[0].lower() in first_names()


def singular(word: str) -> str:
    """A lower-case English noun without its regular plural ending ("productions" -> "production",
    "agencies" -> "agency", "boxes" -> "box"); other words unchanged."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word

