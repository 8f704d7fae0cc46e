"""The plain verb-lexicon baseline coder: its verb table, its events on invented sentences, and its figures
in the events evaluation."""

from __future__ import annotations

import pytest

from newsgraph import nlp
from newsgraph.evaluation.baseline_events import baseline_events, cameo_verbs, read_verbs
from newsgraph.evaluation.events import gsr_scores, news_split_scores
from newsgraph.extract.events_lexicon import Coding
from newsgraph.model import Article
from newsgraph.pipeline import stages

# An invented dictionary in CAMEO.2.0.txt's shape, and an invented CAMEO -> PLOVER table for it
DICTIONARY = """\
&SOME_SET
+THING
---  STRIKE   [190]  ---
STRIKE {STRIKES STRUCK}
SHELL [195]
+HIT_BACK
- * TOWN  [173]
---  SPEAK   [010]  ---
SPEAK
STRIKE [040]
---  TALK   [---]  ---
CHAT
"""
TABLE = {"19": ("ASSAULT", None), "195": ("ASSAULT", "aerial"), "17": ("COERCE", None), "04": ("CONSULT", None)}
VERBS = {"attack": Coding("ASSAULT", None, "19"), "meet": Coding("CONSULT", None, "04")}


def resolved(text: str) -> Article:
    """An invented article parsed, with its entities and actors resolved."""
    article = Article(id="t", text=text, published="2000-01-01")
    article.doc = nlp.load()(text)
    for _, stage_fn in stages(("entities", "actors")):
        stage_fn([article])
    return article


def test_verb_table_keeps_own_code_else_block_code_and_first_listing():
    verbs = read_verbs(DICTIONARY, TABLE)
    assert verbs["strike"] == Coding("ASSAULT", None, "19")  # block code; its later listing under SPEAK ignored
    assert verbs["shell"] == Coding("ASSAULT", "aerial", "19")  # its own code
    assert set(verbs) == {"strike", "shell"}  # statements, '---' blocks, phrasal verbs and patterns code nothing


def test_codes_a_lexicon_verb_with_its_subject_and_object_actors():
    [event] = baseline_events(resolved("Kenyan troops attacked Ugandan soldiers on Monday."), VERBS)
    assert (event["type"], event["trigger"]["text"], event["cameo"]) == ("ASSAULT", "attacked", "19")
    assert (event["source"]["actor"]["country"], event["target"]["actor"]["country"]) == ("KEN", "UGA")


def test_target_from_the_first_preposition_without_a_direct_object():
    [event] = baseline_events(resolved("The Kenyan president met with the Ugandan president."), VERBS)
    assert (event["source"]["actor"]["country"], event["target"]["actor"]["country"]) == ("KEN", "UGA")


@pytest.mark.parametrize("text", [
    "Kenyan troops stayed in their barracks near Uganda.",  # no lexicon verb
    "The attack by Kenyan troops on Ugandan soldiers was condemned.",  # the lexicon's word only as a noun
    "Ugandan soldiers were attacked near the border.",  # a passive: no nominal subject, no source
    "The weather attacked the crops.",  # a subject that is no actor
])
def test_no_event(text):
    assert baseline_events(resolved(text), VERBS) == []


def test_no_parse_no_event():
    assert baseline_events(Article(id="t", text="Kenya attacked Uganda."), VERBS) == []


def gsr_record(record_id: str, text: str, source: str, target: str, type_: str) -> dict:
    """An invented GSR-shaped record with one event between the first occurrences of two words."""
    def actor(word: str, country: str) -> dict:
        start = text.index(word)
        return {"start": start, "end": start + len(word), "text": word, "country": country}

    return {"id": record_id, "text": text, "events": [
        {"type": type_, "source": actor(*source.split(":")), "target": actor(*target.split(":"))}]}


@pytest.mark.devdata
def test_evaluation_gives_every_figure_for_the_baseline_too(shared):
    records = [gsr_record("a", "Kenyan troops attacked Ugandan soldiers.", "Kenyan:KEN", "Ugandan:UGA", "ASSAULT"),
               gsr_record("b", "France condemned Germany for the plan.", "France:FRA", "Germany:DEU", "ACCUSE")]
    scores = gsr_scores(records)
    ours = [k for k in scores if not k.startswith("baseline_")]
    assert ours and sorted(scores) == sorted(ours + [f"baseline_{k}" for k in ours])
    assert cameo_verbs()["attack"].type == "ASSAULT" and cameo_verbs()["condemn"].type == "ACCUSE"
    assert scores["baseline_end_to_end"] == 1.0


@pytest.mark.devdata
def test_news_split_gives_the_baseline_its_own_prefix(shared):
    body = "NAIROBI - Heavy rain fell. Kenyan troops attacked Ugandan soldiers. Nothing else happened."
    start = body.index("Kenyan")
    sentence = "Kenyan troops attacked Ugandan soldiers."
    gold = {"type": "ASSAULT", "source": {"start": 0, "end": 6, "mention": "Kenyan", "country": "KEN", "sector": None},
            "target": {"start": 23, "end": 30, "mention": "Ugandan", "country": "UGA", "sector": None}}
    record = {"id": "n1", "article": "art", "body": body, "start": start, "end": start + len(sentence),
              "text": sentence, "date": "2019-11-20", "events": [gold]}
    scores = news_split_scores([record], "news_x_")
    assert {"news_x_end_to_end", "news_x_baseline_end_to_end", "news_x_baseline_precision"} <= set(scores)
    assert scores["news_x_baseline_end_to_end"] == 1.0 and scores["news_x_baseline_predicted"] == 1.0
