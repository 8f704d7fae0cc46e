"""Time expressions on MEANTIME (../shared/data/timex): span F1 (overlap), value F1 and type accuracy.

Predictions that overlap the gold DCT dateline are ignored; gold DCT timexes are not targets.
MEANTIME annotates time expressions only in the headline and the first sentences of each
article, so predictions after the fourth body sentence are not scored (all gold lies before).
The airbus and apple topics were used while writing the rules; gm and stock are reported
separately as ``*_heldout`` so the figure is honest about unseen news.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsgraph.evaluation import evaluation
from newsgraph.ingest.readers import read_inputs
from newsgraph.model import Article
from newsgraph.pipeline import process_batch

DEV_TOPICS = ("airbus", "apple")
HELDOUT_TOPICS = ("gm", "stock")
ANNOTATED_SENTENCES = 4  # MEANTIME tags timexes in the headline, dateline and first four body sentences only
SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Co|Jr|Sr|vs|No))(?<!\b(?:Mrs|Inc|Ltd|Gen|Sen|Rep|Gov))"
                          r"(?<!Corp)[.!?]['\"]?\s+(?=[A-Z'\"])")


@functools.lru_cache(maxsize=2)
def meantime_articles(path: str, limit: int | None, stages: tuple[str, ...]) -> tuple[Article, ...]:
    """MEANTIME docs read as JSON Lines (offsets match the gold) and run through ``stages``."""
    articles = list(read_inputs([path], "jsonl"))[:limit] if limit else list(read_inputs([path], "jsonl"))
    done: list[Article] = []
    for i in range(0, len(articles), 16):
        done.extend(process_batch(articles[i:i + 16], stages))
    return tuple(done)


def load_gold(folder: Path) -> dict[str, dict[str, Any]]:
    """Gold records by id, with the topic (corpus) of each document."""
    corpus = {}
    for line in (folder / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        corpus[doc["id"]] = doc.get("corpus", "")
    gold = {}
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        record["corpus"] = corpus.get(record["id"], "")
        gold[record["id"]] = record
    return gold


def annotated_end(text: str) -> int:
    """End offset of the part of a MEANTIME text that has timex annotation (see ``ANNOTATED_SENTENCES``)."""
    parts = text.split("\n\n", 2)
    if len(parts) < 3:
        return len(text)
    body_start = len(parts[0]) + len(parts[1]) + 4
    ends = [m.end() for m in SENTENCE_END.finditer(text, body_start)]
    return ends[ANNOTATED_SENTENCES - 1] if len(ends) >= ANNOTATED_SENTENCES else len(text)


def overlaps(a: dict[str, Any], b: Any) -> bool:
    """True when two spans share at least one character."""
    b_start, b_end = (b["start"], b["end"]) if isinstance(b, dict) else (b.start, b.end)
    return a["start"] < b_end and b_start < a["end"]


def match_pairs(gold: list[dict[str, Any]], predicted: list[Any]) -> list[tuple[dict[str, Any], Any]]:
    """One-to-one pairs of overlapping gold and predicted spans, in text order."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and overlaps(g, p):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """(precision, recall, F1) from counts."""
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def score_timexes(pairs: Iterable[tuple[list[dict[str, Any]], list[Any]]]) -> dict[str, float]:
    """Span, value and type scores over (gold timexes, predicted dates) per document."""
    n_gold = n_pred = span_tp = value_tp = type_ok = 0
    for gold, predicted in pairs:
        n_gold += len(gold)
        n_pred += len(predicted)
        matched = match_pairs(gold, predicted)
        span_tp += len(matched)
        value_tp += sum(g["value"] == p.value for g, p in matched)
        type_ok += sum(g["type"] == p.type for g, p in matched)
    sp, sr, sf = f1(span_tp, n_pred, n_gold)
    vp, vr, vf = f1(value_tp, n_pred, n_gold)
    return {"span_precision": sp, "span_recall": sr, "span_f1": sf, "value_precision": vp, "value_recall": vr,
            "value_f1": vf, "type_accuracy": type_ok / span_tp if span_tp else 0.0, "gold": float(n_gold)}


def document_pairs(gold: dict[str, dict[str, Any]], articles: Iterable[Article],
                   topics: tuple[str, ...] | None = None) -> list[tuple[list[dict[str, Any]], list[Any]]]:
    """(gold non-DCT timexes, predictions outside the dateline) per document of the given topics."""
    out = []
    for article in articles:
        record = gold.get(article.id)
        if record is None or (topics and record["corpus"] not in topics):
            continue
        dct_spans = [t for t in record["timexes"] if t.get("dct")]
        targets = [t for t in record["timexes"] if not t.get("dct")]
        end = annotated_end(article.text)
        predicted = [d for d in article.dates if d.start < end and not any(overlaps(t, d) for t in dct_spans)]
        out.append((targets, predicted))
    return out


@evaluation("timex")
def evaluate(shared: Path, limit: int | None = None) -> dict[str, float]:
    """Scores on all 120 documents, plus the held-out topics (gm, stock) and the dev topics on their own."""
    folder = shared / "data" / "timex"
    gold = load_gold(folder)
    articles = meantime_articles(str(folder / "docs.jsonl"), limit, ("parse", "timex"))
    scores = score_timexes(document_pairs(gold, articles))
    heldout = score_timexes(document_pairs(gold, articles, HELDOUT_TOPICS))
    dev = score_timexes(document_pairs(gold, articles, DEV_TOPICS))
    for name in ("span_f1", "value_f1", "type_accuracy"):
        scores[f"{name}_heldout"] = heldout[name]
        scores[f"{name}_dev"] = dev[name]
    return scores
