"""Names written with hyphens and a short lower-case particle ("Lashkar-e-Taiba", "Hizb-ut-Tahrir", "Dar-es-Salaam"),
which the tokenizer splits into words the parser often coordinates: one name, never several parties. Two names joined
by a bare hyphen ("US-China talks", "Israel-Hamas war") are not one: no particle stands between them."""

from __future__ import annotations

from typing import Any

PARTICLE_MAX = 3  # "e", "ul", "ud", "ut", "al", "es", "i": a joining word, not a name ("based" in "Pakistan-based")


def particle(token: Any) -> bool:
    """True for a short lower-case word inside a hyphenated name ("e" in "Jaish-e-Mohammad")."""
    return token.is_alpha and token.is_lower and len(token.text) <= PARTICLE_MAX


def glued(doc: Any, i: int) -> bool:
    """True when the token at ``i`` follows the one before it with no space between them."""
    return 0 < i < len(doc) and not doc[i - 1].whitespace_


def hyphen_name_end(token: Any) -> Any:
    """The last word of the hyphenated name beginning at a capitalised token ("Lashkar" of "Lashkar-e-Taiba":
    "Taiba"); the token itself when no particle and capitalised word follow it."""
    doc, end, i = token.doc, token, token.i
    while i + 4 < len(doc) and all(glued(doc, j) for j in range(i + 1, i + 5)) and doc[i + 1].text == "-" and (
            particle(doc[i + 2]) and doc[i + 3].text == "-" and doc[i + 4].text[:1].isupper()):
        i += 4
        end = doc[i]
    return end


def hyphen_name_start(token: Any) -> Any:
    """The first word of the hyphenated name a token is part of ("Taiba", "e" or "-" of "Lashkar-e-Taiba":
    "Lashkar"); the token itself outside such a name."""
    doc = token.doc
    for start in range(max(0, token.i - 8), token.i):
        if doc[start].text[:1].isupper() and hyphen_name_end(doc[start]).i >= token.i:
            return doc[start]
    return token


def inside_hyphen_name(token: Any) -> bool:
    """True for a word after the first one of a hyphenated name ("Taiba" of "Lashkar-e-Taiba")."""
    return hyphen_name_start(token).i != token.i
