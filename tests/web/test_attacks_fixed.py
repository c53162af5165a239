"""Attacks on the browser application that once succeeded (found by attacking our own
release workflow), kept as regression tests: each asserts the safe behaviour now in place.

People, requesters and file names are invented.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from reviewgen.web.models import Release

from .test_releases import CASE_NOTE, candidate_rows, decide_all, new_release, upload


def _release_count(web) -> int:
    with web.db.reading() as session:
        return session.scalar(select(func.count()).select_from(Release).where(Release.status != "failed")) or 0

# Was a bug (high, separation of duties): an approver may make every decision on someone else's
# draft (here: keep every value, confident finds included), the proposer submits, and the
# same approver approves their own decisions. Nothing records who decided when approving:
# `releases.check_approver` (reviewgen/web/releases.py) compares only `proposer_id`, and
# `releases.decide` / `decide_many` / `add_term` let the approver role decide on a draft.
# Correct: whoever decided or added anything in a release cannot approve it.
def test_an_approver_who_made_the_decisions_cannot_approve_them(web) -> None:
    rowan, sam = web.client("rowan"), web.client("sam")
    release_id = new_release(rowan)
    for item in candidate_rows(web, release_id):
        response = sam.post(f"/releases/{release_id}/candidates/{item.id}",
                            data={"csrf_token": sam.csrf, "version": item.version, "decision": "keep"})
        assert response.status_code == 303
    assert rowan.post(f"/releases/{release_id}/submit", data={"csrf_token": rowan.csrf}).status_code == 303
    response = sam.post(f"/releases/{release_id}/approve", data={"csrf_token": sam.csrf})
    assert response.status_code == 403
    with web.db.reading() as session:
        assert session.get(Release, release_id).status == "submitted"


# Was a bug (medium, denial of service): a Word file is a zip, and nothing bounds what it
# expands to. 180 KB uploaded (far under the limit) becomes 150 MB of XML read into memory
# by detection; at the default 20 MB limit one upload can expand to gigabytes and exhaust
# the server's memory. `releases.check_uploads` (reviewgen/web/releases.py) checks only
# the compressed size and the magic number; reviewgen/redact/word.py opens every part.
# Correct: an upload whose parts expand far beyond the limit is refused with a clear 400.
def test_a_zip_bomb_docx_is_refused(web) -> None:
    source = zipfile.ZipFile(io.BytesIO(CASE_NOTE))
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body><!--" + b" " * 150_000_000 + b"-->")
            archive.writestr(name, data)
    assert len(bomb.getvalue()) < 300_000  # under the 2 MB limit by far
    response = upload(web.client("rowan"), [("files", ("minutes.docx", bomb.getvalue(), "application/octet-stream"))])
    assert response.status_code == 400
    assert _release_count(web) == 0


# Was a bug (medium, crash that writes the file name to the server log): a file name longer than
# the file system allows (255 bytes) is kept whole by `safe_upload_name` and written as
# data/releases/N/originals/1/NAME by `create_release` (reviewgen/web/releases.py): OSError
# ENAMETOOLONG, a 500, a traceback in the server log holding the name (file names often
# hold a person's name), and a release row left as a draft with no originals.
# Correct: the name is shortened (or the upload refused with a 400), and nothing half-made
# is left behind.
@pytest.mark.parametrize("name", ["x" * 300 + ".docx", "é" * 130 + ".docx"])
def test_a_very_long_file_name_is_not_a_server_error(web, name: str) -> None:
    rowan = web.client("rowan")
    try:
        response = upload(rowan, [("files", (name, CASE_NOTE, "application/octet-stream"))])
    except OSError as error:
        pytest.fail(f"the server failed with {type(error).__name__} (a 500)")
    assert response.status_code in (303, 400)
    if response.status_code == 400:
        assert _release_count(web) == 0
    else:
        assert rowan.get(response.headers["location"]).status_code == 200


# Was a bug (low, unhandled input): a number in a query or form field that is not a number is a
# 500. `panel_part` does `int(request.query_params.get("offset", "0") or 0)` and `decide`
# does `int(str(form.get("version", "0")) or 0)` (reviewgen/web/app.py), with no guard.
# Correct: 400 (or the field treated as absent), never a server error.
def test_a_non_numeric_offset_or_version_is_not_a_server_error(web) -> None:
    rowan = web.client("rowan")
    release_id = new_release(rowan)
    item = candidate_rows(web, release_id)[0]
    for send in (lambda: rowan.get(f"/releases/{release_id}/panel?offset=x"),
                 lambda: rowan.post(f"/releases/{release_id}/candidates/{item.id}",
                                    data={"csrf_token": rowan.csrf, "version": "x", "decision": "keep"})):
        try:
            response = send()
        except ValueError:
            pytest.fail("the server failed with ValueError (a 500)")
        assert response.status_code in (400, 404)
    assert candidate_rows(web, release_id)[0].decision == item.decision


# Was a bug (low-medium, CSV formula injection in the public schedule): the label and exemption a
# person types go into the published redaction schedule as they are. A cell starting with
# =, +, - or @ is run as a formula when the requester (or the disclosure log's reader)
# opens the CSV in Excel: `=HYPERLINK(...)` sends them to any site. `write_schedule` in
# reviewgen/redact/records.py writes the cells unneutralised, and `releases.decide`
# (reviewgen/web/releases.py) accepts any text. Correct: no cell of the schedule starts with
# a formula character (refused at input, or written with a leading apostrophe).
def test_a_label_or_exemption_cannot_plant_a_formula_in_the_public_schedule(web) -> None:
    rowan = web.client("rowan")
    release_id = new_release(rowan)
    item = candidate_rows(web, release_id)[0]
    for field, value in (("exemption", '=HYPERLINK("http://x.example/","s.40(2)")'), ("label", "@SUM(1+1)"),
                         ("label", "+1"), ("exemption", "-2")):
        response = rowan.post(f"/releases/{release_id}/candidates/{item.id}",
                              data={"csrf_token": rowan.csrf, "version": item.version, field: value})
        assert response.status_code == 400 and "cannot start with" in response.text
    after = candidate_rows(web, release_id)[0]
    assert (after.label, after.exemption, after.version) == (item.label, item.exemption, item.version)


def test_a_schedule_written_from_a_proposal_has_no_live_formula(tmp_path: Path) -> None:
    """The command line takes labels from a proposal file: the schedule makes them inert."""
    import csv

    from typer.testing import CliRunner

    from reviewgen.cli import app as cli_app

    source = tmp_path / "notes.txt"
    source.write_text("Notes.\n\nKeeley Marchbank met the panel.\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli_app, ["redact", str(source), "-o", str(tmp_path / "out"), "--propose"]).exit_code == 0
    proposal = tmp_path / "out-internal" / "notes-proposal.yaml"
    text = proposal.read_text(encoding="utf-8").replace("decision: undecided", "decision: redact")
    text = text.replace("label: Person 1", "label: '=HYPERLINK(\"http://x.example/\")'")
    proposal.write_text(text, encoding="utf-8")
    result = runner.invoke(cli_app, ["redact", str(source), "-o", str(tmp_path / "out"), "--apply", str(proposal)])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader((tmp_path / "out" / "notes-redaction-schedule.csv").open(encoding="utf-8")))
    cells = [cell for row in rows for cell in row]
    assert "'=HYPERLINK(\"http://x.example/\")" in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@")]


# Was a bug (low, race): whether a release can still be changed is checked on the release as it
# was read at the start of the request (`releases._editable(release)`), and the UPDATE that
# records a decision is not guarded by the status (`releases.decide`, `decide_many`,
# `add_term` in reviewgen/web/releases.py). A decision in flight while the proposer submits
# (or while the approver approves) lands on a submitted release, after the approver saw it.
# Shown here by holding the release as a decision request holds it, across a submission.
# Correct: the write itself checks the status (`Release.status.in_(EDITABLE)`) and refuses.
def test_a_decision_racing_the_submission_does_not_land(web) -> None:
    from reviewgen.web import releases
    from reviewgen.web.accounts import account_for

    rowan = web.client("rowan")
    release_id = new_release(rowan)
    decide_all(rowan, web, release_id)
    account = account_for(web.db, rowan.cookies.get("reviewgen_session"))
    assert account is not None
    as_read = releases.get_release(web.db, account, release_id)  # the decision request's view
    assert rowan.post(f"/releases/{release_id}/submit", data={"csrf_token": rowan.csrf}).status_code == 303
    item = candidate_rows(web, release_id)[0]
    with contextlib.suppress(releases.NotAllowed, releases.Conflict):
        releases.decide(web.db, account, as_read, item.id, item.version, decision="keep")
    with contextlib.suppress(releases.NotAllowed):
        releases.add_term(web.db, account, as_read, "Elm Road", "name", web.settings.categories)
    after = candidate_rows(web, release_id)
    assert after[0].decision == item.decision and len(after) == 4


# Was a bug (low, newcomer): `reviewgen serve` given a --data-dir that is a file, or one it cannot
# create, or a --port outside 1-65535, ends with "error: unexpected failure (FileExistsError)"
# (or OverflowError) and exit code 3, not a bad-input error (exit 2) naming the option and
# the fix. `serve` in reviewgen/cli/web.py calls `settings.data_dir.mkdir(...)` unguarded and
# passes the port to uvicorn unchecked. (A port already in use is similar: it first prints
# "reviewgen is at http://...", then uvicorn's bind error, then exit 3.)
@pytest.mark.parametrize("problem", ["data dir is a file", "port out of range"])
def test_serve_reports_a_bad_data_dir_or_port_as_bad_input(tmp_path: Path, problem: str) -> None:
    from typer.testing import CliRunner

    from reviewgen.cli import app as cli_app

    not_a_folder = tmp_path / "web-data"
    not_a_folder.write_text("a file where the folder should be", "utf-8")
    args = ["serve", "--db", str(tmp_path / "web.sqlite3")]
    args += ["--data-dir", str(not_a_folder)] if problem == "data dir is a file" else ["--port", "99999"]
    result = CliRunner().invoke(cli_app, args)
    assert result.exit_code == 2, result.output
    assert ("--data-dir" if problem == "data dir is a file" else "--port") in result.output


# Was a judgement call: five wrong passwords from anywhere locked the approver out.
def test_wrong_passwords_from_elsewhere_do_not_lock_a_colleague_out(web) -> None:
    from starlette.testclient import TestClient

    from reviewgen.web.app import create_app

    from .conftest import CSRF, PASSWORD

    def attempt(address: str, password: str) -> int:
        client = TestClient(create_app(web.settings), follow_redirects=False, client=(address, 5000))
        web.clients.append(client)
        token = CSRF.search(client.get("/sign-in").text).group(1)
        return client.post("/sign-in", data={"name": "sam", "password": password, "csrf_token": token}).status_code

    for _ in range(6):
        assert attempt("203.0.113.9", "wrong guess") == 400
    assert attempt("203.0.113.9", PASSWORD) == 400  # that address is held back
    assert attempt("198.51.100.4", PASSWORD) == 303  # sam, at their own desk, is not
