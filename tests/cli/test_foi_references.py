"""Two FOI requests with one reference never replace each other's release pack and key."""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from reviewgen.cli import app
from tests.foi.conftest import REQUESTER, request_data

OTHER = {"name": "Invented Person-Two", "address": ["1 Nowhere Row"], "email": "two@example.com"}


def write(path: Path, **overrides) -> Path:
    path.write_text(yaml.safe_dump(request_data(**overrides), sort_keys=False), encoding="utf-8")
    return path


def respond(*args) -> object:
    return CliRunner().invoke(app, ["foi", "respond", *map(str, args)])


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_one_reference_twice_in_a_run_is_refused_before_anything_is_written(tmp_path):
    first = write(tmp_path / "first.yaml")
    second = write(tmp_path / "second.yaml", requester=OTHER)
    result = respond(first, second, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"error: {second}: reference: has the same reference as {first}; "
                                     "give each request its own reference")
    assert not (tmp_path / "out").exists()


def test_another_requests_pack_is_kept_unless_forced(tmp_path):
    out = tmp_path / "out"
    first = write(tmp_path / "first.yaml")
    assert respond(first, "-o", out).exit_code == 0
    before = snapshot(out)
    assert REQUESTER["name"] not in "".join(before)  # the pack's names carry no requester

    second = write(tmp_path / "second.yaml", requester=OTHER)
    result = respond(second, "-o", out)
    assert result.exit_code == 2
    assert "a pack for another request with this reference is already here; kept as it is" in result.stderr
    assert "--force" in result.stderr and OTHER["name"] not in result.output
    assert snapshot(out) == before  # the first request's pack and key are untouched

    # Rebuilding the same request is the normal workflow and needs no --force.
    assert respond(first, "-o", out).exit_code == 0
    result = respond(second, "-o", out, "--force")
    assert result.exit_code == 0, result.output
    assert snapshot(out) != before
