"""Shared fixtures: the dev data pack (skipped when absent) and processed sample records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsgraph.devdata import MISSING_MESSAGE, PROJECT_ROOT, shared_dir

SAMPLES = PROJECT_ROOT / "samples"


@pytest.fixture(scope="session", autouse=True)
def session_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """On-disk caches (the gazetteer's) go to a folder of the test session, never the user's ~/.cache."""
    patch = pytest.MonkeyPatch()
    patch.setenv("NEWSGRAPH_CACHE", str(tmp_path_factory.mktemp("cache")))
    yield
    patch.undo()


@pytest.fixture(scope="session")
def stock_model() -> Any:
    """The model as spaCy ships it (stock attribute ruler and lemmatizer), with newsgraph's line-break and
    dateline components, against which nlp.load()'s faster components are checked."""
    import spacy

    from newsgraph import nlp

    model = spacy.load(nlp.model_name())
    model.add_pipe(nlp.LINE_BREAK_COMPONENT, before="parser")
    model.add_pipe(nlp.DATELINE_COMPONENT, before="parser")
    return model


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if path is None:
        pytest.skip(MISSING_MESSAGE)
    return path


@pytest.fixture(scope="session")
def worked_example(shared: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(record, gold) for the worked example, extracted once per test session."""
    from newsgraph.run import extract_records

    examples = shared / "examples"
    gold = json.loads((examples / "korea-times-biden-kishida.expected.json").read_text(encoding="utf-8"))
    [record] = list(extract_records([str(examples / "korea-times-biden-kishida.txt")], published=gold["published"]))
    return record, gold


@pytest.fixture(scope="session")
def sample_records() -> list[dict[str, Any]]:
    from newsgraph.run import extract_records

    return list(extract_records([str(SAMPLES)]))
