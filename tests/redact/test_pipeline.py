"""The detection pipeline: its declared stages, the two tiers, spans that explain
themselves, and the layouts real minutes, board papers and judgments use.
All names here are invented."""

import json

import pytest
from typer.testing import CliRunner

from reviewgen.cli import app
from reviewgen.redact import Redactor, load_policy
from reviewgen.redact.detect import PIPELINE
from reviewgen.redact.spans import REDACT, REVIEW

runner = CliRunner()


def found(redactor, *segments):
    results = redactor.detector.detect_document(list(segments))
    return [(text[c.start:c.end], c.source, c.tier) for text, cs in zip(segments, results) for c in cs]


def values(redactor, *segments):
    return [value for value, _, _ in found(redactor, *segments)]


def test_the_pipeline_is_declared_in_order():
    assert [stage.name for stage in PIPELINE] == ["candidates", "filters", "carry", "merge", "consistency"]
    assert all(stage.does for stage in PIPELINE)


def test_every_span_carries_its_source_score_reason_and_tier(redactor):
    text = "Call Ruth Castellan on 07700 900123. ACTION: RC to reply."
    for c in redactor.detector.detect(text):
        assert c.source and c.reason and c.tier in (REDACT, REVIEW)
        assert 0 < c.score <= 1


def test_detect_jsonl_gives_source_score_tier_and_reason(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": 1, "text": "Present: KT (Chair), CJ. Cllr. Stone was sued by “L”."}) + "\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["detect", "--jsonl", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    spans = json.loads(out.read_text())["spans"]
    assert {"start", "end", "label", "source", "score", "tier", "reason"} <= spans[0].keys()
    assert {s["tier"] for s in spans} == {REDACT, REVIEW}
    assert {s["source"] for s in spans} >= {"attendance", "title_name", "letter_person"}


# --- initials standing for people ------------------------------------------------------

def test_initials_acting_in_minutes_are_people(redactor):
    assert values(redactor, "RT asked about the figures.", "ACTION: JH to write to AJ re: the YOT.") == \
        ["RT", "JH", "AJ"]


def test_attendance_list_initials_even_when_the_label_stands_alone(redactor):
    assert values(redactor, "Present", "KT (Chair), CJ, P D, SMH (minutes), MD (for MS)") == \
        ["KT", "CJ", "P D", "SMH", "MD", "MS"]
    assert values(redactor, "Apologies: RT, AJ") == ["RT", "AJ"]


def test_initials_used_for_a_person_are_found_wherever_else_they_appear(redactor):
    got = found(redactor, "POH presented the report.", "The figures were checked with POH in March.")
    assert ("POH", "initials_carried", REDACT) in got


def test_bracketed_initials_after_a_name_are_that_person_and_acronyms_are_not(redactor):
    got = values(redactor, "Jane Holt, Head of Community Protection (JH) presented.",
                 "The Short Quality Screening (SQS) starts in May. JH will attend the SQS.")
    assert got.count("JH") == 2 and "SQS" not in got


def test_public_sector_acronyms_are_never_initials(redactor):
    assert values(redactor, "ACTION: YOT to report. LA to fund. CAMHS presented the plan.") == []


def test_an_initial_before_a_surname_and_single_letters_for_people(redactor):
    got = values(redactor, "Apologies were received from R Patel, A Hughes and Councillor Field.",
                 "Mrs T. attended. The claim was brought by a witness, H. She was sued by “L”.")
    assert {"R Patel", "A Hughes", "Field", "T", "H", "L"} <= set(got)


def test_letters_for_children_in_judgments(redactor):
    got = values(redactor, "I am concerned with two children: L aged seven and D presently aged three.",
                 "Local Authority v AF (mother) and Others. CF, DF and EF (children).")
    assert {"L", "D", "AF", "CF", "DF", "EF"} <= set(got)


def test_initials_in_square_brackets_after_a_titled_name_are_carried(redactor):
    got = values(redactor, "Mr C Quarls [CQ] Chair; Mrs J Lloyd [JL] Vice Chair",
                 "The Clerk received apologies from CQ and JL.")
    assert got.count("CQ") >= 2 and got.count("JL") >= 2


def test_a_judgment_s_parties_block_one_paragraph_each(redactor):
    got = found(redactor, "A local authority", "-v-", "M", "F", "L and D", "(by their children's guardian)")
    assert [v for v, _, _ in got] == ["M", "F", "L", "D"]


def test_a_letter_used_for_a_person_is_found_elsewhere_for_review(redactor):
    got = found(redactor, "The appellant ('T') was 17.", "T appeared in the youth court. Appendix T is attached.")
    assert ("T", "letter_carried", REVIEW) in got
    assert sum(1 for v, _, _ in got if v == "T") == 2  # not the appendix


def test_a_review_s_own_pseudonyms_stay(redactor):
    assert values(redactor, "Child M and Young Person B were seen by Annex C staff.") == []


# --- lists of people ----------------------------------------------------------------------

def test_lists_of_people(redactor):
    got = values(redactor, "Chair\tDana Okafor\nClerk\tPriya Shah",
                 "Attendance: Robert Marsh / Ellen Quist / Tom Abara",
                 "Present: Councillors Ashby, Frost, Hale, Marsh and Vine. Cllr. Stone sent apologies.",
                 "Councillors Quennock (Vice-Chairman), Ossingham, Mrs Tremayle, Dr Hall,\nWard and Webb\n"
                 "Officers in Attendance: none")
    assert {"Dana Okafor", "Priya Shah", "Robert Marsh", "Ellen Quist", "Tom Abara",
            "Ashby", "Frost", "Hale", "Marsh", "Vine", "Stone",
            "Quennock", "Ossingham", "Tremayle", "Hall", "Ward", "Webb"} <= set(got)


def test_judges_named_after_judicial_titles_in_capitals(redactor):
    got = values(redactor, "LORD JUSTICE HOLLOWAY\nMRS JUSTICE EDDISON DBE\nHIS HONOUR JUDGE RICHARD CARTER")
    assert got == ["HOLLOWAY", "EDDISON", "RICHARD CARTER"]
    assert "JUSTICE" not in " ".join(got) and "Mayor" not in values(redactor, "The Lord Mayor opened it.")


# --- cells glued by extraction -----------------------------------------------------------

def test_a_case_change_inside_a_glued_cell_is_a_boundary(redactor):
    assert values(redactor, "Chief Executive, Northshire County CouncilR Marsh04/05/2021") == ["R Marsh"]
    assert values(redactor, "Dana OkaforHead of Youth Justice") == ["Dana Okafor"]


# --- case numbers tied to a person ----------------------------------------------------

def test_case_numbers_of_courts_regulators_and_planning(redactor):
    text = ("The case originated in an application (no. 12345/06). [[CO/1314/2016]] Reference: FER0123456. "
            "Application 23/1694/FUL was refused.")
    got = found(redactor, text.replace("[[", "").replace("]]", ""))
    assert {v for v, _, _ in got} == {"12345/06", "CO/1314/2016", "FER0123456", "23/1694/FUL"}


# --- false positives that must not spread ----------------------------------------------

def test_words_of_minutes_are_not_names(redactor):
    assert values(redactor, "Children RESOLVED that the Lord Mayor be thanked.",
                  "ACTION: the Board to note.", "ACTION: the Panel to agree.") == []


def test_a_word_the_document_also_uses_in_lower_case_is_never_carried_as_confident(redactor):
    # "Desistance" taken for a name once must not be redacted as a sure name everywhere else.
    got = found(redactor, "Mrs Desistance spoke first.", "Desistance work continues.",
                "The desistance approach is new.")
    carried = [(v, tier) for v, source, tier in got if source in ("carried", "consistent")]
    assert carried and all(tier == REVIEW for _, tier in carried)


def test_organisations_contact_details_are_for_review_not_sure_redactions(redactor):
    got = found(redactor, "Northshire County Council, Civic Centre, 12 High Street, Northtown NT1 2AB. "
                          "Tel: 01632 960123")
    assert got and all(tier == REVIEW for _, _, tier in got)
    home = found(redactor, "Jayden Okafor lives at 12 Mill Lane, Northtown NT1 2AB.")
    assert ("12 Mill Lane, Northtown NT1 2AB", "street_address", REDACT) in home


# --- the tiers in a release ------------------------------------------------------------------

@pytest.mark.parametrize("review_tier,kept", [("redact", False), ("keep", True)])
def test_the_policy_decides_what_a_plain_run_does_with_the_review_tier(tmp_path, review_tier, kept):
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(f"review_tier: {review_tier}\n")
    redactor = Redactor(load_policy(policy_file))
    out = redactor.redact_text("The claim was sued by “L” and Ruth Castellan signed it.", "letter")
    assert "Ruth Castellan" not in out
    assert ("“L”" in out) is kept


def test_propose_leaves_the_review_tier_undecided_and_apply_refuses_until_decided(tmp_path):
    source = tmp_path / "note.txt"
    source.write_text("Ruth Castellan wrote. The claim was brought by a witness, H.\n")
    internal = tmp_path / "internal"
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text("review_tier: keep\n")  # proposals list the review tier all the same
    proposed = runner.invoke(app, ["redact", str(source), "--propose", "--key-dir", str(internal),
                                   "--policy", str(policy_file)])
    assert proposed.exit_code == 0, proposed.output
    proposal_path = internal / "note-proposal.yaml"
    proposal = proposal_path.read_text()
    assert "tier: review" in proposal and "decision: undecided" in proposal and "reason:" in proposal
    refused = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out"), "--apply",
                                  str(proposal_path), "--key-dir", str(internal)])
    assert refused.exit_code == 2 and "undecided" in refused.output
    assert "Castellan" not in refused.output and not (tmp_path / "out").exists()
    proposal_path.write_text(proposal.replace("decision: undecided", "decision: redact"))
    applied = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out"), "--apply",
                                  str(proposal_path), "--key-dir", str(internal)])
    assert applied.exit_code == 0, applied.output
    released = (tmp_path / "out" / "note-redacted.txt").read_text()
    assert "Castellan" not in released and "witness, H." not in released


def test_a_policy_adds_local_given_names_and_places(tmp_path):
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text("word_lists:\n  first_names: [Zyxie]\n  places: [Brackenmoor]\n")
    text = "Zyxie went home. The Brackenmoor Hub and Ruth Brackenmoor met. Brackenmoor, Dorset Way."
    before = found(Redactor(load_policy(None)), text)
    after = found(Redactor(load_policy(policy_file)), text)
    assert ("Zyxie", "given_name", REDACT) in after and ("Zyxie", "given_name", REDACT) not in before
    # A local place is carried from a person's surname only for review, never as a sure name.
    assert ("Brackenmoor", "carried", REDACT) in before
    assert [t for v, s, t in after if v == "Brackenmoor"] == [REVIEW, REVIEW]


def test_the_officer_chooses_the_exemption_per_value_in_the_proposal(tmp_path):
    source = tmp_path / "note.txt"
    source.write_text("Ruth Castellan wrote to Jayden Okafor's family.\n")
    internal = tmp_path / "internal"
    assert runner.invoke(app, ["redact", str(source), "--propose", "--key-dir", str(internal)]).exit_code == 0
    proposal_path = internal / "note-proposal.yaml"
    proposal = proposal_path.read_text()
    assert "exemption: s.40(2)" in proposal
    block = proposal.index("- text: Jayden Okafor")
    edited = proposal[:block] + proposal[block:].replace("exemption: s.40(2)", "exemption: s.41(1)", 1)
    assert edited != proposal
    proposal_path.write_text(edited.replace("decision: undecided", "decision: redact"))
    applied = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out"), "--apply",
                                  str(proposal_path), "--key-dir", str(internal)])
    assert applied.exit_code == 0, applied.output
    rows = (tmp_path / "out" / "note-redaction-schedule.csv").read_text().splitlines()
    assert any(row.endswith("s.41(1),Person 2") for row in rows)
    assert any(row.endswith("s.40(2),Person 1") for row in rows)
