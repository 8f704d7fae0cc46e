"""py3langid's model from newsgraph's disk cache: the same languages and scores as py3langid's own identifier,
rebuilt when its sources change or the file is damaged, never trusted blindly."""

from __future__ import annotations

import io
import json
from array import array

import numpy as np
import pytest

from newsgraph import cache
from newsgraph.extract import language_cache
from test_places_cache import damaged

INVENTED = [
    "Le conseil municipal a voté hier soir le budget de la ville pour l'année prochaine.",
    "Die Polizei hat nach dem Unfall auf der Autobahn mehrere Zeugen befragt.",
    "El presidente se reunió con los líderes sindicales para negociar el nuevo salario mínimo.",
    "O governo anunciou ontem um novo plano para reduzir o desemprego entre os jovens.",
    "Il sindaco ha inaugurato la nuova biblioteca comunale davanti a centinaia di cittadini.",
    "De gemeenteraad heeft gisteren besloten de brug over de rivier te vernieuwen.",
    "Regeringen presenterade i dag en ny plan för att bygga fler bostäder i städerna.",
    "Hallitus kertoi tiistaina uusista toimista maanviljelijöiden tukemiseksi.",
    "Rząd ogłosił we wtorek nowy pakiet pomocy dla rolników dotkniętych suszą.",
    "Правительство объявило во вторник о новых мерах поддержки фермеров.",
    "Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα για τη στήριξη των αγροτών.",
    "Hükümet salı günü çiftçileri desteklemek için yeni önlemler açıkladı.",
    "الحكومة أعلنت يوم الثلاثاء عن إجراءات جديدة لدعم المزارعين",
    "הממשלה הודיעה ביום שלישי על צעדים חדשים לתמיכה בחקלאים",
    "सरकार ने मंगलवार को किसानों की मदद के लिए नए उपायों की घोषणा की।",
    "政府は火曜日、干ばつの被害を受けた農家を支援する新たな措置を発表した。",
    "政府周二宣布了一系列支持受干旱影响农民的新措施。",
    "정부는 화요일 가뭄 피해 농민을 지원하기 위한 새로운 대책을 발표했다.",
    "Serikali imetangaza hatua mpya za kuwasaidia wakulima walioathiriwa na ukame.",
    "Pemerintah mengumumkan langkah baru untuk membantu petani yang terkena kekeringan.",
    "Chính phủ đã công bố các biện pháp mới để hỗ trợ nông dân bị ảnh hưởng bởi hạn hán.",
    "Wetin dey happen for Lagos today? Oga, make una waka quick quick go market.",
    "Ugandan police arrested 40 opposition supporters.",
    "BREAKING: PARLIAMENT DISSOLVED AFTER MIDNIGHT VOTE",
    "UN-Sicherheitsrat: Resolution 2334 (2016) angenommen",
    "12:45 — 3-1 (2-0)",
    "",
    "   ",
    "ok",
]


def meantime_texts() -> list[str]:
    """The MEANTIME documents whole and paragraph by paragraph (skipped without the dev data pack)."""
    from newsgraph.devdata import MISSING_MESSAGE, data_path

    path = data_path("timex", "docs.jsonl")
    if path is None or not path.exists():
        pytest.skip(MISSING_MESSAGE)
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        texts.append(text)
        texts.extend(p for p in text.split("\n\n") if p.strip())
    return texts


def small_model() -> language_cache.Model:
    """A toy model of py3langid's shape: two classes, one tokenizer state."""
    ptc = np.array([[-1.5, -2.0], [-0.5, -3.25]], dtype=np.float16)
    return (ptc, np.array([-0.7, -0.7], dtype=np.float32), ["en", "fr"], array("I", range(256)), array("H", [0]),
            [-1])


def same_model(a: language_cache.Model, b: language_cache.Model) -> bool:
    """Equal parts with equal types: numpy dtypes, array type codes and Python lists."""
    return all(
        type(x) is type(y)
        and (x.dtype == y.dtype and np.array_equal(x, y) if isinstance(x, np.ndarray) else x == y)
        and getattr(x, "typecode", None) == getattr(y, "typecode", None)
        for x, y in zip(a, b, strict=True)
    )


@pytest.fixture(scope="module")
def built() -> language_cache.Model:
    """The model as py3langid reads its own file."""
    return language_cache.build_model()


@pytest.fixture
def cache_file(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    return tmp_path / language_cache.FILE_NAME


@pytest.fixture
def builds(monkeypatch) -> list[int]:
    """Counts builds of the model, each giving the small model."""
    counted: list[int] = []

    def build():
        counted.append(1)
        return small_model()

    monkeypatch.setattr(language_cache, "build_model", build)
    return counted


def test_the_cached_model_is_the_built_one(built, cache_file, monkeypatch):
    first = language_cache.cached_model()  # builds and writes the file
    assert cache_file.exists()
    monkeypatch.setattr(language_cache, "build_model", lambda: pytest.fail("a fresh cache must not be rebuilt"))
    assert same_model(language_cache.cached_model(), built)
    assert same_model(first, built)


def test_languages_and_scores_are_py3langid_s_own(cache_file):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    language_cache.cached_model()
    cached = language_cache.identifier_of(language_cache.cached_model())
    own = LanguageIdentifier.from_model_file(MODEL_FILE)
    texts = meantime_texts() + INVENTED + [t.encode() for t in INVENTED]
    assert len(texts) > 300
    for text in texts:
        assert cached.rank(text) == own.rank(text)
        assert cached.classify(text) == own.classify(text)


def test_the_identifier_is_installed_as_py3langid_s_own(cache_file, monkeypatch):
    import py3langid
    from py3langid import langid

    monkeypatch.setattr(langid, "IDENTIFIER", None)
    identifier = language_cache.language_identifier()
    assert langid.IDENTIFIER is identifier
    assert language_cache.language_identifier() is identifier
    assert py3langid.classify(INVENTED[0])[0] == "fr"


def test_a_change_in_the_sources_rebuilds_the_cache(cache_file, builds, monkeypatch):
    language_cache.cached_model()
    language_cache.cached_model()
    assert len(builds) == 1
    monkeypatch.setattr(language_cache, "sources_digest", lambda: "f" * cache.DIGEST_CHARS)
    assert same_model(language_cache.cached_model(), small_model())
    assert len(builds) == 2


@pytest.mark.parametrize("change", ["python", "numpy", "py3langid", "model file"])
def test_the_key_follows_versions_and_the_model_file(change, tmp_path, monkeypatch):
    import py3langid

    before = language_cache.sources_digest()
    if change == "python":
        monkeypatch.setattr(cache.sys, "version", "3.99.0 (elsewhere)")
    elif change == "numpy":
        monkeypatch.setattr(language_cache.np, "__version__", "9.9.9")
    elif change == "py3langid":
        monkeypatch.setattr(py3langid, "__version__", "9.9.9")
    else:
        other = tmp_path / "model.npz.xz"
        other.write_bytes(language_cache.model_file().read_bytes()[:-1] + b"\0")
        monkeypatch.setattr(language_cache, "model_file", lambda: other)
    assert language_cache.sources_digest() != before


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "empty"])
def test_a_corrupt_cache_is_rebuilt_not_trusted(cache_file, builds, damage):
    language_cache.cached_model()
    cache_file.write_bytes(damaged(cache_file.read_bytes(), damage))
    digest = language_cache.sources_digest()
    assert cache.load(cache_file, language_cache.MAGIC, digest, language_cache.decode) is None
    assert same_model(language_cache.cached_model(), small_model())
    assert len(builds) == 2
    assert cache.load(cache_file, language_cache.MAGIC, digest, language_cache.decode) is not None  # written afresh


@pytest.mark.parametrize("extra", ["pickled object", "missing array", "trailing data"])
def test_a_misshapen_payload_is_rebuilt_and_nothing_unpickled(cache_file, builds, extra):
    payload = language_cache.encode(small_model())
    if extra == "pickled object":
        stream = io.BytesIO()
        np.save(stream, np.array([{"run": "code"}], dtype=object), allow_pickle=True)
        payload = stream.getvalue() + payload
    elif extra == "missing array":
        payload = payload[: payload.rindex(b"\x93NUMPY")]
    else:
        payload += b"\0"
    with pytest.raises((ValueError, EOFError)):
        language_cache.decode(payload)
    cache.save(cache_file, language_cache.MAGIC, language_cache.sources_digest(), payload)  # a valid checksum
    assert same_model(language_cache.cached_model(), small_model())
    assert len(builds) == 1


def test_an_empty_setting_turns_the_cache_off(tmp_path, builds, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_CACHE", "")
    assert same_model(language_cache.cached_model(), small_model())
    assert not any(tmp_path.iterdir())


def test_an_unwritable_folder_still_gives_the_model(tmp_path, builds, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(blocked / "cache"))
    assert same_model(language_cache.cached_model(), small_model())
    assert same_model(language_cache.cached_model(), small_model())
    assert len(builds) == 2


def test_a_failed_write_leaves_no_temporary_file(cache_file, builds, monkeypatch):
    def refuse(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(cache.os, "replace", refuse)
    assert same_model(language_cache.cached_model(), small_model())
    assert list(cache_file.parent.iterdir()) == []
