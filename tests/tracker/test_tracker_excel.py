"""The Excel export people edit and import again: changes land, and in the history."""

from __future__ import annotations

import json
from datetime import datetime

import openpyxl

from reviewgen.tracker import open_tracker, read_history


def column(sheet, name: str) -> int:
    return [c.value for c in sheet[1]].index(name) + 1


def row_of(sheet, reference: str) -> int:
    refs = column(sheet, "Reference")
    return next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, refs).value == reference)


def test_export_edit_reimport_round_trip(tracker, plan_db, tmp_path):
    exported = tmp_path / "plan.xlsx"
    result = tracker("export", exported)
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(exported)
    assert [ws.sheet_state for ws in book.worksheets] == ["visible"]
    sheet = book.active
    assert sheet.max_row == 41
    assert sheet.cell(row_of(sheet, "R2.7"), column(sheet, "Overdue")).value == "yes"

    # Someone edits the sheet: completes one action, moves a due date, adds a note.
    sheet.cell(row_of(sheet, "R4.5"), column(sheet, "Status")).value = "Complete"
    sheet.cell(row_of(sheet, "R4.5"), column(sheet, "Evidence")).value = "Agreement with the college"
    sheet.cell(row_of(sheet, "R3.6"), column(sheet, "Due date")).value = datetime(2027, 1, 29)
    sheet.cell(row_of(sheet, "R1.4"), column(sheet, "Notes")).value = "Four of nine visits done"
    edited = tmp_path / "edited.xlsx"
    book.save(edited)

    preview = tracker("import", edited, "--dry-run")
    assert "3 changed action(s), 37 unchanged" in preview.stdout
    result = tracker("import", edited, "--by", "Plan Editor")
    assert result.exit_code == 0, result.output
    assert "0 new action(s), 3 changed action(s), 37 unchanged" in result.stdout

    actions = {a["reference"]: a for a in json.loads(tracker("list", "--json").stdout)}
    assert actions["R4.5"]["status"] == "complete"
    assert actions["R4.5"]["completed_date"] == "2026-11-23"
    assert actions["R3.6"]["due_date"] == "2027-01-29"
    assert actions["R1.4"]["notes"] == "Four of nine visits done"
    edits = [(e.reference, e.field, e.old_value, e.new_value)
             for e in read_history(open_tracker(plan_db)) if e.changed_by == "Plan Editor"]
    assert sorted(edits) == sorted([
        ("R4.5", "status", "in progress", "complete"),
        ("R4.5", "evidence", None, "Agreement with the college"),
        ("R4.5", "completed_date", None, "2026-11-23"),
        ("R3.6", "due_date", "2026-12-04", "2027-01-29"),
        ("R1.4", "notes", None, "Four of nine visits done"),
    ])

    # Exporting again and importing the untouched file changes nothing.
    again = tmp_path / "again.xlsx"
    tracker("export", again)
    assert "0 changed action(s), 40 unchanged" in tracker("import", again).stdout


def test_export_filters_and_bad_edits_are_reported_by_row(tracker, tmp_path):
    exported = tmp_path / "overdue.xlsx"
    assert "(7 actions)" in tracker("export", exported, "--overdue").stdout
    book = openpyxl.load_workbook(exported)
    sheet = book.active
    sheet.cell(3, column(sheet, "Status")).value = "sort of"
    sheet.cell(5, column(sheet, "Due date")).value = "next week"
    book.save(exported)
    result = tracker("import", exported)
    assert result.exit_code == 2
    assert "overdue.xlsx:3:" in result.stderr and "overdue.xlsx:5:" in result.stderr
    assert tracker("export", tmp_path / "plan.csv").exit_code == 2
