"""UK case-record forms: ages, nicknames, placements, schools, case and custody numbers,
online identities. Each with values that must be found and look-alikes that must stay.
All values are invented."""

import pytest

from reviewgen.redact.recognisers import RECOGNISERS

BY_NAME = {r.name: r for r in RECOGNISERS}


def found(recogniser: str, text: str) -> list[str]:
    return [text[s:e] for s, e in BY_NAME[recogniser].find(text)]


def of_category(category: str, text: str) -> set[str]:
    """Every value any recogniser of the category finds."""
    return {text[s:e] for r in RECOGNISERS if r.category == category for s, e in r.find(text)}


# --- ages ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Rowan was born on 2 May 2009 and was 16 at the time of the incident.", "16"),
    ("Eamon is 15 and has not been in school since Year 7.", "15"),
    ("the householder, Mr Piet Varga, who is 84. He said", "84"),
    ("Age at incident: 17\nGender: Male", "17"),
    ("Name: Lio Fenn   Age: 15   Gender: Male", "15"),
    ("Item 3: Child Z (QT, 15)\nupdate from police", "15"),
    ("Young person: Dorin Marescu, 14, custody record held.", "14"),
    ("Femi Oduya (cousin, 9)\nBirth mother: not known", "9"),
    ("Associates: Rob Tansey (19); a female known only by a first name", "19"),
    ("Reason for meeting: Blessing (14) disclosed to her tutor", "14"),
    ("She has been in care since the age of 11 and has had nine placements.", "11"),
    ("relied on his brother, then aged 17, to interpret", "17"),
    ("Tamsin was in fact 13 when she was excluded.", "13"),
    ("Kai is 15, on a Care Order", "15"),
    ("As Kai is under 16, a parent must attend.", "16"),
    ("he turned 15 this month", "15"),
    ("a 15-year-old boy was approached", "15"),
])
def test_age_in_a_case_record_is_found(text, value):
    assert of_category("age", text) == {value}


@pytest.mark.parametrize("text", [
    "He is in Year 10 now.",
    "an assessment under Section 17 of the Act",
    "services for under 18s",
    "First Time Entrants (rate per 100,000 10-17 year olds): 124",
    "a rate per 100,000 10-17-year-olds",
    "children aged 10 to 17 in the cohort",
    "Age range: 10-17",
    "he attended 16 sessions",
    "the journey is 15 minutes",
    "he was 16 March when the order ended",   # a date
    "attendance was 15%",
    "It cost £15 a week",
    "at 15:30 he left the office",
    "Q1: 131; England and Wales: 140",
    "see page 16 for the chronology",
    "| Custody | 4 |\n| Referrals (15) |",
    "The total was 16.",
    "Total: 15, of which 4 were girls",
    "Section 40(2) applies",
    "Kelderby Road, 14, is where the hub is",
])
def test_figures_that_are_not_ages_stay(text):
    assert of_category("age", text) == set()


# --- nicknames -------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ('an adult male known as "Dazz" and a vehicle', "Dazz"),
    ('a named adult, known to Tomas as "Dazz", who supplied him', "Dazz"),
    ('a female known only as "Hope".', "Hope"),
    ("he is nicknamed 'Smudge' by staff", "Smudge"),
    ("he goes by Kaz at school", "Kaz"),
    ("she is known as “lil t” online", "lil t"),
])
def test_nickname_is_found_as_an_introduced_name(text, value):
    # name_in_context: the detector carries what it finds to every later mention.
    assert found("name_in_context", text) == [value]


def test_known_as_field_is_its_own_name():
    text = "Name: Pawel Nowicki\nKnown as: Pawz\nDate of birth: 02/11/2008"
    assert found("name_in_context", text) == ["Pawel Nowicki", "Pawz"]


@pytest.mark.parametrize("text", [
    "he goes by bus to college",
    "Known as:\nDate of birth: 02/11/2008",     # an empty field
    "the nickname was never used",
])
def test_no_nickname_without_an_introduction(text):
    assert found("name_in_context", text) == []


# --- placements ------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Ellie's placement at Larchmont House (Brightpath Care Ltd) broke down", "Larchmont House"),
    ("Her current placement is at Larchmont House, a four-bed children's home.", "Larchmont House"),
    ("DAILY LOG - Hawkins Farm (solo placement)\nYoung person: R.T.", "Hawkins Farm"),
    ("Lives in supported accommodation at Cedar House, 14 Station Road.", "Cedar House"),
    ("Placement: Beech Tree Children's Home, Kelderby", "Beech Tree Children's Home"),
    ("he moved to Oakwood Lodge last week", "Oakwood Lodge"),
    ("the family stayed at the Riverside Lodge hostel for eleven weeks", "Riverside Lodge"),
])
def test_named_placement_is_found(text, value):
    assert of_category("placement", text) == {value}


@pytest.mark.parametrize("text", [
    "Northshire Council\nCounty Hall, Northtown NS1 2ZZ",
    "The Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow.",
    "a debate in the House of Commons on placements",
    "We met at Cedar House to discuss the budget.",   # a named house, but no placement
    "placed in a Secure Children's Home",             # no name
    "the Children's Home was inspected",
])
def test_houses_that_are_not_placements_stay(text):
    assert of_category("placement", text) == set()


# --- schools and other education settings ----------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("He then attended Brookfield Pupil Referral Unit, where", "Brookfield Pupil Referral Unit"),
    ("Welfare Officer\nBrookfield Pupil Referral Unit\nBrookfield Road", "Brookfield Pupil Referral Unit"),
    ("from 3 November at Ashby Moor Alternative Provision Centre\n", "Ashby Moor Alternative Provision Centre"),
    ("on roll at Ashby Moor Alternative Provision Academy", "Ashby Moor Alternative Provision Academy"),
    ("referred to Kelderby PRU in May", "Kelderby PRU"),
    ("a place at Kelderby Short Stay School", "Kelderby Short Stay School"),
    ("moved to Oakfield Special School", "Oakfield Special School"),
    ("enrolled at Kelderby Sixth Form College", "Kelderby Sixth Form College"),
])
def test_education_setting_is_found(text, value):
    assert found("school_name", text) == [value]


@pytest.mark.parametrize("text", [
    "online tutor session with Northshire Virtual School (1 hour)",   # the council's service
    "PERSONAL EDUCATION PLAN REVIEW - Northshire Virtual School\nChild",
    "the Virtual School Head attended",
    "a Pupil Referral Unit place",
    "an Alternative Provision Centre",
])
def test_generic_settings_and_the_virtual_school_stay(text):
    assert found("school_name", text) == []


# --- case-management, custody and prison numbers ---------------------------------------

@pytest.mark.parametrize("text,value", [
    ("NHS number: 943 476 5919\nChildView ID: CV-310027\nPNC ID: 23/111111X", "CV-310027"),
    ("Child: Lia Okon   ChildView ref: CV-442190\n", "CV-442190"),
    ("care leaver (DOB 17/01/2007, LCS ID 2204518). He is", "2204518"),
    ("Mosaic ID 4471920 on file", "4471920"),
    ("Young person: D.M., custody record KP-2510-0177. Arrested", "KP-2510-0177"),
    ("Young person: T.C.   Prison number: A1234BC   Release date", "A1234BC"),
    ("see case number 2025/00412 for", "2025/00412"),
    ("client ID: C-88213", "C-88213"),
    ("CRN X123456 allocated", "X123456"),
    ("URN 104512", "104512"),
    ("crime reference 14/12345/25 given", "14/12345/25"),
])
def test_case_number_after_its_label_is_found(text, value):
    assert found("case_id", text) == [value]


@pytest.mark.parametrize("text", [
    "exempt under Section 40(2) of the Act",
    "meet in Room 2.14 at 10",
    "Item 3: Child Z",
    "call ext 214",
    "R2.3 is complete; Q1: 131",
    "case number 2025 and case record 12/03/2024",    # a year, a date
    "the case number is important",
    "Mosaic ID: 12.5",
    "Case 1 and Case 2 were discussed",
])
def test_references_that_are_not_case_numbers_stay(text):
    assert found("case_id", text) == []


# --- online identities -----------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("She uses Snapchat (username lia_x_okon07) and was contacted", "lia_x_okon07"),
    ("messages from @lia_x_okon07 last night", "lia_x_okon07"),
    ("Instagram: @kai.b_22", "kai.b_22"),
    ("his gamertag is xKaiz99", "xKaiz99"),
    ("TikTok account: kai_b99", "kai_b99"),
])
def test_online_identity_is_found(text, value):
    assert of_category("online_id", text) == {value}


@pytest.mark.parametrize("text", [
    "She uses Snapchat and Instagram daily",
    "her username was changed",
    "email jo.smith@example.org",
    "meet @ 5pm",
    "the ID 2023 cohort",
    "a Snapchat 2023 survey",
])
def test_no_online_identity_without_a_username(text):
    assert of_category("online_id", text) == set()


# --- dates of birth and phone numbers next to other figures ----------------------------

def test_event_date_on_the_line_after_a_birth_date_is_no_birth_date():
    text = "Strategy discussion: Ama Boateng (DOB 05/05/2011)\nDate: 2 October 2025\n"
    assert of_category("date_of_birth", text) == {"05/05/2011"}
    assert found("date_of_birth", "(DOB 05/05/2011)\nMeeting date: 2 October 2025") == ["05/05/2011"]
    # A table cell with its own label does not read the row's earlier cells either.
    assert list(BY_NAME["date_of_birth"].find("Date: 2 October 2025", lead="DOB: 05/05/2011")) == []
    assert found("date_of_birth", "DOB:\n05/05/2011") == ["05/05/2011"]


@pytest.mark.parametrize("text", [
    "reported missing (Police reference NP-250513-0449). Returned",
    "First Time Entrants (rate per 100,000 10-17 year olds): 124",
])
def test_references_and_rates_are_not_phone_numbers(text):
    assert of_category("phone", text) == set()
