"""Whole lines of page furniture that survive body extraction: related links, share and comment
prompts, newsletter pitches, shortcodes, copyright and contact lines.

Used on extracted HTML bodies (``ingest.body``) and on scraped text (``ingest.clean``). Every rule
matches a whole line, so an article sentence that merely mentions "newsletter" or "share" stays.
"""

from __future__ import annotations

import re

BOILERPLATE_LINE = re.compile(
    r"""^(?:
      (?:related(?:\ (?:articles?|stories|content|coverage))?|read\ more|read\ also|also\ read|see\ also
        |more\ on\ this(?:\ story)?|recommended(?:\ for\ you)?|watch|listen|trending(?:\ now)?|most\ read
        |you\ may\ also\ like|more\ from\ [\w\ ]{1,30})(?:\s*[:|\-–—]\s*.{0,200})?
    | advertisement|story\ continues\ below(?:\ advertisement)?|continue\ reading(?:\ below)?
    | skip\ advert(?:isement)?|scroll\ to\ continue(?:\ with\ content)?
    | (?:\d+\s+)?comments?|tell\ us\ what\ you\ think.{0,20}|leave\ a\ (?:comment|reply).{0,40}
    | (?:share|tweet|email|print)(?:\ (?:this\ (?:article|story|post|page)|on\ \w+))?
    | (?:share|tweet|email|print|facebook|twitter|linkedin|whatsapp|copy\ link)
        (?:\s*[|/·,]\s*(?:share|tweet|email|print|facebook|twitter|linkedin|whatsapp|copy\ link|reddit|pinterest))+
    | \[[a-z_]+\b[^\]]*\].*\[/[a-z_]+\]
    | (?:follow\ (?:us|him|her|them|me)\ on\ (?:twitter|facebook|instagram|x)\b
        |email\ \S.{0,60}\ at\ \S+@\S+).{0,200}
    | (?:copyright|©|\(c\))\ .{0,120}
    | .{0,150}\b(?:sign\ up|subscribe)\b.{0,60}\b(?:newsletter|inbox|updates)\b.{0,100}
    )\s*$""",
    re.I | re.X,
)


def is_boilerplate_line(line: str) -> bool:
    """True when a whole line is page furniture rather than article text."""
    return bool(BOILERPLATE_LINE.match(line.strip()))


def strip_boilerplate(text: str) -> str:
    """The text without its boilerplate lines (lines are kept otherwise, in order)."""
    return "\n".join(line for line in text.split("\n") if not is_boilerplate_line(line))
