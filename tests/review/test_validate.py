"""`reviewgen validate`: every kind of bad input gets a located, plain-English error and exit 2."""

from __future__ import annotations

from tests.review.conftest import CLR_EXAMPLE, ELR_EXAMPLE


def test_examples_are_valid(run):
    result = run("validate", CLR_EXAMPLE, ELR_EXAMPLE)
    assert result.exit_code == 0, result.output
    assert "ok: " in result.stdout and "NYJS-ELR-2026-01" in result.stdout


def test_bad_date_names_field_line_and_fix(run, clr_data, write_yaml):
    clr_data["recommendations"][2]["due_date"] = "31/13/2026"
    path = write_yaml(clr_data)
    result = run("validate", path)
    assert result.exit_code == 2
    line_no = next(i for i, line in enumerate(path.read_text().splitlines(), 1) if "31/13/2026" in line)
    assert f"{path}:{line_no}:" in result.stderr
    assert "recommendations[2].due_date: the value is not a date; use YYYY-MM-DD" in result.stderr
    assert "31/13" not in result.output  # no value from the input is echoed
    assert "Traceback" not in result.output


def test_impossible_date_is_located_not_a_traceback(run, clr_data, write_yaml):
    path = write_yaml(clr_data)
    text = path.read_text()
    old = str(clr_data["recommendations"][2]["due_date"])
    path.write_text(text.replace(old, "2026-02-31", 1))
    line_no = next(i for i, line in enumerate(path.read_text().splitlines(), 1) if "2026-02-31" in line)
    result = run("validate", path)
    assert result.exit_code == 2, result.output
    assert f"{path}:{line_no}:" in result.stderr
    assert "this date does not exist" in result.stderr and "use a real date" in result.stderr
    assert "2026-02-31" not in result.output and "Traceback" not in result.output
    assert len(result.stderr.splitlines()) == 1


def test_every_problem_reported_at_once(run, clr_data, write_yaml):
    clr_data["recommendations"][0]["priority"] = "urgent"
    clr_data["child"]["looked_after"] = "perhaps"
    del clr_data["incident"]["summary"]
    result = run("validate", write_yaml(clr_data))
    assert result.exit_code == 2
    assert "recommendations[0].priority: the value is not allowed; use one of: high, medium or low" in result.stderr
    assert "child.looked_after" in result.stderr and "use true or false" in result.stderr
    assert "incident.summary: is required but missing; add this field" in result.stderr


def test_unknown_field_suggests_the_right_name(run, clr_data, write_yaml):
    clr_data["recommendations"][0]["ownr"] = clr_data["recommendations"][0].pop("owner")
    result = run("validate", write_yaml(clr_data))
    assert result.exit_code == 2
    assert "recommendations[0].ownr: is not a known field; did you mean 'owner'?" in result.stderr


def test_malformed_yaml_gives_line(run, write_yaml):
    path = write_yaml("review_type: CLR\nreference: X\nchild:\n  name: [unclosed\n  gender: x\n")
    result = run("validate", path)
    assert result.exit_code == 2
    assert f"{path}:" in result.stderr and "malformed YAML" in result.stderr
    assert "Traceback" not in result.output


def test_missing_file(run, tmp_path):
    result = run("validate", tmp_path / "nowhere.yaml")
    assert result.exit_code == 2
    assert "nowhere.yaml: file not found; check the path" in result.stderr


def test_empty_file(run, write_yaml):
    result = run("validate", write_yaml("   \n"))
    assert result.exit_code == 2
    assert "the file is empty" in result.stderr and "reviewgen new clr" in result.stderr


def test_wrong_type_for_a_section(run, clr_data, write_yaml):
    clr_data["chronology"] = "lots happened"
    result = run("validate", write_yaml(clr_data))
    assert result.exit_code == 2
    assert "chronology: should be a list" in result.stderr


def test_missing_review_type(run, clr_data, write_yaml):
    del clr_data["review_type"]
    result = run("validate", write_yaml(clr_data))
    assert result.exit_code == 2
    assert "review_type: must say which kind of review this is" in result.stderr


def test_learning_pointing_at_unknown_recommendation(run, clr_data, write_yaml):
    clr_data["learning"][1]["recommendations"] = ["R9"]
    path = write_yaml(clr_data)
    result = run("validate", path)
    assert result.exit_code == 2
    assert "learning[1].recommendations[0]: 'R9' is not the id of any recommendation" in result.stderr
    assert f"{path}:" in result.stderr.split("learning[1]")[0]


def test_personal_values_are_not_echoed(run, clr_data, write_yaml):
    clr_data["child"]["date_of_birth"] = "17/04/2009"
    clr_data["child"]["name"] = ["Not", "a", "string"]
    result = run("validate", write_yaml(clr_data))
    assert result.exit_code == 2
    assert "child.date_of_birth" in result.stderr
    assert "17/04/2009" not in result.output and "Not" not in result.output


def test_problems_from_several_files_all_reported(run, clr_data, write_yaml, tmp_path):
    good = write_yaml(clr_data, "good.yaml")
    result = run("validate", good, tmp_path / "missing.yaml", write_yaml("", "empty.yaml"))
    assert result.exit_code == 2
    assert "missing.yaml: file not found" in result.stderr
    assert "empty.yaml: the file is empty" in result.stderr


def test_a_date_of_birth_in_the_future_is_refused(run, clr_data, write_yaml):
    clr_data["child"]["date_of_birth"] = "2099-05-01"
    path = write_yaml(clr_data)
    result = run("validate", path)
    assert result.exit_code == 2
    assert "child.date_of_birth: is in the future; check the year" in result.stderr
    assert "2099" not in result.output


def test_validate_reads_the_config_and_refuses_timescales_that_are_not_positive(run, tmp_path):
    config = tmp_path / "reviewgen.yaml"
    config.write_text("timescales:\n  clr_working_days: 0\nfoi:\n  deadline_working_days: -3\n"
                      "tracker:\n  at_risk_days: -1\n")
    result = run("-c", config, "validate", CLR_EXAMPLE)
    assert result.exit_code == 2 and "ok:" not in result.stdout
    assert f"{config}:2:3: timescales.clr_working_days: must be at least 1; write a positive number" in result.stderr
    assert f"{config}:4:3: foi.deadline_working_days: must be at least 1" in result.stderr
    assert f"{config}:6:3: tracker.at_risk_days: must be at least 0" in result.stderr
