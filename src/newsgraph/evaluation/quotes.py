"""Quote attribution scores: the worked example under its gold's rules, and the hand-annotated dev set.

Matching (the worked example's ``about`` field): a predicted quote matches a gold item when
its text contains the gold's ``quote_starts`` words (case and quotation-mark style ignored)
and its speaker's name contains the gold ``speaker`` (ignoring case).  ``optional`` gold
items are neither misses when absent nor false positives when present.  Each prediction
matches at most one gold item and each gold item at most one prediction.

Dev set: tests/golden/quotes/*.json (ids into ../shared/data/article-extraction, whose
``articleBody`` is the text).  Direct F1 matches direct quotes on text only; speaker
accuracy is the share of those matches whose speaker also matches; all-attribution F1
matches every quote, direct or not, on text and speaker.  Each file's ``split`` ("tune",
"tune2", "tune3", "heldout3") is also scored on its own; "tune2" and "tune3" were held-out parts,
opened for tuning once they had been measured (see the gold's GUIDELINE.md).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.devdata import PROJECT_ROOT
from newsgraph.evaluation import evaluation

GOLDEN = PROJECT_ROOT / "tests" / "golden" / "quotes"
WORKED = "korea-times-biden-kishida"
QUOTE_CHARS = re.compile("[\"'“”‘’«»„‟‹›`]")
STAGES = ("parse", "entities", "actors", "quotes")
POOLED_SPLITS = ("tune", "tune2")
URL_DATE = re.compile(r"/(20\d\d)/(\d\d)/(\d\d)/|/(20\d\d)-(\d\d)-(\d\d)")


def normalise(text: str) -> str:
    """Lower case, no quotation marks, single spaces: the form in which quote texts are compared."""
    return " ".join(QUOTE_CHARS.sub("", text.replace("’", "'")).lower().split())


def text_matches(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """The predicted quote's text contains the gold's first words."""
    return normalise(gold["quote_starts"]) in normalise(pred["text"])


def speaker_matches(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """The predicted speaker's name contains the gold speaker (ignoring case)."""
    speaker = pred.get("speaker") or {}
    return normalise(gold["speaker"]) in normalise(speaker.get("name") or "")


def full_match(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Text and speaker both match (the worked example's rule)."""
    return text_matches(pred, gold) and speaker_matches(pred, gold)


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0

    def add(self, other: Counts) -> None:
        """Add another article's counts."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.speaker_ok += other.speaker_ok

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    @property
    def precision(self) -> float:
        """Share of counted predictions that match."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of required gold items found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


Matcher = Callable[[dict[str, Any], dict[str, Any]], bool]


def match(preds: list[dict[str, Any]], gold: list[dict[str, Any]], matches: Matcher = full_match) -> dict[int, int]:
    """A maximum one-to-one matching ``{gold index: prediction index}``, required gold items first.

    Augmenting paths (Kuhn's algorithm) keep one long prediction from taking a gold item that
    only it could match; candidates with the same ``direct`` flag are tried first.
    """
    edges = {gi: sorted((pi for pi, p in enumerate(preds) if matches(p, g)),
                        key=lambda pi: preds[pi].get("direct") != g.get("direct"))
             for gi, g in enumerate(gold)}
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int], allowed: set[int]) -> bool:
        """Find a prediction for gold item ``gi``, moving earlier matches along if needed."""
        for pi in edges[gi]:
            if pi in seen or (pi in owner and owner[pi] not in allowed):
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen, allowed):
                owner[pi] = gi
                return True
        return False

    required = {gi for gi, g in enumerate(gold) if not g.get("optional")}
    for gi in sorted(required):
        augment(gi, set(), required)
    for gi in range(len(gold)):
        if gi not in required:
            augment(gi, set(), set())
    return {gi: pi for pi, gi in owner.items()}


def score(preds: list[dict[str, Any]], gold: list[dict[str, Any]], matches: Matcher = full_match) -> Counts:
    """TP/FP/FN of predictions against gold items (optional items neither missed nor false)."""
    counts = Counts()
    pairs = match(preds, gold, matches)
    for gi, item in enumerate(gold):
        if item.get("optional"):
            continue
        if gi in pairs:
            counts.tp += 1
            counts.speaker_ok += speaker_matches(preds[pairs[gi]], item)
        else:
            counts.fn += 1
    used = set(pairs.values())
    for pi, pred in enumerate(preds):
        if pi not in used and not any(matches(pred, g) and g.get("optional") for g in gold):
            counts.fp += 1
    return counts


def worked_scores(record: dict[str, Any], gold: dict[str, Any]) -> dict[str, float]:
    """Scores of the worked example's quotes under its gold's matching rules."""
    counts = score(record["quotes"], gold["quotes"])
    return {"worked_f1": counts.f1, "worked_precision": counts.precision, "worked_recall": counts.recall}


def dev_scores(pairs: Iterable[tuple[list[dict[str, Any]], list[dict[str, Any]]]]) -> dict[str, float]:
    """Direct F1, speaker accuracy and all-attribution F1 over (predicted quotes, gold quotes) pairs."""
    direct, attributions = Counts(), Counts()
    articles = 0
    for preds, gold in pairs:
        articles += 1
        direct.add(score([p for p in preds if p["direct"]], [g for g in gold if g["direct"]], text_matches))
        attributions.add(score(preds, gold, full_match))
    return {
        "direct_f1": direct.f1, "direct_precision": direct.precision, "direct_recall": direct.recall,
        "speaker_accuracy": direct.speaker_ok / direct.tp if direct.tp else 0.0,
        "all_f1": attributions.f1, "all_precision": attributions.precision, "all_recall": attributions.recall,
        "articles": float(articles),
    }


def url_date(url: str | None) -> str | None:
    """The publication date written in a URL (/2019/11/19/), if any."""
    match = URL_DATE.search(url or "")
    if not match:
        return None
    parts = [g for g in match.groups() if g]
    return "-".join(parts[:3])


def golden_files(split: str | None = None) -> list[dict[str, Any]]:
    """The hand-annotated gold files, optionally only one split (e.g. "tune" or "heldout3")."""
    files = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLDEN.glob("*.json"))]
    return [f for f in files if split is None or f.get("split") == split]


def predict(shared: Path, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Records for dev articles: ``articleBody`` as a JSON Lines text, run through the stages quotes needs."""
    from newsgraph.ingest.readers import read_jsonl
    from newsgraph.pipeline import process_batch

    truth = json.loads((shared / "data" / "article-extraction" / "ground-truth.json").read_text(encoding="utf-8"))
    lines = [json.dumps({"id": i, "text": truth[i]["articleBody"], "url": truth[i].get("url"),
                         "published": url_date(truth[i].get("url"))}) for i in ids]
    articles = list(read_jsonl(lines, "quotes-dev", None))
    return {a.id: a.to_dict() for a in process_batch(articles, STAGES)}


def worked_record(shared: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(record, gold) of the worked example, through the stages quotes needs."""
    from newsgraph.ingest.readers import read_path
    from newsgraph.pipeline import process_batch

    examples = shared / "examples"
    gold = json.loads((examples / f"{WORKED}.expected.json").read_text(encoding="utf-8"))
    articles = list(read_path(str(examples / f"{WORKED}.txt"), published=gold["published"]))
    [article] = process_batch(articles, STAGES)
    return article.to_dict(), gold


@evaluation("quotes")
def evaluate(shared: Path, limit: int | None = None) -> dict[str, float]:
    """Worked-example F1 and dev-set scores: the pooled splits, then each split on its own.

    The unprefixed scores pool ``POOLED_SPLITS`` (the set their floors were first set on);
    every split, later held-out parts included, is also scored alone as ``<split>_*``.
    """
    files = golden_files()[:limit] if limit else golden_files()
    records = predict(shared, [f["id"] for f in files])
    pairs = [(records[f["id"]]["quotes"], f["quotes"], f.get("split", "tune")) for f in files]
    scores = dev_scores((preds, gold) for preds, gold, split in pairs if split in POOLED_SPLITS)
    for name in sorted({split for _, _, split in pairs}):
        alone = dev_scores((preds, gold) for preds, gold, split in pairs if split == name)
        scores.update({f"{name}_{k}": v for k, v in alone.items() if k in ("direct_f1", "speaker_accuracy", "all_f1")})
    record, gold = worked_record(shared)
    scores.update(worked_scores(record, gold))
    return scores
