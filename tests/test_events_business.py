"""Business triggers of the event lexicon (GUIDELINE, MEANTIME conventions): trade verbs and their object
constraints, rows that share a key and are told apart by their flags, and the ordinary uses they must leave
alone.  Sentences are invented."""

from __future__ import annotations

import pytest

from newsgraph.extract.events_lexicon import Coding, Lexicon
from newsgraph.extract.events_lexicon_flags import flag_holds
from newsgraph.extract.events_lexicon_match import _lookup, aid_received, match_verb, verb_shape


@pytest.fixture(scope="module")
def parse():
    from newsgraph import nlp

    return nlp.load()


def coding(parse, text: str, verb: str) -> tuple[str, str | None] | None:
    """Type and mode the lexicon gives the first token of the text that reads ``verb``, or None."""
    token = next(t for t in parse(text) if t.text == verb)
    match = match_verb(token)
    return (match.coding.type, match.coding.mode) if match else None


@pytest.mark.parametrize(("text", "verb", "expected"), [
    # goods, sums, products and firms are traded; a command, an act or a meal is not
    ("Air Ostrava ordered 55 of the new jets.", "ordered", ("COOPERATE", None)),
    ("The carrier ordered $4 billion of airliners.", "ordered", ("COOPERATE", None)),
    ("The general ordered the battalion to withdraw.", "ordered", ("REQUEST", None)),
    ("The court ordered the closure of the mine.", "ordered", ("REQUEST", None)),
    ("The guests ordered pizza for everyone.", "ordered", None),
    ("Varko Rail bought twelve locomotives from a Czech maker.", "bought", ("COOPERATE", None)),
    ("Investors bought shares of the lender.", "bought", None),
    ("The delay bought time for the negotiators.", "bought", None),
    ("The chemicals group acquired a stake in the refinery.", "acquired", ("COOPERATE", None)),
    ("The engineer acquired new skills abroad.", "acquired", None),
    ("The two lenders merged last spring.", "merged", ("COOPERATE", None)),
    ("The maker licensed the codec from a software rival.", "licensed", ("COOPERATE", None)),
    ("The maker delivered the last jet to the carrier.", "delivered", ("COOPERATE", None)),
    ("The author delivered a lecture to the students.", "delivered", None),
    ("The shipyard won an order for four ferries.", "won", ("COOPERATE", None)),
    ("The striker won the trophy for the second time.", "won", None),
    # a contract is trade; a deal is trade only when it is one to buy or supply; an autograph is neither
    ("The carrier signed a contract for ten freighters.", "signed", ("COOPERATE", None)),
    ("The carrier signed a deal to buy ten freighters.", "signed", ("COOPERATE", None)),
    ("The two neighbours signed a deal on fishing rights.", "signed", ("AGREE", None)),
    ("The singer signed autographs after the show.", "signed", None),
    ("The carrier signed a deal for twelve freighters.", "signed", ("COOPERATE", None)),
    ("The lessor bought 20 Dreamliners in June.", "bought", ("COOPERATE", None)),
    ("The studio chief bought Pixel Forge in 1996.", "bought", ("COOPERATE", None)),
    ("The militia took over Mosul in June.", "took", None),
    ("The coffee chain will offer free wireless access to its customers.", "offer", ("AGREE", None)),
    ("The lender committed to a $2 billion lifeline for the airline.", "committed", ("AGREE", None)),
    # money given "in aid" is aid; a particle "in" has no object of its own
    ("Norway gave $3 million in aid to the islanders.", "gave", ("AID", None)),
    ("The minister gave in to the strikers.", "gave", ("CONCEDE", None)),
    ("The maker gave owners a free case in response to complaints.", "gave", None),
    ("The government announced the injection of fresh capital into the banks.", "announced", ("AGREE", None)),
    # requests need the infinitive; capital is asked for as help
    ("The assembly required the lenders to publish their accounts.", "required", ("REQUEST", "change")),
    ("The rules require a permit for every drone.", "require", None),
    ("The lender is seeking fresh capital.", "seeking", ("REQUEST", "assist")),
    # talks, settlements, compensation, delisting and restrictions by an exchange
    ("The carmaker is in talks with a Korean rival.", "is", ("CONSULT", None)),
    ("The phone maker settled the dispute with its supplier.", "settled", ("SUPPORT", None)),
    ("The supplier compensated the carrier for the delays.", "compensated", ("AID", None)),
    ("The exchange will delist the insurer.", "delist", ("COERCE", "restrict")),
    ("The exchange implemented trading restrictions.", "implemented", ("COERCE", "restrict")),
    # beating a rival or a forecast is no assault
    ("Police beat the protesters with batons.", "beat", ("ASSAULT", "beat")),
    ("The carmaker beat its rivals in the third quarter.", "beat", None),
    # denials are not coded; a new jet entering service is no aid
    ("The chairman denied rumours of a split.", "denied", None),
    ("The new jet will begin service in May.", "begin", None),
])
def test_business_codings(parse, text, verb, expected):
    assert coding(parse, text, verb) == expected


def test_rows_of_one_key_are_tried_in_order(parse):
    """The first row whose flag holds wins; when none holds, the first row is returned and refused."""
    goods, command = Coding("COOPERATE", None, "06", "goods"), Coding("REQUEST", None, "10", "control")
    lex = Lexicon({("order", "*"): (goods, command)}, {}, frozenset())
    purchase = next(t for t in parse("The airline ordered 20 jets.") if t.text == "ordered")
    order = next(t for t in parse("The general ordered the troops to leave.") if t.text == "ordered")
    assert _lookup(verb_shape(purchase), lex).coding == goods
    assert _lookup(verb_shape(order), lex).coding == command
    only_goods = Lexicon({("order", "*"): (goods,)}, {}, frozenset())
    refused = _lookup(verb_shape(order), only_goods)
    assert refused.coding == goods and not flag_holds(order, refused.coding.flag)


@pytest.mark.parametrize(("text", "verb", "noun", "givers"), [
    ("The two carmakers received bridge loans from the provincial government.", "received", "loans", ["government"]),
    ("The insurer has received $15 billion in bailout money from the Treasury.", "received", "money", ["Treasury"]),
    ("The carmakers were given loans by the state.", "given", "loans", ["state"]),
    ("The lender received government loans last year.", "received", "loans", ["government"]),
    ("The student received a letter from the university.", "received", None, None),
    ("The minister gave loans to the farmers.", "gave", None, None),
])
def test_aid_named_from_the_recipients_side(parse, text, verb, noun, givers):
    found = aid_received(next(t for t in parse(text) if t.text == verb))
    if noun is None:
        assert found is None
    else:
        assert found is not None and found[0].text == noun and [g.text for g in found[1]] == givers
