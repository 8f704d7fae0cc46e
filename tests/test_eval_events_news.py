"""The modern-news PLOVER gold (tests/golden/events) is well-formed against the article texts."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from newsgraph import devdata
from newsgraph.devdata import fetch_lee, lee_dir, lee_stories
from newsgraph.evaluation.events import (
    ARTICLES,
    LEE_DATE,
    MEANTIME,
    NEWS_SPLITS,
    PROBES_DIR,
    lee_splits,
    load_news,
    load_probe,
    mention_span,
    news_bodies,
    news_gold_file,
    news_participant,
    participant_matches,
    score_news,
    sentence_hash,
    shifted,
)

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "UAF", "CVL", "EDU", "MED", "REF", "IGO", "NGO", "BUS",
           "OPP", "SPY", "PRM", "ELI", "JRN", "LAB", "REL", "SOC", "CRM"}


def gold_records(split: str = "tune") -> list[dict[str, Any]]:
    path = news_gold_file(split)
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def all_gold_records() -> list[dict[str, Any]]:
    return [record for split in NEWS_SPLITS for record in gold_records(split)]


def test_gold_codes_are_valid():
    records = all_gold_records()
    assert len(gold_records("tune")) >= 60
    assert len({r["id"] for r in records}) == len(records)
    assert any(not r["events"] for r in records)
    for record in records:
        assert re.fullmatch(r"[0-9a-f]{64}|meantime-en-\d+|lee-(?:bg-)?\d{3}", record["article"]), record["id"]
        assert re.fullmatch(r"[0-9a-f]{12}", record["sha1"]), record["id"]
        for event in record["events"]:
            assert event["type"] in PLOVER_TYPES, record["id"]
            assert event["source"] is not None, record["id"]
            for actor in (event["source"], event["target"]):
                if actor is None:
                    continue
                assert actor["country"] is None or re.fullmatch(r"[A-Z]{3}", actor["country"]), record["id"]
                assert actor["sector"] is None or actor["sector"] in SECTORS, record["id"]
                assert actor["country"] or actor["sector"] or actor["mention"], record["id"]


@pytest.mark.devdata
def test_probe_stories_are_valid_and_their_mentions_found():
    """Every invented probe story's gold is well formed, and every mention is words of its story."""
    paths = sorted(PROBES_DIR.glob("*.jsonl"))
    assert len(paths) >= 6
    for path in paths:
        stories = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        records = load_probe(path)
        assert len(records) == len(stories) and len({r["id"] for r in records}) == len(records), path.name
        for story, record in zip(stories, records, strict=True):
            for gold, event in zip(story["events"], record["events"], strict=True):
                assert gold["type"] in PLOVER_TYPES, (path.name, story["id"])
                for role in ("source", "target"):
                    if gold.get(role) is None:
                        assert event[role] is None
                        continue
                    found = event[role]
                    words = record["text"][found["start"]:found["end"]]
                    assert words == gold[role]["mention"], (path.name, story["id"])
                    assert gold[role]["sector"] is None or gold[role]["sector"] in SECTORS, (path.name, story["id"])


def test_offsets_hashes_and_mentions_match_the_articles(shared: Path):
    bodies = news_bodies(shared)
    lee_absent = lee_dir() is None
    for record in all_gold_records():
        if lee_absent and record.get("corpus") == "lee":
            continue  # its splits are skipped with a warning (test_lee_splits_are_skipped_without_the_corpus)
        body = bodies[record["article"]][0]
        assert 0 <= record["start"] < record["end"] <= len(body), record["id"]
        text = body[record["start"]:record["end"]]
        assert sentence_hash(text) == record["sha1"], record["id"]
        assert text == text.strip() and "\n" not in text, record["id"]
        for event in record["events"]:
            for actor in (event["source"], event["target"]):
                assert actor is None or mention_span(text, actor["mention"]), (record["id"], actor)
    for split in NEWS_SPLITS:
        if news_gold_file(split).exists() and not (lee_absent and split in lee_splits()):
            assert len(load_news(shared, news_gold_file(split))) == len(gold_records(split))


def test_held_out_articles_are_not_in_the_tuned_sets():
    tuned = {r["article"] for split in NEWS_SPLITS if split.startswith("tune") for r in gold_records(split)}
    held = [r for split in NEWS_SPLITS if split.startswith("heldout") for r in gold_records(split)]
    assert not [r["id"] for r in held if r["article"] in tuned]


def test_article_events_are_shifted_to_sentence_offsets():
    event = {"type": "ACCUSE", "trigger": {"start": 130, "end": 139},
             "source": {"start": 120, "end": 125, "actor": {}}, "target": None}
    moved = shifted(event, 100)
    assert moved["source"]["start"] == 20 and moved["source"]["end"] == 25 and moved["target"] is None
    assert event["source"]["start"] == 120


def test_drifted_sentence_is_left_out(tmp_path: Path):
    body = "Egypt criticised the US. Nothing else happened."
    (tmp_path / ARTICLES).parent.mkdir(parents=True)
    (tmp_path / ARTICLES).write_text(json.dumps({"a" * 64: {"articleBody": body}}), encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    event = {"type": "ACCUSE", "mode": None, "source": {"mention": "Egypt", "country": "EGY", "sector": "GOV"},
             "target": {"mention": "US", "country": "USA", "sector": "GOV"}}
    good = {"id": "a-0", "article": "a" * 64, "start": 0, "end": 24, "sha1": sentence_hash(body[:24]),
            "events": [event]}
    drifted = dict(good, id="a-1", sha1="0" * 12)
    gold.write_text("\n".join(json.dumps(r) for r in (good, drifted)), encoding="utf-8")
    [record] = load_news(tmp_path, gold)
    assert record["id"] == "a-0"
    assert record["events"][0]["target"] == {"start": 21, "end": 23, "also": [], "mention": "US", "country": "USA",
                                             "sector": "GOV"}


def test_meantime_sentences_are_read_with_their_own_date(tmp_path: Path):
    (tmp_path / ARTICLES).parent.mkdir(parents=True)
    (tmp_path / ARTICLES).write_text("{}", encoding="utf-8")
    body = "Title\n\nThe union sued the carmaker. Shares fell."
    (tmp_path / MEANTIME).parent.mkdir(parents=True)
    (tmp_path / MEANTIME).write_text(json.dumps({"id": "meantime-en-7", "text": body, "published": "2008-03-01"}),
                                     encoding="utf-8")
    start, end = 7, 7 + len("The union sued the carmaker.")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "m-7", "corpus": "meantime", "article": "meantime-en-7", "start": start,
                                "end": end, "sha1": sentence_hash(body[start:end]), "events": []}), encoding="utf-8")
    [record] = load_news(tmp_path, gold)
    assert record["date"] == "2008-03-01" and record["text"] == "The union sued the carmaker."


def test_an_uncoded_gold_actor_matches_any_occurrence_of_its_words_or_a_pronoun_naming_it():
    text = "Norvik praised Norvik's rival, and it said Kestrel Ltd would buy planes from Norvik."
    gold = news_participant(text, {"mention": "Norvik", "country": None, "sector": None})
    assert (gold["start"], gold["end"]) == (0, 6) and len(gold["also"]) == 2

    def predicted(start: int, end: int, name: str, sector: str | None = "BUS") -> dict[str, Any]:
        return {"start": start, "end": end, "actor": {"name": name, "country": None, "sector": sector}}

    last = text.rindex("Norvik")
    assert participant_matches(predicted(last, last + 6, "Norvik"), gold)
    pronoun = text.index("it said")
    assert participant_matches(predicted(pronoun, pronoun + 2, "norvik"), gold)
    kestrel = text.index("Kestrel")
    assert not participant_matches(predicted(kestrel, kestrel + 11, "Kestrel Ltd"), gold)


def test_score_news_counts_predictions_on_sentences_without_events():
    gold_event = {"type": "ACCUSE", "source": {"start": 0, "end": 5, "country": "EGY", "sector": "GOV"},
                  "target": {"start": 21, "end": 23, "country": "USA", "sector": "GOV"}}
    records = [{"id": "a", "text": "", "events": [gold_event]}, {"id": "b", "text": "", "events": []}]

    def predicted(type_: str, source: str) -> dict[str, Any]:
        def side(country: str) -> dict[str, Any]:
            return {"start": 0, "end": 1, "actor": {"country": country, "sector": "GOV"}}
        return {"type": type_, "mode": None, "negated": False, "confidence": 0.9,
                "source": side(source), "target": side("USA")}

    scores = score_news(records, {"a": [predicted("ACCUSE", "EGY")], "b": [predicted("ASSAULT", "EGY")]})
    assert scores["news_end_to_end"] == 1.0 and scores["news_precision"] == 0.5
    assert scores["news_predicted_on_empty"] == 1.0 and scores["news_sentences"] == 2.0
    assert scores["news_actors_found"] == 1.0 and scores["news_type_accuracy"] == 1.0


def test_lee_stories_are_read_by_line_with_their_ids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "lee_background.cor").write_bytes("First story.\n\n  A \xa32 million fine.  \n".encode("latin-1"))
    (tmp_path / "lee.cor").write_bytes(b"Other story.\n")
    stories = lee_stories(tmp_path)
    assert stories == {"lee-bg-000": "First story.", "lee-bg-002": "A \u00a32 million fine.", "lee-000": "Other story."}
    monkeypatch.setenv("NEWSGRAPH_LEE", str(tmp_path))
    assert lee_dir() is None  # not the corpus's hashes
    monkeypatch.setattr(devdata, "LEE_FILES", {p.name: devdata.sha256(p.read_bytes()) for p in tmp_path.iterdir()})
    assert lee_dir() == tmp_path
    (tmp_path / "lee.cor").unlink()
    assert lee_dir() is None


def test_lee_sentences_are_read_with_the_corpus_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / ARTICLES).parent.mkdir(parents=True)
    (tmp_path / ARTICLES).write_text("{}", encoding="utf-8")
    lee = tmp_path / "lee"
    lee.mkdir()
    (lee / "lee_background.cor").write_bytes(b"Kabul accused Islamabad of shelling. Talks went on.\n")
    (lee / "lee.cor").write_bytes(b"\n")
    monkeypatch.setattr(devdata, "LEE_FILES", {p.name: devdata.sha256(p.read_bytes()) for p in lee.iterdir()})
    monkeypatch.setenv("NEWSGRAPH_LEE", str(lee))
    text = "Kabul accused Islamabad of shelling."
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "lee-bg-000-0", "corpus": "lee", "article": "lee-bg-000", "start": 0,
                                "end": len(text), "sha1": sentence_hash(text), "events": []}), encoding="utf-8")
    [record] = load_news(tmp_path, gold)
    assert record["date"] == LEE_DATE and record["text"] == text


def test_lee_splits_are_skipped_without_the_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   caplog: pytest.LogCaptureFixture):
    assert {"tune4", "heldout5"} <= set(lee_splits())
    monkeypatch.setenv("NEWSGRAPH_LEE", str(tmp_path / "absent"))
    (tmp_path / ARTICLES).parent.mkdir(parents=True)
    (tmp_path / ARTICLES).write_text("{}", encoding="utf-8")
    monkeypatch.setattr("newsgraph.evaluation.events.news_split_scores", lambda records, prefix: {prefix: 1.0})
    from newsgraph.evaluation.events import news_scores

    scores = news_scores(tmp_path)
    assert not any(key.startswith(f"news_{split}_") for split in lee_splits() for key in scores)
    assert "news_tune_" in scores and "Lee corpus" in caplog.text


def fake_wheel(directory: Path, files: dict[str, bytes]) -> bytes:
    """A zip named like gensim's wheel holding ``files`` where the real wheel keeps the corpus."""
    import zipfile

    wheel = directory / "gensim-4.4.0-cp311-cp311-manylinux_2_28_x86_64.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, data in files.items():
            archive.writestr(devdata.LEE_IN_WHEEL + name, data)
    return wheel.read_bytes()


@pytest.mark.parametrize("broken", ["wheel", "file"])
def test_fetch_lee_checks_the_hashes_and_writes_nothing_on_a_mismatch(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch, broken: str):
    files = {"lee_background.cor": b"First story.\n", "lee.cor": b"Other story.\n"}
    source = tmp_path / "index"
    source.mkdir()
    wheel = fake_wheel(source, files)
    monkeypatch.setattr(devdata, "download_wheel", lambda directory: source / next(p.name for p in source.iterdir()))
    digests = {name: devdata.sha256(data) for name, data in files.items()}
    monkeypatch.setattr(devdata, "LEE_WHEEL_SHA256", "0" * 64 if broken == "wheel" else devdata.sha256(wheel))
    monkeypatch.setattr(devdata, "LEE_FILES", digests if broken == "wheel" else dict(digests, **{"lee.cor": "0" * 64}))
    dest = tmp_path / "lee"
    with pytest.raises(RuntimeError, match="unexpected sha256"):
        fetch_lee(dest)
    assert not dest.exists()


def test_fetch_lee_extracts_the_two_files_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    files = {"lee_background.cor": b"First story.\n", "lee.cor": b"Other story.\n"}
    source = tmp_path / "index"
    source.mkdir()
    wheel = fake_wheel(source, files)
    calls = []

    def download(directory: str) -> Path:
        calls.append(directory)
        return source / next(p.name for p in source.iterdir())

    monkeypatch.setattr(devdata, "download_wheel", download)
    monkeypatch.setattr(devdata, "LEE_WHEEL_SHA256", devdata.sha256(wheel))
    monkeypatch.setattr(devdata, "LEE_FILES", {name: devdata.sha256(data) for name, data in files.items()})
    dest = tmp_path / "lee"
    assert fetch_lee(dest) == dest and fetch_lee(dest) == dest
    assert len(calls) == 1 and (dest / "lee.cor").read_bytes() == b"Other story.\n"
    assert not list(dest.glob("*.part"))
    monkeypatch.setenv("NEWSGRAPH_LEE", str(dest))
    assert lee_dir() == dest
    (dest / "lee.cor").write_bytes(b"changed\n")
    assert lee_dir() is None
