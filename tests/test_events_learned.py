"""The learned event detector: embeddings read offline, candidates by syntax, the classifier, the stage."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import numpy as np
import pytest

from newsgraph.extract import events_learned as learned
from newsgraph.extract.events_actors import ActorFinder
from newsgraph.extract.events_learned_embed import DIM, Embedder, package_dir, read_table
from newsgraph.extract.events_learned_train import train
from newsgraph.model import Article
from newsgraph.pipeline import STAGE_ORDER, stages

RULE_STAGES = ("entities", "actors", "places", "timex", "events")


@pytest.fixture(scope="module")
def parse():
    from newsgraph import nlp

    return nlp.load()


def coded(parse, text: str) -> Article:
    """An article run through the stages up to the rule coder's events."""
    article = Article(id="t", text=text, published="2024-05-02")
    article.doc = parse(text)
    for _, stage_fn in stages(RULE_STAGES):
        stage_fn([article])
    return article


def always(type_: str) -> learned.Classifier:
    """A classifier that gives every candidate ``type_`` with a probability near one."""
    classes = [learned.NONE, type_]
    width = len(learned.TYPES) + 3
    return learned.Classifier(np.zeros((width, 2), np.float32), np.array([0.0, 9.0], np.float32),
                              np.zeros(width, np.float32), np.ones(width, np.float32), classes)


def test_embeddings_load_from_the_wheel_without_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network use")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    embedder = Embedder(package_dir())
    vector = embedder.embed("The trade ministers met again in the spring.")
    assert vector.shape == (DIM,)
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-4
    assert not embedder.embed("").any()


def test_related_texts_lie_closer_than_unrelated_ones():
    embed = Embedder(package_dir()).embed
    rebuke = embed("The senator denounced the governor's budget.")
    assert rebuke @ embed("A lawmaker condemned the state leader's spending plan.") > rebuke @ embed(
        "Light snow is expected in the hills overnight.")


def test_read_table_reads_the_named_tensor(tmp_path: Path):
    table = np.arange(12, dtype=np.float16).reshape(4, 3)
    header = json.dumps({"embedding.weight": {"dtype": "F16", "shape": [4, 3], "data_offsets": [0, 24]}}).encode()
    path = tmp_path / "t.safetensors"
    path.write_bytes(len(header).to_bytes(8, "little") + header + table.tobytes())
    assert np.array_equal(read_table(path), table)


def test_classifier_round_trip(tmp_path: Path):
    rng = np.random.default_rng(3)
    model = learned.Classifier(rng.normal(size=(5, 3)).astype(np.float32), np.zeros(3, np.float32),
                               np.zeros(5, np.float32), np.ones(5, np.float32), ["AID", "NONE", "REJECT"])
    model.save(tmp_path / "m.npz")
    again = learned.Classifier.load(tmp_path / "m.npz")
    rows = rng.normal(size=(4, 5)).astype(np.float32)
    assert again.classes == model.classes
    assert np.allclose(again.probabilities(rows), model.probabilities(rows))
    assert np.allclose(again.probabilities(rows).sum(axis=1), 1.0)


def test_training_is_deterministic_and_separates_classes():
    rng = np.random.default_rng(7)
    rows = np.concatenate([rng.normal(-2, 0.5, (30, 4)), rng.normal(2, 0.5, (30, 4))]).astype(np.float32)
    labels = [learned.NONE] * 30 + ["ASSAULT"] * 30
    first, second = train(rows, labels), train(rows, labels)
    assert np.array_equal(first.weights, second.weights)
    guessed = [first.classes[i] for i in first.probabilities(rows).argmax(axis=1)]
    assert sum(g == t for g, t in zip(guessed, labels, strict=True)) >= 57


def test_packaged_weights_fit_the_features():
    model = learned.packaged_classifier()
    assert model.weights.shape == (len(learned.TYPES) + 3, len(model.classes))
    assert set(model.classes) <= set(learned.TYPES) | {learned.NONE}


@pytest.mark.parametrize(("text", "verb", "source", "target"), [
    ("The Finnish parliament grumbled about Estonia's new tariff plan.", "grumbled", "FIN", "EST"),
    ("The Chilean navy was thanked by Peru for the rescue of the sailors.", "thanked", "PER", "CHL"),
    ("The Kenyan foreign minister said that Uganda had broken its promises.", "said", "KEN", "UGA"),
])
def test_candidates_take_source_and_target_from_syntax(parse, text, verb, source, target):
    article = coded(parse, text)
    found = learned.sentence_candidates(ActorFinder(article), next(iter(article.doc.sents)))
    pairs = {(c.verb.text, c.source.actor.country, c.target.actor.country if c.target else None) for c in found}
    assert (verb, source, target) in pairs


def test_enabled_follows_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_LEARNED_EVENTS", "1")
    assert learned.enabled()
    monkeypatch.setenv("NEWSGRAPH_LEARNED_EVENTS", "0")
    assert not learned.enabled()
    monkeypatch.delenv("NEWSGRAPH_LEARNED_EVENTS")
    assert learned.enabled() is learned.ENABLED


def test_stage_runs_after_the_rule_coder():
    assert STAGE_ORDER.index("events_learned") == STAGE_ORDER.index("events") + 1


def test_stage_fills_only_empty_sentences_with_exact_evidence(parse, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_LEARNED_EVENTS", "1")
    monkeypatch.setattr(learned, "packaged_classifier", lambda: always("ACCUSE"))
    text = ("The Finnish parliament grumbled about Estonia's new tariff plan. "
            "Officials in Oslo berated Sweden over the delayed fishing quotas. "
            "It rained all day and the roads stayed wet.")
    article = coded(parse, text)
    rule = list(article.events)
    [(_, stage_fn)] = stages(("events_learned",))
    stage_fn([article])
    added = [e for e in article.events if e not in rule]
    assert len(added) == 1
    [event] = added
    assert (event.type, event.trigger.text, event.source.actor.country, event.target.actor.country) == (
        "ACCUSE", "grumbled", "FIN", "EST")
    for span in (event.trigger, event.source, event.target):
        assert text[span.start:span.end] == span.text
    assert event.confidence <= learned.MAX_CONFIDENCE < min(e.confidence for e in rule)
    assert text[event.sentence.start:event.sentence.end].startswith("The Finnish parliament")


def test_stage_is_silent_when_off_or_unsure(parse, monkeypatch):
    text = "The Finnish parliament grumbled about Estonia's new tariff plan."
    monkeypatch.setattr(learned, "packaged_classifier", lambda: always("ACCUSE"))
    monkeypatch.setenv("NEWSGRAPH_LEARNED_EVENTS", "0")
    article = coded(parse, text)
    learned.events_learned([article])
    assert article.events == []
    assert learned.learned_events(article, always("ACCUSE"), threshold=1.01) == []


def test_stage_survives_odd_articles(parse, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_LEARNED_EVENTS", "1")
    monkeypatch.setattr(learned, "packaged_classifier", lambda: always("ACCUSE"))
    unparsed = Article(id="u", text="Peru thanked Chile.", published=None)
    articles = [unparsed, coded(parse, ""), coded(parse, "!!! ... ???"), coded(parse, "Ok.")]
    learned.events_learned(articles)
    assert all(a.events == [] for a in articles)


def test_best_case_bounds_the_typed_probability_in_a_bounded_cache():
    classifier = always("ACCUSE")
    assert learned.best_case.cache_info().maxsize == 4096
    first = learned.best_case(classifier, "grumble")
    hits = learned.best_case.cache_info().hits
    assert first == learned.best_case(classifier, "grumble") == pytest.approx(learned.best_typed(
        classifier, np.zeros((1, 19), np.float32))[2])
    assert learned.best_case.cache_info().hits == hits + 1
    assert learned.confident(classifier, np.zeros((2, 19)), threshold=1.01) is None
