"""Triggers and types of business-wire news (2026-11-29): contracts signed by firms, aid on conditions, lawsuits
announced, order tallies, retaliation, standards met, staff evacuated, workplaces occupied, injuries with no doer,
agreements ended, assets frozen and seized goods returned. Invented sentences that must give an event of a PLOVER type
(and mode), and near misses that must not; test_events_triggers_s13 runs these tables with its own."""

from __future__ import annotations

import pytest

from newsgraph.extract.events import plover_type
from test_events_coverage import coded_events, event_pairs

# sentence: (PLOVER type, source country, target country or None)
EVENT_SENTENCES = {
    # a contract made by firms is COOPERATE (GUIDELINE, MEANTIME conventions)
    "Sony signed a licensing deal with Toshiba.": ("COOPERATE", "JPN", "JPN"),
    "Nokia has signed distribution agreements with mobile operators in Asia.": ("COOPERATE", "FIN", None),
    # a lawsuit announced is a threat, as "said it would sue"
    "Airbus said it would take Lufthansa to court over the unpaid bills.": ("THREATEN", "FRA", "DEU"),
    # aid made hang on the other side's act leverages it (GUIDELINE: aid made conditional is THREATEN)
    "The minister said Oslo would guarantee the loans only if Volvo presented a credible plan.": (
        "THREATEN", "NOR", "SWE"),
    # workers holding their workplace strike
    "Police fired tear gas at workers who have occupied the paint shop of a Kia plant for two months.": (
        "PROTEST", None, None),
    # ending an agreement cuts an exchange that exists
    "Lufthansa said it would end its code-sharing agreement with Alitalia in June.": ("SANCTION", "DEU", "ITA"),
    # frozen accounts are held from their owner, as property seized
    "The Kenyan regulator froze the accounts of the tycoon James Mwangi.": ("COERCE", "KEN", None),
    # seized goods handed back
    "Italian customs officials returned 300 containers of shoes to two Naples importers.": ("RETREAT", "ITA", None),
}

# sentence: (PLOVER type, mode) that one of its events must have
MODES = {
    "Police fired tear gas at workers who have occupied the paint shop of a Kia plant for two months.": (
        "PROTEST", "strike"),
    "Students in Chile occupied the rector's office in protest at fee rises.": ("PROTEST", "demo"),
    "The Kenyan regulator froze the accounts of the tycoon James Mwangi.": ("COERCE", "seize"),
    "Lufthansa ended its code-sharing agreement with Alitalia in June.": ("SANCTION", "discontinue"),
}

# sentence: a PLOVER type it must not give
NEAR_MISSES = {
    "Sony signed a licensing deal with Toshiba.": "AGREE",
    "The minister said Oslo would guarantee the loans only if Volvo presented a credible plan.": "AGREE",
    # an offer on a plain "if" threatens nobody
    "The IMF said it was ready to provide financial support to Hungary if the government asked for it.": "THREATEN",
    "Airbus said it would take Lufthansa to court over the unpaid bills.": "ACCUSE",
    # a seller's tally of orders, no sale to anyone named; "against" names no party
    "Embraer has now booked 140 firm orders for the E190, against 310 for the rival Bombardier jet.": "COOPERATE",
    # a retaliation with no force named
    "Moscow retaliated within hours.": "ASSAULT",
    # a norm met is no meeting
    "Twelve Chilean wineries met Russian safety standards.": "CONSULT",
    # a firm moving its own staff aids no one
    "Shell said it had evacuated non-essential staff from two of its oil fields in Nigeria.": "AID",
    # injuries with no doer named
    "At least 20 Kenyan workers and seven officers were injured in the clashes.": "ASSAULT",
    "The Kenyan regulator froze the accounts of the tycoon James Mwangi.": "SANCTION",
}

# the near misses' other side: what the new rules must leave as it was
KEPT = {
    "Tokyo and Canberra signed a deal on beef exports.": ("AGREE", "JPN", "AUS"),
    "Intel signed a memorandum of understanding with Toshiba.": ("AGREE", "USA", "JPN"),
    "Shell signed a deal with the Nigerian government.": ("AGREE", "GBR", "NGA"),
    "Airbus took Lufthansa to court over the unpaid bills.": ("ACCUSE", "FRA", "DEU"),
    "Embraer booked 12 firm orders for the E190 from Lufthansa.": ("COOPERATE", "BRA", None),
    "Lufthansa placed an order for 20 Embraer jets.": ("COOPERATE", "DEU", None),
    "Moscow retaliated with air strikes on the town.": ("ASSAULT", "RUS", None),
    "Moscow said it would retaliate against the sanctions.": ("THREATEN", "RUS", None),
    "The Chilean minister met Russian officials in Moscow.": ("CONSULT", "CHL", "RUS"),
    "The Kenyan army evacuated 300 villagers from the flooded area.": ("AID", "KEN", None),
    "Nigerian troops evacuated 40 oil workers from the platform.": ("AID", "NGA", None),
    "Kenyan troops occupied the town of Kismayo.": ("ASSAULT", "KEN", None),
    "Police injured 20 Kenyan workers.": ("ASSAULT", None, "KEN"),
    "Two Kenyan journalists were injured by police in the clashes.": ("ASSAULT", None, "KEN"),
    "The EU froze aid to Niger.": ("SANCTION", None, "NER"),
    "The EU froze the assets of 20 Belarusian officials.": ("SANCTION", None, "BLR"),  # economic sanctions
    "The IMF said it was ready to provide financial support to Hungary if the government asked for it.": (
        "AGREE", None, "HUN"),
}


def test_occupying_workers_do_not_assault():
    text = "Police fired tear gas at workers who have occupied the paint shop of a Kia plant for two months."
    events = coded_events([text])[text]
    assaults = [e for e in events if plover_type(e) == "ASSAULT"]
    assert all(e["trigger"]["text"] != "occupied" for e in assaults), event_pairs(events)


@pytest.mark.parametrize(("text", "wrong"), [
    # a result, not a cut: "ended up buying"
    ("Turkey ended up buying missiles from Russia.", "SANCTION"),
    # food refused to someone is withheld, no hunger strike
    ("Prison guards refused food to the detainees.", "PROTEST"),
    # a condition on a state of things, not on a party's act, leaves an offer of help
    ("The IMF will provide aid to Greece only if the economy grows.", "THREATEN"),
    # a state's treasury freezing assets imposes sanctions; a market regulator seizes
    ("The US Treasury froze the assets of three Russian oligarchs.", "COERCE"),
    ("The SEC froze the fund's assets.", "SANCTION"),
])
def test_reviewed_near_misses_of_the_business_rules(text, wrong):
    events = coded_events([text])[text]
    assert wrong not in {plover_type(e) for e in events}, event_pairs(events)
