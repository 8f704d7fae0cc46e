"""Attribution from spaCy's dependency parse: cue verbs and nouns, their speakers, and reported content.

The cue verb's subject is the speaker ("Zhao added"), also when the subject follows the
verb ("said Zack Cooper"), is shared with a governing verb ("criticized ..., accusing"), or
is a speech noun ("a joint statement called on ..."); "according to X" names X.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

Token = Any  # spacy.tokens.Token

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
INHERIT_SUBJECT_DEPS = {"advcl", "xcomp", "conj", "pcomp"}
INVERTED_SUBJECT_DEPS = {"dobj", "attr", "npadvmod", "appos", "oprd", "dative"}
NAME_LEFT_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "case", "flat", "quantmod", "punct", "npadvmod"}
CONTENT_PREPS = {"for", "of", "on", "about", "against"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
NAMING_CUES = {"call", "describe", "dub", "label", "term", "brand"}


def _entries(name: str) -> dict[str, str]:
    """``{lemma: flag}`` from a lexicon file: one lemma per line, an optional flag after it."""
    path = resources.files("newsgraph.data.quotes").joinpath(name)
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].lower().split()
        if fields:
            entries[fields[0]] = fields[1] if len(fields) > 1 else ""
    return entries


@functools.lru_cache(maxsize=1)
def cue_verbs() -> frozenset[str]:
    """Lemmas of verbs of saying (data/quotes/cue_verbs.txt)."""
    return frozenset(_entries("cue_verbs.txt"))


@functools.lru_cache(maxsize=1)
def strict_cue_verbs() -> frozenset[str]:
    """Cue verbs with other common senses: cues only when they govern the quote or a clause."""
    return frozenset(k for k, flag in _entries("cue_verbs.txt").items() if flag == "strict")


@functools.lru_cache(maxsize=1)
def cue_nouns() -> frozenset[str]:
    """Lemmas of nouns that carry speech (data/quotes/cue_nouns.txt)."""
    return frozenset(_entries("cue_nouns.txt"))


def governs(cue: Token, token: Token) -> bool:
    """Whether ``token`` lies in the cue's dependency subtree (the quote is the cue's complement)."""
    return cue.left_edge.i <= token.i <= cue.right_edge.i and any(a.i == cue.i for a in token.ancestors)


def cue_fits_quote(cue: Token, first: Token) -> bool:
    """A strict cue verb counts for a quote only when it governs it or takes a clause."""
    if cue.lemma_.lower() not in strict_cue_verbs():
        return True
    return governs(cue, first) or any(c.dep_ == "ccomp" for c in cue.children)


@dataclass(slots=True)
class Attribution:
    """A cue and the head token of its speaker (``speaker`` is None for "according to" without one)."""

    cue: Token
    speaker: Token
    start: int
    end: int


def is_cue_verb(token: Token) -> bool:
    """A verb of saying (not an auxiliary, not a participle used as an adjective)."""
    return token.lemma_.lower() in cue_verbs() and token.pos_ in ("VERB", "AUX") and token.dep_ != "amod"


def _subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The speaker head of a cue verb, following the parse where the subject is not a direct child."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ != "VBN" and (
            verb.head.pos_ == "PROPN" or verb.head.lemma_.lower() in cue_nouns()):
        return verb.head
    if verb.dep_ in INHERIT_SUBJECT_DEPS and verb.head.pos_ in ("VERB", "AUX") and depth < 3:
        return _subject_of(verb.head, depth + 1)
    for child in verb.rights:
        if child.dep_ in INVERTED_SUBJECT_DEPS and child.pos_ == "PROPN":
            return child
    return None


def _owner(noun: Token) -> Token:
    """For a speech noun, who it belongs to: "X's statement" -> X; else the noun itself."""
    if noun.lemma_.lower() in cue_nouns():
        for child in noun.children:
            if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
                return child
    return noun


def attribution_of(verb: Token) -> Attribution | None:
    """Attribution of a cue verb: its speaker's head, or None when it has no speaker."""
    subject = _subject_of(verb)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    if subject.pos_ == "PRON" and subject.lower_ in ("you", "i", "we", "me", "us") and verb.lemma_ == "tell":
        return None
    subject = _owner(subject)
    start, end = mention_bounds(subject)
    return Attribution(verb, subject, start, end)


def according_to(token: Token) -> Attribution | None:
    """Attribution of "according to X" at the token "according"."""
    if token.lower_ != "according":
        return None
    for to in token.children:
        if to.lower_ == "to":
            for obj in to.children:
                if obj.dep_ == "pobj":
                    start, end = mention_bounds(_owner(obj))
                    return Attribution(token, obj, start, end)
    return None


def cue_noun_attribution(token: Token) -> Attribution | None:
    """Attribution of a speech noun with an owner: "In his statement", "Smith's remarks"."""
    if token.lemma_.lower() not in cue_nouns() or token.pos_ != "NOUN":
        return None
    owner = _owner(token)
    if owner is token or owner.pos_ == "PRON" and owner.lower_ in ("his", "her", "its", "their"):
        return None
    start, end = mention_bounds(owner)
    return Attribution(token, owner, start, end)


def mention_bounds(head: Token) -> tuple[int, int]:
    """Character span of the speaker mention: the head with its modifiers, without clauses or appositions."""
    if head.pos_ == "NOUN":
        for child in head.rights:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return mention_bounds(child)
    left = head
    for child in reversed(list(head.lefts)):
        if child.dep_ not in NAME_LEFT_DEPS or child.right_edge.i != left.i - 1:
            break
        left = child.left_edge
    right = head
    for child in head.rights:
        if child.left_edge.i != right.i + 1:
            break
        if child.dep_ == "prep" and _names_more(head, child):
            right = child.right_edge
        elif child.dep_ in ("cc", "conj", "compound", "flat"):
            right = child.right_edge
        else:
            break
    while left.i < head.i and (left.is_punct or left.is_space):
        left = left.nbor(1)
    while right.i > head.i and (right.is_punct or right.is_space):
        right = right.nbor(-1)
    return left.idx, right.idx + len(right.text)


def _names_more(head: Token, prep: Token) -> bool:
    """Whether a preposition belongs in the mention: "spokesman for the ministry", "Federation of ..."."""
    if head.pos_ == "NOUN":
        return prep.lower_ in ("of", "for", "at", "with", "from")
    return head.pos_ == "PROPN" and prep.lower_ == "of" and any(g.pos_ == "PROPN" for g in prep.children)


def content_tokens(cue: Token) -> tuple[int, int] | None:
    """Token range [first, last] of the reported content of a cue verb or "according to", if any."""
    if cue.lower_ == "according":
        return _rest_of_clause(cue)
    for child in cue.children:
        if child.dep_ == "ccomp":
            return child.left_edge.i, child.right_edge.i
    for child in cue.children:
        if child.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
            return child.left_edge.i, child.right_edge.i
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in CONTENT_PREPS:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects and (cue.lemma_ in ("call", "warn", "accuse", "criticize", "criticise") or child.lower_ != "on"):
                return objects[0].left_edge.i, objects[0].right_edge.i
    if cue.dep_ in ("parataxis", "advcl") and cue.i > cue.head.i or cue.dep_ == "parataxis":
        return _rest_of_clause(cue)
    return None


def _rest_of_clause(cue: Token) -> tuple[int, int] | None:
    """The governing clause minus the attribution phrase: the larger side of it."""
    head = cue.head if cue.head is not cue else cue
    first, last = head.left_edge.i, head.right_edge.i
    inner_first, inner_last = cue.left_edge.i, cue.right_edge.i
    before = (first, inner_first - 1) if inner_first > first else None
    after = (inner_last + 1, last) if inner_last < last else None
    sides = [s for s in (before, after) if s is not None and s[1] >= s[0]]
    if not sides:
        return None
    return max(sides, key=lambda s: s[1] - s[0])
