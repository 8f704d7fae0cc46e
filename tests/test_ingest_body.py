"""HTML body extraction: trafilatura first, readability when trafilatura keeps too little, furniture lines out."""

from __future__ import annotations

import pytest

from newsgraph.ingest.body import choose_body, extract_body, visible_words, word_count

PARAGRAPHS = [
    "The foreign ministers of Norway and Sweden met in Oslo on Tuesday to discuss fishing rights.",
    "Officials said the two sides agreed to set up a joint commission before the end of the year.",
    "\"We have made real progress,\" the Norwegian minister told reporters after the talks ended.",
    "Sweden said it would send a delegation to Bergen next month to work out the details of the plan.",
]


def page(extra: str = "") -> str:
    """An invented news page: navigation, an article with furniture lines, a footer."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<html><head><title>Talks in Oslo</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Talks in Oslo</h1>{body}{extra}</article>"
        "<footer>Contact us | Privacy</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("primary", "fallback", "chosen"),
    [
        ("one two three four five", "one two three four five six", "primary"),
        ("one two", "one two three four five six", "fallback"),
        ("", "some words here", "fallback"),
        ("", "", "primary"),
        ("a b c d e", "a b c d e f g h i j", "primary"),  # exactly half is enough
    ],
)
def test_choose_body(primary, fallback, chosen):
    assert choose_body(primary, fallback) == (primary if chosen == "primary" else fallback)


def test_extract_body_keeps_the_article_and_drops_furniture():
    extra = "<p>Read more: Fishing quotas explained</p><p>Advertisement</p><p>Share this article</p>"
    body = extract_body(page(extra))
    for paragraph in PARAGRAPHS:
        assert paragraph in body
    for furniture in ("Read more", "Advertisement", "Share this", "Privacy", "Home"):
        assert furniture not in body


def test_extract_body_of_a_page_without_article_is_short():
    assert word_count(extract_body("<html><body><nav><a href='/'>Home</a></nav></body></html>")) < 5


def test_visible_words_ignores_tags_scripts_and_styles():
    html = ("<html><head><style>p {color: red}</style><script>var x = 1;</script></head>"
            "<body><p>Two words</p></body></html>")
    assert visible_words(html) == 2


def test_readability_body_is_the_same_without_its_javascript_cleaning(monkeypatch):
    """The cheaper cleaner gives readability-lxml's body text unchanged on a page with event handlers and JS links."""
    import readability.readability as module
    from lxml_html_clean import Cleaner

    from newsgraph.ingest import body as body_module

    html = page('<p onclick="track()">Tap <a href="javascript:void(0)">here</a> for the '
                '<a href=" javascript:open()">full map</a> of the harbour.</p>')
    fast_body = body_module.readability_body(html)
    assert not module.html_cleaner.javascript
    monkeypatch.setattr(module, "html_cleaner", Cleaner(**{**vars(module.html_cleaner), "javascript": True}))
    monkeypatch.setattr(body_module, "skip_javascript_cleaning", lambda: None)
    assert body_module.readability_body(html) == fast_body
    assert "full map of the harbour" in fast_body


def full_cascade_body(html: str, url: str | None = None) -> str:
    """The body as extract_body gave it before the fast first pass: trafilatura's full cascade every time."""
    from newsgraph.ingest.body import readability_body, strip_boilerplate, trafilatura_body

    body = trafilatura_body(html, url)
    if word_count(body) < 0.5 * visible_words(html):
        body = choose_body(body, readability_body(html))
    return strip_boilerplate(body).strip()


def test_fast_trafilatura_text_is_what_extract_gives_in_fast_mode():
    import trafilatura

    from newsgraph.ingest.body import TRAFILATURA_OPTIONS, fast_trafilatura

    html = page("<p>Read more: Fishing quotas explained</p>")
    text, element = fast_trafilatura(html, "https://example.com/oslo")
    assert text == trafilatura.extract(html, url="https://example.com/oslo", fast=True, **TRAFILATURA_OPTIONS).strip()
    assert element is not None and PARAGRAPHS[0] in text


PARAGRAPH_BODY = "<body>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</body>"


@pytest.mark.parametrize(
    ("body_html", "readability", "may_differ"),
    [
        (PARAGRAPH_BODY, "", False),  # a body of paragraphs, nothing longer elsewhere
        (PARAGRAPH_BODY, " ".join(PARAGRAPHS), False),  # readability finds the same text
        (PARAGRAPH_BODY, " ".join(PARAGRAPHS * 2), True),  # readability finds twice as much
        ("<body><p>Too short.</p></body>", "", True),  # under trafilatura's MIN_EXTRACTED_SIZE
        ("<body><table><tr><td>" + " ".join(PARAGRAPHS) + "</td></tr></table></body>", "", True),  # no <p> text
        (PARAGRAPH_BODY.replace("</body>", "<aside>Related stories</aside></body>"), "", True),  # furniture left
        (None, "", True),  # trafilatura found nothing
    ],
)
def test_full_cascade_may_differ(body_html, readability, may_differ):
    import lxml.html

    from newsgraph.ingest.body import full_cascade_may_differ

    element = lxml.html.fromstring(body_html) if body_html else None
    text = element.text_content() if element is not None else ""
    assert full_cascade_may_differ(text, element, readability) is may_differ


def test_extract_body_is_the_full_cascade_body_on_real_pages(shared, monkeypatch):
    """The fast first pass changes no body: dev pages, including ones where it reruns the full cascade."""
    import gzip
    import json

    from newsgraph.ingest import body as body_module

    folder = shared / "data" / "article-extraction"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    reruns = []
    rerun = body_module.trafilatura_body

    def counted(*args, **kwargs):
        reruns.append(args)
        return rerun(*args, **kwargs)

    pages = {}
    for page_id in sorted(truth)[:40]:
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        pages[page_id] = (html, truth[page_id].get("url"), full_cascade_body(html, truth[page_id].get("url")))
    monkeypatch.setattr(body_module, "trafilatura_body", counted)
    for page_id, (html, url, expected) in pages.items():
        assert extract_body(html, url) == expected, page_id
    assert 0 < len(reruns) < 20  # both paths ran; most pages need no rerun
