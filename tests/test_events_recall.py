"""Events a plain verb-lexicon coder would find that the rules used to miss (issue 5): general shapes of
subject, object and trigger, each beside the ordinary uses of the same shape that must stay eventless.
Sentences are invented (real parse, real actor stage)."""

from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.extract.events import EventCoder, plover_type
from newsgraph.model import Article
from newsgraph.pipeline import stages

Coded = tuple[str, str | None, str | None]


def coded(text: str) -> list[Coded]:
    """(PLOVER type, source text, target text) of each event of the text."""
    article = Article(id="t", text=text, published="2000-01-01")
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors", "places", "timex")):
        stage_fn([article])
    return [(plover_type(e), e.source and e.source.text, e.target and e.target.text)
            for e in EventCoder(article).events()]


@pytest.mark.parametrize(("text", "expected"), [
    # a relative pronoun as a passive's subject stands for the noun the clause qualifies
    ("In 2001 she founded Kestrel Optics, which was acquired by Siemens in 2014.",
     ("COOPERATE", "Siemens", "Kestrel Optics")),
    ("A judge freed Colonel Abiola Dare, who was arrested by the Nigerian police in May.",
     ("COERCE", "the Nigerian police", "Colonel Abiola Dare")),
])
def test_a_relative_passive_codes_the_noun_it_qualifies(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    "The painting, which was bought by a private collector in 1990, hangs in the hall.",
    "The striker, who was signed by Arsenal in the summer, scored twice on Saturday.",
    "The album, which was released by Sony Music in May, topped the charts.",
    "The house, which was bought by the couple for $300,000, was flooded last winter.",
    "The shares, which were bought by pension funds, rose 4 percent.",
    "The stadium, which was built by a Turkish firm, holds 40,000 fans.",
])
def test_ordinary_relative_passives_stay_eventless(text):
    assert coded(text) == []
