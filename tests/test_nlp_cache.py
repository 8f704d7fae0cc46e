"""The lemmatizer speed-up of nlp.load(): set lookups in the word tables and a full lemma cache give the stock
lemmatizer's lemmas."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsgraph import nlp

LEMMA_TEXTS = [
    "The ministers were meeting the leaders of striking workers; talks broke down and fresh protests began.",
    "Better offers came later: the firms' largest shareholders had sold their stakes, buying cheaper bonds.",
    "He flies to the cities he loves. Geese were flying over the happiest children running in the fields.",
    "Prices rose 3.5% in 2024 (the highest since the 1990s), said analysts at Smith & Co's London offices.",
]


def token(orth: int, pos: int, morph: int = 0) -> SimpleNamespace:
    return SimpleNamespace(orth=orth, pos=pos, morph=SimpleNamespace(key=morph))


def test_an_indexed_list_answers_in_as_its_list_and_stays_a_list():
    words = ["run", "walk", "talk", "run"]
    indexed = nlp.IndexedList(words)
    for word in ("run", "talk", "talks", "", "Run"):
        assert (word in indexed) == (word in words)
    assert indexed == words and list(indexed) == words and isinstance(indexed, list)


def test_the_lemma_cache_asks_once_per_word_pos_and_morphology():
    asked: list[int] = []
    cache = nlp.LemmaCache(lambda t: asked.append(t.orth) or [str(t.orth)])
    assert cache(token(1, 92)) == ["1"] and cache(token(1, 92)) == ["1"]
    assert cache(token(1, 100)) == ["1"] and cache(token(1, 92, morph=7)) == ["1"]
    assert asked == [1, 1, 1]


def test_the_lemma_cache_leaves_tokens_without_pos_to_the_lemmatizer():
    asked: list[int] = []
    cache = nlp.LemmaCache(lambda t: asked.append(t.orth) or ["x"])
    cache(token(5, 0))
    cache(token(5, 0))
    assert asked == [5, 5]


def test_the_lemma_cache_starts_afresh_past_its_bound():
    cache = nlp.LemmaCache(lambda t: [str(t.orth)], max_size=3)
    for orth in range(10):
        assert cache(token(orth, 92)) == [str(orth)]
        assert len(cache.answers) <= 3


def test_the_loaded_model_has_the_faster_lemmatizer_once():
    model = nlp.load()
    lemmatizer = model.get_pipe(nlp.LEMMATIZER)
    assert isinstance(lemmatizer.lemmatize, nlp.LemmaCache)
    assert not nlp.speed_up_lemmatizer(model)  # already done: not wrapped twice
    assert all(isinstance(words, nlp.IndexedList) for words in lemmatizer.lookups.get_table("lemma_index").values())


@pytest.mark.parametrize("text", LEMMA_TEXTS)
def test_lemmas_are_the_stock_lemmatizer_s(stock_model, text):
    ours = [t.lemma_ for t in nlp.load()(text)]
    again = [t.lemma_ for t in nlp.load()(text)]  # second time from the cache
    assert ours == again == [t.lemma_ for t in stock_model(text)]


def test_a_key_s_filed_tests_find_what_every_test_finds():
    """The pattern table checks a new key only against the tests filed under its word, its tag and None."""
    model = nlp.load()
    table = nlp.PatternTable(model.get_pipe(nlp.RULER).patterns, lambda index: index)
    tags = sorted(model.get_pipe("tagger").labels)
    words = sorted(table.words)[:40] + [nlp.OTHER_WORD]
    for tag in tags:
        for word in words:
            for dep in ("ROOT", "aux", "nsubj", "dep"):
                key = (tag, word, dep, False)
                every = frozenset((a, position) for a, (_, _, tests) in enumerate(table.alternatives)
                                  for position, test in enumerate(tests) if test(key))
                assert table.satisfied(key)[0] == every, key
