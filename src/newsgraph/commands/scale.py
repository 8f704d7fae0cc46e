"""`newsgraph run` (large inputs to resumable Parquet shards) and `newsgraph load` (shards into SQLite)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli import DbOption, InputFormat, Paths, Published, _check_format, app
from newsgraph.store.mentions import DEFAULT_WINDOW_DAYS

OutDir = Annotated[Path, typer.Option("--out", help="Folder for the Parquet shards and manifest.json")]


def _stage_list(value: str | None) -> tuple[str, ...]:
    from newsgraph.pipeline import STAGE_ORDER

    if value is None:
        return tuple(STAGE_ORDER)
    names = tuple(n for n in value.split(",") if n and n != "none")
    unknown = [n for n in names if n not in STAGE_ORDER]
    if unknown:
        raise typer.BadParameter(f"unknown stage(s) {unknown}; known: {', '.join(STAGE_ORDER)}")
    return names


@app.command("run")
def run_command(
    paths: Paths,
    out: OutDir,
    db: Annotated[Path | None, typer.Option("--db", help="Also load the shards into this SQLite file")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Worker processes (0: in this process)")] = 2,
    engine: Annotated[str, typer.Option("--engine", help="local (multiprocessing) or ray")] = "local",
    batch_size: Annotated[int, typer.Option("--batch-size", help="Articles per worker batch")] = 32,
    shard_size: Annotated[int, typer.Option("--shard-size", help="Input units per Parquet shard")] = 1000,
    input_format: InputFormat = "auto",
    published: Published = None,
    stages: Annotated[str | None, typer.Option("--stages", help="Comma-separated stages (default all; none)")] = None,
    dedup: Annotated[bool, typer.Option("--dedup/--no-dedup", help="Skip duplicate articles")] = True,
    recycle_after: Annotated[int | None, typer.Option(help="Restart a worker after this many batches")] = None,
    ray_address: Annotated[str | None, typer.Option(help="Address of a running Ray cluster")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress")] = True,
    summary_json: Annotated[Path | None, typer.Option("--summary-json", help="Write the summary here")] = None,
) -> None:
    """Process large inputs into resumable Parquet shards (rerun the same command to resume)."""
    from newsgraph.scale.load import load_run
    from newsgraph.scale.runner import ENGINES, RunOptions, run
    from newsgraph.scale.shards import ConfigMismatch

    if engine not in ENGINES:
        raise typer.BadParameter(f"--engine must be one of {', '.join(ENGINES)}")
    if shard_size < 1 or batch_size < 1 or workers < 0:
        raise typer.BadParameter("--shard-size and --batch-size must be positive, --workers not negative")
    options = RunOptions(
        workers=workers, engine=engine, batch_size=batch_size, shard_size=shard_size,
        input_format=_check_format(input_format), published=published, stages=_stage_list(stages), dedup=dedup,
        progress=progress, recycle_after=recycle_after, ray_address=ray_address,
    )
    try:
        summary = run(paths, out, options)
    except ConfigMismatch as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    typer.echo(summary.text(), err=True)
    if summary_json is not None:
        summary_json.write_text(json.dumps(summary.as_dict(), indent=1), encoding="utf-8")
    if db is not None:
        counts = load_run(out, db)
        typer.echo("loaded: " + " ".join(f"{k}={v}" for k, v in counts.items()), err=True)
    if summary.processed + summary.resumed_articles == 0 or (summary.processed and summary.kept == 0
                                                              and sum(summary.errors.values()) == summary.processed):
        raise typer.Exit(1)


@app.command("load")
def load_command(
    out: Annotated[Path, typer.Argument(help="Output folder of `newsgraph run`")],
    db: DbOption = Path("newsgraph.db"),
    window_days: Annotated[int, typer.Option(help="Days within which the same event is one cluster")] = (
        DEFAULT_WINDOW_DAYS),
    rebuild_clusters: Annotated[bool, typer.Option(
        "--rebuild-clusters", help="Recompute every event cluster, not only those with new events")] = False,
) -> None:
    """Merge the finished shards of a run into SQLite and update the cross-article event clusters."""
    from newsgraph.scale.load import load_run

    if not (out / "manifest.json").is_file():
        raise typer.BadParameter(f"{out} has no manifest.json: not the output of `newsgraph run`")
    counts = load_run(out, db, window_days, rebuild=rebuild_clusters)
    typer.echo(" ".join(f"{k}={v}" for k, v in counts.items()), err=True)
