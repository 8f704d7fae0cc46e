"""Article-body extraction on ../shared/data/article-extraction (181 pages), with its own scorer."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path
from typing import Any

from newsgraph.evaluation import evaluation
from newsgraph.ingest.html import extract_body


def load_scorer(folder: Path) -> Any:
    """The data pack's score.py (the benchmark metric), loaded from the data folder."""
    spec = importlib.util.spec_from_file_location("article_extraction_score", folder / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predictions(folder: Path, limit: int | None = None, **options: Any) -> dict[str, dict[str, str]]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    out = {}
    for page_id in ids:
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        out[page_id] = {"articleBody": extract_body(html, truth[page_id].get("url"), **options)}
    return out


@evaluation("extraction")
def evaluate(shared: Path, limit: int | None = None) -> dict[str, float]:
    folder = shared / "data" / "article-extraction"
    scorer = load_scorer(folder)
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    preds = predictions(folder, limit)
    truth = {k: truth[k] for k in preds}
    result, _, _, _ = scorer.score(truth, preds)
    return {"f1": result["f1"], "precision": result["precision"], "recall": result["recall"],
            "accuracy": result["accuracy"], "pages": result["pages"]}
