"""Disk caches of what every process would otherwise rebuild (the gazetteer's index, py3langid's model).

A cache file holds a magic line, a SHA-256 of the sources it was built from, a SHA-256 of its payload,
then the payload. A missing, stale, unreadable or corrupt file is rebuilt, never trusted; a folder that
cannot be written only means nothing is cached. ``NEWSGRAPH_CACHE`` names the folder (default
``$XDG_CACHE_HOME/newsgraph`` or ``~/.cache/newsgraph``); set it empty to turn the caches off.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

DIGEST_CHARS = 64  # a SHA-256 in hex

T = TypeVar("T")
log = logging.getLogger(__name__)


def cache_dir() -> Path | None:
    """The cache folder, or None when ``NEWSGRAPH_CACHE`` is set empty."""
    configured = os.environ.get("NEWSGRAPH_CACHE")
    if configured is not None:
        return Path(configured) if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsgraph"


def sources_digest(files: Iterable[tuple[str, Path]], versions: Iterable[str]) -> str:
    """SHA-256 of what a cached value is built from: the Python version and its Unicode tables (marshal and
    ``.npy`` formats, string normalisation), the given library versions, and each file's label and bytes."""
    digest = hashlib.sha256(f"{sys.version}\0{unicodedata.unidata_version}\0".encode())
    for version in versions:
        digest.update(version.encode() + b"\0")
    for label, path in files:
        digest.update(label.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def save(path: Path, magic: bytes, digest: str, payload: bytes) -> None:
    """Write the cache file atomically (a temporary file renamed); a folder that cannot be written is skipped."""
    header = magic + digest.encode() + hashlib.sha256(payload).hexdigest().encode()
    written = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.stem}-", delete=False) as tmp:
            written = tmp.name
            tmp.write(header)
            tmp.write(payload)
        os.replace(written, path)
    except OSError as exc:
        log.debug("%s cache not written to %s: %s", path.stem, path, exc)
        if written is not None:
            Path(written).unlink(missing_ok=True)


def load(path: Path, magic: bytes, digest: str, decode: Callable[[memoryview], T]) -> T | None:
    """The decoded payload when the file exists, was built from these sources and is intact; else None."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    start = len(magic)
    stored, checksum = data[start:start + DIGEST_CHARS], data[start + DIGEST_CHARS:start + 2 * DIGEST_CHARS]
    payload = memoryview(data)[start + 2 * DIGEST_CHARS:]  # a view: payloads run to tens of megabytes
    if not data.startswith(magic) or stored != digest.encode():
        return None
    if hashlib.sha256(payload).hexdigest().encode() != checksum:
        log.warning("%s cache %s is corrupt; rebuilding it", path.stem, path)
        return None
    try:
        return decode(payload)
    except Exception as exc:  # noqa: BLE001 - whatever a misshapen payload raises, the value is rebuilt
        log.warning("%s cache %s is unreadable (%s); rebuilding it", path.stem, path, exc)
        return None


def cached(
    file_name: str,
    magic: bytes,
    sources_digest: Callable[[], str],
    build: Callable[[], T],
    encode: Callable[[T], bytes],
    decode: Callable[[memoryview], T],
) -> T:
    """The value from the cache file when it is fresh, else built by ``build`` and cached."""
    folder = cache_dir()
    if folder is None:
        return build()
    digest = sources_digest()
    path = folder / file_name
    value = load(path, magic, digest, decode)
    if value is None:
        value = build()
        save(path, magic, digest, encode(value))
    return value
