"""Time expressions: invented sentences in, (text, TIMEX3 value, type) out, resolved against a fixed date."""

from __future__ import annotations

import random

import pytest

from newsgraph.extract.timex import extract_dates
from newsgraph.extract.timex_rules import RULES, duration_value
from newsgraph.model import Article

PUBLISHED = "2022-01-22"  # a Saturday

CASES = [
    ("The ministers met on Friday in Geneva.", [("Friday", "2022-01-21", "DATE")]),
    ("The ministers will meet on Tuesday in Geneva.", [("Tuesday", "2022-01-25", "DATE")]),
    ("The council voted last Saturday.", [("last Saturday", "2022-01-15", "DATE")]),
    ("The accord was signed on January 21, 2022 in Oslo.", [("January 21, 2022", "2022-01-21", "DATE")]),
    ("Talks resumed Jan. 19 after a pause.", [("Jan. 19", "2022-01-19", "DATE")]),
    ("The filing is dated 2021-11-30.", [("2021-11-30", "2021-11-30", "DATE")]),
    ("The mayor resigned in October.", [("October", "2021-10", "DATE")]),
    ("The mayor will resign in March.", [("March", "2022-03", "DATE")]),
    ("Rebels seized the town earlier this month.", [("earlier this month", "2022-01", "DATE")]),
    ("The king will visit Ghana this spring.", [("this spring", "2022-SP", "DATE")]),
    ("Exports fell last year.", [("last year", "2021", "DATE")]),
    ("The summit is planned for next week.", [("next week", "2022-W04", "DATE")]),
    ("Prices have climbed in recent weeks.", [("recent weeks", "PXW", "DURATION")]),
    ("The dam took two years to build.", [("two years", "P2Y", "DURATION")]),
    ("After a 90-minute call the leaders parted.", [("90-minute", "PT90M", "DURATION")]),
    ("The fleet could double by 2027.", [("2027", "2027", "DATE")]),
    ("Inflation peaked in the 1970s.", [("the 1970s", "197", "DATE")]),
    ("Profits rose in the third quarter of 2021.", [("the third quarter of 2021", "2021-Q3", "DATE")]),
    ("The festival is held every year in Kyoto.", [("every year", "P1Y", "SET")]),
    ("The vote closes at 2 pm.", [("2 pm", "2022-01-22T14:00", "TIME")]),
    ("The quake struck at 18:00 UTC.", [("18:00 UTC", "2022-01-22T18:00Z", "TIME")]),
    ("The agency reported the leak yesterday.", [("yesterday", "2022-01-21", "DATE")]),
    ("The plant closed five years ago.", [("five years ago", "2017", "DATE")]),
    ("Ships crossed the strait in May 2019.", [("May 2019", "2019-05", "DATE")]),
    # nothing to find: numbers, names and modal "may" are not time expressions
    ("He may resign if the 2,000 workers strike.", []),
    ("The Boeing 737 and the F-35 were on display.", []),
    ("About 1500 people marched to the square.", []),
    ("Three-quarters of them live on the island.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_timex_table(text: str, expected: list[tuple[str, str, str]]) -> None:
    article = Article(id="t", text=text, published=PUBLISHED)
    found = [(d.text, d.value, d.type) for d in extract_dates(article)]
    assert found == expected


def test_spans_point_into_text() -> None:
    text = "On Friday, two days after the 90-minute call on Jan. 19, officials met again."
    article = Article(id="t", text=text, published=PUBLISHED)
    dates = extract_dates(article)
    assert dates
    assert all(text[d.start:d.end] == d.text for d in dates)


def test_unknown_publication_date_leaves_relative_values_open() -> None:
    article = Article(id="t", text="The ministers met on Friday and in October 2020.", published=None)
    values = {d.text: d.value for d in extract_dates(article)}
    assert values == {"Friday": "XXXX-XX-XX", "October 2020": "2020-10"}


def test_full_datetime_published_is_accepted() -> None:
    article = Article(id="t", text="The ministers met yesterday.", published="2022-01-22T09:30:00+09:00")
    assert [d.value for d in extract_dates(article)] == ["2022-01-21"]


@pytest.mark.parametrize(("amount", "unit", "value"), [
    ("two", "years", "P2Y"), ("90", "minute", "PT90M"), ("several", "days", "PXD"),
    ("two and a half", "years", "P2.5Y"), ("a", "decade", "P10Y"),
])
def test_duration_value(amount: str, unit: str, value: str) -> None:
    assert duration_value(amount, unit) == value


@pytest.mark.devdata
def test_meantime_value_f1_is_reported(shared) -> None:
    from newsgraph.evaluation.timex import evaluate

    scores = evaluate(shared, 10)
    assert 0.0 < scores["value_f1"] <= 1.0
    assert scores["span_f1"] >= scores["value_f1"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The envoys met on Tuesday in Vienna.", [("Tuesday", "2022-01-18")]),
    ("The envoys will meet on Tuesday in Vienna.", [("Tuesday", "2022-01-25")]),
    ("The contract may be signed on February 3.", [("February 3", "2022-02-03")]),
    ("The plant closed in November.", [("November", "2021-11")]),
    ("Markets stay closed until Monday, the regulator said.", [("Monday", "2022-01-24")]),
])
def test_tense_from_the_parse(text: str, expected: list[tuple[str, str]]) -> None:
    from newsgraph.pipeline import process_batch

    [article] = process_batch([Article(id="t", text=text, published=PUBLISHED)], ("parse", "timex"))
    assert [(d.text, d.value) for d in article.dates] == expected


def test_a_placeholder_publication_date_anchors_nothing() -> None:
    from newsgraph.extract.timex_anchor import parse_published

    assert parse_published("0001-01-01T00:00:00+00:00") is None
    assert parse_published("2024-03-05") is not None


# every rule's own match, in various cases and with the characters re.IGNORECASE folds to ASCII letters
GATE_TEXTS = [
    *(text for text, _ in CASES),
    "THE TALKS ENDED LAST SPRING, TWO YEARS AGO, IN THE THIRD QUARTER OF 2021, AT 9 P.M. TODAY.",
    "The \u212aremlin said the \u017fummit would run until the 1990s; Q3 '21 and 3/4/2021 and 2021-03-04.",
    "Sales rose every Monday, daily and annually, in recent weeks, for years, from 2001 to 2009, since '98.",
    "On the same day, the end of next year, the weekend, the near future, noon and midnight; the first half of 2020.",
    "She spoke at 0800 GMT on Tuesday morning and at 14:30 yesterday; this evening, mid-July, late August 2019.",
    "Polls open on the 5th of March, 2024 and close on 9 May; by the end of the year, or in June of next year.",
]


@pytest.mark.parametrize("text", GATE_TEXTS)
def test_rule_gates_never_skip_a_rule_that_matches(text: str) -> None:
    """A rule's cheap pre-check (words or gate pattern) passes on every text its own pattern matches."""
    from newsgraph.extract.timex_rules import RULES, folded

    folded_text = folded(text)
    for rule in RULES:
        if rule.pattern.search(text):
            assert rule.may_match(text, folded_text), rule.name


def test_rule_gates_skip_rules_on_a_text_without_their_words() -> None:
    from newsgraph.extract.timex_rules import RULES, folded

    text = "The minister spoke to reporters in the capital."
    assert not any(rule.may_match(text, folded(text)) for rule in RULES if rule.name in ("season", "quarter", "ago"))


def test_rule_scanners_find_what_their_patterns_find():
    """A rule's ``starts`` lookahead only skips positions where no match can begin (case and ASCII
    lookalikes included): on texts made of the rules' words, every scan gives the pattern's matches."""
    words = ("last this next early mid late mid- earlier later the in since until by fiscal FY fy over for within "
             "just end ended of on during close same day days years decades -long past previous coming following "
             "current week weekend month year spring summer autumn winter fall Fall January Jan Jan. May Sept. "
             "Dec. Monday Sunday morning today Tonight YESTERDAY 1 3 21st 31 1999 2024 , . - ’ $ a ago LAST İn ınto "
             "ſince ſpring \u212aelvin Mid").split()
    seps = (" ", " ", "  ", "\n", "-", ", ", "", ".")
    scanned = [rule for rule in RULES if rule.starts]
    assert scanned
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 8)))
        for rule in scanned:
            expected = [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in rule.scanner.finditer(text)] == expected, (rule.name, text)
