"""`newsgraph serve`: the read-only REST API and the web UI over one database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli import app


def serve_database(db: Path, host: str = "127.0.0.1", port: int = 8000, query_timeout: float = 5.0) -> None:
    """Run the API and UI with uvicorn; loopback only unless a host is given."""
    import uvicorn

    from newsgraph.api.app import create_app

    uvicorn.run(create_app(db, query_timeout), host=host, port=port, log_level="info")


@app.command()
def serve(
    db: Annotated[Path, typer.Option("--db", help="SQLite database file (opened read-only)")] = Path("newsgraph.db"),
    host: Annotated[str, typer.Option(help="Address to bind; the default serves this machine only")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    query_timeout: Annotated[float, typer.Option(help="Seconds before a query is interrupted")] = 5.0,
) -> None:
    """Serve the REST API (docs at /docs) and the web UI (at /) read-only over a database."""
    if not db.is_file():
        typer.echo(f"no database at {db}; create one with `newsgraph ingest PATH --db {db}`", err=True)
        raise typer.Exit(2)
    serve_database(db, host, port, query_timeout)
