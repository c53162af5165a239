"""Bulk import stays batched: the statements an import sends do not grow with its rows.

A return to one INSERT (or UPDATE, or SELECT) per action would make a 20,000-row plan
take minutes again; here it shows as more statements for more rows. Statements are
counted as SQLAlchemy sends them to the driver (an executemany counts once; PostgreSQL's
COPY bypasses the count, and is one command whatever its rows).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from reviewgen.tracker import Stamp, import_plans, load_plans, open_tracker
from reviewgen.tracker.models import Action, History
from reviewgen.tracker.plans import SourceIn
from tests.tracker.conftest import IMPORTED, TODAY

HEADERS = ["Source", "Recommendation", "Recommendation text", "Reference", "Action", "Owner", "Due date", "Status"]
STATUSES = ["not started", "in progress", "complete", "blocked"]


def write_plan(path: Path, rows: int, status_shift: int = 0) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for i in range(rows):
            rec = i // 10 + 1
            writer.writerow(["BULK-1", f"R{rec}", f"Recommendation {rec}", f"R{rec}.{i % 10 + 1}",
                             f"Action {i}", f"Officer role {i % 7}", f"2026-{i % 12 + 1:02}-{i % 28 + 1:02}",
                             STATUSES[(i + status_shift) % len(STATUSES)]])
    return path


def counted_import(url: str, plan: Path, stamp: Stamp) -> tuple[int, str]:
    """(statements sent, summary) for one import of `plan` into the database at `url`."""
    db = open_tracker(url)
    statements = 0

    def count(*_args) -> None:
        nonlocal statements
        statements += 1

    event.listen(db.engine, "before_cursor_execute", count)
    plans, _ = load_plans(plan, source=SourceIn(reference="BULK-1", kind="audit", title="Bulk plan"))
    result = import_plans(db, plans, stamp)
    db.close()
    return statements, result.summary


@pytest.fixture(params=["sqlite", "postgresql"])
def two_databases(request, tmp_path) -> tuple[str, str]:
    """Two new, empty tracker databases, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "small.sqlite3"), str(tmp_path / "large.sqlite3")
    server = request.getfixturevalue("postgres_server")
    return server.new_database(), server.new_database()


def test_statements_sent_do_not_grow_with_the_rows_imported(two_databases, tmp_path):
    url_small, url_large = two_databases
    stamp = Stamp.now(by="Importer", today=IMPORTED)
    small, small_summary = counted_import(url_small, write_plan(tmp_path / "small.csv", 20), stamp)
    large, large_summary = counted_import(url_large, write_plan(tmp_path / "large.csv", 1000), stamp)
    assert "20 new action(s)" in small_summary and "1000 new action(s)" in large_summary
    assert small == large, (small, large)

    # Re-importing with every status changed: one batched UPDATE, however many actions.
    later = Stamp.now(by="Importer", today=TODAY)
    small, small_summary = counted_import(url_small, write_plan(tmp_path / "small2.csv", 20, status_shift=1), later)
    large, large_summary = counted_import(url_large, write_plan(tmp_path / "large2.csv", 1000, status_shift=1),
                                          later)
    assert "20 changed action(s)" in small_summary and "1000 changed action(s)" in large_summary
    assert small == large, (small, large)

    db = open_tracker(url_large)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Action)) == 1000
        # One history row per field given for a new action, one per changed field after.
        fields = dict(session.execute(select(History.field, func.count()).where(History.action_id.is_not(None))
                                      .group_by(History.field)).all())
    db.close()
    completed_first = sum(STATUSES[i % 4] == "complete" for i in range(1000))
    completed_later = sum(STATUSES[(i + 1) % 4] == "complete" for i in range(1000))
    assert fields["description"] == fields["owner"] == fields["due_date"] == 1000
    assert fields["status"] == 2000
    # Completing dates the action; leaving "complete" clears the date again.
    assert fields["completed_date"] == completed_first + completed_later + completed_first


def test_the_lists_core_tables_name_columns_the_models_have():
    """`tracker list` reads through lightweight Core tables, not the models; they must agree."""
    from sqlalchemy import Date

    from reviewgen.tracker.actions import ACTIONS, RECOMMENDATIONS, SOURCES
    from reviewgen.tracker.models import Base

    for light in (ACTIONS, RECOMMENDATIONS, SOURCES):
        model = Base.metadata.tables[light.name]
        assert set(light.c.keys()) <= set(model.c.keys()), light.name
        for name in light.c.keys():
            assert isinstance(light.c[name].type, Date) == isinstance(model.c[name].type, Date), name


def test_list_loads_no_orm_migrations_spreadsheet_charts_or_language_model(plan_db):
    """What `tracker list --json` imports is most of its time at 20,000 actions."""
    import subprocess
    import sys

    from tests.tracker.conftest import REPO

    script = ("import sys\n"
              "from reviewgen.cli import main\n"
              f"sys.argv = ['reviewgen', 'tracker', '--db', {str(plan_db)!r}, 'list', '--json']\n"
              "try:\n"
              "    main()\n"
              "except SystemExit as exit:\n"
              "    assert exit.code == 0, exit.code\n"
              "heavy = ('sqlalchemy.orm', 'reviewgen.tracker.models', 'alembic', 'openpyxl', 'matplotlib', 'spacy',\n"
              "         'reviewgen.render')\n"
              "print(sorted(m for m in sys.modules if any(m == h or m.startswith(h + '.') for h in heavy)),\n"
              "      file=sys.stderr)\n")
    run = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert '"reference":"R1.1"' in run.stdout
    assert run.stderr.strip().splitlines()[-1] == "[]"


def test_list_json_puts_one_action_per_line_whatever_the_text(tracker):
    """The JSON list is made in one call and split between objects; text that looks like
    the boundary stays inside its string."""
    import json

    tricky = 'Met the panel }, {"source": "X"} and agreed \\ next steps'
    assert tracker("update", "R1.4", "--notes", tricky).exit_code == 0
    output = tracker("list", "--json").stdout
    actions = json.loads(output)
    assert next(a for a in actions if a["reference"] == "R1.4")["notes"] == tricky
    lines = output.strip().splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == len(actions) + 2
    assert [json.loads(line.rstrip(",")) for line in lines[1:-1]] == actions
