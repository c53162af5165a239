"""WCAG 2.2 AA basics in a real browser: axe-core's rules on every kind of page, and the
redaction review done with the keyboard alone."""

from __future__ import annotations

from pathlib import Path

import docx
from playwright.sync_api import Browser, Page, expect
from typer.testing import CliRunner

from reviewgen.cli import app

from .conftest import shot, sign_in

AXE = Path(__file__).parent / "vendor" / "axe-4.14.1.min.js"
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def violations(page: Page) -> list[str]:
    """axe-core's WCAG A/AA violations on the page as it stands: 'rule: first target'."""
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("""async (tags) => (await axe.run(document,
        {runOnly: {type: 'tag', values: tags}})).violations.map(
        v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))""", RULES)
    return list(found)


def case_note(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Tobias Quenby (born 14/02/2010) was seen by Marguerite Ashdown at 12 Elm Road.")
    document.add_paragraph("Tobias said the support from Marguerite Ashdown had helped. Witness: H.")
    document.save(path)
    return path


def test_pages_pass_wcag_aa_rules(web, server: str, browser: Browser, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["tracker", "--db", web.db.url, "import", "reviews/inspection-action-plan.yaml"])
    assert result.exit_code == 0, result.output
    page = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True).new_page()
    page.set_content('<html><body><input type="text"><img src="x.png"></body></html>')
    assert any(v.startswith("label:") for v in violations(page)), "the checker itself must catch a bare input"
    page.goto(server + "/sign-in")
    assert violations(page) == [], "sign-in"
    page.get_by_role("button", name="Sign in").click()  # empty: the GOV.UK error summary
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    assert violations(page) == [], "sign-in errors"

    officer = sign_in(browser, server, "alex", bypass_csp=True)
    officer.get_by_role("button", name="Upload documents").click()
    assert violations(officer) == [], "upload"
    officer.get_by_label("Title of the release").fill("Case note extract")
    officer.get_by_label("Documents").set_input_files(str(case_note(tmp_path / "note.docx")))
    officer.get_by_role("button", name="Upload and find personal data").click()
    expect(officer.get_by_role("heading", name="Candidates")).to_be_visible(timeout=60_000)
    pages = {"review": officer.url, "releases": server + "/releases", "foi": server + "/foi",
             "foi form": server + "/foi/new", "tracker": server + "/tracker", "audit": server + "/audit"}
    for name, url in pages.items():
        officer.goto(url)
        assert violations(officer) == [], name
        if name in ("foi form", "tracker"):
            shot(officer, tmp_path, name.replace(" ", "-"))
    officer.goto(server + "/tracker")
    officer.locator("table a").first.click()
    assert violations(officer) == [], "tracker action"


def test_the_review_works_with_the_keyboard_alone(web, server: str, browser: Browser, tmp_path: Path) -> None:
    page = sign_in(browser, server, "alex")
    page.get_by_role("button", name="Upload documents").click()
    page.get_by_label("Title of the release").fill("Keyboard only")
    page.get_by_label("Documents").set_input_files(str(case_note(tmp_path / "note.docx")))
    page.get_by_role("button", name="Upload and find personal data").click()
    expect(page.get_by_role("heading", name="Candidates")).to_be_visible(timeout=60_000)
    # The skip link comes first, then the page can be worked through with Tab and Enter.
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Skip to main content")
    first_keep = page.locator(".rg-candidate").first.get_by_role("button", name="Keep")
    for _ in range(60):
        page.keyboard.press("Tab")
        if first_keep.evaluate("el => el === document.activeElement"):
            break
    else:
        raise AssertionError("Tab never reached the first Keep button")
    outline = first_keep.evaluate("el => getComputedStyle(el).outlineStyle + getComputedStyle(el).boxShadow")
    assert outline != "none" + "none", "focus must be visible"
    page.keyboard.press("Enter")
    expect(page.locator(".rg-candidate").first).to_have_attribute("data-decision", "keep")
