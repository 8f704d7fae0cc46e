"""The worked example: every gold entity and actor_resolution item is right (scored by the gold's rules)."""

from __future__ import annotations

import pytest

from newsgraph.evaluation.actors_places import entity_matches, worked_scores


@pytest.mark.devdata
def test_worked_example_entities_and_actors(worked_example):
    record, gold = worked_example
    scores = worked_scores(record, gold)
    missed = [g for g in gold["entities"] if not any(entity_matches(g, e) for e in record["entities"])]
    assert not missed, missed
    assert scores["worked_actor_resolution_accuracy"] == 1.0, scores


@pytest.mark.parametrize(("gold", "entity", "expected"), [
    ({"text": "White House", "label": "ORG", "country": "USA"},
     {"text": "the White House", "label": "FAC", "actor": {"country": "USA"}}, True),
    ({"text": "Okinawa", "label": "GPE", "country": "JPN"},
     {"text": "Okinawa", "label": "LOC", "actor": {"country": "JPN"}}, True),
    ({"text": "Okinawa", "label": "GPE", "country": "JPN"},
     {"text": "Okinawa", "label": "GPE", "actor": None}, False),
    ({"text": "Quad", "label": "ORG"}, {"text": "Quad", "label": "GPE", "actor": None}, False),
])
def test_entity_matching_rule(gold, entity, expected):
    assert entity_matches(gold, entity) is expected
