"""Language check of the parse stage: English is kept, other languages get an error record."""

import pytest

from newsgraph.extract.parse import detect_language

ENGLISH = [
    "The rebels attacked a police station in the north of the country.",
    "Israel and the Palestinians agreed to resume talks.",
    "Iran has threatened to close the Strait of Hormuz if sanctions are imposed.",
    "Ministers met in Oslo on Tuesday to discuss fishing rights, officials said.",
    "Ugandan police arrested 40 opposition supporters.",  # no function word; py3langid's best is Pidgin
]
FOREIGN = [
    ("Le gouvernement français a annoncé mardi une série de mesures pour soutenir les agriculteurs "
     "touchés par la sécheresse, a indiqué le ministre.", "fr"),
    ("Die Bundesregierung hat am Dienstag neue Maßnahmen beschlossen, um die Landwirte zu unterstützen, "
     "die von der Dürre betroffen sind.", "de"),
    ("El gobierno anunció el martes un paquete de medidas para apoyar a los agricultores afectados "
     "por la sequía, según informó el ministro.", "es"),
    ("Wetin dey happen for Lagos today? Oga, make una waka quick quick go market.", "pcm"),
]


@pytest.mark.parametrize("text", ENGLISH)
def test_short_english_sentences_are_english(text):
    assert detect_language(text) == "en"


@pytest.mark.parametrize(("text", "lang"), FOREIGN)
def test_other_languages_are_detected(text, lang):
    assert detect_language(text) == lang


def test_language_model_loads_before_the_first_text(monkeypatch):
    """A worker's warm-up loads py3langid's model, so no batch pays for it."""
    import py3langid.langid

    from newsgraph.extract.parse import load_language_model

    monkeypatch.setattr(py3langid.langid, "IDENTIFIER", None)
    load_language_model()
    assert py3langid.langid.IDENTIFIER is not None
