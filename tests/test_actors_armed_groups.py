"""Armed groups, militias, separatist movements and one state's parties (armed_groups.tsv, the party rows of
organizations.tsv): a group takes the country it fights in, and the names it shares with other things stay
theirs. Invented sentences."""

from __future__ import annotations

import pytest

from newsgraph.actors.kb import knowledge_base, read_tsv
from test_actors import resolve, run

CASES = [  # (text, mention, (country, sector))
    # rebels and militants: the country they fight in, even when based elsewhere
    ("Fighters of the Arakan Army attacked a police post.", "Arakan Army", ("MMR", "REB")),
    ("Kachin Independence Army fighters ambushed a supply convoy.", "Kachin Independence Army", ("MMR", "REB")),
    ("The PKK claimed the bombing of a gendarmerie station.", "PKK", ("TUR", "REB")),
    ("The YPG withdrew from the border town on Tuesday.", "YPG", ("SYR", "REB")),
    ("The Syrian Democratic Forces captured the dam.", "Syrian Democratic Forces", ("SYR", "REB")),
    ("The Free Syrian Army shelled the checkpoint.", "Free Syrian Army", ("SYR", "REB")),
    ("Hayat Tahrir al-Sham seized the airbase.", "Hayat Tahrir al-Sham", ("SYR", "REB")),
    ("Jabhat Fateh al-Sham kidnapped two aid workers.", "Jabhat Fateh al-Sham", ("SYR", "REB")),
    ("The Haqqani network was blamed for the truck bomb.", "Haqqani network", ("AFG", "REB")),
    ("The Tehrik-i-Taliban Pakistan claimed the attack on the school.", "Tehrik-i-Taliban Pakistan", ("PAK", "REB")),
    ("Jaish-e-Mohammed was blamed for the raid on the army camp.", "Jaish-e-Mohammed", ("IND", "REB")),
    ("Islamic Jihad fired rockets from the strip overnight.", "Islamic Jihad", ("PSE", "REB")),
    ("The Polisario Front accused Rabat of breaking the ceasefire.", "Polisario Front", ("MAR", "REB")),
    ("M23 rebels took control of the lakeside town.", "M23", ("COD", "REB")),
    ("Seleka fighters looted the mission.", "Seleka", ("CAF", "REB")),
    ("The Lord's Resistance Army abducted dozens of children.", "Lord's Resistance Army", ("UGA", "REB")),
    ("The SPLA attacked a garrison near the river.", "SPLA", ("SDN", "REB")),
    ("The TPLF agreed to a truce with the federal government.", "TPLF", ("ETH", "REB")),
    ("The Oromo Liberation Army ambushed a bus.", "Oromo Liberation Army", ("ETH", "REB")),
    ("Renamo gunmen attacked a bus on the highway.", "Renamo", ("MOZ", "REB")),
    ("The Zapatistas marched into the market town.", "Zapatistas", ("MEX", "REB")),
    ("The ELN blew up an oil pipeline near the border.", "ELN", ("COL", "REB")),
    ("Abu Sayyaf militants seized three fishermen.", "Abu Sayyaf", ("PHL", "REB")),
    ("The RUF freed the peacekeepers it held.", "RUF", ("SLE", "REB")),
    # state-aligned militias, paramilitaries and a state's mercenaries
    ("Janjaweed militias burned three villages.", "Janjaweed", ("SDN", "MIL")),
    ("The Rapid Support Forces shelled the market.", "Rapid Support Forces", ("SDN", "MIL")),
    ("The Wagner Group denied the report.", "Wagner Group", ("RUS", "MIL")),
    ("The Northern Alliance shelled Taliban positions north of the capital.", "Northern Alliance", ("AFG", "MIL")),
    # one state's parties (POL, as the table's other parties)
    ("ZANU-PF accused the opposition of inciting violence.", "ZANU-PF", ("ZWE", "POL")),
    ("Fidesz rejected the proposal in parliament.", "Fidesz", ("HUN", "POL")),
    ("The AKP criticised the court's ruling.", "AKP", ("TUR", "POL")),
    ("Pakistan Tehreek-e-Insaf called for fresh elections.", "Pakistan Tehreek-e-Insaf", ("PAK", "POL")),
]


@pytest.mark.parametrize(("text", "mention", "expected"), CASES)
def test_armed_group_or_party(text: str, mention: str, expected: tuple[str, str]) -> None:
    _, country, sector = resolve(run(text), mention)
    assert (country, sector) == expected


@pytest.mark.parametrize(("text", "mention", "expected"), [
    # names the table leaves to their other meaning
    ("The alliance said it would respond within a week.", "alliance", (None, None)),
    ("The Front said it would fight on.", "Front", (None, None)),
    ("Kia recalled twenty thousand cars.", "Kia", ("KOR", "BUS")),  # not the Kachin Independence Army
    ("The SDF joined the naval drill.", "SDF", ("JPN", "MIL")),  # Japan's Self-Defense Forces, not the Syrian
    ("The ADF sent two ships to the strait.", "ADF", ("AUS", "MIL")),  # not the Allied Democratic Forces
    ("PTI reported the minister's remarks.", "PTI", ("IND", "MED")),  # Press Trust of India, not the party
    ("RSF condemned the arrest of the reporter.", "RSF", (None, None)),  # Reporters Without Borders, not Sudan's
    ("The orchestra played Wagner at the festival.", "Wagner", (None, None)),  # not the Wagner Group
    ("The ETA of the ship is noon.", "ETA", (None, None)),  # estimated time of arrival
    ("Lebanese forces arrested two men.", "Lebanese forces", ("LBN", "MIL")),  # not the Lebanese Forces party
    # transnational groups keep no country
    ("The Islamic State claimed the attack.", "Islamic State", (None, "IMG")),
    ("AQIM claimed the kidnapping.", "AQIM", (None, "IMG")),
])
def test_shared_name_is_not_the_group(text: str, mention: str, expected: tuple[str | None, str | None]) -> None:
    _, country, sector = resolve(run(text), mention)
    assert (country, sector) == expected


def test_every_armed_group_row_has_a_valid_country_sector_and_source() -> None:
    kb = knowledge_base()
    rows = read_tsv("armed_groups.tsv")
    assert len(rows) >= 120
    for row in rows:
        assert not row["country"] or row["country"] in kb.countries, row
        assert row["sector"] in ("REB", "MIL", "IMG", "OPP", "CRM", "BUS"), row
        assert row["source"].startswith("Wikipedia: "), row
        assert bool(row["country"]) or row["sector"] in ("IMG", "CRM"), row  # only transnational ones lack one
