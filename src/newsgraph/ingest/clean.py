"""Cleaning of scraped text: leftover markup, image placeholders, captions and credits, share lines.

``clean_scraped`` returns the cleaned text and an offset map: ``offsets[i]`` is the position in the
raw input of cleaned character ``i``, so every span of the record can be traced back to the source.
A kept character maps to itself in the raw input; a character decoded from an entity (``&amp;``)
maps to the entity's ``&``; a space or newline that joins kept pieces maps to whitespace or to the
removed markup it stands for.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from newsgraph.ingest.boilerplate import is_boilerplate_line

# a comment, a script, a style or a tag; each body is scanned to its first terminator as ``.*?`` would, but by
# whole runs of characters that cannot start it (half the CPU of the visible-word gate on the benchmark pages)
TAG = re.compile(r"<!--[^-]*(?:-(?!->)[^-]*)*-->"
                 r"|<script\b[^<]*(?:<(?!/script\s*>)[^<]*)*</script\s*>"
                 r"|<style\b[^<]*(?:<(?!/style\s*>)[^<]*)*</style\s*>"
                 r"|</?[A-Za-z][^<>]*>", re.I)
ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
# news agencies and credit words that end a photo caption ("... Jan. 21. Reuters-Yonhap")
AGENCIES = (
    r"Reuters|AP|AFP|Yonhap|EPA(?:-EFE)?|EFE|Xinhua|Getty Images|Bloomberg|Kyodo|UPI|Anadolu|"
    r"Shutterstock|iStock|Newsis|News1|Corbis|Alamy|PA(?: Media| Wire)?|dpa|TASS|Sputnik|ANI|PTI|IANS|"
    r"Joint Press Corps|Pool|File|Handout|Courtesy"
)
PICTURE = r"(?:Photo|Photograph|Image|Picture|Illustration|Graphic)s?"
CREDIT = rf"(?:{AGENCIES})(?:\s*(?:[-/]|via)\s*(?:{AGENCIES}|[A-Z][\w.]+(?: [A-Z][\w.]+){{0,2}}))*"
PICTURE_CREDIT = (rf"{PICTURE}\s*(?:by|courtesy of|credit|:)\s*[^.|()\n]{{1,60}}"
                  rf"|(?:{AGENCIES})\s+{PICTURE}(?:\s*/\s*[^|()\n]{{1,40}})?")
# a caption line: ends in a credit that follows a sentence end (or is the whole line)
CAPTION = re.compile(
    rf"(?:^|[.!?)\"”’]\s+)(?:\(\s*)?(?:{PICTURE_CREDIT}|{CREDIT})(?:\s*\))?\s*\|?\s*$"
)
# a bare credit after the last sentence of a line: a caption, or a wire sign-off on the last line
SIGN_OFF = re.compile(rf"(?<=[.!?\"”’])\s+\(?(?:{CREDIT})\)?\s*$")
# lines a page player or gallery leaves behind
MEDIA_LINE = re.compile(
    rf"^(?:(?:{PICTURE}|media)\s+(?:caption|copyright|source|credit)\b.*"
    rf"|media playback is (?:unsupported|not supported).*|(?:view|open|enlarge) (?:image|gallery|photos?).*"
    rf"|\d+\s*/\s*\d+|https?://\S+|by\s+(?-i:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){{0,3}})(?:\s*,\s*[\w ]{{1,40}})?"
    rf"|(?:updated|published|posted|last updated)(?:\s*:\s*|\s+(?:on|at)\s+|\s+(?=\d)).{{0,60}}\d.{{0,30}})$",
    re.I,
)
IMAGE_PLACEHOLDER = re.compile(
    r"!\[[^\]\n]*\]\([^)\n]*\)|\[(?:image|photo|img|picture|video|gallery|embed)\b[^\]\n]{0,80}\]"
    rf"|\(\s*(?:{PICTURE_CREDIT})\s*\)",
    re.I,
)
MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\((?:https?://|/)[^)\s]*\)")
TABLE_CELL_END = re.compile(r"\|\s*$")


@dataclass(slots=True)
class Cleaned:
    text: str
    offsets: list[int]


def _removals(raw: str, start: int, end: int) -> list[tuple[int, int, str, int]]:
    """(start, end, replacement, replacement's raw position) for markup to drop or decode in raw[start:end]."""
    found = [(m.start(), m.end(), "", m.start()) for m in TAG.finditer(raw, start, end)]
    found += [(m.start(), m.end(), "", m.start()) for m in IMAGE_PLACEHOLDER.finditer(raw, start, end)]
    found += [(m.start(), m.end(), "", m.start()) for m in INVISIBLE.finditer(raw, start, end)]
    found += [(m.start(), m.end(), html.unescape(m.group()), m.start()) for m in ENTITY.finditer(raw, start, end)]
    for m in MARKDOWN_LINK.finditer(raw, start, end):
        # keep the link's words, drop the brackets and the URL
        found += [(m.start(), m.start(1), "", m.start()), (m.end(1), m.end(), "", m.end(1))]
    return sorted(found)


def _strip_markup(raw: str, start: int, end: int) -> tuple[str, list[int]]:
    """Text of raw[start:end] without tags, placeholders and entities, with raw positions."""
    out: list[str] = []
    pos: list[int] = []
    i = start
    for r_start, r_end, replacement, at in _removals(raw, start, end):
        if r_start < i:
            continue
        out.extend(raw[i:r_start])
        pos.extend(range(i, r_start))
        if replacement:
            out.extend(replacement)
            pos.extend([at] * len(replacement))
        elif out and not out[-1].isspace() and raw[r_start:r_end].startswith("<"):
            # a removed tag separates words
            out.append(" ")
            pos.append(r_start)
        i = r_end
    out.extend(raw[i:end])
    pos.extend(range(i, end))
    return "".join(out), pos


def is_residue(line: str, raw_line: str) -> bool:
    """True for a line that is scraper residue (caption, credit, share or media line, table cell)."""
    stripped = line.strip()
    if not stripped:
        return True
    if TABLE_CELL_END.search(raw_line.strip()):
        # a table cell: "caption text |"
        return True
    if len(stripped) < 400 and CAPTION.search(" ".join(TAG.sub(" ", raw_line).split())):
        # judged before inline credits are removed: "A ship leaves port. (AP Photo/Jo Roe)"
        return True
    return bool(MEDIA_LINE.match(stripped)) or is_boilerplate_line(stripped)


def _squeeze(line: str, pos: list[int]) -> tuple[list[str], list[int]]:
    """Runs of whitespace inside a line collapsed to one space, ends stripped, positions kept."""
    kept: list[str] = []
    kept_pos: list[int] = []
    for ch, p in zip(line, pos, strict=True):
        if ch.isspace():
            if kept and kept[-1] != " ":
                kept.append(" ")
                kept_pos.append(p)
            continue
        kept.append(ch)
        kept_pos.append(p)
    while kept and kept[-1] == " ":
        kept.pop()
        kept_pos.pop()
    return kept, kept_pos


def _sign_off(line: str, raw_line: str) -> int | None:
    """Where a wire sign-off starts in a line that is a sentence followed by a bare credit (". PTI")."""
    if TABLE_CELL_END.search(raw_line.strip()):
        return None
    match = SIGN_OFF.search(line)
    return match.start() if match and match.start() > 0 else None


def clean_scraped(raw: str) -> Cleaned:
    """Clean scraper residue out of plain text, keeping a map back to ``raw``.

    A line that ends in a bare agency credit is a caption, except when it is the last line of
    the text: then it is the article's last paragraph with a wire sign-off ("... on Friday. PTI"),
    kept without the credit.
    """
    text: list[str] = []
    offsets: list[int] = []
    pending: tuple[int, list[str], list[int]] | None = None  # a possible sign-off line: (start, chars, pos)
    line_start = 0
    breaks = [(m.start(), m.end()) for m in LINE_BREAK.finditer(raw)] + [(len(raw), len(raw))]
    for line_end, next_start in breaks:
        line, pos = _strip_markup(raw, line_start, line_end)
        raw_line = raw[line_start:line_end]
        if not is_residue(line, raw_line):
            pending = None
            _append(text, offsets, line_start, *_squeeze(line, pos))
        elif (cut := _sign_off(line, raw_line)) is not None:
            pending = (line_start, *_squeeze(line[:cut], pos[:cut]))
        line_start = next_start
    if pending:
        _append(text, offsets, *pending)
    return Cleaned("".join(text), offsets)


def _append(text: list[str], offsets: list[int], line_start: int, kept: list[str], kept_pos: list[int]) -> None:
    """Add one cleaned line (and the newline before it) to the text and its offsets."""
    if not kept:
        return
    if text:
        text.append("\n")
        offsets.append(line_start - 1)
    text.extend(kept)
    offsets.extend(kept_pos)


def looks_like_html(sample: str) -> bool:
    """True for a document that is HTML rather than text with some leftover tags."""
    head = sample[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")):
        return True
    return bool(re.search(r"<(?:head|body|html)\b", sample[:20000], re.I))
