"""Eight processes update one action at once, on SQLite and on a real PostgreSQL server:
no update may be lost, and every history row's old value must be the value the row
before it wrote (a lost update shows as two rows with the same old value)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from sqlalchemy import select

from reviewgen.tracker import Stamp, import_plans, list_actions, load_plans, open_tracker
from reviewgen.tracker.models import History
from tests.tracker.conftest import EXAMPLE_PLAN, IMPORTED, REPO, TODAY

WRITERS = 8
UPDATES_PER_WRITER = 6

WRITER = textwrap.dedent("""
    import sys, time
    from datetime import date
    from reviewgen.tracker import Stamp, open_tracker, update_action
    url, who = sys.argv[1], sys.argv[2]
    db = open_tracker(url, must_exist=True)
    print("ready", flush=True)
    sys.stdin.readline()  # every writer starts at the same moment
    print(time.time(), flush=True)
    for n in range({updates}):
        update_action(db, "R1.4", {{"notes": f"{{who}} update {{n}}"}}, Stamp.now(by=who, today=date(2026, 11, 23)))
        time.sleep(0.02)  # let the others in between, as people at different desks would
    print(time.time(), flush=True)
""").format(updates=UPDATES_PER_WRITER)


def test_eight_writers_on_one_action_lose_nothing(any_db):
    db = open_tracker(any_db)
    plans, _ = load_plans(EXAMPLE_PLAN)
    import_plans(db, plans, Stamp.now(by="Importer", today=IMPORTED))
    db.close()
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, any_db, f"Writer {w}"], cwd=REPO,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for w in range(WRITERS)]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n", writer.communicate()
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    outputs = [w.communicate(timeout=180) for w in writers]
    assert [w.returncode for w in writers] == [0] * WRITERS, outputs
    # Every writer was still writing when the last one began: they really ran at once.
    windows = [[float(t) for t in out.split()] for out, _ in outputs]
    assert max(start for start, _ in windows) < min(end for _, end in windows), windows

    db = open_tracker(any_db)
    with db.reading() as session:  # in the order the changes were committed
        rows = list(session.execute(select(History.changed_by, History.old_value, History.new_value)
                                    .where(History.reference == "R1.4", History.field == "notes")
                                    .order_by(History.id)))
    expected = {f"Writer {w} update {n}" for w in range(WRITERS) for n in range(UPDATES_PER_WRITER)}
    assert [r.new_value for r in rows if r.new_value in expected] == [r.new_value for r in rows]
    assert {r.new_value for r in rows} == expected and len(rows) == len(expected)
    # Each change starts from the value the previous one left: nothing was read stale.
    previous = None
    for row in rows:
        assert row.old_value == previous, (row.changed_by, row.old_value, previous)
        previous = row.new_value
    assert len({row.changed_by for row in rows}) == WRITERS
    current = {v.reference: v for v in list_actions(db, TODAY, 14)}
    assert current["R1.4"].notes == previous
