"""Where the development data lives (../shared), and a clear skip when it is absent."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile
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


# The Lee corpus: 350 ABC (Australian Broadcasting Corporation) news stories of late 2001 and early 2002,
# collected by Lee, Pincombe and Welsh (2005) for a study of document similarity and shipped as test data
# inside gensim's wheel (LGPL-2.1).  Only two text files are taken from the wheel, never installed, and
# they are checked against these hashes.  tests/golden/events keeps offsets into them, never their text.
LEE_WHEEL = "gensim==4.4.0"
LEE_WHEEL_PLATFORM = ("--python-version", "3.11", "--platform", "manylinux_2_28_x86_64")
LEE_WHEEL_SHA256 = "91a7fa5e814e7b1bad4b2dffa8d62c1e55410d5cbdf930714c1997ffb4404db8"
LEE_FILES = {
    "lee_background.cor": "5d78d6dafd953bbf65797bef09a9ffb9ec430583381be705f8fd460000f370fb",
    "lee.cor": "a878f9a58f6743c32985c56c2f2f75988386216b38a4023a01fd3bcf7884d93e",
}
LEE_IN_WHEEL = "gensim/test/test_data/"
LEE_DEFAULT = PROJECT_ROOT / ".devdata" / "lee"
# A story's id: the file's prefix and its 0-based line index ("lee-bg-012" is the 13th line of lee_background.cor).
LEE_PREFIXES = {"lee_background.cor": "lee-bg-", "lee.cor": "lee-"}
LEE_MISSING = ("the Lee corpus is not in .devdata/lee nor $NEWSGRAPH_LEE (python -m newsgraph.devdata fetches it); "
               "the events splits that point into it are skipped")


def sha256(data: bytes) -> str:
    """Hex SHA-256 of a byte string."""
    return hashlib.sha256(data).hexdigest()


def lee_target() -> Path:
    """Where the Lee corpus lives: ``$NEWSGRAPH_LEE``, else ``.devdata/lee`` in the project."""
    return Path(os.environ.get("NEWSGRAPH_LEE") or LEE_DEFAULT)


def lee_complete(directory: Path) -> bool:
    """True when both corpus files are in ``directory`` with their expected hashes (385 KB, cheap to check)."""
    return all((directory / name).is_file() and sha256((directory / name).read_bytes()) == digest
               for name, digest in LEE_FILES.items())


def lee_dir() -> Path | None:
    """The Lee corpus directory when both files are there and intact, else None."""
    directory = lee_target()
    return directory if lee_complete(directory) else None


def lee_stories(directory: Path) -> dict[str, str]:
    """Story id -> text (one story a line, Latin-1, stripped of surrounding spaces)."""
    stories = {}
    for name, prefix in LEE_PREFIXES.items():
        lines = (directory / name).read_bytes().decode("latin-1").splitlines()
        stories.update({f"{prefix}{number:03d}": line.strip() for number, line in enumerate(lines) if line.strip()})
    return stories


def download_wheel(directory: str) -> Path:
    """gensim's pinned wheel, downloaded from the package index into ``directory`` (never installed)."""
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check", "--no-deps",
                    "--timeout", "15", "--retries", "1", "--only-binary", ":all:", *LEE_WHEEL_PLATFORM,
                    "-d", directory, LEE_WHEEL], check=True)
    wheel = next(Path(directory).glob("gensim-*.whl"), None)
    if wheel is None:
        raise RuntimeError(f"pip download left no gensim wheel in {directory}")
    return wheel


def fetch_lee(dest: Path | None = None) -> Path:
    """Extract the two Lee corpus files from gensim's wheel into ``dest`` (``lee_target()`` by default),
    checking the wheel's hash and theirs; each file is written beside its place and renamed into it, so an
    interrupted fetch leaves nothing half written; a no-op when they are there already."""
    dest = dest or lee_target()
    if lee_complete(dest):
        return dest
    with tempfile.TemporaryDirectory() as tmp:
        wheel = download_wheel(tmp)
        if sha256(wheel.read_bytes()) != LEE_WHEEL_SHA256:
            raise RuntimeError(f"{wheel.name}: unexpected sha256")
        with zipfile.ZipFile(wheel) as archive:
            files = {name: archive.read(LEE_IN_WHEEL + name) for name in LEE_FILES}
    for name, data in files.items():
        if sha256(data) != LEE_FILES[name]:
            raise RuntimeError(f"{name}: unexpected sha256")
    dest.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        partial = dest / f"{name}.part"
        partial.write_bytes(data)
        os.replace(partial, dest / name)
    return dest


if __name__ == "__main__":  # python -m newsgraph.devdata: fetch the Lee corpus for the events gold
    print(fetch_lee())
