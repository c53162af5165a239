"""Reports read back from Word, HTML and Excel with the right figures."""

from __future__ import annotations

import re
from datetime import date

import docx
import openpyxl
import pytest

from tests.tracker.conftest import PLAN_SOURCE, TODAY

LAST_BOARD = date(2026, 11, 20)


@pytest.fixture
def board(tracker, tmp_path):
    """The example plan with two changes after the last board, reported in every format."""
    tracker("update", "R4.6", "--status", "in progress", "--by", "Economic Lead", today=date(2026, 11, 10))
    tracker("update", "R2.7", "--status", "complete", "--evidence", "Agreement signed", "--by", "Head of CSC",
            today=date(2026, 11, 21))
    tracker("update", "R5.8", "--due", "2027-01-29", "--by", "QA Lead", today=date(2026, 11, 22))
    out = tmp_path / "out"
    result = tracker("report", "--since", LAST_BOARD.isoformat(), "--next-report", "2027-01-25",
                     "--to", "docx,html", "--to", "md", "--to", "xlsx", "-o", out)
    assert result.exit_code == 0, result.output
    return out


def word_text(path) -> tuple[list[str], list[list[list[str]]], docx.document.Document]:
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
    return paragraphs, tables, document


def find_table(tables, first_header: str):
    return next(t for t in tables if t[0][0] == first_header)


def test_board_report_in_word_has_the_right_figures(board):
    paragraphs, tables, document = word_text(board / "board-report.docx")
    text = "\n".join(paragraphs)
    assert "24 of 40 actions complete (60%)" in text
    assert "6 overdue, 2 at risk" in text
    assert "Next report: 25 January 2027" in text
    progress = find_table(tables, "Recommendation")
    rows = {row[0].split(":")[0]: row for row in progress[1:]}
    assert rows["R2"][2:] == ["6 of 8", "75%", "Amber"]  # R2.6 overdue, but 75% done: on track (issue 15)
    assert rows["R3"][2:] == ["3 of 8", "38%", "Amber"]  # 3 of the 4 actions due so far done
    # Red only where overdue or blocked work leaves it off track: R4 has done 4 of the 6 due.
    assert [row[4] for row in progress[1:]] == ["Amber", "Amber", "Amber", "Red", "Amber"]
    overdue = find_table(tables, "Ref")
    assert [row[0] for row in overdue[1:]] == ["R1.4", "R4.5", "R2.6", "R3.4", "R4.6", "R5.7"]
    assert overdue[1][5] == "54"  # days overdue on 23 November for a 30 September due date
    at_risk = [t for t in tables if t[0][0] == "Ref"][1]
    assert [row[0] for row in at_risk[1:]] == ["R3.5", "R3.6"]
    changes = next(t for t in tables if t[0][:2] == ["Ref", "Change"])
    assert [row[:2] for row in changes[1:]] == [
        ["R2.7", "status blocked → complete; updated evidence"],
        ["R5.8", "due date 2026-12-11 → 2027-01-29"],
    ]
    owners = find_table(tables, "Owner")
    head = next(row for row in owners if row[0] == "Head of Service")
    assert head[1:] == ["7", "2", "3", "1"]
    # Both charts are embedded as pictures.
    assert len(document.inline_shapes) == 2


def test_board_report_html_inlines_charts_and_markdown_is_written(board):
    html = (board / "board-report.html").read_text()
    assert html.count("<img") == 2 and "data:image/png;base64," in html
    assert "24 of 40 actions complete" in html
    markdown = (board / "board-report.md").read_text()
    assert "![Completion by recommendation](board-report-charts/completion.png)" in markdown
    assert (board / "board-report-charts" / "status.png").read_bytes()[:4] == b"\x89PNG"


def test_board_report_in_excel(board):
    book = openpyxl.load_workbook(board / "board-report.xlsx")
    assert all(ws.sheet_state == "visible" for ws in book.worksheets)
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert summary["Headline"] == "24 of 40 actions complete"
    assert summary["Overdue"] == 6
    assert summary["Recommendations rated red"] == 1 and summary["Recommendations rated amber"] == 4
    recs = list(book["Recommendations"].iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in recs] == ["R1", "R2", "R3", "R4", "R5"] and recs[1][4] == 6
    assert next(r[1] for r in book["Overdue"].iter_rows(min_row=2, values_only=True)) == "R1.4"
    assert book["Changes"].max_row == 3


def test_charts_are_the_same_bytes_each_time(tracker, tmp_path):
    for name in ("a", "b"):
        tracker("report", "--to", "md", "-o", tmp_path / name)
    for chart in ("completion.png", "status.png"):
        first = (tmp_path / "a" / "board-report-charts" / chart).read_bytes()
        assert first == (tmp_path / "b" / "board-report-charts" / chart).read_bytes()


def test_response_report_puts_each_recommendation_in_bold(tracker, tmp_path):
    result = tracker("report", "--form", "response", "--source", PLAN_SOURCE, "--to", "docx", "-o", tmp_path)
    assert result.exit_code == 0, result.output
    document = docx.Document(str(tmp_path / f"response-to-recommendations-{PLAN_SOURCE}.docx"))
    bold = [p.text for p in document.paragraphs if p.runs and all(r.bold for r in p.runs if r.text.strip())]
    assert len(bold) == 5 and bold[0].startswith("R1. Make sure that Board members")
    paragraphs = [p.text for p in document.paragraphs]
    after_r2 = paragraphs[paragraphs.index(bold[1]) + 1:paragraphs.index(bold[2])]
    done = next(p for p in after_r2 if "Protocol signed by all partners" in p)
    assert "(completed 29 April 2026)" in done
    assert any(p.startswith("Still to do:") and "overdue" in p for p in after_r2)
    assert any("40 actions, of which 23 are complete" in p for p in paragraphs)


def test_report_options_are_checked(tracker, tmp_path):
    assert tracker("report", "--to", "odt", "-o", tmp_path).exit_code == 2
    assert tracker("report", "--form", "minutes", "-o", tmp_path).exit_code == 2
    assert tracker("report", "--source", "NOPE", "-o", tmp_path).exit_code == 2
    assert tracker("report", "--since", "last week", "-o", tmp_path).exit_code == 2


def test_status_over_time_is_replayed_from_the_history(tracker, plan_db):
    from reviewgen.tracker import build_report, open_tracker

    tracker("update", "R1.4", "--status", "complete", today=date(2026, 12, 1))
    tracker("update", "R2.6", "--status", "complete", today=date(2026, 12, 15))
    report = build_report(open_tracker(plan_db), date(2026, 12, 31), 14)
    timeline = dict(report.status_timeline)
    assert timeline[TODAY]["complete"] == 23
    assert timeline[date(2026, 12, 31)]["complete"] == 25
    assert sum(timeline[date(2026, 12, 31)].values()) == 40
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", d.isoformat()) for d in timeline)


def test_long_lists_are_cut_in_word_and_kept_whole_in_excel(plan_db, tmp_path):
    from reviewgen.config import Config, Tracker
    from reviewgen.tracker import open_tracker, write_report

    config = Config(tracker=Tracker(report_list_limit=3))
    paths = write_report(open_tracker(plan_db), tmp_path, ["docx", "xlsx"], config, today=TODAY)
    paragraphs, tables, _ = word_text(paths[1])
    overdue = find_table(tables, "Ref")
    assert len(overdue) == 1 + 3
    assert "The 3 longest overdue of 7 are listed here; the Excel report (--to xlsx) lists them all." in paragraphs
    book = openpyxl.load_workbook(paths[0])
    assert book["Overdue"].max_row == 1 + 7
