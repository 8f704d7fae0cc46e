"""A dateline at the start of a story ("KHARTOUM - ", "MAPLE FALLS, Ohio — ", "BEIJING, Jan 5 (AFP) - ") is a
segment of its own: the parser no longer reads its place into the first sentence (as that sentence's subject,
or an apposition of it), and its known state or country still sets the story's home. Invented stories; every
offset still points into the text as given."""

from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.evaluation.events import ARTICLE_STAGES, code_articles
from newsgraph.extract.events import plover_type
from newsgraph.extract.places import dateline
from newsgraph.model import Article


def sentences(text: str) -> list[str]:
    doc = nlp.load()(text)
    assert doc.text == text
    return [sent.text for sent in doc.sents]


def events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(type, source words, source country, source sector) of each event coded in a one-article batch."""
    coded = code_articles([Article(id="t", text=text, published="2024-03-04")], ARTICLE_STAGES, 1)["t"]
    out = []
    for event in coded:
        source = event["source"]
        words = source and text[source["start"]:source["end"]]
        out.append((plover_type(event), words, source and source["actor"]["country"],
                    source and source["actor"]["sector"]))
    return out


@pytest.mark.parametrize(("text", "first"), [
    ("Accra, Ghana - Hundreds of nurses walked off the job on Monday.", "Accra, Ghana -"),
    ("GRANITE BLUFF, Montana — Deputies arrested a man after a chase on the interstate.",
     "GRANITE BLUFF, Montana —"),
    ("Nairobi – Ugandan Energy Minister Ivan Oduya walked out of the pipeline talks.", "Nairobi –"),
])
def test_a_dateline_is_a_segment_of_its_own(text, first):
    found = sentences(text)
    assert found == [first, text[len(first) + 1:]]


@pytest.mark.parametrize("text", [
    # no dateline: the dash opens an aside, in lower case
    "NATO - the alliance's military arm - said its jets struck a depot.",
    # a dash later in the first sentence
    "Ministers from OSLO - and from Bergen - met on Friday.",
])
def test_a_dash_that_ends_no_dateline_splits_nothing(text):
    assert sentences(text) == [text]


def test_a_label_before_a_colon_leaves_the_story_whole():
    text = "BREAKING: Police in Leeds arrested two men after a stabbing in the city centre."
    assert sentences(text)[-1] == text[len("BREAKING: "):]
    assert events(text) == [("COERCE", "Police", "GBR", "COP")]


@pytest.mark.parametrize(("text", "expected"), [
    # the town was the subject ("GRANITE BLUFF ... Deputies arrested"): now the deputies, in Montana's country
    ("GRANITE BLUFF, Montana — Deputies arrested a man after a chase on the interstate.",
     ("COERCE", "Deputies", "USA", "COP")),
    # a title-case dateline was the striker; its country is still the story's home
    ("Accra, Ghana - Hundreds of nurses walked off the job on Monday.",
     ("PROTEST", "Hundreds of nurses", "GHA", "HLH")),
])
def test_the_first_sentence_after_a_dateline_keeps_its_subject(text, expected):
    assert events(text) == [expected]


def test_the_same_story_without_a_dateline_is_coded_alike():  # near miss: nothing to split
    assert events("Deputies in Montana arrested a man after a chase on the interstate.") == [
        ("COERCE", "Deputies in Montana", "USA", "COP")]


def test_a_town_the_gazetteer_does_not_know_keeps_its_state():
    text = "GRANITE BLUFF, Montana — Deputies arrested a man."
    assert [text[start:end] for start, end, _ in dateline(text)] == ["Montana"]


def test_a_dateline_of_no_known_place_gives_none():  # near miss: neither part is a place
    assert dateline("GRANITE BLUFF, Stonevale — Deputies arrested a man.") == []


def test_a_dated_agency_dateline_gives_its_city():
    text = "VARNA, Jan 5 (AFP) - Port workers walked off the job."
    assert [text[start:end] for start, end, _ in dateline(text)] == ["VARNA"]
