"""The gazetteer's disk cache: the same index as a fresh build, rebuilt when its sources change or the file is
corrupt, never trusted blindly."""

from __future__ import annotations

from collections import defaultdict

import pytest

from newsgraph import cache as shared_cache
from newsgraph.extract import places_cache
from newsgraph.extract.places_gazetteer import Candidate, Gazetteer, gazetteer


def shape(index):
    """The index as plain values, with each candidate's first position standing for its identity."""
    first: dict[int, int] = {}
    return {name: [(first.setdefault(id(c), len(first)), *(getattr(c, f) for f in places_cache.CANDIDATE_FIELDS))
                   for c in found] for name, found in index.items()}


@pytest.fixture(scope="module")
def built():
    """A gazetteer built from the sources, without the cache."""
    return Gazetteer()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    return tmp_path / places_cache.FILE_NAME


def load(path):
    """The index in the cache file when it is fresh and intact, else None."""
    return shared_cache.load(path, places_cache.MAGIC, places_cache.sources_digest(), places_cache.decode)


def small_index() -> defaultdict[str, list[Candidate]]:
    shared = Candidate("Springfield", "USA", 39.8, -89.6, 4250542, "city", 114_000)
    return defaultdict(list, {"springfield": [shared], "springfield il": [shared],
                              "ruritania": [Candidate("Ruritania", None, None, None, None, "country", primary=False)]})


def test_the_cached_index_is_the_built_one(built, cache):
    first = places_cache.cached_index(lambda: built.index)  # builds and writes the file
    assert cache.exists()
    loaded = places_cache.cached_index(lambda: pytest.fail("a fresh cache must not be rebuilt"))
    assert shape(loaded) == shape(first) == shape(built.index)
    assert isinstance(loaded, defaultdict)


def test_places_are_the_same_with_and_without_the_cache(built, cache):
    places_cache.cached_index(lambda: built.index)
    gazetteer.cache_clear()
    try:
        cached = gazetteer()
        for name in ("Paris", "Springfield", "Calif.", "Logar province", "Gaza Strip", "Georgia", "Nowhere Town"):
            assert [(s, c.name, c.country) for s, c in cached.rank(name)] == \
                   [(s, c.name, c.country) for s, c in built.rank(name)]
    finally:
        gazetteer.cache_clear()


def test_shared_candidates_stay_shared():
    loaded = places_cache.decode(places_cache.encode(small_index()))
    assert loaded["springfield"][0] is loaded["springfield il"][0]
    assert shape(loaded) == shape(small_index())


def test_a_change_in_the_sources_rebuilds_the_cache(cache, monkeypatch):
    builds = []

    def build():
        builds.append(1)
        return small_index()

    places_cache.cached_index(build)
    places_cache.cached_index(build)
    assert len(builds) == 1
    monkeypatch.setattr(places_cache, "sources_digest", lambda: "f" * shared_cache.DIGEST_CHARS)
    places_cache.cached_index(build)
    assert len(builds) == 2


def test_the_digest_follows_the_data_files(tmp_path, monkeypatch):
    folder = tmp_path / "places"
    folder.mkdir()
    (folder / "features.tsv").write_text("name\tkind\nAtlantis\twater\n", encoding="utf-8")
    monkeypatch.setattr(places_cache, "PACKAGE", tmp_path)
    monkeypatch.setattr(places_cache, "SOURCE_FILES", ())
    monkeypatch.setattr(places_cache, "SOURCE_FOLDERS", (folder,))
    before = places_cache.sources_digest()
    (folder / "features.tsv").write_text("name\tkind\nAtlantis\tisland\n", encoding="utf-8")
    assert places_cache.sources_digest() != before


def damaged(data: bytes, damage: str) -> bytes:
    """A cache file's bytes with one kind of damage: a flipped byte near the end, cut in half, garbage, emptied."""
    if damage == "flip":
        return data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:]
    if damage == "truncate":
        return data[: len(data) // 2]
    return b"\x00\xff" * 400 if damage == "garbage" else b""


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty"])
def test_a_corrupt_cache_is_rebuilt_not_trusted(cache, damage):
    places_cache.cached_index(small_index)
    cache.write_bytes(damaged(cache.read_bytes(), damage))
    assert load(cache) is None
    rebuilt = places_cache.cached_index(small_index)
    assert shape(rebuilt) == shape(small_index())
    assert load(cache) is not None  # the file was written afresh


def test_an_empty_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", "")
    assert shared_cache.cache_dir() is None
    assert shape(places_cache.cached_index(small_index)) == shape(small_index())
    assert not any(tmp_path.iterdir())


def test_an_unwritable_folder_still_gives_the_index(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(blocked / "cache"))
    assert shape(places_cache.cached_index(small_index)) == shape(small_index())


def test_a_failed_write_leaves_no_temporary_file(cache, monkeypatch):
    def refuse(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(shared_cache.os, "replace", refuse)
    places_cache.cached_index(small_index)
    assert list(cache.parent.iterdir()) == []


def test_the_key_changes_with_the_python_version(monkeypatch):
    before = places_cache.sources_digest()
    monkeypatch.setattr(shared_cache.sys, "version", "3.99.0 (elsewhere)")
    assert places_cache.sources_digest() != before
