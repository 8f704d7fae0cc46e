"""Dev-set evaluations, each registered by name, and the gate against floors in eval_baseline.json.

An evaluation is ``fn(shared: Path, limit: int | None) -> dict[str, float]``
registered with ``@evaluation("name")``; every module of this package is
imported, so adding an evaluation means adding one module.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsgraph.devdata import PROJECT_ROOT

Evaluation = Callable[[Path, int | None], dict[str, float]]
_EVALS: dict[str, Evaluation] = {}
BASELINE = PROJECT_ROOT / "eval_baseline.json"


def evaluation(name: str) -> Callable[[Evaluation], Evaluation]:
    def register(fn: Evaluation) -> Evaluation:
        _EVALS[name] = fn
        return fn

    return register


def evaluations() -> dict[str, Evaluation]:
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return dict(_EVALS)


def load_baseline(path: Path = BASELINE) -> dict[str, dict[str, float]]:
    """``{eval name: {metric: floor}}``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@dataclass(slots=True)
class Check:
    evaluation: str
    metric: str
    score: float
    floor: float

    @property
    def ok(self) -> bool:
        return self.score + 1e-9 >= self.floor


def check(name: str, scores: dict[str, float], baseline: dict[str, dict[str, float]]) -> list[Check]:
    floors = baseline.get(name, {})
    return [Check(name, metric, scores.get(metric, float("nan")), floor) for metric, floor in floors.items()]
