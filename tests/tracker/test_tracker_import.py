"""Getting plans in: YAML plans, learning reviews, Excel and CSV, with every bad row reported."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import openpyxl
import yaml
from sqlalchemy import func, select

from reviewgen.tracker import open_tracker
from reviewgen.tracker.models import Action, History, Recommendation, Source
from tests.tracker.conftest import EXAMPLE_CLR, EXAMPLE_ELR, EXAMPLE_PLAN, PLAN_SOURCE


def counts(db_path: Path) -> dict[str, int]:
    db = open_tracker(db_path)
    with db.reading() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in (Source, Recommendation, Action, History)}


def list_json(tracker, *args) -> list[dict]:
    result = tracker("list", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_yaml_plan_imports_every_action_with_its_fields(empty_tracker):
    result = empty_tracker("import", EXAMPLE_PLAN, "--by", "Importer")
    assert result.exit_code == 0, result.output
    assert "5 new recommendation(s), 40 new action(s)" in result.stdout
    actions = {a["reference"]: a for a in list_json(empty_tracker)}
    assert len(actions) == 40
    assert actions["R2.7"]["status"] == "blocked"
    assert actions["R1.1"]["completed_date"] == "2026-02-20"
    assert actions["R3.5"]["owner"] == "Head of Service"


def test_reimporting_the_same_plan_adds_nothing_and_records_nothing(tracker, plan_db):
    before = counts(plan_db)
    result = tracker("import", EXAMPLE_PLAN)
    assert result.exit_code == 0, result.output
    assert "0 new action(s), 0 changed action(s), 40 unchanged" in result.stdout
    assert counts(plan_db) == before


def test_reimporting_a_changed_plan_records_each_change(tracker, plan_db, tmp_path):
    data = yaml.safe_load(EXAMPLE_PLAN.read_text())
    action = data["recommendations"][1]["actions"][5]
    assert action["reference"] == "R2.6"
    action["status"] = "complete"
    action["evidence"] = "Reports presented in May and October"
    data["recommendations"][1]["actions"].append(
        {"reference": "R2.9", "description": "Share the protocol with new placing authorities",
         "owner": "Head of Service", "due_date": "2027-04-30"})
    edited = tmp_path / "plan.yaml"
    edited.write_text(yaml.safe_dump(data, sort_keys=False))
    before = counts(plan_db)

    result = tracker("import", edited, "--by", "Plan Editor")
    assert result.exit_code == 0, result.output
    assert "1 new action(s), 1 changed action(s)" in result.stdout
    after = counts(plan_db)
    assert after["actions"] == before["actions"] + 1
    history = tracker("history", "R2.6")
    lines = [line for line in history.stdout.splitlines() if "Plan Editor" in line]
    assert len(lines) == 3  # status, evidence, and the completion date it implies
    assert any("in progress" in line and "complete" in line for line in lines)
    assert tracker("list", "--json", "--status", "not started").stdout.count('"R2.9"') == 1


def test_dry_run_previews_and_writes_nothing(tracker, plan_db, tmp_path):
    data = yaml.safe_load(EXAMPLE_PLAN.read_text())
    data["recommendations"][0]["actions"][3]["status"] = "complete"
    edited = tmp_path / "plan.yaml"
    edited.write_text(yaml.safe_dump(data, sort_keys=False))
    before = counts(plan_db)
    result = tracker("import", edited, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "R1.4 status: in progress -> complete" in result.stdout
    assert "would import" in result.stdout
    assert counts(plan_db) == before


def test_yaml_plan_errors_name_line_field_and_fix(empty_tracker, tmp_path, db_path):
    data = yaml.safe_load(EXAMPLE_PLAN.read_text())
    data["recommendations"][0]["actions"][1]["status"] = "nearly done"
    data["recommendations"][2]["actions"][0]["evidense"] = "Minutes"
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data, sort_keys=False))
    result = empty_tracker("import", bad)
    assert result.exit_code == 2
    errors = result.stderr.splitlines()
    assert len(errors) == 2
    assert "recommendations[0].actions[1].status" in errors[0] and "use one of" in errors[0]
    assert "recommendations[2].actions[0].evidense" in errors[1] and "did you mean 'evidence'" in errors[1]
    assert all(f"{bad}:" in line for line in errors)
    assert counts(db_path)["actions"] == 0


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


CSV_HEADER = ["Ref", "Recommendation text", "Action", "Lead officer", "Lead agency", "Target date", "Status"]


def test_csv_plan_with_column_mapping_creates_a_new_source(empty_tracker, tmp_path):
    sheet = write_csv(tmp_path / "audit.csv", [
        ["Action ref", "Recommendation text", "Action", "Lead officer", "Lead agency", "Target", "Status"],
        ["A1.1", "Improve recording of consent", "Update the consent form", "Team Manager", "YJS", "31/01/2027",
         "In-Progress"],
        ["A1.2", "", "Audit consent recording", "Quality Lead", "YJS", "2027-03-31", ""],
        ["A2.1", "Check referral timeliness", "Monthly timeliness report", "Performance Officer", "YJS",
         "2026-12-31", "done"],
    ])
    result = empty_tracker("import", sheet, "--source", "AUDIT-2026", "--title", "Case recording audit",
                           "--kind", "audit", "--column", "due_date=Target", "--column", "reference=Action ref")
    assert result.exit_code == 0, result.output
    assert "2 new recommendation(s), 3 new action(s)" in result.stdout
    actions = {a["reference"]: a for a in list_json(empty_tracker, "--source", "AUDIT-2026")}
    assert actions["A1.1"]["due_date"] == "2027-01-31"
    assert actions["A1.1"]["status"] == "in progress"
    assert actions["A1.2"]["status"] == "not started"
    assert actions["A2.1"]["status"] == "complete"
    assert actions["A2.1"]["completed_date"] == "2026-11-23"
    assert actions["A1.2"]["recommendation"] == "A1"


def test_csv_plan_reports_every_bad_row_and_imports_nothing(empty_tracker, tmp_path, db_path):
    sheet = write_csv(tmp_path / "plan.csv", [
        CSV_HEADER,
        ["R1.1", "Recommendation one", "First action", "Owner A", "YJS", "2027-01-31", "not started"],
        ["R1.2", "", "Second action", "Owner B", "YJS", "31st of never", "not started"],
        ["", "", "Action with no reference", "Owner C", "YJS", "2027-01-31", ""],
        ["R1.3", "", "Fourth action", "Owner D", "YJS", "2027-01-31", "finished-ish"],
        ["R1.1", "", "Duplicate of the first", "Owner E", "YJS", "2027-01-31", ""],
        ["R2.1", "", "Action under a recommendation with no text", "Owner F", "YJS", "2027-01-31", ""],
    ])
    result = empty_tracker("import", sheet, "--source", "PLAN-1", "--title", "A plan", "--kind", "audit")
    assert result.exit_code == 2
    errors = result.stderr.splitlines()
    assert [re.search(r"plan\.csv:(\d+):", e).group(1) for e in errors] == ["3", "4", "5", "6"]
    assert "due_date" in errors[0] and "not a date" in errors[0]
    assert "reference" in errors[1]
    assert "status" in errors[2] and "use one of" in errors[2]
    assert "duplicate action reference (also on row 2)" in errors[3]
    # The rows pass on their own, but a new recommendation needs its text: found before commit.
    result = empty_tracker("import", write_csv(tmp_path / "plan2.csv", [
        CSV_HEADER, ["R1.1", "Recommendation one", "First action", "A", "YJS", "2027-01-31", ""],
        ["R2.1", "", "No recommendation text", "B", "YJS", "2027-01-31", ""]]),
        "--source", "PLAN-1", "--title", "A plan", "--kind", "audit")
    assert result.exit_code == 2
    assert ":3: recommendation_text: a new recommendation needs its text" in result.stderr
    assert counts(db_path) == {"sources": 0, "recommendations": 0, "actions": 0, "history": 0}


def test_sheet_without_a_known_source_says_how_to_name_one(empty_tracker, tmp_path):
    sheet = write_csv(tmp_path / "plan.csv", [CSV_HEADER, ["R1.1", "Rec", "Act", "A", "YJS", "2027-01-31", ""]])
    result = empty_tracker("import", sheet)
    assert result.exit_code == 2 and "--source" in result.stderr
    result = empty_tracker("import", sheet, "--source", "NEW-1")
    assert result.exit_code == 2 and "not in the tracker yet" in result.stderr and "--title" in result.stderr
    result = empty_tracker("import", sheet, "--column", "due=Target")
    assert result.exit_code == 2 and "not a field that can be mapped" in result.stderr


def test_excel_plan_imports_from_a_named_sheet(empty_tracker, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Notes"
    sheet = book.create_sheet("Plan")
    sheet.append(["Recommendation", "Recommendation text", "Addressed to", "Reference", "Description", "Owner",
                  "Due date", "Comments"])
    from datetime import datetime
    sheet.append(["1", "Strengthen board oversight", "The Board", "1a", "Quarterly dashboard", "Chair",
                  datetime(2027, 2, 1), "ignored"])
    sheet.append(["1", None, None, "1b", "Annual review", "Chair", "01/06/2027", None])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    result = empty_tracker("import", path, "--sheet", "Plan", "--source", "SCRUTINY-2026", "--title",
                           "Scrutiny review of youth justice", "--kind", "scrutiny", "--date", "2026-10-01")
    assert result.exit_code == 0, result.output
    assert "ignored columns: Comments" in result.stdout
    actions = list_json(empty_tracker, "--source", "SCRUTINY-2026")
    assert [(a["reference"], a["recommendation"], a["due_date"]) for a in actions] == [
        ("1a", "1", "2027-02-01"), ("1b", "1", "2027-06-01")]


def test_learning_reviews_import_their_recommendations(empty_tracker):
    result = empty_tracker("import", EXAMPLE_CLR)
    assert result.exit_code == 0, result.output
    clr = {a["reference"]: a for a in list_json(empty_tracker)}
    # R1 has no actions of its own: it becomes R1.1 with the recommendation's owner and due date.
    assert clr["R1.1"]["owner"] == "Operational Manager"
    assert clr["R1.1"]["due_date"] == "2026-06-30"
    assert "Completion evidenced by" in clr["R1.1"]["notes"]
    assert {"R3.1", "R3.2"} <= set(clr)
    assert all(a["status"] == "not started" for a in clr.values())
    assert empty_tracker("import", EXAMPLE_ELR).exit_code == 0
    elr = [a for a in list_json(empty_tracker) if a["source"] != clr["R1.1"]["source"]]
    assert {a["status"] for a in elr} >= {"complete", "in progress"}
    again = empty_tracker("import", EXAMPLE_CLR)
    assert "0 new action(s), 0 changed action(s)" in again.stdout


def test_a_learning_review_source_is_titled_and_dated_from_the_review(empty_tracker, db_path):
    from reviewgen.review import load_review

    review = load_review(EXAMPLE_CLR)
    assert empty_tracker("import", EXAMPLE_CLR).exit_code == 0
    db = open_tracker(db_path)
    with db.reading() as session:
        source = session.scalar(select(Source))
        assert (source.reference, source.title, source.body, source.date) == (
            review.reference, review.title, "Critical Learning Review", review.signoff.completed_date)
        assert source.kind == "learning review"


def test_unreadable_inputs_are_input_errors(empty_tracker, tmp_path):
    broken = tmp_path / "plan.xlsx"
    broken.write_text("not a workbook")
    result = empty_tracker("import", broken, "--source", "X")
    assert result.exit_code == 2 and "could not be read as an Excel workbook" in result.stderr
    other = tmp_path / "plan.docx"
    other.write_text("x")
    assert empty_tracker("import", other).exit_code == 2
    missing = empty_tracker("import", tmp_path / "missing.yaml")
    assert missing.exit_code == 2 and "file not found" in missing.stderr


def test_the_example_plan_in_excel_matches_the_yaml(empty_tracker):
    xlsx = EXAMPLE_PLAN.with_suffix(".xlsx")
    result = empty_tracker("import", xlsx, "--source", PLAN_SOURCE, "--title", "Inspection of youth justice "
                           "services in Northshire", "--kind", "inspection", "--body", "HM Inspectorate of Probation",
                           "--date", "2025-12-10")
    assert result.exit_code == 0, result.output
    assert "5 new recommendation(s), 40 new action(s)" in result.stdout
    again = empty_tracker("import", EXAMPLE_PLAN)
    assert "0 new action(s), 0 changed action(s), 40 unchanged" in again.stdout, again.stdout
