"""Committee papers (issue 15, part 4): the committee report frame read back from Word,
and committee resolutions imported as actions with the meeting as their source."""

from __future__ import annotations

import json

import docx
import yaml

from tests.tracker.conftest import PLAN_SOURCE, REPO

PAPER = REPO / "reviews" / "committee-paper.yaml"
RESOLUTIONS = REPO / "reviews" / "committee-resolutions.yaml"
FRAME_SECTIONS = ("Recommendations", "Background", "Key issues for consideration", "Financial implications",
                  "Legal implications", "Equalities implications", "Background papers", "Audit trail")


def _headings(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def _pairs(document) -> dict[str, str]:
    return {r.cells[0].text: r.cells[1].text for t in document.tables for r in t.rows if len(r.cells) == 2}


def test_committee_report_has_every_section_of_the_frame(tracker, tmp_path):
    result = tracker("report", "--form", "committee", "--paper", PAPER, "--source", PLAN_SOURCE,
                     "--to", "docx", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    document = docx.Document(tmp_path / f"committee-report-{PLAN_SOURCE}.docx")
    headings = _headings(document)
    for section in FRAME_SECTIONS:
        assert any(h == section or h.endswith(f". {section}") for h in headings), section
    assert headings.index("Audit trail") > headings.index("Background papers")
    header = next(t for t in document.tables if t.rows[0].cells[0].text == "Item No.")
    assert [c.text for c in header.rows[1].cells] == ["7", "Open", "8 December 2026",
                                                      "Children's Services Scrutiny Committee"]
    pairs = _pairs(document)
    assert pairs["From"] == "Director of Children's Services"
    assert pairs["Lead officer"] == "Director of Children's Services"
    assert pairs["Report author"] == "Head of Youth Justice Service"
    assert pairs["Version"] == "Final" and pairs["Key decision?"] == "No"
    consultation = next(t for t in document.tables if t.rows[0].cells[0].text == "Consultation with other officers")
    assert [c.text for c in consultation.rows[2].cells] == ["Director of Finance", "Yes", "Yes"]
    papers = next(t for t in document.tables if t.rows[0].cells[0].text == "Background papers")
    assert papers.rows[1].cells[0].text == "Inspection report and action plan"
    text = [p.text for p in document.paragraphs if p.text]
    after = text.index("1. Recommendations")
    assert text[after + 1].startswith("That the committee notes the progress")
    assert text[after + 2].startswith("That a further report on the actions still open")
    assert any(p.startswith("The actions are being delivered within existing budgets") for p in text)
    # The tracker's part: the headline, then each recommendation in bold and what was done.
    assert any("of 40 actions complete" in p for p in text)
    bold = [r.text for p in document.paragraphs for r in p.runs if r.bold]
    assert any(b.startswith("R1. Make sure that Board members") for b in bold)


def test_committee_frame_without_a_paper_marks_what_the_author_must_write(tracker, tmp_path):
    result = tracker("report", "--form", "committee", "--to", "md", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    text = (tmp_path / "committee-report.md").read_text()
    for section in FRAME_SECTIONS:
        assert section in text
    assert text.count("[To be completed by the report author]") >= 8


def test_a_bad_committee_paper_is_bad_input_and_writes_nothing(tracker, tmp_path):
    paper = tmp_path / "paper.yaml"
    paper.write_text("item_number: 7\nmeeting_date: next Tuesday\nfinance: none\n")
    result = tracker("report", "--form", "committee", "--paper", paper, "--to", "docx,xlsx", "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "meeting_date" in result.stderr and "finance" in result.stderr
    assert not (tmp_path / "out").exists()


def test_paper_is_only_for_the_committee_form(tracker, tmp_path):
    result = tracker("report", "--paper", PAPER, "--to", "md", "-o", tmp_path)
    assert result.exit_code == 2 and "--form committee" in result.stderr


def test_resolutions_import_as_actions_whose_source_is_the_meeting(tracker):
    result = tracker("import", RESOLUTIONS)
    assert result.exit_code == 0, result.output
    assert "3 new action(s)" in result.stdout
    actions = json.loads(tracker("list", "--source", "CSSC-2026-11-17", "--json").stdout)
    by_ref = {a["reference"]: a for a in actions}
    assert set(by_ref) == {"Res1.1", "Res2.1", "Res3.1"}
    further_report = by_ref["Res2.1"]
    assert further_report["description"].startswith("That a further report be brought to the March 2027 meeting")
    assert further_report["due_date"] == "2027-03-09" and further_report["owner"] == "Head of Youth Justice Service"
    assert by_ref["Res1.1"]["status"] == "complete" and by_ref["Res2.1"]["status"] == "not started"
    again = tracker("import", RESOLUTIONS)
    assert "0 new action(s), 0 changed action(s)" in again.stdout


def test_resolutions_source_is_the_committee_and_its_date(tracker, tmp_path):
    tracker("import", RESOLUTIONS)
    tracker("report", "--form", "response", "--source", "CSSC-2026-11-17", "--to", "md", "-o", tmp_path)
    text = (tmp_path / "response-to-recommendations-CSSC-2026-11-17.md").read_text()
    assert "Children's Services Scrutiny Committee (17 November 2026) made 3 recommendations" in text


def test_resolutions_missing_a_meeting_date_are_bad_input(tracker, tmp_path):
    data = yaml.safe_load(RESOLUTIONS.read_text())
    del data["meeting"]["date"]
    path = tmp_path / "minutes.yaml"
    path.write_text(yaml.safe_dump(data))
    result = tracker("import", path)
    assert result.exit_code == 2 and "meeting.date" in result.stderr


def test_committee_report_as_pdf(tracker, tmp_path):
    import pymupdf

    result = tracker("report", "--form", "committee", "--paper", PAPER, "--source", PLAN_SOURCE,
                     "--to", "pdf", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    with pymupdf.open(tmp_path / f"committee-report-{PLAN_SOURCE}.pdf") as pdf:
        text = " ".join(" ".join(page.get_text().split()) for page in pdf)
    for section in FRAME_SECTIONS:
        assert section in text, section
