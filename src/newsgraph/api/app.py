"""The FastAPI app: read-only REST endpoints over the store, plus the web UI that reads them.

Every endpoint is a GET that calls one function of ``newsgraph.store.queries``; the web UI under ``/``
uses exactly these endpoints.  Errors all have the shape of ``schemas.ErrorResponse``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request, Response
from fastapi import Path as PathParam
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from newsgraph.api import schemas
from newsgraph.api.db import ReadOnlyStore
from newsgraph.api.errors import error_response, install_error_handlers
from newsgraph.model import PLOVER_TYPES
from newsgraph.store import queries
from newsgraph.store.queries import MAX_LIMIT, MAX_OFFSET, Filters, Page

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
AGGREGATE_BUDGET = 4  # aggregates over the whole store may take this many times the query timeout
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")

EventType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]


def filters(
    q: Annotated[str | None, Query(max_length=200, description="Full-text search")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Canonical actor name")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3")] = None,
    event_type: Annotated[EventType | None, Query(description="PLOVER event type")] = None,
    date_from: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]], inclusive")] = None,
    date_to: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]], inclusive")] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="Article source, e.g. koreatimes.co.kr")] = None,
) -> Filters:
    """The filters shared by every list endpoint."""
    return Filters(q=q, actor=actor, country=country, event_type=event_type,
                   date_from=date_from, date_to=date_to, outlet=outlet)


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    sort: Annotated[str | None, Query(max_length=32, description="A whitelisted column")] = None,
    order: Literal["asc", "desc"] = "desc",
) -> Page:
    """Pagination and sorting shared by every list endpoint."""
    return Page(limit=limit, offset=offset, sort=sort, order=order)


F = Annotated[Filters, Depends(filters)]
P = Annotated[Page, Depends(paging)]
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": schemas.ErrorResponse} for code in (404, 422, 500, 503)
}


def create_app(db_path: str | Path, query_timeout: float = 5.0) -> FastAPI:
    """Build the app over one SQLite file, opened read-only."""
    store = ReadOnlyStore(db_path, query_timeout)
    app = FastAPI(title="newsgraph", version="1", docs_url=None, redoc_url=None, responses=ERRORS,
                  description="Read-only access to newsgraph records: every item is pinned to its evidence span.")
    install_error_handlers(app)

    def run(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call a query function with this thread's time-boxed read-only connection."""
        with store.connection() as conn:
            return fn(conn, *args, **kwargs)

    def aggregate(fn: Callable[..., Any], *args: Any) -> Any:
        """Whole-store aggregates (actors, places, network, timeline, ledger): a longer budget, then cached."""
        return store.cached(fn, *args, timeout=query_timeout * AGGREGATE_BUDGET)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        if not request.url.path.startswith("/docs"):
            response.headers["Content-Security-Policy"] = CSP
        return response

    _register(app, run, aggregate)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="newsgraph API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    app.state.store = store
    return app


def _register(app: FastAPI, run: Callable[..., Any], aggregate: Callable[..., Any]) -> None:
    """The API routes; each is a thin wrapper over one query function."""
    @app.get("/api/articles", response_model=schemas.Page[schemas.ArticleSummary], tags=["articles"])
    def articles(f: F, p: P) -> Any:
        """Articles, newest first; with `q`, full-text hits ranked by relevance, each with a highlighted snippet.

        Sort: published, title, source, id (and relevance with `q`).
        """
        return run(queries.list_articles, f, p)

    @app.get("/api/articles/{article_id}", response_model=schemas.Record, tags=["articles"])
    def article(article_id: Annotated[str, PathParam(max_length=200)]) -> Any:
        """One article's full record: cleaned text and every item with its span."""
        record = run(queries.get_article, article_id)
        if record is None:
            return error_response(404, f"no article with id {article_id!r}")
        return record

    @app.get("/api/events", response_model=schemas.Page[schemas.EventItem], tags=["events"])
    def events(f: F, p: P) -> Any:
        """Events with actors, date, place and the sentence they come from. Sort: date, type, confidence, published."""
        return run(queries.list_events, f, p)

    @app.get("/api/events/timeline", response_model=schemas.Timeline, tags=["events"])
    def timeline(f: F) -> Any:
        """Event counts per day and type."""
        return aggregate(queries.event_timeline, f)

    @app.get("/api/network", response_model=schemas.Network, tags=["actors"])
    def network(f: F, max_edges: Annotated[int, Query(ge=1, le=500)] = 150) -> Any:
        """Who acts on whom: source -> target edges weighted by event count."""
        return aggregate(queries.actor_network, f, max_edges)

    @app.get("/api/quotes", response_model=schemas.Page[schemas.QuoteItem], tags=["quotes"])
    def quotes(f: F, p: P, speaker: Annotated[str | None, Query(max_length=200)] = None) -> Any:
        """Quotes with their speakers; `q` searches quoted words and speaker names. Sort: published, speaker."""
        return run(queries.list_quotes, f, p, speaker)

    @app.get("/api/speakers", response_model=schemas.Page[schemas.SpeakerItem], tags=["quotes"])
    def speakers(f: F, p: P) -> Any:
        """Speakers by number of quotes; `q` filters names."""
        return aggregate(queries.list_speakers, f, p)

    @app.get("/api/claims", response_model=schemas.Page[schemas.ClaimItem], tags=["claims"])
    def claims(f: F, p: P, unit: Annotated[str | None, Query(max_length=100)] = None,
               kind: Annotated[str | None, Query(max_length=20)] = None) -> Any:
        """Numeric claims. Sort: published, value, unit, subject."""
        return run(queries.list_claims, f, p, unit, kind)

    @app.get("/api/claims/ledger", response_model=schemas.LedgerPage, tags=["claims"])
    def ledger(f: F, p: P, subject: Annotated[str | None, Query(max_length=200)] = None,
               unit: Annotated[str | None, Query(max_length=100)] = None) -> Any:
        """The same quantity (subject + unit) across articles and sources, with disagreements flagged.

        `grouping` says which ledger produced the rows: `ledger` (store/ledger.py: same period, 10% apart)
        or `subject+unit` (the SQL fallback on large stores: values more than 5% apart).
        """
        return aggregate(queries.claims_ledger, f, p, subject, unit)

    @app.get("/api/actors", response_model=schemas.Page[schemas.ActorItem], tags=["actors"])
    def actors(f: F, p: P) -> Any:
        """Actors aggregated from entities, event participants and speakers. Sort: mentions, events, quotes, name."""
        return aggregate(queries.list_actors, f, p)

    @app.get("/api/places", response_model=schemas.Page[schemas.PlaceItem], tags=["places"])
    def places(f: F, p: P, kind: Annotated[str | None, Query(max_length=20)] = None) -> Any:
        """Places with coordinates and mention counts. Sort: mentions, articles, name."""
        return aggregate(queries.list_places, f, p, kind)

    @app.get("/api/outlets", response_model=list[schemas.Outlet], tags=["articles"])
    def outlets() -> Any:
        """Outlets by number of articles."""
        return aggregate(queries.list_outlets)

