"""The spaCy loader: line breaks (one paragraph per line in scraped text) start sentences; the lookup attribute
ruler annotates every token as the stock one."""

from __future__ import annotations

import numpy
import pytest

from newsgraph import nlp


def test_line_break_component_runs_before_the_parser():
    names = nlp.load().pipe_names
    assert names.index(nlp.LINE_BREAK_COMPONENT) < names.index("parser")


def test_a_line_after_a_break_is_a_new_sentence():
    doc = nlp.load()("The report was written by John Smith\nTimeline of the talks, and what he said next")
    starts = [sent[0].text for sent in doc.sents]
    assert "Timeline" in starts


def test_blank_lines_and_indents_still_mark_the_next_word():
    doc = nlp.load()("She said it was over and\n\n   Next came the vote")
    assert "Next" in [sent[0].text for sent in doc.sents]


@pytest.mark.parametrize("text", ["", "\n", "a\n\nb", "\n\n x \n", "a \n", "x\n \n y\n z", "One. Two\nThree"])
def test_line_breaks_set_the_starts_the_token_setter_would(text):
    model = nlp.load()
    expected = model.make_doc(text)
    after_break = False
    for token in expected:  # the component as it was first written, one token at a time
        if token.is_space:
            after_break = after_break or "\n" in token.text
        elif after_break:
            token.is_sent_start = True
            after_break = False
    doc = nlp.line_break_sentences(model.make_doc(text))
    assert [t.is_sent_start for t in doc] == [t.is_sent_start for t in expected]


def test_text_without_line_breaks_is_left_to_the_parser():
    doc = nlp.load()("The minister said the talks would resume next week in Geneva.")
    assert [sent[0].text for sent in doc.sents] == ["The"]


# ---------------------------------------------------------------- the lookup attribute ruler

RULER_TEXTS = [
    "I'm gonna go, y'all. Ain't nothin' wrong with that, let's c'mon and see.",
    "There's a cat. There are dogs. He gets it; she got it. I don't do it. Do you? Give it to me and you and it.",
    "The ministers, who had met in Oslo on Tuesday, said that they would not sign unless Sweden agreed.\n\n"
    "  Next came the vote: 52 to 48 (a narrow win).",
    "",
]


def annotations(doc):
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

    return doc.to_array([TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START])


def test_the_loaded_model_uses_the_lookup_ruler_under_the_stock_name():
    model = nlp.load()
    assert type(model.get_pipe(nlp.RULER)).__name__ == "LookupAttributeRuler"
    assert model.pipe_names.index(nlp.RULER) == model.pipe_names.index("parser") + 1


@pytest.mark.parametrize("text", RULER_TEXTS)
def test_lookup_ruler_annotates_as_the_stock_ruler(stock_model, text):
    assert numpy.array_equal(annotations(nlp.load()(text)), annotations(stock_model(text)))


def test_lookup_ruler_annotates_dev_articles_as_the_stock_ruler(stock_model, shared):
    """Every token of 15 real articles: same tag, POS, morphology, lemma, dependency and sentence starts."""
    import gzip
    import json

    from newsgraph.ingest.readers import InputError, article_from_html

    folder = shared / "data" / "article-extraction"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    texts = []
    for page_id in sorted(truth)[:18]:
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        try:
            texts.append(article_from_html(html, url=truth[page_id].get("url")).text)
        except InputError:
            continue
    assert len(texts) >= 15
    for fast, stock in zip(nlp.load().pipe(texts), stock_model.pipe(texts), strict=True):
        assert numpy.array_equal(annotations(fast), annotations(stock))


@pytest.mark.parametrize(
    ("spec", "key", "expected"),
    [
        ({"TAG": "NN"}, ("NN", "cat", "nsubj", False), True),
        ({"TAG": "NN"}, ("NNS", "cats", "nsubj", False), False),
        ({"TAG": "IN", "LOWER": {"IN": ["that", "if"]}}, ("IN", "if", "mark", False), True),
        ({"TAG": "IN", "LOWER": {"IN": ["that", "if"]}}, ("IN", "of", "prep", False), False),
        ({"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT"]}}, ("DT", "that", "nsubj", False), True),
        ({"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT"]}}, ("DT", "the", "det", False), False),
        ({"LOWER": {"REGEX": "^n'?t$"}}, ("RB", "n't", "neg", False), True),
        ({"LOWER": {"REGEX": "^n'?t$"}}, ("RB", "not", "neg", False), False),
        ({"IS_SPACE": True}, ("_SP", "\n", "dep", True), True),
        ({"IS_SPACE": True}, ("NN", "cat", "nsubj", False), False),
    ],
)
def test_token_test_is_the_matcher_test(spec, key, expected):
    test = nlp.token_test(spec)
    assert test is not None and test(key) is expected


@pytest.mark.parametrize("spec", [{"ORTH": "x"}, {"TAG": "NN", "OP": "+"}, {"LENGTH": {">=": 3}},
                                  {"LOWER": {"FUZZY": "cat"}}, {"TAG": {"IN": [1, 2]}}, {"IS_SPACE": "yes"}])
def test_token_test_refuses_what_a_key_cannot_express(spec):
    assert nlp.token_test(spec) is None


def test_a_ruler_with_other_patterns_keeps_the_stock_ruler():
    import spacy

    for pattern, swapped in (({"TAG": "NN"}, True), ({"ORTH": "x"}, False)):
        model = spacy.blank("en")
        model.add_pipe(nlp.RULER).add(patterns=[[pattern]], attrs={"LEMMA": "thing"})
        assert nlp.use_lookup_ruler(model) is swapped
        assert (type(model.get_pipe(nlp.RULER)).__name__ == "LookupAttributeRuler") is swapped


def test_pattern_table_forgets_keys_past_its_bound_and_still_matches(stock_model):
    ruler = stock_model.get_pipe(nlp.RULER)
    table = nlp.PatternTable(ruler.patterns, lambda index: stock_model.vocab.strings.add(str(index)), max_seen=3)
    doc = stock_model(RULER_TEXTS[1])
    assert table.matches(doc) == ruler.match(doc)
    assert len(table.seen) <= 3


@pytest.mark.parametrize(("word", "form"), [("that", "that"), ("n't", "n't"), ("nt", "nt"), ("nothin'", "nothin'"),
                                            ("y'", "y'"), ("harbour", nlp.OTHER_WORD), ("", nlp.OTHER_WORD)])
def test_words_no_pattern_names_share_one_key(stock_model, word, form):
    table = nlp.PatternTable(stock_model.get_pipe(nlp.RULER).patterns, lambda index: index)
    assert table.word_form(word) == form


def test_lookup_ruler_follows_patterns_added_or_cleared_later():
    import spacy

    model = spacy.blank("en")
    model.add_pipe(nlp.RULER).add(patterns=[[{"LOWER": "harbour"}]], attrs={"LEMMA": "port"})
    assert nlp.use_lookup_ruler(model)
    ruler = model.get_pipe(nlp.RULER)
    assert [t.lemma_ for t in model("the harbour gate")] == ["", "port", ""]
    ruler.add(patterns=[[{"LOWER": "gate"}]], attrs={"LEMMA": "door"})
    assert [t.lemma_ for t in model("the harbour gate")] == ["", "port", "door"]
    ruler.clear()
    assert [t.lemma_ for t in model("the harbour gate")] == ["", "", ""]


@pytest.mark.parametrize("index", [0, 1, -1, -2])
def test_lookup_ruler_sets_the_token_a_pattern_index_names(index):
    import spacy

    models = [spacy.blank("en") for _ in range(2)]
    for model in models:
        model.add_pipe(nlp.RULER).add(patterns=[[{"LOWER": "harbour"}, {"LOWER": "gate"}]], attrs={"LEMMA": "x"},
                                      index=index)
    assert nlp.use_lookup_ruler(models[1])
    lemmas = [[t.lemma_ for t in model("the harbour gate and harbour gate")] for model in models]
    assert lemmas[0] == lemmas[1] and lemmas[0].count("x") == 2


def test_lookup_ruler_refuses_an_index_outside_the_match_as_spacy_does():
    import spacy

    model = spacy.blank("en")
    model.add_pipe(nlp.RULER).add(patterns=[[{"LOWER": "harbour"}]], attrs={"LEMMA": "port"}, index=2)
    assert nlp.use_lookup_ruler(model)
    with pytest.raises(ValueError, match="E1001|index"):
        model("the harbour")
