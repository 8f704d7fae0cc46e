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
