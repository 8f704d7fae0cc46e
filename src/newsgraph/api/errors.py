"""One error shape for every error the API returns: ``{"error": {"status", "code", "message", "details"}}``."""

from __future__ import annotations

import logging
import sqlite3
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph.store.queries import UnknownSort

log = logging.getLogger(__name__)

CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 422: "invalid_request",
         500: "internal_error", 503: "query_timeout"}


def error_response(status: int, message: str, details: list[dict[str, Any]] | None = None,
                   code: str | None = None) -> JSONResponse:
    """Build the one error body; the code defaults to a name for the HTTP status."""
    code = code or CODES.get(status) or HTTPStatus(status).phrase.lower().replace(" ", "_")
    body = {"error": {"status": status, "code": code, "message": message, "details": details or []}}
    return JSONResponse(body, status_code=status)


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Where and why a request was invalid, without echoing the (possibly huge) input back."""
    return [{"loc": [str(p) for p in err.get("loc", ())], "msg": str(err.get("msg", "")),
             "type": str(err.get("type", ""))} for err in exc.errors()]


def install_error_handlers(app: FastAPI) -> None:
    """Route every kind of failure (HTTP, validation, bad sort, slow query, crash) to the one shape."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        return error_response(exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, "invalid request parameters", _validation_details(exc))

    @app.exception_handler(UnknownSort)
    async def unknown_sort(request: Request, exc: UnknownSort) -> JSONResponse:
        return error_response(422, str(exc), [{"loc": ["query", "sort"], "msg": str(exc), "type": "enum"}])

    @app.exception_handler(sqlite3.OperationalError)
    async def database_error(request: Request, exc: sqlite3.OperationalError) -> JSONResponse:
        if "interrupted" in str(exc):
            return error_response(503, "the query took too long; narrow the filters")
        log.exception("database error on %s", request.url.path)
        return error_response(500, "internal error")

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(500, "internal error")
