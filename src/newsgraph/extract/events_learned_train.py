"""Train the learned event detector (``events_learned``) and measure it by cross-validation.

Run:  python -m newsgraph.extract.events_learned_train [--cv] [--no-write]

Training data, and only this: the PLOVER GSR records of the ``dev`` half (``half_of``; the held-out half
stays unseen and is only scored), the studied news splits ``news_tune``, ``news_tune2`` and ``news_tune3``
(tests/golden/events; the annotated sentences only, never the rest of their articles, which may hold
blind sentences), and the invented sentences of data/events/learned/examples.tsv.  A candidate (a verb
with a resolved subject-side actor, ``events_learned.sentence_candidates``) is labelled with the type of
the gold event whose source and target it matches (the scorer's ``actors_match``), else ``NONE``; in the
invented sentences the candidate of the root verb takes the line's label.  Training is full-batch
gradient descent from zeros, so the weights file is the same on every run.

``--cv`` prints, for each studied news split left out in turn (trained on the rest), the split's
figures with the rule coder alone and with learned events added, and the GSR held-out half with the
model trained on everything.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from newsgraph.devdata import MISSING_MESSAGE, shared_dir
from newsgraph.evaluation import events as scoring
from newsgraph.extract.events_actors import ActorFinder
from newsgraph.extract.events_learned import (
    MODEL_PATH,
    NONE,
    THRESHOLD,
    Classifier,
    confident,
    features,
    sentence_candidates,
    to_event,
)
from newsgraph.model import Article

EXAMPLES = MODEL_PATH.parent / "examples.tsv"
LEARNED_STAGE = "events_learned"
STUDIED = ("tune", "tune2", "tune3")
STEPS = 400
RATE = 0.5
PENALTY = 0.01


@dataclass
class Group:
    """The candidates of one sentence of one record, with the sentence's rule events."""

    record: str
    offset: int
    empty: bool
    candidates: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Corpus:
    """Feature rows and labels of a data part, and its sentences' groups and records for scoring."""

    rows: list[np.ndarray] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    rule: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    records: list[dict[str, Any]] = field(default_factory=list)


def label_of(event: dict[str, Any], golds: list[dict[str, Any]]) -> str:
    """The type of the first gold event whose actors the candidate's event matches, else ``NONE``."""
    return next((g["type"] for g in golds if scoring.actors_match(event, g)), NONE)


def add_record(corpus: Corpus, article: Article, finder: ActorFinder, record: dict[str, Any],
               root_label: str | None = None) -> None:
    """Rows, labels and groups of the record's sentences; ``root_label`` labels invented sentences."""
    start, end = record.get("start", 0), record.get("end", len(article.text))
    coded = {e.sentence.start for e in article.events}
    corpus.rule[record["id"]] = [scoring.shifted(asdict(e), start) for e in article.events
                                 if start <= e.trigger.start and e.trigger.end <= end]
    corpus.records.append(record)
    for sentence in article.doc.sents:
        if sentence.end_char <= start or sentence.start_char >= end:
            continue
        group = Group(record["id"], start, sentence.start_char not in coded)
        for candidate in sentence_candidates(finder, sentence):
            if not start <= candidate.verb.idx < end:
                continue
            event = scoring.shifted(asdict(to_event(article, candidate, NONE, 1.0)), start)
            if root_label is not None:
                label = root_label if candidate.verb.dep_ == "ROOT" else NONE
            else:
                label = label_of(event, record["events"])
            row = features(candidate)
            corpus.rows.append(row)
            corpus.labels.append(label)
            group.candidates.append({"event": event, "row": row})
        corpus.groups.append(group)


def code(articles: list[Article], names: tuple[str, ...]) -> None:
    """Parse the articles and run the stages up to the rule coder's events (never the learned stage)."""
    scoring.code_articles(articles, tuple(name for name in names if name != LEARNED_STAGE), 16, keep_docs=True)


def sentence_corpus(records: list[dict[str, Any]], labels: list[str] | None = None) -> Corpus:
    """A corpus of one-sentence records (GSR, invented examples)."""
    articles = [Article(id=r["id"], text=r["text"], published=scoring.GSR_DATE) for r in records]
    code(articles, scoring.STAGES)
    corpus = Corpus()
    for index, (article, record) in enumerate(zip(articles, records, strict=True)):
        add_record(corpus, article, ActorFinder(article), record, None if labels is None else labels[index])
        article.doc = None
    return corpus


def news_corpus(records: list[dict[str, Any]]) -> Corpus:
    """A corpus of news gold sentences, each coded inside its whole article."""
    bodies = {r["article"]: (r["body"], r["date"]) for r in records}
    articles = [Article(id=i, text=bodies[i][0], published=bodies[i][1]) for i in sorted(bodies)]
    code(articles, scoring.ARTICLE_STAGES)
    by_id = {a.id: a for a in articles}
    finders = {a.id: ActorFinder(a) for a in articles}
    corpus = Corpus()
    for record in records:
        add_record(corpus, by_id[record["article"]], finders[record["article"]], record)
    return corpus


def read_examples() -> tuple[list[dict[str, Any]], list[str]]:
    """The invented sentences (``TYPE<tab>sentence``; ``#`` starts a comment) as records and labels."""
    records, labels = [], []
    for number, line in enumerate(EXAMPLES.read_text(encoding="utf-8").splitlines()):
        if line.strip() and not line.startswith("#"):
            label, text = line.split("\t", 1)
            records.append({"id": f"example-{number}", "text": text.strip(), "events": []})
            labels.append(label.strip())
    return records, labels


def train(rows: np.ndarray, labels: list[str]) -> Classifier:
    """Multinomial logistic regression with an L2 penalty, by full-batch gradient descent from zeros."""
    classes = sorted(set(labels) | {NONE})
    mean = rows.mean(axis=0)
    scale = rows.std(axis=0) + 1e-3
    x = (rows - mean) / scale
    y = np.zeros((len(labels), len(classes)), dtype=np.float32)
    y[np.arange(len(labels)), [classes.index(label) for label in labels]] = 1.0
    weights = np.zeros((x.shape[1], len(classes)), dtype=np.float32)
    bias = np.zeros(len(classes), dtype=np.float32)
    model = Classifier(weights, bias, mean.astype(np.float32), scale.astype(np.float32), classes)
    for _ in range(STEPS):
        error = model.probabilities(rows) - y
        model.weights -= RATE * (x.T @ error / len(x) + PENALTY * model.weights)
        model.bias -= RATE * error.mean(axis=0)
    return model


def merge(parts: list[Corpus]) -> tuple[np.ndarray, list[str]]:
    """All rows and labels of the parts."""
    return np.stack([r for p in parts for r in p.rows]), [label for p in parts for label in p.labels]


def predictions(corpus: Corpus, model: Classifier, threshold: float) -> dict[str, list[dict[str, Any]]]:
    """Rule events plus the learned event of each empty sentence where the model is confident."""
    out = {key: list(events) for key, events in corpus.rule.items()}
    for group in corpus.groups:
        candidates = group.candidates
        if not group.empty or not candidates:
            continue
        best = confident(model, np.stack([c["row"] for c in candidates]), threshold)
        if best is not None:
            out[group.record].append(dict(candidates[best[0]]["event"], type=best[1]))
    return out


def candidate_accuracy(corpus: Corpus, model: Classifier) -> tuple[float, float]:
    """Share of candidates given their label, and share of event candidates given their type."""
    if not corpus.rows:
        return 0.0, 0.0
    guessed = [model.classes[i] for i in model.probabilities(np.stack(corpus.rows)).argmax(axis=1)]
    pairs = list(zip(guessed, corpus.labels, strict=True))
    events = [(g, t) for g, t in pairs if t != NONE]
    return (sum(g == t for g, t in pairs) / len(pairs),
            sum(g == t for g, t in events) / len(events) if events else 0.0)


def report(name: str, corpus: Corpus, model: Classifier, news: bool) -> None:
    """Print the part's figures with rules alone and with learned events at a few thresholds."""
    score = scoring.score_news if news else scoring.score_gsr
    keys = ("type_accuracy", "end_to_end", "precision", "predicted")
    overall, typed = candidate_accuracy(corpus, model)
    print(f"{name}: candidates {len(corpus.rows)} ({Counter(corpus.labels)[NONE]} NONE); "
          f"classifier accuracy {overall:.3f}, on event candidates {typed:.3f}")
    thresholds = (THRESHOLD - 0.1, THRESHOLD, THRESHOLD + 0.1)
    for label, predicted in [("rules", corpus.rule)] + [
            (f"+learned@{t:.1f}", predictions(corpus, model, t)) for t in thresholds]:
        figures = score(corpus.records, predicted)
        shown = {k.removeprefix("news_"): v for k, v in figures.items() if k.removeprefix("news_") in keys}
        print(f"  {label:16} " + "  ".join(f"{k} {v:.3f}" for k, v in shown.items()))


def main() -> int:
    """Build the corpora, optionally cross-validate, and write the weights file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="print cross-validated figures")
    parser.add_argument("--no-write", action="store_true", help="do not write the weights file")
    args = parser.parse_args()
    shared = shared_dir()
    if shared is None:
        print(MISSING_MESSAGE)
        return 1
    gsr = scoring.load_gsr(shared)
    gsr_dev = sentence_corpus([r for r in gsr if scoring.half_of(r["id"]) == "dev"])
    news = {split: news_corpus(scoring.load_news(shared, scoring.news_gold_file(split))) for split in STUDIED}
    examples = sentence_corpus(*read_examples())
    if args.cv:
        for split in STUDIED:
            rest = [gsr_dev, examples] + [news[s] for s in STUDIED if s != split]
            report(f"news_{split} left out", news[split], train(*merge(rest)), news=True)
        heldout = sentence_corpus([r for r in gsr if scoring.half_of(r["id"]) == "heldout"])
        report("GSR held-out half", heldout, train(*merge([gsr_dev, examples, *news.values()])), news=False)
    if not args.no_write:
        train(*merge([gsr_dev, examples, *news.values()])).save(MODEL_PATH)
        print(f"wrote {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
