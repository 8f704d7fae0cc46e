"""The newsgraph record (../shared/SCHEMA.md) as dataclasses.

Every item carries ``start``/``end`` code-point offsets into ``Article.text``;
``Article.text`` never changes after ingest.  ``to_dict`` gives exactly the
JSON shape of the contract; ``from_dict`` reads it back.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA_VERSION = 1

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Actor:
    name: str
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str
    actor: Actor | None = None


@dataclass(slots=True)
class Speaker:
    start: int
    end: int
    text: str
    name: str
    actor: Actor | None = None


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    direct: bool
    speaker: Speaker | None = None
    cue: Span | None = None


@dataclass(slots=True)
class Participant:
    start: int
    end: int
    text: str
    actor: Actor


@dataclass(slots=True)
class Place:
    start: int
    end: int
    text: str
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    kind: str = "other"


@dataclass(slots=True)
class SentenceRef:
    start: int
    end: int


@dataclass(slots=True)
class Event:
    type: str
    trigger: Span
    sentence: SentenceRef
    mode: str | None = None
    negated: bool = False
    source: Participant | None = None
    target: Participant | None = None
    date: str | None = None
    place: Place | None = None
    cameo: str | None = None
    confidence: float = 0.5


@dataclass(slots=True)
class ClaimSource:
    start: int
    end: int
    text: str
    actor: Actor | None = None


@dataclass(slots=True)
class Claim:
    start: int
    end: int
    text: str
    value: float
    unit: str
    kind: str = "count"
    currency: str | None = None
    approximate: bool = False
    change: str | None = None
    subject: Span | None = None
    source: ClaimSource | None = None
    time: str | None = None


@dataclass(slots=True)
class TimeExpr:
    start: int
    end: int
    text: str
    value: str
    type: str = "DATE"


@dataclass(slots=True)
class Error:
    code: str
    message: str


RECORD_LISTS = ("entities", "quotes", "events", "claims", "dates", "places")


@dataclass(slots=True)
class Article:
    """One article on its way through the pipeline.

    The fields up to ``error`` are the record; the rest are working state that
    never reaches the output (the spaCy doc, the raw input, an offset map).
    """

    id: str
    text: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str = "en"
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    dates: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    error: Error | None = None
    # working state, not serialised
    doc: Any = field(default=None, repr=False, compare=False)
    offset_map: list[int] | None = field(default=None, repr=False, compare=False)
    context: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def fail(self, code: str, message: str) -> Article:
        """Turn this article into an error record: empty lists, the error set."""
        self.error = Error(code, message)
        self.text = ""
        for name in RECORD_LISTS:
            setattr(self, name, [])
        self.doc = None
        return self

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {"schema": SCHEMA_VERSION}
        for f in fields(self):
            if f.name in ("doc", "offset_map", "context"):
                continue
            value = getattr(self, f.name)
            if f.name in RECORD_LISTS:
                record[f.name] = [plain(item) for item in value]
            elif f.name == "error":
                record[f.name] = plain(value) if value is not None else None
            else:
                record[f.name] = value
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Article:
        """Rebuild an article from its record (the inverse of ``to_dict``)."""
        article = cls(id=record["id"])
        for name in ("text", "url", "title", "published", "source", "language"):
            if name in record:
                setattr(article, name, record[name])
        article.authors = list(record.get("authors") or [])
        article.entities = [_entity(e) for e in record.get("entities") or []]
        article.quotes = [_quote(q) for q in record.get("quotes") or []]
        article.events = [_event(e) for e in record.get("events") or []]
        article.claims = [_claim(c) for c in record.get("claims") or []]
        article.dates = [TimeExpr(**d) for d in record.get("dates") or []]
        article.places = [Place(**p) for p in record.get("places") or []]
        if record.get("error"):
            article.error = Error(**record["error"])
        return article


def plain(value: Any) -> Any:
    """``dataclasses.asdict`` for the record's items: dataclasses become dicts, field by field and nested ones
    too; their other values (strings, numbers, booleans, None) are kept as they are, where ``asdict`` deep-copies
    each one (a quarter of the record building's time). Lists and tuples are rebuilt, as ``asdict`` does."""
    if hasattr(type(value), "__dataclass_fields__"):
        return {name: plain(getattr(value, name)) for name in value.__dataclass_fields__}
    if isinstance(value, (list, tuple)):
        return type(value)(plain(item) for item in value)
    return value


def _actor(data: dict[str, Any] | None) -> Actor | None:
    return Actor(**data) if data else None


def _entity(data: dict[str, Any]) -> Entity:
    return Entity(**{**data, "actor": _actor(data.get("actor"))})


def _quote(data: dict[str, Any]) -> Quote:
    speaker = data.get("speaker")
    cue = data.get("cue")
    return Quote(
        start=data["start"], end=data["end"], text=data["text"], direct=data["direct"],
        speaker=Speaker(**{**speaker, "actor": _actor(speaker.get("actor"))}) if speaker else None,
        cue=Span(**cue) if cue else None,
    )


def _participant(data: dict[str, Any] | None) -> Participant | None:
    if not data:
        return None
    return Participant(data["start"], data["end"], data["text"], Actor(**data["actor"]))


def _event(data: dict[str, Any]) -> Event:
    return Event(
        type=data["type"], trigger=Span(**data["trigger"]), sentence=SentenceRef(**data["sentence"]),
        mode=data.get("mode"), negated=data.get("negated", False),
        source=_participant(data.get("source")), target=_participant(data.get("target")),
        date=data.get("date"), place=Place(**data["place"]) if data.get("place") else None,
        cameo=data.get("cameo"), confidence=data.get("confidence", 0.5),
    )


def _claim(data: dict[str, Any]) -> Claim:
    src = data.get("source")
    subj = data.get("subject")
    return Claim(**{
        **data,
        "subject": Span(**subj) if subj else None,
        "source": ClaimSource(**{**src, "actor": _actor(src.get("actor"))}) if src else None,
    })


def stable_id(url: str | None, text: str) -> str:
    """The caller's id is used when given; otherwise a hash of the canonical URL, else of the text."""
    from newsgraph.ingest.urls import canonical_url

    basis = canonical_url(url) if url else text
    return hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def iter_spans(record: dict[str, Any]):
    """Yield (path, span dict) for every span in a record, nested ones included."""
    def walk(node: Any, path: str):
        if isinstance(node, dict):
            if {"start", "end", "text"} <= node.keys():
                yield path, node
            for key, value in node.items():
                yield from walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, f"{path}[{i}]")

    for name in RECORD_LISTS:
        yield from walk(record.get(name) or [], name)
