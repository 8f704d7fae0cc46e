"""Cleaning of scraped text and of extracted bodies: residue out, article sentences kept, offsets traceable."""

from __future__ import annotations

import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.ingest.boilerplate import is_boilerplate_line, strip_boilerplate
from newsgraph.ingest.clean import clean_scraped

BODY = "The finance ministers of Freedonia and Sylvania agreed on Monday to cut tariffs on grain."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # leftover markup and entities
        (f"<p>{BODY}</p>", BODY),
        (f"<div class='x'><span>{BODY}</span></div>", BODY),
        ("Trade rose 4% &amp; exports fell, the ministry said.", "Trade rose 4% & exports fell, the ministry said."),
        ("<script>var a = '<p>';</script>" + BODY, BODY),
        ("<!-- ad slot -->" + BODY, BODY),
        # image placeholders and markdown links
        (f"![](https://img.example/a.jpg)\n{BODY}", BODY),
        (f"[image: harbour at dawn]\n{BODY}", BODY),
        (f"{BODY} [photo]", BODY),
        ("The deal was [announced in May](https://example.org/a) by both sides.",
         "The deal was announced in May by both sides."),
        # photo captions and agency credits
        (f"Ministers pose for a photo in Sylvania City, March 3. AFP-Yonhap\n{BODY}", BODY),
        (f"Protesters gather outside parliament on Tuesday. (AP Photo/Jane Roe)\n{BODY}", BODY),
        (f"A ship leaves port. Photo by Jane Roe/Reuters\n{BODY}", BODY),
        (f"Photo: Sylvania Ministry of Trade\n{BODY}", BODY),
        (f"Reuters\n{BODY}", BODY),
        (f"Harbour cranes at dusk |\n{BODY}", BODY),
        (f"Image caption The minister arrives for talks\nImage copyright Getty Images\n{BODY}", BODY),
        (f"A crane lifts a container. (Photo: Jane Roe/EPA)\n{BODY}", BODY),
        (f"(Photo: Jane Roe/EPA) {BODY}", BODY),
        # a bare credit on the last line is a wire sign-off: the paragraph stays, the credit goes
        (f"{BODY}\nOn Friday, 300 travellers were sent home by the border police. PTI",
         f"{BODY}\nOn Friday, 300 travellers were sent home by the border police."),
        (f"{BODY}\nThe talks resume next week. (Reuters)\nAdvertisement", f"{BODY}\nThe talks resume next week."),
        (f"Ministers pose in Sylvania City, May 3. AFP\n{BODY}", BODY),
        (f"{BODY}\nMinisters pose in Sylvania City, May 3. (AP Photo/Jo Roe)", BODY),
        # share, newsletter and media lines
        (f"Share | Tweet | Email\n{BODY}", BODY),
        (f"{BODY}\nSign up for our daily newsletter to get the news in your inbox.", BODY),
        (f"{BODY}\nAdvertisement", BODY),
        (f"{BODY}\nRead more: Tariff talks stall in Sylvania", BODY),
        (f"Media playback is unsupported on your device\n{BODY}", BODY),
        (f"By Jane Roe, Staff Writer\n{BODY}", BODY),
        (f"Updated: March 4, 2025 10:31 ET\n{BODY}", BODY),
        (f"https://example.org/share?id=3\n{BODY}", BODY),
        (f"3 / 12\n{BODY}", BODY),
        ("Free\u200bdonia signed the deal.", "Freedonia signed the deal."),
        # whitespace: runs collapsed, CRLF line ends, blank lines dropped
        (f"  {BODY}   \r\n\r\n\r\nSecond   line.", f"{BODY}\nSecond line."),
        ("", ""),
        ("<div></div>\n\n", ""),
    ],
)
def test_clean_scraped(raw, expected):
    assert clean_scraped(raw).text == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The figures were first reported by Reuters",
        "Officials told AP that the talks would resume.",
        "Share prices fell 3% after the announcement.",
        "Watch the skies tonight, astronomers say.",
        "Published figures show exports grew 5% in 2024.",
        "by the time the talks ended, both sides had agreed.",
        "Readers who subscribe to the paper were not affected.",
        "Related talks are planned in Sylvania next month.",
        "Comments by the minister angered the opposition.",
        "The photo agency Reuters said 3 / 4 of its staff were safe.",
    ],
)
def test_article_sentences_that_look_like_residue_stay(sentence):
    assert clean_scraped(sentence).text == sentence


def _same_char(raw: str, offset: int, ch: str) -> bool:
    """The raw character at offset is ch, or an entity starting there decodes to ch."""
    if raw[offset] == ch:
        return True
    end = raw.find(";", offset)
    return raw[offset] == "&" and end > 0 and ch in html.unescape(raw[offset:end + 1])


RESIDUE = st.sampled_from([
    "<p>", "</p>", "<br/>", "<img src='a.jpg'>", "&amp;", "&#8217;", "&nbsp;", "![](x.png)", "[image]", " |",
    "\r\n", "\n", "\r", "  ", "\t", "Reuters", ". AFP-Yonhap", "(AP Photo/Jo Roe)", "Share", "\u200b",
    "[link](https://x.org)", "<!-- c -->", "By Jo Roe",
])
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(RESIDUE, WORDS), max_size=30))
def test_offset_map_points_at_the_same_raw_char(pieces):
    raw = "".join(pieces)
    cleaned = clean_scraped(raw)
    assert len(cleaned.offsets) == len(cleaned.text)
    assert cleaned.offsets == sorted(cleaned.offsets)
    for i, ch in enumerate(cleaned.text):
        assert 0 <= cleaned.offsets[i] < len(raw)
        if not ch.isspace():
            assert _same_char(raw, cleaned.offsets[i], ch), (i, ch, raw)


@pytest.mark.parametrize(
    ("line", "boilerplate"),
    [
        ("Related: Five things to know about the tariff deal", True),
        ("READ MORE: Sylvania grain prices fall", True),
        ("You may also like:", True),
        ("Tell us what YOU think...", True),
        ("12 comments", True),
        ("[button link='/x'] Send us your story[/button]", True),
        ("Email Jo Roe at jroe@example.org or follow her @joroe.", True),
        ("Follow us on Twitter @example and on Facebook.", True),
        ("© 2025 Example Media. All rights reserved.", True),
        ("Subscribe to the Morning Brief newsletter", True),
        ("Share this article", True),
        ("Share this information, please?", False),
        ("Related talks are planned for next month.", False),
        ("The minister said he would subscribe to the plan.", False),
        ("Watch the skies tonight, astronomers say.", False),
        ("", False),
    ],
)
def test_boilerplate_lines(line, boilerplate):
    assert is_boilerplate_line(line) is boilerplate


def test_strip_boilerplate_keeps_order_of_other_lines():
    text = "First paragraph.\nAdvertisement\nSecond paragraph.\nRead more: Other story"
    assert strip_boilerplate(text) == "First paragraph.\nSecond paragraph."
