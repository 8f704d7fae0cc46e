"""Names written with hyphens and a name particle ("Lashkar-e-Taiba", "Hizb-ut-Tahrir", "Dar-es-Salaam"), which the
tokenizer splits into words the parser often coordinates: one name, never several parties. Two names joined by a bare
hyphen ("US-China talks", "Israel-Hamas war") or by an English word ("Russia-to-China pipeline", "Iran-and-Iraq
agreement") are not one: no name particle stands between them."""

from __future__ import annotations

from typing import Any

from newsgraph.actors.words import given_syllable

# The lower-case joining words of names written with hyphens: Urdu and Persian "e", "i" ("Lashkar-e-Taiba",
# "Hizb-i-Islami"), Arabic article and kinship forms ("Hizb-ut-Tahrir", "Jamaat-ud-Dawa", "Harkat-ul-Mujahideen",
# "Dar-es-Salaam", "Ansar-al-Islam", "Salah-ad-Din"), and European ones ("Boulogne-sur-Mer", "Frankfurt-am-Main",
# "Aix-en-Provence", "Saint-Pierre-et-Miquelon"); never an English word ("Russia-to-China")
NAME_PARTICLES = frozenset({"e", "i", "ul", "ut", "ud", "us", "al", "el", "es", "ed", "ad", "ar", "bin", "ibn",
                            "bint", "de", "du", "des", "la", "le", "les", "sur", "en", "et", "di", "da", "del", "der",
                            "den", "von", "van", "am", "im"})


def particle(token: Any) -> bool:
    """True for a name particle inside a hyphenated name ("e" in "Jaish-e-Mohammad")."""
    return token.text in NAME_PARTICLES


def glued(doc: Any, i: int) -> bool:
    """True when the token at ``i`` follows the one before it with no space between them."""
    return 0 < i < len(doc) and not doc[i - 1].whitespace_


def given_name_end(token: Any) -> Any:
    """The last piece of a hyphenated Korean or Taiwanese given name the tokenizer split ("Jae" of "Moon Jae-in":
    "in"; "Ing" of "Tsai Ing-wen"): a capitalised word of a person's name after another, then a glued hyphen and a
    short lower-case syllable that ends the word; the token itself otherwise ("Trump-led", "US-based")."""
    doc, i = token.doc, token.i
    if not (i + 2 < len(doc) and i > 0 and glued(doc, i + 1) and glued(doc, i + 2) and doc[i + 1].text == "-"):
        return token
    piece, before = doc[i + 2], doc[i - 1]
    word_ends = i + 3 == len(doc) or doc[i + 2].whitespace_ or not doc[i + 3].is_alpha
    person = token.ent_type_ == "PERSON" and before.ent_type_ == "PERSON" and before.text[:1].isupper()
    if person and word_ends and token.text[:1].isupper() and given_syllable(piece.text):
        return piece  # (actors/words.given_syllable: "in", "wen"; never "led" of "Trump-led")
    return token


def hyphen_name_end(token: Any) -> Any:
    """The last word of the hyphenated name beginning at a capitalised token ("Lashkar" of "Lashkar-e-Taiba":
    "Taiba"; "Jae" of "Moon Jae-in": "in"); the token itself when no particle and capitalised word follow it."""
    if (given := given_name_end(token)) is not token:
        return given
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
            first = doc[start]
            if given_name_end(first) is not first and first.ent_iob_ == "I":
                first = doc[first.i - 1]  # "in" of "Moon Jae-in", parsed apart: the name from "Moon"
            return first
    return token


def conjunct_name(head: Any, child: Any) -> Any | None:
    """The name a conjunct of ``head`` stands for: the conjunct itself, or the last word of the hyphenated name it
    is a word of, the name's usual head ("A-e-B and C-e-D", the parser joining "C" or "-" to "B": "D"); None for a
    word of the head's own hyphenated name ("Taiba" or "-" joined to "Lashkar")."""
    start = hyphen_name_start(child)
    return None if start.i == hyphen_name_start(head).i else hyphen_name_end(start)


def phrase_end(head: Any) -> Any:
    """The last word of the name or noun the head ends: its compounds to the right and the rest of a name written
    with hyphens ("Lashkar" of "Lashkar-e-Taiba": "Taiba")."""
    right = head
    for child in head.rights:
        if child.dep_ in ("compound", "flat", "appos") and child.i == right.i + 1:
            right = child
        else:
            break
    return hyphen_name_end(right)  # "Lashkar-e-Taiba", split by the tokenizer
