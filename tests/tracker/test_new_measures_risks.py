"""Outcome measures and the risk register (issue 15, part 3)."""

from __future__ import annotations

from datetime import date

import docx
import openpyxl
import yaml

from reviewgen.review.themes import measure_readings
from tests.tracker.conftest import EXAMPLE_CLR, PLAN_SOURCE, REPO

CLR_SOURCE = "NYJS-CLR-2026-03"
READINGS = REPO / "reviews" / "measure-readings.yaml"
REGISTER = REPO / "reviews" / "risk-register.yaml"


def _rows(path, first: str) -> list[list[str]]:
    table = next(t for t in docx.Document(str(path)).tables if t.rows[0].cells[0].text == first)
    return [[c.text for c in r.cells] for r in table.rows]


def test_importing_a_review_keeps_each_measure_and_target(tracker):
    result = tracker("import", EXAMPLE_CLR)
    assert result.exit_code == 0 and "kept 2 outcome measure(s)" in result.stdout
    listed = tracker("measure", "R1", "--source", CLR_SOURCE)
    assert listed.exit_code == 0
    assert ("AssetPlus reviews completed within 10 working days of a trigger event (target 90% of audited cases)"
            in listed.stdout)
    assert "no readings yet" in listed.stdout
    assert tracker("measure", "R2", "--source", CLR_SOURCE).exit_code == 2  # R2 has no measure
    again = tracker("import", EXAMPLE_CLR)
    assert "0 new action(s), 0 changed action(s)" in again.stdout


def test_readings_are_kept_over_time_and_say_how_the_measure_moved(tracker):
    tracker("import", EXAMPLE_CLR)
    tracker("measure", "R1", "--source", CLR_SOURCE, "--value", "55", "--date", "2026-06-30", "--note", "Q1 audit")
    result = tracker("measure", "R1", "--source", CLR_SOURCE, "--value", "70", "--date", "2026-09-30")
    assert result.exit_code == 0
    assert "2026-06-30  55  Q1 audit" in result.stdout and "2026-09-30  70" in result.stdout
    assert "up 15 since 30 June 2026" in result.stdout


def test_a_measure_can_be_named_for_a_recommendation_without_one(tracker):
    result = tracker("measure", "R4", "--source", PLAN_SOURCE, "--value", "48", "--name",
                     "Children over 16 in education, training or employment", "--target", "70%")
    assert result.exit_code == 0, result.output
    assert "(target 70%)" in result.stdout
    assert tracker("measure", "R5", "--source", PLAN_SOURCE, "--value", "3").exit_code == 2


def test_readings_file_imports_once_and_the_board_report_charts_them(tracker, tmp_path):
    tracker("import", EXAMPLE_CLR)
    assert "4 reading(s) recorded, 0 already recorded" in tracker("measure", "--readings", READINGS).stdout
    assert "0 reading(s) recorded, 4 already recorded" in tracker("measure", "--readings", READINGS).stdout
    assert tracker("report", "--to", "docx", "-o", tmp_path).exit_code == 0
    by_rec = {row[0]: row for row in _measure_rows(tmp_path)[1:]}
    assert by_rec[f"{CLR_SOURCE} R3"][3:] == ["85 (31 October 2026)", "2", "up 45 since 30 September 2026"]
    assert (tmp_path / "board-report-charts" / "measures.png").stat().st_size > 1000
    document = docx.Document(str(tmp_path / "board-report.docx"))
    assert len(document.inline_shapes) == 3  # completion, status over time and the measures


def _measure_rows(tmp_path) -> list[list[str]]:
    for table in docx.Document(str(tmp_path / "board-report.docx")).tables:
        header = [c.text for c in table.rows[0].cells]
        if header[:2] == ["Recommendation", "Measure"]:
            return [[c.text for c in r.cells] for r in table.rows]
    raise AssertionError("no measures table")


def test_readings_for_a_recommendation_without_a_measure_are_bad_input(tracker, tmp_path):
    path = tmp_path / "readings.yaml"
    path.write_text(yaml.safe_dump({"readings": [{"source": PLAN_SOURCE, "recommendation": "R5",
                                                  "date": date(2026, 9, 30), "value": 3}]}))
    result = tracker("measure", "--readings", path)
    assert result.exit_code == 2 and "readings[0]" in result.stderr and "no outcome measure" in result.stderr


def test_themes_say_whether_the_linked_measures_moved(tracker):
    tracker("import", EXAMPLE_CLR)
    tracker("measure", "--readings", READINGS)
    readings = measure_readings(str(tracker.db))
    assert readings[(CLR_SOURCE, "R1")].change == 15 and readings[(CLR_SOURCE, "R3")].latest == 85


# --- the risk register ---------------------------------------------------------------

def test_risk_register_links_actions_and_the_board_report_shows_residual_scores(tracker, tmp_path):
    tracker("import", EXAMPLE_CLR)
    result = tracker("risk", "import", REGISTER)
    assert result.exit_code == 0, result.output
    assert "5 new risk(s)" in result.stdout
    tracker("report", "--to", "docx", "-o", tmp_path)
    rows = {row[0].split(":")[0]: row for row in _rows(tmp_path / "board-report.docx", "Risk")[1:]}
    assert list(rows) == ["RR4", "RR1", "RR3", "RR2", "RR5"]  # highest residual score first
    assert rows["RR1"][2:4] == ["16", "12"]
    assert rows["RR1"][5] == f"{PLAN_SOURCE} R2.4 (complete), {PLAN_SOURCE} R2.7 (blocked)"
    assert rows["RR5"][5] == "None linked"
    # For one source, only the risks its actions mitigate, named without the source.
    tracker("report", "--source", CLR_SOURCE, "--to", "docx", "-o", tmp_path / "clr")
    clr_rows = {row[0].split(":")[0]: row for row in _rows(tmp_path / "clr" / f"board-report-{CLR_SOURCE}.docx",
                                                           "Risk")[1:]}
    assert set(clr_rows) == {"RR2", "RR3", "RR4"} and clr_rows["RR4"][5] == "R3.1 (not started), R3.2 (not started)"


def test_risk_register_round_trips_through_excel(tracker, tmp_path, plan_db):
    tracker("import", EXAMPLE_CLR)
    tracker("risk", "import", REGISTER)
    first = tmp_path / "first.xlsx"
    assert tracker("risk", "export", first).exit_code == 0
    sheet = openpyxl.load_workbook(first)["Risks"]
    header = [c.value for c in sheet[1]]
    assert header[-2:] == ["Inherent score", "Residual score"]
    rr1 = next(row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] == "RR1")
    assert rr1[10] == f"{PLAN_SOURCE}/R2.4, {PLAN_SOURCE}/R2.7" and rr1[11:] == (16, 12)
    # Edited in Excel: a residual likelihood lowered; imported back, exported again.
    book = openpyxl.load_workbook(first)
    row = next(r for r in book["Risks"].iter_rows(min_row=2) if r[0].value == "RR1")
    row[9].value = 2
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    result = tracker("risk", "import", edited)
    assert "0 new risk(s), 1 changed" in result.stdout
    second = tmp_path / "second.xlsx"
    tracker("risk", "export", second)
    values = lambda path: [r for r in openpyxl.load_workbook(path)["Risks"].iter_rows(values_only=True)]  # noqa: E731
    expected = [tuple(2 if (r[0] == "RR1" and i == 9) else 8 if (r[0] == "RR1" and i == 12) else v
                      for i, v in enumerate(r)) for r in values(edited)]
    assert values(second) == expected
    assert "0 new risk(s), 0 changed" in tracker("risk", "import", second).stdout


def test_risk_scores_outside_one_to_five_and_unknown_actions_are_bad_input(tracker, tmp_path):
    data = yaml.safe_load(REGISTER.read_text())
    data["risks"][0]["impact"] = 7
    path = tmp_path / "register.yaml"
    path.write_text(yaml.safe_dump(data))
    result = tracker("risk", "import", path)
    assert result.exit_code == 2 and "risks[0].impact" in result.stderr
    data["risks"][0]["impact"] = 4
    data["risks"][0]["actions"] = [f"{PLAN_SOURCE}/R9.9"]
    path.write_text(yaml.safe_dump(data))
    result = tracker("risk", "import", path)
    assert result.exit_code == 2 and "R9.9" in result.stderr
    assert "0 risks" in tracker("risk", "export", tmp_path / "empty.xlsx").stdout  # nothing half-written


def test_linking_one_action_to_a_risk(tracker, tmp_path):
    tracker("import", EXAMPLE_CLR)
    tracker("risk", "import", REGISTER)
    assert tracker("risk", "link", "R4.6", "--source", PLAN_SOURCE, "--risk", "RR5").exit_code == 0
    assert tracker("risk", "link", "R4.6", "--source", PLAN_SOURCE, "--risk", "RR99").exit_code == 2
    tracker("risk", "export", tmp_path / "r.xlsx")
    rr5 = next(r for r in openpyxl.load_workbook(tmp_path / "r.xlsx")["Risks"].iter_rows(values_only=True)
               if r[0] == "RR5")
    assert rr5[10] == f"{PLAN_SOURCE}/R4.6"


def test_importing_a_review_keeps_each_recommendations_priority(tracker, tmp_path):
    tracker("import", EXAMPLE_CLR)
    tracker("report", "--source", CLR_SOURCE, "--to", "docx,md", "-o", tmp_path)
    progress = _rows(tmp_path / f"board-report-{CLR_SOURCE}.docx", "Recommendation")
    assert progress[1][0].startswith("R1: Introduce a trigger list") and progress[1][0].endswith("(high priority)")
    assert progress[4][0].endswith("(medium priority)")
    history = tracker("history", "--source", CLR_SOURCE).stdout
    assert "priority" in history
    tracker("report", "--form", "response", "--source", CLR_SOURCE, "--to", "md", "-o", tmp_path)
    text = (tmp_path / f"response-to-recommendations-{CLR_SOURCE}.md").read_text()
    assert "*Addressed to: Head of Youth Justice Service. Priority: high.*" in text
