"""Article-body extraction on ../shared/data/article-extraction (181 pages), with its own scorer.

``python -m newsgraph.evaluation.extraction`` prints the comparison table of docs/extraction.md
(trafilatura's options, readability-lxml, and newsgraph's choice between them).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsgraph.evaluation import evaluation
from newsgraph.ingest.body import choose_body, extract_body, readability_body, trafilatura_body
from newsgraph.ingest.boilerplate import strip_boilerplate

Extractor = Callable[[str, str | None], str]


def load_scorer(folder: Path) -> Any:
    """The data pack's score.py (the benchmark metric), loaded from the data folder."""
    spec = importlib.util.spec_from_file_location("article_extraction_score", folder / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_pages(folder: Path, limit: int | None = None) -> tuple[dict[str, Any], dict[str, str]]:
    """(ground truth, {page id: html}) for the first ``limit`` pages in id order."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    pages = {i: gzip.decompress((folder / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8", "replace")
             for i in ids}
    return {i: truth[i] for i in ids}, pages


def predictions(folder: Path, limit: int | None = None,
                extractor: Extractor = extract_body) -> dict[str, dict[str, str]]:
    """{page id: {"articleBody": text}} from ``extractor`` (newsgraph's own by default)."""
    truth, pages = load_pages(folder, limit)
    return {i: {"articleBody": extractor(html, truth[i].get("url"))} for i, html in pages.items()}


@evaluation("extraction")
def evaluate(shared: Path, limit: int | None = None) -> dict[str, float]:
    folder = shared / "data" / "article-extraction"
    scorer = load_scorer(folder)
    truth, _ = load_pages(folder, limit)
    preds = predictions(folder, limit)
    result, _, _, _ = scorer.score(truth, preds)
    return {"f1": result["f1"], "precision": result["precision"], "recall": result["recall"],
            "accuracy": result["accuracy"], "pages": result["pages"]}


def comparison(shared: Path, limit: int | None = None) -> list[tuple[str, dict[str, float], float]]:
    """(name, scores, seconds) for each extractor compared in docs/extraction.md."""
    folder = shared / "data" / "article-extraction"
    scorer = load_scorer(folder)
    truth, pages = load_pages(folder, limit)
    rows = []
    options: dict[str, dict[str, Any]] = {
        "trafilatura default": {"favor_precision": False},
        "trafilatura favor_precision": {},
        "trafilatura favor_recall": {"favor_precision": False, "favor_recall": True},
        "favor_precision, no tables": {"include_tables": False},
        "favor_precision, fast (no fallback)": {"fast": True},
        "favor_precision, deduplicate": {"deduplicate": True},
        "favor_precision, include_formatting": {"include_formatting": True},
        "favor_precision, include_images": {"include_images": True},
        "favor_precision, include_links": {"include_links": True},
    }
    bodies: dict[str, dict[str, str]] = {}
    for name, extra in options.items():
        start = time.perf_counter()
        bodies[name] = {i: trafilatura_body(html, truth[i].get("url"), **extra) for i, html in pages.items()}
        rows.append((name, bodies[name], time.perf_counter() - start))
    start = time.perf_counter()
    bodies["readability"] = {i: readability_body(html) for i, html in pages.items()}
    rows.append(("readability-lxml", bodies["readability"], time.perf_counter() - start))
    best, fallback = bodies["trafilatura favor_precision"], bodies["readability"]
    chosen = {i: choose_body(best[i], fallback[i]) for i in pages}
    rows.append(("favor_precision + readability fallback", chosen, float("nan")))
    rows.append(("... + boilerplate lines removed (newsgraph)", _postclean(chosen), float("nan")))
    rows.append(("favor_precision + boilerplate lines removed", _postclean(best), float("nan")))
    out = []
    for name, texts, seconds in rows:
        result, _, _, _ = scorer.score(truth, {i: {"articleBody": t} for i, t in texts.items()})
        out.append((name, result, seconds))
    return out


def _postclean(bodies: dict[str, str]) -> dict[str, str]:
    return {i: strip_boilerplate(text).strip() for i, text in bodies.items()}


def main() -> None:
    """Print the comparison as a Markdown table."""
    from newsgraph.devdata import MISSING_MESSAGE, shared_dir

    shared = shared_dir()
    if shared is None:
        sys.exit(MISSING_MESSAGE)
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else None
    print("| extractor | F1 | precision | recall | exact | seconds |\n|---|---|---|---|---|---|")
    for name, r, seconds in comparison(shared, limit):
        print(f"| {name} | {r['f1']:.4f} | {r['precision']:.4f} | {r['recall']:.4f} | {r['accuracy']:.3f} | "
              f"{'' if seconds != seconds else f'{seconds:.1f}'} |")


if __name__ == "__main__":
    main()
