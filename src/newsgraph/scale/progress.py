"""Progress of a long run (a tqdm bar on stderr, with rate and ETA) and the summary printed at the end."""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass
class RunSummary:
    """Counts of a run: what was written, skipped as duplicate, failed, and how fast."""

    processed: int = 0
    kept: int = 0
    duplicates: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    shards_written: int = 0
    shards_skipped: int = 0
    resumed_articles: int = 0
    model_loads: dict[int, int] = field(default_factory=dict)  # worker pid -> model loads, when the engine says
    started: float = field(default_factory=time.monotonic)
    elapsed: float = 0.0

    def add_shard(self, entry: dict[str, Any], dup_kinds: Counter[str], resumed: bool = False) -> None:
        """Count one shard (``resumed``: it was finished by an earlier run and is skipped)."""
        errors = sum(entry["errors"].values())
        if resumed:
            self.shards_skipped += 1
            self.resumed_articles += entry["records"]
            return
        self.shards_written += 1
        self.processed += entry["records"] + entry["duplicates"]
        self.kept += entry["records"] - errors
        self.duplicates.update(dup_kinds)
        self.errors.update(entry["errors"])

    def finish(self) -> RunSummary:
        self.elapsed = time.monotonic() - self.started
        return self

    @property
    def rate(self) -> float:
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "processed": self.processed, "kept": self.kept, "duplicates": sum(self.duplicates.values()),
            "duplicates_by_kind": dict(self.duplicates), "errors": sum(self.errors.values()),
            "errors_by_code": dict(sorted(self.errors.items())), "shards_written": self.shards_written,
            "shards_skipped": self.shards_skipped, "resumed_articles": self.resumed_articles,
            "elapsed_s": round(self.elapsed, 2), "articles_per_s": round(self.rate, 2),
            "model_loads_per_worker": sorted(self.model_loads.values()),
        }

    def text(self) -> str:
        """The end-of-run summary, a few lines for a person."""
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.duplicates.items())) or "none"
        codes = ", ".join(f"{k} {v}" for k, v in sorted(self.errors.items())) or "none"
        return (
            f"processed {self.processed} articles in {self.elapsed:.1f} s ({self.rate:.1f}/s): "
            f"{self.kept} kept, {sum(self.duplicates.values())} duplicates, {sum(self.errors.values())} errors\n"
            f"  duplicates by kind: {kinds}\n  errors by code: {codes}\n"
            f"  shards: {self.shards_written} written, {self.shards_skipped} already done "
            f"({self.resumed_articles} records from earlier runs)"
        )


class Progress:
    """A bar of articles processed; its total is estimated from the input bytes read so far."""

    def __init__(self, total_bytes: int, enabled: bool = True) -> None:
        self.total_bytes = total_bytes
        self.bar: Any = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=None, unit="art", file=sys.stderr, dynamic_ncols=True, smoothing=0.1,
                            desc="articles", disable=None)

    def articles(self, count: int) -> None:
        if self.bar is not None:
            self.bar.update(count)

    def estimate(self, bytes_read: int, articles_read: int) -> None:
        """Re-estimate the total number of articles from the share of input bytes read."""
        if self.bar is None or not bytes_read or not self.total_bytes:
            return
        share = min(1.0, bytes_read / self.total_bytes)
        self.bar.total = max(self.bar.n, round(articles_read / share)) if share else None
        self.bar.refresh()

    def note(self, **counts: int) -> None:
        if self.bar is not None:
            self.bar.set_postfix(counts, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
