"""Pydantic response models: the API's OpenAPI contract (pydantic lives only at this edge)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Model(BaseModel):
    """Base: extra fields pass through, so a field added to the record is never lost at the edge."""

    model_config = ConfigDict(extra="allow")


class ErrorBody(Model):
    status: int
    code: str
    message: str
    details: list[dict[str, Any]] = []


class ErrorResponse(Model):
    """The one shape of every error: 404, 422, 500 and the rest."""

    error: ErrorBody


class Page(Model, Generic[T]):
    items: list[T]
    limit: int
    offset: int
    next_offset: int | None


class ActorRef(Model):
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None


class ArticleRef(Model):
    title: str | None = None
    published: str | None = None
    source: str | None = None


class ArticleSummary(Model):
    id: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    language: str | None = None
    snippet: str | None = None
    n_quotes: int = 0
    n_events: int = 0
    n_claims: int = 0
    n_dates: int = 0
    n_places: int = 0


class Span(Model):
    start: int
    end: int
    text: str


class Entity(Span):
    label: str
    actor: ActorRef | None = None


class Speaker(Span):
    name: str
    actor: ActorRef | None = None


class Quote(Span):
    direct: bool
    speaker: Speaker | None = None
    cue: Span | None = None


class Participant(Span):
    actor: ActorRef


class Place(Span):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    kind: str | None = None


class SentenceRef(Model):
    start: int
    end: int


class Event(Model):
    type: str
    mode: str | None = None
    negated: bool = False
    source: Participant | None = None
    target: Participant | None = None
    date: str | None = None
    place: Place | None = None
    trigger: Span
    sentence: SentenceRef
    cameo: str | None = None
    confidence: float | None = None


class ClaimSource(Span):
    actor: ActorRef | None = None


class Claim(Span):
    value: float
    unit: str
    kind: str | None = None
    currency: str | None = None
    approximate: bool = False
    change: str | None = None
    subject: Span | None = None
    source: ClaimSource | None = None
    time: str | None = None


class TimeExpr(Span):
    value: str
    type: str


class RecordError(Model):
    code: str
    message: str


class Record(Model):
    """One article's full record, exactly as in ../shared/SCHEMA.md."""

    schema_: int | None = Field(None, alias="schema")
    id: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    authors: list[str] = []
    language: str | None = None
    text: str
    entities: list[Entity] = []
    quotes: list[Quote] = []
    events: list[Event] = []
    claims: list[Claim] = []
    dates: list[TimeExpr] = []
    places: list[Place] = []
    error: RecordError | None = None


class EventPlace(Model):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class EventSentence(SentenceRef):
    text: str | None = None


class EventItem(Model):
    article_id: str
    idx: int
    type: str
    mode: str | None = None
    negated: bool
    date: str | None = None
    day: str | None = None
    source: ActorRef | None = None
    target: ActorRef | None = None
    trigger: Span
    sentence: EventSentence
    place: EventPlace | None = None
    cameo: str | None = None
    confidence: float | None = None
    article: ArticleRef


class QuoteSpeaker(Model):
    text: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None


class QuoteItem(Span):
    article_id: str
    idx: int
    direct: bool
    speaker: QuoteSpeaker | None = None
    article: ArticleRef


class SpeakerItem(Model):
    name: str
    country: str | None = None
    sector: str | None = None
    quotes: int
    articles: int


class ClaimSourceRef(Model):
    text: str | None = None
    name: str | None = None
    country: str | None = None


class ClaimItem(Span):
    article_id: str
    idx: int
    value: float | None = None
    unit: str | None = None
    kind: str | None = None
    currency: str | None = None
    approximate: bool
    change: str | None = None
    subject: str | None = None
    time: str | None = None
    source: ClaimSourceRef | None = None
    article: ArticleRef


class LedgerPage(Page[dict[str, Any]]):
    grouping: str


class ActorItem(Model):
    name: str
    country: str | None = None
    sector: str | None = None
    mentions: int
    events: int
    quotes: int
    articles: int | None = None  # None: too many to count within the request budget


class PlaceItem(Model):
    name: str | None = None
    country: str | None = None
    kind: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    mentions: int
    articles: int


class NetworkNode(Model):
    id: str
    name: str
    country: str | None = None
    weight: int


class NetworkEdge(Model):
    source: str
    target: str
    weight: int
    types: dict[str, int]


class Network(Model):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class TimelineBucket(Model):
    date: str
    type: str
    count: int


class Timeline(Model):
    buckets: list[TimelineBucket]


class Outlet(Model):
    source: str
    articles: int
