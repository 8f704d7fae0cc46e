"""Static word embeddings for the learned event detector: wordllama's 256-d table and tokenizer.

The files ship inside the ``wordllama`` wheel (``weights/l2_supercat_256.safetensors``, a float16 table of
the Llama-2 vocabulary, and ``tokenizers/l2_supercat_tokenizer_config.json``).  They are read here
directly rather than through ``WordLlama.load``, whose tokenizer lookup misses the wheel's own folder
and would try a download; nothing here touches the network.  A text's vector is the mean of its
token rows, scaled to unit length (wordllama's own average pooling).
"""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

DIM = 256
WEIGHTS = Path("weights") / "l2_supercat_256.safetensors"
TOKENIZER = Path("tokenizers") / "l2_supercat_tokenizer_config.json"
TENSOR = "embedding.weight"
DTYPES = {"F16": np.float16, "F32": np.float32}


def package_dir() -> Path:
    """The installed wordllama folder, found without importing the package (its import is slow)."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the wordllama package is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def read_table(path: Path) -> np.ndarray:
    """The embedding tensor of a safetensors file, memory-mapped (header: 8-byte length, then JSON)."""
    with path.open("rb") as handle:
        size = int.from_bytes(handle.read(8), "little")
        header = json.loads(handle.read(size))
    entry = header[TENSOR]
    begin, _ = entry["data_offsets"]
    return np.memmap(path, dtype=DTYPES[entry["dtype"]], mode="r", offset=8 + size + begin,
                     shape=tuple(entry["shape"]))


class Embedder:
    """Text -> unit-length mean of wordllama token vectors."""

    def __init__(self, folder: Path) -> None:
        from tokenizers import Tokenizer

        self.table = read_table(folder / WEIGHTS)
        self.tokenizer: Any = Tokenizer.from_file(str(folder / TOKENIZER))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()

    def embed(self, text: str) -> np.ndarray:
        """The text's vector; zeros for a text without tokens."""
        ids = [i for i in self.tokenizer.encode(text, add_special_tokens=False).ids if i < len(self.table)]
        if not ids:
            return np.zeros(DIM, dtype=np.float32)
        vector = self.table[ids].astype(np.float32).mean(axis=0)
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm > 0 else vector


@lru_cache(maxsize=1)
def embedder() -> Embedder:
    """The one embedder of the process, loaded on first use."""
    return Embedder(package_dir())
