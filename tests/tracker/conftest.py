"""Shared fixtures for the tracker tests: a fresh database, the example plan, the CLI."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reviewgen.cli import app
from reviewgen.tracker import Stamp, import_plans, load_plans, open_tracker

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_PLAN = REPO / "reviews" / "inspection-action-plan.yaml"
EXAMPLE_CLR = REPO / "reviews" / "clr-example.yaml"
EXAMPLE_ELR = REPO / "reviews" / "elr-example.yaml"
TODAY = date(2026, 11, 23)
IMPORTED = date(2026, 11, 2)  # the example plan went in three weeks before TODAY
PLAN_SOURCE = "NYJS-INSP-2025"

_template_db: dict[str, Path] = {}


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "tracker.sqlite3"


@pytest.fixture
def plan_db(tmp_path, tmp_path_factory) -> Path:
    """A database holding the example inspection plan, imported on IMPORTED (copied per test)."""
    if "plan" not in _template_db:
        path = tmp_path_factory.mktemp("template") / "tracker.sqlite3"
        db = open_tracker(path)
        plans, _ = load_plans(EXAMPLE_PLAN)
        import_plans(db, plans, Stamp.now(by="Importer", today=IMPORTED))
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        _template_db["plan"] = path
    target = tmp_path / "tracker.sqlite3"
    shutil.copy(_template_db["plan"], target)
    return target


class Tracker:
    """Runs `reviewgen tracker --db DB --today TODAY ...` in-process."""

    def __init__(self, db: Path, today: date = TODAY):
        self.db = db
        self.today = today
        self.runner = CliRunner()

    def __call__(self, *args: str, today: date | None = None):
        base = ["tracker", "--db", str(self.db), "--today", (today or self.today).isoformat()]
        return self.runner.invoke(app, base + [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def tracker(plan_db) -> Tracker:
    return Tracker(plan_db)


@pytest.fixture
def empty_tracker(db_path) -> Tracker:
    return Tracker(db_path)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, tmp_path) -> str:
    """A tracker database path or URL: each test using it runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "tracker.sqlite3")
    return request.getfixturevalue("pg_url")
