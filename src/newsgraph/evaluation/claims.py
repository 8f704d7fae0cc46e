"""Claims on three dev sets: the worked example's gold, quantulum3's sentences and MEANTIME value spans.

- ``worked_f1``: the worked example under its gold's rules (value equal, unit containing the gold
  unit; optional items neither missed nor false when present).
- ``value_f1`` / ``value_unit_f1``: ../shared/data/quantities, a predicted claim overlapping a gold
  quantity with the same value (and the same unit once both are normalised).  Bare years and numbers
  inside names are removed from the gold first, as its README asks (the list of names is in
  tests/golden/quantities_not_claims.json).
- ``meantime_recall`` / ``meantime_precision``: MEANTIME MONEY/PERCENT/QUANTITY spans overlapped by a claim.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from newsgraph.devdata import PROJECT_ROOT
from newsgraph.evaluation import evaluation
from newsgraph.evaluation.timex import annotated_end, f1, meantime_articles
from newsgraph.model import Article
from newsgraph.pipeline import process_batch

CLAIM_STAGES = ("parse", "entities", "actors", "timex", "claims")
NOT_CLAIMS = PROJECT_ROOT / "tests" / "golden" / "quantities_not_claims.json"
GOLD_UNIT_NAMES = {"dimensionless": "", "percentage": "percent", "dollar": "USD", "euro": "EUR",
                   "pound sterling": "GBP", "yen": "JPY", "cubic centimetre": "millilitre"}
COUNT_KINDS = ("count",)


def same_value(a: float, b: float) -> bool:
    """Equal up to float noise (quantulum writes 2.48e-05 where we compute 2.4800000000000003e-05)."""
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


# --- the worked example -------------------------------------------------------------------------------

def score_worked(predicted: list[dict[str, Any]], gold: list[dict[str, Any]]) -> dict[str, float]:
    """Precision, recall and F1 of claims under the worked example's rules."""
    used: set[int] = set()
    tp = fn = 0
    for item in sorted(gold, key=lambda g: bool(g.get("optional"))):
        unit = str(item.get("unit", "")).lower()
        hit = next((i for i, c in enumerate(predicted) if i not in used and same_value(c["value"], item["value"])
                    and unit in str(c.get("unit", "")).lower()), None)
        if hit is not None:
            used.add(hit)
            tp += 0 if item.get("optional") else 1
        elif not item.get("optional"):
            fn += 1
    optional_hits = sum(1 for i in used if _matches_optional(predicted[i], gold))
    fp = len(predicted) - len(used)
    precision, recall, score = f1(tp, tp + fp, tp + fn)
    return {"worked_precision": precision, "worked_recall": recall, "worked_f1": score,
            "worked_optional_hits": float(optional_hits)}


def _matches_optional(claim: dict[str, Any], gold: list[dict[str, Any]]) -> bool:
    return any(g.get("optional") and same_value(claim["value"], g["value"])
               and str(g.get("unit", "")).lower() in str(claim.get("unit", "")).lower() for g in gold)


def worked_scores(shared: Path) -> dict[str, float]:
    """Run the worked example through the whole pipeline and score its claims."""
    from newsgraph.run import extract_records

    examples = shared / "examples"
    gold = json.loads((examples / "korea-times-biden-kishida.expected.json").read_text(encoding="utf-8"))
    [record] = list(extract_records([str(examples / "korea-times-biden-kishida.txt")], published=gold["published"]))
    return score_worked(record["claims"], gold["claims"])


# --- quantulum3 sentences -----------------------------------------------------------------------------

def normal_unit(unit: str, kind: str | None = None) -> str:
    """One spelling for a unit on both sides: counted nouns are dimensionless, currency names become codes."""
    if kind in COUNT_KINDS:
        return ""
    unit = unit.strip()
    if unit in GOLD_UNIT_NAMES:
        return GOLD_UNIT_NAMES[unit]
    for name, code in (("dollar", "USD"), ("euro", "EUR"), ("pound sterling", "GBP")):
        if unit.startswith(name + " "):
            return code + unit[len(name):]
    return unit


def quantity_gold(folder: Path) -> list[dict[str, Any]]:
    """The quantulum3 sentences with bare years and numbers inside names removed from the gold."""
    names = {(n["id"], n["surface"]) for n in json.loads(NOT_CLAIMS.read_text(encoding="utf-8"))["not_claims"]}
    rows = []
    for line in (folder / "quantities.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        keep: list[dict[str, Any]] = []
        ignore: list[dict[str, Any]] = []
        for q in row["quantities"]:
            bare_year = q["unit"] == "dimensionless" and re.fullmatch(r"(1[5-9]|20)\d\d", q["surface"])
            (ignore if bare_year or (row["id"], q["surface"]) in names else keep).append(q)
        rows.append({"id": row["id"], "text": row["text"], "gold": keep, "ignore": ignore})
    return rows


def _overlap(a: dict[str, Any], start: int, end: int) -> bool:
    return a["start"] < end and start < a["end"]


def quantity_scores(shared: Path, limit: int | None = None) -> dict[str, float]:
    """Value F1 and value-plus-unit F1 on the quantulum3 sentences."""
    rows = quantity_gold(shared / "data" / "quantities")[:limit] if limit else quantity_gold(
        shared / "data" / "quantities")
    articles = [Article(id=row["id"], text=row["text"]) for row in rows]
    for article in articles:
        article.language = "en"
    done = process_batch(articles, CLAIM_STAGES)
    n_gold = n_pred = value_tp = unit_tp = 0
    for row, article in zip(rows, done, strict=True):
        claims = [c for c in article.claims if not any(_overlap(g, c.start, c.end) for g in row["ignore"])
                  or any(_overlap(g, c.start, c.end) for g in row["gold"])]
        n_gold += len(row["gold"])
        n_pred += len(claims)
        used: set[int] = set()
        for g in row["gold"]:
            for i, c in enumerate(claims):
                if i in used or not _overlap(g, c.start, c.end) or not same_value(c.value, g["value"]):
                    continue
                used.add(i)
                value_tp += 1
                unit_tp += normal_unit(c.unit, c.kind) == normal_unit(g["unit"])
                break
    _, _, value_f1 = f1(value_tp, n_pred, n_gold)
    _, _, unit_f1 = f1(unit_tp, n_pred, n_gold)
    return {"value_f1": value_f1, "value_unit_f1": unit_f1, "value_precision": value_tp / n_pred if n_pred else 0.0,
            "value_recall": value_tp / n_gold if n_gold else 0.0}


# --- MEANTIME value spans -----------------------------------------------------------------------------

def meantime_scores(shared: Path, limit: int | None = None) -> dict[str, float]:
    """Recall of MEANTIME MONEY/PERCENT/QUANTITY spans by claims (overlap), and the share of claims on one.

    Values, like timexes, are annotated in the first sentences only, so precision counts the claims there.
    """
    from newsgraph.evaluation.timex import load_gold

    folder = shared / "data" / "timex"
    gold = load_gold(folder)
    articles = meantime_articles(str(folder / "docs.jsonl"), limit, CLAIM_STAGES)
    n_gold = hit = n_pred = on_gold = 0
    for article in articles:
        values = gold.get(article.id, {}).get("values", [])
        claims = [c for c in article.claims if c.start < annotated_end(article.text)]
        n_gold += len(values)
        hit += sum(any(_overlap(v, c.start, c.end) for c in article.claims) for v in values)
        n_pred += len(claims)
        on_gold += sum(any(_overlap(v, c.start, c.end) for v in values) for c in claims)
    return {"meantime_recall": hit / n_gold if n_gold else 0.0,
            "meantime_precision": on_gold / n_pred if n_pred else 0.0}


@evaluation("claims")
def evaluate(shared: Path, limit: int | None = None) -> dict[str, float]:
    """All claim scores: worked example, quantulum3 sentences, MEANTIME value spans."""
    scores = worked_scores(shared)
    scores.update(quantity_scores(shared, limit))
    scores.update(meantime_scores(shared, limit))
    return scores
