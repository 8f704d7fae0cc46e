"""The Ray engine on a local Ray instance gives the same records (and duplicates) as the local engine,
and its workers load the model once for the whole run, not once per shard."""

from __future__ import annotations

import pytest

from newsgraph.scale.runner import RunOptions, run
from newsgraph.scale.shards import finished_shards, shard_duplicates, shard_records
from newsgraph.scale.synthetic import synthetic_pages, write_warc

pytest.importorskip("ray.data")


def test_ray_engine_matches_local_engine_and_loads_the_model_once_per_worker(tmp_path):
    warc = tmp_path / "crawl.warc"
    write_warc(warc, ((url, html) for url, html, _ in synthetic_pages(12, near_duplicates=0.25, seed=5, paragraphs=2)))
    outputs, summaries = [], []
    for engine, workers in (("local", 0), ("ray", 2)):
        out = tmp_path / engine
        summary = run([str(warc)], out, RunOptions(engine=engine, workers=workers, shard_size=4, batch_size=3,
                                                   progress=False))
        records = [r for p in finished_shards(out) for r in shard_records(p)]
        dups = [d for p in finished_shards(out) for d in shard_duplicates(p)]
        outputs.append((records, dups))
        summaries.append(summary)
        assert summary.processed == 12 and summary.shards_written == 3
    (local_records, local_dups), (ray_records, ray_dups) = outputs
    assert local_dups and ray_dups == local_dups
    assert len(local_records) == 12 - len(local_dups)
    assert ray_records == local_records
    assert any(r["entities"] for r in ray_records)
    # three shards, two workers: each worker process loaded the model exactly once
    assert summaries[1].as_dict()["model_loads_per_worker"] == [1, 1]
