"""Importing a plan again never silently reverts what someone recorded with `tracker update`;
export never overwrites a workbook; formula cells with no saved value never import as blank."""

from __future__ import annotations

import json
from datetime import date

import openpyxl

from reviewgen.tracker import open_tracker, read_history
from tests.tracker.conftest import EXAMPLE_PLAN


def action(tracker, reference: str) -> dict:
    return next(a for a in json.loads(tracker("list", "--json").stdout) if a["reference"] == reference)


def plan_with(tmp_path, old: str, new: str):
    """The example plan with one line changed, as someone editing the YAML would."""
    text = EXAMPLE_PLAN.read_text()
    assert old in text
    path = tmp_path / "plan.yaml"
    path.write_text(text.replace(old, new, 1))
    return path


def test_reimporting_the_same_plan_keeps_updates_and_reports_conflicts(tracker, plan_db):
    assert tracker("update", "R1.4", "--status", "complete", "--evidence", "Visit log").exit_code == 0
    history_before = len(read_history(open_tracker(plan_db)))

    # The file still says "in progress": that is a conflict, and nothing is written.
    result = tracker("import", EXAMPLE_PLAN)
    assert result.exit_code == 2
    errors = result.stderr.splitlines()
    assert len(errors) == 1, errors
    assert f"{EXAMPLE_PLAN}:39: status: R1.4 was changed with `tracker update` since it was imported" in errors[0]
    assert "--prefer database" in errors[0] and "--prefer file" in errors[0]
    assert action(tracker, "R1.4")["status"] == "complete"
    assert len(read_history(open_tracker(plan_db))) == history_before

    # --prefer database keeps the update and imports everything else.
    result = tracker("import", EXAMPLE_PLAN, "--prefer", "database")
    assert result.exit_code == 0, result.output
    assert "conflict R1.4 status: changed with `tracker update` since it was imported; kept the tracker's value" \
        in result.stdout
    assert "1 conflict(s), the tracker's value kept" in result.stdout
    kept = action(tracker, "R1.4")
    assert (kept["status"], kept["evidence"], kept["completed_date"]) == ("complete", "Visit log", "2026-11-23")
    assert len(read_history(open_tracker(plan_db))) == history_before


def test_prefer_file_takes_the_files_value_into_the_history(tracker, plan_db):
    tracker("update", "R1.4", "--status", "complete")
    result = tracker("import", EXAMPLE_PLAN, "--prefer", "file")
    assert result.exit_code == 0, result.output
    assert action(tracker, "R1.4")["status"] == "in progress"
    last = [e for e in read_history(open_tracker(plan_db), "R1.4") if e.field == "status"][-1]
    assert (last.old_value, last.new_value) == ("complete", "in progress")
    # Once the file's value is in, importing it again is quiet.
    result = tracker("import", EXAMPLE_PLAN)
    assert result.exit_code == 0 and "conflict" not in result.output


def test_a_field_changed_only_in_the_file_is_imported(tracker, tmp_path):
    tracker("update", "R1.4", "--evidence", "Visit log")
    edited = plan_with(tmp_path, "    due_date: 2026-09-30\n    status: in progress\n",
                       "    due_date: 2026-12-31\n    status: in progress\n")
    result = tracker("import", edited)
    assert result.exit_code == 0, result.output
    after = action(tracker, "R1.4")
    assert (after["due_date"], after["evidence"]) == ("2026-12-31", "Visit log")


def test_bad_prefer_is_refused(tracker):
    result = tracker("import", EXAMPLE_PLAN, "--prefer", "mine")
    assert result.exit_code == 2 and "--prefer: is not file or database" in result.stderr


def test_export_never_overwrites_an_edited_workbook(tracker, tmp_path):
    target = tmp_path / "plan.xlsx"
    assert tracker("export", target).exit_code == 0
    book = openpyxl.load_workbook(target)
    book.active.cell(2, 13).value = "my edit, not yet imported"
    book.save(target)
    edited = target.read_bytes()
    result = tracker("export", target)
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"error: {target}: already exists; kept as it is; add --force to replace it, "
                                     "or choose another output name or folder")
    assert target.read_bytes() == edited
    assert tracker("export", target, "--force").exit_code == 0
    assert target.read_bytes() != edited


def test_report_keeps_earlier_reports(tracker, tmp_path):
    assert tracker("report", "--to", "md", "-o", tmp_path).exit_code == 0
    (tmp_path / "board-report.md").write_text("hand edited")
    result = tracker("report", "--to", "md,html", "-o", tmp_path)
    assert result.exit_code == 2 and "board-report.md: already exists" in result.stderr
    assert (tmp_path / "board-report.md").read_text() == "hand edited"
    assert not (tmp_path / "board-report.html").exists()


def test_formula_cells_without_a_saved_value_are_refused(empty_tracker, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Source", "Recommendation text", "Reference", "Action", "Due date", "Status"])
    sheet.append(["AUD-1", "Keep records", "R1.1", "Audit the files", date(2027, 1, 4), "not started"])
    sheet.append(["AUD-1", "Keep records", "R1.2", "Re-audit", "=E2+90", "not started"])
    path = tmp_path / "plan.xlsx"
    book.save(path)  # openpyxl saves formulas without results, as generated workbooks do
    result = empty_tracker("import", path, "--source", "AUD-1", "--title", "Audit", "--kind", "audit")
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"error: {path}:3: column E: is a formula with no saved result; open the "
                                     "workbook in Excel and save it, or type the value")
    assert not empty_tracker.db.exists()


def test_a_reference_twice_in_a_new_plan_is_refused(empty_tracker, tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text("source: {reference: AUD-2, kind: audit, title: Audit}\nrecommendations:\n"
                    "- number: R1\n  text: Keep records\n  actions:\n"
                    "  - {reference: R1.1, description: Audit the files}\n"
                    "  - {reference: R1.1, description: Audit them again}\n")
    result = empty_tracker("import", plan)
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"error: {plan}:7: reference: this action reference appears twice in the "
                                     "plan; give each action its own reference")
