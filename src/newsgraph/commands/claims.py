"""`newsgraph claims`: the claims ledger, one quantity across articles and sources over time."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli import app


@app.command("claims")
def claims_command(
    db: Annotated[Path, typer.Option("--db", help="SQLite database file")] = Path("newsgraph.db"),
    subject: Annotated[str | None, typer.Option("--subject", help="Whose quantity, e.g. China")] = None,
    unit: Annotated[str | None, typer.Option("--unit", help="What is counted, e.g. warheads")] = None,
    tolerance: Annotated[float, typer.Option("--tolerance",
                                             help="Relative difference that counts as a disagreement")] = 0.10,
) -> None:
    """List the same quantity across articles and sources over time and flag where they disagree."""
    from newsgraph.store.db import connect
    from newsgraph.store.ledger import claim_ledger, format_ledger

    if not db.exists():
        raise typer.BadParameter(f"no database at {db}", param_hint="--db")
    typer.echo(format_ledger(claim_ledger(connect(db, readonly=True), subject, unit, tolerance)))
