"""Speakers of attributions: the mention's name through the actor stage, with quote-specific fall-backs.

Names come from ``newsgraph.actors.stage.resolve_span``.  What is specific to quotes lives
here: a pronoun or a bare "the statement" as speaker continues the most recent speaker of
the same kind (person or group) that agrees with it in gender (``quotes_gender``), unless a
person was the subject of a sentence since; a role description ("the governor", "the
production company") names the person or organisation the article gave that role or word,
the one mentioned last; and a name is only taken when the article itself gives it, as
written or word by word ("the Kremlin" stays "Kremlin", while its actor is the Russian
government).  A description that can stand for an unnamed source ("a senior administration
official") stays a description.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.actors.stage import resolve_span
from newsgraph.extract.quotes_attrib import Attribution, cue_nouns, is_age_epithet, mention_bounds
from newsgraph.extract.quotes_gender import PRONOUN_GENDER, GenderBook, agrees, first_names
from newsgraph.extract.quotes_lexicon import lexicon
from newsgraph.model import Article, Speaker

PERSON_PRONOUNS = {"he", "she", "him", "her", "who"}
GROUP_PRONOUNS = {"it", "they", "them", "which"}
THING_PRONOUNS = {"it", "which"}
LEADING_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
NAME_WORD = r"(?:[A-Z0-9][\w.&’'-]*|of|for|and|the|on|de)"
PROPER_NAME = re.compile(rf"^{NAME_WORD}(?:\s+{NAME_WORD})*$")
SURNAME = re.compile(r"^[A-Z][a-z][\w’'-]*$")
POSSESSIVE = re.compile(r"['’]s?$")
REFERENT_WINDOW = 2000
ROLE_WINDOW = 5
PRONOUN_WINDOW = 600
REFERENT_TOKENS = 80
MAIN_PERSON_MENTIONS = 3
SUBORDINATE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj"}
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


@functools.lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Titles written before names (data/quotes/titles.txt), lower-cased."""
    return frozenset(lexicon("titles.txt"))


@functools.lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns for a person's role or occupation (data/quotes/person_nouns.txt)."""
    return frozenset(lexicon("person_nouns.txt"))


class SpeakerBook:
    """Speakers of an article's attributions, resolved in text order so pronouns can look back."""

    def __init__(self, article: Article, is_quoted: Callable[[int], bool] = lambda char: False) -> None:
        """``is_quoted`` tells whether a character lies inside quotation marks."""
        self.article = article
        self.is_quoted = is_quoted
        self.people = [e for e in article.entities if e.label == "PERSON"]
        self.groups = [e for e in article.entities if e.label in GROUP_ENTITY_LABELS]
        self.genders = GenderBook(article.doc, self.people)
        names = (self._without_title(POSSESSIVE.sub("", e.text)).split() for e in self.people)
        self.surnames = {words[-1] for words in names if len(words) > 1}
        self.history: list[tuple[Speaker, bool]] = []
        self.history_at: list[int] = []
        self.by_cue: dict[int, Speaker] = {}

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

    def speaker(self, att: Attribution) -> Speaker:
        """The speaker of an attribution (resolved once, then remembered by its cue)."""
        known = self.by_cue.get(att.cue.i)
        if known is not None:
            return known
        speaker = self._resolve(att)
        self.by_cue[att.cue.i] = speaker
        bare_noun = self._is_bare_cue_noun(att)
        if not self._is_pronoun(att) and not (bare_noun and speaker.name.lower() in speaker.text.lower()):
            is_group = not self._is_person_name(speaker.name) if bare_noun else self._is_group(att)
            self.history.append((speaker, is_group))  # "X issued a statement ...": X speaks on
            self.history_at.append(att.cue.idx)
        return speaker

    def _resolve(self, att: Attribution) -> Speaker:
        """Name and actor of an attribution's speaker: look back for pronouns and descriptions, else resolve."""
        text = self.article.text
        mention = text[att.start:att.end]
        if not att.start <= att.speaker.idx < att.end:
            return self._named(att, mention)  # "The group, Elmbrook Tenants Union,": the apposition names it
        if self._is_bare_cue_noun(att):
            owner = self._signer(att) or self._statement_owner(att)
            if owner is not None:
                return replace(owner, start=att.start, end=att.end, text=mention)
        if self._is_pronoun(att) or self._is_bare_cue_noun(att):
            want_group = att.speaker.lower_ in GROUP_PRONOUNS or self._is_bare_cue_noun(att)
            pronoun = att.speaker.lower_
            earlier = self._last(group=want_group, pronoun=pronoun)
            if earlier is None and pronoun not in PRONOUN_GENDER and pronoun not in THING_PRONOUNS:
                earlier = self._last(group=None, pronoun=pronoun)  # "he" is never a group, "it" never a person
            if not want_group:
                earlier = self._later_subject(earlier, att) or earlier
            if earlier is not None:
                return replace(earlier, start=att.start, end=att.end, text=mention)
        if is_age_epithet(att.speaker):
            person = self._previous_subject(att) or self._last_named_person(att)
            if person is not None:
                return replace(person, start=att.start, end=att.end, text=mention)
        if self._is_description(att):
            named = self._named_by_description(att)
            if named is not None:
                return replace(named, start=att.start, end=att.end, text=mention)
        if self._is_definite_description(att):
            earlier = self._definite_referent(att)
            if earlier is not None:
                return replace(earlier, start=att.start, end=att.end, text=mention)
        return self._named(att, mention)

    def _named(self, att: Attribution, mention: str) -> Speaker:
        """The speaker as the mention names it: the actor stage's name, kept to what the article writes."""
        name, actor = resolve_span(self.article, att.start, att.end)
        bare = LEADING_ARTICLE.sub("", mention)
        untitled = self._without_title(bare)
        surname = self._full_name(untitled) if SURNAME.match(untitled) else self._surname_head(att)
        if surname:
            name = surname  # the person as the article first names them ("Okafor" -> "Ada Okafor")
        elif not self._given_in_text(name) or (att.speaker.pos_ == "NOUN" and att.speaker.text not in name):
            name = mention  # a canonical actor name the article never uses, or a possessor picked for its noun
        elif att.speaker.pos_ == "PROPN" and not set(name.lower().split()) & set(bare.lower().split()):
            name = mention  # "Greens" is not "Green Party"
        elif name != mention and name in bare and PROPER_NAME.match(bare) and not self._is_person_name(name):
            name = mention  # "Harbor Daily News" stays whole; "spokesman Lu Wenbo" may shorten to the person
        elif att.speaker.pos_ == "NOUN" and name.lower() == att.speaker.text.lower():
            name = mention  # a bare noun keeps its description: "authorities in Oslo"
        if name == mention:
            name = self._fuller_name(att, mention)
        name = self._with_given_name(att, name)
        name = LEADING_ARTICLE.sub("", name) or name
        return Speaker(att.start, att.end, mention, name, actor)

    @staticmethod
    def _with_given_name(att: Attribution, name: str) -> str:
        """"Lu Wenbo" for a name cut to its head word: the proper nouns written right before it join it."""
        head = att.speaker
        if name != head.text or head.pos_ != "PROPN":
            return name
        words: list[str] = []
        for token in reversed(head.doc[max(0, head.i - 2):head.i]):
            if token.dep_ != "compound" or token.head.i != head.i or token.pos_ != "PROPN" or (
                    token.lower_ in titles()):
                break
            words.insert(0, token.text)
        return " ".join([*words, name])

    def _surname_head(self, att: Attribution) -> str | None:
        """The full name for a surname described by other words ("the 9th-seeded Marchetti").

        The surname must be a person entity's, or its full form must start with a known given name
        or be a two-word entity of another label (the tagger calls some people ORG or PRODUCT).
        """
        head = att.speaker
        if head.pos_ != "PROPN" or not SURNAME.match(head.text) or any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts):
            return None
        full = self._full_name(head.text)
        if full and (head.text in self.surnames or _has_given_name(full)
                     or len(full.split()) == 2 and any(e.text == full for e in self.article.entities)):
            return full
        return None

    def _given_in_text(self, name: str) -> bool:
        """Whether the article gives a name: as written, or as capitalised words it all uses ("Ada B. Okafor")."""
        if name in self.article.text:
            return True
        words = name.split()
        return len(words) > 1 and all(w[:1].isupper() and re.search(rf"\b{re.escape(w)}\b", self.article.text)
                                      for w in words)

    def _later_subject(self, earlier: Speaker | None, att: Attribution) -> Speaker | None:
        """A person named as a sentence subject after the last speaker and shortly before "he"/"she".

        The person is a PERSON entity or a bare surname of one ("Brandt was accused ... He denied"),
        is the subject of a main clause (not "X declined to say whether ... on the night Hale died. He
        said"), and must agree with the pronoun in gender.
        """
        since = max(self.history_at[-1] if earlier is not None and self.history_at else -1,
                    att.start - PRONOUN_WINDOW)
        doc = self.article.doc
        subjects = [t for t in reversed(doc[self._token_index(max(0, since)):att.speaker.i])
                    if t.idx > since and t.dep_ in ("nsubj", "nsubjpass") and not self.is_quoted(t.idx)
                    and _in_main_clause(t)]
        for token in subjects:
            person = self._person_at(token) or self._earlier_speaker_at(token)
            if person is not None and agrees(self.genders.gender(person.name), att.speaker.lower_):
                return person
        return None

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

    def _earlier_speaker_at(self, token: Any) -> Speaker | None:
        """A person speaker already quoted whom a subject token names by surname ("Marchetti declined")."""
        if not SURNAME.match(token.text):
            return None
        for speaker, is_group in reversed(self.history):
            words = speaker.name.split()
            if not is_group and len(words) > 1 and words[-1] == token.text:
                return replace(speaker, start=token.idx, end=token.idx + len(token.text), text=token.text)
        return None

    def _signer(self, att: Attribution) -> Speaker | None:
        """Who wrote "the petition signed by dozens of nurses": the agent of a participle on the speech noun."""
        for clause in att.speaker.rights:
            if clause.dep_ != "acl" or clause.tag_ != "VBN":
                continue
            for agent in clause.children:
                names = [c for c in agent.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")]
                if agent.dep_ == "agent" and names:
                    start, end = mention_bounds(names[0])
                    return self._resolve(Attribution(att.cue, names[0], start, end))
        return None

    def _statement_owner(self, att: Attribution) -> Speaker | None:
        """Who issued "the statement": the subject of the last verb with that noun as its object, or its owner."""
        lemma = att.speaker.lemma_.lower()
        doc = self.article.doc
        for token in reversed(doc[:att.speaker.i + 1]):  # the noun itself first: "X issued a statement warning"
            if token.lemma_.lower() != lemma or self.is_quoted(token.idx):
                continue
            owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
            owners += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                       for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]
            if not owners and token.dep_ == "dobj":
                owners = [c for c in token.head.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")]
            if owners:
                start, end = mention_bounds(owners[0])
                return self._resolve(Attribution(token, owners[0], start, end))
        return None

    def _is_description(self, att: Attribution) -> bool:
        """"Norway's ambassador", "the company's chief executive": a definite or possessive description."""
        head = att.speaker
        return head.pos_ == "NOUN" and head.tag_ == "NN" and head.lemma_.lower() not in GROUP_NOUNS and any(
            c.dep_ == "poss" or c.lower_ == "the" for c in head.lefts)

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

    @staticmethod
    def _is_definite_description(att: Attribution) -> bool:
        """"The company said", "the analyst said": a bare definite description that points back (not one that
        names its own place or owner, "the Tasmania water board"; a quoted title, 'the "Harbor Lights"
        actor', does not name one)."""
        head = att.speaker
        lefts = [c for c in head.lefts if not c.is_punct and not _quoted_title(c)]
        return (head.tag_ == "NN" and bool(lefts) and lefts[0].lower_ == "the"
                and all(c.dep_ in ("compound", "amod", "det") and c.pos_ != "PROPN" for c in lefts)
                and all(c.dep_ == "punct" or _set_off(c) for c in head.rights))

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

        Any entity label counts: the tagger often takes "Larch Hill Productions"-like names for people.
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

    def _last(self, group: bool | None, pronoun: str = "") -> Speaker | None:
        """The most recent named speaker, of a kind (group or person) or of any kind, that agrees with a pronoun."""
        for speaker, is_group in reversed(self.history):
            if group is not None and is_group != group:
                continue
            if is_group or agrees(self.genders.gender(speaker.name), pronoun):
                return speaker
        return None

    @staticmethod
    def _is_pronoun(att: Attribution) -> bool:
        """Whether the speaker mention is a personal pronoun."""
        return att.speaker.pos_ == "PRON" and att.speaker.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS

    @staticmethod
    def _is_bare_cue_noun(att: Attribution) -> bool:
        """"The statement said": a speech noun without its owner speaks for the last group speaker."""
        head = att.speaker
        return head.lemma_.lower() in cue_nouns() and not any(c.dep_ == "poss" for c in head.children)

    def _is_group(self, att: Attribution) -> bool:
        """Whether a speaker is an organisation or several people rather than one person."""
        head = att.speaker
        if self._is_person_surname(head):
            return False  # "Quell said": the tagger took a person's surname for an organisation
        if any(e.start <= head.idx < e.end for e in self.groups if e.label == "ORG"):
            return True
        if head.pos_ == "NOUN" and head.lemma_.lower() in GROUP_NOUNS:
            return True  # "The company ..., Larch Hill Events," even when the tagger calls the name a person
        if any(att.start <= e.start and e.end <= att.end for e in self.people):
            return False
        if head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in GROUP_NOUNS:
            return True
        return any(e.start < att.end and att.start < e.end for e in self.groups)

    def _is_person_surname(self, head: Any) -> bool:
        """A bare surname whose full name the article gives with a gendered given name ("Ivo Quell")."""
        if head.pos_ != "PROPN" or head.text not in self.surnames or any(c.pos_ == "PROPN" for c in head.lefts):
            return False
        return _has_given_name(self._full_name(head.text))

    def _fuller_name(self, att: Attribution, mention: str) -> str:
        """A person's name inside a longer mention, or the full name of a surname given earlier."""
        head = att.speaker.idx
        inside = [e for e in self.people if att.start <= e.start <= head < e.end <= att.end and e.text != mention]
        if inside:
            return POSSESSIVE.sub("", inside[-1].text)
        if " " in mention or not mention[:1].isupper() or att.speaker.pos_ == "PRON":
            return mention
        names = [s.name for s, _ in self.history]
        names += [POSSESSIVE.sub("", e.text) for e in self.people if e.start < att.start]
        fuller = [n for n in names if n != mention and mention in (n.split()[0], n.split()[-1])]
        if fuller:
            return fuller[0]
        return self._first_full_form(mention) or mention

    @staticmethod
    def _without_title(mention: str) -> str:
        """ "Ms Varga" -> "Varga"."""
        words = mention.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in {t.rstrip(".") for t in titles()}:
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
        pattern = re.compile(r"((?:[(\[]?[A-Z][\w.’'-]*[)\]]?\s){1,2})" + re.escape(surname)
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


def _has_given_name(full: str | None) -> bool:
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


def _in_main_clause(subject: Any) -> bool:
    """Whether a subject is not in a clause that hangs on a word before it ("... to say whether Brandt slept",
    "the night Hale died"); a clause hung on a later verb is taken for a misparsed main clause."""
    verb = subject.head
    while verb.dep_ != "ROOT":
        if verb.dep_ in SUBORDINATE_DEPS and verb.head.i < verb.i:
            return False
        verb = verb.head
    return True


def _quoted_title(token: Any) -> bool:
    """A modifier in quotation marks, a show's or work's title: the "Harbor Lights" in 'the "Harbor Lights" actor'."""
    doc = token.doc
    first, last = token.left_edge.i, token.right_edge.i
    opens = doc[first].is_quote or first > 0 and doc[first - 1].is_quote
    closes = doc[last].is_quote or last + 1 < len(doc) and doc[last + 1].is_quote
    return token.dep_ in ("nmod", "compound", "amod") and opens and closes


def _set_off(clause: Any) -> bool:
    """A clause set off by a comma ("the firm, which plans to ..."): it adds to the noun, not restricts it."""
    first = clause.left_edge
    return clause.dep_ in ("relcl", "acl", "appos") and first.i > 0 and first.nbor(-1).text == ","


def copy_speaker(speaker: Speaker | None) -> Speaker | None:
    """A copy of a speaker for a quote that continues an earlier one."""
    return replace(speaker) if speaker is not None else None

