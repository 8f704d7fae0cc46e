"""The worked example (../shared/examples): cleaning and the record's shape."""


def test_clean_text_starts_with_body(worked_example):
    record, gold = worked_example
    assert record["text"].startswith(gold["clean_text_must_start_with"])


def test_clean_text_has_no_residue(worked_example):
    record, gold = worked_example
    for needle in gold["clean_text_must_not_contain"]:
        assert needle not in record["text"], needle


def test_record_has_contract_fields(worked_example):
    record, gold = worked_example
    assert record["schema"] == 1 and record["error"] is None
    assert record["published"] == gold["published"]
    for key in ("id", "url", "title", "source", "authors", "language", "text",
                "entities", "quotes", "events", "claims", "dates", "places"):
        assert key in record
