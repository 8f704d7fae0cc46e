"""Quotation marks paired within each paragraph, in any style (straight, curly, guillemets, single).

Marks are never paired across paragraphs, so one stray mark spoils at most its own
paragraph.  A quote opened and never closed runs to the paragraph's end when it opens
the paragraph (the news convention for a quote that continues in the next paragraph);
otherwise the lone mark is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

DOUBLE_OPEN = "“„«‟"
DOUBLE_CLOSE = "”»"
DOUBLE_ANY = '"'
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
SINGLE_ANY = "'"
OPENING_CONTEXT = " \t([{—–-/:;\u00a0\"“„«"
CLOSING_CONTEXT = " \t)]}—–-/:;,.!?\u00a0\"”»"
TRIM = " \t\u00a0,;:"
SINGLE_MARK = re.compile("[" + SINGLE_OPEN + SINGLE_CLOSE + SINGLE_ANY + "]")
# the characters _double_marks looks at: double marks, and closing single marks (typed twice for a double)
DOUBLE_ROLE_MARK = re.compile(f"[{re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_ANY + SINGLE_CLOSE + SINGLE_ANY)}]")


@dataclass(slots=True)
class QuoteMarks:
    """One quoted stretch: ``open``/``close`` are the mark offsets (close is None when unclosed)."""

    open: int
    close: int | None
    start: int
    end: int
    paragraph: tuple[int, int]

    @property
    def outer_end(self) -> int:
        """Offset just after the closing mark (or the text end of an unclosed quote)."""
        return self.close + 1 if self.close is not None else self.end


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-empty line block: the unit within which marks pair."""
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            yield match.start(), match.end()


def _before(text: str, pos: int, start: int) -> str:
    """The character before ``pos`` within the paragraph (a space at its start)."""
    return text[pos - 1] if pos > start else " "


def _after(text: str, pos: int, end: int) -> str:
    """The character after ``pos`` within the paragraph (a space at its end)."""
    return text[pos + 1] if pos + 1 < end else " "


def _looks_opening(text: str, pos: int, start: int, end: int) -> bool:
    """A closing-style mark typed where a quote opens: 'said: ”Ferry fares ...' (after a space, before a word)."""
    return _before(text, pos, start) in " \t\u00a0:(" and _after(text, pos, end).isalnum()


def _looks_closing(text: str, pos: int, start: int, end: int) -> bool:
    """An opening-style mark typed where a quote closes: 'the end.“ He said' (after a word, before a space)."""
    return not _before(text, pos, start).isspace() and _before(text, pos, start) not in OPENING_CONTEXT \
        and _after(text, pos, end) in " \t\u00a0,;.)"


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, role) of the double marks of a paragraph; role is open, close or toggle."""
    marks = []
    doubled = -1
    for match in DOUBLE_ROLE_MARK.finditer(text, start, end):
        pos, ch = match.start(), match.group()
        if pos == doubled:
            continue
        if _doubled_single_close(text, pos, start, end):
            marks.append((pos, "close"))  # "“voters are entitled.’’": two single marks for one double
            doubled = pos + 1
        elif ch in DOUBLE_OPEN:
            marks.append((pos, "close" if _looks_closing(text, pos, start, end) else "open"))
        elif ch in DOUBLE_CLOSE:
            marks.append((pos, "open" if _looks_opening(text, pos, start, end) else "close"))
        elif ch == DOUBLE_ANY:
            marks.append((pos, "toggle"))
    return marks


def _doubled_single_close(text: str, pos: int, start: int, end: int) -> bool:
    """Two closing single marks typed for a closing double mark ('’’' or "''", after a word or stop)."""
    return (text[pos] in SINGLE_CLOSE + SINGLE_ANY and pos + 1 < end and text[pos + 1] == text[pos]
            and not _before(text, pos, start).isspace() and _after(text, pos + 1, end) in CLOSING_CONTEXT)


def _pair_double(text: str, start: int, end: int, runs_on: bool) -> tuple[list[tuple[int, int | None]], int]:
    """Pairs (open, close) of double marks in a paragraph, and the count of lone marks dropped.

    An opening mark left unclosed runs to the paragraph's end when it opens the paragraph or
    when the next paragraph opens with a quotation mark (``runs_on``): a quote that goes on.
    """
    pairs: list[tuple[int, int | None]] = []
    dropped = 0
    open_at: int | None = None
    for pos, role in _double_marks(text, start, end):
        if open_at is None:
            if role == "close":
                dropped += 1
            else:
                open_at = pos
        elif role == "open":
            dropped += 1
            open_at = pos
        else:
            pairs.append((open_at, pos))
            open_at = None
    if open_at is not None:
        if runs_on or not text[start:open_at].strip(" \t\u00a0"):
            pairs.append((open_at, None))
        else:
            dropped += 1
    return pairs, dropped


def _is_single_open(text: str, pos: int, start: int, end: int) -> bool:
    """A single mark opening a quote: at a word start, before a letter (not an apostrophe in a word)."""
    return text[pos] in SINGLE_OPEN + SINGLE_ANY and _before(text, pos, start) in OPENING_CONTEXT \
        and _after(text, pos, end).isalpha()


def _is_single_close(text: str, pos: int, start: int, end: int) -> bool:
    """A single mark closing a quote: after a word, before a space or punctuation."""
    return text[pos] in SINGLE_CLOSE + SINGLE_ANY and not _before(text, pos, start).isspace() \
        and _after(text, pos, end) in CLOSING_CONTEXT


def _pair_single(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs of single marks outside double-quoted stretches; apostrophes inside words never pair."""
    marks = [m.start() for m in SINGLE_MARK.finditer(text, start, end)
             if not any(a <= m.start() < b for a, b in taken)]
    pairs = []
    i = 0
    while i < len(marks):
        pos = marks[i]
        if _is_single_open(text, pos, start, end):
            stop = next((a for a, _ in taken if a > pos), end)
            close = next((j for j in range(i + 1, len(marks)) if pos + 2 <= marks[j] < stop
                          and _is_single_close(text, marks[j], start, end)), None)
            if close is not None and " " in text[pos:marks[close]]:
                pairs.append((pos, marks[close]))
                i = close + 1
                continue
        i += 1
    return pairs


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted span without edge spaces and attribution commas."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def find_quote_marks(text: str) -> tuple[list[QuoteMarks], int]:
    """Every quoted stretch of the text in order, and the number of lone marks dropped."""
    found: list[QuoteMarks] = []
    dropped = 0
    blocks = list(paragraphs(text))
    for i, (p_start, p_end) in enumerate(blocks):
        following = text[blocks[i + 1][0]:blocks[i + 1][1]].lstrip() if i + 1 < len(blocks) else ""
        doubles, lone = _pair_double(text, p_start, p_end, following[:1] in DOUBLE_OPEN + DOUBLE_ANY)
        dropped += lone
        spans = [(o, (c + 1 + (text[c] in SINGLE_CLOSE + SINGLE_ANY)) if c is not None else p_end) for o, c in doubles]
        singles = _pair_single(text, p_start, p_end, spans)
        pairs = sorted([*doubles, *singles], key=lambda pair: pair[0])
        for open_at, close_at in pairs:
            start, end = _trimmed(text, open_at + 1, close_at if close_at is not None else p_end)
            if end > start:
                found.append(QuoteMarks(open_at, close_at, start, end, (p_start, p_end)))
    return found, dropped
