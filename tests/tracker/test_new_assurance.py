"""Tracker assurance (issue 15, part 3): the BRAG rules, verified and closed actions,
officers' overrides, changed due dates and progress notes in board reports."""

from __future__ import annotations

import json
from datetime import date, timedelta

import docx
import pytest

from reviewgen.tracker.status import rag_rating
from tests.tracker.conftest import PLAN_SOURCE, TODAY

LATER, SOON, PAST = TODAY + timedelta(days=60), TODAY + timedelta(days=3), TODAY - timedelta(days=10)


def _tables(path) -> dict[str, list[list[str]]]:
    document = docx.Document(str(path))
    return {t.rows[0].cells[0].text + "|" + t.rows[0].cells[-1].text: [[c.text for c in r.cells] for r in t.rows]
            for t in document.tables}


def _table(path, first: str, last: str) -> list[list[str]]:
    return _tables(path)[f"{first}|{last}"]


# --- BRAG rules -------------------------------------------------------------------------

def test_blue_when_every_action_is_verified_or_closed():
    assert rag_rating([("verified", PAST), ("closed", PAST)], TODAY, 14) == "blue"
    assert rag_rating([("verified", PAST), ("deferred", LATER)], TODAY, 14) == "blue"  # deferred does not count
    assert rag_rating([("verified", PAST), ("complete", PAST)], TODAY, 14) == "green"  # complete is not verified


def test_red_only_when_overdue_or_blocked_work_leaves_it_off_track():
    # 1 of the 3 actions due so far done, one of them overdue: off track.
    assert rag_rating([("complete", PAST), ("in progress", PAST), ("not started", PAST)], TODAY, 14) == "red"
    assert rag_rating([("blocked", PAST), ("not started", PAST)], TODAY, 14) == "red"


def test_amber_when_overdue_or_blocked_but_on_track():
    three_done = [("complete", PAST)] * 3
    assert rag_rating([*three_done, ("in progress", PAST)], TODAY, 14) == "amber"  # 75% of the due work done
    assert rag_rating([("blocked", LATER), ("complete", PAST)], TODAY, 14) == "amber"
    assert rag_rating([("in progress", SOON)], TODAY, 14) == "amber"  # at risk


def test_green_when_nothing_is_overdue_blocked_or_at_risk():
    assert rag_rating([("complete", PAST), ("in progress", LATER)], TODAY, 14) == "green"
    assert rag_rating([], TODAY, 14) == "green"


def test_the_on_track_share_is_configuration(tracker, tmp_path):
    config = tmp_path / "reviewgen.yaml"
    config.write_text("tracker:\n  on_track_percent: 90\n")
    from typer.testing import CliRunner

    from reviewgen.cli import app

    result = CliRunner().invoke(app, ["--config", str(config), "tracker", "--db", str(tracker.db), "--today",
                                      TODAY.isoformat(), "report", "--to", "docx", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    progress = _table(tmp_path / "out" / "board-report.docx", "Recommendation", "RAG")
    # R1 has done 5 of its 6 due actions (83%): on track at 75%, not at 90%.
    assert progress[1][4] == "Red"
    assert "fewer than 90% of the actions due so far done" in "\n".join(
        p.text for p in docx.Document(str(tmp_path / "out" / "board-report.docx")).paragraphs)


# --- the lifecycle ------------------------------------------------------------------

def test_verify_and_close_record_who_what_and_the_meeting(tracker, tmp_path):
    assert tracker("verify", "R1.1", "--checked", "Read the slides and the attendance list",
                   "--by", "QA Manager", today=date(2026, 11, 20)).exit_code == 0
    result = tracker("close", "R1.1", "--meeting", "Youth Justice Partnership Board", "--date", "2026-11-21",
                     "--by", "Board Secretary")
    assert result.exit_code == 0, result.output
    actions = {a["reference"]: a for a in json.loads(tracker("list", "--json").stdout)}
    assert actions["R1.1"]["status"] == "closed"
    assert actions["R1.1"]["completed_date"] == "2026-02-20"  # verifying and closing keep the completion date
    tracker("report", "--to", "docx", "-o", tmp_path)
    assured = _table(tmp_path / "board-report.docx", "Ref", "Closed on")
    assert assured[1] == ["R1.1", "closed", "QA Manager", "20 November 2026", "Read the slides and the attendance list",
                          "Youth Justice Partnership Board", "21 November 2026"]


@pytest.mark.parametrize(("args", "message"), [
    (("verify", "R1.4", "--checked", "x"), "only a complete action can be verified"),
    (("close", "R1.1", "--meeting", "Board"), "only a verified action can be closed"),
    (("update", "R1.1", "--status", "verified"), "a verified action needs what was checked"),
    (("update", "R1.4", "--status", "closed", "--note", "board"), "only a verified action can be closed"),
])
def test_the_lifecycle_cannot_be_skipped(tracker, args, message):
    result = tracker(*args)
    assert result.exit_code == 2 and message in result.stderr


def test_an_action_without_evidence_cannot_be_verified(tracker):
    tracker("update", "R1.4", "--status", "complete")
    result = tracker("verify", "R1.4", "--checked", "Visit log")
    assert result.exit_code == 2 and "no evidence of completion" in result.stderr


def test_all_verified_recommendation_is_blue_in_the_report(tracker, tmp_path):
    for ref in ("R5.1", "R5.2", "R5.3", "R5.4", "R5.5", "R5.6"):
        assert tracker("verify", ref, "--checked", "Audit sample").exit_code == 0
    for ref in ("R5.7", "R5.8"):
        tracker("update", ref, "--status", "complete", "--evidence", "Done")
        tracker("verify", ref, "--checked", "Audit sample")
    tracker("report", "--to", "docx", "-o", tmp_path)
    progress = _table(tmp_path / "board-report.docx", "Recommendation", "RAG")
    assert progress[5][4] == "Blue"


# --- overrides ----------------------------------------------------------------------

def test_an_officers_override_is_shown_as_such_and_can_be_cleared(tracker, tmp_path):
    result = tracker("rate", "R4", "--source", PLAN_SOURCE, "--rating", "amber",
                     "--reason", "College agreement signed; employers scheme starts in January", "--by", "Head of Service")
    assert result.exit_code == 0, result.output
    tracker("report", "--to", "docx,xlsx", "-o", tmp_path / "a")
    progress = _table(tmp_path / "a" / "board-report.docx", "Recommendation", "RAG")
    assert progress[4][4] == ("Amber (officer's override of Red: College agreement signed; employers scheme "
                              "starts in January)")
    import openpyxl

    recs = list(openpyxl.load_workbook(tmp_path / "a" / "board-report.xlsx")["Recommendations"].iter_rows(
        min_row=2, values_only=True))
    assert recs[3][6] == "Amber" and recs[3][7].endswith("(rule: red)")
    assert tracker("rate", "R4", "--source", PLAN_SOURCE, "--clear").exit_code == 0
    tracker("report", "--to", "docx", "-o", tmp_path / "b")
    assert _table(tmp_path / "b" / "board-report.docx", "Recommendation", "RAG")[4][4] == "Red"


@pytest.mark.parametrize("args", [("--rating", "purple", "--reason", "x"), ("--rating", "green"), ()])
def test_an_override_needs_a_known_rating_and_a_reason(tracker, args):
    assert tracker("rate", "R4", "--source", PLAN_SOURCE, *args).exit_code == 2


# --- due dates and progress notes -----------------------------------------------------

def test_changed_due_dates_show_original_current_count_and_last_reason(tracker, tmp_path):
    tracker("update", "R4.6", "--due", "2026-12-18", "--note", "Employer scheme retendered", today=date(2026, 11, 2))
    tracker("update", "R4.6", "--due", "2027-01-29", "--note", "Two employers withdrew", today=date(2026, 11, 20))
    tracker("report", "--to", "docx", "-o", tmp_path)
    rows = _table(tmp_path / "board-report.docx", "Ref", "Last reason")
    assert rows[1][:1] + rows[1][2:] == ["R4.6", "30 October 2026", "29 January 2027", "2", "Two employers withdrew"]
    tracker("report", "--form", "response", "--source", PLAN_SOURCE, "--to", "md", "-o", tmp_path)
    text = (tmp_path / f"response-to-recommendations-{PLAN_SOURCE}.md").read_text()
    assert "(not started, due 29 January 2027, first due 30 October 2026)" in text


def test_progress_notes_go_in_the_board_report(tracker, tmp_path):
    tracker("update", "R3.5", "--notes", "Pathway drafted with CAMHS; sign-off at the December board")
    tracker("update", "R1.1", "--notes", "Slides filed")
    tracker("report", "--to", "docx", "-o", tmp_path)
    rows = {row[0]: row for row in _table(tmp_path / "board-report.docx", "Ref", "Progress notes")[1:]}
    assert rows["R3.5"][2:] == ["in progress", "Pathway drafted with CAMHS; sign-off at the December board"]
    assert rows["R2.7"][3] == "Awaiting agreement from two placing authorities"
    assert "R1.1" not in rows  # a complete action's notes are history, not progress
