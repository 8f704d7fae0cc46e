"""html_depth, which skips flat and self-closing tags inside its regex, counts as a loop over every tag does."""

from __future__ import annotations

import gzip
import random
import re

import pytest

from newsgraph.ingest.limits import FLAT_ELEMENTS, html_depth

ANY_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*?(/?)>")
PIECES = ["<div>", "</div>", "<DIV class=x>", "<br/>", "<a/>", "</a/>", "<p>", "</P>", "<span", ">", "<", "/",
          "<Kdiv>", "<\u212a>", "<param>", "<pa>", "<b-r>", "<br->", "<div/ >", "<x y='/'>", "</ div>", "<<div>",
          "text", "<img src=a/>", "<svg:g>", "<td>", "<table>", "<Section id=\"a>b\">", "<\u017fpan>", "<BR>"]


def depth_tag_by_tag(html: str, stop_at: int) -> int:
    """The depth by the plain definition: every tag read, flat and self-closing ones passed over."""
    depth = deepest = 0
    for match in ANY_TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in FLAT_ELEMENTS:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
        if deepest > stop_at:
            break
    return deepest


@pytest.mark.parametrize("seed", range(4))
def test_depth_is_the_tag_by_tag_count_on_tag_soup(seed):
    rnd = random.Random(seed)
    for _ in range(2000):
        html = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 40)))
        for stop_at in (2, 1000):
            assert html_depth(html, stop_at) == depth_tag_by_tag(html, stop_at), html


@pytest.mark.parametrize(("html", "expected"), [
    ("<div><section><p><span>x</span></p></section></div>", 3),
    ("<div><br/><img src=a.png><div/><Div><DIV>", 3),
    ("</div></div><div>", 1),
    ("<p><li><td><br>", 0),
])
def test_depth_of_small_pages(html, expected):
    assert html_depth(html) == expected


def test_depth_is_the_tag_by_tag_count_on_dev_pages(shared):
    folder = shared / "data" / "article-extraction" / "html"
    pages = sorted(folder.glob("*.html.gz"))[:40]
    if not pages:
        pytest.skip("no dev pages")
    for path in pages:
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        assert html_depth(html) == depth_tag_by_tag(html, 1000), path.name
