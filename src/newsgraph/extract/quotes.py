"""Quotes stage: direct quotes (any quotation-mark style) and reported speech, each with its speaker.

Direct quotes come from marks paired within a paragraph (``quotes_marks``); the speaker is
the subject of the nearest verb of saying in the quote's sentence(s) (``quotes_attrib``).
A quote with no cue of its own continues the speaker of the quote before it in the same
paragraph, or of the previous paragraph when the quote opens its paragraph.  Indirect
speech is the reported content of a verb of saying or of "according to X".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Any

from newsgraph.actors.stage import resolve_span
from newsgraph.extract.quotes_attrib import (
    NAMING_CUES,
    Attribution,
    according_to,
    attribution_of,
    content_tokens,
    cue_fits_quote,
    cue_noun_attribution,
    governs,
    is_cue_verb,
)
from newsgraph.extract.quotes_marks import QuoteMarks, find_quote_marks
from newsgraph.model import Article, Quote, Span, Speaker
from newsgraph.pipeline import note_drop, stage

STAGE = "quotes"
PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "who"}
LEADING_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
EDGE_JUNK = " \t\n\u00a0,;:—–-\"'“”‘’«»"
MIN_SENTENCE_WORDS = 5
MIN_INDIRECT_WORDS = 3
MAX_DIRECT_SHARE = 0.4
SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with", "from"}


@dataclass(slots=True)
class DocIndex:
    """Offsets of tokens and sentences, and the stretches inside quotation marks, for fast look-up."""

    doc: Any
    token_starts: list[int]
    sent_starts: list[int]
    sents: list[Any]
    quoted: list[tuple[int, int]]

    @classmethod
    def build(cls, doc: Any, marks: list[QuoteMarks]) -> DocIndex:
        """Index a parsed doc and the quoted stretches (marks included)."""
        sents = list(doc.sents)
        return cls(doc, [t.idx for t in doc], [s.start_char for s in sents], sents,
                   [(m.open, m.outer_end) for m in marks])

    def token_at(self, char: int) -> Any:
        """The token covering (or just before) a character offset."""
        return self.doc[max(0, bisect.bisect_right(self.token_starts, char) - 1)]

    def sentence_at(self, char: int) -> Any:
        """The sentence covering a character offset."""
        return self.sents[max(0, bisect.bisect_right(self.sent_starts, char) - 1)]

    def is_quoted(self, char: int) -> bool:
        """Whether a character lies inside quotation marks (the marks included)."""
        i = bisect.bisect_right(self.quoted, (char, float("inf"))) - 1
        return i >= 0 and self.quoted[i][0] <= char < self.quoted[i][1]


@stage("quotes")
def quotes(articles: list[Article]) -> None:
    """Fill ``article.quotes`` with direct and indirect quotes."""
    for article in articles:
        if article.doc is not None:
            article.quotes = extract_quotes(article)


def extract_quotes(article: Article) -> list[Quote]:
    """Direct and indirect quotes of a parsed article, in text order."""
    marks, lone = find_quote_marks(article.text)
    for _ in range(lone):
        note_drop(article, STAGE, "unpaired_mark")
    index = DocIndex.build(article.doc, marks)
    direct = direct_quotes(article, marks, index)
    indirect = indirect_quotes(article, index, direct)
    return sorted(direct + indirect, key=lambda q: (q.start, q.end))


# direct quotes ---------------------------------------------------------------------------------------------


def _quote_tokens(index: DocIndex, mark: QuoteMarks) -> list[Any]:
    """Tokens inside the quotation marks."""
    first = index.token_at(mark.start)
    tokens = []
    for token in index.doc[first.i if first.idx >= mark.start else first.i + 1:]:
        if token.idx >= mark.end:
            break
        tokens.append(token)
    return tokens


def _has_verb(tokens: list[Any]) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "nmod") for t in tokens)


def _is_title(words: list[Any]) -> bool:
    """Capitalised words only ("Game of Thrones"): a name or title, not speech."""
    content = [w for w in words if w.lower_ not in SMALL_WORDS]
    return len(words) >= 1 and all(w.text[:1].isupper() for w in content)


def _named_by_cue(tokens: list[Any]) -> bool:
    """A short quote that a naming verb governs: 'called it "a disgrace"'."""
    return any(t.head.lemma_.lower() in NAMING_CUES and t.head.idx < tokens[0].idx for t in tokens)


def _not_speech(text: str, tokens: list[Any]) -> str | None:
    """Why a quoted stretch is not a quote (a scare quote, a title), or None."""
    words = [t for t in tokens if t.is_alpha]
    if not words:
        return "no_words"
    sentence_like = text.rstrip()[-1:] in ".?!" and len(words) >= 3
    if sentence_like:
        return None
    if len(words) <= 2 and not _has_verb(tokens) and not _named_by_cue(tokens):
        return "scare_quote"
    if len(words) <= 8 and _is_title(words) and not _has_verb(tokens):
        return "title"
    return None


def _region(index: DocIndex, text: str, mark: QuoteMarks) -> tuple[int, int]:
    """Characters whose cues may attribute the quote: its sentence(s), within its paragraph."""
    start = index.sentence_at(mark.open).start_char
    end = index.sentence_at(max(mark.open, mark.outer_end - 1)).end_char
    after = mark.outer_end
    while after < mark.paragraph[1] and text[after] in " \t\u00a0":
        after += 1
    if after < mark.paragraph[1] and (text[after].islower() or text[after] == ","):
        end = max(end, index.sentence_at(after).end_char)
    return max(start, mark.paragraph[0]), min(end, mark.paragraph[1])


def _attributions_in(index: DocIndex, start: int, end: int) -> list[Attribution]:
    """Every attribution whose cue and speaker lie in [start, end) outside quotation marks."""
    found = []
    for token in index.doc[index.token_at(start).i:]:
        if token.idx >= end:
            break
        if token.idx < start or index.is_quoted(token.idx):
            continue
        att = None
        if is_cue_verb(token):
            att = attribution_of(token)
        elif token.lower_ == "according":
            att = according_to(token)
        elif token.pos_ == "NOUN":
            att = cue_noun_attribution(token)
        if att is not None and not index.is_quoted(att.start) and start <= att.start < end:
            found.append(att)
    return found


def _nearest(atts: list[Attribution], mark: QuoteMarks, tokens: list[Any]) -> Attribution | None:
    """The attribution for a quote: a cue that governs it first, else the one closest to its marks."""
    def rank(att: Attribution) -> tuple[bool, int]:
        pos = att.cue.idx
        distance = pos - mark.outer_end if pos >= mark.outer_end else mark.open - pos
        return not governs(att.cue, tokens[0]), distance

    fitting = [att for att in atts if cue_fits_quote(att.cue, tokens[0])]
    return min(fitting, key=rank, default=None)


def direct_quotes(article: Article, marks: list[QuoteMarks], index: DocIndex) -> list[Quote]:
    """Quotes in quotation marks, with the speaker from their cue or the quote they continue."""
    text = article.text
    found: list[Quote] = []
    last_in_paragraph: dict[tuple[int, int], Quote] = {}
    previous_paragraph_quote: Quote | None = None
    previous_paragraph: tuple[int, int] | None = None
    for mark in marks:
        if mark.paragraph != previous_paragraph:
            if previous_paragraph is not None:
                previous_paragraph_quote = last_in_paragraph.get(previous_paragraph) if _adjacent(
                    text, previous_paragraph, mark.paragraph) else None
            previous_paragraph = mark.paragraph
        quote_text = text[mark.start:mark.end]
        tokens = _quote_tokens(index, mark)
        reason = _not_speech(quote_text, tokens)
        if reason:
            note_drop(article, STAGE, reason)
            continue
        att = _nearest(_attributions_in(index, *_region(index, text, mark)), mark, tokens)
        quote = Quote(mark.start, mark.end, quote_text, True)
        if att is not None:
            quote.speaker = make_speaker(article, att, found)
            quote.cue = Span(att.cue.idx, att.cue.idx + len(att.cue.text), att.cue.text)
        else:
            earlier = last_in_paragraph.get(mark.paragraph)
            opens_paragraph = not text[mark.paragraph[0]:mark.open].strip()
            if earlier is None and opens_paragraph:
                earlier = previous_paragraph_quote
            if earlier is not None and earlier.speaker is not None:
                quote.speaker = replace(earlier.speaker)
            elif len([t for t in tokens if t.is_alpha]) < MIN_SENTENCE_WORDS:
                note_drop(article, STAGE, "short_unattributed")
                continue
            else:
                note_drop(article, STAGE, "no_speaker")
        found.append(quote)
        last_in_paragraph[mark.paragraph] = quote
    return found


def _adjacent(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Whether two paragraphs follow each other directly (only blank lines between them)."""
    return not text[earlier[1]:later[0]].strip()


# speakers --------------------------------------------------------------------------------------------------


def make_speaker(article: Article, att: Attribution, earlier: list[Quote]) -> Speaker:
    """The speaker of an attribution, named through the actor stage (``resolve_span``)."""
    mention = article.text[att.start:att.end]
    name, actor = resolve_span(article, att.start, att.end)
    if name == mention:
        name, actor = _fallback_name(article, att, mention, earlier, actor)
    return Speaker(att.start, att.end, mention, LEADING_ARTICLE.sub("", name) or name, actor)


def _fallback_name(article: Article, att: Attribution, mention: str, earlier: list[Quote],
                   actor: Any) -> tuple[str, Any]:
    """When the actor stage leaves a mention as it is: a pronoun takes the last speaker; a surname the full name."""
    earlier = [q for q in earlier if q.start < att.start]
    if mention.lower() in PRONOUNS:
        for quote in reversed(earlier):
            if quote.speaker is not None and quote.speaker.name.lower() not in PRONOUNS:
                return quote.speaker.name, quote.speaker.actor
        return mention, actor
    people = [e for e in article.entities if e.label == "PERSON" and att.start <= e.start and e.end <= att.end]
    if people and people[-1].text != mention:
        return people[-1].text, actor
    if " " not in mention and mention[:1].isupper():
        names = [q.speaker.name for q in earlier if q.speaker is not None]
        names += [e.text for e in article.entities if e.label in ("PERSON", "ORG") and e.start < att.start]
        fuller = [n for n in names if n != mention and mention in (n.split()[0], n.split()[-1])]
        if fuller:
            return fuller[0], actor
    return mention, actor


# indirect speech -------------------------------------------------------------------------------------------


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in EDGE_JUNK + ".":
        end -= 1
    if text[start:start + 5].lower() == "that ":
        start += 5
    return start, end


def _direct_share(start: int, end: int, direct: list[Quote]) -> float:
    covered = sum(max(0, min(end, q.end) - max(start, q.start)) for q in direct)
    return covered / max(1, end - start)


def indirect_quotes(article: Article, index: DocIndex, direct: list[Quote]) -> list[Quote]:
    """Reported speech: the content of a verb of saying or of "according to X", outside quotation marks."""
    text = article.text
    found: list[Quote] = []
    for token in index.doc:
        if index.is_quoted(token.idx):
            continue
        if is_cue_verb(token):
            if any(c.dep_ in ("neg", "auxpass") for c in token.children):
                continue
            att = attribution_of(token)
        elif token.lower_ == "according":
            att = according_to(token)
        else:
            continue
        if att is None:
            continue
        content = content_tokens(token)
        if content is None:
            continue
        start, end = _trim(text, index.doc[content[0]].idx, index.doc[content[1]].idx + len(index.doc[content[1]]))
        if end <= start or start <= token.idx < end or start <= att.start < end:
            continue
        if len(text[start:end].split()) < MIN_INDIRECT_WORDS:
            note_drop(article, STAGE, "short_content")
            continue
        if _direct_share(start, end, direct) >= MAX_DIRECT_SHARE:
            continue
        speaker = make_speaker(article, att, direct)
        cue = Span(token.idx, token.idx + len(token.text), token.text)
        found.append(Quote(start, end, text[start:end], False, speaker, cue))
    return found
