"""Publication dates read from page metadata."""

from newsgraph.ingest.metadata import normalize_published, pick_published


def test_a_datetime_with_offset_is_kept_and_a_naive_one_becomes_its_date() -> None:
    assert normalize_published("2024-03-05T10:00:00Z") == ("2024-03-05T10:00:00+00:00", True)
    assert normalize_published("2024-03-05T10:00:00") == ("2024-03-05", False)


def test_a_placeholder_date_in_page_metadata_is_not_a_publication_date() -> None:
    assert normalize_published("0001-01-01T00:00:00+00:00") is None
    assert pick_published(["0001-01-01T00:00:00+00:00", "2024-03-05"]) == "2024-03-05"
