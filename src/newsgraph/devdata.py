"""Where the development data lives (../shared), and a clear skip when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def shared_dir() -> Path | None:
    """``$NEWSGRAPH_SHARED``, else ``../shared`` beside the project or the working directory."""
    candidates = [os.environ.get("NEWSGRAPH_SHARED"), PROJECT_ROOT.parent / "shared", Path.cwd().parent / "shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "data").is_dir():
            return Path(candidate)
    return None


def data_path(*parts: str) -> Path | None:
    base = shared_dir()
    if base is None:
        return None
    path = base.joinpath("data", *parts)
    return path if path.exists() else None


MISSING_MESSAGE = (
    "development data not found: set NEWSGRAPH_SHARED or put the data pack at ../shared "
    "(it is never copied into the project); skipping"
)
