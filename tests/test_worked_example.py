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


def test_cleaned_text_maps_back_to_the_raw_file(shared):
    from newsgraph.ingest.readers import read_inputs

    path = shared / "examples" / "korea-times-biden-kishida.txt"
    raw = path.read_text(encoding="utf-8")
    [article] = list(read_inputs([str(path)]))
    assert article.offset_map is not None and len(article.offset_map) == len(article.text)
    for i, ch in enumerate(article.text):
        if not ch.isspace():
            assert raw[article.offset_map[i]] == ch, i


def test_sidecar_gives_the_sample_copy_its_metadata():
    from newsgraph.devdata import PROJECT_ROOT
    from newsgraph.ingest.readers import read_inputs

    [article] = list(read_inputs([str(PROJECT_ROOT / "samples" / "korea-times-biden-kishida.txt")]))
    assert article.source == "koreatimes.co.kr" and article.published == "2022-01-22"
    assert article.title and article.url and article.url.startswith("https://")
