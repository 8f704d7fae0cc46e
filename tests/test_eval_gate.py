"""Quality gate: every dev-set score stays at or above its floor in eval_baseline.json."""

from __future__ import annotations

import pytest

from newsgraph import evaluation
from newsgraph.devdata import lee_dir
from newsgraph.evaluation.events import lee_splits

BASELINE = evaluation.load_baseline()


@pytest.mark.devdata
@pytest.mark.parametrize("name", sorted(BASELINE))
def test_score_at_or_above_floor(shared, name):
    scores = evaluation.evaluations()[name](shared, None)
    unavailable = tuple(f"news_{split}_" for split in lee_splits()) if lee_dir() is None else ()
    failures = [c for c in evaluation.check(name, scores, BASELINE) if not c.ok
                and not c.metric.startswith(unavailable or ("\0",))]
    assert not failures, [f"{c.metric}: {c.score:.4f} < {c.floor}" for c in failures]
