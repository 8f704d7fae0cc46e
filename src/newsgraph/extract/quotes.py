"""Quotes stage: direct quotes (any quotation-mark style) and reported speech, each with its speaker.

Direct quotes come from marks paired within a paragraph (``quotes_marks``); the speaker is
the subject of the verb of saying that governs the quote, else of the nearest one in the
quote's sentence(s) (``quotes_attrib``).  A quote with no cue of its own continues the
speaker of the quote before it in the same paragraph, or, when the quote opens its
paragraph, of the previous paragraph's quote or last attribution.  Indirect speech is the
reported content of a verb of saying or of "according to X"; verbs of memory ("remembered")
are cues for direct quotes only.  Speakers are named through the actor stage (``quotes_speakers``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from newsgraph.extract.quotes_attrib import (
    NAMING_CUES,
    Attribution,
    according_to,
    after_boundary,
    attribution_of,
    content_before,
    content_tokens,
    cue_fits_quote,
    cue_noun_attribution,
    cue_nouns,
    cue_verbs,
    direct_cue_verbs,
    governs,
    is_bare_cue,
    is_cue_verb,
)
from newsgraph.extract.quotes_marks import QuoteMarks, find_quote_marks, paragraphs
from newsgraph.extract.quotes_speakers import SpeakerBook, copy_speaker
from newsgraph.model import Article, Quote, Span
from newsgraph.pipeline import note_drop, stage

STAGE = "quotes"
# lemma hash -> whether the lemma, lower-cased, is a verb or noun of saying (bounded: cleared past the limit)
CUE_LEMMAS: dict[int, bool] = {}
MAX_CUE_LEMMAS = 100_000
EDGE_JUNK = " \t\n\u00a0,;:—–-\"'“”‘’«»"
MIN_SENTENCE_WORDS = 5
MIN_INDIRECT_WORDS = 3
MAX_DIRECT_SHARE = 0.5
MIN_OUTSIDE_WORDS = 8
MAX_TITLE_WORDS = 8
MAX_MODIFIER_WORDS = 5
SHORT_ATTRIBUTION_TOKENS = 8
MAX_RUN_ON_BREAKS = 2
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# the credit line of an embedded social-media post as scraped text keeps it: "— Name (@handle) May 3, 2031"
# (or "3 May 2031", the day-first form of sites outside the US)
EMBED_CREDIT = re.compile(r"^\s*[—–-]+\s*[^\n]{1,80}\(@\w{1,30}\)\s*"
                          r"(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})\s*$", re.MULTILINE)
MAX_EMBED_LINES = 8
SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with", "from"}


@dataclass(slots=True)
class DocIndex:
    """Offsets of tokens and sentences, and the stretches inside quotation marks, for fast look-up."""

    doc: Any
    token_starts: list[int]
    sent_starts: list[int]
    sents: list[Any]
    quoted: list[tuple[int, int]]
    blocks: list[tuple[int, int]]
    text: str

    @classmethod
    def build(cls, doc: Any, marks: list[QuoteMarks], text: str) -> DocIndex:
        """Index a parsed doc (of ``text``) and the quoted stretches (marks included)."""
        sents = list(doc.sents)
        return cls(doc, doc.to_array("IDX").tolist(), [s.start_char for s in sents], sents,
                   [(m.open, m.outer_end) for m in marks], list(paragraphs(text)) or [(0, len(text))], text)

    def paragraph_at(self, char: int) -> tuple[int, int]:
        """(start, end) of the paragraph holding a character: spaCy's sentences may run across paragraphs."""
        i = max(0, bisect.bisect_right(self.blocks, (char, len(self.text) + 1)) - 1)
        return self.blocks[i]

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
    index = DocIndex.build(article.doc, marks, article.text)
    attributions = find_attributions(index)
    book = SpeakerBook(article, index.is_quoted)
    for att in attributions:
        book.speaker(att)
    direct = direct_quotes(article, marks, index, attributions, book)
    indirect = indirect_quotes(article, index, attributions, book, direct)
    return sorted(direct + indirect, key=lambda q: (q.start, q.end))


def cue_candidates(doc: Any) -> list[Any]:
    """The tokens that may be a cue: a lemma among the verbs or nouns of saying (any case), or "according".

    Every other token gives no attribution, so ``find_attributions`` looks at these only; the test
    runs on the doc's arrays of lemma and word hashes instead of a Token per word.
    """
    from spacy.attrs import LEMMA, LOWER
    from spacy.strings import get_string_id

    according = get_string_id("according")
    strings = doc.vocab.strings
    cues = cue_verbs() | cue_nouns()
    positions = []
    for i, (lemma, lower) in enumerate(doc.to_array([LEMMA, LOWER]).tolist() if len(doc) else []):
        is_cue = CUE_LEMMAS.get(lemma)
        if is_cue is None:
            if len(CUE_LEMMAS) >= MAX_CUE_LEMMAS:
                CUE_LEMMAS.clear()
            is_cue = CUE_LEMMAS[lemma] = strings[lemma].lower() in cues
        if is_cue or lower == according:
            positions.append(i)
    return [doc[i] for i in positions]


def find_attributions(index: DocIndex) -> list[Attribution]:
    """Every cue outside quotation marks that has a speaker outside them, in text order."""
    found = []
    for token in cue_candidates(index.doc):
        if index.is_quoted(token.idx):
            continue
        att = None
        if is_cue_verb(token):
            att = attribution_of(token)
        elif token.lower_ == "according":
            att = according_to(token)
        elif token.pos_ == "NOUN":
            att = cue_noun_attribution(token)
        if att is not None and not index.is_quoted(att.start) and index.paragraph_at(att.start) == index.paragraph_at(
                token.idx):
            found.append(att)
    return found


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
    """Whether the quoted words contain a verb (a clause rather than a bare term)."""
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "nmod") for t in tokens)


def _is_title(text: str) -> bool:
    """Capitalised words only ("The Glass Orchard", "Rain Over Paper Towns"): a name or title, not speech."""
    words = [w for w in WORD.findall(text) if w.lower() not in SMALL_WORDS]
    return len(words) >= 1 and all(w[:1].isupper() for w in words)


def _named_by_cue(tokens: list[Any]) -> bool:
    """A short quote that a naming verb governs: 'called it "a disgrace"'."""
    return any(t.head.lemma_.lower() in NAMING_CUES and t.head.idx < tokens[0].idx for t in tokens)


def _not_speech(text: str, tokens: list[Any]) -> str | None:
    """Why a quoted stretch is not a quote (a scare quote, a title), or None."""
    words = [t for t in tokens if t.is_alpha]
    if not words:
        return "no_words"
    if 3 <= len(WORD.findall(text)) <= MAX_TITLE_WORDS and _is_title(text):
        return "title"
    if len(words) <= 2 and not _named_by_cue(tokens) and (not _has_verb(tokens) or _is_title(text)):
        return "scare_quote"
    if len(words) <= MAX_MODIFIER_WORDS and _modifies_noun(tokens):
        return "scare_quote"
    return None


def _modifies_noun(tokens: list[Any]) -> bool:
    """A quoted phrase standing before a noun it modifies: 'her "soft on crime" stance'."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return len(roots) == 1 and roots[0].dep_ in ("amod", "compound", "nmod") and roots[0].head.i > tokens[-1].i


def _region(index: DocIndex, text: str, mark: QuoteMarks) -> tuple[int, int]:
    """Characters whose cues may attribute the quote: its sentence(s), within its paragraph."""
    start = index.sentence_at(mark.open).start_char
    end = index.sentence_at(max(mark.open, mark.outer_end - 1)).end_char
    after = mark.outer_end
    while after < mark.paragraph[1] and text[after] in " \t\u00a0":
        after += 1
    if after < mark.paragraph[1] and (text[after].islower() or text[after] == ","):
        end = max(end, index.sentence_at(after).end_char)
    elif after < mark.paragraph[1] and after >= end:
        following = index.sentence_at(after)
        if len(following) <= SHORT_ATTRIBUTION_TOKENS or _is_bare_cue_sentence(following):
            end = max(end, following.end_char)  # '“...?” Brandt testified.' split off as its own sentence
    return max(start, mark.paragraph[0]), min(end, mark.paragraph[1])


def _is_bare_cue_sentence(sentence: Any) -> bool:
    """A sentence that is only an attribution, however long its speaker's description: '“...?” Lu Wenbo,
    the former ..., said at an event in Washington.'"""
    root = sentence.root
    return is_cue_verb(root) and is_bare_cue(root) and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)


def _attribution_for(atts: list[Attribution], mark: QuoteMarks, tokens: list[Any],
                     region: tuple[int, int], text: str) -> Attribution | None:
    """The attribution for a quote: a cue that opens it ('he said, "...'), else one that governs it, else
    the one closest to its marks.

    A cue right before the opening mark speaks the quote even when the parser hangs the quote
    on an outer cue: in 'the office said he said, "..."' the quote is his, not the office's.
    ``text`` is the article's text (spaCy's ``Doc.text`` would rebuild it from every token, per quote).
    """

    def rank(att: Attribution) -> tuple[bool, bool, int]:
        """Opening cues first, then governing ones, then by distance from the marks."""
        pos = att.cue.idx
        distance = pos - mark.outer_end if pos >= mark.outer_end else mark.open - pos
        opens = pos < mark.open and text[pos + len(att.cue.text):mark.open].strip() in (",", ":")
        return not opens, not governs(att.cue, tokens[0]), distance

    near = [a for a in atts if region[0] <= a.cue.idx < region[1] and region[0] <= a.start < region[1]]
    fitting = [a for a in near if cue_fits_quote(a.cue, tokens[0])]
    return min(fitting, key=rank, default=None)


def direct_quotes(article: Article, marks: list[QuoteMarks], index: DocIndex, atts: list[Attribution],
                  book: SpeakerBook) -> list[Quote]:
    """Quotes in quotation marks, with the speaker from their cue or the quote they continue."""
    text = article.text
    found: list[Quote] = []
    last_in_paragraph: dict[tuple[int, int], Quote] = {}
    previous_quote: Quote | None = None
    for mark in marks:
        quote_text = text[mark.start:mark.end]
        tokens = _quote_tokens(index, mark)
        reason = _not_speech(quote_text, tokens) if tokens else "no_words"
        if reason:
            note_drop(article, STAGE, reason)
            continue
        att = _attribution_for(atts, mark, tokens, _region(index, text, mark), text)
        quote = Quote(mark.start, mark.end, quote_text, True)
        if att is not None:
            quote.speaker = book.speaker(att)
            quote.cue = Span(att.cue.idx, att.cue.idx + len(att.cue.text), att.cue.text)
        else:
            earlier = last_in_paragraph.get(mark.paragraph)
            if earlier is None and _continues(text, previous_quote, mark):
                earlier = previous_quote
            told = [a for a in atts if mark.paragraph[0] <= a.cue.idx < mark.open and a.cue.pos_ != "NOUN"]
            if earlier is not None and earlier.speaker is not None:
                quote.speaker = copy_speaker(earlier.speaker)
            elif earlier is None and told:
                quote.speaker = copy_speaker(book.speaker(told[-1]))  # 'X told Fox that ... "Quote."'
            elif earlier is None and (before := _last_attribution_before(index, atts, text, mark)) is not None:
                quote.speaker = copy_speaker(book.speaker(before))  # 'X said that ...\n\n"Quote."'
            elif len([t for t in tokens if t.is_alpha]) < MIN_SENTENCE_WORDS:
                note_drop(article, STAGE, "short_unattributed")
                continue
            else:
                note_drop(article, STAGE, "no_speaker")
        found.append(quote)
        last_in_paragraph[mark.paragraph] = quote
        previous_quote = quote
    return found


def _last_attribution_before(index: DocIndex, atts: list[Attribution], text: str,
                             mark: QuoteMarks) -> Attribution | None:
    """For a quote that opens its paragraph: the last verb attribution of the paragraph just before.

    'Brandt said the plan was final.\n\n"There is nothing more to discuss."' runs on with Brandt.
    """
    if text[mark.paragraph[0]:mark.open].strip() or mark.paragraph[0] == 0:
        return None
    previous = index.paragraph_at(mark.paragraph[0] - 1)
    if previous == mark.paragraph or text[previous[1]:mark.paragraph[0]].count("\n") > MAX_RUN_ON_BREAKS:
        return None
    inside = [a for a in atts if previous[0] <= a.cue.idx < previous[1] and a.cue.pos_ != "NOUN"]
    return inside[-1] if inside else None


def _continues(text: str, previous: Quote | None, mark: QuoteMarks) -> bool:
    """A quote that opens its paragraph right after a paragraph holding the previous quote."""
    if previous is None or text[mark.paragraph[0]:mark.open].strip():
        return False
    gap = text[previous.end:mark.paragraph[0]]
    if EMBED_CREDIT.search(gap) and gap.count("\n") <= MAX_EMBED_LINES:
        return True  # the statement runs on below an embedded post ("— Club (@club) May 3, 2031")
    return gap.count("\n") >= 1 and not any(line.strip() for line in gap.split("\n")[1:])


# indirect speech -------------------------------------------------------------------------------------------


def _in_paragraph(index: DocIndex, cue: Any, first: int, last: int) -> tuple[int, int]:
    """A token range cut to the cue's paragraph."""
    p_start, p_end = index.paragraph_at(cue.idx)
    doc = index.doc
    while first < last and doc[first].idx < p_start:
        first += 1
    while last > first and doc[last].idx >= p_end:
        last -= 1
    return first, last


def _trimmed_content(index: DocIndex, first: int, last: int) -> tuple[int, int]:
    """Character span of a token range without edge punctuation and a leading "that"."""
    doc = index.doc
    while first < last and (doc[first].is_punct or doc[first].dep_ == "mark" and doc[first].lower_ == "that"):
        first += 1
    start, end = doc[first].idx, doc[last].idx + len(doc[last])
    text = index.text
    while start < end and text[start] in EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in EDGE_JUNK + ".":
        end -= 1
    return start, end


def _mostly_quoted(text: str, start: int, end: int, direct: list[Quote]) -> bool:
    """Whether reported content is mostly a direct quote already found (then it is not a second quote)."""
    inside = [q for q in direct if q.start < end and start < q.end]
    covered = sum(min(end, q.end) - max(start, q.start) for q in inside)
    if covered / max(1, end - start) < MAX_DIRECT_SHARE:
        return False
    outside = text[start:end]
    for q in sorted(inside, key=lambda q: -q.start):
        outside = outside[:max(0, q.start - start)] + " " + outside[max(0, q.end - start):]
    return len(WORD.findall(outside)) < MIN_OUTSIDE_WORDS


def _before_next_quote(text: str, start: int, end: int, cue: Any, direct: list[Quote]) -> int:
    """Where content must end when it runs into a quote of someone else's cue that opens with a capital.

    'Officials said the bridge would reopen soon "We are confident," said the mayor': the
    writer left out a full stop, and the officials' words end before the mayor's quote.
    """
    for quote in direct:
        if (start < quote.start - 1 < end and quote.cue is not None and quote.cue.start != cue.idx
                and quote.text[:1].isupper() and text[quote.start - 2:quote.start - 1].isspace()
                and text[quote.start - 3:quote.start - 2].isalnum()):
            cut = quote.start - 1
            while cut > start and text[cut - 1] in EDGE_JUNK + ".":
                cut -= 1
            return cut
    return end


def _reports_speech(cue: Any) -> bool:
    """A cue verb that reports an act of saying: not negated, passive or a to-infinitive ("to call for")."""
    if cue.lower_ == "according":
        return True
    return not any(c.dep_ in ("neg", "auxpass") or c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)


def indirect_quotes(article: Article, index: DocIndex, atts: list[Attribution], book: SpeakerBook,
                    direct: list[Quote]) -> list[Quote]:
    """Reported speech: the content of a verb of saying or of "according to X", outside quotation marks."""
    text = article.text
    found: list[Quote] = []
    for att in atts:
        cue = att.cue
        if (cue.pos_ == "NOUN" or not _reports_speech(cue) or att.speaker.lower_ in ("i", "we", "you")
                or cue.lemma_.lower() in direct_cue_verbs()):
            continue  # "we must add that": the writer, not a source
        content = content_tokens(cue)
        aside = cue.dep_ == "parataxis" and content is not None and content[0] < att.speaker.i <= content[1]
        if content is None or content[0] <= att.speaker.i <= content[1] and not aside:
            content = content_before(cue) if att.speaker.i > cue.i else None
        if content is None:
            continue
        if content[1] < cue.i:
            content = (after_boundary(index.doc, content[0], content[1]), content[1])
        start, end = _trimmed_content(index, *_in_paragraph(index, cue, *content))
        end = _before_next_quote(text, start, end, cue, direct)
        if end <= start or not aside and (start <= cue.idx < end or start <= att.start < end):
            continue
        if len(text[start:end].split()) < MIN_INDIRECT_WORDS:
            note_drop(article, STAGE, "short_content")
            continue
        if any(q.start < start - 1 and start < q.end or q.start < end < q.end - 2 for q in direct):
            note_drop(article, STAGE, "content_crosses_quote")
            continue
        if _mostly_quoted(text, start, end, direct):
            note_drop(article, STAGE, "content_is_direct_quote")
            continue
        cue_span = Span(cue.idx, cue.idx + len(cue.text), cue.text)
        found.append(Quote(start, end, text[start:end], False, book.speaker(att), cue_span))
    return found
