"""Property: for every item of every output, text[start:end] == item.text."""

from newsgraph.model import iter_spans


def assert_offsets(record):
    text = record["text"]
    for path, span in iter_spans(record):
        assert 0 <= span["start"] <= span["end"] <= len(text), path
        assert text[span["start"]:span["end"]] == span["text"], (record["id"], path, span)


def test_sample_corpus_offsets(sample_records):
    assert sample_records
    for record in sample_records:
        assert_offsets(record)


def test_worked_example_offsets(worked_example):
    record, _ = worked_example
    assert_offsets(record)
