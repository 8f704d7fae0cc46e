"""Running newsgraph over large inputs: streamed units, worker engines (local, Ray), resumable Parquet shards."""
