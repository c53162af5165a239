"""Letters per Act for the living and the dead, every outcome of a part, the requester's
personal letter and the anonymised log copy, and no date until the letter is sent.
Built with the real redactor (the spaCy model loads once for the module)."""

import pytest

from reviewgen.config import Config
from reviewgen.foi import new_redactor
from reviewgen.foi.letter import build_response, response_markdown, schedule_redactions
from reviewgen.foi.model import FoiRequest
from reviewgen.foi.pack import internal_note, log_row
from tests.foi.conftest import REQUESTER, request_data

CONFIG = Config()
CHILD, PARENT = "Orla Pennywhistle", "Declan Pennywhistle"
LEGITIMATE_INTERESTS = {"interest": "Accountability for the service.",
                        "necessity": "The learning meets it without names.",
                        "balance": "The family's privacy outweighs it."}


def build(**overrides):
    request = FoiRequest.model_validate(request_data(**overrides))
    response = build_response(request, new_redactor(CONFIG), CONFIG)
    return response, " ".join(response_markdown(response, CONFIG).split())


def case(jurisdiction, deceased, environmental=False):
    return build(
        jurisdiction=jurisdiction, environmental=environmental, personal_data=LEGITIMATE_INTERESTS,
        people=[{"name": CHILD, "label": "Young Person A", "deceased": deceased},
                {"name": PARENT, "label": "Parent of Young Person A"}],
        parts=[{"number": 1, "question": "the learning", "held": "held",
                "answer": f"{CHILD} was seen weekly. Her father {PARENT} raised concerns."}])


def schedule(response):
    return {(r.label, r.exemption) for r in schedule_redactions(response)}


# (jurisdiction, environmental, heading for the living, heading for the dead, schedule ground of each)
ACTS = [
    ("england", False, "Section 40(2): Personal information", "Section 41(1): Information provided in confidence",
     "s.40(2)", "s.41(1) (deceased person)"),
    ("scotland", False, "Section 38(1)(b): Personal information", "Section 36(2): Confidentiality",
     "s.38(1)(b)", "s.36(2) (deceased person)"),
    ("england", True, "Regulation 13(1): Personal data",
     "Regulation 12(5)(f): Interests of the person who provided the information",
     "reg.13(1)", "reg.12(5)(f) (deceased person)"),
]


@pytest.mark.parametrize(("jurisdiction", "environmental", "living_heading", "dead_heading", "living", "dead"),
                         ACTS, ids=["FOIA", "FOISA", "EIR"])
def test_a_living_person_and_a_deceased_person_per_act(jurisdiction, environmental, living_heading, dead_heading,
                                                        living, dead):
    response, letter = case(jurisdiction, deceased=False, environmental=environmental)
    assert living_heading in letter and dead_heading not in letter
    assert schedule(response) == {("Young Person A", living), ("Parent of Young Person A", living)}
    assert CHILD not in letter and PARENT not in letter and "Young Person A was seen weekly" in letter

    response, letter = case(jurisdiction, deceased=True, environmental=environmental)
    assert dead_heading in letter and living_heading in letter  # the father is alive
    assert "a person who has died" in letter
    assert schedule(response) == {("Young Person A", dead), ("Parent of Young Person A", living)}
    if jurisdiction == "scotland":
        everything = letter + str(schedule(response)) + log_row(response)["Exemptions applied"]
        assert "section 40" not in everything.casefold() and "s.40" not in everything


def test_the_dead_are_never_withheld_under_the_personal_data_exemption_when_alone():
    response, letter = build(people=[{"name": CHILD, "label": "Young Person A", "deceased": True}],
                             parts=[{"number": 1, "question": "q", "held": "held", "answer": f"{CHILD} died."}])
    assert "Section 40(2)" not in letter and "Section 41(1)" in letter
    assert {exemption for _, exemption in schedule(response)} == {"s.41(1) (deceased person)"}
    assert log_row(response)["Exemptions applied"] == "s.41(1) (deceased person)"
    # The officer sees each label's ground, and how to choose another.
    note = internal_note(response, CONFIG)
    assert "- Young Person A: s.41(1) (deceased person)" in note and "exemption:" in note


def test_a_foisa_health_record_cites_section_38_1_d():
    response, letter = build(jurisdiction="scotland",
                             people=[{"name": CHILD, "deceased": True, "health_record": True}],
                             parts=[{"number": 1, "question": "q", "held": "held",
                                     "answer": f"{CHILD} was prescribed medication by her GP."}])
    assert "Section 38(1)(d): A deceased person's health record" in letter
    assert {exemption for _, exemption in schedule(response)} == {"s.38(1)(d) (deceased person)"}


OUTCOME_PARTS = [
    {"number": 1, "question": "the learning", "held": "held", "answer": "The learning is released here."},
    {"number": 2, "question": "the police report", "held": "held"},
    {"number": 3, "question": "the cost", "held": "not held"},
    {"number": 4, "question": "whether a named officer was disciplined", "held": "held"},
    {"number": 5, "question": "the annual report", "held": "held"},
    {"number": 6, "question": "the progress report", "held": "held", "answer": "The recommendations are below."},
    {"number": 7, "question": "my own case file", "held": "held"},
    {"number": 8, "question": "every email since 2015", "held": "held"},
]
PUBLIC_INTEREST = {"for_disclosure": ["Openness about youth justice."],
                   "for_withholding": ["A live prosecution."], "conclusion": "Withholding is in the public interest."}


def test_every_outcome_says_what_happened_to_the_part():
    response, letter = build(parts=OUTCOME_PARTS, exemptions=[
        {"section": "31(1)(a)", "parts": [2], "likelihood": "would", "reasons": "Evidence in a trial.",
         "public_interest": PUBLIC_INTEREST},
        {"section": "40(2)", "parts": [4], "neither_confirm_nor_deny": True,
         "legitimate_interests": LEGITIMATE_INTERESTS},
        {"section": "21(1)", "parts": [5], "available_at": "https://www.northshire.example.gov.uk/yjs-annual-report"},
        {"section": "22(1)", "parts": [6], "publication_date": "2026-07-21", "reasons": "Board papers in July.",
         "public_interest": PUBLIC_INTEREST},
        {"section": "40(1)", "parts": [7]},
        {"section": "12(1)", "parts": [8]},
    ])
    outcomes = {p.number: p.outcome for p in response.parts}
    assert outcomes == {1: "released", 2: "withheld", 3: "not held", 4: "neither confirmed nor denied",
                        5: "already published", 6: "intended for future publication", 7: "subject access",
                        8: "refused"}
    lines = {p.number: p.held_line for p in response.parts}
    assert lines[1] == ""
    assert lines[2] == "The Council holds this information. This information is withheld under section 31(1)(a), " \
                       "as explained below."
    assert lines[3] == "The Council does not hold this information."
    assert "neither confirms nor denies that it holds this information" in lines[4] and "40(5B)" in lines[4]
    assert "already published: https://www.northshire.example.gov.uk/yjs-annual-report" in lines[5]
    assert "section 21(1)" in lines[5]
    assert lines[6].startswith("The Council holds this information. Some of this information is intended for "
                               "publication on 21 July 2026") and "section 22(1)" in lines[6]
    assert "holds some" not in lines[6]  # held and withheld is not "partly held"
    assert "subject access request under Article 15" in lines[7] and "one calendar month" in lines[7]
    assert lines[8].startswith("The Council has not answered this part, under section 12(1)")
    assert "**Our finding:** disclosure would cause the prejudice" in letter
    assert "would, or would be likely to" not in letter
    assert "Factors in favour of disclosure: - Openness about youth justice." in letter
    assert "**Conclusion:** Withholding is in the public interest." in letter
    assert log_row(response)["Outcome"] == "released in part"


def test_not_held_under_the_eir_is_the_regulation_12_4_a_exception():
    response, _ = build(environmental=True, parts=[{"number": 1, "question": "air quality", "held": "not held"}])
    assert "regulation 12(4)(a) of the Environmental Information Regulations 2004" in response.parts[0].held_line
    assert log_row(response)["Outcome"] == "not held"


def test_a_whole_refusal_is_logged_as_refused():
    response, _ = build(parts=[{"number": 1, "question": "every email", "held": "held"}],
                        exemptions=[{"section": "14(1)", "parts": [1], "reasons": "The fortieth request this year."}])
    assert log_row(response)["Outcome"] == "refused"


def test_the_requester_gets_a_personal_letter_and_the_log_a_copy_without_them():
    requester = {**REQUESTER, "title": "Ms"}
    request = FoiRequest.model_validate(request_data(
        requester=requester, request_text=f"Please send the learning.\n\n{REQUESTER['name']}"))
    response = build_response(request, new_redactor(CONFIG), CONFIG)
    personal = response_markdown(response, CONFIG, personal=True)
    public = response_markdown(response, CONFIG)
    assert "Dear Ms Arbuthnot-Vale," in personal and "For the requester only: not for publication." in personal
    assert all(line in personal for line in [REQUESTER["name"], *REQUESTER["address"]])
    assert "Dear Requester," in public and "Copy for the disclosure log" in public
    for value in (REQUESTER["name"], "Arbuthnot", "Heronsgate", "OT9 4ZZ"):
        assert value not in public
    # Their name was removed from the quoted request, but the schedule sent to them never lists it.
    assert any(r.original == REQUESTER["name"] for r in response.redactor.redactions)
    assert schedule_redactions(response) == []


def test_a_letter_has_no_date_and_the_log_says_not_yet_sent_until_it_is_sent():
    response, letter = build(decision_date="2026-03-20")
    assert "Date of response" not in letter
    assert log_row(response)["Date of response"] == "not yet sent"
    response, letter = build(decision_date="2026-03-20", response_date="2026-03-23")
    assert "**Date of response:** 23 March 2026" in letter
    assert log_row(response)["Date of response"] == "2026-03-23"


def test_review_and_appeal_wording_per_act():
    _, foia = build()
    assert "We aim to complete internal reviews within 20 working days" in foia
    assert "First-tier Tribunal" in foia and "Court of Session" not in foia
    _, foisa = build(jurisdiction="scotland")
    assert "We aim" not in foisa and "internal review" not in foisa
    assert "(a \"review\" under section 20 of the Freedom of Information (Scotland) Act 2002)" in foisa
    assert "We must reply to your requirement for review within 20 working days" in foisa
    assert "right of appeal to the Court of Session on a point of law only" in foisa and "section 56" in foisa
    _, eir = build(environmental=True)
    assert "no later than 20 working days after receiving the request" in eir and "Regulation 5(2)" in eir
    assert "no later than 40 working days after we receive your representations (regulation 11(4))" in eir
    _, extended = build(environmental=True, eir_extension={"notice_date": "2026-03-20"})
    assert "extended the time for our response to 40 working days under regulation 7(1)" in extended
    _, holding = build(exemptions=[{"section": "31(1)(a)", "parts": [1], "likelihood": "would",
                                    "reasons": "r", "public_interest": PUBLIC_INTEREST}],
                       public_interest_extension={"notice_date": "2026-03-27", "new_date": "2026-04-28"})
    assert "under section 17(2) of the Act" in holding and "(section 10(3))" in holding
    assert "by 28 April 2026" in holding
