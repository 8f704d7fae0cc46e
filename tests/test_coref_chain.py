"""Coreference: a subject pronoun continues the chain of the same pronoun in the sentences before it."""

from __future__ import annotations

import pytest

import newsgraph.actors.stage as actor_stage
from newsgraph import nlp
from newsgraph.model import Article
from newsgraph.pipeline import stages


def referent(text: str, occurrence: int) -> str | None:
    """The name the ``occurrence``-th "he" of the text (counted from 0, any case) stands for."""
    article = Article(id="t", text=text, published="2000-01-01")
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors")):
        stage_fn([article])
    pronoun = [t for t in article.doc if t.lower_ == "he"][occurrence]
    found = actor_stage.article_actors(article).antecedent(pronoun.idx, "he")
    return found.name if found is not None else None


@pytest.mark.parametrize(("text", "occurrence", "name"), [
    ("Carlos Mendez won the regional marathon on Sunday. He trained for a year with the coach Luis Ortega. "
     "Afterwards he thanked his family.", 1, "Carlos Mendez"),
    ("The painter Ivan Petrov left Kyiv in 2015. He later shared a studio in Berlin with the sculptor Omar Haddad. "
     "There he painted his largest works.", 1, "Ivan Petrov"),
    ("Peter Hall was charged with fraud on Monday. He was questioned in March about a loan from Mark Dunn. "
     "Later he agreed to repay it.", 1, "Peter Hall"),
])
def test_a_subject_pronoun_continues_the_chain_of_the_last_one(text, occurrence, name):
    assert referent(text, occurrence) == name


def test_without_a_chain_the_nearest_fitting_name_stands():
    text = "Peter Hall met Mark Dunn on Monday. He said the talks went well."
    assert referent(text, 0) == "Peter Hall"
