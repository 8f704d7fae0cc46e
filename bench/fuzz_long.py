"""Long fuzz run: 100,000+ generated inputs through the readers and the whole pipeline.

Each hypothesis example is a batch: news-like and random texts with odd Unicode (read as
.txt files), each multiplied into --variants cheap mutations (odd characters spliced in,
newline styles swapped, cuts and joins; read as JSON Lines, which keeps the raw text),
a random HTML page, and in one batch of ten a mutated real page.  The files are extracted
with `newsgraph.run.extract_records`, exactly as `newsgraph extract` does.
It counts inputs, crashes (an exception out of extract_records), crashes survived
(an error record saying a stage or a parser raised) and invariant failures (not one
record per input, or a span whose text is not text[start:end]); reproducers go to --out.

Usage: nice -n 10 .venv/bin/python bench/fuzz_long.py [--inputs 100000] [--texts 8] [--variants 8] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hypothesis import Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newsgraph.ingest.readers import detect_format, read_inputs  # noqa: E402
from newsgraph.run import extract_records  # noqa: E402
from test_fuzz_strategies import (  # noqa: E402
    CONTROL_CHARS,
    CRASH_CODES,
    ODD_CHARS,
    WORDS,
    any_text,
    check_record,
    html_page,
    mutated_page,
    news_text,
    odd_text,
)

KINDS = ("text", "html", "jsonl", "mutated")


class Tally:
    """Counts of the run, and the reproducers saved so far."""

    def __init__(self, out: Path) -> None:
        self.counts: Counter[str] = Counter()
        self.codes: Counter[str] = Counter()
        self.out = out
        self.saved = 0

    def save(self, what: str, files: dict[str, bytes], detail: str) -> None:
        """Keep up to 50 failing inputs with what went wrong."""
        if self.saved >= 50:
            return
        self.saved += 1
        folder = self.out / f"{self.saved:02d}-{what}"
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        (folder / "DETAIL.txt").write_text(detail, encoding="utf-8")


def variants(text: str, rng: random.Random, count: int) -> list[str]:
    """``count`` cheap mutations of ``text``: odd characters spliced in, newlines swapped, cuts and repeats."""
    out = []
    for _ in range(count):
        chars = list(text)
        for _ in range(rng.randint(1, 6)):
            at = rng.randint(0, len(chars))
            kind = rng.random()
            if kind < 0.5:
                chars[at:at] = rng.choice(ODD_CHARS + CONTROL_CHARS + WORDS)
            elif kind < 0.7:
                chars[at:at] = " " + " ".join(rng.choices(WORDS, k=rng.randint(3, 30))) + ". "
            elif kind < 0.85 and chars:
                del chars[at:at + rng.randint(1, 20)]
            else:
                chars = list("".join(chars).replace("\n", rng.choice(["\r\n", "\r", "\u2029", "\n\n\n"])))
        out.append("".join(chars))
    return out


def batch_files(texts: list[str], pages: list[str], lines: list[str], mutated: list[bytes]) -> dict[str, dict]:
    """The files of one batch grouped by the input format they are read with."""
    return {
        "text": {f"t{i:03d}.txt": t.encode("utf-8") for i, t in enumerate(texts)},
        "html": {f"h{i:03d}.html": p.encode("utf-8") for i, p in enumerate(pages)},
        "jsonl": {"lines.jsonl": "".join(json.dumps({"id": f"j{i}", "text": t}) + "\n"
                                         for i, t in enumerate(lines)).encode("utf-8")} if lines else {},
        "auto": {f"m{i:03d}.html": m for i, m in enumerate(mutated)},
    }


def expected_records(fmt: str, files: dict[str, bytes]) -> int | None:
    """How many records the files must give (None when the format is detected and may hold many)."""
    if fmt in ("text", "html"):
        return len(files)
    if fmt == "jsonl":
        return sum(1 for line in next(iter(files.values())).splitlines() if line.strip())
    if all(detect_format(d) in ("text", "html") for d in files.values() if d.strip()):
        return len(files)
    return None


def readers_only(paths: list[str], fmt: str, published: str) -> list[dict[str, Any]]:
    """Records straight from the readers, without the stages (``--readers-only``)."""
    records = []
    for article in read_inputs(paths, fmt, published):
        if article.offset_map is not None:
            assert len(article.offset_map) == len(article.text), "offset map and text differ in length"
        records.append(article.to_dict())
    return records


def run_batch(tally: Tally, groups: dict[str, dict[str, bytes]], extract: Any = extract_records) -> None:
    """Extract every group of a batch and tally what happened."""
    with tempfile.TemporaryDirectory(prefix="ng-fuzz-long-") as tmp:
        for fmt, files in groups.items():
            if not files:
                continue
            paths = []
            for name, data in files.items():
                (Path(tmp) / name).write_bytes(data)
                paths.append(str(Path(tmp) / name))
            tally.counts["inputs"] += len(files) if fmt != "jsonl" else expected_records(fmt, files) or 0
            try:
                records: list[dict[str, Any]] = list(extract(paths, fmt, published="2022-01-22"))
            except Exception:  # noqa: BLE001 - the run goes on; the crash is counted and saved
                tally.counts["crashes"] += 1
                tally.save("crash", files, traceback.format_exc())
                continue
            tally.counts["records"] += len(records)
            want = expected_records(fmt, files)
            if want is not None and len(records) != want:
                tally.counts["invariant_failures"] += 1
                tally.save("count", files, f"{fmt}: {len(records)} records for {want} inputs")
            for record in records:
                code = (record["error"] or {}).get("code")
                tally.codes[str(code)] += 1
                if code in CRASH_CODES:
                    tally.counts["crashes_survived"] += 1
                    tally.save(f"survived-{code}", files, json.dumps(record["error"], ensure_ascii=False))
                try:
                    check_record(record)
                except AssertionError as exc:
                    tally.counts["invariant_failures"] += 1
                    tally.save("offsets", files, f"{record['id']}: {exc}")
                tally.counts["spans"] += sum(len(record.get(k) or []) for k in
                                             ("entities", "quotes", "events", "claims", "dates", "places"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--texts", type=int, default=8, help="generated texts per batch")
    parser.add_argument("--variants", type=int, default=8, help="mutations of each text")
    parser.add_argument("--readers-only", action="store_true", help="read the inputs without running the stages")
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "ng-fuzz-long")
    args = parser.parse_args()
    tally = Tally(args.out)
    started = time.perf_counter()
    per_batch = args.texts * (1 + args.variants) + 1.1
    batch = st.tuples(
        st.lists(st.one_of(news_text, odd_text, any_text), min_size=args.texts, max_size=args.texts),
        html_page,
        st.integers(0, 2**32 - 1),
        st.integers(0, 9),
    )

    @seed(args.seed)
    @settings(max_examples=int(args.inputs / per_batch) + 1, deadline=None, database=None,
              phases=[Phase.generate], suppress_health_check=list(__import__("hypothesis").HealthCheck))
    @given(batch, st.data())
    def fuzz(parts: tuple[list[str], str, int, int], data: st.DataObject) -> None:
        texts, page, mutation_seed, dice = parts
        rng = random.Random(mutation_seed)
        lines = [v for text in texts for v in variants(text, rng, args.variants)]
        mutated = [data.draw(mutated_page())] if dice == 0 else []
        before = tally.counts["inputs"]
        run_batch(tally, batch_files(texts, [page], lines, mutated), readers_only if args.readers_only else
                  extract_records)
        done = tally.counts["inputs"]
        if done // 5000 != before // 5000:
            rate = done / (time.perf_counter() - started)
            print(f"  {done:>7} inputs  {rate:6.1f}/s  crashes {tally.counts['crashes']}  survived "
                  f"{tally.counts['crashes_survived']}  invariant failures {tally.counts['invariant_failures']}",
                  flush=True)

    fuzz()
    seconds = time.perf_counter() - started
    rate = round(tally.counts["inputs"] / seconds, 1)
    summary = {**tally.counts, "seconds": round(seconds), "inputs_per_second": rate,
               "error_codes": dict(tally.codes.most_common()), "reproducers": str(args.out) if tally.saved else None}
    print(json.dumps(summary, indent=1))
    return 1 if tally.counts["crashes"] or tally.counts["invariant_failures"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
