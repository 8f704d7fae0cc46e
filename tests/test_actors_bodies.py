"""Bodies named by their kind alone (actors/bodies.py, roles.tsv): "the committee" after a committee named in full is
that committee; a bare council or shire is a local government of the story's country, a bare committee a
legislature's; a government named after a lower-case word is no leader's ("the state government"). Invented
sentences (real parse and actor stage)."""

from __future__ import annotations

import pytest

from newsgraph.actors.bodies import name_head_noun
from test_actors_news import actors_of

BODIES = [
    # a short form names again the body named in full before it, with that body's country and sector
    ("WELLINGTON: New Zealand officials met the Japanese Fisheries Commission on Monday. The commission criticised "
     "the minister.", "commission", True, [("JPN", "GOV")]),
    # a bare local body of a story with a home country is that country's local government ...
    ("CANBERRA: The council blamed the state government for the delays.", "council", False, [("AUS", "GOV")]),
    ("CANBERRA: Heavy rain fell on Monday. The shire criticised the minister.", "shire", False, [("AUS", "GOV")]),
    ("CANBERRA: The committee rejected the plan for a new dam.", "committee", False, [("AUS", "LEG")]),
    # ... and a games' organising committee is no state body
    ("CANBERRA: The organising committee rejected the plan for a new stadium.", "committee", False, []),
    # "the state government" is the story's own state's, not a leader's administration
    ("CANBERRA: The council blamed the state government for the delays.", "government", False, [("AUS", "GOV")]),
]


@pytest.mark.parametrize(("text", "head", "last", "expected"), BODIES)
def test_body_named_by_its_kind(text, head, last, expected):
    assert actors_of(text, head, last) == expected


def test_short_form_needs_the_kind_noun_of_the_name():
    """A short form names a body whose name ends (before "of", "into" or an acronym) in its kind noun."""
    assert name_head_noun("Royal Commission into the Building Industry") == "commission"
    assert name_head_noun("Maritime Workers Union (MWU)") == "union"
    assert name_head_noun("Council of Australian Governments") == "council"
    assert name_head_noun("Union Bank") == "bank"


def test_other_kind_of_body_is_not_the_named_one():
    """'The board' after a named commission is not that commission."""
    text = ("CANBERRA: The Australian Securities Commission met on Monday. The board rejected the plan for a new "
            "dam.")
    assert actors_of(text, "board", True) == []
