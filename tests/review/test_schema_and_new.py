"""`reviewgen schema` and `reviewgen new`."""

from __future__ import annotations

import json
import re

import yaml


def test_schema_prints_json_schema_for_each_kind(run):
    clr = json.loads(run("schema", "clr").stdout)
    elr = json.loads(run("schema", "elr").stdout)
    assert {"child", "incident", "chronology", "recommendations", "signoff"} <= set(clr["properties"])
    assert {"terms_of_reference", "methodology", "themes", "action_plan"} <= set(elr["properties"])
    assert "action_plan" not in clr["properties"]
    assert clr["additionalProperties"] is False


def test_schema_rejects_unknown_kind(run):
    result = run("schema", "serious-case")
    assert result.exit_code == 2


def test_new_starter_fails_validate_until_its_placeholders_are_filled(run, tmp_path):
    for kind in ("clr", "elr"):
        path = tmp_path / f"{kind}.yaml"
        result = run("new", kind, path)
        assert result.exit_code == 0, result.output
        text = path.read_text()
        assert text.startswith("# ") and f"review_type: {kind.upper()}" in text
        result = run("validate", path)
        assert result.exit_code == 2 and "ok:" not in result.stdout
        errors = result.stderr.splitlines()
        # Only the placeholders are wrong: the starter is otherwise a valid review.
        assert errors and all("still holds the starter's placeholder" in line for line in errors), errors
        assert any(f"{path}:" in line and "child.name" in line for line in errors)
        assert "Child's full name" not in result.stderr

        filled = yaml.safe_load(text)
        for line in errors:
            field = line.split(": ")[2]
            _set(filled, field, f"Invented text for {field}")
        path.write_text(yaml.safe_dump(filled, sort_keys=False))
        result = run("validate", path)
        assert result.exit_code == 0, result.output


def _set(data, field: str, value: str) -> None:
    """Set `data` at a path as errors print it, e.g. recommendations[0].text."""
    keys = [int(k) if k.isdigit() else k for k in re.findall(r"[^.\[\]]+", field)]
    for key in keys[:-1]:
        data = data[key]
    data[keys[-1]] = value


def test_new_never_overwrites_without_force(run, tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("precious work\n")
    result = run("new", "clr", path)
    assert result.exit_code == 2
    assert "already exists" in result.stderr
    assert path.read_text() == "precious work\n"
    assert run("new", "clr", path, "--force").exit_code == 0


def test_every_command_has_an_example_in_help(run):
    for command in ("schema", "new", "validate", "render", "check"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Example: reviewgen " + command in result.stdout
