"""Each recogniser with values it must find and values it must leave alone."""

import pytest

from reviewgen.redact.recognisers import (
    all_recognisers,
    iban_valid,
    luhn_valid,
    nhs_number_valid,
    upn_check_letter,
    upn_valid,
)

BY_NAME = {r.name: r for r in all_recognisers()}


def found(recogniser: str, text: str) -> list[str]:
    return [text[s:e] for s, e in BY_NAME[recogniser].find(text)]


@pytest.mark.parametrize("recogniser,text,value", [
    ("uk_postcode", "lives near LE1 5AB now", "LE1 5AB"),
    ("uk_postcode", "post to SW1A 1AA", "SW1A 1AA"),
    ("uk_phone", "mobile 07700 900123.", "07700 900123"),
    ("uk_phone", "office (0116) 496 0123 today", "(0116) 496 0123"),
    ("uk_phone", "ring 0121 496 0000", "0121 496 0000"),
    ("uk_phone", "call +44 7700 900123", "+44 7700 900123"),
    ("uk_phone", "call +44 (0)20 7946 0000", "+44 (0)20 7946 0000"),
    ("uk_phone", "on 020 7946 0000.", "020 7946 0000"),
    ("email", "write to sam.okoro@example.org.", "sam.okoro@example.org"),
    ("nhs_number", "NHS number 943 476 5919", "943 476 5919"),
    ("nhs_number", "NHS 9434765919", "9434765919"),
    ("ni_number", "NI number AB 12 34 56 C", "AB 12 34 56 C"),
    ("ni_number", "NINO: JG103759A", "JG103759A"),
    ("pnc_id", "PNC ID 12/345678A recorded", "12/345678A"),
    ("upn", f"UPN {upn_check_letter('801200001001')}801200001001", f"{upn_check_letter('801200001001')}801200001001"),
    ("vehicle_registration", "a car, AB12 CDE, seen", "AB12 CDE"),
    ("date_of_birth", "date of birth: 04/05/2009", "04/05/2009"),
    ("date_of_birth", "He was born on 3 March 2009 in", "3 March 2009"),
    ("age", "a boy aged 15 was", "15"),
    ("age", "the 15-year-old was", "15"),
    ("street_address", "lives at 14 Millbrook Road with", "14 Millbrook Road"),
    ("street_address", "at Flat 2, 7a Orchard Close.", "Flat 2, 7a Orchard Close"),
    ("credit_card", "card 4111 1111 1111 1111 used", "4111 1111 1111 1111"),
    ("iban", "IBAN GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32"),
    ("ipv4", "from 192.168.1.20.", "192.168.1.20"),
    ("us_ssn", "SSN 078-05-1120", "078-05-1120"),
    ("name_in_context", "he is known as Jayjay Brook to friends", "Jayjay Brook"),
])
def test_recogniser_finds_valid_value(recogniser, text, value):
    assert found(recogniser, text) == [value]


@pytest.mark.parametrize("recogniser,text", [
    ("nhs_number", "NHS number 943 476 5918"),          # wrong check digit
    ("ni_number", "reference GB 12 34 56 A"),           # GB is never issued
    ("ni_number", "code AB 12 34 56 E"),                # suffix only A-D
    ("upn", "UPN A801200001001"),                       # wrong check letter (valid is H)
    ("vehicle_registration", "form AB00 CDE"),          # 00 is not an age identifier
    ("credit_card", "card 4111 1111 1111 1112"),        # fails Luhn
    ("ipv4", "version 300.1.2.3"),
    ("us_ssn", "number 000-12-3456"),
    ("uk_phone", "in 2023 there were 1,200 referrals"),
    ("phone_in_context", "a phone survey of 450 families"),
    ("date_of_birth", "the meeting on 04/05/2024 agreed"),  # a date, but no birth context
    ("age", "in section 40 of the Act"),
    ("street_address", "section 40 Freedom of Information Act"),
])
def test_recogniser_rejects_invalid_or_unrelated_value(recogniser, text):
    assert found(recogniser, text) == []


def test_validators_on_known_values():
    assert nhs_number_valid("9434765919")
    assert not nhs_number_valid("9434765910")
    assert upn_valid(upn_check_letter("801200001001") + "801200001001")
    assert luhn_valid("4111111111111111")
    assert iban_valid("GB82WEST12345698765432")
    assert not iban_valid("GB83WEST12345698765432")


@pytest.mark.parametrize("recogniser,text,value", [
    ("continental_address", "lives at Rua do Arenque 1634, Goiânia", "Rua do Arenque 1634"),
    ("continental_address", "on Via dei Fiorentini 17 street", "Via dei Fiorentini 17"),
    ("continental_address", "at Király u. 15. today", "Király u. 15."),
    ("continental_address", "at Rákóczi út 13. Suite 104", "Rákóczi út 13. Suite 104"),
    ("continental_address", "lives at hersnapvej 18, ", "hersnapvej 18"),
    ("number_continental_street", "lives at 31 Rue Al Imam Al Bakri, Cite", "31 Rue Al Imam Al Bakri"),
    ("number_continental_street", "at 26 Rue des Lilas\n", "26 Rue des Lilas"),
    ("military_address", "send to PSC 1437, Box 3833\nAPO AA 66791", "PSC 1437, Box 3833\nAPO AA 66791"),
    ("military_address", "at unit 1009 box 0219 dpo ap 51065", "unit 1009 box 0219 dpo ap 51065"),
    ("street_address", "at 35 Pentelis Str. now", "35 Pentelis Str"),
    ("street_address", "to 3744 Retreat Loop today", "3744 Retreat Loop"),
])
def test_address_recogniser_finds_international_forms(recogniser, text, value):
    assert found(recogniser, text) == [value]


@pytest.mark.parametrize("recogniser,text", [
    ("continental_address", "we investigate 5 cases a week"),      # "gate" inside a word
    ("continental_address", "an aggregate 12 points"),
    ("number_continental_street", "in 2019 via email to the council"),
    ("military_address", "Unit 3 of the plan"),
    ("continental_address", "Section 40 of the Act"),
])
def test_address_recogniser_leaves_non_addresses(recogniser, text):
    assert found(recogniser, text) == []


def test_address_block_continues_over_region_and_country():
    from reviewgen.redact.recognisers import extend_address
    text = "6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677"
    assert extend_address(text, 0, text.index("\nArtilleros")) == (0, len(text))


def test_name_typed_in_lower_case_after_an_introduction():
    assert found("name_in_context_lower", "hi, my name is quenby and i need help") == ["quenby"]
    assert found("name_in_context_lower", "name:   quenby t. tarrant address: unit 4") == ["quenby t. tarrant"]
    assert found("name_in_context_lower", "my name is not important") == []
    assert found("name_in_context", "What's your last name? Tarrant") == ["Tarrant"]


@pytest.mark.parametrize("recogniser,text,value", [
    # Maestro: 12 digits, Luhn-valid, only after a card word.
    ("card_in_context", "What is the limit on my card 501800000009?", "501800000009"),
    ("card_in_context", "billed amount for cc 5018 0000 0009 please", "5018 0000 0009"),
    ("card_in_context", "my debit card # 501800000009 was declined", "501800000009"),
    ("iban", "my iban is gb82west12345698765432", "gb82west12345698765432"),
    ("phone_in_context", "Can someone call me on 01.84.17.61.18? Thanks", "01.84.17.61.18"),
    ("phone_in_context", "I would like to stop receiving messages to 0488 25 37 29", "0488 25 37 29"),
    ("phone_in_context", "Mobile: 03.93.92.16.85\nDesk: none", "03.93.92.16.85"),
    ("phone_in_context", "stop the sms to 699 956 915", "699 956 915"),
])
def test_recogniser_finds_card_iban_and_phone_forms(recogniser, text, value):
    assert found(recogniser, text) == [value]


@pytest.mark.parametrize("recogniser,text", [
    ("card_in_context", "case reference 501800000009 closed"),       # no card word
    ("card_in_context", "my card 501800000008 was declined"),        # fails Luhn
    ("credit_card", "What is the limit for card 501800000009?"),      # 12 digits alone are not a card
    ("iban", "ref Gb82West12345698765432"),                           # mixed case is not an IBAN
    ("iban", "code ZZ82WEST12345698765432"),                          # no such IBAN country
    ("iban", "my iban is gb83west12345698765432"),                    # fails mod 97
    ("phone_in_context", "Mum called on 12.03.2023 to say he was unwell"),  # a date
    ("phone_in_context", "she rang again on 14/03/2023"),
    ("phone_in_context", "the text of Section 40(2) covers 2023/045"),
    ("uk_phone", "Mobile: 03.93.92.16.85"),                           # UK forms stay strict
])
def test_card_iban_and_phone_forms_leave_other_figures(recogniser, text):
    assert found(recogniser, text) == []
