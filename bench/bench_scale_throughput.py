"""Throughput of `newsgraph run` from HTML, against bare spaCy `nlp.pipe` on the same texts, in one run.

    .venv/bin/python bench/bench_scale_throughput.py [--limit 120] [--rounds 1] [--stages parse,entities,...]

The pages of ../shared/data/article-extraction are packed into a temporary WARC.
Printed figures (wall clock, and per CPU-second so that other load on the
machine matters less):

- bare:      the stock spaCy model's ``nlp.pipe`` (its default pipeline, as spaCy ships it) over the
             extracted texts, in this process, measured before and after the runs, each time on a freshly
             loaded model (cold caches, as in a new worker; the mean is used and both are printed, since
             other jobs on the machine move them);
- newsgraph's model: the same texts through ``nlp.load()``, which adds the line-break component and
             swaps the attribute ruler for the lookup one (same annotations, less time; see nlp.py);
- run w=1:   `newsgraph run` end to end from the WARC with 1 worker (pool start and model load included);
- run w=2:   the same with 2 workers;
- cold:      like for like from a cold start, each in a fresh process whose CPU includes the processes it
             waited for: bare spaCy as a user runs it (interpreter, ``import spacy``, ``spacy.load`` of the stock
             model, ``nlp.pipe`` over the same texts; before and after the runs, mean) against the
             ``newsgraph run`` command from the WARC with 1 and 2 workers (pool start, imports, model loads and
             the first batch's lazy loads included);
- ratios:    1 worker / bare spaCy three ways, labelled: steady (both without start-up; start-up measured in
             wall clock and CPU by a run of 2 pages just before), cold (the like-for-like pair above), and the
             harsher "ours with start-up / bare steady"; then 2 workers / bare and 2 workers / 1 worker.
- rounds:    with ``--rounds N`` the whole measure repeats N times (bare spaCy is measured afresh around each
             round's runs) and each ratio's median over the rounds is printed with every round's value: the
             machine's own speed drifts by up to a quarter within minutes, and one round's ratio moves with it.

On the shared 2-CPU development machine with other jobs running (load average 2-4) a single run
moves by about +-0.1 even per CPU-second, and 2 workers cannot get 2 CPUs, so the 2 / 1 worker
ratio says little there (0.5x to 2.1x seen). Runs of 2026-11-28 (181 pages), 1 worker / stock
spaCy per CPU-s, steady and with start-up: before this session's changes 0.81/0.70 (while other
profiling ran), 0.69/0.62 and 0.62/0.54 with this script (0.58/0.53 and 0.75/0.65 with the previous
one, whose bare spaCy was newsgraph's model); after 0.76/0.67, 0.80/0.69 and 0.80/0.69.
Runs of 2026-11-29 with the cold pair, after workers fork from a warm server and the quote-stage fix,
all at load average 2-6 (other helpers' evals): 1 worker / bare per CPU-s steady, cold, harsher:
120 pages 0.73/0.69/0.63 (load 5.1) and 0.77/0.66/0.63 (load 2.6); 181 pages 0.72/0.63/0.64
(load 4.2). 2 / 1 worker wall, steady and cold: 0.69/0.97, 1.01/1.03, 1.20/0.95 (2 CPUs not free).
Runs of 2026-11-29 (second session: faster lemmatizer, ruler filing, quote-stage and html_depth loops,
lazy loads moved into warm-up, gazetteer cache), 120 pages, steady/cold/harsher, then 2 / 1 workers
wall steady/cold: load 2.8-3.2: 0.82/0.73/0.67, 1.65/1.02; load 3.0-1.8: 0.82/0.80/0.67, 2.19/1.54;
load 1.7-1.2: 0.98/0.80/0.83, 1.71/1.39; load 1.6-2.1: 0.98/0.62/0.84, 1.01/1.56 (one slow cold run).
Same code on a quiet machine (no other job): load 0.8-1.2: 0.92/0.65/0.72, 1.66/1.55; load 1.1-1.2:
0.80/0.82/0.68, 1.87/1.54; with --batch-size 8, load 1.1-1.2: 0.96/0.76/0.76, 1.76/1.59. Two workers used
2-14% more CPU per text than one (4.85 against 4.17 texts/CPU-s in the last run): the two virtual CPUs slow
each other, which bounds 2 / 1 workers at about 1.7-1.95 here whatever the engine does. After the language
model cache (load 1.1-1.2, quiet): 0.90/0.76/0.71, 1.82/1.87.
Third session of 2026-11-29 (collector paused in warm-up, freeze without a collection, actor and ruler
loops), other helpers running: at its start, load 1.3-1.8: 0.99/0.67/0.85, 1.72/1.78 (start-up 4.4 CPU-s);
at its end, load 2.0-2.3: 0.86/0.83/0.77, 1.17/0.95 (start-up 3.9 CPU-s; the events stage had grown
in between, and 2 workers did not get 2 CPUs).
Same code after the helpers stopped: load 0.8-1.4 (a reviewer reading): 0.96/0.84/0.79, 1.55/1.31;
quiet, load 0.0-1.1: 0.96/0.79/0.82, 1.55/1.51 (2 workers 4.09 against 4.95 texts/CPU-s for one).
Fourth session (a shard's ingest and stage batches in one stream, shrinking last batches), quiet: 120 pages
0.81/0.70/0.70, 2 / 1 workers 1.90/1.79 (before the change 0.82/0.73/0.72, 2.08/1.76); 181 pages
0.74/0.77/0.70, 2.26/1.69; see docs/extraction.md.
Fifth session (worker CPU outside spaCy cut by about a sixth), quiet, 120 pages, --rounds 3, medians:
steady/cold/harsher 0.93/0.83/0.81, 2 / 1 workers steady/cold/with start-up 1.81/1.61/1.75.
``bench_scale_ceiling.py`` puts the 2 / 1 figure beside what two CPUs give this workload here at all.
``bench_worker_parts.py`` shows where a worker's CPU goes; docs/extraction.md ("Throughput from
HTML") has the part-by-part figures.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import spacy

from newsgraph import nlp
from newsgraph.devdata import data_path
from newsgraph.extract.parse import detect_language
from newsgraph.ingest.readers import article_from_html
from newsgraph.pipeline import STAGE_ORDER
from newsgraph.scale.runner import RunOptions, run
from newsgraph.scale.synthetic import write_warc

STARTUP_PAGES = 2  # a run this small measures the fixed cost: worker start and model load
# bare spaCy as a user runs it cold: a fresh interpreter that imports spaCy, loads the stock model, pipes the texts
BARE_COLD = ("import json, sys\n"
             "import spacy\n"
             "texts = json.loads(open(sys.argv[1], encoding='utf-8').read())\n"
             "model = spacy.load(sys.argv[2])\n"
             "for _ in model.pipe(texts):\n"
             "    pass\n")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def stock_model(texts: list[str]) -> Any:
    """A freshly loaded stock model (cold caches, as in a new worker), run once on a few texts."""
    model = spacy.load(nlp.model_name())
    list(model.pipe(texts[:4]))
    return model


def pipe_time(model: Any, texts: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of ``model.pipe`` over the texts."""
    wall, cpu = time.perf_counter(), self_cpu()
    list(model.pipe(texts))
    return time.perf_counter() - wall, self_cpu() - cpu


def fresh_process(command: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of ``command`` run in a fresh process, with the CPU of the processes it waited for."""
    wall, cpu = time.perf_counter(), children_cpu()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{command[0]} failed: {done.stderr[-2000:]}")
    return time.perf_counter() - wall, children_cpu() - cpu


def bare_cold(texts_file: Path) -> tuple[float, float]:
    """(wall, CPU) of bare spaCy from a cold start: interpreter, ``import spacy``, model load, ``pipe``."""
    return fresh_process([sys.executable, "-c", BARE_COLD, str(texts_file), nlp.model_name()])


def run_cold(warc: Path, out: Path, workers: int, batch_size: int, stages: tuple[str, ...]) -> tuple[float, float]:
    """(wall, CPU) of ``newsgraph run`` in a fresh process: pool start, imports, model loads, first-batch loads."""
    command = [str(Path(sys.executable).with_name("newsgraph")), "run", str(warc), "--out", str(out),
               "--workers", str(workers), "--batch-size", str(batch_size), "--stages", ",".join(stages) or "none",
               "--no-progress"]
    return fresh_process(command)


def load_pages(limit: int) -> list[tuple[str, str]]:
    """(url, html) of the first ``limit`` benchmark pages that yield English article text."""
    folder = data_path("article-extraction")
    if folder is None:
        sys.exit("article-extraction data not found (../shared/data); nothing to measure")
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        pages.append((truth[page_id]["url"], html))
        if len(pages) >= limit:
            break
    return pages


def english_texts(pages: list[tuple[str, str]]) -> list[str]:
    """The extracted texts of the pages the pipeline parses (English article text)."""
    texts = []
    for url, html in pages:
        try:
            text = article_from_html(html, url=url).text
        except Exception:  # noqa: BLE001 - pages that are not articles are errors in the run too
            continue
        if detect_language(text) == "en":
            texts.append(text)
    return texts


def in_process_runs(pages: list[tuple[str, str]], english: int, tmp: Path, batch_size: int,
                    stages: tuple[str, ...]) -> dict[str, tuple[float, ...]]:
    """Runs from this process, 1 and 2 workers: (texts/s, texts/CPU-s) with and without the start-up."""
    figures = {}
    warc, start_warc = tmp / "pages.warc.gz", tmp / "start.warc.gz"
    write_warc(warc, pages)
    write_warc(start_warc, pages[:STARTUP_PAGES])
    for workers in (1, 2):
        options = RunOptions(workers=workers, batch_size=batch_size, stages=stages, progress=False)
        startup, startup_cpu = time.perf_counter(), self_cpu() + children_cpu()
        run([str(start_warc)], tmp / f"start{workers}", options)
        startup, startup_cpu = time.perf_counter() - startup, self_cpu() + children_cpu() - startup_cpu
        wall, cpu, child = time.perf_counter(), self_cpu(), children_cpu()
        summary = run([str(warc)], tmp / f"w{workers}", options)
        elapsed = time.perf_counter() - wall
        driver = self_cpu() - cpu
        used = driver + children_cpu() - child
        # rates per English article (the texts bare spaCy parsed); the other pages cost HTML extraction only
        share = 1 - STARTUP_PAGES / len(pages)  # the part of the work the start-up run did not do
        steady = english * share / max(1e-9, elapsed - startup)
        steady_cpu = english * share / max(1e-9, used - startup_cpu)
        figures[f"w{workers}"] = (english / elapsed, english / used, steady, steady_cpu)
        print(f"run --workers {workers}       {english / elapsed:7.2f} texts/s wall   {english / used:7.2f} texts/CPU-s"
              f"   {steady:7.2f} texts/s and {steady_cpu:.2f} texts/CPU-s without start-up ({summary.processed} "
              f"pages, errors {dict(summary.errors)}, {elapsed:.1f} s, start-up {startup:.1f} s and "
              f"{startup_cpu:.1f} CPU-s; driver {driver / used:.1%} of the CPU)")
    return figures


def cold_runs(pages: list[tuple[str, str]], texts: list[str], tmp: Path, batch_size: int,
              stages: tuple[str, ...]) -> dict[str, tuple[float, float]]:
    """Like for like from a cold start: bare spaCy (before and after, mean) and `newsgraph run` with 1 and 2 workers,
    each in a fresh process; (texts/s, texts/CPU-s) per English text."""
    texts_file, warc = tmp / "texts.json", tmp / "cold.warc.gz"
    texts_file.write_text(json.dumps(texts), encoding="utf-8")
    write_warc(warc, pages)
    times = {"bare before": bare_cold(texts_file)}
    for workers in (1, 2):
        times[f"w{workers}"] = run_cold(warc, tmp / f"cold{workers}", workers, batch_size, stages)
    times["bare after"] = bare_cold(texts_file)
    for name, (wall, cpu) in times.items():
        print(f"cold {name:<12} {wall:6.1f} s wall {cpu:6.1f} CPU-s   {len(texts) / wall:5.2f} texts/s   "
              f"{len(texts) / cpu:5.2f} texts/CPU-s")
    rates = {name: (len(texts) / wall, len(texts) / cpu) for name, (wall, cpu) in times.items()}
    rates["bare"] = tuple((a + b) / 2 for a, b in zip(rates["bare before"], rates["bare after"], strict=True))
    return rates


RATIOS = ("1w/bare CPU steady", "1w/bare CPU cold", "1w/bare CPU harsher", "2w/1w wall steady", "2w/1w wall cold",
          "2w/1w wall start-up")  # 1 worker / bare per CPU-s; 2 / 1 workers in wall clock


def ratio(label: str, ours: tuple[float, ...], bare: tuple[float, ...]) -> None:
    """Print ours / bare of (texts/s, texts/CPU-s)."""
    print(f"  {label:<50} {ours[1] / bare[1]:.2f}x per CPU-s   {ours[0] / bare[0]:.2f}x wall")


def measure_round(pages: list[tuple[str, str]], texts: list[str], batch_size: int,
                  stages: tuple[str, ...]) -> dict[str, float]:
    """One round: bare spaCy, the in-process runs, bare spaCy again, then the cold runs; its ratios by name."""
    bare_times = [pipe_time(stock_model(texts), texts)]
    with tempfile.TemporaryDirectory() as folder:
        figures = in_process_runs(pages, len(texts), Path(folder), batch_size, stages)
        bare_times.append(pipe_time(stock_model(texts), texts))
        cold = cold_runs(pages, texts, Path(folder), batch_size, stages)
    walls, cpus = [len(texts) / w for w, _ in bare_times], [len(texts) / c for _, c in bare_times]
    bare = (sum(walls) / 2, sum(cpus) / 2)
    print(f"bare spaCy nlp.pipe   {bare[0]:7.2f} texts/s wall   {bare[1]:7.2f} texts/CPU-s "
          f"(stock model already loaded, mean of before and after the runs: {cpus[0]:.2f} and {cpus[1]:.2f} "
          f"texts/CPU-s)")
    one, two = figures["w1"], figures["w2"]
    print("1 worker / bare spaCy:")
    ratio("steady, both without start-up", (one[2], one[3]), bare)
    ratio("cold, both from a fresh process (like for like)", cold["w1"], cold["bare"])
    ratio("harsher: ours with start-up / bare steady", (one[0], one[1]), bare)
    print(f"2 workers / bare spaCy: {two[3] / bare[1]:.2f}x per CPU-s and {two[2] / bare[0]:.2f}x wall steady, "
          f"{cold['w2'][1] / cold['bare'][1]:.2f}x per CPU-s and {cold['w2'][0] / cold['bare'][0]:.2f}x wall cold, "
          f"{two[0] / bare[0]:.2f}x wall with start-up against bare steady")
    print(f"2 workers / 1 worker, wall: {two[2] / one[2]:.2f}x steady   {cold['w2'][0] / cold['w1'][0]:.2f}x cold   "
          f"{two[0] / one[0]:.2f}x in this process with start-up (load average now {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} CPUs)")
    values = (one[3] / bare[1], cold["w1"][1] / cold["bare"][1], one[1] / bare[1],
              two[2] / one[2], cold["w2"][0] / cold["w1"][0], two[0] / one[0])
    return dict(zip(RATIOS, values, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=120)
    parser.add_argument("--stages", default=",".join(STAGE_ORDER))
    # 120 pages in run's default batches of 32 are only 4 batches: 2 workers then wait on the last one.
    # A crawl has thousands of batches; 16 keeps 7-8 here, closer to that steady state.
    parser.add_argument("--batch-size", type=int, default=16,
                        help=f"articles per worker batch (newsgraph run's default is {RunOptions().batch_size})")
    parser.add_argument("--rounds", type=lambda text: max(1, int(text)), default=1,
                        help="repeat the whole measure; with several, each ratio's median is printed at the end")
    args = parser.parse_args()
    stages = tuple(s for s in args.stages.split(",") if s)
    pages = load_pages(args.limit)
    texts = english_texts(pages)
    chars = sum(len(t) for t in texts)
    print(f"{len(pages)} pages, {len(texts)} with English article text (parsed by bare spaCy), "
          f"{chars / max(1, len(texts)):.0f} chars on average; "
          f"stages: {','.join(stages) or 'none'}; load average {os.getloadavg()[0]:.1f}")

    ours = nlp.load()
    list(ours.pipe(texts[:4]))
    stock_cpu = pipe_time(stock_model(texts), texts)[1]
    ours_wall, ours_cpu = pipe_time(ours, texts)
    print(f"newsgraph's spaCy model {len(texts) / ours_wall:5.2f} texts/s wall {len(texts) / ours_cpu:7.2f} texts/CPU-s"
          f" ({stock_cpu / ours_cpu:.2f}x the stock model per CPU-s; "
          f"pipeline {', '.join(ours.pipe_names)}; {type(ours.get_pipe('attribute_ruler')).__name__})")
    rounds = []
    for number in range(1, args.rounds + 1):
        if args.rounds > 1:
            print(f"--- round {number} of {args.rounds}")
        rounds.append(measure_round(pages, texts, args.batch_size, stages))
    if args.rounds > 1:
        print(f"median of {args.rounds} rounds (each round's figures in order):")
        for name in RATIOS:
            values = [r[name] for r in rounds]
            print(f"  {name:<22} {statistics.median(values):.2f}x   ({', '.join(f'{v:.2f}' for v in values)})")


if __name__ == "__main__":
    main()
