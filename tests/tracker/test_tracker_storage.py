"""The database itself: migrations, concurrent writers, and all-or-nothing writes."""

from __future__ import annotations

import itertools
import subprocess
import sys
import textwrap
import time

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select, text

from reviewgen.errors import InputError
from reviewgen.tracker import Stamp, open_tracker, read_history, update_action
from reviewgen.tracker.models import Base, History
from reviewgen.tracker.storage import _known_revisions, database_url
from tests.tracker.conftest import TODAY

UPDATES_PER_WRITER = 25

WRITER = textwrap.dedent("""
    import sys, time
    from datetime import date
    from reviewgen.tracker import Stamp, open_tracker, update_action
    db_path, reference, who, start = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    db = open_tracker(db_path)
    while time.time() < start:
        time.sleep(0.005)
    for n in range({updates}):
        update_action(db, reference, {{"notes": f"{{who}} update {{n}}"}},
                      Stamp.now(by=who, today=date(2026, 11, 23)))
        time.sleep(0.01)  # let the other writer in between, as two people would
    print("done")
""").format(updates=UPDATES_PER_WRITER)


def test_two_processes_updating_different_actions_both_succeed(plan_db):
    start = time.time() + 2.5  # both processes are up and waiting before either writes
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(plan_db), ref, who, str(start)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for ref, who in (("R1.4", "Writer A"), ("R3.4", "Writer B"))]
    outputs = [w.communicate(timeout=60) for w in writers]
    assert [w.returncode for w in writers] == [0, 0], outputs
    db = open_tracker(plan_db)
    for ref, who in (("R1.4", "Writer A"), ("R3.4", "Writer B")):
        notes = [e.new_value for e in read_history(db, ref) if e.changed_by == who]
        assert notes == [f"{who} update {n}" for n in range(UPDATES_PER_WRITER)]
    with db.reading() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        order = list(session.scalars(select(History.changed_by).where(History.changed_by.like("Writer%"))
                                     .order_by(History.id)))
    # The writes interleaved: the two processes really did run at the same time.
    switches = sum(a != b for a, b in itertools.pairwise(order))
    assert switches > 2, order


def test_migrations_build_the_schema_the_models_describe(db_path):
    import reviewgen.web.models  # noqa: F401 - the web application's tables share the database

    db = open_tracker(db_path)
    with db.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
        assert MigrationContext.configure(connection).get_current_revision() == _known_revisions()[1]
    assert {"sources", "recommendations", "actions", "history"} <= set(inspect(db.engine).get_table_names())
    open_tracker(db_path)  # opening again finds it up to date


def test_a_failed_write_leaves_the_database_as_it_was(plan_db):
    db = open_tracker(plan_db)
    with db.reading() as session:
        before = session.scalar(select(func.count()).select_from(History))
    with pytest.raises(RuntimeError):
        with db.writing() as session:
            session.execute(text("UPDATE actions SET notes = 'half' WHERE reference = 'R1.4'"))
            raise RuntimeError("crash mid-write")
    with pytest.raises(InputError):
        update_action(db, "R1.4", {"status": "sideways"}, Stamp.now(by="Tester", today=TODAY))
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(History)) == before
        assert session.execute(text("SELECT notes FROM actions WHERE reference = 'R1.4'")).scalar() is None


def test_database_paths_and_urls(tmp_path):
    assert database_url("postgresql://tracker@db/reviewgen") == "postgresql://tracker@db/reviewgen"
    assert database_url(tmp_path / "t.sqlite3") == f"sqlite:///{tmp_path / 't.sqlite3'}"
    open_tracker(tmp_path / "new" / "t.sqlite3")
    assert (tmp_path / "new" / "t.sqlite3").exists()
    (tmp_path / "file").write_text("")
    with pytest.raises(InputError, match="cannot create"):
        open_tracker(tmp_path / "file" / "t.sqlite3")
