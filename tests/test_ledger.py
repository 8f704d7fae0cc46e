"""Claims ledger over a small synthetic database: grouping, fuzzy units, time order and disagreements."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store.db import connect, write_records
from newsgraph.store.ledger import claim_ledger, format_ledger, same_period, subject_key, unit_key


def record(article_id: str, published: str, outlet: str, claims: list[dict[str, Any]]) -> dict[str, Any]:
    """A minimal stored record whose text holds every claim's text at its offsets."""
    text = ""
    items = []
    for claim in claims:
        start = len(text)
        text += claim["text"] + ". "
        items.append({"start": start, "end": start + len(claim["text"]), "kind": "count", "currency": None,
                      "approximate": False, "change": None, "source": None, "time": None, **claim,
                      "subject": {"start": start, "end": start, "text": claim["subject"]}})
    return {"schema": 1, "id": article_id, "url": None, "title": None, "published": published, "source": outlet,
            "authors": [], "language": "en", "text": text, "entities": [], "quotes": [], "events": [],
            "claims": items, "dates": [], "places": [], "error": None}


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.db"
    conn = connect(path)
    write_records(conn, [
        record("a1", "2021-11-03", "one.example", [
            {"text": "350 warheads", "value": 350, "unit": "nuclear warheads", "subject": "China"}]),
        record("a2", "2022-01-22", "two.example", [
            {"text": "some 350 deliverable nuclear warheads", "value": 350, "unit": "nuclear warheads",
             "subject": "China", "approximate": True},
            {"text": "double", "value": 2, "unit": "nuclear warheads", "subject": "China", "change": "multiply"},
            {"text": "6,200 warheads", "value": 6200, "unit": "warheads", "subject": "Russia"}]),
        record("a3", "2022-03-01", "three.example", [
            {"text": "400 warheads", "value": 400, "unit": "warheads", "subject": "China's",
             "time": "2022"}]),
        record("a4", "2022-03-02", "four.example", [
            {"text": "55,000 troops", "value": 55000, "unit": "troops", "subject": "U.S."}]),
    ])
    conn.close()
    return path


def test_groups_same_quantity_across_units_and_articles(db: Path) -> None:
    groups = claim_ledger(connect(db, readonly=True), subject="China", unit="warheads")
    assert len(groups) == 1
    entries = groups[0].entries
    assert [(e.article_id, e.value) for e in entries] == [("a1", 350), ("a3", 400), ("a2", 350)]


def test_flags_disagreement_in_the_same_period_only(db: Path) -> None:
    [group] = claim_ledger(connect(db, readonly=True), subject="China", unit="warheads")
    by_article = {e.article_id: e for e in group.entries}
    assert by_article["a1"].disagrees_with == []  # 2021: nothing else that year
    assert by_article["a2"].disagrees_with and by_article["a3"].disagrees_with  # 350 vs 400 in 2022
    assert group.disputed


def test_tolerance_can_absorb_a_difference(db: Path) -> None:
    [group] = claim_ledger(connect(db, readonly=True), subject="China", unit="warheads", tolerance=0.2)
    assert not group.disputed


def test_nothing_found_for_an_unknown_subject(db: Path) -> None:
    assert claim_ledger(connect(db, readonly=True), subject="Peru", unit="warheads") == []
    assert format_ledger([]) == "no matching claims"


def test_without_filters_every_quantity_is_a_group(db: Path) -> None:
    groups = claim_ledger(connect(db, readonly=True))
    assert sorted((subject_key(g.subject), g.unit) for g in groups) == [
        ("china", "warhead"), ("russia", "warhead"), ("us", "troop")]


def test_cli_prints_the_table(db: Path) -> None:
    result = CliRunner().invoke(app, ["claims", "--db", str(db), "--subject", "China", "--unit", "warheads"])
    assert result.exit_code == 0, result.output
    assert "DISPUTED" in result.output and "three.example" in result.output
    assert "6,200" not in result.output


@pytest.mark.parametrize(("unit", "key"), [("nuclear warheads", "warhead"), ("troops", "troop"),
                                           ("vaccine doses", "dose"), ("USD", "usd"), ("percent", "percent"),
                                           ("batteries", "battery"), ("", "")])
def test_unit_key(unit: str, key: str) -> None:
    assert unit_key(unit) == key


@pytest.mark.parametrize(("a", "b", "same"), [("2022", "2022-01-21", True), ("2022-01", "2022-01-30", True),
                                              ("2021", "2022", False), ("", "2022", False)])
def test_same_period(a: str, b: str, same: bool) -> None:
    assert same_period(a, b) is same
