"""The tracker in the browser: filtered lists, updates recorded in the history as the CLI
records them, roles, CSRF, stale forms, report downloads and escaping.

The tracker is filled by the real importer (`reviewgen tracker import`) into the web
fixture's own database. Overdue and at risk are worked out from the real today, as the
pages do, so expectations are computed from the plan file with the same date."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest
import yaml
from sqlalchemy import select
from typer.testing import CliRunner

from reviewgen.cli import app
from reviewgen.tracker import Stamp, is_at_risk, is_overdue, read_history, update_action
from reviewgen.tracker.status import normalise_status
from reviewgen.web.models import AuditEntry

REPO = Path(__file__).resolve().parents[2]
PLAN = REPO / "reviews" / "inspection-action-plan.yaml"
SOURCE = "NYJS-INSP-2025"
ROW = re.compile(r'href="/tracker/actions/(\d+)">([^<]+)</a>')
LAST_CHANGE = re.compile(r'name="last_change" value="(\d+)"')


def import_plan(web, path: Path) -> None:
    result = CliRunner().invoke(app, ["tracker", "--db", web.db.url, "import", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output


def import_new_plan(web, folder: Path, source: dict, recommendations: list[dict]) -> None:
    """Write an invented plan as YAML and import it."""
    path = folder / f"{source['reference']}.yaml"
    path.write_text(yaml.safe_dump({"source": source, "recommendations": recommendations}), "utf-8")
    import_plan(web, path)


@pytest.fixture
def plan(web):
    import_plan(web, PLAN)
    return web


def plan_actions() -> list[dict]:
    data = yaml.safe_load(PLAN.read_text("utf-8"))
    return [action for rec in data["recommendations"] for action in rec["actions"]]


def status_of(action: dict) -> str:
    return normalise_status(action.get("status") or "not started") or "not started"


def shown(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [reference for _, reference in ROW.findall(response.text)]


def action_id(client, reference: str) -> int:
    ids = {ref: int(number) for number, ref in ROW.findall(client.get("/tracker").text)}
    return ids[reference]


def audit(web, action: str) -> list[AuditEntry]:
    with web.db.reading() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_the_list_shows_every_action_with_counts_status_and_due_date(plan):
    client = plan.client("vic")
    response = client.get("/tracker")
    actions = plan_actions()
    assert shown(response) == [a["reference"] for a in actions]
    assert f"<strong>{len(actions)}</strong> actions match" in response.text
    overdue = sum(is_overdue(status_of(a), a.get("due_date"), date.today()) for a in actions)
    assert f"{overdue} overdue" in response.text
    assert '<strong class="govuk-tag govuk-tag--grey">not started</strong>' in response.text
    assert "27 Feb 2026" in response.text  # R1.1's due date


def test_filters_by_owner_status_and_overdue(plan):
    client = plan.client("vic")
    actions = plan_actions()
    today = date.today()
    by_owner = shown(client.get("/tracker", params={"owner": "Board Chair"}))
    assert by_owner == [a["reference"] for a in actions if a.get("owner") == "Board Chair"]
    assert len(by_owner) >= 2
    blocked = shown(client.get("/tracker", params={"status": "blocked"}))
    assert blocked == [a["reference"] for a in actions if status_of(a) == "blocked"] and blocked
    overdue = shown(client.get("/tracker", params={"overdue": "yes"}))
    assert overdue == [a["reference"] for a in actions if is_overdue(status_of(a), a.get("due_date"), today)]
    assert overdue
    both = shown(client.get("/tracker", params={"owner": "Board Chair", "status": "complete"}))
    assert both == [a["reference"] for a in actions if a.get("owner") == "Board Chair"
                    and status_of(a) == "complete"]


def test_at_risk_alone_and_with_overdue_means_either(plan):
    client = plan.client("vic")
    days = plan.settings.config.tracker.at_risk_days
    today = date.today()
    actions = plan_actions()
    at_risk = [a["reference"] for a in actions if is_at_risk(status_of(a), a.get("due_date"), today, days)]
    assert shown(client.get("/tracker", params={"at_risk": "yes"})) == at_risk
    either = [a["reference"] for a in actions if is_at_risk(status_of(a), a.get("due_date"), today, days)
              or is_overdue(status_of(a), a.get("due_date"), today)]
    assert shown(client.get("/tracker", params={"at_risk": "yes", "overdue": "yes"})) == either


def test_an_unknown_filter_value_is_a_linked_error_not_a_crash(plan):
    client = plan.client("vic")
    response = client.get("/tracker", params={"status": "finished-ish"})
    assert response.status_code == 400
    assert 'href="#status"' in response.text and "govuk-error-summary" in response.text
    response = client.get("/tracker", params={"source": "NO-SUCH-SOURCE"})
    assert response.status_code == 400 and 'href="#source"' in response.text


def test_a_long_list_is_paged_with_its_total(web, tmp_path):
    import_new_plan(web, tmp_path, {"reference": "BIG-AUDIT", "kind": "audit", "title": "A large invented audit"},
                    [{"number": f"R{r}", "text": f"Recommendation {r}", "actions": [
                        {"reference": f"R{r}.{a}", "description": f"Action {a}", "owner": "Audit Lead",
                         "due_date": "2030-01-31"} for a in range(1, 226)]} for r in (1, 2)])
    client = web.client("vic")
    first = client.get("/tracker")
    assert len(shown(first)) == 200
    assert "<strong>450</strong> actions match" in first.text and "Showing 1 to 200" in first.text
    assert 'href="/tracker?page=2" rel="next"' in first.text
    last = client.get("/tracker", params={"page": "3"})
    assert shown(last) == [f"R2.{a}" for a in range(176, 226)]
    assert "Showing 401 to 450" in last.text
    beyond = client.get("/tracker", params={"page": "99", "owner": "Audit Lead"})
    assert shown(beyond) == shown(last)  # past the end shows the last page
    assert 'href="/tracker?owner=Audit+Lead&amp;page=2" rel="prev"' in beyond.text


def test_an_update_is_saved_through_the_tracker_and_shown_in_the_history(plan):
    client = plan.client("morgan")
    number = action_id(client, "R2.6")
    form = client.get(f"/tracker/actions/{number}")
    assert "Update the action" in form.text
    response = client.post(f"/tracker/actions/{number}", data={
        "csrf_token": client.csrf, "last_change": LAST_CHANGE.search(form.text).group(1), "status": "complete",
        "evidence": "Reports in May and\r\nOctober", "notes": "", "note": "Board 2026-11"})
    assert response.status_code == 303
    entries = [e for e in read_history(plan.db, "R2.6", SOURCE) if e.changed_by == "morgan"]
    assert [(e.field, e.old_value, e.new_value) for e in entries] == [
        ("status", "in progress", "complete"),
        ("evidence", None, "Reports in May and\nOctober"),
        ("completed_date", None, date.today().isoformat()),
    ]
    assert {e.note for e in entries} == {"Board 2026-11"}
    page = client.get(response.headers["location"])
    assert "Saved: 3 changes recorded in the history" in page.text
    history = page.text.split('id="history"')[1]
    assert history.index("morgan") < history.index("Board 2026-11")
    assert "in progress <span" in history and "complete</td>" in history
    assert [(e.user_name, e.object_id, e.detail) for e in audit(plan, "updated")] == [
        ("morgan", str(number), "changed status, evidence, completed_date")]
    # The same values again: nothing to record.
    recorded = len(read_history(plan.db, "R2.6", SOURCE))
    form = client.get(f"/tracker/actions/{number}")
    again = client.post(f"/tracker/actions/{number}", data={
        "csrf_token": client.csrf, "last_change": LAST_CHANGE.search(form.text).group(1), "status": "complete",
        "evidence": "Reports in May and\r\nOctober", "notes": "", "note": ""})
    assert "No change" in client.get(again.headers["location"]).text
    assert len(read_history(plan.db, "R2.6", SOURCE)) == recorded
    assert len(audit(plan, "updated")) == 1


def _post(client, number: int, **fields: str):
    form = client.get(f"/tracker/actions/{number}")
    data = {"csrf_token": client.csrf, "last_change": LAST_CHANGE.search(form.text).group(1), "status": "",
            "evidence": "", "notes": "", "note": "", **fields}
    return client.post(f"/tracker/actions/{number}", data=data)


def test_an_unknown_status_is_a_400_error_summary_and_nothing_changes(plan):
    client = plan.client("alex")
    number = action_id(client, "R2.6")
    before = read_history(plan.db, "R2.6", SOURCE)
    response = _post(client, number, status="finished-ish", evidence="Some evidence")
    assert response.status_code == 400
    assert "govuk-error-summary" in response.text and 'href="#status"' in response.text
    assert "Some evidence</textarea>" in response.text  # what was typed is kept
    assert read_history(plan.db, "R2.6", SOURCE) == before
    assert not audit(plan, "updated")


def test_verifying_without_a_note_points_at_the_note(plan):
    client = plan.client("sam")
    number = action_id(client, "R1.1")  # complete in the plan
    before = read_history(plan.db, "R1.1", SOURCE)
    response = _post(client, number, status="verified", evidence="Slides filed")
    assert response.status_code == 400 and 'href="#note"' in response.text
    assert read_history(plan.db, "R1.1", SOURCE) == before
    done = _post(client, number, status="verified", evidence="Slides filed", note="Checked the Board papers")
    assert done.status_code == 303
    assert read_history(plan.db, "R1.1", SOURCE)[-1].changed_by == "sam"


def test_a_form_shown_before_someone_else_changed_the_action_saves_nothing(plan):
    client = plan.client("morgan")
    number = action_id(client, "R2.6")
    form = client.get(f"/tracker/actions/{number}")
    update_action(plan.db, "R2.6", {"status": "blocked"}, Stamp.now(by="Service Manager"), source=SOURCE)
    response = client.post(f"/tracker/actions/{number}", data={
        "csrf_token": client.csrf, "last_change": LAST_CHANGE.search(form.text).group(1), "status": "complete",
        "evidence": "Mine", "notes": "", "note": ""})
    assert response.status_code == 409
    assert "Someone else changed this action" in response.text
    assert "Mine</textarea>" in response.text
    history = read_history(plan.db, "R2.6", SOURCE)
    assert history[-1].changed_by == "Service Manager" and history[-1].new_value == "blocked"
    # Submitted again from the refreshed form, it is saved.
    retry = client.post(f"/tracker/actions/{number}", data={
        "csrf_token": client.csrf, "last_change": LAST_CHANGE.search(response.text).group(1),
        "status": "complete", "evidence": "Mine", "notes": "", "note": ""})
    assert retry.status_code == 303
    assert read_history(plan.db, "R2.6", SOURCE)[-1].changed_by == "morgan"


@pytest.mark.parametrize("name", ["vic", "rowan"])
def test_readers_see_the_action_but_cannot_post(plan, name):
    client = plan.client(name)
    number = action_id(client, "R2.6")
    page = client.get(f"/tracker/actions/{number}")
    assert page.status_code == 200 and "Update the action" not in page.text and "History" in page.text
    before = read_history(plan.db, "R2.6", SOURCE)
    response = client.post(f"/tracker/actions/{number}", data={
        "csrf_token": client.csrf, "last_change": "0", "status": "complete", "evidence": "", "notes": "",
        "note": ""})
    assert response.status_code == 403
    assert read_history(plan.db, "R2.6", SOURCE) == before


def test_a_post_without_the_csrf_token_is_refused(plan):
    client = plan.client("morgan")
    number = action_id(client, "R2.6")
    last = LAST_CHANGE.search(client.get(f"/tracker/actions/{number}").text).group(1)
    before = read_history(plan.db, "R2.6", SOURCE)
    for token in ({}, {"csrf_token": "not-the-token"}):
        response = client.post(f"/tracker/actions/{number}", data={
            "last_change": last, "status": "complete", "evidence": "", "notes": "", "note": "", **token})
        assert response.status_code == 403
    assert read_history(plan.db, "R2.6", SOURCE) == before


def test_signed_out_is_sent_to_sign_in_and_an_unknown_action_is_404(plan):
    anonymous = plan.anonymous()
    response = anonymous.get("/tracker", params={"overdue": "yes"})
    assert response.status_code == 303 and response.headers["location"].startswith("/sign-in?next=/tracker")
    assert plan.client("vic").get("/tracker/actions/999999").status_code == 404


def test_board_reports_download_and_open(plan):
    client = plan.client("vic")
    response = client.get("/tracker/report.docx")
    assert response.status_code == 200
    assert "board-report.docx" in response.headers["content-disposition"]
    document = docx.Document(io.BytesIO(response.content))
    headings = [p.text for p in document.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    assert any("action plan progress" in h for h in headings)

    response = client.get("/tracker/report.xlsx", params={"source": SOURCE})
    assert response.status_code == 200
    assert f"board-report-{SOURCE}.xlsx" in response.headers["content-disposition"]
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames[0] == "Summary"
    assert book["Summary"]["A2"].value == "Report date"

    response = client.get("/tracker/report.html")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "attachment" in response.headers["content-disposition"]
    assert re.search(r"<h1[^>]*>Inspection of youth justice services in Northshire: action plan progress",
                     response.text)
    assert [(e.user_name, e.object_id) for e in audit(plan, "downloaded")] == [
        ("vic", "docx"), ("vic", "xlsx"), ("vic", "html")]
    assert not list((plan.data_dir / "tmp").iterdir())  # the temporary folders are gone

    assert client.get("/tracker/report.pdf").status_code == 404
    unknown = client.get("/tracker/report.xlsx", params={"source": "NO-SUCH-SOURCE"})
    assert unknown.status_code == 400 and "Choose a source" in unknown.text


def test_script_in_an_action_is_shown_escaped(web, tmp_path):
    import_new_plan(web, tmp_path, {"reference": "HOSTILE-1", "kind": "audit",
                                    "title": "Audit <img src=x onerror=alert(1)>"},
                    [{"number": "R1", "text": "Recommend <b>bold</b> things", "actions": [
                        {"reference": "R1.1", "description": "Do <script>alert('x')</script> now",
                         "owner": "Lead <i>officer</i>", "evidence": "<a href=\"javascript:alert(1)\">proof</a>"}]}])
    client = web.client("morgan")
    listing = client.get("/tracker")
    number = int(ROW.findall(listing.text)[0][0])
    page = client.get(f"/tracker/actions/{number}")
    for response in (listing, page):
        assert "<script>alert" not in response.text and "<i>officer" not in response.text
        assert "Do &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; now" in response.text
        assert "<img src=x" not in response.text
    assert "<b>bold</b>" not in page.text and "&lt;b&gt;bold&lt;/b&gt;" in page.text
    assert 'href="javascript' not in page.text
