"""Places stage: toponyms (GPE/LOC/FAC entities and our own feature names) -> Place.

A capital acting as its government ("Beijing said") is an actor, not a place;
every other toponym is resolved offline by ``places_gazetteer`` and ranked with
the article's other places as context.
"""

from __future__ import annotations

import functools
import re

from newsgraph.actors.kb import knowledge_base, norm
from newsgraph.actors.stage import article_actors
from newsgraph.extract.places_gazetteer import Candidate, gazetteer
from newsgraph.model import Actor, Article, Entity, Place
from newsgraph.nlp import DATELINE  # "HANOI, Vietnam (AP) — ", "NEW DELHI: ", "Nairobi – ", the parse's segment
from newsgraph.pipeline import note_drop, stage

PLACE_LABELS = ("GPE", "LOC", "FAC")


@functools.lru_cache(maxsize=1)
def feature_pattern() -> re.Pattern[str]:
    """Regex for our own feature names (seas, straits, regions) that the recogniser may miss."""
    from newsgraph.extract.places_gazetteer import FEATURES

    names: set[str] = set()
    for line in FEATURES.read_text(encoding="utf-8").splitlines()[2:]:
        name, aliases = (line.split("\t") + [""])[:2]
        names.update(n for n in [name, *aliases.split("|")] if len(n) > 3)
    alternation = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    # the names' first characters, looked ahead for: a word that starts with none of them (most words) is turned
    # down at once instead of being tried against each of the hundreds of names (a sixth of the scan's time)
    starts = "".join(sorted({re.escape(n[0]) for n in names}))
    return re.compile(rf"\b(?=[{starts}])(?:{alternation})\b")


def dateline(text: str) -> list[tuple[int, int, str]]:
    """The place names of a news dateline at the start of the text that the gazetteer knows."""
    match = DATELINE.match(text)
    if match is None:
        return []
    regions = gazetteer().candidates(match.group("region")) if match.group("region") else []
    known_town = bool(gazetteer().candidates(match.group("city")))
    parts = [(match.start("city"), match.end("city"), "DATELINE")] if known_town else []
    if regions and (parts or any(c.kind in ("admin", "country") for c in regions)):
        # "MAPLE FALLS, Ohio —": a town the gazetteer lacks, in a state or country it knows
        parts.append((match.start("region"), match.end("region"), "DATELINE"))
    return parts


def toponyms(article: Article) -> list[tuple[int, int, str]]:
    """(start, end, label) of toponym candidates: dateline, place entities, then feature names not covered."""
    found = dateline(article.text)
    limit = found[-1][1] if found else 0
    found += [(e.start, e.end, e.label) for e in article.entities if e.label in PLACE_LABELS and e.start >= limit]
    found += [(e.start, e.end, "LOC") for e in article.entities
              if e.label in ("ORG", "PERSON") and e.start >= limit and _place_called_org(article, e)]
    named = [(e.start, e.end) for e in article.entities if e.label in ("PERSON", "ORG", "FAC", "EVENT", "LAW")]
    for match in feature_pattern().finditer(article.text):
        if any(s < match.end() and match.start() < e for s, e, _ in found):
            continue
        if " " not in match.group() and not _lone_proper_noun(article, match.start(), match.end(), named):
            continue
        found.append((match.start(), match.end(), "LOC"))
    return sorted(found)


LOCATIVE_BEFORE = {"in", "at", "from", "to", "near", "on", "into", "across", "outside", "inside", "around"}


def _place_called_org(article: Article, entity: Entity) -> bool:
    """An 'organisation' or 'person' that is a place the recogniser mislabelled ("on Okinawa", "in Toulouse")."""
    if knowledge_base().org(entity.text):
        return False
    candidates = gazetteer().candidates(entity.text, exact=True)
    if entity.label == "ORG" and any(c.kind != "city" and c.lat is not None for c in candidates):
        return True
    big_city = any(c.kind == "city" and c.population >= 100_000 for c in candidates)
    before = article.text[max(0, entity.start - 12):entity.start].split()
    after = article.text[entity.end:entity.end + 7]
    return big_city and (after.startswith("-based") or bool(before and before[-1].lower() in LOCATIVE_BEFORE))


def _lone_proper_noun(article: Article, start: int, end: int, named: list[tuple[int, int]]) -> bool:
    """A one-word feature name counts when it is a proper noun outside any other name ("on Okinawa")."""
    if any(s < end and start < e for s, e in named) or article.doc is None:
        return False
    span = article.doc.char_span(start, end)
    return span is not None and all(t.pos_ == "PROPN" for t in span)


def to_place(start: int, end: int, text: str, cand: Candidate) -> Place:
    """A gazetteer candidate as the record's Place."""
    return Place(start, end, text, cand.name, cand.country, cand.lat, cand.lon, cand.geonameid, cand.kind)


def resolve_places(article: Article) -> list[Place]:
    """Two passes: unambiguous names first, then the rest ranked with the first pass as context."""
    gaz = gazetteer()
    kb = knowledge_base()
    resolved = article_actors(article)
    mentions = []
    for start, end, label in toponyms(article):
        text = article.text[start:end]
        mention = resolved.by_span.get((start, end))
        if mention is not None and mention.agent:
            note_drop(article, "places", "capital_as_actor")
            continue
        if label == "FAC" and not gaz.candidates(text):
            continue
        if kb.org(text) and not gaz.candidates(text):
            note_drop(article, "places", "organisation")
            continue
        mentions.append((start, end, text))
    countries: set[str] = set()
    points: list[tuple[float, float]] = []
    for _, _, text in mentions:
        ranked = gaz.rank(text)
        if len(ranked) == 1 or (ranked and ranked[0][1].kind == "country"):
            cand = ranked[0][1]
            if cand.country:
                countries.add(cand.country)
            if cand.lat is not None and cand.kind != "country":
                points.append((cand.lat, cand.lon or 0.0))
    places = []
    for start, end, text in mentions:
        chosen = resolved.by_span.get((start, end))
        if chosen is not None and chosen.by_context:  # the actors' reading of the article's places decided
            actor = chosen.actor
            found = next((c for c in gaz.candidates(text) if actor is not None and c.country == actor.country), None)
        else:
            found = gaz.best(text, countries, points)
        if found is None:
            found = gaz.best(norm(text).rsplit(" ", 1)[-1]) if " " in text and text.endswith(("City", "city")) else None
        if found is None:
            note_drop(article, "places", "not_in_gazetteer")
            continue
        places.append(to_place(start, end, text, found))
    return places


def sync_entity_actors(article: Article) -> None:
    """A place name's entity actor takes the country the places stage chose with the article's context."""
    resolved = article_actors(article)
    by_span = {(p.start, p.end): p for p in article.places}
    for entity in article.entities:
        place = by_span.get((entity.start, entity.end))
        if place is None or not place.country:
            continue
        chosen = resolved.by_span.get((entity.start, entity.end))
        if chosen is not None and chosen.by_context:
            continue  # the actors' reading of the article's places ("London, Ontario") stands
        actor = entity.actor
        if actor is None or (actor.sector is None and actor.country != place.country):
            entity.actor = Actor(place.name if place.kind == "country" else entity.text, place.country, None)
            mention = resolved.by_span.get((entity.start, entity.end))
            if mention is not None and not mention.agent:
                mention.actor = entity.actor


@stage("places")
def places(articles: list[Article]) -> None:
    for article in articles:
        article.places = resolve_places(article)
        sync_entity_actors(article)
