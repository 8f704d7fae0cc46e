"""Word lists of the quote stage (data/quotes/*.txt): one loader for all of them."""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def lexicon(name: str) -> dict[str, str]:
    """``{word: flag}`` from a list in data/quotes: one lower-cased word per line, an optional flag after it
    ("" when there is none); ``#`` starts a comment."""
    path = resources.files("newsgraph.data.quotes").joinpath(name)
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("#", 1)[0].lower().split()
        if fields:
            entries[fields[0]] = fields[1] if len(fields) > 1 else ""
    return entries
