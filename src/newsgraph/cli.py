"""The `newsgraph` command: each command is a thin wrapper over a plain function.

Commands of later stages live in ``newsgraph.commands``: every module there is
imported at the end of this file and adds its commands to ``app``.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="News in; events, quotes, claims, dates and places out, each with its evidence.",
                  no_args_is_help=True, add_completion=False)

Paths = Annotated[list[str], typer.Argument(help="Files, folders (walked recursively), .warc/.warc.gz, or - for stdin")]
InputFormat = Annotated[str, typer.Option("--input-format", help="auto|html|text|jsonl|warc")]
Published = Annotated[
    str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) for inputs without one")]
DbOption = Annotated[Path, typer.Option("--db", help="SQLite database file")]


def _check_format(value: str) -> str:
    from newsgraph.ingest.readers import INPUT_FORMATS

    if value not in INPUT_FORMATS:
        raise typer.BadParameter(f"--input-format must be one of {', '.join(INPUT_FORMATS)}")
    return value


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(message)s")


@app.command()
def extract(
    paths: Paths,
    output_format: Annotated[str, typer.Option("--format", help="Output format (jsonl)")] = "jsonl",
    input_format: InputFormat = "auto",
    published: Published = None,
) -> None:
    """Extract one record per article to stdout as JSON Lines."""
    from newsgraph.run import extract_records, write_jsonl

    if output_format != "jsonl":
        raise typer.BadParameter("--format must be jsonl")
    total, errors = write_jsonl(extract_records(paths, _check_format(input_format), published), sys.stdout)
    if total == 0 or errors == total:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Paths,
    db: DbOption = Path("newsgraph.db"),
    input_format: InputFormat = "auto",
    published: Published = None,
) -> None:
    """Extract and store articles in SQLite; the same article twice keeps one copy."""
    from newsgraph.run import extract_records
    from newsgraph.store.db import connect, write_records

    conn = connect(db)
    counts = write_records(conn, extract_records(paths, _check_format(input_format), published))
    typer.echo(" ".join(f"{k}={v}" for k, v in counts.items()), err=True)
    if sum(counts.values()) == 0 or counts["error"] == sum(counts.values()):
        raise typer.Exit(1)


@app.command()
def stats(db: DbOption = Path("newsgraph.db")) -> None:
    """Print row counts of the database."""
    from newsgraph.store.db import connect
    from newsgraph.store.db import stats as db_stats

    for key, value in db_stats(connect(db)).items():
        typer.echo(f"{key:24} {value}")


@app.command()
def export(
    out: Annotated[Path, typer.Argument(help="Output file")],
    db: DbOption = Path("newsgraph.db"),
    output_format: Annotated[str, typer.Option("--format", help="parquet|jsonl")] = "parquet",
) -> None:
    """Export every stored record as Parquet or JSON Lines."""
    from newsgraph.run import write_jsonl
    from newsgraph.store.db import connect, iter_records
    from newsgraph.store.parquet import write_parquet

    conn = connect(db)
    if output_format == "parquet":
        count = write_parquet(iter_records(conn), out)
    elif output_format == "jsonl":
        with out.open("w", encoding="utf-8") as fh:
            count, _ = write_jsonl(iter_records(conn), fh)
    else:
        raise typer.BadParameter("--format must be parquet or jsonl")
    typer.echo(f"exported {count} records to {out}", err=True)


@app.command("eval")
def eval_command(
    names: Annotated[list[str] | None, typer.Argument(help="Evaluations to run (default: all)")] = None,
    limit: Annotated[int | None, typer.Option(help="Only the first N items of each dev set")] = None,
    check: Annotated[bool, typer.Option("--check/--no-check", help="Fail when a score is below its floor")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON")] = False,
) -> None:
    """Score the dev sets and compare with the floors in eval_baseline.json."""
    from newsgraph import evaluation
    from newsgraph.devdata import MISSING_MESSAGE, shared_dir

    shared = shared_dir()
    if shared is None:
        typer.echo(MISSING_MESSAGE, err=True)
        raise typer.Exit(0)
    available = evaluation.evaluations()
    chosen = names or list(available)
    unknown = [n for n in chosen if n not in available]
    if unknown:
        raise typer.BadParameter(f"unknown evaluation(s) {unknown}; known: {sorted(available)}")
    baseline = evaluation.load_baseline()
    failed = []
    results = {}
    for name in chosen:
        scores = available[name](shared, limit)
        results[name] = scores
        checks = evaluation.check(name, scores, baseline)
        if not as_json:
            typer.echo(f"== {name}")
            floors = {c.metric: c for c in checks}
            for metric, value in scores.items():
                c = floors.get(metric)
                mark = "" if c is None else f"   floor {c.floor:.3f} {'ok' if c.ok else 'BELOW FLOOR'}"
                typer.echo(f"  {metric:28} {value:.4f}{mark}" if isinstance(value, float) else f"  {metric:28} {value}")
        failed += [c for c in checks if not c.ok]
    if as_json:
        typer.echo(json.dumps(results, indent=2))
    if check and failed and limit is None:
        for c in failed:
            typer.echo(f"REGRESSION {c.evaluation}.{c.metric}: {c.score:.4f} < floor {c.floor:.4f}", err=True)
        raise typer.Exit(1)


@app.command()
def summary(db: DbOption = Path("newsgraph.db")) -> None:
    """Print a table of the stored articles and what was found in each."""
    from newsgraph.store.db import connect
    from newsgraph.store.summary import summary_table

    typer.echo(summary_table(connect(db)))


def _load_command_modules() -> None:
    import importlib
    import pkgutil

    from newsgraph import commands

    for info in pkgutil.iter_modules(commands.__path__):
        importlib.import_module(f"{commands.__name__}.{info.name}")


_load_command_modules()

if __name__ == "__main__":
    app()
