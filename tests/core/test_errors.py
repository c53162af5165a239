"""How failures reach a person: our own errors keep their code and message; anything
unexpected exits 3 with one line that names only the exception type."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from reviewgen.cli import app
from reviewgen.review import scaffold

runner = CliRunner()

# An invented person, standing for personal data an exception message might quote.
SECRET = "Marisol Quennell-Thorpe"


@pytest.fixture
def failing_scaffold(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(kind: str) -> str:
        raise ValueError(f"could not place {SECRET}")

    monkeypatch.setattr(scaffold, "starter_text", explode)
    monkeypatch.delenv("REVIEWGEN_DEBUG", raising=False)


def test_unexpected_error_exits_3_with_one_line_naming_only_the_type(failing_scaffold, tmp_path):
    result = runner.invoke(app, ["new", "clr", str(tmp_path / "new.yaml")])

    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        "error: unexpected failure (ValueError); run again with --debug for the traceback"
    ]
    assert SECRET not in result.output
    assert not (tmp_path / "new.yaml").exists()


def test_debug_shows_the_traceback(failing_scaffold, tmp_path):
    result = runner.invoke(app, ["--debug", "new", "clr", str(tmp_path / "new.yaml")])

    assert result.exit_code == 3
    assert "Traceback (most recent call last)" in result.stderr
    assert f"ValueError: could not place {SECRET}" in result.stderr
    assert "in explode" in result.stderr
    assert result.stderr.splitlines()[-1] == "error: unexpected failure (ValueError)"


def test_debug_from_the_environment(failing_scaffold, tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWGEN_DEBUG", "1")
    result = runner.invoke(app, ["new", "clr", str(tmp_path / "new.yaml")])

    assert result.exit_code == 3
    assert "Traceback (most recent call last)" in result.stderr


@pytest.mark.parametrize("debug", [[], ["--debug"]])
def test_our_own_errors_keep_their_exit_code_and_message(debug, tmp_path):
    existing = tmp_path / "taken.yaml"
    existing.write_text("kept: true\n")

    result = runner.invoke(app, [*debug, "new", "clr", str(existing)])

    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {existing}: already exists; choose another path or add --force"
    ]
    assert existing.read_text() == "kept: true\n"


def test_usage_errors_are_still_clicks(tmp_path):
    result = runner.invoke(app, ["new", "nonsense", str(tmp_path / "x.yaml")])

    assert result.exit_code == 2
    assert "Invalid value" in result.stderr
