"""Participants and assertion over invented sentences (real parse, real actor stage): a participle carrying on an
accused act, a demanded or alleged act, the subject's own people after "its/their", a list after "of" the parser
split, a call joined to a reported statement, and violence by a private person."""

from __future__ import annotations

import pytest

from event_texts import events_of


def coded(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(type, source text, source country, target text) of each event of the text."""
    return [(e.type, e.source and e.source.text, e.source and e.source.actor.country, e.target and e.target.text)
            for e in events_of(text)]


@pytest.mark.parametrize("text", [
    "Peru accused Chile of bombing a bridge on Sunday, injuring four farmers.",
    "Ghana accused Togo of raiding a customs post, wounding two guards.",
])
def test_a_participle_of_the_accused_act_is_accused_too(text):
    events = coded(text)
    assert [t for t, _, _, _ in events] == ["ACCUSE"], events


def test_a_participle_of_the_accuser_is_its_own_act():
    """Near miss: a participle of a voiced word after the accusation is the accuser's."""
    events = coded("Peru accused Chile of bombing a bridge, calling for sanctions against it.")
    assert any(t == "REQUEST" and s == "Peru" for t, s, _, _ in events), events


@pytest.mark.parametrize(("text", "asked"), [
    ("Farmers in Lyon demanded that the government impose a ban on imports.", "the government"),
    ("Students in Lima demanded that the president step down.", "the president"),
])
def test_an_act_demanded_in_the_subjunctive_is_not_done(text, asked):
    events = coded(text)
    assert not any(s == asked for _, s, _, _ in events), events


def test_an_act_reported_in_a_that_clause_is_done():
    """Near miss: a reported past act ("said that X imposed") is coded."""
    events = coded("Farmers in Lyon said that the government imposed a ban on imports.")
    assert any(s == "the government" for _, s, _, _ in events), events


@pytest.mark.parametrize("text", [
    "Investigators allege that the official accepted bribes from a contractor.",
    "Police in Perth are investigating allegations that soldiers beat detainees.",
])
def test_an_alleged_act_is_not_asserted(text):
    events = coded(text)
    assert not any(t in ("AGREE", "ASSAULT") for t, _, _, _ in events), events


def test_an_act_stated_as_fact_after_a_that_is_done():
    """Near miss: a report ("said that") keeps the act it reports."""
    events = coded("Police in Perth said that soldiers beat detainees.")
    assert any(t == "ASSAULT" for t, _, _, _ in events), events


def test_their_own_envoys_are_no_target():
    events = coded("The UN condemned the ruling. Spain and Portugal also recalled their ambassadors for consultations.")
    recalls = [e for e in events if e[0] == "SANCTION"]
    assert recalls and all(g is None for _, _, _, g in recalls), events


def test_their_assets_are_another_party_s():
    """Near miss: a thing frozen is another's, even when "their" could be the subject's."""
    events = coded("The generals were accused of fraud. Spain and Portugal froze their assets.")
    assert any(t == "SANCTION" and g == "their" for t, _, _, g in events), events


def test_a_list_after_of_split_by_the_parser_gives_each_state():
    events = coded("Trade ministers of Samoa, Tonga and Fiji welcomed the pledge.")
    assert {c for t, _, c, _ in events if t == "SUPPORT"} == {"WSM", "TON", "FJI"}, events


def test_an_office_after_a_name_is_no_list():
    """Near miss: an apposition with no list of its own is no member of the "of" phrase."""
    events = coded("The president of Kenya, William Ruto, welcomed the pledge.")
    assert {c for t, _, c, _ in events if t == "SUPPORT"} == {"KEN"}, events


def test_a_call_joined_to_a_reported_state_is_the_speaker_s():
    events = coded("The boy's family said he was innocent and called for an inquiry.")
    assert any(t == "REQUEST" and s == "The boy's family" for t, s, _, _ in events), events


def test_an_act_joined_to_a_reported_state_is_the_reported_subject_s():
    """Near miss: a non-verbal act after the reported statement is its subject's."""
    events = coded("Police said the driver was drunk and attacked an officer.")
    assert any(t == "ASSAULT" and s == "the driver" for t, s, _, _ in events), events


@pytest.mark.parametrize(("text", "source"), [
    ("Gary Pollard attacked Simon Wade with a hammer in Bristol.", "Gary Pollard"),
    ("A teenager stabbed a security guard in Bristol.", "A teenager"),
])
def test_violence_by_a_private_person_is_coded(text, source):
    events = coded(text)
    assert any(t == "ASSAULT" and s == source and c is None for t, s, c, _ in events), events


@pytest.mark.parametrize("text", [
    "Martin Kell beat Tom Hale in the final in Bristol.",
    "Gary Pollard attacked the budget in a speech.",
])
def test_a_win_or_a_verbal_attack_is_no_violence(text):
    """Near misses: a named side beating another, or an attack on a plan."""
    events = coded(text)
    assert not any(t == "ASSAULT" for t, _, _, _ in events), events


def test_a_neighbour_attacked_is_the_target():
    events = coded("A local teenager who stabbed his neighbour during a row has been jailed.")
    assert ("ASSAULT", "A local teenager", None, "his neighbour") in events, events
