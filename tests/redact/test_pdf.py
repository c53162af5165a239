"""PDF in, PDF out: true removal, a clean rebuild, OCR of scans, and verify reading PDFs.

Released files are read back independently with pdfplumber (pdfminer) and with the
attacker's byte reader in leakcheck.py. Invented people only."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pymupdf
import pytest
from typer.testing import CliRunner

from reviewgen.cli import app
from reviewgen.errors import InputError
from reviewgen.redact import Redactor
from reviewgen.redact.release import redact_files
from reviewgen.redact.verify import Protected, verify_file

from .leakcheck import Planted, find_leaks
from .pdffixture import CONTROL, PERSON, PHONE, TABLE_CONTROL, black_box_pdf, scanned_pdf, text_pdf

runner = CliRunner()
PROTECTED = [Protected(PERSON, "name"), Protected(PHONE, "phone"), Protected("Zelphine Haverbrook", "name")]
PLANTED = [Planted(PERSON, is_name=True), Planted(PHONE), Planted("Zelphine Haverbrook", is_name=True)]


def independent_text(path: Path) -> str:
    """Everything pdfminer can read: page text, properties, annotations, attachments' names."""
    with pdfplumber.open(path) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
        texts += [str(v) for v in pdf.metadata.values()]
        texts += [str(a.get("contents") or "") + str(a.get("title") or "") for page in pdf.pages
                  for a in page.annots]
        texts += [str(link.get("uri") or "") for page in pdf.pages for link in page.hyperlinks]
    return "\n".join(texts)


def release(tmp_path: Path, source: Path):
    result = redact_files(Redactor(), [source], tmp_path / "out", tmp_path / "internal")[0]
    assert result.ok, (result.leaks, result.problem)
    assert result.released is not None and result.schedule is not None
    return result


def test_a_text_pdf_comes_out_clean_everywhere_and_keeps_its_control_text(tmp_path):
    source = text_pdf(tmp_path / "case.pdf")
    assert {"properties", "outline", "page labels", "page 1", "attachment 1"} <= set(
        verify_file(source, PROTECTED))  # verify reads every place the fixture plants the person
    before = source.read_bytes()
    result = release(tmp_path, source)
    released = result.released
    assert source.read_bytes() == before
    assert verify_file(released, PROTECTED) == []
    assert find_leaks(released, PLANTED) == []
    text = independent_text(released)
    assert "Quillfeather" not in text and "900462" not in text and "Marnie" not in text
    assert "Youth Offending Team reviewed the supervision plan" in text
    assert TABLE_CONTROL in text and "Critical Learning Review" in text
    assert "Person 1" in text and "Phone 1" in text  # labels drawn in the boxes
    doc = pymupdf.open(released)
    assert doc.embfile_count() == 0 and doc.get_toc() == [] and doc.get_page_labels() == []
    assert not list(doc[0].annots()) and not list(doc[0].widgets()) and not doc[0].get_links()
    assert not doc.get_xml_metadata() and not any(v for k, v in doc.metadata.items() if k != "format" and v)
    catalogue = doc.pdf_catalog()
    assert all(doc.xref_get_key(catalogue, key)[0] == "null" for key in ("OpenAction", "Names", "AcroForm"))
    schedule = result.schedule.read_text()
    for removed in ("attached file", "annotation (Text)", "form field", "outline (bookmarks)", "page labels",
                    "XMP metadata", "action or JavaScript", "link"):
        assert f"removed: {removed}" in schedule
    assert "Quillfeather" not in schedule


def test_nothing_is_left_under_the_box(tmp_path):
    result = release(tmp_path, text_pdf(tmp_path / "case.pdf"))
    boxes = [d["rect"] for d in pymupdf.open(result.released)[0].get_drawings() if d.get("fill") == (0.0, 0.0, 0.0)]
    assert len(boxes) >= 4  # the name in the header, body and table, and the phone number
    with pdfplumber.open(result.released) as pdf:
        chars = pdf.pages[0].chars
    for box in boxes:  # read independently: under each box, only its label
        under = "".join(c["text"] for c in chars if box.x0 <= (c["x0"] + c["x1"]) / 2 <= box.x1
                        and box.y0 <= (c["top"] + c["bottom"]) / 2 <= box.y1)
        assert under.replace(" ", "") in ("Person1", "Phone1")


def test_text_hidden_under_a_drawn_black_box_is_removed(tmp_path):
    source = black_box_pdf(tmp_path / "letter.pdf")
    with pdfplumber.open(source) as pdf:  # the classic failure: the text is still there
        assert "Haverbrook" in pdf.pages[0].extract_text()
    result = release(tmp_path, source)
    text = independent_text(result.released)
    assert "Haverbrook" not in text and "Zelphine" not in text and "900462" not in text
    assert CONTROL in text
    assert find_leaks(result.released, PLANTED) == []
    assert "removed: hidden text (words)" in result.schedule.read_text()


def test_a_scanned_page_is_read_by_ocr_and_burned(tmp_path):
    source = scanned_pdf(tmp_path / "scan.pdf")
    stamped = pymupdf.open(source)  # a page number stamped on the scan: still a scan
    stamped[0].insert_text((500, 800), "Page 1 of 1", fontsize=8)
    stamped.save(tmp_path / "stamped.pdf")
    source = tmp_path / "stamped.pdf"
    result = release(tmp_path, source)
    doc = pymupdf.open(result.released)
    assert doc[0].get_text().strip() == ""  # only the burned picture remains
    assert doc[0].get_images()
    schedule = result.schedule.read_text()
    assert "name,s.40(2),Person 1" in schedule
    assert "scanned page, read by OCR at" in schedule and "% mean word confidence" in schedule
    # Read back the burned page as an attacker would: OCR it again.
    import pytesseract
    from PIL import Image

    pixmap = doc[0].get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    seen = pytesseract.image_to_string(Image.frombytes("L", (pixmap.width, pixmap.height), pixmap.samples))
    assert "Quillfeather" not in seen and "Marnie" not in seen
    assert "supervision plan" in seen


def test_an_unreadable_scan_stops_that_file_with_a_clear_message(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page()
    noise = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 400, 400), False)
    noise.set_rect(noise.irect, (0,))  # black image: something drawn, nothing readable
    page.insert_image(pymupdf.Rect(72, 72, 300, 300), pixmap=noise)
    source = tmp_path / "blank-scan.pdf"
    doc.save(source)
    result = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "page 1 has no text layer and OCR could not read it" in result.stderr
    assert not list((tmp_path / "out").glob("*.pdf"))


@pytest.mark.parametrize("content", [b"not a pdf at all", b"%PDF-1.7\n broken"])
def test_a_damaged_pdf_is_bad_input(tmp_path, content):
    source = tmp_path / "broken.pdf"
    source.write_bytes(content)
    result = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "could not be read as a PDF" in result.stderr


def test_pictures_are_dropped_from_pdfs_by_policy(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), CONTROL)
    picture = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 20, 20), False)
    picture.set_rect(picture.irect, (200, 10, 10))
    page.insert_image(pymupdf.Rect(72, 100, 172, 200), pixmap=picture)
    source = tmp_path / "photo.pdf"
    doc.save(source)
    policy = tmp_path / "policy.yaml"
    policy.write_text("pictures: drop\n", encoding="utf-8")
    result = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out"), "--policy", str(policy)])
    assert result.exit_code == 0, result.output
    released = pymupdf.open(tmp_path / "out" / "photo-redacted.pdf")
    assert released[0].get_images() == [] and CONTROL in released[0].get_text()
    assert "removed: picture (policy) (1)" in (tmp_path / "out" / "photo-redaction-schedule.csv").read_text()


def test_verify_reads_a_pdf_attachment_and_a_utf16_string(tmp_path):
    inner = pymupdf.open()
    inner.new_page().insert_text((72, 72), f"Notes on {PERSON}")
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), CONTROL)
    doc.embfile_add("inner.pdf", inner.tobytes())
    doc.xref_set_key(doc.pdf_catalog(), "Lang", "<FEFF" + "".join(f"{ord(c):04X}" for c in PERSON) + ">")
    path = tmp_path / "outer.pdf"
    doc.save(path)
    leaks = verify_file(path, [Protected(PERSON, "name")])
    assert "attachment 1/page 1" in leaks and any(leak.startswith("object") for leak in leaks)


def test_text_in_a_switched_off_layer_is_read_and_redacted(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), CONTROL)
    layer = doc.add_ocg("Private notes", on=False)
    page.insert_text((72, 120), f"Private: {PERSON} was seen at home.", oc=layer)
    source = tmp_path / "layers.pdf"
    doc.save(source)
    assert "page 1" in verify_file(source, PROTECTED)  # verify reads switched-off layers
    result = release(tmp_path, source)
    text = independent_text(result.released)
    assert "Quillfeather" not in text and "Private: Person 1 was seen at home." in text and CONTROL in text
    assert find_leaks(result.released, PLANTED) == []
    assert "removed: optional content layers (content shown and redacted) (1)" in result.schedule.read_text()


def test_text_placed_off_the_page_is_removed(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), CONTROL)
    page.insert_text((700, 300), f"Notes on {PERSON}")  # beyond the right edge: no viewer shows it
    source = tmp_path / "off-page.pdf"
    doc.save(source)
    assert "page 1" in verify_file(source, PROTECTED)
    result = release(tmp_path, source)
    with pdfplumber.open(result.released) as pdf:  # every character, on the page or not
        text = "".join(c["text"] for c in pdf.pages[0].chars)
    assert "Quillfeather" not in text and "Youth Offending Team" in independent_text(result.released)
    assert find_leaks(result.released, PLANTED) == []


def test_a_password_protected_pdf_is_refused_with_a_fix(tmp_path):
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), f"{PERSON} attended.")
    source = tmp_path / "locked.pdf"
    doc.save(source, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    result = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "is password-protected" in result.stderr and "Quillfeather" not in result.stderr


def test_verify_refuses_to_call_a_password_protected_pdf_clean(tmp_path):
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), f"{PERSON} attended.")
    locked = tmp_path / "locked.pdf"
    doc.save(locked, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    with pytest.raises(InputError, match="password-protected PDF"):
        verify_file(locked, PROTECTED)


@pytest.mark.parametrize("trick", ["appended", "text-only"])
def test_verify_reads_text_outside_the_pdf_objects(tmp_path, trick):
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), CONTROL)
    path = tmp_path / "tricked.pdf"
    data = doc.tobytes() if trick == "appended" else b"%PDF-1.7\n"
    path.write_bytes(data + f"\n% {PERSON}\n".encode())  # after %%EOF: no viewer shows it
    assert verify_file(path, PROTECTED)
