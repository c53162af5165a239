"""`reviewgen render`: Word read back with python-docx, HTML escaping, house style and templates."""

from __future__ import annotations

import zipfile
from datetime import date

import docx
import pytest
import yaml
from docx.shared import Pt

from tests.review.conftest import CLR_EXAMPLE, ELR_EXAMPLE


@pytest.fixture
def rendered(run, tmp_path):
    out = tmp_path / "out"
    result = run("render", CLR_EXAMPLE, ELR_EXAMPLE, "-o", out)
    assert result.exit_code == 0, result.output
    return out


def headings(document):
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def test_all_three_formats_for_each_review(rendered):
    names = sorted(p.name for p in rendered.iterdir())
    assert names == [f"{stem}.{ext}" for stem in ("clr-example", "elr-example") for ext in ("docx", "html", "md")]


def test_word_has_numbered_real_headings(rendered):
    document = docx.Document(rendered / "clr-example.docx")
    found = headings(document)
    assert found[0] == "Critical Learning Review: Northshire Youth Justice Service"
    assert "3. Chronology" in found and "14. Recommendations" in found
    assert "12.1 The child's behaviour and life experiences" in found
    level = {p.text: p.style.name for p in document.paragraphs if p.style.name.startswith("Heading")}
    assert level["3. Chronology"] == "Heading 2" and level["5.2 Health"] == "Heading 3"


def test_word_tables_for_chronology_and_recommendations(rendered):
    review = yaml.safe_load(CLR_EXAMPLE.read_text())
    document = docx.Document(rendered / "clr-example.docx")
    by_header = {tuple(c.text for c in t.rows[0].cells): t for t in document.tables}
    chronology = by_header[("Date", "Event", "Source")]
    assert len(chronology.rows) == len(review["chronology"]) + 1
    assert chronology.rows[1].cells[0].text == "14 May 2025"
    recommendations = next(t for h, t in by_header.items() if h[:2] == ("Ref", "Recommendation"))
    assert [r.cells[0].text for r in recommendations.rows[1:]] == [r["id"] for r in review["recommendations"]]
    assert recommendations.rows[1].cells[6].text == "High"  # after the "Addressed to" column


def test_word_lists_are_bulleted(rendered):
    document = docx.Document(rendered / "clr-example.docx")
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert "The initial assessment was thorough and involved Kian and his mother." in bullets


def test_word_header_marking_footer_page_numbers_and_properties(rendered):
    document = docx.Document(rendered / "clr-example.docx")
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    with zipfile.ZipFile(rendered / "clr-example.docx") as package:
        footer_xml = "".join(package.read(n).decode() for n in package.namelist() if "footer" in n)
    assert " PAGE " in footer_xml and " NUMPAGES " in footer_xml
    props = document.core_properties
    assert props.title == "Critical Learning Review NYJS-CLR-2026-03"
    assert props.author == "Helen Okafor" and props.last_modified_by == "Helen Okafor"
    assert props.created.date() == date(2026, 3, 27)


def test_elr_has_its_own_sections(rendered):
    document = docx.Document(rendered / "elr-example.docx")
    found = headings(document)
    for title in ("Terms of reference", "Methodology", "Agencies and participants",
                  "Thematic analysis", "Multi-agency action plan"):
        assert any(h.endswith(title) for h in found), title
    plan = next(t for t in document.tables if [c.text for c in t.rows[0].cells][2:3] == ["Action"])
    assert len(plan.rows) == 6


def test_only_asked_formats_are_written(run, tmp_path):
    result = run("render", CLR_EXAMPLE, "--to", "md", "-o", tmp_path)
    assert result.exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["clr-example.md"]
    assert "| Date | Event | Source |" in (tmp_path / "clr-example.md").read_text()


def test_html_escapes_everything_from_input(run, clr_data, write_yaml, tmp_path):
    clr_data["incident"]["summary"] = "<script>alert('x')</script> and <b>bold</b> & [link](javascript:alert(1))"
    clr_data["chronology"][0]["event"] = "<img src=x onerror=alert(1)>"
    result = run("render", write_yaml(clr_data), "--to", "html", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "out" / "review.html").read_text()
    assert "<script>" not in page and "<img src=x" not in page and "javascript:" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<title>Critical Learning Review NYJS-CLR-2026-03</title>" in page


def test_house_style_reference_docx_is_applied(run, tmp_path):
    house = docx.Document()
    house.styles["Normal"].font.name = "Georgia"
    house.styles["Normal"].font.size = Pt(13)
    house.sections[0].header.paragraphs[0].text = "Northshire County Council crest"
    house.core_properties.author = "Template Author"
    house.add_paragraph("Template body text that must not survive")
    house.save(tmp_path / "house.docx")
    custom = tmp_path / "templates" / "review"
    custom.mkdir(parents=True)
    (custom / "clr.md.j2").write_text("# Custom layout for {{ review.reference }}\n\nHouse paragraph.\n")
    (tmp_path / "reviewgen.yaml").write_text(
        "rendering:\n  reference_docx: house.docx\n  templates_dir: templates\n"
    )
    result = run("--config", tmp_path / "reviewgen.yaml", "render", CLR_EXAMPLE, "--to", "docx", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    document = docx.Document(tmp_path / "out" / "clr-example.docx")
    assert document.styles["Normal"].font.name == "Georgia"
    assert document.styles["Normal"].font.size == Pt(13)
    header_text = [p.text for p in document.sections[0].header.paragraphs]
    assert "Northshire County Council crest" in header_text and "OFFICIAL-SENSITIVE" in header_text
    body = [p.text for p in document.paragraphs]
    assert body[0] == "Custom layout for NYJS-CLR-2026-03"
    assert "Template body text that must not survive" not in body
    assert document.core_properties.author == "Helen Okafor"


def test_missing_house_style_file_is_bad_input(run, tmp_path):
    (tmp_path / "reviewgen.yaml").write_text("rendering:\n  reference_docx: nowhere.docx\n")
    result = run("--config", tmp_path / "reviewgen.yaml", "render", CLR_EXAMPLE, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "rendering.reference_docx: file not found" in result.stderr


def test_bad_config_is_bad_input(run, tmp_path):
    (tmp_path / "reviewgen.yaml").write_text("rendering:\n  templates_dri: x\n")
    result = run("--config", tmp_path / "reviewgen.yaml", "render", CLR_EXAMPLE, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "rendering.templates_dri: is not a known field; did you mean 'templates_dir'?" in result.stderr


def test_render_of_invalid_input_writes_nothing(run, clr_data, write_yaml, tmp_path):
    clr_data["incident"]["date"] = "yesterday"
    result = run("render", CLR_EXAMPLE, write_yaml(clr_data), "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert not (tmp_path / "out").exists()


def test_logo_from_config_is_placed_in_word_and_html(run, tmp_path):
    from PIL import Image

    Image.new("RGB", (40, 20), (29, 79, 145)).save(tmp_path / "crest.png")
    (tmp_path / "reviewgen.yaml").write_text("rendering:\n  logo: crest.png\n")
    result = run("--config", tmp_path / "reviewgen.yaml", "render", CLR_EXAMPLE,
                 "--to", "docx", "--to", "html", "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    document = docx.Document(tmp_path / "out" / "clr-example.docx")
    assert len(document.inline_shapes) == 1
    assert 'class="logo"' in (tmp_path / "out" / "clr-example.html").read_text()
