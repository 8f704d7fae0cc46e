"""Parse stage: language check, spaCy over the batch, and the entity list."""

from __future__ import annotations

import re
from itertools import islice

from newsgraph import nlp
from newsgraph.model import Article, Entity
from newsgraph.pipeline import stage

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW"}
MIN_LANGUAGE_CHARS = 40
# English function words: a text where they are frequent is English whatever a character-n-gram
# classifier says (py3langid calls many short English news sentences Nigerian Pidgin or Scots).
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on with as was by at from his her their has have had it its "
    "be been were are will would said says not an which who this they he she but or after over".split()
)
ENGLISH_FUNCTION_SHARE = 0.2
# A text is English when English scores within this many nats (natural log) of py3langid's best guess:
# a headline-like sentence with no function word may score a little higher as Nigerian Pidgin (2-3 nats),
# while real French, German, Spanish or Pidgin prose lies 30-100 nats away
ENGLISH_MARGIN = 10.0
WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; short texts are taken as English."""
    sample = text[:5000]
    if sum(1 for _ in islice(filter(str.isalpha, sample), MIN_LANGUAGE_CHARS)) < MIN_LANGUAGE_CHARS:
        return "en"  # alphabetic characters counted up to the threshold only
    words = WORD.findall(sample.lower())
    if words and sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words) >= ENGLISH_FUNCTION_SHARE:
        return "en"
    from newsgraph.extract.language_cache import language_identifier

    scores = dict(language_identifier().rank(sample))
    best = max(scores, key=scores.__getitem__)
    return "en" if scores[best] - scores.get("en", float("-inf")) <= ENGLISH_MARGIN else str(best)


def load_language_model() -> None:
    """Load py3langid's model now (from newsgraph's cache when fresh), so that no batch pays for it."""
    from newsgraph.extract.language_cache import language_identifier

    language_identifier()


@stage("parse")
def parse(articles: list[Article]) -> None:
    english = []
    for article in articles:
        article.language = detect_language(article.text)
        if article.language != "en":
            article.fail("unsupported_language", f"language {article.language!r} is not supported yet")
        else:
            english.append(article)
    model = nlp.load()
    for article, doc in zip(english, model.pipe(a.text for a in english), strict=True):
        article.doc = doc


@stage("entities")
def entities(articles: list[Article]) -> None:
    for article in articles:
        article.entities = [
            Entity(ent.start_char, ent.end_char, ent.text, ent.label_)
            for ent in article.doc.ents
            if ent.label_ in ENTITY_LABELS
        ]
