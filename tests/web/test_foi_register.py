"""The FOI register in the browser: list, form, import, export, letter, roles and safety.

Requests and requesters are invented. Dates are fixed and the register's clock is set
to a fixed day, so due dates and working days left are known values.
"""

from __future__ import annotations

import io
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import func, select
from typer.testing import CliRunner

from reviewgen.cli import app as cli_app
from reviewgen.foi.model import load_request
from reviewgen.web import foi_pages
from reviewgen.web.models import AuditEntry, FoiRecord

REVIEWS = Path(__file__).resolve().parents[2] / "reviews"
ON = date(2026, 3, 24)  # a Tuesday

DETAILS = """\
parts:
  - number: 1
    question: the number of staff trained in 2025
    held: held
    answer: |
      41 staff attended at least one session.
      18 attended all three.
"""


def form(client, **changes: str) -> dict[str, str]:
    """A complete request as the form posts it; `changes` replace or add fields."""
    fields = {
        "csrf_token": client.csrf,
        "reference": "FOI-2026-0901",
        "received": "2026-03-02",
        "jurisdiction": "england",
        "subject": "Training on child criminal exploitation",
        "requester-name": "Robin Quayle",
        "requester-title": "Mx",
        "requester-address": "7 Linnet Close\nEastby\nEB1 2ZZ",
        "requester-email": "robin.quayle@example.net",
        "request_text": "How many staff were trained in 2025?",
        "details": DETAILS,
        "officer-name": "Dana Pryce",
        "officer-role": "Information Governance Officer",
        "publish": "yes",
    }
    fields.update(changes)
    return {k: v for k, v in fields.items() if v is not None}


@pytest.fixture(autouse=True)
def fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(foi_pages, "today", lambda: ON)


def records(web) -> list[FoiRecord]:
    with web.db.reading() as session:
        return list(session.scalars(select(FoiRecord)))


def audit(web, action: str) -> list[AuditEntry]:
    with web.db.reading() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def row_of(html: str, reference: str) -> str:
    match = re.search(rf'<tr class="govuk-table__row" data-reference="{re.escape(reference)}">(.*?)</tr>', html, re.S)
    assert match, reference
    return match.group(1)


def version_of(html: str) -> str:
    return re.search(r'name="version" value="(\d+)"', html).group(1)


def test_list_shows_due_dates_and_working_days_in_each_acts_calendar(web):
    alex = web.client("alex")
    # Received on the same day: St Patrick's Day (Tuesday 17 March 2026) is a holiday in
    # Northern Ireland, so it stops a FOIA clock anywhere in the UK but not a FOISA one.
    assert alex.post("/foi", data=form(alex)).status_code == 303
    assert alex.post("/foi", data=form(alex, reference="FOI-2026-0902", jurisdiction="scotland")).status_code == 303
    assert alex.post("/foi", data=form(alex, reference="FOI-2026-0903", received="2026-01-05",
                                       response_date="2026-01-20")).status_code == 303
    assert alex.post("/foi", data=form(alex, reference="FOI-2026-0904", received="2026-02-02")).status_code == 303

    page = alex.get("/foi")
    assert page.status_code == 200
    foia, foisa = row_of(page.text, "FOI-2026-0901"), row_of(page.text, "FOI-2026-0902")
    assert "2026-03-31" in foia and ">5<" in foia and "Due soon" in foia and "govuk-tag--yellow" in foia
    assert "2026-03-30" in foisa and ">4<" in foisa and "Due soon" in foisa
    overdue = row_of(page.text, "FOI-2026-0904")  # due 2 March
    assert "2026-03-02" in overdue and "15 overdue" in overdue and "govuk-tag--red" in overdue
    assert "Overdue" in overdue  # the colour is never the only signal
    answered = row_of(page.text, "FOI-2026-0903")
    assert "Answered" in answered and "govuk-tag--green" in answered
    # Sorted by due date: answered (due 2 February), overdue (2 March), 30 and 31 March.
    order = re.findall(r'data-reference="([^"]+)"', page.text)
    assert order == ["FOI-2026-0903", "FOI-2026-0904", "FOI-2026-0902", "FOI-2026-0901"]
    # The list names no requester: their details are on the request's own page only.
    assert "Robin Quayle" not in page.text and "robin.quayle" not in page.text

    open_only = alex.get("/foi?show=open").text
    assert "FOI-2026-0903" not in re.findall(r'data-reference="([^"]+)"', open_only)
    assert re.findall(r'data-reference="([^"]+)"', alex.get("/foi?show=answered").text) == ["FOI-2026-0903"]


def test_create_through_the_form_stores_the_request_and_its_page_shows_the_requester(web):
    alex = web.client("alex")
    response = alex.post("/foi", data=form(alex, environmental=None))
    assert response.status_code == 303 and response.headers["location"] == "/foi/FOI-2026-0901"
    [saved] = records(web)
    assert (saved.team, saved.reference, saved.received, saved.jurisdiction) == (
        "Northshire YJS", "FOI-2026-0901", date(2026, 3, 2), "england")
    assert saved.version == 1 and saved.updated_by == "alex"
    page = alex.get("/foi/FOI-2026-0901")
    assert page.status_code == 200
    assert 'value="Robin Quayle"' in page.text and "7 Linnet Close\nEastby\nEB1 2ZZ" in page.text
    assert "2026-03-31" in page.text and "/releases/new?foi=FOI-2026-0901" in page.text
    assert [e.object_id for e in audit(web, "created")] == ["FOI-2026-0901"]
    assert [e.object_id for e in audit(web, "viewed") if e.object_type == "foi request"] == ["FOI-2026-0901"]
    assert all("Robin" not in (e.detail or "") for e in audit(web, "created"))


def test_an_invalid_form_shows_an_error_summary_with_links_and_saves_nothing(web):
    alex = web.client("alex")
    bad_details = DETAILS.replace("held: held", "held: maybe") + "exemptions:\n  - section: \"99(9)\"\n    parts: [7]\n"
    response = alex.post("/foi", data=form(alex, received="2026-02-31", **{"requester-name": "",
                                                                          "details": bad_details}))
    assert response.status_code == 400
    assert records(web) == []
    summary = re.search(r'<div class="govuk-error-summary".*?</ul>', response.text, re.S).group(0)
    assert 'href="#received"' in summary and "Date received: the value is not a date" in summary
    assert 'href="#requester-name"' in summary and "Requester&#39;s name: is required but missing" in summary
    assert 'href="#details"' in summary and "line 4 (parts[0].held)" in summary
    assert "2026-02-31" not in summary and "maybe" not in summary and "99(9)" not in summary
    # What was typed is kept in the form, to correct it.
    assert 'value="2026-02-31"' in response.text and "held: maybe" in response.text
    assert 'class="govuk-form-group govuk-form-group--error"' in response.text

    # The same cross-field check as `reviewgen foi check`: a part with no answer.
    no_answer = alex.post("/foi", data=form(alex, details="parts:\n  - number: 1\n    question: q\n    held: held\n"))
    assert no_answer.status_code == 400 and "part 1 has no answer" in no_answer.text
    # Unreadable YAML in the details is reported with the main fields' problems, all at once.
    unreadable = alex.post("/foi", data=form(alex, received="31/03/2026", details="parts: [\n"))
    assert unreadable.status_code == 400
    assert "Parts, exemptions and other sections, line 2: malformed YAML" in unreadable.text
    assert "Date received: the value is not a date" in unreadable.text
    assert records(web) == []


def test_a_stale_save_is_refused_and_keeps_what_was_typed(web):
    alex, sam = web.client("alex"), web.client("sam")
    alex.post("/foi", data=form(alex))
    alex_version = version_of(alex.get("/foi/FOI-2026-0901").text)
    sam_version = version_of(sam.get("/foi/FOI-2026-0901").text)
    saved = sam.post("/foi/FOI-2026-0901", data=form(sam, version=sam_version, subject="Training records, 2025"))
    assert saved.status_code == 303
    stale = alex.post("/foi/FOI-2026-0901", data=form(alex, version=alex_version, subject="Staff training, 2025"))
    assert stale.status_code == 409
    assert "Not saved: sam changed this request" in stale.text
    assert 'value="Staff training, 2025"' in stale.text  # alex's change is still in the form
    [stored] = records(web)
    assert stored.subject == "Training records, 2025" and stored.version == 2
    # Saving again, having seen the conflict, is a deliberate replacement of the latest version.
    again = alex.post("/foi/FOI-2026-0901", data=form(alex, version=version_of(stale.text),
                                                      subject="Staff training, 2025"))
    assert again.status_code == 303
    [stored] = records(web)
    assert stored.subject == "Staff training, 2025" and stored.version == 3

    # Renamed by one person while another edits: the other's save still finds it, and is refused.
    stale_version = version_of(alex.get("/foi/FOI-2026-0901").text)
    assert sam.post("/foi/FOI-2026-0901", data=form(sam, version=stale_version, record=str(stored.id),
                                                    reference="FOI-2026-0999")).status_code == 303
    renamed = alex.post("/foi/FOI-2026-0901", data=form(alex, version=stale_version, record=str(stored.id),
                                                         subject="Staff training records"))
    assert renamed.status_code == 409 and 'value="Staff training records"' in renamed.text
    assert [(r.reference, r.version) for r in records(web)] == [("FOI-2026-0999", 4)]


def test_export_round_trips_through_the_cli_check(web, tmp_path):
    alex = web.client("alex")
    alex.post("/foi", data=form(alex, environmental="yes", publish=None))
    exported = alex.get("/foi/FOI-2026-0901.yaml")
    assert exported.status_code == 200 and "attachment" in exported.headers["content-disposition"]
    path = tmp_path / "FOI-2026-0901.yaml"
    path.write_bytes(exported.content)
    loaded = load_request(path)
    assert loaded.reference == "FOI-2026-0901" and loaded.environmental and not loaded.publish
    assert loaded.requester.address == ["7 Linnet Close", "Eastby", "EB1 2ZZ"]
    assert exported.text.index("address:") < exported.text.index("email:")  # the examples' order
    assert loaded.parts[0].answer == "41 staff attended at least one session.\n18 attended all three."
    assert "answer: |" in exported.text and "\nreceived: 2026-03-02\n" in exported.text  # as a person writes it
    result = CliRunner().invoke(cli_app, ["foi", "check", str(path)])
    assert result.exit_code == 0, result.output
    assert [e.object_id for e in audit(web, "exported")] == ["FOI-2026-0901"]

    # The form opened from the export's record saves the same request back.
    page = alex.get("/foi/FOI-2026-0901").text
    details = re.search(r'<textarea[^>]*id="details"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    assert "number: 1" in details and "reference" not in details


def test_import_a_request_file_and_export_it_unchanged(web, tmp_path):
    alex = web.client("alex")
    source = REVIEWS / "foi-serious-incident-notifications.yaml"
    response = alex.post("/foi/import", data={"csrf_token": alex.csrf},
                         files={"file": (source.name, source.read_bytes(), "application/yaml")})
    assert response.status_code == 303 and response.headers["location"] == "/foi/FOI-2026-0377"
    [stored] = records(web)
    assert stored.jurisdiction == "wales" and stored.received == date(2026, 3, 14)
    assert alex.get("/foi/FOI-2026-0377.yaml").content == source.read_bytes()
    # The clarification stopped the clock: the register's due date is the CLI's.
    assert load_request(source).received == stored.received
    assert "2026-04-22" in row_of(alex.get("/foi").text, "FOI-2026-0377")

    again = alex.post("/foi/import", data={"csrf_token": alex.csrf},
                      files={"file": (source.name, source.read_bytes(), "application/yaml")})
    assert again.status_code == 400 and "is already in the register" in again.text
    broken = alex.post("/foi/import", data={"csrf_token": alex.csrf},
                       files={"file": ("foi.yaml", b"reference: FOI-1\nreceived: [\n", "application/yaml")})
    assert broken.status_code == 400 and "the uploaded file, line" in broken.text
    assert len(records(web)) == 1


def test_import_resolves_review_files_from_the_configured_requests_folder(web, tmp_path):
    from reviewgen.config import Config

    folder = tmp_path / "requests"
    folder.mkdir()
    shutil.copy(REVIEWS / "clr-example.yaml", folder)
    web.settings.config = Config.model_validate({"foi": {"requests_dir": str(folder)}})
    alex = web.client("alex")
    source = REVIEWS / "foi-learning-from-reviews.yaml"
    response = alex.post("/foi/import", data={"csrf_token": alex.csrf},
                         files={"file": (source.name, source.read_bytes(), "application/yaml")})
    assert response.status_code == 303
    (folder / "clr-example.yaml").unlink()
    missing = alex.post("/foi/import", data={"csrf_token": alex.csrf},
                        files={"file": (source.name, source.read_bytes().replace(b"0412", b"0413"),
                                        "application/yaml")})
    assert missing.status_code == 400 and "review file not found" in missing.text


def test_the_letter_is_a_real_word_document_built_as_the_cli_builds_it(web):
    alex = web.client("alex")
    alex.post("/foi", data=form(alex))
    assert alex.get("/foi/FOI-2026-0901.docx").status_code == 404  # not generated yet
    generated = alex.post("/foi/FOI-2026-0901", data={"csrf_token": alex.csrf, "action": "letter"})
    assert generated.status_code == 303, generated.text
    page = alex.get("/foi/FOI-2026-0901").text
    assert 'href="/foi/FOI-2026-0901.docx"' in page and "Redact documents for this request" in page

    letter = alex.get("/foi/FOI-2026-0901.docx")
    assert letter.status_code == 200 and letter.content[:2] == b"PK"
    text = "\n".join(p.text for p in Document(io.BytesIO(letter.content)).paragraphs)
    assert "Dear Mx Quayle" in text and "41 staff attended at least one session" in text
    public = alex.get("/foi/FOI-2026-0901.docx?copy=public")
    public_text = "\n".join(p.text for p in Document(io.BytesIO(public.content)).paragraphs)
    assert "Dear Requester" in public_text and "Quayle" not in public_text
    assert [e.object_id for e in audit(web, "generated letter")] == ["FOI-2026-0901"]
    assert len(audit(web, "downloaded letter")) == 2


def test_an_incomplete_refusal_notice_names_what_is_missing(web):
    alex = web.client("alex")
    details = DETAILS + "exemptions:\n  - section: \"31(1)(a)\"\n    parts: [1]\n"
    alex.post("/foi", data=form(alex, details=details))
    response = alex.post("/foi/FOI-2026-0901", data={"csrf_token": alex.csrf, "action": "letter"})
    assert response.status_code == 409
    assert "The refusal notice is incomplete: exemptions[0]" in response.text
    assert alex.get("/foi/FOI-2026-0901.docx").status_code == 404


def test_readers_see_the_request_but_cannot_edit(web):
    alex, vic = web.client("alex"), web.client("vic")
    alex.post("/foi", data=form(alex))
    page = vic.get("/foi/FOI-2026-0901")
    assert page.status_code == 200 and "Training on child criminal exploitation" in page.text
    # Who asked is for the information governance officers and approvers only.
    assert "Robin Quayle" not in page.text and "Requester details are shown to information governance" in page.text
    assert 'name="version"' not in page.text and "Generate the letter" not in page.text
    assert "Redact documents for this request" not in page.text  # the upload page is not theirs
    assert vic.get("/foi").status_code == 200
    assert vic.get("/foi/new").status_code == 403
    assert vic.post("/foi", data=form(vic)).status_code == 403
    assert vic.post("/foi/FOI-2026-0901", data=form(vic, version="1", subject="Changed")).status_code == 403
    assert vic.post("/foi/FOI-2026-0901", data={"csrf_token": vic.csrf, "action": "letter"}).status_code == 403
    for reader in ("rowan", "morgan"):
        assert web.client(reader).get("/foi/new").status_code == 403
    assert records(web)[0].subject == "Training on child criminal exploitation"


def test_another_teams_request_is_not_found(web):
    alex, other = web.client("alex"), web.client("other")
    alex.post("/foi", data=form(alex))
    assert other.get("/foi/FOI-2026-0901").status_code == 404
    assert other.get("/foi/FOI-2026-0901.yaml").status_code == 404
    assert other.get("/foi/FOI-2026-0901.docx").status_code == 404
    assert other.post("/foi/FOI-2026-0901", data=form(other, version="1")).status_code == 404
    assert "FOI-2026-0901" not in other.get("/foi").text
    assert records(web)[0].updated_by == "alex"


def test_signed_out_redirects_and_a_missing_csrf_token_is_refused(web):
    assert web.anonymous().get("/foi").status_code == 303
    alex = web.client("alex")
    assert alex.post("/foi", data=form(alex, csrf_token=None)).status_code == 403
    assert alex.post("/foi", data=form(alex, csrf_token="forged")).status_code == 403
    source = REVIEWS / "foi-exploitation-training.yaml"
    assert alex.post("/foi/import", files={"file": (source.name, source.read_bytes())}).status_code == 403
    assert records(web) == []


def test_script_in_the_subject_is_shown_escaped(web):
    alex = web.client("alex")
    script = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    assert alex.post("/foi", data=form(alex, subject=script)).status_code == 303
    for html in (alex.get("/foi").text, alex.get("/foi/FOI-2026-0901").text):
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    with web.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(FoiRecord)) == 1
