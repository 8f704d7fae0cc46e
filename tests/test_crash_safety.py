"""Crash safety: `newsgraph ingest` and `newsgraph run` killed with SIGKILL 20 times each lose nothing.

After every kill the store passes ``PRAGMA integrity_check`` and its full-text
indexes agree with their tables; after every restart (which must complete),
every article of the corpus is stored exactly once, with its latest text.
``bench/crash_soak.py`` runs the same harness with many more kills.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_crash_harness import ingest_soak, run_soak, warm_up

KILLS = 20


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    warm_up()


def test_ingest_survives_sigkill(tmp_path: Path) -> None:
    result = ingest_soak(tmp_path, kills=KILLS, articles=12, seed=9)
    assert result.kills == KILLS
    assert result.failed_restarts == 0
    assert result.problems == []


def test_run_survives_sigkill(tmp_path: Path) -> None:
    result = run_soak(tmp_path, kills=KILLS, articles=24, seed=9)
    assert result.kills == KILLS
    assert result.failed_restarts == 0
    assert result.problems == []
