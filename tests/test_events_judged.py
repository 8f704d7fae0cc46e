"""Criticism and praise voiced with evaluative words (events_judged): invented sentences of several shapes must
give ACCUSE or SUPPORT from the speaker to the judged actor, each beside an ordinary twin of the same shape
(a misfortune, a thing, the speaker's own side, a denial, a sport) that must give no such event."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.actors.words import ACTING_GROUPS
from newsgraph.extract.events import plover_type
from newsgraph.extract.events_judged_words import RATING_WORDS, adverb_forms, evaluations, feelings
from test_events_coverage import coded_events

# (judging sentence, PLOVER type, source country, target country, ordinary twin)
PAIRS = [
    ("The Dutch Labour Party said the Dutch government's housing plan was reckless.",
     "ACCUSE", "NLD", "NLD",
     "The Dutch Labour Party said the Dutch government's housing plan was long."),
    ("Canada's foreign minister said the decision by Brazil to close the consulate was a disgrace.",
     "ACCUSE", "CAN", "BRA",
     "Canada's foreign minister said the floods in Brazil were a disaster."),
    ('"Moscow\'s handling of the talks has been a complete failure," the Polish prime minister told reporters.',
     "ACCUSE", "POL", "RUS",
     '"The harvest in the south has been a complete failure," the Polish prime minister told reporters.'),
    ("The Kenyan government said Uganda's response to the border dispute was unacceptable.",
     "ACCUSE", "KEN", "UGA",
     "The Kenyan government said its own response to the drought had been unacceptable."),
    ("Argentina's president said Chile had acted irresponsibly over the fishing quotas.",
     "ACCUSE", "ARG", "CHL",
     "Argentina's president did not say whether Chile had acted irresponsibly over the fishing quotas."),
    ("The Dutch foreign minister called the Turkish move reckless and dangerous.",
     "ACCUSE", "NLD", "TUR",
     "The Dutch foreign minister called the mountain road reckless and dangerous."),
    ("Spain described Morocco's decision as a betrayal of years of cooperation.",
     "ACCUSE", "ESP", "MAR",
     "Spain described the storm as a catastrophe for its fishing fleet."),
    ("It was shameful of Hungary to block the aid package, the Austrian chancellor said.",
     "ACCUSE", "AUT", "HUN",
     "It was a shame that the weather spoiled the festival, the Austrian chancellor said."),
    ("Peru's president said Ecuador's decision to expel the envoy was not acceptable.",
     "ACCUSE", "PER", "ECU",
     "Peru's president said Ecuador's decision to expel the envoy was acceptable."),
    ("The Swedish defence minister said Russia's behaviour in the Baltic was provocative.",
     "ACCUSE", "SWE", "RUS",
     "The Swedish defence minister said Russia's economy was weak."),
    ("The Mexican president said the US tariffs were unfair and would hurt workers on both sides.",
     "ACCUSE", "MEX", "USA",
     "The Mexican president said US sales of his country's avocados were weak this year."),
    ("Germany is deeply disappointed with Turkey's decision to expel the journalists, the foreign ministry said.",
     "ACCUSE", "DEU", "TUR",
     "Germany is deeply disappointed with the result of the qualifier against Turkey, the coach said."),
    ("The Indian government was angered by Pakistan's remarks at the United Nations.",
     "ACCUSE", "IND", "PAK",
     "The Indian government was saddened by the death of the Pakistani poet."),
    ('"China has betrayed the trust of the Hong Kong people," the British foreign secretary said.',
     "ACCUSE", "GBR", "CHN",
     '"China has won the trust of the Hong Kong people," the British foreign secretary said.'),
    ("The German chancellor said France had done an outstanding job in leading the talks.",
     "SUPPORT", "DEU", "FRA",
     "The German chancellor said the French team had done an outstanding job in the tournament."),
    ("Japan's prime minister said the Australian government's response to the fires had been courageous.",
     "SUPPORT", "JPN", "AUS",
     "Japan's prime minister said the Australian weather during his visit had been wonderful."),
    ('"Norway has played a constructive role in these negotiations," the Colombian president said.',
     "SUPPORT", "COL", "NOR",
     '"Our government has played a constructive role in these negotiations," the Colombian president said.'),
    ("Pakistan is to blame for the attack on the convoy, the Indian defence minister said.",
     "ACCUSE", "IND", "PAK",
     "Officials said a faulty valve was to blame for the explosion at the refinery."),
    ("The Afghan government said the Taliban were responsible for the bombing in Kabul.",
     "ACCUSE", "AFG", "AFG",
     "The Afghan government said the Taliban were responsible for security in the district."),
    ('"It is a disgrace," the Irish prime minister said of the British decision.',
     "ACCUSE", "IRL", "GBR",
     '"It is a tragedy," the Irish prime minister said of the floods in the west.'),
    ("Finland's foreign minister said Russia's silence on the incident was unacceptable.",
     "ACCUSE", "FIN", "RUS",
     "Finland's foreign minister said Russia's silence on the incident was puzzling."),
    ("The Kenyan president said Ghana's contribution to the fund was generous.",
     "SUPPORT", "KEN", "GHA",
     "The Kenyan president said Ghana's cocoa harvest was generous."),
    ("The Bolivian president said the Chilean president was a liar.",
     "ACCUSE", "BOL", "CHL",
     "The Bolivian president said the Chilean novel was a hoax."),
    ("The Polish health minister wrote to the Czech officials that they had been exemplary during the outbreak.",
     "SUPPORT", "POL", "CZE",
     "The Polish health minister told the Czech officials that the outbreak was a tragedy."),
    ("The Estonian transport ministry said the Latvian government's handling of the repairs was a disgrace.",
     "ACCUSE", "EST", "LVA",
     "The Estonian transport ministry said the Latvian government's share price had been a disaster."),
    ('"The decision by Hungary is shameful. It goes against everything we stand for," the Austrian chancellor said.',
     "ACCUSE", "AUT", "HUN",
     '"The weather in Vienna is shameful. It rains every day," the Austrian chancellor said.'),
    ("Australia is deeply concerned about China's treatment of the detained writer, the foreign minister said.",
     "ACCUSE", "AUS", "CHN",
     "Australia is deeply concerned about the drought in the east, the foreign minister said."),
    ("The Dutch prime minister said Belgium's response to the floods had been excellent.",
     "SUPPORT", "NLD", "BEL",
     "The Dutch prime minister said the Dutch response to the floods had been excellent."),
    ("Ukraine's security service said Russia was behind the cyberattack on the power grid.",
     "ACCUSE", "UKR", "RUS",
     "Ukraine's security service said Russia was behind the decision to hold the talks in Minsk."),
    ("The Syrian opposition said the government was guilty of war crimes in the siege.",
     "ACCUSE", "SYR", "SYR",
     "The Syrian opposition said the government's soldiers pleaded guilty to looting in the siege."),
    ("The Indian foreign ministry said Pakistan's remarks were racist.",
     "ACCUSE", "IND", "PAK",
     "The Indian foreign ministry said Pakistan's claims were lies."),
    ("The Greek finance minister said the German government had broken its promise on debt relief.",
     "ACCUSE", "GRC", "DEU",
     "The Greek finance minister said the German government had broken its record for exports."),
    ("The dockers' union said the Danish government had not lived up to its pledge on wages.",
     "ACCUSE", "DNK", "DNK",
     "The dockers' union said the Danish government had lived up to its pledge on wages."),
    ("The Latvian government said Estonia was lying about the border deal.",
     "ACCUSE", "LVA", "EST",
     "The Latvian government said Estonia was lying low before the border vote."),
    ("Amnesty International said the conduct of the Burmese army had been inhumane.",
     "ACCUSE", None, "MMR",
     "Amnesty International said the treatment of Burmese prisoners had been inhumane."),
    ("The Iranian government regretted Britain's decision to seize the tanker.",
     "ACCUSE", "IRN", "GBR",
     "The Iranian government regretted its decision to seize the tanker."),
    ("The Kenyan foreign minister said Kenya appreciated Ethiopia's efforts to end the fighting.",
     "SUPPORT", "KEN", "ETH",
     "The Kenyan foreign minister said he appreciated the warm weather in Addis Ababa."),
    ("The Canadian prime minister said Mexico deserved credit for the deal.",
     "SUPPORT", "CAN", "MEX",
     "The Canadian prime minister said Mexico deserved a place at the table."),
    ("The Brazilian president said the Venezuelan leader was unfit to govern.",
     "ACCUSE", "BRA", "VEN",
     "The Brazilian president said the Venezuelan leader was fit to govern."),
    ("The Polish president said Russia was a threat to European security.",
     "ACCUSE", "POL", "RUS",
     "The Polish president said the drought was a threat to farmers."),
    ('"Moscow should be ashamed," the Lithuanian foreign minister said.',
     "ACCUSE", "LTU", "RUS",
     '"Moscow should be patient," the Lithuanian foreign minister said.'),
    ('"He has failed the Kurdish people," the Iraqi opposition leader said of the Turkish president.',
     "ACCUSE", "IRQ", "TUR",
     '"The harvest has failed the Kurdish farmers," the Iraqi opposition leader said of the drought.'),
    ('"What Serbia did in the village is unacceptable," the Croatian prime minister said.',
     "ACCUSE", "HRV", "SRB",
     '"What the storm did to the village is terrible," the Croatian prime minister said.'),
    ("The Venezuelan government called the US sanctions illegal and criminal.",
     "ACCUSE", "VEN", "USA",
     "The Venezuelan government called the new bridge safe and modern."),
    ("The Chilean finance minister said the Peruvian central bank's decision to hold rates was wise.",
     "SUPPORT", "CHL", "PER",
     "A Chilean economist said the Peruvian central bank's decision to hold rates was wise."),
    ("China has no right to interfere in Hong Kong's affairs, the British foreign secretary said.",
     "ACCUSE", "GBR", "CHN",
     "The British foreign secretary said every citizen has the right to protest."),
    ("The Iranian foreign minister said the United States cannot be trusted.",
     "ACCUSE", "IRN", "USA",
     "The Iranian foreign minister said the old bridge cannot be trusted."),
    ("The Palestinian president said Israel was not serious about peace.",
     "ACCUSE", "PSE", "ISR",
     "Doctors said the injuries of the Israeli soldiers were not serious."),
    ("Seoul said it was grateful for Washington's support during the talks.",
     "SUPPORT", "KOR", "USA",
     "Seoul said it was grateful for the rain after the drought."),
    ("The Philippine president said he was grateful to Japan for the coast guard vessels.",
     "SUPPORT", "PHL", "JPN",
     "The Philippine president said he was grateful for the rain after the long drought."),
    # a group judged for a public collective act by a state body (CVL of the country the actor stage places it
    # in), not for a camp, nor by a firm
    ("The Peruvian interior minister said the protesters' blockade of the highway was unacceptable.",
     "ACCUSE", "PER", "PER",
     "The Peruvian interior minister said the protesters' camp beside the highway was unacceptable."),
    ("The Thai labour minister said the demonstrators' walkout was irresponsible.",
     "ACCUSE", "THA", "THA",
     "A Thai shipping firm said the demonstrators' walkout was irresponsible."),
    # a mayor, a governor or the opposition on the national government: no self-criticism; a minister on it is
    ("The mayor of Lyon said the French government's handling of the rail strike was a disgrace.",
     "ACCUSE", "FRA", "FRA",
     "The French prime minister said the French government's handling of the rail strike was a disgrace."),
    ("The governor of Bavaria said the federal government's decision on the motorway tolls was wrong.",
     "ACCUSE", "DEU", "DEU",
     "The German finance minister said the federal government's decision on the motorway tolls was wrong."),
    ("The Portuguese opposition leader said the Portuguese government's response to the fires was shameful.",
     "ACCUSE", "PRT", "PRT",
     "The Portuguese opposition leader said the response to the fires was shameful."),
    # a regional government is an office of its own; "the junta" is no minister's own government
    ("The Canadian government said the Quebec government's decision was illegal.",
     "ACCUSE", "CAN", "CAN",
     "The Canadian prime minister said the Canadian government's decision was illegal."),
    ("The Nigerian foreign minister said the junta had acted recklessly.",
     "ACCUSE", "NGA", None,
     "The Nigerian foreign minister said the government had acted recklessly."),
    # rules and rights are law when human or international, broken by a state
    ("The Swiss foreign ministry said Myanmar had violated human rights in the north.",
     "ACCUSE", "CHE", "MMR",
     "The Finnish court said the firm had violated the design rights of a competitor."),
    ("The Swiss foreign ministry said Myanmar had trampled on the rule of law.",
     "ACCUSE", "CHE", "MMR",
     "The Portuguese minister said the Moroccan baker had ignored the rules of classic pastry."),
    # march and rally are conduct only of a group, a party or the opposition
    ("The Estonian opposition leader said the Centre Party's rally in the capital was illegal.",
     "ACCUSE", "EST", "EST",
     "The Austrian trade minister said the Chilean copper rally was unjustified."),
    # a judging word coordinated after a word that judges nothing
    ("The Danish foreign minister said the Russian decision was hasty and unjust.",
     "ACCUSE", "DNK", "RUS",
     "The Danish foreign minister said the Russian winter was harsh and cruel."),
    ("The Hungarian prime minister called the Slovak move hasty and irresponsible.",
     "ACCUSE", "HUN", "SVK",
     "The Hungarian prime minister called the Slovak mountain road narrow and dangerous."),
    # a criminal is no public actor; a body named after the crime it fights is one
    ("The Indian health minister said the US drug regulator's decision to ban the pills was reckless.",
     "ACCUSE", "IND", "USA",
     "The Indian health minister said the Mexican drug lord's decision to flee the country was reckless."),
    # a judging word parsed as a passive participle; the law broken
    ("The Moroccan king said the Algerian decision to close the border was not justified.",
     "ACCUSE", "MAR", "DZA",
     "The Moroccan king said the Algerian decision to close the border was justified."),
    ("The Kenyan agriculture minister said the farmers' march on Nairobi was misguided.",
     "ACCUSE", "KEN", "KEN",
     "The Kenyan agriculture minister said the farmers' march on Nairobi was planned."),
    ("The Serbian foreign minister said Croatia had flouted international law at the border.",
     "ACCUSE", "SRB", "HRV",
     "The Serbian foreign minister said Croatia had never flouted international law at the border."),
    # misconduct charged: meddling in another's affairs; the bare opposition judged by its government
    ("The Laotian foreign ministry said Hanoi was meddling in the affairs of its border provinces.",
     "ACCUSE", "LAO", "VNM",
     "The Laotian foreign ministry said the floods were meddling with the harvest in its border provinces."),
    ("The Albanian prime minister said the opposition had been irresponsible during the budget debate.",
     "ACCUSE", "ALB", "ALB",
     "The Albanian opposition leader said the opposition had been irresponsible during the budget debate."),
    # naming an act: "amounted to", "an act of", a violation; bearing the blame for a harm
    ("The Swiss foreign minister said Myanmar's treatment of the Rohingya amounted to genocide.",
     "ACCUSE", "CHE", "MMR",
     "The Swiss foreign minister said Myanmar's rice harvest amounted to a record."),
    ("The Cypriot government said the Turkish incursion into its waters was an act of aggression.",
     "ACCUSE", "CYP", "TUR",
     "The Cypriot government said the storm in its waters was an act of nature."),
    ("The Jordanian foreign ministry said the Israeli raid was a violation of the truce.",
     "ACCUSE", "JOR", "ISR",
     "The Jordanian foreign ministry said the Israeli raid was a topic of the talks."),
    ("The Nigerian president said Boko Haram bears full responsibility for the killings in the village.",
     "ACCUSE", "NGA", "NGA",
     "The Nigerian president said Boko Haram had claimed responsibility for the killings in the village."),
]


# ordinary sentences that judge no other public actor: self-criticism told to someone, a forecast, an injury
# that is "not serious", a government's own people or own side, its own staff, a private suspect, "lying" somewhere,
# a named storm, a firm's product (a "treatment")
ORDINARY = [
    "Mr Osei told reporters that he had been wrong to skip the vote.",
    "The Chilean president told the Peruvian envoys that he had been careless with the letter.",
    "The Swiss minister said Austria would be a wonderful partner for the project.",
    "Doctors said the Israeli soldiers' injuries were not serious.",
    "The Norwegian king said the Norwegian people had been generous to the refugees.",
    "The Swedish prime minister said the Swedish government's plan was fair to pensioners.",
    "The carrier said its chief engineer had done an excellent job during the storm.",
    "Police said the suspect had entered the warehouse illegally through a window.",
    "The Peruvian president said Chile's record on trade was remarkable.",
    "Medics said the wounded man was lying on the street when the paramedics arrived.",
    "The governor said Storm Orla had been a disaster for the farms.",
    "The WHO said Novartis's new treatment was effective against the parasite.",
    "The consulate said the Dutch tourist's injuries were not serious.",
    "The Kenyan government said its own engineers had done a fantastic job on the bridge.",
    # "the government" of no named country, judged by a minister, is the minister's own
    "The Chilean interior minister said the government had acted responsibly during the strike.",
    # words that rate anything, said of an actor or a body itself rather than of its conduct
    "The Spanish minister said the new Portuguese school was a wonderful gift to the town.",
    "The Greek president said the Italian president was great company at dinner.",
    # a criminal is no public actor, whatever "leader" makes of him; a relative clause describes, no one judges
    "The Mexican prosecutor said the cartel leader had been a dangerous man for decades.",
    "The Chilean court said the Bolivian soldiers, who had illegally crossed the border, would be released.",
    # farm work and farm rules are no public act of a group; the march of choirs is a parade
    "The Irish agriculture minister said the farmers had done a great job this autumn.",
    "The Danish culture minister said the Welsh choirs' march through Aarhus was wonderful.",
    # a participle whose verb's lemma judges, with its agent: the subject is acted on, not judged
    "The Belgian government said the Dutch envoy was disgraced by the affair.",
    "The Czech government said the Polish officials were shamed by the magazine.",
    # sports and culture bodies of a nationality: no state acts
    "The Chilean rowing federation said the Peruvian umpire's decision was arbitrary.",
    "The Greek culture minister said the Cypriot theatre's decision to cancel the play was unjustified.",
]
DEMAND = "The Finnish government said Norway should be more generous in the talks."
HEDGED = [
    "The Danish government said Poland would betray the pact if it left the talks.",
    "Ottawa said it might be disappointed with the Mexican ruling on steel.",
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    """The events of every sentence of the table, each coded as an article of its own."""
    return coded_events([text for pair in PAIRS for text in (pair[0], pair[4])] + ORDINARY + [DEMAND] + HEDGED)


def judged_types(events: list[dict[str, Any]]) -> set[str]:
    """PLOVER types of the events that criticise or praise."""
    return {plover_type(e) for e in events} & {"ACCUSE", "SUPPORT"}


@pytest.mark.parametrize(("text", "type_", "source", "target", "twin"), PAIRS)
def test_judgement_and_its_ordinary_twin(coded, text, type_, source, target, twin):
    found = [(plover_type(e), (e["source"] or {}).get("actor", {}).get("country"),
              (e["target"] or {}).get("actor", {}).get("country")) for e in coded[text]]
    assert (type_, source, target) in found, found
    assert not judged_types(coded[twin]), coded[twin]


@pytest.mark.parametrize("text", ORDINARY)
def test_no_judgement_of_oneself_or_a_private_party(coded, text):
    assert not judged_types(coded[text]), coded[text]


@pytest.mark.parametrize("text", HEDGED)
def test_supposed_or_foreseen_judgement_is_no_event(coded, text):
    assert not judged_types(coded[text])


def test_demand_is_no_praise(coded):
    """"Y should be more generous" asks something of Y: a REQUEST, no praise."""
    assert [plover_type(e) for e in coded[DEMAND]] == ["REQUEST"]


def test_judgement_is_no_demand(coded):
    """"Y should be ashamed" judges Y: no REQUEST beside the criticism."""
    events = coded['"Moscow should be ashamed," the Lithuanian foreign minister said.']
    assert [plover_type(e) for e in events] == ["ACCUSE"]


def test_naming_is_no_sanction(coded):
    """"called the US sanctions illegal" is the judgement alone, no SANCTION by the caller."""
    events = coded["The Venezuelan government called the US sanctions illegal and criminal."]
    assert [plover_type(e) for e in events] == ["ACCUSE"]


def test_word_lists():
    words = evaluations()
    assert words["disgrace"] == -1 and words["courageous"] == 1 and words["acceptable"] == 0
    assert words["recklessly"] == -1 and words["responsibly"] == 1  # adverbs derived from the adjectives
    assert adverb_forms("heroic") == ["heroically"] and adverb_forms("terrible") == ["terribly"]
    assert feelings()["disappointed"] == -1 and feelings()["grateful"] == 1
    assert not {"failurely", "liely", "heroly"} & set(words)  # no adverbs made from nouns
    assert not {"flood", "loss", "killed", "proud", "worried"} & set(words)  # misfortunes; feelings are feelings.tsv
    assert RATING_WORDS <= set(words)  # the words that rate anything are judging words
    assert all(not group.endswith("s") for group in ACTING_GROUPS)  # lemmas, matched against token lemmas
    assert not {"miner", "striker", "union"} & ACTING_GROUPS  # crypto miners, footballers, a union of states


def test_group_judged_abroad_keeps_the_country_it_acts_in():
    """Protesters in one country judged by another country's ministry are not the ministry's own country's."""
    text = ("Crowds gathered in Zagreb on Sunday. "
            "The Hungarian foreign ministry said the protesters' violence was unacceptable.")
    events = coded_events([text])[text]
    targets = [(e["target"] or {}).get("actor", {}).get("country") for e in events if plover_type(e) == "ACCUSE"]
    assert targets == ["HRV"], targets


def test_federal_court_is_no_government():
    """"the federal court's ruling" judges the court (JUD), not a federal government."""
    text = "The Australian government said the federal court's ruling was unjust."
    sectors = [(e["target"] or {}).get("actor", {}).get("sector") for e in coded_events([text])[text]]
    assert sectors == ["JUD"], sectors
