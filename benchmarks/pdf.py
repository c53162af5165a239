"""PDF timings: redacting a 50-page text PDF against the text path on the same words, OCR
seconds per scanned page, and rendering a review to PDF.

Run: .venv/bin/python benchmarks/pdf.py
Documents are generated here, about invented people only. The text path redacts the same
words (each page's text extracted once) through `Redactor.redact_texts`, so the difference
is what the PDF path adds: reading word boxes, applying redactions, rebuilding and saving.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

import pymupdf

from reviewgen.config import Config
from reviewgen.redact import Redactor
from reviewgen.redact.pdf import ocr_page, redact_pdf
from reviewgen.review import load_review
from reviewgen.review.rendering import render_review

ROOT = Path(__file__).resolve().parents[1]
PAGES = 50
OCR_PAGES = 3
PEOPLE = ["Marnie Quillfeather", "Tobias Quenby", "Zelphine Haverbrook", "Oskar Vellacott", "Priya Dunmore"]
FILLER = ("The Youth Offending Team reviewed the supervision plan with the case manager and "
          "children's social care. Attendance at the education provision improved over the period, "
          "and the intervention plan was updated after the multi-agency meeting. ")


def page_text(number: int) -> str:
    person = PEOPLE[number % len(PEOPLE)]
    return (f"Case note {number + 1}. {person} attended the appointment on time. {FILLER * 3}"
            f"{person}'s mother, {PEOPLE[(number + 2) % len(PEOPLE)]}, can be reached on 07700 900{number:03d}. "
            f"{FILLER * 2}")


def text_pdf(path: Path, pages: int) -> Path:
    doc = pymupdf.open()
    for number in range(pages):
        page = doc.new_page()
        page.insert_text((72, 48), "OFFICIAL-SENSITIVE", fontsize=9)
        page.insert_textbox(pymupdf.Rect(72, 72, 523, 770), page_text(number), fontsize=11)
    doc.save(path)
    return path


def scanned_pdf(path: Path, pages: int) -> Path:
    text = text_pdf(path.with_name("source.pdf"), pages)
    scan = pymupdf.open()
    for page in pymupdf.open(text):
        new = scan.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_image(new.rect, pixmap=page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY))
    scan.save(path)
    return path


def redaction(folder: Path) -> None:
    source = text_pdf(folder / "case-notes.pdf", PAGES)
    warm = Redactor()
    warm.redact_text("Warm up with Marnie Quillfeather.", "warm-up")  # loads the spaCy model
    redactor = Redactor()
    start = time.perf_counter()
    redact_pdf(redactor, source, folder / "released.pdf")
    pdf_seconds = time.perf_counter() - start
    texts = [page.get_text() for page in pymupdf.open(source)]
    start = time.perf_counter()
    Redactor().redact_texts(texts, [f"page {n + 1}" for n in range(len(texts))])
    text_seconds = time.perf_counter() - start
    print(f"redact a {PAGES}-page text PDF: {PAGES / pdf_seconds:.1f} pages/s ({pdf_seconds:.2f} s, "
          f"{len(redactor.redactions)} redactions)")
    print(f"the text path on the same words: {PAGES / text_seconds:.1f} pages/s ({text_seconds:.2f} s); "
          f"PDF overhead x{pdf_seconds / text_seconds:.2f}")


def ocr(folder: Path) -> None:
    source = scanned_pdf(folder / "scan.pdf", OCR_PAGES)
    doc = pymupdf.open(source)
    start = time.perf_counter()
    confidences = [ocr_page(source, doc, number).ocr_confidence for number in range(OCR_PAGES)]
    seconds = (time.perf_counter() - start) / OCR_PAGES
    print(f"OCR (Tesseract, {OCR_PAGES} A4 pages scanned at 200 dpi, read at 300 dpi): {seconds:.2f} s per page, "
          f"mean word confidence {sum(c or 0 for c in confidences) / OCR_PAGES:.0f}%")


def render(folder: Path) -> None:
    review = load_review(ROOT / "reviews" / "clr-example.yaml")
    render_review(review, folder / "warm", ["pdf"], Config(), date(2026, 4, 1))
    start = time.perf_counter()
    written = render_review(review, folder / "clr", ["pdf"], Config(), date(2026, 4, 1))
    seconds = time.perf_counter() - start
    print(f"render the example CLR to PDF: {seconds:.2f} s ({pymupdf.open(written[0]).page_count} pages)")


def main() -> None:
    with tempfile.TemporaryDirectory() as out:
        folder = Path(out)
        redaction(folder)
        ocr(folder)
        render(folder)


if __name__ == "__main__":
    main()
