"""`reviewgen check`: what inspectors flag, and deadlines in working days."""

from __future__ import annotations

from datetime import date

import pytest

from reviewgen.config import Timescales
from reviewgen.review import load_review
from reviewgen.review.checks import review_deadlines
from tests.review.conftest import CLR_EXAMPLE, ELR_EXAMPLE


def test_examples_pass(run):
    result = run("check", ELR_EXAMPLE, "--today", "2026-04-01")
    assert result.exit_code == 0, result.output
    assert "all checks passed" in result.stdout


def fails_with(run, write_yaml, data, text):
    path = write_yaml(data)
    result = run("check", path, "--today", "2026-04-01")
    assert result.exit_code == 1, result.output
    assert text in result.stdout
    return result


def test_no_account_of_behaviour_and_life_experiences(run, clr_data, write_yaml):
    clr_data["analysis"]["behaviour_and_life_experiences"] = "See above."
    fails_with(run, write_yaml, clr_data,
               "analysis.behaviour_and_life_experiences: the analysis does not use the child's behaviour")


def test_learning_not_linked(run, clr_data, write_yaml):
    clr_data["learning"][2]["recommendations"] = []
    fails_with(run, write_yaml, clr_data, "learning[2].recommendations: learning L3 does not lead to any recommendation")


@pytest.mark.parametrize("field,words", [("owner", "has no owner"), ("due_date", "has no due date"),
                                         ("evidence", "has no evidence measure")])
def test_recommendation_missing_owner_date_or_evidence(run, clr_data, write_yaml, field, words):
    del clr_data["recommendations"][1][field]
    fails_with(run, write_yaml, clr_data, f"recommendations[1].{field}: recommendation R2 {words}")


def test_agency_involved_without_action(run, clr_data, write_yaml):
    clr_data["recommendations"] = [r for r in clr_data["recommendations"] if r["id"] != "R5"]
    clr_data["learning"][0]["recommendations"] = ["R1"]
    result = fails_with(run, write_yaml, clr_data,
                        "multi_agency[3].agency: Education was involved but no recommendation or action is for it")
    assert "Police was involved" not in result.stdout  # R3.2 is a Northshire Police action


def test_no_management_oversight(run, clr_data, write_yaml):
    del clr_data["signoff"]["oversight"]
    fails_with(run, write_yaml, clr_data, "no management oversight or quality assurance of the review is recorded")


def test_overdue_review_fails_with_line(run, clr_data, write_yaml):
    clr_data["signoff"]["completed_date"] = None
    result = fails_with(run, write_yaml, clr_data, "Critical Learning Review completed: overdue by")
    text = write_yaml(clr_data).read_text().splitlines()
    line_no = next(i for i, line in enumerate(text, 1) if line.strip().startswith("completed_date:"))
    assert "FAIL: " in result.stdout and f":{line_no}:3: signoff.completed_date" in result.stdout


def test_late_completion_is_a_warning_only(run, clr_data, write_yaml):
    result = run("check", CLR_EXAMPLE, "--today", "2026-04-01")
    assert result.exit_code == 0
    assert "WARNING:" in result.stdout and "3 working days late (due 2026-03-24)" in result.stdout


def test_deadlines_skip_easter_bank_holidays():
    review = load_review(CLR_EXAMPLE)
    review.incident.yot_aware_date = date(2026, 4, 2)  # Thursday before Good Friday
    review.incident.notification_date = None
    notify, complete = review_deadlines(review, Timescales(), today=date(2026, 4, 1))
    # Good Friday 3 April and Easter Monday 6 April are not working days.
    assert notify.due_date == date(2026, 4, 7)
    assert complete.due_date == date(2026, 5, 6)  # 20 working days on, Early May bank holiday 4 May skipped
    assert notify.status.startswith("due in")


def test_timescales_come_from_config(run, clr_data, write_yaml, tmp_path):
    config = tmp_path / "reviewgen.yaml"
    config.write_text("timescales:\n  clr_working_days: 30\n")
    result = run("--config", config, "check", CLR_EXAMPLE, "--today", "2026-04-01")
    assert result.exit_code == 0
    assert "WARNING" not in result.stdout  # 30 working days: completed on time


def test_bad_today_is_bad_input(run):
    result = run("check", CLR_EXAMPLE, "--today", "next week")
    assert result.exit_code == 2
    assert "--today: is not a date" in result.stderr
