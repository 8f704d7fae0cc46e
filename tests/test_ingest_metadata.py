"""Page metadata: title, published (datetime with offset where known), outlet and clean authors."""

from __future__ import annotations

import json

import pytest

from newsgraph.ingest.metadata import clean_author, clean_authors, clean_title, normalize_published, page_metadata


def page(head: str = "", ld: dict | list | None = None, body: str = "<p>Body.</p>") -> str:
    """A small invented page with the given head tags and JSON-LD."""
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld is not None else ""
    return f"<!doctype html><html><head>{head}{script}</head><body>{body}</body></html>"


ARTICLE_LD = {
    "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour deal signed in Valdora",
    "datePublished": "2025-03-04T08:15:00+01:00",
    "author": [{"@type": "Person", "name": "By Mira Castell"}, {"@type": "Organization", "name": "Valdora Post"}],
    "publisher": {"@type": "Organization", "name": "Valdora Post"},
}


@pytest.mark.parametrize(
    ("html", "url", "expected"),
    [
        # JSON-LD gives everything; the organisation author is the site and is dropped
        (page(ld=ARTICLE_LD), "https://www.valdorapost.example/world/harbour",
         {"title": "Harbour deal signed in Valdora", "published": "2025-03-04T08:15:00+01:00",
          "source": "valdorapost.example", "authors": ["Mira Castell"]}),
        # @graph form, UTC "Z" datetime
        (page(ld={"@graph": [{"@type": "WebSite", "name": "Valdora Post"},
                             {**ARTICLE_LD, "datePublished": "2025-03-04T07:15:00Z"}]}),
         "https://valdorapost.example/a",
         {"published": "2025-03-04T07:15:00+00:00", "authors": ["Mira Castell"]}),
        # JSON-LD date without offset, meta tag of the same day with one: the offset wins
        (page('<meta property="article:published_time" content="2025-03-04T08:15:00+0100">',
              {**ARTICLE_LD, "datePublished": "2025-03-04"}), None,
         {"published": "2025-03-04T08:15:00+01:00"}),
        # a naive datetime is only trusted to the day
        (page('<meta property="article:published_time" content="2025-03-04T08:15:00">'), None,
         {"published": "2025-03-04"}),
        # meta tags only: byline with role, title with the site name after a bar
        (page('<title>Grain talks stall | The Sylvania Ledger</title>'
              '<meta property="og:site_name" content="The Sylvania Ledger">'
              '<meta name="author" content="By Tomas Brenn, Senior Correspondent">'
              '<meta property="article:published_time" content="2024-11-02T17:40:00-05:00">'),
         "https://sylvanialedger.example/grain",
         {"title": "Grain talks stall", "published": "2024-11-02T17:40:00-05:00", "authors": ["Tomas Brenn"],
          "source": "sylvanialedger.example"}),
        # two authors in one byline, an agency credit and a URL author are not people
        (page('<meta name="author" content="Ana Ruiz and Lee Park for Valdora Post">'
              '<meta property="article:author" content="https://valdorapost.example/staff/ana">'), None,
         {"authors": ["Ana Ruiz", "Lee Park"]}),
        # no metadata at all
        (page(), None, {"title": None, "published": None, "authors": [], "source": None}),
        # the canonical link gives the outlet when no URL is passed
        (page('<link rel="canonical" href="https://news.valdora.example/a/1">'), None,
         {"url": "https://news.valdora.example/a/1", "source": "news.valdora.example"}),
        # broken JSON-LD is ignored, not fatal
        ('<html><head><script type="application/ld+json">{"@type": "NewsArticle",</script></head></html>', None,
         {"title": None}),
    ],
)
def test_page_metadata(html, url, expected):
    meta = page_metadata(html, url)
    for key, value in expected.items():
        assert getattr(meta, key) == value, key


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-04", ("2025-03-04", False)),
        ("2025-03-04T08:15:00+01:00", ("2025-03-04T08:15:00+01:00", True)),
        ("2025-03-04T08:15:00.123Z", ("2025-03-04T08:15:00+00:00", True)),
        ("2025-03-04 08:15+0530", ("2025-03-04T08:15:00+05:30", True)),
        ("2025-03-04T08:15:00", ("2025-03-04", False)),
        ("2025-02-30", None),
        ("March 4, 2025", None),
        ("", None),
    ],
)
def test_normalize_published(value, expected):
    assert normalize_published(value) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Jane Roe", "Jane Roe"),
        ("BY JANE ROE", "JANE ROE"),
        ("Written by Jane Roe", "Jane Roe"),
        ("Jane Roe, Staff Writer", "Jane Roe"),
        ("Jane Roe | Political Correspondent", "Jane Roe"),
        ("Jane Roe - Reporter", "Jane Roe"),
        ("Jane Roe in Valdora City", "Jane Roe"),
        ("Jane Roe for The Sylvania Ledger", "Jane Roe"),
        ("Staff Reporter", None),
        ("The Sylvania Ledger", None),
        ("sylvanialedger.example", None),
        ("jane@example.org", None),
        ("https://example.org/jane", None),
        ("", None),
        ("1234", None),
        ("admin", None),
        ("Reuters", None),
        ("AFP-Yonhap", None),
        ("Paul Reuter", "Paul Reuter"),
    ],
)
def test_clean_author(raw, expected):
    assert clean_author(raw, ("sylvanialedger.example", "The Sylvania Ledger")) == expected


def test_site_brand_with_a_section_is_not_an_author():
    assert clean_author("Valdora Business", ("valdora.example",)) is None
    assert clean_author("Valdora Smith", ("valdoranews.example",)) == "Valdora Smith"


def test_clean_authors_splits_and_dedups():
    assert clean_authors(["By Jane Roe and Lee Park", "Jane Roe; Sylvania Ledger Staff"], ("sylvanialedger.example",)) \
        == ["Jane Roe", "Lee Park"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Grain talks stall | The Sylvania Ledger", "Grain talks stall"),
        ("The Sylvania Ledger - Grain talks stall", "Grain talks stall"),
        ("Grain talks stall — sylvanialedger.example", "Grain talks stall"),
        ("Grain talks: what comes next", "Grain talks: what comes next"),
        ("Valdora - Sylvania talks stall", "Valdora - Sylvania talks stall"),
        ("  Grain &amp; fish   talks ", "Grain & fish talks"),
        ("", None),
        (None, None),
    ],
)
def test_clean_title(title, expected):
    assert clean_title(title, ("sylvanialedger.example", "The Sylvania Ledger")) == expected


def test_lean_trafilatura_metadata_gives_what_extract_metadata_gives(shared, monkeypatch):
    """Leaving out trafilatura's searches newsgraph does not need changes no field, with or without a URL."""
    import gzip

    from trafilatura.metadata import extract_metadata

    from newsgraph.ingest import metadata as module

    folder = shared / "data" / "article-extraction"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [(gzip.decompress((folder / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8", "replace"),
              truth[i].get("url")) for i in sorted(truth)[:30]]
    lean = [(module.page_metadata(html, url), module.page_metadata(html)) for html, url in pages]
    asked = []

    def stock(page, url=None, **needs):
        asked.append(needs)
        return extract_metadata(page, default_url=url)

    monkeypatch.setattr(module, "trafilatura_metadata", stock)
    assert [(module.page_metadata(html, url), module.page_metadata(html)) for html, url in pages] == lean
    assert any(not all(needs.values()) for needs in asked)  # some searches were left out
