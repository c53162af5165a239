"""`reviewgen schema` and `reviewgen new`."""

from __future__ import annotations

import json


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


def test_new_writes_commented_starter_that_validates(run, tmp_path):
    for kind in ("clr", "elr"):
        path = tmp_path / f"{kind}.yaml"
        result = run("new", kind, path)
        assert result.exit_code == 0, result.output
        text = path.read_text()
        assert text.startswith("# ") and f"review_type: {kind.upper()}" in text
        assert run("validate", path).exit_code == 0


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
