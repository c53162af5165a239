"""Builds PDFs with an invented person in every place a PDF keeps text, with PyMuPDF."""

from __future__ import annotations

from pathlib import Path

import pymupdf

PERSON = "Marnie Quillfeather"
PHONE = "07700 900462"
CONTROL = "The Youth Offending Team reviewed the supervision plan."
TABLE_CONTROL = "Referral Order"


def text_pdf(path: Path) -> Path:
    """Body text, a table, a header, an annotation, a form field, metadata, XMP, an
    attachment, an outline, a link, JavaScript and a page label, all naming the person."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 40), f"OFFICIAL-SENSITIVE  Case of {PERSON}", fontsize=9)  # header
    page.insert_text((72, 100), "Critical Learning Review", fontsize=16)
    page.insert_textbox(pymupdf.Rect(72, 120, 520, 200),
                        f"{CONTROL} {PERSON} was supervised from March. Her mobile is {PHONE}.", fontsize=11)
    # A two-column table with ruled cells.
    rows = [("Young person", PERSON), ("Order", TABLE_CONTROL)]
    for index, (left, right) in enumerate(rows):
        top = 220 + index * 20
        for x0, x1, text in ((72, 220, left), (220, 420, right)):
            cell = pymupdf.Rect(x0, top, x1, top + 20)
            page.draw_rect(cell, color=(0, 0, 0), width=0.5)
            page.insert_text((x0 + 4, top + 14), text, fontsize=10)
    page.add_text_annot((500, 300), f"Check with {PERSON} before release")
    widget = pymupdf.Widget()
    widget.field_name = "child_name"
    widget.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    widget.field_value = PERSON
    widget.rect = pymupdf.Rect(72, 300, 300, 320)
    page.add_widget(widget)
    page.insert_link({"kind": pymupdf.LINK_URI, "from": pymupdf.Rect(72, 330, 200, 345),
                      "uri": "https://example.org/cases/marnie-quillfeather"})
    doc.embfile_add("notes.txt", f"Attachment about {PERSON}".encode(), filename="notes.txt")
    doc.set_metadata({"title": f"Review of {PERSON}", "author": "Priya Author", "subject": "CLR"})
    doc.set_xml_metadata(f"<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc>{PERSON}</dc></x:xmpmeta>")
    doc.set_toc([[1, f"About {PERSON}", 1]])
    doc.set_page_labels([{"startpage": 0, "prefix": "Quillfeather-", "style": "D"}])
    catalogue = doc.pdf_catalog()
    doc.xref_set_key(catalogue, "OpenAction", f"<</S/JavaScript/JS({PERSON})>>")
    doc.save(path)
    return path


def black_box_pdf(path: Path) -> Path:
    """The classic failed redaction: the only sensitive text sits under a drawn black box."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), CONTROL, fontsize=11)
    page.insert_text((72, 130), f"Mother: Zelphine Haverbrook, {PHONE}", fontsize=11)
    page.draw_rect(pymupdf.Rect(70, 118, 360, 134), color=(0, 0, 0), fill=(0, 0, 0))
    doc.save(path)
    return path


def scanned_pdf(path: Path, dpi: int = 150) -> Path:
    """A page rasterised to a picture, with no text layer: what a scanner produces."""
    source = pymupdf.open()
    page = source.new_page()
    page.insert_text((72, 100), CONTROL, fontsize=14)
    page.insert_text((72, 140), f"The young person, {PERSON}, attended on time.", fontsize=14)
    pixmap = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    scan = pymupdf.open()
    scanned = scan.new_page(width=page.rect.width, height=page.rect.height)
    scanned.insert_image(scanned.rect, pixmap=pixmap)
    scan.save(path)
    return path
