"""Write the demo's redaction inputs: what FOI officers are handed, about invented people.

    reviews/case-notes-example.pdf    a text page (body, table, header, a comment, a form
                                      field, an attachment, an outline, properties), a
                                      "redaction" drawn as a black box over text still
                                      there, and a scanned page with no text layer
    reviews/caseload-example.xlsx     a caseload with a hidden sheet, a hidden row, a cell
                                      comment, a formula and a defined name

    .venv/bin/python scripts/make_example_redaction_inputs.py
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pymupdf
from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName

REVIEWS = Path(__file__).resolve().parents[1] / "reviews"
CHILD = "Kian Marlowe"
MOTHER = "Dana Marlowe"
WORKER = "Priya Dunmore"


def case_notes_pdf(path: Path) -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 40), f"OFFICIAL-SENSITIVE  Case notes: {CHILD}", fontsize=9)
    page.insert_text((72, 90), "Northshire Youth Justice Service: case notes", fontsize=15)
    page.insert_textbox(pymupdf.Rect(72, 110, 523, 220), (
        f"{CHILD} attended the appointment with his mother, {MOTHER}, on 3 March 2026. "
        "The case manager reviewed the intervention plan and the referral to CAMHS. "
        f"His mother can be reached on 07700 900734 or dana.marlowe@example.org."), fontsize=11)
    for row, (left, right) in enumerate((("Young person", CHILD), ("Order", "Youth Rehabilitation Order"),
                                         ("Case manager", WORKER))):
        for x0, x1, text in ((72, 220, left), (220, 470, right)):
            page.draw_rect(pymupdf.Rect(x0, 240 + row * 20, x1, 260 + row * 20), color=(0, 0, 0), width=0.5)
            page.insert_text((x0 + 4, 254 + row * 20), text, fontsize=10)
    page.add_text_annot((480, 120), f"Ask {WORKER} before release")
    field = pymupdf.Widget()
    field.field_name, field.field_type, field.field_value = "reviewed_by", pymupdf.PDF_WIDGET_TYPE_TEXT, WORKER
    field.rect = pymupdf.Rect(72, 320, 300, 338)
    page.add_widget(field)

    failed = doc.new_page()  # a "redaction" drawn over text that is still in the file
    failed.insert_text((72, 90), "Extract from the strategy meeting minutes", fontsize=13)
    failed.insert_text((72, 120), "The meeting agreed a safety plan with the school.", fontsize=11)
    failed.insert_text((72, 140), f"Present: {MOTHER} (mother), 14 Larch Close", fontsize=11)
    failed.draw_rect(pymupdf.Rect(118, 128, 330, 144), color=(0, 0, 0), fill=(0, 0, 0))

    source = pymupdf.open()  # a letter printed and scanned back: pixels only
    letter = source.new_page()
    letter.insert_text((72, 100), "Letter from the education provider", fontsize=14)
    letter.insert_text((72, 140), f"{CHILD} has attended every session this term.", fontsize=13)
    scanned = doc.new_page(width=letter.rect.width, height=letter.rect.height)
    scanned.insert_image(scanned.rect, pixmap=letter.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY))

    doc.embfile_add("contact-log.txt", f"Contacts with {MOTHER}: 07700 900734".encode())
    doc.set_toc([[1, f"Notes on {CHILD}", 1]])
    doc.set_metadata({"title": f"Case notes: {CHILD}", "author": WORKER})
    doc.save(path, garbage=3, deflate=True)


def caseload_xlsx(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Caseload"
    sheet.append(["Name", "DOB", "Order", "Sessions attended", "Case manager"])
    sheet.append([CHILD, datetime(2009, 4, 17), "Youth Rehabilitation Order", 12, WORKER])
    sheet.append(["Young Person B", datetime(2010, 2, 1), "Referral Order", 6, "Case Manager 2"])
    sheet["F1"], sheet["F2"] = "Total", "=D2+D3"
    sheet["A4"] = f"Note: {CHILD}'s brother is also known to the service"
    sheet.row_dimensions[4].hidden = True
    sheet["C2"].comment = Comment(f"Breach discussed with {MOTHER}", WORKER)
    contacts = book.create_sheet("Contacts")
    contacts.sheet_state = "hidden"
    contacts.append(["Name", "Phone", "Email"])
    contacts.append([MOTHER, "07700 900734", "dana.marlowe@example.org"])
    book.defined_names["Child"] = DefinedName("Child", attr_text=f'"{CHILD}"')
    book.properties.creator = WORKER
    book.save(path)


def main() -> None:
    case_notes_pdf(REVIEWS / "case-notes-example.pdf")
    caseload_xlsx(REVIEWS / "caseload-example.xlsx")
    print(f"wrote {REVIEWS / 'case-notes-example.pdf'} and {REVIEWS / 'caseload-example.xlsx'}")


if __name__ == "__main__":
    main()
