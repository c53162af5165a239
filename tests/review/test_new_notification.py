"""Serious incident notification (issue 15, part 1): the form, its timescale, and the
one definition of when each review clock starts."""

from __future__ import annotations

import copy
import json
from datetime import date

import docx
import pytest
import yaml

from reviewgen.config import Timescales
from reviewgen.review.checks import CLOCK_STARTS, review_deadlines
from reviewgen.review.loading import load_document, load_review
from tests.review.conftest import CLR_EXAMPLE, ELR_EXAMPLE, REVIEWS

NOTIFICATION_EXAMPLE = REVIEWS / "notification-example.yaml"


@pytest.fixture
def notification_data() -> dict:
    return copy.deepcopy(yaml.safe_load(NOTIFICATION_EXAMPLE.read_text()))


def _cells(document) -> dict[str, str]:
    """Two-column tables of the form as {label: value}."""
    return {row.cells[0].text: row.cells[1].text for table in document.tables for row in table.rows
            if len(row.cells) >= 2}


def test_notification_renders_as_the_form_in_word(run, tmp_path):
    result = run("render", NOTIFICATION_EXAMPLE, "--to", "docx", "-o", tmp_path, "--today", "2026-04-01")
    assert result.exit_code == 0, result.output
    document = docx.Document(tmp_path / "notification-example.docx")
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == "Serious incident notification: Northshire Youth Justice Service"
    for section in ("Category of serious incident", "The child", "The incident", "Agencies informed",
                    "Immediate actions", "Parallel processes", "Local review", "Timescale"):
        assert any(h.endswith(section) for h in headings), section
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Charged with murder, attempted murder or manslaughter" in text
    cells = _cells(document)
    assert cells["Submitted through"] == "Youth Justice Application Framework (YJAF)"
    assert cells["On the YJS caseload at the time"] == "Yes"
    assert cells["Media interest"].startswith("Local: ")
    assert cells["Location"] == "Northshire County Council area"
    timescale = next(t for t in document.tables if t.rows[0].cells[0].text == "Timescale")
    assert [c.text for c in timescale.rows[1].cells] == [
        "Youth Justice Board notified", CLOCK_STARTS["notification"], "24 February 2026", "on time"]
    assert document.core_properties.title == "Serious incident notification NYJS-SIN-2026-02"


def test_notification_timescale_comes_from_config(run, notification_data, write_yaml, tmp_path):
    notification_data["incident"]["notification_date"] = "2026-02-26"  # 3 working days after aware
    path = write_yaml(notification_data)
    late = run("check", path, "--today", "2026-04-01")
    assert late.exit_code == 0 and "Youth Justice Board notified: 2 working days late" in late.stdout
    config = tmp_path / "reviewgen.yaml"
    config.write_text("timescales:\n  notify_working_days: 3\n")
    on_time = run("--config", config, "check", path, "--today", "2026-04-01")
    assert on_time.exit_code == 0 and "all checks passed" in on_time.stdout


def test_unsent_notification_past_its_due_date_fails(run, notification_data, write_yaml):
    notification_data["incident"]["notification_date"] = None
    result = run("check", write_yaml(notification_data), "--today", "2026-02-27")
    assert result.exit_code == 1
    assert "FAIL: " in result.stdout and "incident.notification_date" in result.stdout
    assert "overdue by 3 working days" in result.stdout


def test_notification_dates_out_of_order_are_bad_input(run, notification_data, write_yaml):
    notification_data["incident"]["notification_date"] = "2026-02-20"
    result = run("validate", write_yaml(notification_data))
    assert result.exit_code == 2
    assert "incident.notification_date: is before the YJS became aware" in result.stderr
    assert notification_data["child"]["name"] not in result.stderr


def test_notification_category_must_be_a_current_one(run, notification_data, write_yaml):
    notification_data["incident"]["category"] = "charged with a grave offence"  # a retired type
    result = run("validate", write_yaml(notification_data))
    assert result.exit_code == 2 and "incident.category" in result.stderr


def test_notification_schema_and_starter(run, tmp_path):
    schema = json.loads(run("schema", "notification").stdout)
    assert {"notified_by", "child", "incident", "victim", "media_interest", "agencies_informed",
            "immediate_actions", "parallel_processes", "planned_review"} <= set(schema["properties"])
    categories = schema["$defs"]["NotificationCategory"]["enum"]
    assert len(categories) == 6
    path = tmp_path / "sin.yaml"
    assert run("new", "notification", path).exit_code == 0
    assert "review_type: notification" in path.read_text()
    result = run("validate", path)  # valid but for its placeholders, which must be filled first
    assert result.exit_code == 2
    assert all("still holds the starter's placeholder" in line for line in result.stderr.splitlines())


def test_a_notification_is_not_a_review(tmp_path):
    assert load_document(NOTIFICATION_EXAMPLE).review_type == "notification"
    from reviewgen.errors import InputError

    with pytest.raises(InputError, match="is a serious incident notification, not a learning review"):
        load_review(NOTIFICATION_EXAMPLE)


def test_reviews_under_the_retired_incident_types_still_load_and_say_so(run, clr_data, write_yaml, tmp_path):
    clr_data["incident"]["type"] = "charged with a grave offence"
    path = write_yaml(clr_data)
    assert run("validate", path).exit_code == 0
    assert run("render", path, "--to", "md", "-o", tmp_path / "out").exit_code == 0
    text = (tmp_path / "out" / "review.md").read_text()
    assert "| Type | Charged with a grave offence (incident type of the community safeguarding" in text
    assert run("render", CLR_EXAMPLE, "--to", "md", "-o", tmp_path / "out2").exit_code == 0
    current = (tmp_path / "out2" / "clr-example.md").read_text()
    assert "retired in May 2018" not in current


def test_clr_clock_starts_at_notification_and_elr_clock_at_the_decision():
    clr = load_review(CLR_EXAMPLE)
    _notify, complete = review_deadlines(clr, Timescales(), today=date(2026, 4, 1))
    assert complete.counted_from == CLOCK_STARTS["CLR"]
    assert complete.due_date == date(2026, 3, 24)  # 20 working days after 24 February
    elr = load_review(ELR_EXAMPLE)
    _, elr_complete = review_deadlines(elr, Timescales(elr_working_days=10), today=date(2026, 4, 1))
    assert elr_complete.counted_from == CLOCK_STARTS["ELR"]
    # 10 working days after the decision on 28 November 2025, whatever the notification date.
    assert elr_complete.due_date == date(2025, 12, 12)
    elr.elr_decision = None
    assert [d.name for d in review_deadlines(elr, Timescales(), today=date(2026, 4, 1))] == [
        "Youth Justice Board notified"]


def test_elr_without_a_recorded_decision_warns(run, write_yaml):
    data = yaml.safe_load(ELR_EXAMPLE.read_text())
    del data["elr_decision"]
    result = run("check", write_yaml(data), "--today", "2026-04-01")
    assert result.exit_code == 0
    assert "WARNING" in result.stdout and "elr_decision" in result.stdout
    assert "the ELR timescale counts from its date" in result.stdout


def test_notification_renders_as_pdf(run, tmp_path):
    import pymupdf

    result = run("render", NOTIFICATION_EXAMPLE, "--to", "pdf", "-o", tmp_path, "--today", "2026-04-01")
    assert result.exit_code == 0, result.output
    with pymupdf.open(tmp_path / "notification-example.pdf") as pdf:
        text = " ".join(" ".join(page.get_text().split()) for page in pdf)
    assert "Serious incident notification: Northshire Youth Justice Service" in text
    assert "Category of serious incident" in text and "Youth Justice Application Framework (YJAF)" in text


def test_notification_warns_about_a_parallel_process_without_a_start_date(run, notification_data, write_yaml):
    notification_data["parallel_processes"].append({"kind": "rapid review", "lead": "Safeguarding partnership"})
    result = run("check", write_yaml(notification_data), "--today", "2026-04-01")
    assert result.exit_code == 0
    assert "parallel_processes[1].started: the rapid review has no start date" in result.stdout
    assert "no expected or actual end date" not in result.stdout  # not known at notification
