"""The sample corpus (samples/): every file reads without error, labelled samples, metadata and cleaning."""

from __future__ import annotations

import pytest

from newsgraph.devdata import PROJECT_ROOT
from newsgraph.ingest.readers import read_inputs, walk

SAMPLES = PROJECT_ROOT / "samples"


@pytest.fixture(scope="module")
def articles():
    return {a.id: a for a in read_inputs([str(SAMPLES)])}


def test_walk_skips_folder_notes(tmp_path):
    for name in ("README.md", "LICENSE", "a.txt", "a.txt.meta.json", ".hidden", "sub/readme.txt", "sub/b.html"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.removeprefix(str(tmp_path)) for p in walk([str(tmp_path)])] == ["/a.txt", "/sub/b.html"]
    assert list(walk([str(tmp_path / "README.md")])) == [str(tmp_path / "README.md")]


def test_every_sample_reads_without_error(articles):
    assert len(articles) >= 5
    assert all(a.error is None and a.text for a in articles.values())


def test_own_samples_are_labelled_as_invented(articles):
    own = [a for a in articles.values() if a.source == "samples.newsgraph.example"]
    assert len(own) >= 4
    for article in own:
        assert article.title.startswith("SAMPLE (invented event)")
        assert "SAMPLE (invented event)" in article.text.split("\n")[0]


def test_html_sample_metadata(articles):
    [page] = [a for a in articles.values() if "Reykjavik" in (a.title or "") or "mackerel" in (a.title or "")]
    assert page.published == "2025-03-04T09:30:00+01:00"
    assert page.authors == ["Ingrid Solvik"]
    assert not page.title.endswith("Sample Desk")
    for residue in ("Most read", "Home", "©", "Photo by"):
        assert residue not in page.text


def test_scraped_sample_is_cleaned_and_traceable(articles):
    [scraped] = [a for a in articles.values() if "Lake Victoria" in (a.title or "")]
    assert scraped.published == "2025-05-15"
    for residue in ("![](", "<img", "<div", "Tweet", "Advertisement", "Read more", "newsletter", "AP Photo", "AFP"):
        assert residue not in scraped.text, residue
    raw = (SAMPLES / "sample-lake-victoria-scraped.txt").read_text(encoding="utf-8")
    assert scraped.offset_map is not None
    for i, ch in enumerate(scraped.text):
        if not ch.isspace():
            assert raw[scraped.offset_map[i]] == ch


def test_jsonl_samples_keep_ids_and_dates(articles):
    assert articles["sample-wire-001"].published == "2025-06-10"
    assert articles["sample-wire-002"].text.startswith("SAMPLE (invented event)")
