"""Claims: invented sentences in, (value, unit, kind, approximate) out; texts where nothing must be found."""

from __future__ import annotations

import pytest

from newsgraph.evaluation.claims import normal_unit, score_worked
from newsgraph.extract.claims_find import find_quantities
from newsgraph.extract.numbers import number_value
from newsgraph.model import Article
from newsgraph.pipeline import process_batch

STAGES = ("parse", "entities", "actors", "timex", "claims")


def run(text: str, published: str | None = "2022-01-22") -> Article:
    """One article through the stages the claims stage depends on."""
    [article] = process_batch([Article(id="t", text=text, published=published)], STAGES)
    return article


SURFACE = [
    ("The fund holds $47 billion in reserves.", [(47e9, "USD", "money", False)]),
    ("Tokyo pledged some 1 billion vaccine doses.", [(1e9, "", "count", True)]),
    ("Three-quarters of the voters stayed home.", [(0.75, "", "other", False)]),
    ("He bought a dozen eggs.", [(12, "", "count", False)]),
    ("Inflation reached 8.5% in the spring.", [(8.5, "percent", "percent", False)]),
    ("The ferry covers 30 km in an hour.", [(30, "kilometre", "length", False)]),
    ("The strike cost €2.5bn.", [(2.5e9, "EUR", "money", False)]),
    ("Nearly 40 percent of the budget went to roads.", [(40, "percent", "percent", True)]),
    ("The bridge is 2 1/2 miles long.", [(2.5, "mile", "length", False)]),
    ("Between 200 and 300 km of track were laid.", [(250, "kilometre", "length", False)]),
    # nothing to find: names, ordinals, phone numbers and years are not quantities
    ("The COVID-19 wave hit the G7 summit.", []),
    ("Pilots flew the F-35 to the 2+2 meeting.", []),
    ("Call 555-123-4567 for the 70th anniversary gala.", []),
    ("The treaty was signed in 1998.", []),
    ("The cap was set by the Group of Seven.", []),
    ("Airlines grounded their Boeing 787 jets and the 777-200LR.", []),
]


@pytest.mark.parametrize(("text", "expected"), SURFACE)
def test_find_quantities_table(text: str, expected: list[tuple[float, str, str, bool]]) -> None:
    found, _ = find_quantities(text)
    assert [(q.value, q.unit, q.kind, q.approximate) for q in found] == [
        (pytest.approx(v), u, k, a) for v, u, k, a in expected]


@pytest.mark.parametrize(("text", "value"), [
    ("6,200", 6200), ("a hundred and two", 102), ("twenty-one", 21), ("1.5 million", 1.5e6), ("0.5k", 500),
    ("three million, two hundred & forty", 3000240), ("2.48×10−5", 2.48e-5), ("two and a half", 2.5),
])
def test_number_value(text: str, value: float) -> None:
    assert number_value(text) == pytest.approx(value)


PIPELINE = [
    ("The ministry estimates that Norway has some 350 deliverable nuclear warheads.",
     [("some 350 deliverable nuclear warheads", 350, "nuclear warheads", "count", True, None)]),
    ("The army will boost its spending by 8 percent.", [("8 percent", 8, "percent", "percent", False, "increase")]),
    ("Exports fell 12% last year.", [("12%", 12, "percent", "percent", False, "decrease")]),
    ("Friday's 45-minute call ended without a deal.", [("45-minute", 45, "minute", "duration", False, None)]),
    ("About 4,000 soldiers are based on the island.",
     [("About 4,000 soldiers", 4000, "soldiers", "count", True, None)]),
    # nothing: dates, times, a time span and a definite reference to people
    ("The two leaders met on Jan. 21, 2022 at 2 pm.", []),
    ("Over the past two years, relations have improved.", []),
]


@pytest.mark.parametrize(("text", "expected"), PIPELINE)
def test_claims_table(text: str, expected: list[tuple]) -> None:
    article = run(text)
    got = [(c.text, c.value, c.unit, c.kind, c.approximate, c.change) for c in article.claims]
    assert got == [(t, pytest.approx(v), u, k, a, ch) for t, v, u, k, a, ch in expected]
    assert all(article.text[c.start:c.end] == c.text for c in article.claims)


def test_subject_source_and_time() -> None:
    article = run("According to the Institute of Peace Studies, Norway has 120 warheads, a figure that could "
                  "double by 2030.")
    by_text = {c.text: c for c in article.claims}
    warheads = by_text["120 warheads"]
    assert warheads.subject is not None and warheads.subject.text == "Norway"
    assert warheads.source is not None and warheads.source.text == "Institute of Peace Studies"
    double = by_text["double"]
    assert (double.value, double.change, double.unit, double.time) == (2, "multiply", "warheads", "2030")


def test_elided_noun_takes_the_previous_unit() -> None:
    article = run("Chile has 6,200 tanks, and Peru has the 5,600 under its control.")
    assert [(c.value, c.unit) for c in article.claims] == [(6200, "tanks"), (5600, "tanks")]


def test_worked_scorer_counts_optional_items_as_neither() -> None:
    gold = [{"value": 350, "unit": "warheads"}, {"value": 8, "unit": "percent"},
            {"value": 70, "unit": "anniversary", "optional": True}]
    predicted = [{"value": 350, "unit": "nuclear warheads"}, {"value": 70, "unit": "anniversary"},
                 {"value": 3, "unit": "ships"}]
    scores = score_worked(predicted, gold)
    assert scores["worked_recall"] == 0.5
    assert scores["worked_precision"] == 0.5  # one true, one false (the ships); the optional one is neither
    assert scores["worked_f1"] == pytest.approx(0.5)


def test_unit_normalisation_for_scoring() -> None:
    assert normal_unit("warheads", "count") == ""
    assert normal_unit("dollar per hour") == "USD per hour"
    assert normal_unit("percentage") == "percent"


@pytest.mark.devdata
def test_worked_example_claims_f1(worked_example) -> None:
    record, gold = worked_example
    assert score_worked(record["claims"], gold["claims"])["worked_f1"] >= 0.9
