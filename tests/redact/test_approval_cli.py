"""`redact --apply --approved-by`: a second person approves, and the schedule says who and when."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from reviewgen.cli import app

runner = CliRunner()
TEXT = "Notes of the meeting.\n\nKeeley Marchbank met Dorian Fenwright at the hostel on Tuesday.\n"


def _propose(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "notes.txt"
    source.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out"), "--propose", "--by", "ana"])
    assert result.exit_code == 0, result.output
    proposal = tmp_path / "out-internal" / "notes-proposal.yaml"
    text = proposal.read_text(encoding="utf-8")
    assert "proposed_by: ana" in text
    proposal.write_text(text.replace("decision: undecided", "decision: redact"), encoding="utf-8")
    return source, proposal


def test_the_proposer_cannot_approve_and_nothing_is_written(tmp_path: Path) -> None:
    source, proposal = _propose(tmp_path)
    result = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out"), "--apply", str(proposal),
                                 "--approved-by", "ANA"])
    assert result.exit_code == 2
    assert "the approver is the person who proposed" in result.output
    assert not (tmp_path / "out" / "notes-redacted.txt").exists()


def test_a_second_person_approves_and_the_schedule_records_both(tmp_path: Path) -> None:
    source, proposal = _propose(tmp_path)
    result = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out"), "--apply", str(proposal),
                                 "--approved-by", "ben"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader((tmp_path / "out" / "notes-redaction-schedule.csv").open(encoding="utf-8")))
    today = date.today().isoformat()
    assert ["", "proposed by", "", "", f"ana, {today}"] in rows
    assert ["", "approved by", "", "", f"ben, {today}"] in rows
    assert "Marchbank" not in (tmp_path / "out" / "notes-redacted.txt").read_text(encoding="utf-8")


def test_approved_by_needs_apply(tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out"), "--approved-by", "ben"])
    assert result.exit_code == 2 and "needs --apply" in result.output
    assert not (tmp_path / "out").exists()
