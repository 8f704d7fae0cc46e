"""Event trigger lexicon: the hand table, the CAMEO-generated fallback and the builder that makes it."""

from __future__ import annotations

import pytest

from newsgraph.extract import events_build
from newsgraph.extract.events_lexicon import fallback_lexicon, inflection_stems, lexicon
from newsgraph.extract.events_lexicon_match import match_verb, may_be_coded
from newsgraph.extract.events_lexicon_words import OBJECT_CLASSES

MINI_MAPPING = {"03": ("AGREE", None), "07": ("AID", None), "073": ("AID", None), "19": ("ASSAULT", None),
                "190": ("ASSAULT", None), "14": ("PROTEST", None), "141": ("PROTEST", "demo")}
MINI_DICTIONARY = """\
&GOODS
+MEDICINE_
+BLANKET
####### VERB PATTERNS #######
---  SHIP   [070]  ---
SHIP
CONVEY
RELATE
- * &GOODS                          [073]    # SHIP
- * (TO +)                          [073]    # SHIP
- * OUT REPORT                      [010]    # SHIP
- ARMY * TANKS                      [190]    # SHIP
- * RALLY (IN SUPPORT) (OF +)       [141]    # SHIP
---  HIT   [190]  ---
HIT [190]
WANT [030]
"""


@pytest.fixture(scope="module")
def parse():
    from newsgraph import nlp

    return nlp.load()


def verb_coding(parse, text: str, verb: str) -> str | None:
    """The PLOVER type the lexicon gives the first token of the text that reads ``verb``."""
    doc = parse(text)
    token = next(t for t in doc if t.text == verb)
    match = match_verb(token)
    return match.coding.type if match else None


def test_builder_rows_from_a_small_dictionary():
    rows = {(r.key, r.obj): r.type for r in events_build.resolve(events_build.parse(MINI_DICTIONARY, MINI_MAPPING))}
    assert rows[("ship", "medicine")] == rows[("convey", "blanket")] == "AID"  # synset, every verb of the block
    assert rows[("ship to", "*")] == "AID"  # preposition with any object
    assert rows[("ship out", "report")] == "NONE"  # a statement (01) blocks instead of coding
    assert ("ship", "tanks") not in rows  # the pattern constrains the subject
    assert ("ship", "rally") not in rows  # more parts than the key can hold
    assert rows[("hit", "*")] == "ASSAULT"  # a verb's own code
    assert ("want", "*") not in rows  # intent without a complement is not coded
    assert ("ship", "*") not in rows and ("relate", "*") not in rows  # block defaults are not given


def test_an_object_class_stands_for_each_of_its_words():
    verbs = lexicon().verbs
    assert not any(obj.startswith("@") for _, obj in verbs)  # every "@class" is expanded by the loader
    for word in OBJECT_CLASSES["relief_goods"]:
        assert verbs[("hand out", word)][-1].flag == "relief"
    for word in OBJECT_CLASSES["fire_targets"]:
        assert verbs[("shoot into", word)][0].type == "ASSAULT"
    assert lexicon().nouns["proceedings"].flag == "against" and lexicon().nouns["talks"].flag == "-"


def test_packaged_fallback_is_the_build_output(shared):
    assert events_build.build() == events_build.OUT.read_text(encoding="utf-8")


def test_build_without_the_data_pack_raises_and_main_exits_non_zero(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(events_build, "data_path", lambda *parts: None)
    monkeypatch.setattr(events_build, "OUT", tmp_path / "verbs_cameo.tsv")
    with pytest.raises(events_build.MissingDataError):
        events_build.build()
    assert events_build.main() == 1
    assert "shared data pack" in capsys.readouterr().err
    assert not (tmp_path / "verbs_cameo.tsv").exists()


def test_fallback_rows_are_marked_and_typed():
    verbs = fallback_lexicon().verbs
    assert verbs and all(c.flag == "cameo" for codings in verbs.values() for c in codings)
    assert all(obj != "*" and key.split()[0] in lexicon().light for key, obj in verbs)
    types = {c.type for codings in lexicon().verbs.values() for c in codings}
    assert {c.type for codings in verbs.values() for c in codings} <= types


@pytest.mark.parametrize(("text", "verb", "expected"), [
    # the fallback gives light verbs the event nouns the hand table lacks
    ("Iraq imposed martial law in Baghdad.", "imposed", "COERCE"),
    # verbs whose own CAMEO code was reviewed into the hand table
    ("Rebels exploded a car bomb in the market.", "exploded", "ASSAULT"),
    ("Police apprehended the suspects near the border.", "apprehended", "COERCE"),
    # the hand table wins where it has the verb
    ("Students boycotted classes for a week.", "boycotted", "PROTEST"),
    ("The company released a new phone.", "released", None),
    # material help, in any of its forms
    ("Germany delivered tanks to Poland.", "delivered", "AID"),
    ("Japan will provide Bangladesh with loans.", "provide", "AID"),
    ("Bangladesh sent peacekeepers to Mali.", "sent", "AID"),
    ("Kenya sent police officers to the border.", "sent", "MOBILIZE"),
    ("Cuba released dozens of political prisoners.", "released", "RETREAT"),
    ("Hungary blocked the aid package.", "blocked", "REJECT"),
    ("Farmers blocked the main road.", "blocked", "PROTEST"),
    ("China vowed to retaliate against the tariffs.", "retaliate", "ASSAULT"),
    ("Japan and Chile inked a defence pact.", "inked", "AGREE"),
    ("The government restored internet services in the region.", "restored", "CONCEDE"),
    ("The United States withdrew from the arms control treaty.", "withdrew", "SANCTION"),
    ("The United States withdrew from the border town.", "withdrew", "RETREAT"),
    ("The minister said the weather was cold.", "said", None),
    # event nouns under light verbs, and a parser lemma repaired ("staged" -> "stag")
    ("Taiwan staged military exercises near the coast.", "staged", "MOBILIZE"),
    ("Protesters staged a rally in the capital.", "staged", "PROTEST"),
    ("The navy launched joint manoeuvres with Korea.", "launched", "COOPERATE"),
    # apologies and called-off meetings follow CAMEO2PLOVER (055 SUPPORT, 164 SANCTION), as the GSR does
    ("Japan apologised to China for the incident.", "apologised", "CONCEDE"),  # PLOVER: apologies concede
    ("Japan offered an apology to China.", "offered", "CONCEDE"),
    ("Greece called off talks with Turkey.", "called", "REJECT"),  # PLOVER: cancelling a meeting rejects
    ("Canada closed its embassy in Tehran.", "closed", "SANCTION"),
    ("The Taliban closed girls' schools.", "closed", "COERCE"),
    ("The prosecutor ordered the arrest of two smugglers.", "ordered", "COERCE"),
    ("Russia ordered the expulsion of two diplomats.", "ordered", "SANCTION"),
    ("The president ordered the army to attack the rebels.", "ordered", "REQUEST"),
    ("The minister paid a visit to Oman.", "paid", "CONSULT"),
    ("The president voiced support for the government.", "voiced", "SUPPORT"),
    ("Indian and Pakistani troops exchanged fire along the border.", "exchanged", "ASSAULT"),
    ("The president lashed out at Sweden over the burning.", "lashed", "ACCUSE"),
    ("The prime minister will not attend the summit.", "attend", "CONSULT"),
    ("Canada closed its border with the United States.", "closed", "COERCE"),
    ("China extended an invitation to the president.", "extended", "AGREE"),
])
def test_verb_codings(parse, text, verb, expected):
    assert verb_coding(parse, text, verb) == expected


@pytest.mark.parametrize(("form", "base"), [
    ("staged", "stage"), ("stopped", "stop"), ("carried", "carry"), ("shelling", "shell"), ("raises", "raise"),
])
def test_inflection_stems(form, base):
    assert base in inflection_stems(form)


def coded_events(parse, text: str) -> list:
    """The events the stages up to events find in a text, most confident first."""
    from newsgraph.model import Article
    from newsgraph.pipeline import stages

    article = Article(id="t", text=text, published="2024-03-06")
    article.doc = parse(text)
    for _, stage in stages(("entities", "actors", "places", "timex", "events")):
        stage([article])
    return sorted(article.events, key=lambda e: -e.confidence)


def event_types(parse, text: str) -> set[str]:
    """PLOVER types of the events found in a text."""
    from newsgraph.extract.events import plover_type

    return {plover_type(e) for e in coded_events(parse, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Vietnam protested against China's deployment of an oil rig.", "ACCUSE"),
    ("The Chinese foreign ministry protested to Japan over the visit.", "ACCUSE"),
    ("Thousands of Kenyans protested against the tax bill in Nairobi.", "PROTEST"),
])
def test_verbal_protest_is_accuse(parse, text, expected):
    assert expected in event_types(parse, text)


def test_purpose_clause_ranks_below_its_act(parse):
    events = coded_events(parse, "Egyptian police opened fire to disperse demonstrators in Cairo.")
    assert [e.type for e in events] == ["ASSAULT", "COERCE"]


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a denied act is not asserted: only the denial is coded
    ("Russia denied that its forces had attacked the Ukrainian convoy.", "REJECT", "ASSAULT"),
    ("Israel rejected claims that it had shelled the hospital.", "REJECT", "ASSAULT"),
    # stated willingness to yield is AGREE; a plain future retreat stays RETREAT
    ("Syria says it is willing to withdraw its troops from Lebanon.", "AGREE", "RETREAT"),
    ("The Peruvian minister will resign next week.", "RETREAT", "AGREE"),
    # attacking a plan is criticism, not violence
    ("France attacked the German plan to cut farm subsidies.", "ACCUSE", "ASSAULT"),
])
def test_asserted_types(parse, text, present, absent):
    types = event_types(parse, text)
    assert present in types and absent not in types


@pytest.mark.parametrize(("lemma", "coded"), [("attack", True), ("give", True), ("say", False), ("wonder", False)])
def test_may_be_coded(lemma, coded):
    assert may_be_coded(lemma) is coded
