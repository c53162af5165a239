"""Every database problem is one located message and exit code 2, never a traceback, and
never a value from the data. Databases that are not ours are left exactly as they were."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from reviewgen.tracker.storage import _alembic_config
from tests.tracker.conftest import EXAMPLE_PLAN, REPO, Tracker


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_clean_error(result, *phrases: str) -> None:
    assert result.exit_code == 2, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    for phrase in phrases:
        assert phrase in errors[0], errors[0]
    assert "Traceback" not in result.output and "[SQL" not in result.output and "parameters" not in result.output


def test_a_mistyped_db_is_refused_not_created(tmp_path):
    missing = tmp_path / "trakcer.sqlite3"
    for command_line in (["list"], ["list", "--json"], ["history"], ["report", "-o", tmp_path / "out"],
                         ["export", tmp_path / "x.xlsx"], ["update", "R1.4", "--status", "complete"]):
        result = Tracker(missing)(*command_line)
        assert_one_clean_error(result, str(missing), "no tracker database at this path", "tracker import")
        assert result.stdout == ""
    assert not missing.exists() and not (tmp_path / "out").exists() and not (tmp_path / "x.xlsx").exists()


def test_the_database_is_named_first_when_it_is_the_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REVIEWGEN_TRACKER_DB", raising=False)
    monkeypatch.delenv("REVIEWGEN_CONFIG", raising=False)
    from typer.testing import CliRunner

    from reviewgen.cli import app

    result = CliRunner().invoke(app, ["tracker", "list"])
    assert result.stderr.splitlines()[0].startswith("tracker database: reviewgen-tracker.sqlite3 (the config's")
    assert result.exit_code == 2 and not (tmp_path / "reviewgen-tracker.sqlite3").exists()
    result = CliRunner().invoke(app, ["tracker", "--db", str(tmp_path / "t.sqlite3"), "-v", "import",
                                      str(EXAMPLE_PLAN)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == f"tracker database: {tmp_path / 't.sqlite3'} (from --db)"


def test_a_damaged_file_is_named_and_left_alone(tmp_path):
    path = tmp_path / "tracker.sqlite3"
    path.write_bytes(b"this is not a database, it holds a name: Jordan Example\n" * 20)
    before = digest(path)
    for command_line in (["list"], ["import", EXAMPLE_PLAN]):
        result = Tracker(path)(*command_line)
        assert_one_clean_error(result, str(path), "is not a SQLite database, or is damaged", "backup")
        assert "Jordan" not in result.output
    assert digest(path) == before and not (tmp_path / "tracker.sqlite3-wal").exists()


def test_another_applications_database_is_refused_and_not_modified(tmp_path):
    path = tmp_path / "contacts.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE people (name TEXT)")
        connection.execute("INSERT INTO people VALUES ('Jordan Example')")
    before = digest(path)
    result = Tracker(path)("import", EXAMPLE_PLAN)
    assert_one_clean_error(result, "another application's database", "was not changed")
    assert digest(path) == before and not (tmp_path / "contacts.sqlite3-wal").exists()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_newer_schema_is_refused_untouched(plan_db):
    with sqlite3.connect(plan_db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = digest(plan_db)
    result = Tracker(plan_db)("list")
    assert_one_clean_error(result, "schema version 9999_future, newer than this reviewgen knows", "upgrade reviewgen")
    assert digest(plan_db) == before


def test_an_older_schema_is_upgraded_and_its_history_kept(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    cfg = _alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0001")
        connection.execute(text("INSERT INTO sources VALUES (1, 'OLD-1', 'audit', 'Old audit', NULL, NULL)"))
        connection.execute(text("INSERT INTO recommendations VALUES (1, 1, 'R1', 1, 'Do it', NULL)"))
        connection.execute(text("INSERT INTO actions (id, source_id, recommendation_id, reference, position, "
                                "description, status) VALUES (1, 1, 1, 'R1.1', 1, 'Act', 'not started')"))
        connection.execute(text("INSERT INTO history (source_id, action_id, reference, field, new_value, changed_at, "
                                "changed_by, note) VALUES (1, 1, 'R1.1', 'status', 'not started', "
                                "'2026-01-05 09:00:00', 'Importer', 'import of plan.xlsx')"))
    engine.dispose()
    result = Tracker(path)("list", "--json")
    assert result.exit_code == 0, result.output
    assert '"reference":"R1.1"' in result.stdout
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT via FROM history").fetchall() == [("import",)]
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] != "0001"
        # 0005 rebuilt the history without foreign keys; its indexes and append-only triggers came back.
        assert connection.execute("PRAGMA foreign_key_list(history)").fetchall() == []
        indexes = {row[1] for row in connection.execute("PRAGMA index_list(history)")}
        assert {"ix_history_changed_at", "ix_history_field_changed_at", "ix_history_action_field"} <= indexes
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute("UPDATE history SET field = 'owner'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute("DELETE FROM history")


def test_unknown_scheme_missing_driver_and_server_down(tmp_path):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cases = [
        ("mongodb://user@127.0.0.1/db", "'mongodb' is not a kind of database reviewgen can use"),
        ("postgresql+psycopg2://user@127.0.0.1/db", "the database driver is not installed"),
        (f"postgresql://user:Secret-Pw@127.0.0.1:{port}/db", "cannot connect to the database server"),
    ]
    for url, message in cases:
        result = Tracker(url)("list")  # type: ignore[arg-type]
        assert_one_clean_error(result, message)
        assert "Secret-Pw" not in result.output


def test_a_read_only_database_is_named_with_what_to_do(plan_db):
    """As root, run as another user (root ignores permissions), so the file really is read-only."""
    folder = Path(tempfile.mkdtemp(prefix="reviewgen-ro-"))  # outside pytest's private folder
    try:
        shutil.copy(plan_db, folder / "tracker.sqlite3")
        os.chmod(folder / "tracker.sqlite3", 0o644)
        os.chmod(folder, 0o755)
        as_other = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if os.geteuid() == 0 else []
        if not as_other:
            os.chmod(folder, 0o555)
        before = digest(folder / "tracker.sqlite3")
        result = subprocess.run([*as_other, sys.executable, "-c", "from reviewgen.cli import main; main()",
                                 "tracker", "--db", str(folder / "tracker.sqlite3"), "update", "R1.4", "--status",
                                 "complete"], capture_output=True, text=True, cwd=REPO,
                                env={**os.environ, "HOME": str(folder)})
        assert result.returncode == 2, result
        assert result.stderr.strip().endswith("is read-only (the file or its folder); give yourself write access "
                                              "to both, or copy the database somewhere writable"), result.stderr
        assert digest(folder / "tracker.sqlite3") == before
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder)


def test_postgresql_history_keeps_its_rows_and_append_only_trigger_through_0005(pg_url):
    import psycopg

    from reviewgen.tracker.storage import DEFAULT_DRIVERS, open_tracker

    engine = create_engine(pg_url.replace("postgresql://", DEFAULT_DRIVERS["postgresql"] + "://", 1))
    cfg = _alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0004_web")
        connection.execute(text("INSERT INTO sources VALUES (1, 'OLD-1', 'audit', 'Old audit', NULL, NULL)"))
        connection.execute(text("INSERT INTO history (source_id, reference, field, new_value, changed_at, "
                                "changed_by, note, via) VALUES (1, 'OLD-1', 'title', 'Old audit', "
                                "'2026-01-05 09:00:00', 'Importer', NULL, 'import')"))
    engine.dispose()
    open_tracker(pg_url).close()
    with psycopg.connect(pg_url) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0005_history_ids",)
        assert connection.execute("SELECT count(*) FROM pg_constraint WHERE conrelid = 'history'::regclass "
                                  "AND contype = 'f'").fetchone() == (0,)
        assert connection.execute("SELECT field FROM history").fetchall() == [("title",)]
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
            connection.execute("DELETE FROM history")
