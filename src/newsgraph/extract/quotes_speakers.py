"""Speakers of attributions: the mention's name through the actor stage, with quote-specific fall-backs.

Names come from ``newsgraph.actors.stage.resolve_span``.  What is specific to quotes lives
here: a pronoun or a bare "the statement" as speaker continues the most recent speaker of
the same kind (person or group) that agrees with it in gender (``quotes_gender``), unless a
person was the subject of a sentence since; a role description ("the governor", "the
production company") names the person or organisation the article gave that role or word,
the one mentioned last (``quotes_referents``); and a name is only taken when the article itself gives it, as
written or word by word ("the Kremlin" stays "Kremlin", while its actor is the Russian
government).  A description that can stand for an unnamed source ("a senior administration
official") stays a description.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from newsgraph.actors.stage import resolve_span
from newsgraph.extract.quotes_attrib import Attribution, cue_nouns, is_age_epithet, mention_bounds
from newsgraph.extract.quotes_gender import PRONOUN_GENDER, agrees
from newsgraph.extract.quotes_referents import (
    GROUP_NOUNS,
    LEADING_ARTICLE,
    POSSESSIVE,
    PROPER_NAME,
    SURNAME,
    ReferentBook,
    has_given_name,
    titles,
)
from newsgraph.model import Article, Speaker

PERSON_PRONOUNS = {"he", "she", "him", "her", "who"}
GROUP_PRONOUNS = {"it", "they", "them", "which"}
THING_PRONOUNS = {"it", "which"}
PRONOUN_WINDOW = 600
SUBORDINATE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj"}


class SpeakerBook(ReferentBook):
    """Speakers of an article's attributions, resolved in text order so pronouns can look back."""

    def __init__(self, article: Article, is_quoted: Callable[[int], bool] = lambda char: False) -> None:
        """``is_quoted`` tells whether a character lies inside quotation marks."""
        super().__init__(article)
        self.is_quoted = is_quoted
        self.history_at: list[int] = []
        self.by_cue: dict[int, Speaker] = {}

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
        if full and (head.text in self.surnames or has_given_name(full)
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
            return True  # "The company ..., Larchmere Events," even when the tagger calls the name a person
        if any(att.start <= e.start and e.end <= att.end for e in self.people):
            return False
        if head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in GROUP_NOUNS:
            return True
        return any(e.start < att.end and att.start < e.end for e in self.groups)

    def _is_person_surname(self, head: Any) -> bool:
        """A bare surname whose full name the article gives with a gendered given name ("Ivo Quell")."""
        if head.pos_ != "PROPN" or head.text not in self.surnames or any(c.pos_ == "PROPN" for c in head.lefts):
            return False
        return has_given_name(self._full_name(head.text))

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
        fuller = [n for n in names if n.split() and n != mention and mention in (n.split()[0], n.split()[-1])]
        if fuller:
            return fuller[0]
        return self._first_full_form(mention) or mention


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

