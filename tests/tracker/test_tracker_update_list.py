"""Keeping the plan current: updates recorded in the history, lists and their filters,
and overdue / at risk derived from today."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from reviewgen.errors import InputError
from reviewgen.tracker import (
    ActionFilter,
    Stamp,
    import_plans,
    is_at_risk,
    is_overdue,
    list_actions,
    open_tracker,
    rag_rating,
    read_history,
    update_action,
)
from reviewgen.tracker.plans import ActionIn, Plan, RecommendationIn, SourceIn
from tests.tracker.conftest import EXAMPLE_CLR, PLAN_SOURCE, TODAY


def refs(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [a["reference"] for a in json.loads(result.stdout)]


def test_update_records_who_when_old_new_and_note(tracker, plan_db):
    result = tracker("update", "R2.6", "--status", "complete", "--evidence", "Reports in May and October",
                     "--by", "Service Manager", "--note", "Board 2026-11")
    assert result.exit_code == 0, result.output
    assert "R2.6 status: in progress -> complete" in result.stdout
    entries = [e for e in read_history(open_tracker(plan_db), "R2.6") if e.changed_by == "Service Manager"]
    assert [(e.field, e.old_value, e.new_value) for e in entries] == [
        ("status", "in progress", "complete"),
        ("evidence", None, "Reports in May and October"),
        ("completed_date", None, TODAY.isoformat()),
    ]
    assert {e.note for e in entries} == {"Board 2026-11"}
    assert {e.changed_at.date() for e in entries} == {TODAY}
    again = tracker("update", "R2.6", "--status", "complete", "--by", "Service Manager")
    assert "no change" in again.stdout


def test_reopening_an_action_clears_its_completion_date(tracker):
    tracker("update", "R1.1", "--status", "in progress", "--by", "Tester")
    action = next(a for a in json.loads(tracker("list", "--json").stdout) if a["reference"] == "R1.1")
    assert (action["status"], action["completed_date"]) == ("in progress", None)


def test_update_errors_are_input_errors_with_a_fix(tracker):
    assert tracker("update", "R9.9", "--status", "complete").exit_code == 2
    bad = tracker("update", "R1.4", "--status", "nearly")
    assert bad.exit_code == 2 and "use one of: not started" in bad.stderr
    assert tracker("update", "R1.4").exit_code == 2
    assert tracker("update", "R1.4", "--due", "31/12/2026").exit_code == 2


def test_the_same_reference_in_two_sources_needs_source(tracker):
    assert tracker("import", EXAMPLE_CLR).exit_code == 0
    result = tracker("update", "R1.1", "--status", "complete")
    assert result.exit_code == 2
    assert "more than one source" in result.stderr and PLAN_SOURCE in result.stderr
    assert tracker("update", "R1.1", "--source", PLAN_SOURCE, "--notes", "Checked").exit_code == 0


def test_history_is_append_only(plan_db):
    db = open_tracker(plan_db)
    for statement in ("UPDATE history SET new_value = 'x'", "DELETE FROM history"):
        with pytest.raises(InputError, match="append-only"):
            with db.writing() as session:
                session.execute(text(statement))


def test_overdue_and_at_risk_around_today():
    today = date(2026, 11, 23)
    assert is_overdue("in progress", today - timedelta(days=1), today)
    assert not is_overdue("in progress", today, today)
    assert is_at_risk("in progress", today, today, 14)
    assert is_at_risk("not started", today + timedelta(days=14), today, 14)
    assert not is_at_risk("not started", today + timedelta(days=15), today, 14)
    assert not is_at_risk("in progress", today - timedelta(days=1), today, 14)
    assert is_overdue("blocked", today - timedelta(days=1), today)
    for closed in ("complete", "deferred"):
        assert not is_overdue(closed, today - timedelta(days=100), today)
        assert not is_at_risk(closed, today, today, 14)
    assert not is_overdue("not started", None, today)


def test_rag_rule():
    today = date(2026, 11, 23)
    later, soon, past = today + timedelta(days=60), today + timedelta(days=3), today - timedelta(days=1)
    assert rag_rating([("complete", past), ("in progress", later)], today, 14) == "green"
    assert rag_rating([("complete", past), ("in progress", soon)], today, 14) == "amber"
    assert rag_rating([("in progress", soon), ("not started", past)], today, 14) == "red"
    assert rag_rating([("blocked", later)], today, 14) == "amber"  # blocked, but nothing due yet: on track


def test_overdue_moves_with_today(tracker):
    # R3.5 is due 2026-11-27: at risk now, overdue from the 28th, not overdue on the 27th.
    assert "R3.5" not in refs(tracker("list", "--json", "--overdue"))
    assert "R3.5" in refs(tracker("list", "--json", "--due-within", "4"))
    assert "R3.5" not in refs(tracker("list", "--json", "--due-within", "3"))
    assert "R3.5" not in refs(tracker("list", "--json", "--overdue", today=date(2026, 11, 27)))
    assert "R3.5" in refs(tracker("list", "--json", "--overdue", today=date(2026, 11, 28)))
    listed = json.loads(tracker("list", "--json", today=date(2026, 11, 28)).stdout)
    r35 = next(a for a in listed if a["reference"] == "R3.5")
    assert (r35["overdue"], r35["at_risk"], r35["due_date"], r35["owner"], r35["status"]) == (
        True, False, "2026-11-27", "Head of Service", "in progress")


def test_list_filters(tracker):
    assert refs(tracker("list", "--json", "--overdue")) == ["R1.4", "R2.6", "R2.7", "R3.4", "R4.5", "R4.6", "R5.7"]
    assert refs(tracker("list", "--json", "--owner", "head of service", "--overdue")) == ["R1.4", "R2.6", "R5.7"]
    assert refs(tracker("list", "--json", "--agency", "CAMHS")) == ["R3.4"]
    assert refs(tracker("list", "--json", "--status", "blocked")) == ["R2.7"]
    assert len(refs(tracker("list", "--json", "--source", PLAN_SOURCE, "--status", "complete"))) == 23
    human = tracker("list", "--overdue")
    assert "OVERDUE" in human.stdout and "7 action(s)" in human.stdout
    unknown = tracker("list", "--source", "NOPE")
    assert unknown.exit_code == 2 and PLAN_SOURCE in unknown.stderr


def test_library_import_update_and_list(db_path):
    db = open_tracker(db_path)
    plan = Plan(source=SourceIn(reference="AUD-1", kind="audit", title="Audit"), recommendations=[
        RecommendationIn(number="1", text="Do better", actions=[
            ActionIn(reference="1.1", description="First", due_date=date(2026, 11, 1))])])
    import_plans(db, [plan], Stamp.now(by="Library", today=TODAY))
    assert [v.reference for v in list_actions(db, TODAY, 14, ActionFilter(overdue=True))] == ["1.1"]
    update_action(db, "1.1", {"status": "done"}, Stamp.now(by="Library", today=TODAY))
    assert list_actions(db, TODAY, 14, ActionFilter(overdue=True)) == []
