"""Addresses: every form the recognisers find, grown over their block as detection does,
and the figures, references and labels that must stay. All values are invented."""

import pytest

from reviewgen.redact.recognisers import RECOGNISERS, extend_address

BY_NAME = {r.name: r for r in RECOGNISERS}
ADDRESS = [r for r in RECOGNISERS if r.category == "address"]


def found(recogniser: str, text: str) -> list[str]:
    return [text[s:e] for s, e in BY_NAME[recogniser].find(text)]


def addresses(text: str) -> list[str]:
    """Every address span, grown over its block, overlapping spans joined (as detection does)."""
    spans = sorted(extend_address(text, s, e) for r in ADDRESS for s, e in r.find(text))
    joined: list[list[int]] = []
    for start, end in spans:
        if joined and start < joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], end)
        else:
            joined.append([start, end])
    return [text[s:e] for s, e in joined]


@pytest.mark.parametrize("text,value", [
    ("He was seen at the corner of Mill Lane and Station Road on Friday.",
     "the corner of Mill Lane and Station Road"),
    ("She lives near the junction of 14 Acacia Avenue and Orchard Grove",
     "the junction of 14 Acacia Avenue and Orchard Grove"),
    ("found at the corner of Kestrelweg 12 and Birch Hollow.", "the corner of Kestrelweg 12 and Birch Hollow"),
    ("meet at the corner of 22 hill road and elm courts", "the corner of 22 hill road and elm courts"),
])
def test_street_corner_is_one_address(text, value):
    assert found("street_corner", text) == [value]


@pytest.mark.parametrize("text", [
    "the junction of Health and Social Care in Children's Services",
    "at the corner of the room and the window",
    "the junction of policy and practice",
    "the intersection of Race and Gender",
])
def test_corner_of_things_that_are_not_streets(text):
    assert found("street_corner", text) == []


def test_corner_ends_before_a_field_label():
    text = "Address: the corner of 9 Ash Street and Plover Rise\nMobile: 07700 900123"
    assert addresses(text) == ["the corner of 9 Ash Street and Plover Rise"]


@pytest.mark.parametrize("text,value", [
    ("The office is on Lindenauer Strasse 89", "Lindenauer Strasse 89"),
    ("The office is on Tulpen Baan 473 today", "Tulpen Baan 473"),
    ("The bus station is on Pod Lipami 1677", "Pod Lipami 1677"),
    ("at 9243 Avenue d'Orsel 109 now", "9243 Avenue d'Orsel 109"),
])
def test_continental_street_then_its_number(text, value):
    assert addresses(text) == [value]


@pytest.mark.parametrize("text,value", [
    ("He lives on the north side of Alvaro Quintana 2906.", "Alvaro Quintana 2906"),
    ("Jo had given Jo his address: 5366 Lipová 276", "5366 Lipová 276"),
    ("They have lived at Kastanjelund 14 since May.", "Kastanjelund 14"),
])
def test_street_name_and_number_where_someone_lives(text, value):
    assert addresses(text) == [value]


@pytest.mark.parametrize("text", [
    "He lives with Carer 2 and Parent 1 and attends Year 10.",
    "She has lived in Leeds 3 years and lives with her siblings.",
    "He lives on Level 3 of the block; she lives at Number 10 with Grandma 3 days a week.",
    "The address given: Section 17 of the Children Act 1989 applies.",
    "He lives at home; the family moved to Bradford 2019 records show.",
])
def test_labels_counts_and_years_where_someone_lives_are_not_addresses(text):
    assert addresses(text) == []


@pytest.mark.parametrize("text,value", [
    ("The restaurant is at 9816 214 Pavlou Kostaki", "9816 214 Pavlou Kostaki"),
    ("drops you off at 87818 Kovačeva 68.", "87818 Kovačeva 68"),
    ("I now live at 6570 Jana z Dubé 1874, Praha", "6570 Jana z Dubé 1874, Praha"),
    ("Post it to Flat 3 12 High Street, Leeds", "Flat 3 12 High Street, Leeds"),
])
def test_number_blocks_before_the_house_number(text, value):
    assert addresses(text) == [value]


@pytest.mark.parametrize("text,value", [
    ("send to 14 Crown Street\n Suite 321\n LEEDS\n United Kingdom 75419?",
     "14 Crown Street\n Suite 321\n LEEDS\n United Kingdom 75419"),
    ("at 2437 Main St Suite 442\nMill Village\nNS\nB0J 2H0", "2437 Main St Suite 442\nMill Village\nNS\nB0J 2H0"),
    ("at 50 Point Walter Road, Chomutice u Horic v Podkrkonoší, Czech Republic 33156?",
     "50 Point Walter Road, Chomutice u Horic v Podkrkonoší, Czech Republic 33156"),
    ("at 136 Filadelfeos Str., Klirou", "136 Filadelfeos Str., Klirou"),
])
def test_address_block_runs_to_country_and_post_code(text, value):
    assert addresses(text) == [value]


@pytest.mark.parametrize("text,value", [
    ("Contact: 12 Mill Lane, Leeds\nTel: 0113 496 0000", "12 Mill Lane, Leeds"),
    ("Held at Room 3.16 Town Hall Peckham Road London\tProject Manager", ""),
    ("Town Hall, 16 Peckham Road London\tProject Manager", "16 Peckham Road London"),
])
def test_address_block_stops_at_a_field_or_a_table_cell(text, value):
    assert addresses(text) == ([value] if value else [])


@pytest.mark.parametrize("text,value", [
    ("my address is 36 rue de gergovie, clermont", "36 rue de gergovie"),
    ("address: 2613 avenida praia 1 suite 463, x", "2613 avenida praia 1 suite 463"),
    ("lives on 33 avenue de Provence now", "33 avenue de Provence"),
    ("enter on hegyalja út 98. today", "hegyalja út 98."),
])
def test_continental_streets_typed_in_lower_case(text, value):
    assert addresses(text) == [value]


@pytest.mark.parametrize("text", [
    "in 2019 via email to the council",
    "review the 10 Point Plan.",
    "Domain Three of the framework covers Key Stage 4 outcomes; see Appendix 2 and Table 3.",
    "Information withheld under Section 40(2) of the Freedom of Information Act 2000.",
    "Case 2023/045 was closed in 2021; costs rose by 12.5% to £1,250,000 in 2022-23.",
    "The meeting started at 10.30 and ended at 14:45 on Monday 3 April 2023.",
    "He attended 3 magistrates court hearings and spent 2 nights in custody; a 2 hour drive away.",
    "There were 3 very close friends and 1 more place available on the course.",
    "The bus drops you off at 473 St. Mary's church",
])
def test_figures_and_references_are_not_addresses(text):
    assert addresses(text) == []


@pytest.mark.parametrize("text", [
    "we had 1 place Ofsted agreed to fund",
    "a 2 boulevard Cafe voucher",
])
def test_english_street_words_in_lower_case_need_a_particle(text):
    assert found("number_continental_street", text) == []


@pytest.mark.parametrize("text,value", [
    ("hi i live at 14 millbrook road with my nan", "14 millbrook road"),
    ("send it to flat 2, 7a orchard grove thanks", "flat 2, 7a orchard grove"),
    ("we moved to 3911 fourth avenue suite 112 last week", "3911 fourth avenue suite 112"),
])
def test_uk_street_typed_in_lower_case(text, value):
    assert addresses(text) == [value]


@pytest.mark.parametrize("text", [
    "he walked 3 miles down the road",
    "there were 3 very close friends and 1 more place",
    "a 2 hour drive to 4 youth court hearings",
    "the 10 point plan",
])
def test_lower_case_counts_are_not_streets(text):
    assert addresses(text) == []


def test_address_block_ends_at_the_full_stop_after_the_country():
    text = "Address:\n22120 Eriksbo Västergärde 78\n Suite 7\n ASKIM\n Sweden."
    assert addresses(text) == ["22120 Eriksbo Västergärde 78\n Suite 7\n ASKIM\n Sweden"]


def test_continental_street_with_lower_case_words_before_the_name():
    assert addresses(">770 26 rue des lilas Rouges\n>Apt. 7\n>DOLE") == ["770 26 rue des lilas Rouges\n>Apt. 7\n>DOLE"]


@pytest.mark.parametrize("text,value", [
    ("send to Flat 3 Via Roma 12, Milano", "Flat 3 Via Roma 12, Milano"),
    ("at 5020 Kastanjelund 14, Aarhus", "5020 Kastanjelund 14, Aarhus"),
    ("ref 1234567 Via Roma 12, Milano", "Via Roma 12, Milano"),           # no part of a longer number
    ("costs of 12.500 Via Roma 12, Milano", "Via Roma 12, Milano"),
])
def test_address_grows_back_over_a_flat_or_postal_number(text, value):
    assert addresses(text) == [value]
