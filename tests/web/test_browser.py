"""The redaction review in a real browser: Debian's Chromium driven by Playwright against
the application served by uvicorn on loopback, on a real SQLite database.

Screenshots go to the test's folder; with REVIEWGEN_SCREENSHOTS=DIR they are also written
to DIR (the README's pictures come from `REVIEWGEN_SCREENSHOTS=docs/screenshots`).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from reviewgen.redact import read_key
from reviewgen.redact.records import read_key_labels
from reviewgen.redact.verify import verify_file
from reviewgen.web.models import Candidate
from reviewgen.web.releases import key_paths

from .conftest import shot, sign_in

CHILD, WORKER, CHAIR = "Tobias Quenby", "Marguerite Ashdown", "Rosalind Pettifer"


def case_note(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Critical learning review: case note", level=1)
    document.add_paragraph(f"{CHILD} (born 14/02/2010) was seen by {WORKER} at 12 Elm Road, Northshire NS4 7QT.")
    document.add_paragraph(f"The panel was chaired by {CHAIR}. {CHILD} said the support from {WORKER} had helped.")
    document.add_paragraph("The Youth Justice Service will review its practice guidance by March.")
    document.save(path)
    return path


def upload(page: Page, base: str, file: Path) -> int:
    page.get_by_role("button", name="Upload documents").click()
    page.get_by_label("Title of the release").fill("Case note extract")
    page.get_by_label("Documents").set_input_files(str(file))
    page.get_by_role("button", name="Upload and find personal data").click()
    expect(page.get_by_role("heading", name="Original, with what was found")).to_be_visible(timeout=60_000)
    return int(page.url.rsplit("/", 1)[1])


def candidate(page: Page, text: str):
    return page.locator(".rg-candidate", has=page.locator(".rg-value", has_text=text)).first


def test_review_approve_download_and_verify(web, server: str, browser: Browser, tmp_path: Path) -> None:
    page = sign_in(browser, server, "alex")
    release_id = upload(page, server, case_note(tmp_path / "case-note.docx"))

    # The highlights: every person found is marked in the original, labelled in the preview.
    original = page.locator("#original")
    for name in (CHILD, WORKER, CHAIR):
        expect(original.locator("mark", has_text=name).first).to_be_visible()
    expect(page.locator("#preview")).to_contain_text("[Person 1]")
    expect(page.locator("#preview")).not_to_contain_text(CHILD, use_inner_text=True)
    expect(page.locator("#original")).not_to_contain_text("Times New Roman")  # a font name is no prose
    shot(page, tmp_path, "review")

    # Reject one candidate: the chair is named in the public minutes, so is kept.
    chair = candidate(page, CHAIR)
    chair.get_by_role("button", name="Keep").click()
    expect(candidate(page, CHAIR)).to_have_attribute("data-decision", "keep")
    expect(original.locator("mark.rg-dec-keep", has_text=CHAIR).first).to_be_visible()
    expect(page.locator("#preview")).to_contain_text(CHAIR, use_inner_text=True)
    # Accept the rest: every review item still undecided is redacted.
    for row in page.locator('.rg-candidate[data-decision="undecided"]').all():
        row.get_by_role("button", name="Redact").click()
    expect(page.locator("#undecided-count")).to_have_text("0")
    page.get_by_role("button", name="Send for approval").click()
    expect(page.get_by_text("Waiting for an approver who did not propose it")).to_be_visible()

    # A second person approves.
    approver = sign_in(browser, server, "sam")
    approver.goto(f"{server}/releases/{release_id}/approval")
    shot(approver, tmp_path, "approval")
    approver.get_by_role("button", name="Approve and build the release").click()
    expect(approver.get_by_role("heading", name="Approved")).to_be_visible(timeout=60_000)
    with approver.expect_download() as download:
        approver.get_by_role("button", name="Download the release pack (zip)").click()
    pack = tmp_path / "pack.zip"
    download.value.save_as(pack)

    # The pack is clean: verified against the key, and the chair kept as decided.
    key = key_paths(web.data_dir, release_id)[0]
    assert verify_file(pack, read_key(key), read_key_labels(key)) == []
    with zipfile.ZipFile(pack) as archive:
        word = next(n for n in archive.namelist() if n.endswith(".docx"))
        body = "\n".join(p.text for p in docx.Document(io.BytesIO(archive.read(word))).paragraphs)
    assert CHILD not in body and WORKER not in body and "Person 1" in body and CHAIR in body


def test_keyboard_decides_and_undoes(web, server: str, browser: Browser, tmp_path: Path) -> None:
    page = sign_in(browser, server, "alex")
    upload(page, server, case_note(tmp_path / "case-note.docx"))
    page.keyboard.press("n")
    first = page.locator(".rg-candidate.rg-current")
    expect(first).to_have_count(1)
    identifier = first.get_attribute("data-c")
    before = first.get_attribute("data-decision")
    page.keyboard.press("k")
    expect(page.locator(f"#c-{identifier}")).to_have_attribute("data-decision", "keep")
    page.keyboard.press("u")
    expect(page.locator(f"#c-{identifier}")).to_have_attribute("data-decision", before or "redact")
    page.keyboard.press("n")
    second = page.locator(".rg-candidate.rg-current").get_attribute("data-c")
    assert second != identifier
    page.keyboard.press("p")
    expect(page.locator(".rg-candidate.rg-current")).to_have_attribute("data-c", identifier or "")


def test_a_decision_answered_late_keeps_the_place_the_keyboard_moved_to(web, server: str, browser: Browser,
                                                                         tmp_path: Path) -> None:
    page = sign_in(browser, server, "alex")
    upload(page, server, case_note(tmp_path / "case-note.docx"))
    page.keyboard.press("n")
    first = page.locator(".rg-candidate.rg-current").get_attribute("data-c")
    page.keyboard.press("k")
    page.keyboard.press("n")  # before the decision's answer comes back
    expect(page.locator(f"#c-{first}")).to_have_attribute("data-decision", "keep")
    page.wait_for_timeout(100)  # past htmx's settle, which resets the answered row's classes
    current = page.locator(".rg-candidate.rg-current")
    expect(current).to_have_count(1)
    assert current.get_attribute("data-c") != first


def test_selecting_text_adds_a_term(web, server: str, browser: Browser, tmp_path: Path) -> None:
    page = sign_in(browser, server, "alex")
    release_id = upload(page, server, case_note(tmp_path / "case-note.docx"))
    paragraph = page.locator("#original .rg-segment", has_text="practice guidance")
    paragraph.evaluate("""(el) => { const range = document.createRange();
        const node = el.firstChild; const at = node.textContent.indexOf('practice guidance');
        range.setStart(node, at); range.setEnd(node, at + 'practice guidance'.length);
        const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
        el.dispatchEvent(new MouseEvent('mouseup', {bubbles: true})); }""")
    expect(page.get_by_label("Add something the machine missed")).to_have_value("practice guidance")
    page.get_by_role("button", name="Add and redact everywhere").click()
    expect(page.locator("#original mark", has_text="practice guidance")).to_be_visible()
    with web.db.reading() as session:
        added = session.scalars(select(Candidate).where(Candidate.release_id == release_id,
                                                        Candidate.added.is_(True))).all()
    assert [c.value for c in added] == ["practice guidance"]


def test_two_browsers_deciding_at_once_lose_nothing(web, server: str, browser: Browser, tmp_path: Path) -> None:
    first = sign_in(browser, server, "alex")
    release_id = upload(first, server, case_note(tmp_path / "case-note.docx"))
    second = sign_in(browser, server, "rowan")
    second.goto(f"{server}/releases/{release_id}")
    rows = first.locator(".rg-candidate")
    ids = [rows.nth(i).get_attribute("data-c") for i in range(rows.count())]
    assert len(ids) >= 3
    # Each person decides different items, both pages loaded before either decided.
    first.locator(f"#c-{ids[0]}").get_by_role("button", name="Keep").click()
    second.locator(f"#c-{ids[1]}").get_by_role("button", name="Keep").click()
    expect(first.locator(f"#c-{ids[0]}")).to_have_attribute("data-decision", "keep")
    expect(second.locator(f"#c-{ids[1]}")).to_have_attribute("data-decision", "keep")
    # Then both decide the same item from the version they saw: the second is told, not lost.
    first.locator(f"#c-{ids[2]}").get_by_role("button", name="Keep").click()
    expect(first.locator(f"#c-{ids[2]}")).to_have_attribute("data-decision", "keep")
    second.locator(f"#c-{ids[2]}").get_by_role("button", name="Redact").click()
    expect(second.locator(f"#c-{ids[2]}")).to_contain_text("Someone else changed this item")
    expect(second.locator(f"#c-{ids[2]}")).to_have_attribute("data-decision", "keep")
    with web.db.reading() as session:
        decided = {str(c.id): (c.decision, c.decided_by) for c in session.scalars(
            select(Candidate).where(Candidate.release_id == release_id))}
    assert decided[ids[0]] == ("keep", "alex")
    assert decided[ids[1]] == ("keep", "rowan")
    assert decided[ids[2]] == ("keep", "alex")
