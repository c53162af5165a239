"""Each exemption and refusal ground, per Act: the right provision, subsection and wording,
and the right ground for each person's redactions (living, deceased, health record)."""

import pytest

from reviewgen.config import Config
from reviewgen.foi.acts import ACTS, EIR, EISR, EXEMPTIONS, FOIA, FOISA, act_for, cited_section, find_exemption
from reviewgen.foi.exemptions import PeopleIndex
from reviewgen.foi.letter import REQUESTER_LABEL, _exemption_wording
from reviewgen.foi.model import ExemptionClaim, FoiRequest
from reviewgen.redact import Redaction
from tests.foi.conftest import request_data


def wording(act, section, **claim):
    exemption = find_exemption(act, section)
    assert exemption is not None, section
    parsed = ExemptionClaim(section=section, parts=[1], **claim) if claim else None
    text = _exemption_wording(act, exemption, cited_section(exemption, section), [1], Config(), parsed)
    return " ".join(text.split())


# (act, provision as cited, claim fields, phrases the standard wording must hold)
GROUNDS = [
    (FOIA, "12(1)", {}, ["Section 12(1) of the Freedom of Information Act 2000", "£450", "section 16"]),
    (FOIA, "14(1)", {}, ["section 14(1) of the Freedom of Information Act 2000", "vexatious"]),
    (FOIA, "14(2)", {}, ["section 14(2)", "substantially similar to a previous request"]),
    (FOIA, "21(1)", {}, ["section 21(1) of the Freedom of Information Act 2000", "reasonably accessible",
                         "absolute exemption"]),
    (FOIA, "22(1)", {"publication_date": "2026-07-21"}, ["section 22(1) of the Freedom", "(21 July 2026)",
                                                          "qualified exemption"]),
    (FOIA, "30(1)(a)", {}, ["section 30(1)(a) of the Freedom", "investigation"]),
    (FOIA, "31(1)(a)", {"likelihood": "would be likely to"},
     ["section 31(1)(a) of the Freedom", "would be likely to prejudice the prevention or detection of crime"]),
    (FOIA, "31(1)(b)", {"likelihood": "would"}, ["would prejudice the apprehension or prosecution of offenders"]),
    (FOIA, "32(1)(c)", {}, ["section 32(1)(c) of the Freedom", "created by a court", "absolute exemption"]),
    (FOIA, "36(2)(b)(i)", {"likelihood": "would"}, ["qualified person", "would inhibit the free and frank "
                                                    "provision of advice"]),
    (FOIA, "38(1)(a)", {"likelihood": "would be likely to"},
     ["section 38(1)(a) of the Freedom", "would be likely to endanger the physical or mental health"]),
    (FOIA, "40(1)", {}, ["section 40(1)", "subject access request", "one calendar month", "Article 12(3)"]),
    (FOIA, "40(2)", {}, ["section 40(2) of the Freedom of Information Act 2000", "section 40(3A)",
                         "Article 6(1)(f)", "absolute exemption"]),
    (FOIA, "40(2)", {"neither_confirm_nor_deny": True}, ["neither confirms nor denies", "section 40(5B)"]),
    (FOIA, "41(1)", {}, ["section 41(1) of the Freedom", "actionable breach of confidence"]),
    (FOIA, "42(1)", {}, ["section 42(1) of the Freedom", "legal professional privilege"]),
    (FOIA, "43(2)", {"likelihood": "would"}, ["section 43(2)", "would prejudice the commercial interests"]),
    (FOIA, "44(1)(a)", {}, ["section 44(1)(a) of the Freedom", "prohibited by or under an enactment"]),
    (FOISA, "12(1)", {}, ["Section 12(1) of the Freedom of Information (Scotland) Act 2002", "£600", "section 15"]),
    (FOISA, "14(1)", {}, ["section 14(1) of the Freedom of Information (Scotland) Act 2002", "vexatious"]),
    (FOISA, "25(1)", {}, ["section 25(1) of the Freedom of Information (Scotland)", "otherwise reasonably "
                                                                                    "obtainable"]),
    (FOISA, "26(a)", {}, ["section 26(a) of the Freedom of Information (Scotland)", "prohibited"]),
    (FOISA, "27(1)", {"publication_date": "2026-07-31"}, ["section 27(1)", "on 31 July 2026",
                                                          "within twelve weeks"]),
    (FOISA, "30(b)(i)", {"likelihood": "would"}, ["would inhibit substantially the free and frank provision"]),
    (FOISA, "34(1)(a)", {}, ["section 34(1)(a) of the Freedom of Information (Scotland)", "investigation"]),
    (FOISA, "35(1)(a)", {"likelihood": "would be likely to"},
     ["section 35(1)(a)", "would be likely to prejudice substantially the prevention or detection of crime"]),
    (FOISA, "36(2)", {}, ["section 36(2) of the Freedom of Information (Scotland)", "breach of confidence"]),
    (FOISA, "37(1)(a)", {}, ["section 37(1)(a)", "custody of, a court"]),
    (FOISA, "38(1)(a)", {}, ["section 38(1)(a)", "subject access request", "Article 12(3)"]),
    (FOISA, "38(1)(b)", {}, ["section 38(1)(b) of the Freedom of Information (Scotland) Act 2002",
                             "section 38(2A)", "Article 6(1)(f)"]),
    (FOISA, "38(1)(b)", {"neither_confirm_nor_deny": True}, ["section 18(1)", "neither confirms nor denies"]),
    (FOISA, "38(1)(d)", {}, ["section 38(1)(d)", "deceased person's health record",
                             "Access to Health Records Act 1990"]),
    (FOISA, "39(1)", {"likelihood": "would"}, ["section 39(1)", "would endanger"]),
    (EIR, "12(4)(b)", {}, ["regulation 12(4)(b) of the Environmental Information Regulations 2004",
                           "manifestly unreasonable", "qualified exception"]),
    (EIR, "12(4)(d)", {}, ["regulation 12(4)(d)", "course of completion"]),
    (EIR, "12(4)(e)", {}, ["regulation 12(4)(e)", "internal communications"]),
    (EIR, "12(5)(a)", {}, ["regulation 12(5)(a)", "would adversely affect public safety"]),
    (EIR, "12(5)(b)", {}, ["regulation 12(5)(b)", "would adversely affect the course of justice"]),
    (EIR, "12(5)(f)", {}, ["regulation 12(5)(f)", "interests of the person who provided it"]),
    (EIR, "5(3)", {}, ["regulation 5(3)", "subject access request"]),
    (EIR, "13(1)", {}, ["regulation 13(1) of the Environmental Information Regulations 2004", "regulation 13(2A)",
                        "not subject to the public interest test"]),
    (EIR, "13(1)", {"neither_confirm_nor_deny": True}, ["regulation 13(5A)"]),
    (EISR, "10(4)(b)", {}, ["regulation 10(4)(b) of the Environmental Information (Scotland) Regulations 2004"]),
    (EISR, "10(4)(d)", {}, ["regulation 10(4)(d)", "course of completion"]),
    (EISR, "10(4)(e)", {}, ["regulation 10(4)(e)", "internal communications"]),
    (EISR, "10(5)(a)", {"likelihood": "would"}, ["regulation 10(5)(a)", "would prejudice substantially public safety"]),
    (EISR, "10(5)(b)", {"likelihood": "would be likely to"},
     ["regulation 10(5)(b)", "would be likely to prejudice substantially the course of justice"]),
    (EISR, "10(5)(f)", {"likelihood": "would"}, ["regulation 10(5)(f)", "would prejudice substantially the "
                                                                        "interests of the person"]),
    (EISR, "11(1)", {}, ["regulation 11(1)", "subject access request"]),
    (EISR, "11(2)", {}, ["regulation 11(2) of the Environmental Information (Scotland) Regulations 2004",
                         "regulation 11(3A)"]),
]


@pytest.mark.parametrize(("act", "section", "claim", "phrases"), GROUNDS,
                         ids=[f"{a.key}-{s}-{'-'.join(c) or 'plain'}" for a, s, c, _ in GROUNDS])
def test_each_ground_cites_its_provision_and_wording_for_its_act(act, section, claim, phrases):
    text = wording(act, section, **claim)
    for phrase in phrases:
        assert phrase in text, phrase
    # A finding is stated, never the statute's either-or.
    assert "would, or would be likely to" not in text


def test_every_ground_of_every_act_is_tested_and_has_a_template():
    tested = {(act.key, find_exemption(act, section).section) for act, section, _, _ in GROUNDS}
    every = {(key, section) for key, table in EXEMPTIONS.items() for section in table}
    assert every - tested == set()


def test_no_scottish_ground_mentions_section_40():
    for act in (FOISA, EISR):
        for exemption in EXEMPTIONS[act.key].values():
            section = exemption.subsections[0] if exemption.subsections else exemption.section
            assert "40(" not in wording(act, section), exemption.section


def test_the_regime_follows_jurisdiction_and_environmental_information():
    assert act_for("england") is FOIA and act_for("wales") is FOIA and act_for("northern-ireland") is FOIA
    assert act_for("scotland") is FOISA
    assert act_for("england", environmental=True) is EIR and act_for("scotland", environmental=True) is EISR
    assert {a.personal_data_section for a in ACTS.values()} == {"40(2)", "38(1)(b)", "13(1)", "11(2)"}
    assert EIR.calendar == "foia" and EISR.calendar == "foisa"


def test_a_citation_names_its_subsection():
    assert find_exemption(FOIA, "s.31(1)(a)").section == "31"
    assert cited_section(find_exemption(FOIA, "31"), "section 31(1)(b)") == "31(1)(b)"
    assert cited_section(find_exemption(FOIA, "31"), "31") == "31"  # `foi check` reports the missing subsection
    assert find_exemption(FOIA, "31(9)") is None
    assert find_exemption(EIR, "reg 12(5)(b)").section == "12(5)(b)"
    assert find_exemption(FOISA, "40(2)") is None


def people_index(jurisdiction, people, environmental=False):
    request = FoiRequest.model_validate(request_data(jurisdiction=jurisdiction, environmental=environmental,
                                                     people=people))
    return PeopleIndex(request, REQUESTER_LABEL)


def redaction(label, original="Orla Pennywhistle", category="name"):
    return Redaction(location="Part 1", category=category, exemption="s.40(2)", label=label, original=original)


@pytest.mark.parametrize(("jurisdiction", "environmental", "living", "deceased", "health_record"), [
    ("england", False, "s.40(2)", "s.41(1) (deceased person)", "s.41(1) (deceased person)"),
    ("scotland", False, "s.38(1)(b)", "s.36(2) (deceased person)", "s.38(1)(d) (deceased person)"),
    ("england", True, "reg.13(1)", "reg.12(5)(f) (deceased person)", "reg.12(5)(f) (deceased person)"),
    ("scotland", True, "reg.11(2)", "reg.10(5)(f) (deceased person)", "reg.10(5)(f) (deceased person)"),
])
def test_each_person_is_withheld_under_the_ground_for_the_living_or_the_dead(
        jurisdiction, environmental, living, deceased, health_record):
    index = people_index(jurisdiction, [
        {"label": "Young Person A", "deceased": True},
        {"label": "Young Person B", "deceased": True, "health_record": True},
    ], environmental)
    act = index.request.act
    assert index.ground(redaction("Parent of Young Person A")).schedule_text(act) == living
    assert index.ground(redaction("Young Person A")).schedule_text(act) == deceased
    assert index.ground(redaction("Young Person B")).schedule_text(act) == health_record
    # A dead person's other data (their date of birth) is theirs, though labelled by category.
    index.own("17 April 2009", "date_of_birth", "Young Person A")
    dob = redaction("[DATE OF BIRTH]", "17 April 2009", "date_of_birth")
    assert index.ground(dob).deceased and "40" not in index.ground(dob).section


def test_the_officer_chooses_the_ground_for_a_person():
    index = people_index("england", [{"label": "Parent of Young Person A", "exemption": "38(1)(a)"}])
    ground = index.ground(redaction("Parent of Young Person A"))
    assert ground.schedule_text(FOIA) == "s.38(1)(a)" and not ground.deceased


def test_a_review_about_a_death_marks_its_child_deceased_unless_the_request_says_otherwise():
    index = people_index("england", [])
    index.review_child("Young Person A", "death of a child")
    assert index.ground(redaction("Young Person A")).deceased
    alive = people_index("england", [{"label": "Young Person A", "deceased": False}])
    alive.review_child("Young Person A", "death")
    assert not alive.ground(redaction("Young Person A")).deceased
    charged = people_index("england", [])
    charged.review_child("Young Person A", "charged with a grave offence")
    assert not charged.ground(redaction("Young Person A")).deceased


def test_the_requester_is_recognised_so_no_schedule_row_names_them():
    index = people_index("england", [])
    assert index.is_requester(redaction(REQUESTER_LABEL)) and not index.is_requester(redaction("Person 1"))
