"""Attacks the browser application resists: a hostile user of another role or team, a
forged form, a crafted upload, markup in every field, and a careless newcomer.

Each test makes the real requests (a signed-in TestClient per person, the real database
and the real release workflow) and asserts the safe behaviour itself: a refusal with its
status, nothing changed, nothing written outside the data folder, nothing unescaped.
People and requesters are invented. Attacks that currently succeed are in
test_attacks_found.py.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import docx
import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from reviewgen.cli import app as cli_app
from reviewgen.redact import read_key
from reviewgen.redact.records import read_key_labels
from reviewgen.redact.verify import verify_file
from reviewgen.web.models import AuditEntry, Candidate, FoiRecord, Release, ReleaseFile
from reviewgen.web.releases import key_paths, release_folder

from .conftest import CSRF, PASSWORD
from .test_foi_register import form as foi_form
from .test_releases import CASE_NOTE, CHILD, WORKER, candidate_rows, decide_all, new_release, upload, word_file

ROLES = {"alex": "ig-officer", "sam": "approver", "rowan": "reviewer", "morgan": "manager", "vic": "viewer"}
REVIEWERS = {"alex", "sam", "rowan"}
KEY_READERS = {"alex", "sam"}
EDITORS = {"alex", "sam"}
UPDATERS = {"alex", "sam", "morgan"}
EVERYONE = set(ROLES)
ROLE_REFUSED = "Your role does not allow this page"
# Markup in every attribute and text context: a quote to end an attribute, an element with
# a handler, and htmx attributes that would send a request if they became live elements.
PAYLOAD = '"><img src=x onerror=alert(1)><div hx-get="/sign-out" hx-trigger="load">\'x'
LIVE = ("<img src=x", "<div hx-get", '"><img')


def all_text_of_pack(data: bytes) -> str:
    """Every part of every file in a pack, as text: entry names, schedules, and each Word
    file's parts (body, headers, properties), so a value anywhere is found."""
    texts = []
    with zipfile.ZipFile(io.BytesIO(data)) as pack:
        for name in pack.namelist():
            texts.append(name)
            content = pack.read(name)
            if name.endswith(".docx"):
                with zipfile.ZipFile(io.BytesIO(content)) as document:
                    texts.extend(document.read(part).decode("utf-8", "replace") for part in document.namelist())
            else:
                texts.append(content.decode("utf-8", "replace"))
    return "\n".join(texts)


def submitted(web, proposer_name: str = "rowan", data: bytes = CASE_NOTE) -> tuple[object, int]:
    proposer = web.client(proposer_name)
    release_id = new_release(proposer, data)
    decide_all(proposer, web, release_id)
    assert proposer.post(f"/releases/{release_id}/submit", data={"csrf_token": proposer.csrf}).status_code == 303
    return proposer, release_id


def approved(web, proposer_name: str = "rowan", data: bytes = CASE_NOTE) -> tuple[object, object, int]:
    proposer, release_id = submitted(web, proposer_name, data)
    approver = web.client("sam")
    assert approver.post(f"/releases/{release_id}/approve", data={"csrf_token": approver.csrf}).status_code == 303
    return proposer, approver, release_id


def status_of(web, release_id: int) -> str:
    with web.db.reading() as session:
        release = session.get(Release, release_id)
        assert release is not None
        return release.status


def audit_count(web) -> int:
    with web.db.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


# --- access control -------------------------------------------------------------------------

def routes(release_id: int, candidate_id: int, reference: str) -> list[tuple[str, str, set[str]]]:
    """Every route of `create_app` and `pages.routes()`: (method, path, roles allowed)."""
    r = f"/releases/{release_id}"
    return [
        ("GET", "/", EVERYONE),
        ("GET", "/releases", REVIEWERS), ("GET", "/releases/new", REVIEWERS), ("POST", "/releases", REVIEWERS),
        ("GET", r, REVIEWERS), ("GET", f"{r}/candidates/{candidate_id}", REVIEWERS),
        ("POST", f"{r}/candidates/{candidate_id}", REVIEWERS), ("POST", f"{r}/candidates", REVIEWERS),
        ("GET", f"{r}/panel", REVIEWERS), ("POST", f"{r}/terms", REVIEWERS), ("POST", f"{r}/submit", REVIEWERS),
        ("GET", f"{r}/approval", REVIEWERS), ("POST", f"{r}/approve", {"sam"}), ("POST", f"{r}/return", {"sam"}),
        ("GET", f"{r}/pack.zip", REVIEWERS), ("GET", f"{r}/key.zip", KEY_READERS),
        ("GET", "/audit", KEY_READERS),
        ("GET", "/foi", EVERYONE), ("POST", "/foi", EDITORS), ("GET", "/foi/new", EDITORS),
        ("POST", "/foi/import", EDITORS), ("GET", f"/foi/{reference}", EVERYONE),
        ("POST", f"/foi/{reference}", EDITORS),
        ("GET", "/tracker", EVERYONE), ("GET", "/tracker/actions/1", EVERYONE),
        ("POST", "/tracker/actions/1", UPDATERS), ("GET", "/tracker/report.html", EVERYONE),
    ]


def test_every_route_checks_the_role_on_the_server(web) -> None:
    alex = web.client("alex")
    release_id = new_release(alex)
    candidate_id = candidate_rows(web, release_id)[0].id
    assert alex.post("/foi", data=foi_form(alex)).status_code == 303
    clients = {name: web.client(name) for name in ROLES}
    for method, path, allowed in routes(release_id, candidate_id, "FOI-2026-0901"):
        for name, client in clients.items():
            # Posted with the person's own CSRF token: a refusal can only be the role check.
            response = client.request(method, path, data={"csrf_token": client.csrf} if method == "POST" else None)
            refused = response.status_code == 403 and ROLE_REFUSED in response.text
            assert refused == (name not in allowed), (method, path, name, response.status_code)
    with web.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Release)) == 1
        assert session.scalar(select(func.count()).select_from(Candidate).where(Candidate.version > 1)) == 0


def test_signed_out_every_route_redirects_to_sign_in_and_changes_nothing(web) -> None:
    alex = web.client("alex")
    release_id = new_release(alex)
    candidate_id = candidate_rows(web, release_id)[0].id
    before = audit_count(web)
    anonymous = web.anonymous()
    for method, path, _ in routes(release_id, candidate_id, "FOI-2026-0901"):
        response = anonymous.request(method, path, data={"decision": "keep"} if method == "POST" else None)
        assert response.status_code == 303, (method, path)
        location = response.headers["location"]
        assert location.startswith("/sign-in?next=/"), (method, path)
        if method == "POST":  # never replayed after sign-in
            assert location == "/sign-in?next=/"
    assert audit_count(web) == before
    assert candidate_rows(web, release_id)[0].version == 1


def test_another_team_gets_404_for_every_release_route_and_foi_request(web) -> None:
    proposer, _, release_id = approved(web, "alex")
    candidate_id = candidate_rows(web, release_id)[0].id
    outsider = web.client("other")  # an approver, in another team: every role check passes
    for method, path, _ in routes(release_id, candidate_id, "FOI-2026-0901"):
        if not path.startswith(f"/releases/{release_id}"):
            continue
        response = outsider.request(method, path, data={"csrf_token": outsider.csrf, "decision": "keep",
                                                        "version": "1", "comment": "x", "term": "x"}
                                    if method == "POST" else None)
        assert response.status_code == 404, (method, path)
        assert CHILD not in response.text and "Learning review extracts" not in response.text
    assert status_of(web, release_id) == "approved"
    assert proposer.post("/foi", data=foi_form(proposer)).status_code == 303
    for path in ("/foi/FOI-2026-0901", "/foi/FOI-2026-0901.yaml", "/foi/FOI-2026-0901.docx"):
        assert outsider.get(path).status_code == 404
    with web.db.reading() as session:
        record_id = session.scalar(select(FoiRecord.id))
    # The "renamed meanwhile" fallback looks a request up by its id: only in the poster's team.
    response = outsider.post("/foi/unknown", data=foi_form(outsider, version="1", record=str(record_id),
                                                          subject="Changed by another team"))
    assert response.status_code == 404
    with web.db.reading() as session:
        assert session.scalar(select(FoiRecord.subject)) == "Training on child criminal exploitation"


def test_ids_from_another_release_are_not_found(web) -> None:
    rowan, alex = web.client("rowan"), web.client("alex")
    mine, theirs = new_release(rowan), new_release(alex, word_file(f"A note about {CHILD}."))
    foreign = candidate_rows(web, theirs)[0]
    assert rowan.get(f"/releases/{mine}/candidates/{foreign.id}").status_code == 404
    response = rowan.post(f"/releases/{mine}/candidates/{foreign.id}",
                          data={"csrf_token": rowan.csrf, "version": foreign.version, "decision": "keep"})
    assert response.status_code == 404
    # A group decision naming another release's candidates changes none of them.
    response = rowan.post(f"/releases/{mine}/candidates",
                          data={"csrf_token": rowan.csrf, "candidate": [str(foreign.id)], "decision": "keep"})
    assert response.status_code == 303
    after = candidate_rows(web, theirs)[0]
    assert (after.decision, after.version) == (foreign.decision, foreign.version)
    # Ids that do not exist, or are not numbers, are 404 too.
    assert rowan.get(f"/releases/{mine}/candidates/999999").status_code == 404
    assert rowan.get("/releases/999999").status_code == 404
    assert rowan.get(f"/releases/{mine}/candidates/x").status_code == 404
    assert rowan.get("/tracker/actions/999999").status_code == 404


def test_a_failed_upload_is_not_an_open_release(web) -> None:
    rowan = web.client("rowan")
    broken = upload(rowan, [("files", ("notes.txt", b"\xc3\x28 not UTF-8", "text/plain"))])
    assert broken.status_code == 400
    with web.db.reading() as session:
        failed = session.scalar(select(Release.id).where(Release.status == "failed"))
    assert failed is not None
    assert rowan.get(f"/releases/{failed}").status_code == 404
    assert not release_folder(web.data_dir, failed).exists()


def test_a_release_cannot_start_from_another_teams_foi_request(web) -> None:
    other = web.client("other")
    assert other.post("/foi", data=foi_form(other)).status_code == 303  # Southshire's request
    rowan = web.client("rowan")
    response = rowan.post("/releases", data={"title": "t", "csrf_token": rowan.csrf, "foi_reference": "FOI-2026-0901"},
                          files=[("files", ("note.docx", CASE_NOTE, "application/octet-stream"))])
    assert response.status_code == 400 and "is not a request in your team" in response.text
    assert "Robin Quayle" not in response.text  # the other team's requester
    with web.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Release).where(Release.status != "failed")) == 0


def test_nothing_changes_after_submission_and_approval(web) -> None:
    rowan, release_id = submitted(web)
    item = candidate_rows(web, release_id)[0]
    # Before approval: no pack, no key, for anyone.
    for name in ("rowan", "alex", "sam"):
        client = web.client(name)
        assert client.get(f"/releases/{release_id}/pack.zip").status_code == 404
        assert client.get(f"/releases/{release_id}/key.zip").status_code in (403, 404)

    def try_changes() -> None:
        for client in (rowan, web.client("sam")):
            assert client.post(f"/releases/{release_id}/candidates/{item.id}",
                               data={"csrf_token": client.csrf, "version": item.version,
                                     "decision": "keep"}).status_code == 404
            assert client.post(f"/releases/{release_id}/candidates/{item.id}",
                               data={"csrf_token": client.csrf, "version": item.version,
                                     "label": "Changed"}).status_code == 404
            assert client.post(f"/releases/{release_id}/candidates",
                               data={"csrf_token": client.csrf, "candidate": [str(item.id)],
                                     "decision": "keep"}).status_code == 404
            assert client.post(f"/releases/{release_id}/terms",
                               data={"csrf_token": client.csrf, "term": "Elm Road",
                                     "category": "name"}).status_code == 404
            assert client.post(f"/releases/{release_id}/submit",
                               data={"csrf_token": client.csrf}).status_code == 404

    try_changes()
    sam = web.client("sam")
    assert sam.post(f"/releases/{release_id}/approve", data={"csrf_token": sam.csrf}).status_code == 303
    try_changes()
    # Approving or returning an approved release again is refused.
    assert sam.post(f"/releases/{release_id}/approve", data={"csrf_token": sam.csrf}).status_code == 403
    assert sam.post(f"/releases/{release_id}/return",
                    data={"csrf_token": sam.csrf, "comment": "again"}).status_code == 403
    after = candidate_rows(web, release_id)[0]
    assert (after.decision, after.label, after.version) == (item.decision, item.label, item.version)
    assert len(candidate_rows(web, release_id)) == 4
    assert status_of(web, release_id) == "approved"


def test_the_proposer_cannot_approve_or_return_by_any_path(web) -> None:
    sam, release_id = submitted(web, "sam")
    for path in ("approve", "return"):
        for headers in ({}, {"hx-request": "true"}, {"x-csrf-token": sam.csrf}):
            response = sam.post(f"/releases/{release_id}/{path}", headers=headers,
                                data={"csrf_token": sam.csrf, "comment": "fine"})
            assert response.status_code == 403, (path, headers)
    # The approval page offers no approve button to the proposer.
    assert 'id="approve"' not in sam.get(f"/releases/{release_id}/approval").text
    assert status_of(web, release_id) == "submitted"
    assert not (release_folder(web.data_dir, release_id) / "pack").exists()


def test_the_key_is_never_given_to_other_roles(web) -> None:
    _, approver, release_id = approved(web)
    assert approver.get(f"/releases/{release_id}/key.zip").status_code == 200
    for name in ("rowan", "morgan", "vic"):
        response = web.client(name).get(f"/releases/{release_id}/key.zip")
        assert response.status_code == 403 and response.headers["content-type"].startswith("text/html")
    for name in ("morgan", "vic"):
        assert web.client(name).get(f"/releases/{release_id}/pack.zip").status_code == 403
    with web.db.reading() as session:
        downloads = list(session.scalars(select(AuditEntry.user_name).where(AuditEntry.action == "downloaded key")))
    assert downloads == ["sam"]


# --- CSRF and the session -----------------------------------------------------------------------

def test_every_post_needs_this_sessions_own_csrf_token(web) -> None:
    rowan, sam, alex = web.client("rowan"), web.client("sam"), web.client("alex")
    release_id = new_release(rowan)
    item = candidate_rows(web, release_id)[0]
    posts = [
        (rowan, "/releases", {"title": "t"}), (rowan, f"/releases/{release_id}/candidates/{item.id}",
                                               {"decision": "keep", "version": str(item.version)}),
        (rowan, f"/releases/{release_id}/candidates", {"candidate": str(item.id), "decision": "keep"}),
        (rowan, f"/releases/{release_id}/terms", {"term": "Elm Road", "category": "name"}),
        (rowan, f"/releases/{release_id}/submit", {}), (sam, f"/releases/{release_id}/approve", {}),
        (sam, f"/releases/{release_id}/return", {"comment": "no"}), (alex, "/foi", foi_form(alex)),
        (alex, "/foi/import", {}), (alex, "/foi/FOI-2026-0901", {"action": "letter"}),
        (alex, "/tracker/actions/1", {"status": "complete"}), (rowan, "/sign-out", {}),
    ]
    before = audit_count(web)
    for client, path, data in posts:
        fields = {k: v for k, v in data.items() if k != "csrf_token"}
        for token in (None, "", "forged", alex.csrf if client is not alex else sam.csrf):
            sent = fields if token is None else {**fields, "csrf_token": token}
            assert client.post(path, data=sent).status_code == 403, (path, token)
            # Nor in the header htmx sends it in.
            if token:
                assert client.post(path, data=fields, headers={"x-csrf-token": token}).status_code == 403, path
    assert audit_count(web) == before
    after = candidate_rows(web, release_id)
    assert (after[0].decision, after[0].version) == (item.decision, item.version) and len(after) == 4
    # The refused sign-out left the session signed in.
    assert rowan.get("/releases").status_code == 200


def test_sign_in_needs_its_own_cookie_token(web) -> None:
    victim = web.anonymous()
    attacker = web.anonymous()
    attacker_token = CSRF.search(attacker.get("/sign-in").text).group(1)
    victim.get("/sign-in")
    # A sign-in posted from another site carries the attacker's token, not the victim's cookie.
    response = victim.post("/sign-in", data={"name": "alex", "password": PASSWORD, "csrf_token": attacker_token})
    assert response.status_code == 403
    fresh = web.anonymous()
    response = fresh.post("/sign-in", data={"name": "alex", "password": PASSWORD, "csrf_token": ""})
    assert response.status_code == 403 and "reviewgen_session" not in response.headers.get("set-cookie", "")


def test_sign_out_ends_the_session_on_the_server(web) -> None:
    vic = web.client("vic")
    cookie = vic.cookies.get("reviewgen_session")
    assert vic.post("/sign-out", data={"csrf_token": vic.csrf}).status_code == 303
    replay = web.anonymous()
    replay.cookies.set("reviewgen_session", cookie)
    assert replay.get("/foi").status_code == 303  # the stolen cookie no longer works
    with web.db.reading() as session:
        assert ("vic", "signed out") in [(e.user_name, e.action) for e in session.scalars(select(AuditEntry))]


def test_a_planted_session_cookie_is_replaced_at_sign_in(web) -> None:
    client = web.anonymous()
    client.cookies.set("reviewgen_session", "planted-by-attacker")
    token = CSRF.search(client.get("/sign-in").text).group(1)
    response = client.post("/sign-in", data={"name": "vic", "password": PASSWORD, "csrf_token": token})
    cookies = [v for k, v in response.headers.multi_items() if k == "set-cookie"]
    session_cookie = next(c for c in cookies if c.startswith("reviewgen_session="))
    value = session_cookie.split(";")[0].split("=", 1)[1]
    assert value != "planted-by-attacker" and len(value) >= 40
    # The planted value is not a session.
    planted = web.anonymous()
    planted.cookies.set("reviewgen_session", "planted-by-attacker")
    assert planted.get("/").status_code == 303


def test_every_cookie_is_httponly_and_strict(web) -> None:
    client = web.anonymous()
    sign_in_cookie = client.get("/sign-in").headers["set-cookie"]
    token = CSRF.search(client.get("/sign-in").text).group(1)
    session_cookie = client.post("/sign-in", data={"name": "vic", "password": PASSWORD,
                                                   "csrf_token": token}).headers.get_list("set-cookie")
    for cookie in [sign_in_cookie, *(c for c in session_cookie if c.startswith("reviewgen_session="))]:
        assert "HttpOnly" in cookie and "samesite=strict" in cookie.lower() and "Path=/" in cookie, cookie


@pytest.mark.parametrize("target", ["/\\evil.example", "/\\/evil.example", "/%5Cevil.example",
                                    " //evil.example", "///evil.example",
                                    "javascript:alert(1)", "http:/evil.example", "/%2F%2Fevil.example"])
def test_sign_in_next_never_leaves_the_site(web, target: str) -> None:
    client = web.anonymous()
    token = CSRF.search(client.get("/sign-in?next=" + target).text).group(1)
    response = client.post("/sign-in", data={"name": "vic", "password": PASSWORD, "csrf_token": token,
                                             "next": target})
    location = response.headers["location"]
    # A browser reads "\" as "/" and a tab as nothing: only one leading slash, then a path.
    cleaned = location.replace("\\", "/").replace("\t", "")
    assert cleaned.startswith("/") and not cleaned.startswith("//"), location
    assert urlsplit(urljoin("http://testserver/", cleaned)).netloc == "testserver"


def test_the_next_field_of_the_sign_in_page_is_escaped(web) -> None:
    page = web.anonymous().get('/sign-in?next=/x"><script>alert(1)</script>').text
    assert "<script>alert(1)" not in page and '"><script>' not in page


# --- injection --------------------------------------------------------------------------------------

def test_markup_in_every_field_is_shown_as_text(web) -> None:
    rowan, sam, alex = web.client("rowan"), web.client("sam"), web.client("alex")
    data = word_file(f"{PAYLOAD} was written by {CHILD}.", f"<script>document.title='x'</script> {WORKER}")
    response = upload(rowan, [("files", (f"{PAYLOAD}.docx", data, "application/octet-stream"))], title=PAYLOAD)
    release_id = int(response.headers["location"].rsplit("/", 1)[1])
    item = candidate_rows(web, release_id)[0]
    assert rowan.post(f"/releases/{release_id}/candidates/{item.id}",
                      data={"csrf_token": rowan.csrf, "version": item.version, "label": PAYLOAD,
                            "exemption": PAYLOAD}).status_code == 303
    assert rowan.post(f"/releases/{release_id}/terms", data={"csrf_token": rowan.csrf, "term": PAYLOAD,
                                                             "category": "name"}).status_code == 303
    pages = {path: rowan.get(path).text for path in (
        f"/releases/{release_id}", f"/releases/{release_id}/candidates/{item.id}", f"/releases/{release_id}/panel",
        f"/releases/{release_id}?tier={PAYLOAD}&category={PAYLOAD}", "/releases", f"/releases/{release_id}/approval")}
    item = candidate_rows(web, release_id)[0]
    pages["htmx decision"] = rowan.post(f"/releases/{release_id}/candidates/{item.id}", headers={"hx-request": "true"},
                                        data={"csrf_token": rowan.csrf, "version": item.version,
                                              "decision": "redact"}).text
    decide_all(rowan, web, release_id)
    assert rowan.post(f"/releases/{release_id}/submit", data={"csrf_token": rowan.csrf}).status_code == 303
    assert sam.post(f"/releases/{release_id}/return", data={"csrf_token": sam.csrf,
                                                            "comment": PAYLOAD}).status_code == 303
    pages["returned"] = rowan.get(f"/releases/{release_id}").text
    response = alex.post("/foi", data=foi_form(alex, subject=PAYLOAD, request_text=PAYLOAD,
                                               **{"requester-name": PAYLOAD, "officer-name": PAYLOAD}))
    assert response.status_code == 303
    pages["foi list"] = alex.get("/foi").text
    pages["foi request"] = alex.get(response.headers["location"]).text
    pages["audit"] = alex.get("/audit").text
    for name, html in pages.items():
        for live in LIVE:
            assert live not in html, (name, live)
    # The label sits in data-label (an attribute) and the file name in a heading: escaped there.
    assert 'data-label="[&#34;&gt;&lt;img' in pages[f"/releases/{release_id}/panel"]
    assert "&lt;div hx-get=" in pages[f"/releases/{release_id}"]


def test_markup_in_tracker_updates_is_shown_as_text_and_in_the_report(web) -> None:
    from .test_tracker_pages import LAST_CHANGE, PLAN, ROW, import_plan

    import_plan(web, PLAN)
    morgan = web.client("morgan")
    action_id = ROW.findall(morgan.get("/tracker").text)[0][0]
    last_change = LAST_CHANGE.search(morgan.get(f"/tracker/actions/{action_id}").text).group(1)
    response = morgan.post(f"/tracker/actions/{action_id}", data={
        "csrf_token": morgan.csrf, "last_change": last_change, "status": "in progress",
        "evidence": PAYLOAD, "notes": PAYLOAD, "note": PAYLOAD})
    assert response.status_code == 303
    pages = {"action": morgan.get(f"/tracker/actions/{action_id}").text,
             "list": morgan.get(f"/tracker?owner={PAYLOAD}").text}
    report = morgan.get("/tracker/report.html")
    assert report.status_code == 200 and report.headers["content-disposition"].startswith("attachment")
    pages["report"] = report.text
    for name, html in pages.items():
        for live in LIVE:
            assert live not in html, (name, live)
    assert "&lt;img src=x" in pages["action"] and "&lt;img src=x" in pages["report"]


def test_every_response_carries_the_security_headers(web) -> None:
    _, approver, release_id = approved(web)
    responses = [approver.get(path) for path in (
        "/", "/releases", f"/releases/{release_id}", f"/releases/{release_id}/pack.zip",
        f"/releases/{release_id}/key.zip", "/releases/999999", "/audit", "/foi", "/tracker")]
    responses.append(web.anonymous().get("/sign-in"))
    for response in responses:
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
        assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["cache-control"] == "no-store"
        assert response.headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/..%2fapp.py", "/static/%2e%2e/app.py",
                                  "/static/..%5capp.py", "/static//etc/passwd"])
def test_static_files_never_serve_anything_outside_the_static_folder(web, path: str) -> None:
    response = web.anonymous().get(path)
    assert response.status_code in (303, 404), path  # 303: outside /static, a page that needs signing in
    assert "import" not in response.text and "root:" not in response.text


# --- uploads ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["../../escape.docx", "/etc/escape.docx", "C:\\Windows\\escape.docx",
                                  "..\\..\\escape.docx", "a\x00b.docx", "\u202excod.exe.docx", "case.DOCX",
                                  "é" * 100 + ".docx"])
def test_upload_names_never_become_paths(web, name: str) -> None:
    rowan = web.client("rowan")
    response = upload(rowan, [("files", (name, CASE_NOTE, "application/octet-stream"))])
    assert response.status_code == 303
    release_id = int(response.headers["location"].rsplit("/", 1)[1])
    folder = release_folder(web.data_dir, release_id) / "originals"
    stored = [p for p in web.data_dir.parent.rglob("*") if p.is_file() and p.suffix.lower() == ".docx"]
    assert stored and all(p.is_relative_to(folder) for p in stored), stored
    with web.db.reading() as session:
        shown = session.scalar(select(ReleaseFile.display_name).where(ReleaseFile.release_id == release_id))
    assert shown and "/" not in shown and "\\" not in shown and "\x00" not in shown and ".." not in shown[:2]


def test_bad_uploads_are_refused_with_a_clear_error_that_names_no_file(web) -> None:
    rowan = web.client("rowan")
    secret = "Tobias Quenby case file"  # a file name may itself hold personal data
    cases = [
        ([("files", (f"{secret}.pdf", b"PK\x03\x04 a zip, not a pdf", "application/pdf"))], "is not a real .pdf file"),
        ([("files", (f"{secret}.xlsx", b"%PDF-1.7", "application/octet-stream"))], "is not a real .xlsx file"),
        ([("files", (f"{secret}.txt", b"", "text/plain"))], "is empty"),
        ([("files", (f"{secret}.exe", b"MZ", "application/octet-stream"))], "files cannot be redacted"),
        ([("files", (f"{secret}", b"no extension", "text/plain"))], "no extension"),
        ([("files", (f"{secret}-{n}.txt", b"x", "text/plain")) for n in range(21)], "number of files is 20"),
        ([("files", (f"{secret}.txt", b"x" * 2_100_000, "text/plain"))], "larger than the 2 MB limit"),
        ([], "no file was chosen"),
    ]
    for files, message in cases:
        response = upload(rowan, files) if files else rowan.post("/releases", data={"title": secret,
                                                                                    "csrf_token": rowan.csrf})
        assert response.status_code == 400, message
        assert message in response.text, message
        if files:  # the file's name is never repeated: the error says "file 1 of 1"
            assert "Tobias" not in response.text, message
    with web.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Release).where(Release.status != "failed")) == 0
    assert not [p for p in web.data_dir.rglob("*") if p.is_file()]


def test_a_value_a_person_chose_to_redact_is_never_in_the_pack(web) -> None:
    """Names the detector misses or splits (in a header, across runs, in capitals, in the
    document's author), added as terms by the reviewer: none survives anywhere in the zip."""
    document = docx.Document()
    document.core_properties.author = "Quillon Brackwater"
    document.sections[0].header.paragraphs[0].text = "Prepared about Zephyrine Oddbody"
    paragraph = document.add_paragraph("The meeting was held with ")
    for part in ("Zephy", "rine Odd", "body present."):
        paragraph.add_run(part)
    document.add_paragraph("ZEPHYRINE ODDBODY signed. zephyrine oddbody too. Quillon Brackwater wrote it.")
    buffer = io.BytesIO()
    document.save(buffer)
    rowan, sam = web.client("rowan"), web.client("sam")
    release_id = new_release(rowan, buffer.getvalue(), name="meeting.docx")
    for term in ("zephyrine oddbody", "Quillon Brackwater"):  # typed in another case than written
        assert rowan.post(f"/releases/{release_id}/terms", data={"csrf_token": rowan.csrf, "term": term,
                                                                 "category": "name"}).status_code == 303
    decide_all(rowan, web, release_id, "keep")  # the detector's own review items kept
    assert rowan.post(f"/releases/{release_id}/submit", data={"csrf_token": rowan.csrf}).status_code == 303
    assert sam.post(f"/releases/{release_id}/approve", data={"csrf_token": sam.csrf}).status_code == 303
    pack = sam.get(f"/releases/{release_id}/pack.zip")
    assert pack.status_code == 200
    text = all_text_of_pack(pack.content).casefold()
    for fragment in ("zephyrine", "oddbody", "zephy", "quillon", "brackwater"):
        assert fragment not in text, fragment
    key = key_paths(web.data_dir, release_id)[0]
    released = web.data_dir / "pack-check.zip"
    released.write_bytes(pack.content)
    assert verify_file(released, read_key(key), read_key_labels(key)) == []


def test_macros_template_links_and_hidden_parts_never_reach_the_pack(web) -> None:
    source = zipfile.ZipFile(io.BytesIO(CASE_NOTE))
    doctored = io.BytesIO()
    rels = (b'<Relationship Id="rIdX1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
            b'Target="vbaProject.bin"/><Relationship Id="rIdX2" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/attachedTemplate" Target="http://tracker.example/t.dotm" '
            b'TargetMode="External"/></Relationships>')
    with zipfile.ZipFile(doctored, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", rels)
            archive.writestr(name, data)
        archive.writestr("word/vbaProject.bin", f"ATTRIBUT VB_Name {CHILD}".encode())
        archive.writestr("customXml/item9.xml", f"<x>{CHILD}</x>".encode())
    rowan, sam = web.client("rowan"), web.client("sam")
    release_id = new_release(rowan, doctored.getvalue())
    decide_all(rowan, web, release_id)
    assert rowan.post(f"/releases/{release_id}/submit", data={"csrf_token": rowan.csrf}).status_code == 303
    assert sam.post(f"/releases/{release_id}/approve", data={"csrf_token": sam.csrf}).status_code == 303
    text = all_text_of_pack(sam.get(f"/releases/{release_id}/pack.zip").content)
    assert "vbaProject" not in text and "tracker.example" not in text and "Quenby" not in text
    assert "removed: macros (1)" in text and "removed: template link (1)" in text


def test_keep_on_a_value_does_not_override_a_term_adding_it(web) -> None:
    rowan, sam = web.client("rowan"), web.client("sam")
    release_id = new_release(rowan)
    worker = next(c for c in candidate_rows(web, release_id) if c.value == WORKER)
    rowan.post(f"/releases/{release_id}/candidates/{worker.id}",
               data={"csrf_token": rowan.csrf, "version": worker.version, "decision": "keep"})
    assert rowan.post(f"/releases/{release_id}/terms", data={"csrf_token": rowan.csrf, "term": WORKER,
                                                             "category": "name"}).status_code == 303
    decide_all(rowan, web, release_id)
    assert rowan.post(f"/releases/{release_id}/submit", data={"csrf_token": rowan.csrf}).status_code == 303
    assert sam.post(f"/releases/{release_id}/approve", data={"csrf_token": sam.csrf}).status_code == 303
    text = all_text_of_pack(sam.get(f"/releases/{release_id}/pack.zip").content)
    assert WORKER not in text and "Marguerite" not in text and "Ashdown" not in text


def test_a_label_holding_another_persons_name_is_stopped_by_the_leak_check(web) -> None:
    rowan, sam = web.client("rowan"), web.client("sam")
    release_id = new_release(rowan)
    child = next(c for c in candidate_rows(web, release_id) if c.value == CHILD)
    assert rowan.post(f"/releases/{release_id}/candidates/{child.id}",
                      data={"csrf_token": rowan.csrf, "version": child.version, "label": WORKER}).status_code == 303
    decide_all(rowan, web, release_id)
    assert rowan.post(f"/releases/{release_id}/submit", data={"csrf_token": rowan.csrf}).status_code == 303
    response = sam.post(f"/releases/{release_id}/approve", data={"csrf_token": sam.csrf})
    assert response.status_code == 409 and "leak check failed" in response.text
    assert WORKER not in response.text
    assert status_of(web, release_id) == "submitted"
    folder = release_folder(web.data_dir, release_id)
    assert not (folder / "pack").exists() or not any((folder / "pack").iterdir())
    assert key_paths(web.data_dir, release_id) == []
    assert sam.get(f"/releases/{release_id}/pack.zip").status_code == 404
    assert sam.get(f"/releases/{release_id}/key.zip").status_code == 404


# --- personal data in logs, audit, headers --------------------------------------------------------

# Found during this review and fixed in 9b3fba3: /audit showed every team's entries.
def test_the_audit_log_shows_only_the_readers_own_team(web) -> None:
    rowan = web.client("rowan")
    release_id = new_release(rowan)
    alex = web.client("alex")
    assert alex.post("/foi", data=foi_form(alex)).status_code == 303
    page = web.client("other").get("/audit")
    assert page.status_code == 200
    rows = re.findall(r"<tr class=\"govuk-table__row\">(.*?)</tr>", page.text, re.S)
    assert not [row for row in rows if ">rowan<" in row or ">alex<" in row], "another team's entries are shown"
    assert f"release {release_id}" not in page.text and "FOI-2026-0901" not in page.text
    assert any(">other<" in row for row in rows)  # their own team's entries are there


# Found during this review and fixed in 9b3fba3: a failed sign-in stored the name as typed,
# and people type their password into the name box.
def test_a_password_typed_as_the_name_never_reaches_the_audit_log(web) -> None:
    client = web.anonymous()
    token = CSRF.search(client.get("/sign-in").text).group(1)
    typed = "Kestrel-Lantern-Ninety-4"  # what the person meant as their password
    response = client.post("/sign-in", data={"name": typed, "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 400
    with web.db.reading() as session:
        stored = " ".join(f"{e.user_name} {e.object_id} {e.detail}" for e in session.scalars(select(AuditEntry)))
    assert typed not in stored
    assert typed not in web.client("alex").get("/audit").text


def test_no_value_reaches_the_audit_log_headers_or_download_names(web) -> None:
    _, approver, release_id = approved(web)
    values = [c.value for c in candidate_rows(web, release_id)]
    pack = approver.get(f"/releases/{release_id}/pack.zip")
    key = approver.get(f"/releases/{release_id}/key.zip")
    for response in (pack, key):
        headers = "\n".join(f"{k}: {v}" for k, v in response.headers.items())
        assert not any(value in headers for value in values)
    assert re.fullmatch(r'attachment; filename="release-\d+\.zip"', pack.headers["content-disposition"])
    with zipfile.ZipFile(io.BytesIO(pack.content)) as archive:
        names = " ".join(archive.namelist())
    assert "Tobias" not in names and "Quenby" not in names
    with web.db.reading() as session:
        entries = " ".join(f"{e.user_name} {e.action} {e.object_type} {e.object_id} {e.detail}"
                           for e in session.scalars(select(AuditEntry)))
    assert not any(value in entries for value in values)
    assert "Tobias" not in entries and "Elm Road" not in entries


def test_error_pages_repeat_no_value(web) -> None:
    rowan = web.client("rowan")
    release_id = new_release(rowan)
    item = candidate_rows(web, release_id)[0]
    bad = rowan.post(f"/releases/{release_id}/candidates/{item.id}",
                     data={"csrf_token": rowan.csrf, "version": item.version, "decision": CHILD})
    assert bad.status_code == 400 and CHILD not in bad.text
    term = rowan.post(f"/releases/{release_id}/terms",
                      data={"csrf_token": rowan.csrf, "term": CHILD, "category": "not-a-category"})
    assert term.status_code == 400 and CHILD not in term.text


def test_a_name_in_an_uploaded_file_name_is_not_in_the_pack(web) -> None:
    """The person is named only in the file's name: the released files are named without it."""
    rowan, sam = web.client("rowan"), web.client("sam")
    files = [("files", ("Zephyrine Oddbody notes.docx", word_file("Meeting notes. Nothing else."), "a")),
             ("files", (f"{CHILD}.docx", CASE_NOTE, "a"))]
    response = upload(rowan, files)
    release_id = int(response.headers["location"].rsplit("/", 1)[1])
    decide_all(rowan, web, release_id)
    assert rowan.post(f"/releases/{release_id}/submit", data={"csrf_token": rowan.csrf}).status_code == 303
    assert sam.post(f"/releases/{release_id}/approve", data={"csrf_token": sam.csrf}).status_code == 303
    with zipfile.ZipFile(io.BytesIO(sam.get(f"/releases/{release_id}/pack.zip").content)) as pack:
        names = " ".join(pack.namelist())
    assert names.count("-redacted.docx") == 2
    for fragment in ("Zephyrine", "Oddbody", "Tobias", "Quenby"):
        assert fragment not in names


def test_failed_sign_ins_count_across_spellings_of_the_name(web) -> None:
    client = web.anonymous()
    token = CSRF.search(client.get("/sign-in").text).group(1)
    for typed in ("sam", "SAM", "Sam", " sam ", "sAm"):
        response = client.post("/sign-in", data={"name": typed, "password": "wrong guess", "csrf_token": token})
        assert response.status_code == 400
    # Every spelling counted as one name: the right password from here now waits too.
    response = client.post("/sign-in", data={"name": "sam", "password": PASSWORD, "csrf_token": token})
    assert response.status_code == 400 and "Too many attempts" in response.text


# --- the newcomer's commands -----------------------------------------------------------------------

def test_help_of_serve_and_user_add_has_an_example(tmp_path: Path) -> None:
    runner = CliRunner()
    serve = runner.invoke(cli_app, ["serve", "--help"])
    assert serve.exit_code == 0 and "Example: reviewgen serve --db" in serve.output and "127.0.0.1" in serve.output
    add = runner.invoke(cli_app, ["user", "add", "--help"])
    assert add.exit_code == 0 and "Example: reviewgen user add" in add.output
    for role in ("reviewer", "ig-officer", "approver", "manager", "viewer"):
        assert role in add.output


def test_the_readmes_user_add_commands_work_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    db = "out/web.sqlite3"  # the README's own path: out/ does not exist yet
    result = runner.invoke(cli_app, ["user", "add", "alex", "--role", "ig-officer", "--team", "Northshire YJS",
                                     "--password", "correct horse battery staple", "--db", db])
    assert result.exit_code == 0, result.output
    assert "user alex added (ig-officer)" in result.output
    again = runner.invoke(cli_app, ["user", "add", "alex", "--role", "ig-officer", "--password",
                                    "correct horse battery staple", "--db", db])
    assert again.exit_code == 2 and "already a user" in again.output
    bad_role = runner.invoke(cli_app, ["user", "add", "zed", "--role", "admin", "--password",
                                       "correct horse battery staple", "--db", db])
    assert bad_role.exit_code == 2 and "is not a role" in bad_role.output
    short = runner.invoke(cli_app, ["user", "add", "zed", "--role", "viewer", "--password", "tiny", "--db", db])
    assert short.exit_code == 2 and "shorter than 12" in short.output and "tiny" not in short.output
    not_a_db = tmp_path / "notes.sqlite3"
    not_a_db.write_text("not a database", "utf-8")
    damaged = runner.invoke(cli_app, ["serve", "--db", str(not_a_db), "--port", "1"])
    assert damaged.exit_code == 2 and "is not a SQLite database" in damaged.output


# --- in a real browser -----------------------------------------------------------------------------

def test_htmx_attributes_in_document_text_stay_inert_in_the_browser(web, server: str, browser) -> None:
    from .conftest import sign_in

    rowan = web.client("rowan")
    data = word_file(f'<button hx-post="/sign-out" hx-trigger="load">go</button> {PAYLOAD} met {CHILD}.')
    response = upload(rowan, [("files", (f"{PAYLOAD}.docx", data, "application/octet-stream"))], title=PAYLOAD)
    release_id = int(response.headers["location"].rsplit("/", 1)[1])
    page = sign_in(browser, server, "rowan")
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{server}/releases/{release_id}")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    # The markup is text on the page, not elements: no button, image or htmx element from it.
    assert page.locator("#original").inner_text().count('hx-post="/sign-out"') >= 1
    assert page.evaluate("document.querySelectorAll('[hx-post=\"/sign-out\"], [hx-get=\"/sign-out\"], "
                         "img[src=x]').length") == 0
    assert dialogs == []
    assert not [url for url in requests if "/sign-out" in url or url.endswith("/x")]
    # Still signed in: nothing the document said was sent.
    page.goto(f"{server}/releases")
    assert page.url == f"{server}/releases"
    page.context.close()


# --- the FOI register: letters, review files, references, requester details -----------------

def _letter_text(response) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)


def test_a_letter_is_found_only_through_its_own_request(web) -> None:
    from .test_foi_register import version_of

    alex, other = web.client("alex"), web.client("other")
    assert alex.post("/foi", data=foi_form(alex)).status_code == 303
    assert alex.post("/foi/FOI-2026-0901", data={"csrf_token": alex.csrf, "action": "letter"}).status_code == 303
    # "FOI/2026/0901" is written to disk as FOI-2026-0901 too: another team's request by that
    # reference has no letter, and never Northshire's (Southshire has generated none).
    assert other.post("/foi", data=foi_form(other, reference="FOI/2026/0901",
                                            **{"requester-name": "Ellis Marchbank"})).status_code == 303
    for copy in ("", "?copy=public"):
        assert other.get(f"/foi/FOI/2026/0901.docx{copy}").status_code == 404
    # Nor does a look-alike in the same team: one requester's letter never goes to another.
    assert alex.post("/foi", data=foi_form(alex, reference="FOI/2026/0901",
                                           **{"requester-name": "Ellis Marchbank"})).status_code == 303
    assert alex.get("/foi/FOI/2026/0901.docx").status_code == 404
    assert alex.post("/foi/FOI/2026/0901", data={"csrf_token": alex.csrf, "action": "letter"}).status_code == 303
    assert "Dear Mx Marchbank" in _letter_text(alex.get("/foi/FOI/2026/0901.docx"))
    first = _letter_text(alex.get("/foi/FOI-2026-0901.docx"))
    assert "Dear Mx Quayle" in first and "Marchbank" not in first

    # Renamed, the request keeps its letter; generated again, its folder holds that pack only.
    with web.db.reading() as session:
        first_id = session.scalar(select(FoiRecord.id).where(FoiRecord.reference == "FOI-2026-0901"))
    version = version_of(alex.get("/foi/FOI-2026-0901").text)
    assert alex.post("/foi/FOI-2026-0901", data=foi_form(alex, version=version, record=str(first_id),
                                                         reference="FOI-2026-0950")).status_code == 303
    assert "Dear Mx Quayle" in _letter_text(alex.get("/foi/FOI-2026-0950.docx"))
    assert alex.post("/foi/FOI-2026-0950", data={"csrf_token": alex.csrf, "action": "letter"}).status_code == 303
    folder = web.data_dir / "foi" / "packs" / str(first_id)
    assert sorted(p.name for p in folder.iterdir()) == [
        "FOI-2026-0950", "FOI-2026-0950-INTERNAL-NOT-FOR-RELEASE", "FOI-2026-0950-REQUESTER-NOT-FOR-PUBLICATION"]
    assert "Dear Mx Quayle" in _letter_text(alex.get("/foi/FOI-2026-0950.docx"))

    # A request deleted from the database leaves its folder: a new request given the same id
    # (SQLite reuses the highest) starts with no letter, not the deleted request's.
    with web.db.writing() as session:
        last = session.scalar(select(FoiRecord).where(FoiRecord.reference == "FOI/2026/0901",
                                                      FoiRecord.team == "Northshire YJS"))
        last_id = last.id
        session.delete(last)
    assert alex.post("/foi", data=foi_form(alex, reference="FOI-2026-0960")).status_code == 303
    with web.db.reading() as session:
        assert session.scalar(select(FoiRecord.id).where(FoiRecord.reference == "FOI-2026-0960")) == last_id
    assert alex.get("/foi/FOI-2026-0960.docx").status_code == 404
    assert "Not generated yet" in alex.get("/foi/FOI-2026-0960").text


def _details_from_review(target: str) -> str:
    return ("parts:\n  - number: 1\n    question: the learning from the review\n    held: held\n"
            f"    from_review:\n      file: {target}\n      fields: [learning]\n")


@pytest.mark.parametrize("where", ["traversal", "absolute", "link"])
def test_a_request_cannot_pull_a_review_from_outside_the_requests_folder(web, tmp_path: Path,
                                                                         where: str) -> None:
    import shutil

    from reviewgen.config import Config

    requests_dir, elsewhere = tmp_path / "requests", tmp_path / "elsewhere"
    requests_dir.mkdir()
    elsewhere.mkdir()
    shutil.copy(Path(__file__).resolve().parents[2] / "reviews" / "clr-example.yaml", elsewhere / "review.yaml")
    (requests_dir / "linked.yaml").symlink_to(elsewhere / "review.yaml")
    web.settings.config = Config.model_validate({"foi": {"requests_dir": str(requests_dir)}})
    target = {"traversal": "../elsewhere/review.yaml", "absolute": str(elsewhere / "review.yaml"),
              "link": "linked.yaml"}[where]
    alex = web.client("alex")
    response = alex.post("/foi", data=foi_form(alex, details=_details_from_review(target)))
    assert response.status_code == 400
    summary = re.search(r'<div class="govuk-error-summary".*?</ul>', response.text, re.S).group(0)
    assert 'href="#details"' in summary and "is not in the folder of review files" in summary
    assert "elsewhere" not in summary and "review.yaml" not in summary  # no path repeated
    request_file = ("reference: FOI-2026-0902\nreceived: 2026-03-02\njurisdiction: england\nsubject: s\n"
                    "requester:\n  name: Robin Quayle\nrequest_text: t\n" + _details_from_review(target))
    imported = alex.post("/foi/import", data={"csrf_token": alex.csrf},
                         files={"file": ("foi.yaml", request_file.encode(), "application/yaml")})
    assert imported.status_code == 400 and "is not in the folder of review files" in imported.text
    with web.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(FoiRecord)) == 0


def test_a_review_path_outside_the_folder_tells_nothing_of_the_servers_disk(web, tmp_path: Path) -> None:
    from reviewgen.config import Config
    from reviewgen.foi.model import load_request

    requests_dir = tmp_path / "requests"
    requests_dir.mkdir()
    (tmp_path / "there.yaml").write_text("title: a file that exists\n", "utf-8")
    web.settings.config = Config.model_validate({"foi": {"requests_dir": str(requests_dir)}})
    alex = web.client("alex")
    answers = []
    for target in (str(tmp_path / "there.yaml"), str(tmp_path / "not-there.yaml"), "../there.yaml",
                   "../not-there.yaml", '"bad\\0byte.yaml"'):
        response = alex.post("/foi", data=foi_form(alex, details=_details_from_review(target)))
        assert response.status_code == 400
        answers.append(re.search(r'<div class="govuk-error-summary".*?</ul>', response.text, re.S).group(0))
    assert len(set(answers)) == 1 and "review file not found" not in answers[0]
    # Inside the folder, a missing review is still named as missing (the officer's own mistake).
    missing = alex.post("/foi", data=foi_form(alex, details=_details_from_review("not-yet.yaml")))
    assert missing.status_code == 400 and "review file not found" in missing.text
    # The CLI's user owns the disk: a request file may name a review anywhere, as before.
    (tmp_path / "review.yaml").write_bytes((Path(__file__).resolve().parents[2] / "reviews" /
                                            "clr-example.yaml").read_bytes())
    request_file = requests_dir / "request.yaml"
    request_file.write_text("reference: FOI-2026-0902\nreceived: 2026-03-02\njurisdiction: england\nsubject: s\n"
                            "requester:\n  name: Robin Quayle\nrequest_text: t\n"
                            + _details_from_review(str(tmp_path / "review.yaml")), "utf-8")
    assert load_request(request_file).parts[0].from_review is not None


def test_an_overlong_foi_reference_gets_a_form_error_not_a_crash(web_any) -> None:
    from .test_foi_register import version_of

    alex = web_any.client("alex")
    long_reference = "FOI-" + "7" * 150
    response = alex.post("/foi", data=foi_form(alex, reference=long_reference))
    assert response.status_code == 400
    assert 'href="#reference"' in response.text and "at most 100 characters" in response.text
    assert long_reference not in response.text.split('id="reference"')[0]  # the summary repeats no value
    assert alex.post("/foi", data=foi_form(alex)).status_code == 303
    version = version_of(alex.get("/foi/FOI-2026-0901").text)
    saved = alex.post("/foi/FOI-2026-0901", data=foi_form(alex, version=version, reference=long_reference))
    assert saved.status_code == 400 and 'href="#reference"' in saved.text
    with web_any.db.reading() as session:
        assert session.scalars(select(FoiRecord.reference)).all() == ["FOI-2026-0901"]
    # What PostgreSQL refuses and SQLite keeps (a NUL character) is a form error too, not a 500.
    for send in (lambda: alex.post("/foi", data=foi_form(alex, reference="FOI-2026-0902", subject="Training\x00")),
                 lambda: alex.post("/foi/FOI-2026-0901", data=foi_form(alex, version=version,
                                                                       subject="Training\x00"))):
        refused = send()
        assert refused.status_code == (303 if web_any.db.is_sqlite else 400)
        assert ("the database could not save this request" in refused.text) == (not web_any.db.is_sqlite)


def test_each_team_has_its_own_register_of_references(web) -> None:
    from .test_foi_register import version_of

    alex, other = web.client("alex"), web.client("other")
    assert alex.post("/foi", data=foi_form(alex)).status_code == 303
    # Another team learns nothing of Northshire's references: the same one is theirs to use.
    response = other.post("/foi", data=foi_form(other, **{"requester-name": "Ellis Marchbank"}))
    assert "already in the register" not in response.text and response.status_code == 303
    assert "Robin Quayle" in alex.get("/foi/FOI-2026-0901").text
    theirs = other.get("/foi/FOI-2026-0901").text
    assert "Ellis Marchbank" in theirs and "Robin Quayle" not in theirs
    # Within a team a reference is still taken, by a new request or by a rename.
    assert "already in the register" in alex.post("/foi", data=foi_form(alex)).text
    assert other.post("/foi", data=foi_form(other, reference="FOI-2026-0902")).status_code == 303
    renamed = other.post("/foi/FOI-2026-0902", data=foi_form(other, reference="FOI-2026-0901",
                                                             version=version_of(other.get("/foi/FOI-2026-0902").text)))
    assert renamed.status_code == 400 and "already in the register" in renamed.text
    with web.db.reading() as session:
        assert sorted(tuple(row) for row in session.execute(select(FoiRecord.team, FoiRecord.reference))) == [
            ("Northshire YJS", "FOI-2026-0901"), ("Southshire YJS", "FOI-2026-0901"),
            ("Southshire YJS", "FOI-2026-0902")]


def test_requester_details_are_for_officers_and_approvers_only(web) -> None:
    alex = web.client("alex")
    assert alex.post("/foi", data=foi_form(alex, **{"requester-phone": "01632 960123"})).status_code == 303
    assert alex.post("/foi/FOI-2026-0901", data={"csrf_token": alex.csrf, "action": "letter"}).status_code == 303
    requester = ("Robin Quayle", "Linnet Close", "EB1 2ZZ", "robin.quayle@example.net", "01632 960123")
    for name in ROLES:
        client = alex if name == "alex" else web.client(name)
        page = client.get("/foi/FOI-2026-0901")
        assert page.status_code == 200, name
        shown = [value for value in requester if value in page.text]
        withheld = "Requester details are shown to information governance officers and approvers only"
        if name in EDITORS:
            assert shown == list(requester) and withheld not in page.text, name
            assert client.get("/foi/FOI-2026-0901.yaml").status_code == 200
            assert "Dear Mx Quayle" in _letter_text(client.get("/foi/FOI-2026-0901.docx"))
        else:
            assert shown == [] and withheld in page.text, name
            # Nor through the export or the letter to the requester, which name them.
            for path in ("/foi/FOI-2026-0901.yaml", "/foi/FOI-2026-0901.docx"):
                refused = client.get(path)
                assert refused.status_code == 403 and ROLE_REFUSED in refused.text, (name, path)
                assert not [value for value in requester if value in refused.text]
            assert 'href="/foi/FOI-2026-0901.yaml"' not in page.text
            assert 'href="/foi/FOI-2026-0901.docx"' not in page.text
        # The disclosure log copy names no requester: everyone who sees the request may have it.
        public = client.get("/foi/FOI-2026-0901.docx?copy=public")
        assert public.status_code == 200 and "Quayle" not in _letter_text(public)
