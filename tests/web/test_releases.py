"""Redaction review, approval and release through the web application (no browser: the
HTTP layer with a real database, real Word files and the real release workflow)."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import docx
import pytest
from sqlalchemy import select, update

from reviewgen.redact import read_key
from reviewgen.redact.records import read_key_labels
from reviewgen.redact.verify import verify_file
from reviewgen.web.accounts import FAILURE_LIMIT
from reviewgen.web.models import AuditEntry, Candidate, Release
from reviewgen.web.releases import delete_expired_originals, release_folder

from .conftest import CSRF, PASSWORD

CHILD, WORKER = "Tobias Quenby", "Marguerite Ashdown"


def word_file(*paragraphs: str) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


CASE_NOTE = word_file(
    "Case note",
    f"{CHILD} (born 14/02/2010) was seen by {WORKER} at 12 Elm Road, Northshire NS4 7QT.",
    f"{CHILD} said the support from {WORKER} had helped.",
)


def upload(client, files, title="Learning review extracts"):
    return client.post("/releases", data={"title": title, "csrf_token": client.csrf}, files=files)


def new_release(client, data=CASE_NOTE, name="case-note.docx") -> int:
    response = upload(client, [("files", (name, data, "application/octet-stream"))])
    assert response.status_code == 303, response.text
    return int(response.headers["location"].rsplit("/", 1)[1])


def candidate_rows(web, release_id: int) -> list[Candidate]:
    with web.db.reading() as session:
        return list(session.scalars(select(Candidate).where(Candidate.release_id == release_id)
                                    .order_by(Candidate.position)))


def decide_all(client, web, release_id: int, decision: str = "redact") -> None:
    for item in candidate_rows(web, release_id):
        if item.decision == "undecided":
            response = client.post(f"/releases/{release_id}/candidates/{item.id}",
                                   data={"csrf_token": client.csrf, "version": item.version, "decision": decision})
            assert response.status_code == 303


def audit(web) -> list[tuple[str, str]]:
    with web.db.reading() as session:
        return [(e.user_name, e.action) for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


# --- signing in ---------------------------------------------------------------------------

def test_signed_out_pages_redirect_to_sign_in(web) -> None:
    client = web.anonymous()
    for path in ("/", "/releases", "/releases/1", "/releases/1/pack.zip", "/foi", "/tracker"):
        response = client.get(path)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/sign-in?next=")


def test_session_cookie_is_httponly_and_strict(web) -> None:
    client = web.anonymous()
    token = CSRF.search(client.get("/sign-in").text).group(1)
    response = client.post("/sign-in", data={"name": "alex", "password": PASSWORD, "csrf_token": token})
    cookie = next(v for k, v in response.headers.multi_items() if k == "set-cookie" and "reviewgen_session" in v)
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert "Secure" not in cookie
    client = web.anonymous("https://testserver")  # over HTTPS: Secure without being told
    token = CSRF.search(client.get("/sign-in").text).group(1)
    response = client.post("/sign-in", data={"name": "alex", "password": PASSWORD, "csrf_token": token})
    assert "Secure" in response.headers["set-cookie"]
    web.settings.secure_cookies = True  # --secure-cookies: behind a proxy that does not say so
    client = web.anonymous()
    response = client.get("/sign-in")
    assert "Secure" in response.headers["set-cookie"]


def test_failed_sign_ins_are_limited(web_any) -> None:
    web = web_any
    client = web.anonymous()
    token = CSRF.search(client.get("/sign-in").text).group(1)
    for _ in range(FAILURE_LIMIT):
        response = client.post("/sign-in", data={"name": "alex", "password": "wrong", "csrf_token": token})
        assert response.status_code == 400
        assert "The user name or password is not right" in response.text
    # Now even the right password is refused for a while.
    response = client.post("/sign-in", data={"name": "alex", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 400 and "Too many attempts" in response.text
    assert "reviewgen_session" not in response.headers.get("set-cookie", "")


def test_sign_in_form_needs_its_token(web) -> None:
    client = web.anonymous()
    client.get("/sign-in")
    response = client.post("/sign-in", data={"name": "alex", "password": PASSWORD})
    assert response.status_code == 403


def test_pages_carry_security_headers(web) -> None:
    response = web.client("alex").get("/releases")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-frame-options"] == "DENY"


# --- upload and review --------------------------------------------------------------------

def test_upload_finds_and_highlights_people(web) -> None:
    client = web.client("alex")
    release_id = new_release(client)
    page = client.get(f"/releases/{release_id}").text
    marked = re.findall(r'<mark class="rg-mark rg-cat-(\w+)[^"]*"[^>]*>([^<]*)</mark>', page)
    assert ("name", CHILD) in marked and ("name", WORKER) in marked
    assert any(category == "date_of_birth" for category, _ in marked)
    assert "[Person 1]" in page  # the preview shows labels
    assert ("alex", "uploaded") in audit(web) and ("alex", "viewed") in audit(web)


def test_a_non_document_upload_gets_a_clear_error(web) -> None:
    client = web.client("alex")
    response = upload(client, [("files", ("run-me.exe", b"MZ\x90\x00", "application/octet-stream"))])
    assert response.status_code == 400
    assert "file 1 of 1: &#39;.exe&#39; files cannot be redacted" in response.text
    response = upload(client, [("files", ("notes.docx", b"plain text pretending", "application/octet-stream"))])
    assert response.status_code == 400 and "is not a real .docx file" in response.text
    with web.db.reading() as session:
        assert session.scalars(select(Release)).first() is None


def test_uploads_over_the_limit_are_refused(web) -> None:
    client = web.client("alex")
    big = b"Notes.\n\n" + b"x" * (2_000_000 + 10)  # the fixture's limit is 2 MB
    response = upload(client, [("files", ("big.txt", big, "text/plain"))])
    assert response.status_code == 400
    assert "2 MB limit" in response.text
    assert not (web.data_dir / "releases").exists() or not any((web.data_dir / "releases").iterdir())


def test_script_in_text_and_file_names_is_shown_escaped(web) -> None:
    client = web.client("alex")
    data = word_file("<script>alert('text')</script> and <b>bold</b> with Tobias Quenby.")
    release_id = new_release(client, data, name="<img src=x onerror=alert(1)>.docx")
    page = client.get(f"/releases/{release_id}").text
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    # The file name is kept as a plain name (markup characters replaced) and shown as text.
    assert "<img" not in page and "img src=x onerror=alert(1)-.docx</h3>" in page
    assert "<b>bold</b>" not in page


def test_a_form_without_the_csrf_token_is_refused(web) -> None:
    client = web.client("alex")
    release_id = new_release(client)
    item = candidate_rows(web, release_id)[0]
    response = client.post(f"/releases/{release_id}/candidates/{item.id}",
                           data={"version": item.version, "decision": "keep"})
    assert response.status_code == 403
    response = client.post(f"/releases/{release_id}/candidates/{item.id}",
                           data={"version": item.version, "decision": "keep", "csrf_token": "forged"})
    assert response.status_code == 403
    assert candidate_rows(web, release_id)[0].decision == item.decision


def test_another_teams_release_is_not_found(web) -> None:
    release_id = new_release(web.client("alex"))
    outsider = web.client("other")
    for path in (f"/releases/{release_id}", f"/releases/{release_id}/approval", f"/releases/{release_id}/pack.zip",
                 f"/releases/{release_id}/key.zip"):
        assert outsider.get(path).status_code == 404, path
    item = candidate_rows(web, release_id)[0]
    response = outsider.post(f"/releases/{release_id}/candidates/{item.id}",
                             data={"csrf_token": outsider.csrf, "version": item.version, "decision": "keep"})
    assert response.status_code == 404
    assert CHILD not in outsider.get("/releases").text


def test_roles_without_redaction_work_are_refused(web) -> None:
    release_id = new_release(web.client("alex"))
    for name in ("vic", "morgan"):
        assert web.client(name).get(f"/releases/{release_id}").status_code == 403


def test_a_stale_decision_is_refused_not_lost(web_any) -> None:
    web = web_any
    first, second = web.client("alex"), web.client("rowan")
    release_id = new_release(first)
    item = candidate_rows(web, release_id)[0]
    headers = {"HX-Request": "true"}
    response = first.post(f"/releases/{release_id}/candidates/{item.id}", headers=headers,
                          data={"csrf_token": first.csrf, "version": item.version, "decision": "keep"})
    assert response.status_code == 200 and 'data-decision="keep"' in response.text
    # The second person decided on the version they saw, before the first person's decision.
    response = second.post(f"/releases/{release_id}/candidates/{item.id}", headers=headers,
                           data={"csrf_token": second.csrf, "version": item.version, "decision": "redact"})
    assert response.status_code == 200
    assert "Someone else changed this item" in response.text and 'data-decision="keep"' in response.text
    after = candidate_rows(web, release_id)[0]
    assert (after.decision, after.decided_by, after.version) == ("keep", "alex", item.version + 1)


def test_label_and_exemption_can_be_changed(web) -> None:
    client = web.client("alex")
    release_id = new_release(client)
    item = candidate_rows(web, release_id)[0]
    client.post(f"/releases/{release_id}/candidates/{item.id}",
                data={"csrf_token": client.csrf, "version": item.version, "label": "Child A",
                      "exemption": "s.40(2)"})
    after = candidate_rows(web, release_id)[0]
    assert (after.label, after.exemption, after.decision) == ("Child A", "s.40(2)", item.decision)


# --- approval and release -----------------------------------------------------------------

def _submitted(web) -> tuple[object, int]:
    proposer = web.client("alex")
    release_id = new_release(proposer)
    decide_all(proposer, web, release_id)
    assert proposer.post(f"/releases/{release_id}/submit", data={"csrf_token": proposer.csrf}).status_code == 303
    return proposer, release_id


def test_undecided_review_items_block_submission(web) -> None:
    client = web.client("alex")
    release_id = new_release(client)
    with web.db.writing() as session:
        session.execute(update(Candidate).where(Candidate.release_id == release_id).values(decision="undecided"))
    response = client.post(f"/releases/{release_id}/submit", data={"csrf_token": client.csrf})
    assert response.status_code == 400 and "still undecided" in response.text


def test_the_proposer_cannot_approve(web_any) -> None:
    web = web_any
    # alex proposes as an ig-officer; sam (approver) proposes too, and cannot approve their own.
    approver = web.client("sam")
    release_id = new_release(approver)
    decide_all(approver, web, release_id)
    approver.post(f"/releases/{release_id}/submit", data={"csrf_token": approver.csrf})
    response = approver.post(f"/releases/{release_id}/approve", data={"csrf_token": approver.csrf})
    assert response.status_code == 403
    assert "Approve and build" not in approver.get(f"/releases/{release_id}/approval").text
    with web.db.reading() as session:
        assert session.get(Release, release_id).status == "submitted"
    assert not (release_folder(web.data_dir, release_id) / "pack").exists()


def test_a_second_person_approves_and_the_pack_is_clean(web_any) -> None:
    web = web_any
    proposer, release_id = _submitted(web)
    assert proposer.get(f"/releases/{release_id}/pack.zip").status_code == 404  # not approved yet
    approver = web.client("sam")
    response = approver.post(f"/releases/{release_id}/approve", data={"csrf_token": approver.csrf})
    assert response.status_code == 303, response.text
    pack = approver.get(f"/releases/{release_id}/pack.zip")
    assert pack.status_code == 200 and pack.headers["content-type"] == "application/zip"
    keys = approver.get(f"/releases/{release_id}/key.zip")
    assert keys.status_code == 200
    folder = release_folder(web.data_dir, release_id)
    (folder / "check").mkdir()
    zipfile.ZipFile(io.BytesIO(keys.content)).extractall(folder / "check")
    key = next((folder / "check").glob("*KEY-NOT-FOR-RELEASE.csv"))
    released = folder / "check" / "pack.zip"
    released.write_bytes(pack.content)
    assert verify_file(released, read_key(key), read_key_labels(key)) == []
    with zipfile.ZipFile(released) as archive:
        names = archive.namelist()
        schedule = next(n for n in names if n.endswith("-redaction-schedule.csv"))
        text = archive.read(schedule).decode("utf-8")
        document = docx.Document(io.BytesIO(archive.read(next(n for n in names if n.endswith(".docx")))))
    body = "\n".join(p.text for p in document.paragraphs)
    assert CHILD not in body and WORKER not in body and "Person 1" in body
    assert "proposed by,,,\"alex, " in text and "approved by,,,\"sam, " in text
    with web.db.reading() as session:
        release = session.get(Release, release_id)
        assert release.status == "released" and release.approver_id is not None
    actions = audit(web)
    assert ("sam", "approved") in actions and ("sam", "downloaded pack") in actions
    assert ("sam", "downloaded key") in actions


def test_the_key_is_for_ig_officers_and_approvers_only(web) -> None:
    _, release_id = _submitted(web)
    approver = web.client("sam")
    approver.post(f"/releases/{release_id}/approve", data={"csrf_token": approver.csrf})
    assert web.client("rowan").get(f"/releases/{release_id}/key.zip").status_code == 403
    assert web.client("alex").get(f"/releases/{release_id}/key.zip").status_code == 200


def test_an_approver_can_return_it_with_a_comment(web) -> None:
    proposer, release_id = _submitted(web)
    approver = web.client("sam")
    response = approver.post(f"/releases/{release_id}/return", data={"csrf_token": approver.csrf,
                                                                       "comment": "Keep the chair's name"})
    assert response.status_code == 303
    page = proposer.get(f"/releases/{release_id}").text
    assert "Returned by the approver" in page and "Keep the chair&#39;s name" in page
    assert "Send for approval" in page


def test_originals_are_deleted_after_the_retention_period(web) -> None:
    _, release_id = _submitted(web)
    approver = web.client("sam")
    approver.post(f"/releases/{release_id}/approve", data={"csrf_token": approver.csrf})
    approver.get(f"/releases/{release_id}/pack.zip")
    folder = release_folder(web.data_dir, release_id)
    assert any((folder / "originals").rglob("*.docx"))
    assert delete_expired_originals(web.db, web.data_dir, 30) == 0
    later = datetime.now() + timedelta(days=31)
    assert delete_expired_originals(web.db, web.data_dir, 30, today=later) == 1
    assert not (folder / "originals").exists() and not (folder / "view.json").exists()
    assert (folder / "pack").exists()  # the released pack stays


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/"])
def test_sign_in_never_redirects_off_site(web, target: str) -> None:
    client = web.anonymous()
    token = CSRF.search(client.get("/sign-in").text).group(1)
    response = client.post("/sign-in", data={"name": "alex", "password": PASSWORD, "csrf_token": token,
                                              "next": target})
    assert response.headers["location"] == "/"


def test_pack_path_is_inside_the_data_folder(web) -> None:
    _, release_id = _submitted(web)
    assert Path(release_folder(web.data_dir, release_id)).is_relative_to(web.data_dir)


def test_the_panel_loads_in_parts(web, monkeypatch) -> None:
    import reviewgen.web.app as application

    monkeypatch.setattr(application, "PANEL_BATCH", 2)
    client = web.client("alex")
    release_id = new_release(client)
    everything = {str(c.id) for c in candidate_rows(web, release_id)}
    page = client.get(f"/releases/{release_id}").text
    shown = set(re.findall(r'class="rg-candidate[^"]*" id="c-(\d+)"', page))
    assert 2 <= len(shown) < len(everything)
    offset = re.search(rf'hx-get="/releases/{release_id}/panel\?offset=(\d+)', page).group(1)
    while offset:
        part = client.get(f"/releases/{release_id}/panel?offset={offset}", headers={"HX-Request": "true"}).text
        assert "<html" not in part
        shown |= set(re.findall(r'class="rg-candidate[^"]*" id="c-(\d+)"', part))
        found = re.search(r"panel\?offset=(\d+)", part)
        offset = found.group(1) if found else ""
    assert shown == everything
    # Without JavaScript the link opens a whole page.
    assert "<html" in client.get(f"/releases/{release_id}/panel?offset=2").text


def test_the_candidate_page_changes_label_and_exemption(web) -> None:
    client = web.client("alex")
    release_id = new_release(client)
    item = candidate_rows(web, release_id)[0]
    page = client.get(f"/releases/{release_id}/candidates/{item.id}")
    assert page.status_code == 200 and 'id="exemption"' in page.text
    response = client.post(f"/releases/{release_id}/candidates/{item.id}",
                           data={"csrf_token": client.csrf, "version": item.version, "label": "Child B",
                                 "exemption": "s.41(1)", "from": "candidate"})
    assert response.headers["location"] == f"/releases/{release_id}/candidates/{item.id}"
    assert candidate_rows(web, release_id)[0].label == "Child B"
    assert web.client("other").get(f"/releases/{release_id}/candidates/{item.id}").status_code == 404


def test_the_audit_log_is_for_ig_officers_and_approvers(web) -> None:
    client = web.client("alex")
    new_release(client)
    page = client.get("/audit")
    assert page.status_code == 200 and "uploaded" in page.text
    assert CHILD not in page.text  # entries name releases by number, never by content
    assert web.client("rowan").get("/audit").status_code == 403


def test_the_audit_log_shows_only_ones_own_team_and_no_typed_names(web) -> None:
    new_release(web.client("alex"))
    anonymous = web.anonymous()
    token = CSRF.search(anonymous.get("/sign-in").text).group(1)
    anonymous.post("/sign-in", data={"name": "Hunter2-typed-in-the-name-box", "password": "x", "csrf_token": token})
    page = web.client("alex").get("/audit").text
    assert "uploaded" in page and "Hunter2-typed-in-the-name-box" not in page
    other = web.client("other").get("/audit").text
    assert "uploaded" not in other and "alex" not in other.replace("aria-label", "")


def test_a_release_from_an_foi_request_redacts_the_requester(web) -> None:
    client = web.client("alex")
    source = Path("reviews/foi-eir-reparation-site.yaml")
    assert client.post("/foi/import", data={"csrf_token": client.csrf},
                       files={"file": (source.name, source.read_bytes(), "application/yaml")}).status_code == 303
    # The requester's details from the register are redacted wherever the documents hold them.
    note = word_file("Reply drafted for Priyesh Callaghan, who wrote from 3 Tannery Row.")
    response = client.post("/releases", data={"title": "FOI extracts", "csrf_token": client.csrf,
                                              "foi_reference": "EIR-2026-0077"},
                           files=[("files", ("reply.docx", note, "application/octet-stream"))])
    assert response.status_code == 303, response.text
    release_id = int(response.headers["location"].rsplit("/", 1)[1])
    values = {c.value for c in candidate_rows(web, release_id) if c.decision == "redact"}
    assert "Priyesh Callaghan" in values and "3 Tannery Row" in values
    # A reference that is not in the team's register is refused, not ignored.
    response = client.post("/releases", data={"title": "x", "csrf_token": client.csrf, "foi_reference": "FOI-0"},
                           files=[("files", ("reply.docx", note, "application/octet-stream"))])
    assert response.status_code == 400 and "is not a request in your team" in response.text
    other = web.client("other")
    response = other.post("/releases", data={"title": "x", "csrf_token": other.csrf,
                                             "foi_reference": "EIR-2026-0077"},
                          files=[("files", ("reply.docx", note, "application/octet-stream"))])
    assert response.status_code == 400
