"""PDF output through WeasyPrint: page 1 rendered to PNG and read back by OCR (header,
title, page number), fonts embedded, tagged, metadata; the FOI pack's letter as PDF."""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytesseract
import yaml
from PIL import Image
from typer.testing import CliRunner

from reviewgen.cli import app
from reviewgen.redact import verify_file
from tests.foi.conftest import REQUESTER, request_data
from tests.review.conftest import CLR_EXAMPLE

runner = CliRunner()


def page_one_png(pdf: Path, png: Path) -> Image.Image:
    """Page 1 as a PNG file, as a person would see it printed."""
    pymupdf.open(pdf)[0].get_pixmap(dpi=150, colorspace=pymupdf.csGRAY).save(png)
    return Image.open(png)


def read(image: Image.Image, top: float, bottom: float) -> str:
    """OCR of a horizontal band of the page (fractions of its height)."""
    width, height = image.size
    return " ".join(pytesseract.image_to_string(image.crop((0, int(top * height), width, int(bottom * height)))).split())


def test_a_review_as_pdf_shows_marking_title_and_page_number_and_is_tagged(tmp_path):
    result = runner.invoke(app, ["render", str(CLR_EXAMPLE), "--to", "pdf", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    pdf = tmp_path / "clr-example.pdf"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clr-example.pdf"]
    doc = pymupdf.open(pdf)
    pages = doc.page_count
    assert pages > 1
    image = page_one_png(pdf, tmp_path / "page1.png")
    header, title, footer = read(image, 0, 0.07), read(image, 0.07, 0.2), read(image, 0.93, 1)
    assert "OFFICIAL-SENSITIVE" in header and "Critical Learning Review" in header
    assert "Critical Learning Review" in title
    assert "OFFICIAL-SENSITIVE" in footer and re.search(rf"Page 1 of {pages}\b", footer)
    fonts = doc.get_page_fonts(0)
    assert fonts and all(font[1] in ("ttf", "otf", "cff") for font in fonts)  # embedded programs
    assert any("DejaVu" in font[3] or "Liberation" in font[3] for font in fonts)
    catalogue = doc.pdf_catalog()
    assert doc.xref_get_key(catalogue, "StructTreeRoot")[0] == "xref"  # tagged (PDF/UA-1)
    assert doc.xref_get_key(catalogue, "Lang") == ("string", "en-GB")
    assert doc.metadata["title"].startswith("Critical Learning Review")
    assert "PDF/UA" in doc.get_xml_metadata() or "pdfuaid" in doc.get_xml_metadata()


def test_the_foi_pack_carries_the_letter_as_a_verified_pdf(tmp_path):
    request = tmp_path / "request.yaml"
    request.write_text(yaml.safe_dump(request_data(), sort_keys=False), encoding="utf-8")
    result = runner.invoke(app, ["foi", "respond", str(request), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    pdf = tmp_path / "out" / "FOI-TEST-0001" / "response.pdf"
    assert "response.pdf" in result.output and pdf.exists()
    assert verify_file(pdf, [REQUESTER["name"], REQUESTER["email"], *REQUESTER["address"][:1]]) == []
    image = page_one_png(pdf, tmp_path / "letter.png")
    header, footer = read(image, 0, 0.07), read(image, 0.93, 1)
    assert "OFFICIAL" in header and "Freedom of Information" in header
    assert re.search(r"Page 1 of \d+", footer) and "OFFICIAL" in footer
    text = pymupdf.open(pdf)[0].get_text()
    assert "FOI-TEST-0001" in text and "You asked" in text
