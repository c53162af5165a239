"""Tracker benchmark: 10,000 actions with 100,000 history rows in a temporary SQLite file.

Times the board report in each format (Word, HTML and Markdown with charts; Excel), the
response report, and filtered lists. The first report pays for importing matplotlib. Targets: report under 2 s, filtered list under 0.2 s.

    .venv/bin/python benchmarks/tracker.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from reviewgen.config import Config
from reviewgen.tracker import ActionFilter, list_actions, open_tracker, write_report
from reviewgen.tracker.models import Action, History, Recommendation, Source
from reviewgen.tracker.status import BLOCKED, COMPLETE, DEFERRED, IN_PROGRESS, NOT_STARTED

SOURCES, RECOMMENDATIONS, ACTIONS = 40, 5, 50  # 40 x 5 x 50 = 10,000 actions
HISTORY_PER_ACTION = 10                        # 100,000 history rows
TODAY = date(2026, 11, 23)
LAST_BOARD = TODAY - timedelta(days=28)
OWNERS = [f"Officer role {n}" for n in range(60)]
AGENCIES = ["Youth Justice Service", "Children's Social Care", "Police", "Health", "Education", "Probation",
            "Housing", "Public Health"]


def build(db) -> None:
    rng = random.Random(4)
    start = datetime(2024, 12, 1, 9, 0)
    sources, recs, actions, history = [], [], [], []
    action_id = rec_id = 0
    for s in range(1, SOURCES + 1):
        sources.append(dict(id=s, reference=f"SRC-{s:03}", kind="inspection" if s % 4 == 0 else "learning review",
                            title=f"Source {s}", body="Invented body", date=date(2025, 1, 1) + timedelta(days=s)))
        for r in range(1, RECOMMENDATIONS + 1):
            rec_id += 1
            recs.append(dict(id=rec_id, source_id=s, number=f"R{r}", position=r,
                             text=f"Recommendation {r} of source {s}", addressed_to="The Board"))
            for a in range(1, ACTIONS + 1):
                action_id += 1
                created = start + timedelta(days=rng.randint(0, 200), minutes=a)
                due = date(2025, 3, 1) + timedelta(days=rng.randint(0, 730))
                roll = rng.random()
                status = (COMPLETE if roll < 0.6 else IN_PROGRESS if roll < 0.85 else NOT_STARTED if roll < 0.95
                          else BLOCKED if roll < 0.98 else DEFERRED)
                row = dict(id=action_id, source_id=s, recommendation_id=rec_id, reference=f"R{r}.{a}",
                           position=a, description=f"Action {a} under recommendation {r}",
                           owner=rng.choice(OWNERS), agency=rng.choice(AGENCIES), due_date=due, status=status,
                           completed_date=min(due, TODAY) if status == COMPLETE else None,
                           evidence="Evidence filed" if status == COMPLETE else None, notes=None)
                actions.append(row)
                where = dict(source_id=s, recommendation_id=rec_id, action_id=action_id, reference=row["reference"],
                             changed_by="Loader", note=None)
                for name in ("description", "owner", "agency", "due_date"):
                    history.append(dict(where, field=name, old_value=None, new_value=str(row[name]),
                                        changed_at=created))
                history.append(dict(where, field="status", old_value=None, new_value=NOT_STARTED,
                                    changed_at=created))
                # Five later changes, spread up to today: status steps, then notes.
                moments = sorted(created + timedelta(days=rng.uniform(1, (datetime(2026, 11, 23) - created).days))
                                 for _ in range(5))
                steps = {COMPLETE: [IN_PROGRESS, COMPLETE], IN_PROGRESS: [IN_PROGRESS], BLOCKED: [IN_PROGRESS,
                         BLOCKED], DEFERRED: [DEFERRED], NOT_STARTED: []}[status]
                previous = NOT_STARTED
                for moment in moments:
                    if steps and steps[0] != previous:
                        new = steps.pop(0)
                        history.append(dict(where, field="status", old_value=previous, new_value=new,
                                            changed_at=moment.replace(microsecond=0)))
                        previous = new
                    else:
                        history.append(dict(where, field="notes", old_value=None,
                                            new_value=f"Progress note {moment:%d %b}",
                                            changed_at=moment.replace(microsecond=0)))
    with db.writing() as session:
        for model, rows in ((Source, sources), (Recommendation, recs), (Action, actions), (History, history)):
            session.execute(insert(model), rows)


def timed(label: str, function, target: float | None = None):
    began = time.perf_counter()
    result = function()
    seconds = time.perf_counter() - began
    verdict = "" if target is None else ("  ok" if seconds < target else f"  SLOWER THAN {target} s")
    print(f"{label:<58} {seconds:7.3f} s{verdict}")
    return result


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        db = timed("create and migrate the database", lambda: open_tracker(folder / "bench.sqlite3"))
        timed(f"bulk insert {SOURCES * RECOMMENDATIONS * ACTIONS:,} actions, "
              f"{SOURCES * RECOMMENDATIONS * ACTIONS * HISTORY_PER_ACTION:,} history rows", lambda: build(db))
        config = Config()
        at_risk = config.tracker.at_risk_days
        out = folder / "out"
        board = dict(today=TODAY, since=LAST_BOARD, next_report=TODAY + timedelta(days=56))
        for fmt in ("docx", "html", "md", "xlsx"):
            timed(f"board report, all sources, {fmt}" + (" (with charts)" if fmt != "xlsx" else ""),
                  lambda fmt=fmt: write_report(db, out, [fmt], config, **board), 2.0)
        timed("board report, all sources, docx + html + md + xlsx together",
              lambda: write_report(db, out, ["docx", "html", "md", "xlsx"], config, **board))
        timed("board report for one source, docx",
              lambda: write_report(db, out, ["docx"], config, source="SRC-007", **board), 2.0)
        timed("response report for one source, docx",
              lambda: write_report(db, out, ["docx"], config, form="response", source="SRC-007", today=TODAY), 2.0)
        lists = [
            ("list --overdue --owner 'Officer role 7'", ActionFilter(overdue=True, owner="Officer role 7")),
            ("list --source SRC-021 --status 'in progress'", ActionFilter(source="SRC-021", status="in progress")),
            ("list --agency Health --due-within 30", ActionFilter(agency="Health", due_within_days=30)),
            ("list --overdue (all sources)", ActionFilter(overdue=True)),
        ]
        for label, where in lists:
            found = timed(label, lambda where=where: list_actions(db, TODAY, at_risk, where), 0.2)
            print(f"{'':<60}({len(found)} actions)")
        sizes = {p.name: p.stat().st_size for p in out.iterdir() if p.is_file()}
        print("report sizes:", ", ".join(f"{name} {size // 1024} KiB" for name, size in sorted(sizes.items())))
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
