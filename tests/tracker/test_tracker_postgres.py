"""The tracker on a real PostgreSQL server (started by the tests, see tests/pgserver.py),
through the same commands people use on SQLite."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from reviewgen.errors import InputError
from reviewgen.tracker import open_tracker
from tests.tracker.conftest import EXAMPLE_PLAN, PLAN_SOURCE, Tracker


def test_import_update_list_history_and_reimport_on_postgresql(pg_url, tmp_path):
    tracker = Tracker(pg_url)  # type: ignore[arg-type]
    result = tracker("import", EXAMPLE_PLAN)
    assert result.exit_code == 0, result.output
    assert "40 new action(s)" in result.stdout
    assert tracker("update", "R1.4", "--status", "complete", "--evidence", "Visit log").exit_code == 0
    actions = json.loads(tracker("list", "--json", "--source", PLAN_SOURCE).stdout)
    assert len(actions) == 40
    r14 = next(a for a in actions if a["reference"] == "R1.4")
    assert (r14["status"], r14["completed_date"]) == ("complete", "2026-11-23")
    history = tracker("history", "R1.4").stdout
    assert "in progress" in history and "complete" in history
    # A re-import keeps the update (conflict reported), exactly as on SQLite.
    result = tracker("import", EXAMPLE_PLAN, "--prefer", "database")
    assert result.exit_code == 0 and "1 conflict(s)" in result.stdout
    assert tracker("export", tmp_path / "plan.xlsx").exit_code == 0

    db = open_tracker(pg_url)
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM history WHERE action_id IS NULL AND field = 'status'")
                               ).scalar() == 0
    with pytest.raises(InputError, match="append-only"):  # the trigger holds on PostgreSQL too
        with db.writing() as session:
            session.execute(text("UPDATE history SET new_value = 'x'"))


def test_an_empty_postgresql_database_is_refused_by_read_commands(pg_url):
    result = Tracker(pg_url)("list")  # type: ignore[arg-type]
    assert result.exit_code == 2
    assert "no tracker database here (it is empty)" in result.stderr
