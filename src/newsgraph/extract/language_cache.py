"""A disk cache of py3langid's model: its packaged file takes about 0.7 CPU-s to decompress and read, the cached
arrays a fraction of that.

The file records a SHA-256 of its sources (py3langid's version and model file, the Python and numpy versions,
this module's code) and one of its own payload (``newsgraph.cache``); a stale or damaged file is rebuilt. The
payload is the model's arrays in ``.npy`` format, read back with ``allow_pickle=False``: no code runs on loading.
"""

from __future__ import annotations

import io
from array import array
from pathlib import Path
from typing import Any

import numpy as np

from newsgraph import cache

MAGIC = b"newsgraph-langid-1\n"
FILE_NAME = "langid.bin"

# py3langid's model as its load_model returns it: class-feature and class log-probabilities, class labels,
# the tokenizer's transition rows (typed arrays, as py3langid walks them) and its output features
Model = tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], list[str], "array[int]", "array[int]", list[int]]


def model_file() -> Path:
    """py3langid's packaged model file."""
    from py3langid import langid

    return langid.MODEL_DIR / langid.MODEL_FILE


def sources_digest() -> str:
    """SHA-256 of what the cached arrays come from: py3langid's model file and the library versions that read it."""
    import py3langid

    files = [(path.name, path) for path in (model_file(), Path(__file__).resolve())]
    return cache.sources_digest(files, [f"numpy={np.__version__}", f"py3langid={py3langid.__version__}"])


def build_model() -> Model:
    """The model from py3langid's own file, read by py3langid."""
    from py3langid.modelio import load_model

    return load_model(model_file())


def encode(model: Model) -> bytes:
    """The model's six parts as consecutive ``.npy`` arrays."""
    ptc, pc, classes, nextmove, row, output = model
    stream = io.BytesIO()
    for part in (ptc, pc, np.array(classes), np.asarray(nextmove), np.asarray(row), np.array(output, np.int32)):
        np.save(stream, part, allow_pickle=False)
    return stream.getvalue()


def typed_array(values: np.ndarray[Any, Any]) -> array[int]:
    """An unsigned integer array as the standard library's ``array`` of the same item type."""
    converted = array(values.dtype.char)
    converted.frombytes(np.ascontiguousarray(values).data.cast("B"))
    return converted


def decode(payload: bytes | memoryview) -> Model:
    """The model of ``encode``'s data, with the types py3langid's ``load_model`` gives."""
    stream = io.BytesIO(payload)
    ptc, pc, classes, nextmove, row, output = (np.load(stream, allow_pickle=False) for _ in range(6))
    if stream.read(1):
        raise ValueError("data after the model's arrays")
    return ptc, pc, classes.tolist(), typed_array(nextmove), typed_array(row), output.tolist()


def cached_model() -> Model:
    """py3langid's model from the cache when it is fresh, else read from py3langid's file and cached."""
    return cache.cached(FILE_NAME, MAGIC, sources_digest, build_model, encode, decode)


def identifier_of(model: Model) -> Any:
    """A py3langid identifier of the model, as py3langid's ``from_model_file`` builds it (all languages, raw
    scores)."""
    from py3langid.langid import LanguageIdentifier

    ptc, pc, classes, nextmove, row, output = model
    return LanguageIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output, tk_row=row)


def language_identifier() -> Any:
    """py3langid's identifier, from the cache when it is fresh; installed as py3langid's own, so that
    ``py3langid.rank`` and forked workers use it too."""
    from py3langid import langid

    if langid.IDENTIFIER is None:
        langid.IDENTIFIER = identifier_of(cached_model())
    return langid.IDENTIFIER
