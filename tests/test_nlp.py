"""The spaCy loader: line breaks (one paragraph per line in scraped text) start sentences."""

from __future__ import annotations

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


def test_text_without_line_breaks_is_left_to_the_parser():
    doc = nlp.load()("The minister said the talks would resume next week in Geneva.")
    assert [sent[0].text for sent in doc.sents] == ["The"]
