"""Actors and places: the worked example's gold, and a hand-made dev set on article-extraction texts.

The dev set (``tests/golden/places_actors/*.json``, see its GUIDELINE.md; a held-out part
that was annotated later and never tuned on is in ``heldout/``, scored with a ``_heldout`` suffix) refers to
articles of ../shared/data/article-extraction by id; the text is that article's
``articleBody``.  Scores:

- ``place_accuracy_161km``: gold places found with coordinates within 161 km (a
  country counts when the country is right; missed places count as wrong);
- ``place_country_accuracy``: gold places found with the right country;
- ``place_precision``: system places that overlap a gold place (unannotated
  toponyms count against it, so the annotation must be exhaustive);
- ``actor_country_accuracy`` / ``actor_sector_accuracy``: gold actor mentions
  whose resolved actor has the right country / sector.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsgraph.devdata import PROJECT_ROOT
from newsgraph.evaluation import evaluation

GOLDEN = PROJECT_ROOT / "tests" / "golden" / "places_actors"
MAX_KM = 161.0
LABEL_CLASS = {"GPE": "PLACE", "LOC": "PLACE", "ORG": "ORG", "FAC": "ORG"}


def _bare(text: str) -> str:
    """Mention text for matching: case, a leading 'the' and a trailing possessive ignored."""
    text = " ".join(text.split()).lower()
    text = text[4:] if text.startswith("the ") else text
    return text[:-2] if text.endswith(("'s", "’s")) else text


# -- the worked example --------------------------------------------------------


def actor_bearers(record: dict[str, Any]) -> Iterable[tuple[str, dict[str, Any] | None]]:
    """(text, actor) of every entity, speaker, participant and claim source of a record."""
    for entity in record.get("entities") or []:
        yield entity["text"], entity.get("actor")
    for quote in record.get("quotes") or []:
        if quote.get("speaker"):
            yield quote["speaker"]["text"], quote["speaker"].get("actor")
    for event in record.get("events") or []:
        for role in ("source", "target"):
            if event.get(role):
                yield event[role]["text"], event[role].get("actor")
    for claim in record.get("claims") or []:
        if claim.get("source"):
            yield claim["source"]["text"], claim["source"].get("actor")


def entity_matches(gold: dict[str, Any], entity: dict[str, Any]) -> bool:
    """The gold's entity rule: text (leading 'the' ignored), label class, and actor country when given."""
    if _bare(entity["text"]) != _bare(gold["text"]):
        return False
    if LABEL_CLASS.get(entity["label"], entity["label"]) != LABEL_CLASS.get(gold["label"], gold["label"]):
        return False
    return not gold.get("country") or (entity.get("actor") or {}).get("country") == gold["country"]


def worked_scores(record: dict[str, Any], gold: dict[str, Any]) -> dict[str, float]:
    """Recall of the gold's entities and accuracy of its actor_resolution items."""
    entities = record.get("entities") or []
    found = sum(any(entity_matches(g, e) for e in entities) for g in gold["entities"])
    bearers = list(actor_bearers(record))
    resolved = 0
    for item in gold["actor_resolution"]:
        resolved += any(_bare(text) == _bare(item["mention"]) and actor
                        and actor.get("country") == item["country"] and actor.get("sector") == item["sector"]
                        for text, actor in bearers)
    return {"worked_entities_recall": found / len(gold["entities"]),
            "worked_actor_resolution_accuracy": resolved / len(gold["actor_resolution"])}


def worked_example(shared: Path) -> dict[str, float]:
    """Run the worked example through ingest and the stages up to places, and score it."""
    from newsgraph.ingest.readers import read_inputs

    examples = shared / "examples"
    gold = json.loads((examples / "korea-times-biden-kishida.expected.json").read_text(encoding="utf-8"))
    articles = list(read_inputs([str(examples / "korea-times-biden-kishida.txt")], "auto", gold["published"]))
    run_resolution_stages(articles)
    return worked_scores(articles[0].to_dict(), gold)


# -- the dev set ---------------------------------------------------------------


def load_golden(folder: Path = GOLDEN) -> list[dict[str, Any]]:
    """The hand-made gold files, one per article."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def occurrences(text: str, mention: str) -> list[tuple[int, int]]:
    """Offsets of every whole-word occurrence of a mention."""
    pattern = re.compile(rf"(?<!\w){re.escape(mention)}(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def find_mention(text: str, mention: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Offsets of the n-th whole-word occurrence of a mention."""
    found = occurrences(text, mention)
    return found[occurrence - 1] if len(found) >= occurrence else None


def gold_place_spans(text: str, gold: dict[str, Any]) -> list[tuple[int, int, dict[str, Any]]]:
    """Every gold place occurrence, minus those inside a longer gold mention or a ``not_places`` phrase."""
    spans = [(s, e, item) for item in gold.get("places", []) for s, e in occurrences(text, item["mention"])]
    blocked = [(s, e) for phrase in gold.get("not_places", []) for s, e in occurrences(text, phrase)]
    kept = []
    for s, e, item in spans:
        inside_longer = any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) for s2, e2, _ in spans)
        if not inside_longer and not any(s2 <= s and e <= e2 for s2, e2 in blocked):
            kept.append((s, e, item))
    return kept


def process_articles(shared: Path, golds: list[dict[str, Any]]) -> list[Any]:
    """The dev articles through the stages up to places (the later stages do not change them)."""
    from newsgraph.model import Article

    truth = json.loads((shared / "data" / "article-extraction" / "ground-truth.json").read_text(encoding="utf-8"))
    articles = [Article(id=g["id"], text=truth[g["id"]]["articleBody"], published=g.get("published"))
                for g in golds]
    return run_resolution_stages(articles)


def run_resolution_stages(articles: list[Any]) -> list[Any]:
    """Parse, entities, actors and places, called directly: no later stage changes what is scored here."""
    from newsgraph.actors.stage import actors
    from newsgraph.extract.parse import entities, parse
    from newsgraph.extract.places import places

    for run_stage in (parse, entities, actors, places):
        run_stage([a for a in articles if a.error is None])
    return articles


def score_places(golds: list[dict[str, Any]], articles: list[Any]) -> dict[str, float]:
    """Place accuracy within 161 km, country accuracy and precision over the dev set."""
    from newsgraph.extract.places_gazetteer import distance_km

    total = within = country_ok = predicted = overlapping = 0
    for gold, article in zip(golds, articles, strict=True):
        spans = gold_place_spans(article.text, gold)
        for start, end, item in spans:
            total += 1
            place = next((p for p in article.places if p.start < end and start < p.end), None)
            if place is None:
                continue
            country_ok += place.country == item.get("country")
            if item.get("kind") == "country":
                within += place.country == item.get("country")
            elif place.lat is not None and item.get("lat") is not None:
                within += distance_km((place.lat, place.lon or 0.0), (item["lat"], item["lon"])) <= MAX_KM
        for place in article.places:
            predicted += 1
            overlapping += any(place.start < e and s < place.end for s, e, _ in spans)
    return {"place_accuracy_161km": within / max(total, 1), "place_country_accuracy": country_ok / max(total, 1),
            "place_precision": overlapping / max(predicted, 1), "places_gold": float(total)}


def score_actors(golds: list[dict[str, Any]], articles: list[Any]) -> dict[str, float]:
    """Country and sector accuracy of gold actor mentions, resolved through ``resolve_span``."""
    from newsgraph.actors.stage import resolve_span

    total = country_ok = sector_ok = 0
    for gold, article in zip(golds, articles, strict=True):
        for item in gold.get("actors", []):
            where = find_mention(article.text, item["mention"], item.get("occurrence", 1))
            if where is None:
                continue
            total += 1
            _, actor = resolve_span(article, *where)
            country_ok += (actor.country if actor else None) == item.get("country")
            sector_ok += (actor.sector if actor else None) == item.get("sector")
    return {"actor_country_accuracy": country_ok / max(total, 1), "actor_sector_accuracy": sector_ok / max(total, 1),
            "actors_gold": float(total)}


def meantime_places(shared: Path, limit: int | None = None) -> dict[str, float]:
    """Second place check on MEANTIME (DBpedia-linked name mentions; no coordinates in that gold).

    ``meantime_place_recall``: name mentions (NAM, PRE.NAM) found as a place.  ``meantime_place_agreement``:
    of those found whose DBpedia title our gazetteer knows, the share within 161 km of it (same country for
    countries): a consistency check, since the reference point comes from the same gazetteer.
    """
    from urllib.parse import unquote

    from newsgraph.extract.places_gazetteer import distance_km, gazetteer
    from newsgraph.model import Article

    folder = shared / "data" / "timex"
    docs = {d["id"]: d for d in map(json.loads, (folder / "docs.jsonl").read_text(encoding="utf-8").splitlines())}
    golds = [g for g in map(json.loads, (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines())
             if any(loc.get("mention_type") in ("NAM", "PRE.NAM") for loc in g["locations"])]
    golds = golds[:limit] if limit else golds
    articles = run_resolution_stages([Article(id=g["id"], text=docs[g["id"]]["text"],
                                              published=docs[g["id"]]["published"]) for g in golds])
    total = found = checked = agree = 0
    for gold, article in zip(golds, articles, strict=True):
        for loc in gold["locations"]:
            if loc.get("mention_type") not in ("NAM", "PRE.NAM"):
                continue
            total += 1
            place = next((p for p in article.places if p.start < loc["end"] and loc["start"] < p.end), None)
            found += place is not None
            title = unquote(loc["dbpedia"].rsplit("/", 1)[-1]).replace("_", " ") if loc.get("dbpedia") else None
            ref = gazetteer().best(title.split(",")[0].split(" (")[0]) if title else None
            if place is None or ref is None:
                continue
            checked += 1
            if ref.kind == "country" or place.kind == "country":
                agree += place.country == ref.country
            elif place.lat is not None and ref.lat is not None:
                agree += distance_km((place.lat, place.lon or 0.0), (ref.lat, ref.lon or 0.0)) <= MAX_KM
    return {"meantime_place_recall": found / max(total, 1), "meantime_place_agreement": agree / max(checked, 1),
            "meantime_places_gold": float(total)}


def plover_actors(shared: Path, limit: int | None = None) -> dict[str, float]:
    """Third actor check: the source/target spans of the PLOVER gold records (country and sector of each).

    Sentences are edited CAMEO-manual examples dated 2000-01-01; a capital as subject or object is GOV.
    """
    from newsgraph.actors.stage import resolve_span
    from newsgraph.model import Article

    path = shared / "data" / "plover" / "plover_gsr.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = records[:limit] if limit else records
    articles = run_resolution_stages([Article(id=r["id"], text=r["text"], published="2000-01-01") for r in records])
    total = country_ok = sector_ok = 0
    for record, article in zip(records, articles, strict=True):
        seen = set()
        for event in record["events"]:
            for role in ("source", "target"):
                actor_gold = event.get(role)
                if not actor_gold or (actor_gold["start"], actor_gold["end"]) in seen or article.error:
                    continue
                seen.add((actor_gold["start"], actor_gold["end"]))
                total += 1
                _, actor = resolve_span(article, actor_gold["start"], actor_gold["end"])
                country_ok += (actor.country if actor else None) == actor_gold.get("country")
                sector_ok += (actor.sector if actor else None) == actor_gold.get("sector")
    return {"plover_actor_country_accuracy": country_ok / max(total, 1),
            "plover_actor_sector_accuracy": sector_ok / max(total, 1), "plover_actors_gold": float(total)}


@evaluation("places_actors")
def evaluate(shared: Path, limit: int | None = None) -> dict[str, float]:
    """Worked-example actor checks plus the hand-made dev set for places and actors."""
    scores = worked_example(shared)
    for folder, suffix in ((GOLDEN, ""), (GOLDEN / "heldout", "_heldout")):
        golds = load_golden(folder)[:limit] if limit else load_golden(folder)
        if golds:
            articles = process_articles(shared, golds)
            found = score_places(golds, articles) | score_actors(golds, articles)
            scores |= {f"{name}{suffix}": value for name, value in found.items()}
    if (shared / "data" / "timex" / "gold.jsonl").exists():
        scores |= meantime_places(shared, limit)
    if (shared / "data" / "plover" / "plover_gsr.jsonl").exists():
        scores |= plover_actors(shared, limit)
    return scores
