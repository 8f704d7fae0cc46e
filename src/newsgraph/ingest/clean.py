"""Cleaning of scraped text: leftover markup, image placeholders, captions and credits.

``clean_scraped`` returns the cleaned text and an offset map: ``offsets[i]`` is
the position in the raw input of cleaned character ``i``, so every span of the
record can be traced back to the source.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

TAG = re.compile(r"<!--.*?-->|<script\b.*?</script\s*>|<style\b.*?</style\s*>|</?[A-Za-z][^<>]*>", re.S | re.I)
IMAGE_PLACEHOLDER = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|\[(?:image|photo|img)[^\]\n]{0,80}\]", re.I)
ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# agencies and credit words that end a photo caption ("... Jan. 21. Reuters-Yonhap")
AGENCIES = (
    r"Reuters|AP|AFP|Yonhap|EPA|Xinhua|Getty Images|Bloomberg|Kyodo|UPI|Anadolu|"
    r"Shutterstock|iStock|Newsis|News1|Corbis|Alamy|PA|dpa|TASS|Sputnik|ANI|PTI|IANS|"
    r"Korea Times|Joint Press Corps|Pool|File|Handout|Courtesy"
)
CREDIT_TAIL = re.compile(
    rf"(?:(?:\b(?:{AGENCIES})(?:\s*(?:[-/]|via)\s*(?:{AGENCIES}))*)"
    rf"|(?:\b(?:Photo|Photograph|Image|Picture)s?\s*(?:by|courtesy of|:)\s*[^.|]{{1,60}})"
    rf"|(?:(?:{AGENCIES})\s+(?:Photo|photo)(?:/[^|]{{1,40}})?))\s*\|?\s*$"
)
CAPTION_MARK = re.compile(r"\|\s*$")
SHARE_LINE = re.compile(
    r"^(?:share|tweet|email|print|facebook|twitter|linkedin|whatsapp|copy link|advertisement|"
    r"read more|related articles?|subscribe)(?:\s*[|/·]\s*\w+)*\s*$",
    re.I,
)


@dataclass(slots=True)
class Cleaned:
    text: str
    offsets: list[int]


def _strip_markup(raw: str, start: int, end: int) -> tuple[str, list[int]]:
    """Text of raw[start:end] without tags, placeholders and entities, with raw positions."""
    out: list[str] = []
    pos: list[int] = []
    removals = sorted(
        [(m.start(), m.end(), "") for m in TAG.finditer(raw, start, end)]
        + [(m.start(), m.end(), "") for m in IMAGE_PLACEHOLDER.finditer(raw, start, end)]
        + [(m.start(), m.end(), html.unescape(m.group())) for m in ENTITY.finditer(raw, start, end)]
    )
    i = start
    for r_start, r_end, replacement in removals:
        if r_start < i:
            continue
        out.extend(raw[i:r_start])
        pos.extend(range(i, r_start))
        if replacement:
            out.extend(replacement)
            pos.extend([r_start] * len(replacement))
        elif out and not out[-1].isspace():
            # a removed tag separates words
            out.append(" ")
            pos.append(r_start)
        i = r_end
    out.extend(raw[i:end])
    pos.extend(range(i, end))
    return "".join(out), pos


def _is_residue(line: str, raw_line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return True
    if CAPTION_MARK.search(raw_line.strip()):
        # a table cell: "caption text |"
        return True
    if CREDIT_TAIL.search(stripped) and len(stripped) < 400:
        return True
    return bool(SHARE_LINE.match(stripped))


def clean_scraped(raw: str) -> Cleaned:
    """Clean scraper residue out of plain text, keeping a map back to ``raw``."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw
    text: list[str] = []
    offsets: list[int] = []
    line_start = 0
    for raw_line in raw.split("\n"):
        line_end = line_start + len(raw_line)
        line, pos = _strip_markup(raw, line_start, line_end)
        if not _is_residue(line, raw_line):
            # collapse runs of whitespace inside the line, strip its ends
            kept: list[str] = []
            kept_pos: list[int] = []
            for ch, p in zip(line, pos, strict=True):
                if ch.isspace():
                    if kept and not kept[-1] == " ":
                        kept.append(" ")
                        kept_pos.append(p)
                    continue
                kept.append(ch)
                kept_pos.append(p)
            while kept and kept[-1] == " ":
                kept.pop()
                kept_pos.pop()
            if kept:
                if text:
                    text.append("\n")
                    offsets.append(line_start - 1)
                text.extend(kept)
                offsets.extend(kept_pos)
        line_start = line_end + 1
    return Cleaned("".join(text), offsets)


def looks_like_html(sample: str) -> bool:
    """True for a document that is HTML rather than text with some leftover tags."""
    head = sample[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")):
        return True
    return bool(re.search(r"<(?:head|body|html)\b", sample[:20000], re.I))
