"""`reviewgen themes` (issue 15, part 5): recurring learning across reviews and inspections."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from reviewgen.config import DEFAULT_MODEL
from reviewgen.review.themes import Item, find_themes, items_from_files, organisation_words
from tests.review.conftest import CLR_EXAMPLE, ELR_EXAMPLE, REVIEWS

INSPECTION = REVIEWS / "inspection-action-plan.yaml"
ORG_WORDS = organisation_words("Northshire Youth Justice Service", "Northshire County Council")


@pytest.fixture(scope="module")
def example_themes():
    items = items_from_files([CLR_EXAMPLE, ELR_EXAMPLE, INSPECTION, REVIEWS / "notification-example.yaml"])
    return items, find_themes(items, DEFAULT_MODEL, ORG_WORDS)


def _members(theme) -> set[tuple[str, str]]:
    return {(item.source, item.reference) for item in theme.items}


def test_example_reviews_give_the_expected_groups(example_themes):
    _, themes = example_themes
    by_title = {theme.title: theme for theme in themes}
    assert set(by_title) == {"Management oversight", "Social care, police, joint", "Communication, language, speech",
                             "Assetplus, trigger", "Incident, residential"}
    # The CLR's cover protocol and the inspection's oversight recommendation are one theme.
    assert {("NYJS-CLR-2026-03", "L2"), ("NYJS-CLR-2026-03", "R2"), ("NYJS-INSP-2025", "R5"),
            ("NYJS-INSP-2025", "R5.2")} <= _members(by_title["Management oversight"])
    # Speech and language: the CLR's learning and recommendation, the inspection's screening action.
    assert _members(by_title["Communication, language, speech"]) == {
        ("NYJS-CLR-2026-03", "L4"), ("NYJS-CLR-2026-03", "R4"), ("NYJS-INSP-2025", "R3.2")}
    # AssetPlus review triggers recur in the CLR and the ELR.
    assert _members(by_title["Assetplus, trigger"]) == {
        ("NYJS-CLR-2026-03", "R1"), ("NYJS-ELR-2026-01", "R2"), ("NYJS-ELR-2026-01", "R2.1")}
    for theme in themes:
        assert len(theme.sources) >= 2
        assert all(theme.keyword_counts[word] >= 2 for word in theme.keywords)


def test_each_theme_is_explained_and_shows_agencies_and_measures(example_themes):
    _, themes = example_themes
    oversight = next(t for t in themes if t.title == "Management oversight")
    assert oversight.explanation.startswith("5 items from 2 sources, linked by the words \"management oversight\"")
    joint = next(t for t in themes if t.title.startswith("Social care"))
    assert {"Children's Social Care", "Northshire Police"} <= set(joint.agencies)
    assert [m.measure for m in joint.measures] == ["Children discussed at MACE with a joint exploitation plan"]


def test_one_source_alone_has_no_recurring_theme():
    items = [Item("A", "learning", "L1", "Management oversight of risk during staff absence."),
             Item("A", "learning", "L2", "Management oversight of risk when cases transfer.")]
    assert find_themes(items, DEFAULT_MODEL) == []
    items.append(Item("B", "recommendation", "R1", "Strengthen management oversight of risk plans."))
    themes = find_themes(items, DEFAULT_MODEL, max_share=1.0)
    assert len(themes) == 1 and themes[0].sources == ["A", "B"]


def test_themes_command_writes_the_report(run, tmp_path):
    result = run("themes", CLR_EXAMPLE, ELR_EXAMPLE, INSPECTION, "--to", "docx,md", "-o", tmp_path,
                 "--today", "2026-11-23")
    assert result.exit_code == 0, result.output
    assert "Management oversight: 5 items from 2 sources" in result.stdout
    document = docx.Document(tmp_path / "themes.docx")
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "1. Management oversight" in headings and "1.1 Measures" in headings
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Source")
    assert [c.text for c in table.rows[1].cells][:3] == ["NYJS-CLR-2026-03", "L2", "learning"]
    assert Path(tmp_path / "themes.md").read_text().count("\n## ") == 5


def test_themes_of_a_file_that_is_not_a_review_is_bad_input(run, tmp_path):
    path = tmp_path / "notes.yaml"
    path.write_text("title: not a review\n")
    result = run("themes", path, "-o", tmp_path)
    assert result.exit_code == 2 and "review_type" in result.stderr
