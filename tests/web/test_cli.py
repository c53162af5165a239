"""`reviewgen user add` and `reviewgen serve` from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from reviewgen.cli import app
from reviewgen.tracker import open_tracker
from reviewgen.web.models import User

from .conftest import _free_port

runner = CliRunner()
PASSWORD = "a long enough passphrase"


def add(db: Path, *args: str):
    return runner.invoke(app, ["user", "add", *args, "--db", str(db)])


def test_user_add_hashes_the_password(tmp_path: Path) -> None:
    db = tmp_path / "web.sqlite3"
    result = add(db, "alex", "--role", "ig-officer", "--team", "Northshire YJS", "--password", PASSWORD)
    assert result.exit_code == 0, result.output
    with open_tracker(db).reading() as session:
        user = session.scalar(select(User))
    assert (user.name, user.role, user.team) == ("alex", "ig-officer", "Northshire YJS")
    assert user.password_hash.startswith("$argon2id$") and PASSWORD not in user.password_hash


def test_user_add_refuses_bad_input_with_exit_2(tmp_path: Path) -> None:
    db = tmp_path / "web.sqlite3"
    result = add(db, "alex", "--role", "admin", "--password", PASSWORD)
    assert result.exit_code == 2 and "'admin' is not a role" in result.output
    result = add(db, "alex", "--role", "viewer", "--password", "short")
    assert result.exit_code == 2 and "shorter than 12 characters" in result.output
    assert "short" not in result.output.replace("shorter", "")  # the password is never echoed
    assert add(db, "alex", "--role", "viewer", "--password", PASSWORD).exit_code == 0
    result = add(db, "alex", "--role", "viewer", "--password", PASSWORD)
    assert result.exit_code == 2 and "already a user" in result.output


def test_serve_answers_on_loopback(tmp_path: Path) -> None:
    db = tmp_path / "web.sqlite3"
    assert add(db, "alex", "--role", "viewer", "--password", PASSWORD).exit_code == 0
    port = _free_port()
    command = [sys.executable, "-m", "reviewgen.cli", "serve", "--db", str(db), "--data-dir", str(tmp_path / "data"),
               "--port", str(port)]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    server = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/sign-in", timeout=2) as response:
                    body = response.read().decode()
                    headers = response.headers
                break
            except OSError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "the server did not answer"
                time.sleep(0.2)
        assert "Sign in" in body and "HttpOnly" in headers["set-cookie"]
        assert (tmp_path / "data").is_dir()
    finally:
        server.terminate()
        server.wait(10)
