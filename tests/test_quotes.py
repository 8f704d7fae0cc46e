"""Quotes stage: mark pairing, attribution, indirect speech, non-quotes, and the scorer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.evaluation.quotes import dev_scores, normalise, score, worked_scores
from newsgraph.extract.quotes_marks import find_quote_marks
from newsgraph.model import Article
from newsgraph.pipeline import process_batch

STAGES = ("parse", "entities", "actors", "quotes")


def run(text: str) -> Article:
    [article] = process_batch([Article(id="t", text=text)], STAGES)
    return article


def quoted(text: str) -> list[str]:
    marks, _ = find_quote_marks(text)
    return [text[m.start:m.end] for m in marks]


@pytest.mark.parametrize("text, expected", [
    ('He said "we are ready" today.', ["we are ready"]),
    ("He said “we are ready” today.", ["we are ready"]),
    ("He said «we are ready» today.", ["we are ready"]),
    ("He said ‘we are ready’ today.", ["we are ready"]),
    ("He said 'we are ready' today.", ["we are ready"]),
    ("The players' union didn't say it's over.", []),
    ('One "odd mark here.\nThen "Fine," she said.', ["Fine"]),
    ('He said: “It runs on.\n“And ends here.”', ["It runs on.", "And ends here."]),
    ('"First part of a long quote.\n"Second part," she said.', ["First part of a long quote.", "Second part"]),
    ('“Nested ‘inner’ words,” he said.', ["Nested ‘inner’ words"]),
    ("No marks at all.", []),
    ("Another said: ”Next spring is the season of the fox.”", ["Next spring is the season of the fox."]),
])
def test_marks_pair_within_paragraphs(text, expected):
    assert quoted(text) == expected


# (text, [(quote text starts with, speaker name contains, direct)])
CASES = [
    ('"We will win this election easily," said Jane Smith, a senator from Ohio.',
     [("We will win", "Jane Smith", True)]),
    ("The mayor said: “The budget is balanced and the streets are safe again.”",
     [("The budget is balanced", "mayor", True)]),
    ('Prime Minister John Howard called the ruling "a grave injustice to farmers" on Friday.',
     [("a grave injustice", "John Howard", True)]),
    ("Maria Okafor warned that prices would rise sharply next year.",
     [("prices would rise sharply", "Maria Okafor", False)]),
    ("Prices will rise by the end of the year, according to the central bank.",
     [("Prices will rise", "central bank", False)]),
    ('"The plan is dead and everyone knows it," Tom Baker said.\n"Nobody will vote for it in the spring."',
     [("The plan is dead", "Tom Baker", True), ("Nobody will vote", "Tom Baker", True)]),
    ('"We expect growth to slow down," Ann Lee said. "Exports are falling fast."',
     [("We expect growth", "Ann Lee", True), ("Exports are falling", "Ann Lee", True)]),
    ('"Rates must fall," said Paul Green. Green added: "The economy cannot wait much longer."',
     [("Rates must fall", "Paul Green", True), ("The economy cannot wait", "Paul Green", True)]),
    ('The company launched its "smart home" line on Monday.', []),
    ('She starred in "The Crown" last year and won an award.', []),
    ("The river flooded the town on Tuesday and schools closed.", []),
    ("Officials said it would maintain stability in the region.",
     [("it would maintain stability", "Officials", False)]),
    ('Anna Berg, a lawyer for the family, said the deal was fair. "We are pleased with the outcome," she said.',
     [("the deal was fair", "Anna Berg", False), ("We are pleased", "Anna Berg", True)]),
    ("OSLO, Norway (AP) — Finance Minister Ola Strand on Wednesday accused the banks of hiding losses "
     "from small savers.",
     [("hiding losses", "Ola Strand", False)]),
    ('Coach Peter Lane praised the team after the game.\n"We played well tonight and deserved it," Lane said.',
     [("We played well", "Peter Lane", True)]),
    ('"Prices will fall soon, maybe next month," said another analyst, former bank official Maria Costa.',
     [("Prices will fall", "Maria Costa", True)]),
    ('Acme Corp issued a statement on Monday. "We regret the error and will fix it," the statement said.',
     [("We regret the error", "Acme Corp", True)]),
    ("The plan, John Smith said, would cut costs by half next year.",
     [("The plan", "John Smith", False)]),
    ('He promised a "tough on crime" policy for the city.', []),
    ("That said, the market rallied strongly on Friday.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_quotes_and_speakers(text, expected):
    article = run(text)
    got = [(q.text, q.speaker.name if q.speaker else "", q.direct) for q in article.quotes]
    assert len(got) == len(expected), got
    for (qtext, name, direct), (start, speaker, want_direct) in zip(got, expected, strict=True):
        assert qtext.startswith(start), got
        assert speaker.lower() in name.lower(), got
        assert direct == want_direct, got


@pytest.mark.parametrize("text", [case[0] for case in CASES])
def test_offsets_point_into_text(text):
    article = run(text)
    for quote in article.quotes:
        assert article.text[quote.start:quote.end] == quote.text
        for span in (quote.speaker, quote.cue):
            if span is not None:
                assert article.text[span.start:span.end] == span.text


def test_scare_quotes_are_counted_as_drops():
    article = run('The two leaders agreed to a new "2+2" forum and a "pacing challenge" plan.')
    assert article.quotes == []
    assert sum(v for k, v in article.context.get("drops", {}).items() if k.startswith("quotes:")) >= 2


def pred(text: str, speaker: str, direct: bool = True) -> dict:
    return {"text": text, "direct": direct, "speaker": {"name": speaker}}


def test_normalise_ignores_case_and_quote_style():
    assert normalise("“It’s  Over,” he") == normalise("it's over, he")


@pytest.mark.parametrize("preds, gold, expected", [
    ([pred("We will win today", "Jane Smith")], [{"quote_starts": "we will win", "speaker": "Smith"}], (1, 0, 0)),
    ([pred("We will win today", "Bob Jones")], [{"quote_starts": "we will win", "speaker": "Smith"}], (0, 1, 1)),
    ([pred("short bit", "Smith")], [{"quote_starts": "short bit", "speaker": "Smith", "optional": True}], (0, 0, 0)),
    ([], [{"quote_starts": "short bit", "speaker": "Smith", "optional": True}], (0, 0, 0)),
    ([pred("a", "X"), pred("We win", "Smith")], [{"quote_starts": "we win", "speaker": "Smith"}], (1, 1, 0)),
])
def test_scorer_counts(preds, gold, expected):
    counts = score(preds, gold)
    assert (counts.tp, counts.fp, counts.fn) == expected


def test_matching_lets_each_gold_item_find_its_own_prediction():
    preds = [pred("The delays were long and we are adding trains, we won't cut corners", "Brandt", False),
             pred("we won't cut corners", "Brandt")]
    gold = [{"quote_starts": "we won't cut corners", "speaker": "Brandt", "direct": True},
            {"quote_starts": "we are adding trains", "speaker": "Brandt", "direct": False}]
    counts = score(preds, gold)
    assert (counts.tp, counts.fp, counts.fn) == (2, 0, 0)


def test_dev_scores_separate_text_and_speaker():
    gold = [{"quote_starts": "we win", "speaker": "Smith", "direct": True},
            {"quote_starts": "taxes rise", "speaker": "Lee", "direct": False}]
    scores = dev_scores([([pred("We win", "Jones"), pred("taxes rise", "Lee", False)], gold)])
    assert scores["direct_f1"] == 1.0
    assert scores["speaker_accuracy"] == 0.0
    assert scores["all_f1"] == pytest.approx(0.5)


def test_worked_example_quotes(worked_example):
    record, gold = worked_example
    assert worked_scores(record, gold)["worked_f1"] >= 0.95
    texts = [normalise(q["text"]) for q in record["quotes"]]
    assert "2+2" not in texts and "pacing challenge" not in texts


@pytest.mark.devdata
def test_a_page_that_crashed_the_speaker_stage_passes(shared: Path):
    """A real page once crashed the speaker stage on an empty earlier name (stage_failed)."""
    pages = json.loads((shared / "data" / "article-extraction" / "ground-truth.json").read_text(encoding="utf-8"))
    articles = [Article(id=key, text=page["articleBody"], published="2019-11-20") for key, page in pages.items()
                if "bigbrandsystem" in page.get("url", "")]
    assert articles
    process_batch(articles)
    assert [a.error for a in articles] == [None] * len(articles)
