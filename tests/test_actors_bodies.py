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
    # a short form with other words of the name is still that body, though its kind noun is a role
    ("WELLINGTON: New Zealand officials met the Japanese Senate Orvale Affairs Committee on Monday. The Senate "
     "committee criticised the minister.", "committee", True, [("JPN", "LEG")]),
    # a body of members is its members' kind, not the bare role's ("a committee" alone is a legislature's)
    ("CANBERRA: A committee of local residents criticised the council.", "committee", False, [("AUS", "CVL")]),
    # a treasurer is a government's only as a title or with a state's modifier; a club's is none
    ("CANBERRA: The club treasurer criticised the council.", "treasurer", False, []),
    ("CANBERRA: The state treasurer criticised the council.", "treasurer", False, [("AUS", "GOV")]),
    # the capitalised title alone is the home government's office, placed like any bare office
    ("CANBERRA: The Treasurer criticised the council.", "Treasurer", False, [("AUS", "GOV")]),
]

# a kind noun used as a place or an occasion is no body named before (actors/bodies.used_as_place)
PLACES = [
    ("CANBERRA: The Orvale Bank lent Nauvia $5 million. Robbers attacked the bank in Parramatta on Friday.", "bank"),
    ("CANBERRA: The Tarnwood Rescue Service praised the volunteers. Mourners attended the service on Friday.",
     "service"),
]


@pytest.mark.parametrize(("text", "head", "last", "expected"), BODIES)
def test_body_named_by_its_kind(text, head, last, expected):
    assert actors_of(text, head, last) == expected


def test_short_form_needs_the_kind_noun_of_the_name():
    """A short form names a body whose name ends (before "of", "into" or an acronym) in its kind noun."""
    assert name_head_noun("Royal Commission into the Orvale Dockyards") == "commission"
    assert name_head_noun("Harbour Riggers Union (HRU)") == "union"
    assert name_head_noun("Council of Orvale Governments") == "council"
    assert name_head_noun("Union Bank") == "bank"


def test_other_kind_of_body_is_not_the_named_one():
    """'The board' after a named commission is not that commission."""
    text = ("CANBERRA: The Tarnwood Shares Commission met on Monday. The board rejected the plan for a new "
            "dam.")
    assert actors_of(text, "board", True) == []


@pytest.mark.parametrize(("text", "head"), PLACES)
def test_kind_noun_used_as_a_place_is_not_the_named_body(text, head):
    assert not any(sector in ("IGO", "BUS", "GOV") for _, sector in actors_of(text, head, True))
