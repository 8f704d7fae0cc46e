import json
from dataclasses import asdict, dataclass

from newsgraph.model import (
    Actor,
    Article,
    Claim,
    ClaimSource,
    Entity,
    Event,
    Participant,
    Place,
    Quote,
    SentenceRef,
    Span,
    Speaker,
    iter_spans,
    plain,
)


def test_record_round_trips_through_dict():
    article = Article(id="a1", text="Beijing said no.", published="2022-01-22")
    article.entities.append(Entity(0, 7, "Beijing", "GPE", Actor("Government of China", "CHN", "GOV")))
    article.quotes.append(Quote(13, 15, "no", False, Speaker(0, 7, "Beijing", "Beijing"), Span(8, 12, "said")))
    record = article.to_dict()
    assert record["schema"] == 1
    assert Article.from_dict(record).to_dict() == record


def test_error_record_has_empty_lists():
    record = Article(id="x", text="abc").fail("empty", "nothing").to_dict()
    assert record["error"] == {"code": "empty", "message": "nothing"}
    assert all(record[name] == [] for name in ("entities", "quotes", "events", "claims", "dates", "places"))


def test_iter_spans_finds_nested_spans():
    article = Article(id="a", text="He said so.")
    article.quotes.append(Quote(8, 10, "so", False, Speaker(0, 2, "He", "He"), Span(3, 7, "said")))
    paths = [path for path, _ in iter_spans(article.to_dict())]
    assert paths == ["quotes[0]", "quotes[0].speaker", "quotes[0].cue"]


def test_plain_is_asdict_for_every_kind_of_item():
    china = Actor("Government of China", "CHN", "GOV")
    items = [
        Entity(0, 7, "Beijing", "GPE", china),
        Quote(13, 15, "no", False, Speaker(0, 7, "Beijing", "Beijing", china), Span(8, 12, "said")),
        Event("ACCUSE", Span(8, 12, "said"), SentenceRef(0, 16), source=Participant(0, 7, "Beijing", china),
              place=Place(0, 7, "Beijing", "Beijing", "CN", 39.9, 116.4, 1816670, "city"), confidence=0.75),
        Claim(0, 5, "5 m", 5e6, "people", subject=Span(0, 1, "5"), source=ClaimSource(0, 7, "Beijing", china)),
    ]
    for item in items:
        assert json.dumps(plain(item)) == json.dumps(asdict(item))


def test_plain_rebuilds_lists_of_items_as_asdict_does():
    @dataclass
    class Bundle:
        spans: list[Span]
        tags: tuple[str, ...]

    bundle = Bundle([Span(0, 7, "Beijing"), Span(8, 12, "said")], ("a", "b"))
    built = plain(bundle)
    assert built == asdict(bundle) and built["spans"] is not bundle.spans
