"""`foi check` as a refusal-notice checker: each element s.17 (FOISA s.16, EIR reg 14) asks
for, missing, is named and refuses the pack with exit 1; a complete notice passes."""

import pytest
from typer.testing import CliRunner

from reviewgen.cli import app

runner = CliRunner()

PUBLIC_INTEREST = {"for_disclosure": ["Accountability for how the service works."],
                   "for_withholding": ["Disclosure would harm an investigation still running."],
                   "conclusion": "The balance favours withholding."}
LEGITIMATE_INTERESTS = {"interest": "Accountability.", "necessity": "The learning meets it without names.",
                        "balance": "The family's privacy outweighs it."}
TWO_PARTS = [{"number": 1, "question": "the review", "held": "held", "answer": "The learning is below."},
             {"number": 2, "question": "the police report", "held": "held"}]


def complete_claim(**overrides):
    claim = {"section": "31(1)(a)", "parts": [2], "likelihood": "would", "public_interest": PUBLIC_INTEREST,
             "reasons": "The report is evidence in a live prosecution."}
    claim.update(overrides)
    return claim


def check(write_request, **overrides):
    overrides.setdefault("parts", TWO_PARTS)
    path = write_request(**overrides)
    return runner.invoke(app, ["foi", "check", str(path)])


def without(mapping, key):
    return {k: v for k, v in mapping.items() if k != key}


def test_a_complete_refusal_notice_passes(write_request):
    result = check(write_request, exemptions=[complete_claim()])
    assert result.exit_code == 0, result.output
    assert "refusal notice complete" in result.stdout


# (claim overrides, jurisdiction, the element `foi check` must name)
MISSING = [
    ({"section": "31"}, "england", "missing subsection: cite one of 31(1)(a), 31(1)(b)"),
    ({"reasons": None}, "england", "missing reasons why the exemption applies"),
    ({"likelihood": None}, "england", "missing likelihood of prejudice"),
    ({"public_interest": without(PUBLIC_INTEREST, "for_disclosure")}, "england",
     "missing public interest factors in favour of disclosure"),
    ({"public_interest": without(PUBLIC_INTEREST, "for_withholding")}, "england",
     "missing public interest factors in favour of withholding"),
    ({"public_interest": without(PUBLIC_INTEREST, "conclusion")}, "england", "missing public interest conclusion"),
    ({"public_interest": None}, "scotland", "exemptions[0] (s.35): missing public interest conclusion"),
    ({"section": "35(1)(a)", "likelihood": None}, "scotland", "exemptions[0] (s.35): missing likelihood of prejudice"),
    ({"section": "40(2)", "reasons": None, "likelihood": None, "public_interest": None,
      "legitimate_interests": without(LEGITIMATE_INTERESTS, "interest")}, "england",
     "missing legitimate interest (part 1 of 3)"),
    ({"section": "40(2)", "legitimate_interests": without(LEGITIMATE_INTERESTS, "necessity")}, "england",
     "missing necessity test (part 2 of 3)"),
    ({"section": "38(1)(b)", "legitimate_interests": without(LEGITIMATE_INTERESTS, "balance")}, "scotland",
     "exemptions[0] (s.38(1)(b)): missing balancing test (part 3 of 3)"),
    ({"section": "21(1)"}, "england", "missing where the information is available"),
    ({"section": "22(1)"}, "england", "missing intended publication date"),
    ({"section": "27(1)", "publication_date": "2026-12-01"}, "scotland",
     "missing publication within twelve weeks (s.27(1)(a))"),
    ({"section": "14(1)", "reasons": None}, "england", "exemptions[0] (s.14): missing reasons"),
    ({"section": "32(1)(c)", "neither_confirm_nor_deny": True}, "england", ""),
    ({"section": "38(1)(d)", "neither_confirm_nor_deny": True}, "scotland",
     "missing a neither-confirm-nor-deny provision"),
]


@pytest.mark.parametrize(("claim", "jurisdiction", "named"), MISSING,
                         ids=[m[2][:40] or "s32-ncnd-allowed" for m in MISSING])
def test_each_missing_element_is_named_and_refused(write_request, claim, jurisdiction, named):
    if jurisdiction == "scotland" and claim.get("section", "31(1)(a)").startswith("31"):
        claim = {**claim, "section": "35(1)(a)"}
    result = check(write_request, jurisdiction=jurisdiction, exemptions=[complete_claim(**claim)])
    if not named:  # s.32(3): FOIA does let an authority neither confirm nor deny court records
        assert result.exit_code == 0, result.output
        return
    assert result.exit_code == 1, result.output
    assert named in result.stderr
    assert "refusal notice incomplete" in result.stderr


def test_personal_data_from_a_review_needs_the_legitimate_interests_test(write_request, tmp_path):
    import shutil

    from tests.foi.conftest import REVIEWS

    shutil.copy(REVIEWS / "clr-example.yaml", tmp_path / "clr-example.yaml")
    parts = [{"number": 1, "question": "the learning", "held": "held",
              "from_review": {"file": "clr-example.yaml", "fields": ["learning"]}}]
    result = check(write_request, parts=parts, personal_data=None)
    assert result.exit_code == 1
    assert "personal_data: missing legitimate interest (part 1 of 3)" in result.stderr
    assert check(write_request, parts=parts, personal_data=LEGITIMATE_INTERESTS).exit_code == 0


def test_the_public_interest_extension_is_limited_as_the_ico_says(write_request):
    claim = complete_claim()
    # Received Monday 2 March 2026: St Patrick's Day stops an English FOIA clock, so the 20
    # working days end on 31 March, and 20 further working days (Easter) on 30 April.
    ok = check(write_request, exemptions=[claim],
               public_interest_extension={"notice_date": "2026-03-27", "new_date": "2026-04-28"})
    assert ok.exit_code == 0, ok.output
    late = check(write_request, exemptions=[claim],
                 public_interest_extension={"notice_date": "2026-04-01", "new_date": "2026-05-01"})
    assert late.exit_code == 1
    assert "missing an s.17(2) notice within the 20 working days: the holding notice had to be sent by " \
           "2026-03-31" in late.stderr
    assert "missing a new date within 20 further working days: ICO guidance: normally no later than " \
           "2026-04-30" in late.stderr
    absolute = check(write_request, exemptions=[{"section": "41(1)", "parts": [2]}],
                     public_interest_extension={"notice_date": "2026-03-27", "new_date": "2026-04-28"})
    assert absolute.exit_code == 1 and "missing a qualified exemption" in absolute.stderr


def test_foisa_has_no_public_interest_extension(write_request):
    result = check(write_request, jurisdiction="scotland", exemptions=[complete_claim(section="35(1)(a)")],
                   public_interest_extension={"notice_date": "2026-03-27", "new_date": "2026-04-28"})
    assert result.exit_code == 2
    assert "has no extension for the public interest test" in result.stderr


def test_the_eir_extension_is_told_within_the_20_working_days(write_request):
    claim = complete_claim(section="12(5)(b)", likelihood=None)
    ok = check(write_request, environmental=True, exemptions=[claim],
               eir_extension={"notice_date": "2026-03-20"})
    assert ok.exit_code == 0, ok.output
    late = check(write_request, environmental=True, exemptions=[claim], eir_extension={"notice_date": "2026-04-02"})
    assert late.exit_code == 1 and "regulation 7(3)" in late.stderr
    not_environmental = check(write_request, exemptions=[complete_claim()], eir_extension={"notice_date": "2026-03-20"})
    assert not_environmental.exit_code == 2 and "regulation 7(1)" in not_environmental.stderr


def test_the_eir_exceptions_need_a_public_interest_test_but_regulation_13_does_not(write_request):
    refused = check(write_request, environmental=True,
                    exemptions=[{"section": "12(4)(e)", "parts": [2], "reasons": "Internal emails."}])
    assert refused.exit_code == 1 and "missing public interest conclusion" in refused.stderr
    personal = check(write_request, environmental=True,
                     exemptions=[{"section": "13(1)", "parts": [2], "legitimate_interests": LEGITIMATE_INTERESTS}])
    assert personal.exit_code == 0, personal.output


def test_the_shipped_examples_have_complete_notices():
    from tests.foi.conftest import REVIEWS

    for path in sorted(REVIEWS.glob("foi-*.yaml")):
        result = runner.invoke(app, ["foi", "check", str(path)])
        assert result.exit_code == 0, (path.name, result.output)
