"""Review fields and checks of current practice (issue 15, part 2): victim, media
interest, child protection and exploitation, custody and electronic monitoring, parallel
processes, family involvement, the CLR-to-ELR decision and dissemination."""

from __future__ import annotations

import json

import docx
import pytest
import yaml

from tests.review.conftest import ELR_EXAMPLE

NEW_FIELDS = ("victim", "media_interest", "child_protection_and_exploitation", "custody_and_electronic_monitoring",
              "parallel_processes", "family_involvement", "elr_decision", "dissemination")


def test_schema_has_every_new_field(run):
    for kind in ("clr", "elr"):
        schema = json.loads(run("schema", kind).stdout)
        assert set(NEW_FIELDS) <= set(schema["properties"]), kind
    recommendation = json.loads(run("schema", "clr").stdout)["$defs"]["Recommendation"]["properties"]
    assert {"addressed_to", "measure", "target", "actions"} <= set(recommendation)


def test_starters_carry_every_new_field(run, tmp_path):
    for kind in ("clr", "elr"):
        path = tmp_path / f"{kind}.yaml"
        run("new", kind, path)
        data = yaml.safe_load(path.read_text())
        assert set(NEW_FIELDS) <= set(data), kind


@pytest.mark.parametrize(("field", "empty", "message"), [
    ("voice_of_child", "", "the voice of the child is not recorded"),
    ("diversity", "", "the diversity section is empty"),
    ("family_involvement", "", "family involvement in the review is not recorded"),
    ("dissemination", [], "how the learning will be disseminated is not recorded"),
])
def test_check_warns_when_a_practice_section_is_missing(run, clr_data, write_yaml, field, empty, message):
    clr_data[field] = empty
    result = run("check", write_yaml(clr_data), "--today", "2026-04-01")
    assert result.exit_code == 0, result.output  # a warning, not a failure
    line = next(line for line in result.stdout.splitlines() if message in line)
    assert line.startswith("WARNING: ") and f": {field}: " in line


def test_example_clr_has_no_missing_section_warnings(run):
    from tests.review.conftest import CLR_EXAMPLE

    result = run("check", CLR_EXAMPLE, "--today", "2026-04-01")
    assert "not recorded" not in result.stdout and "is empty" not in result.stdout


def test_check_warns_about_a_parallel_process_without_dates(run, clr_data, write_yaml):
    clr_data["parallel_processes"].append({"kind": "inquest", "lead": "HM Coroner for Northshire"})
    result = run("check", write_yaml(clr_data), "--today", "2026-04-01")
    assert result.exit_code == 0
    assert "parallel_processes[2].started: the inquest has no start date" in result.stdout
    assert "parallel_processes[2]: the inquest has no expected or actual end date" in result.stdout


def test_a_death_with_no_inquest_recorded_warns(run, clr_data, write_yaml):
    clr_data["incident"]["type"] = "death of a child"
    result = run("check", write_yaml(clr_data), "--today", "2026-04-01")
    assert "a child died but no inquest is recorded" in result.stdout


def test_render_shows_every_new_field(run, clr_data, write_yaml, tmp_path):
    result = run("render", write_yaml(clr_data), "--to", "docx", "-o", tmp_path / "out", "--today", "2026-04-01")
    assert result.exit_code == 0, result.output
    document = docx.Document(tmp_path / "out" / "review.docx")
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    for title in ("The victim", "Parallel processes", "Child protection and exploitation",
                  "Custody and electronic monitoring", "Family involvement and feedback",
                  "Disseminating the learning", "Decision on an Extended Learning Review"):
        assert any(h.split(" ", 1)[1] == title for h in headings[1:]), title
    text = "\n".join(p.text for p in document.paragraphs)
    for field in ("victim", "family_involvement", "child_protection_and_exploitation",
                  "custody_and_electronic_monitoring"):
        assert " ".join(clr_data[field].split())[:60] in text, field
    assert "No Extended Learning Review will be held: decided by the Head of Youth Justice Service" in text
    tables = {tuple(c.text for c in t.rows[0].cells): t for t in document.tables}
    processes = tables[("Process", "Led by", "Started", "Expected to end", "Concluded", "Notes")]
    assert [r.cells[0].text for r in processes.rows[1:]] == ["Police investigation", "Rapid review"]
    assert processes.rows[2].cells[4].text == "13 March 2026"
    dissemination = tables[("Audience", "Method", "By")]
    assert dissemination.rows[1].cells[1].text == "Seven-minute briefing at team meetings"
    incident = {r.cells[0].text: r.cells[1].text for t in document.tables for r in t.rows if len(r.cells) == 2}
    assert incident["Media interest"].startswith("Local: Reported by the local newspaper")


def test_recommendation_table_shows_addressed_to_and_action_steps(run, tmp_path):
    from tests.review.conftest import CLR_EXAMPLE

    run("render", CLR_EXAMPLE, "--to", "docx", "-o", tmp_path, "--today", "2026-04-01")
    document = docx.Document(tmp_path / "clr-example.docx")
    tables = {tuple(c.text for c in t.rows[0].cells): t for t in document.tables}
    recs = next(t for h, t in tables.items() if h[:3] == ("Ref", "Recommendation", "Addressed to"))
    addressed = {r.cells[0].text: r.cells[2].text for r in recs.rows[1:]}
    assert addressed["R3"] == "Chair of the Youth Justice Partnership Board"
    assert addressed["R2"] == "Not stated"
    steps = tables[("Action step", "Description", "Owner", "Agency", "Due")]
    assert [r.cells[0].text for r in steps.rows[1:]] == ["R3.1", "R3.2"]
    assert steps.rows[2].cells[3].text == "Northshire Police"
    text = "\n".join(p.text for p in document.paragraphs)
    assert "measured by AssetPlus reviews completed within 10 working days" in text


def test_example_elr_action_plan_is_as_it_stood_at_sign_off(run):
    data = yaml.safe_load(ELR_EXAMPLE.read_text())
    signed_off = data["signoff"]["completed_date"]
    for item in data["action_plan"]:
        if item["status"] == "complete":
            assert item["completed_date"] <= signed_off and item["due_date"] <= signed_off, item["reference"]
    assert run("check", ELR_EXAMPLE, "--today", "2026-04-01").exit_code == 0


@pytest.mark.parametrize(("completed", "message"), [
    (None, "action R1.2 is marked complete with no completion date"),
    ("2026-06-01", "action R1.2 is marked complete after the review was signed off"),
])
def test_check_warns_about_actions_complete_that_were_not_done_at_sign_off(run, write_yaml, completed, message):
    data = yaml.safe_load(ELR_EXAMPLE.read_text())
    data["action_plan"][1].update(status="complete", completed_date=completed)
    result = run("check", write_yaml(data), "--today", "2026-04-01")
    assert f"action_plan[1].completed_date: {message}" in result.stdout
