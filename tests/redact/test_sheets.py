"""Spreadsheets in, spreadsheets out: every sheet and hidden place of an .xlsx, CSV in its
own dialect. Released files are checked with a raw zip scan (leakcheck.py). Invented people only."""

from __future__ import annotations

import codecs
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from typer.testing import CliRunner

from reviewgen.cli import app
from reviewgen.redact import Redactor
from reviewgen.redact.release import redact_files
from reviewgen.redact.verify import Protected, verify_file

from .leakcheck import Planted, find_leaks

runner = CliRunner()
PERSON = "Marnie Quillfeather"
SIBLING = "Torvald Quenby"
PLANTED = [Planted(PERSON, is_name=True), Planted(SIBLING, is_name=True), Planted("07700 900462")]
PROTECTED = [Protected(PERSON, "name"), Protected(SIBLING, "name"), Protected("07700 900462", "phone")]
PIVOT_CACHE = (f'<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               f'<cacheSource type="worksheet"/><cacheFields count="1"><cacheField name="Child">'
               f'<sharedItems><s v="{PERSON}"/></sharedItems></cacheField></cacheFields></pivotCacheDefinition>')


def workbook(path: Path) -> Path:
    """The person on a hidden sheet, in a hidden row, a comment, a defined name, a pivot
    cache, a formula, a header, a data validation list and a sheet name."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Cases"
    sheet.append(["Name", "DOB", "Order", "Sessions"])
    sheet.append([PERSON, datetime(2011, 3, 14), "Referral Order", 6])
    sheet.append(["Young Person B", datetime(2010, 1, 2), "Youth Rehabilitation Order", 4])
    sheet["E2"] = "=A2"  # reads a redacted cell: must become the (redacted) value
    sheet["F2"] = '=IF(D2>5,"Torvald Quenby","none")'  # names someone in the formula itself
    sheet["G2"] = "=D2+D3"  # reads only kept numbers: stays a formula
    sheet["A5"] = f"Sibling: {SIBLING}"
    sheet.row_dimensions[5].hidden = True
    sheet["C2"].comment = Comment(f"Discussed with {SIBLING}'s mother, 07700 900462", "Priya Author")
    sheet.oddHeader.center.text = f"OFFICIAL-SENSITIVE {PERSON}"
    rule = DataValidation(type="list", formula1=f'"{PERSON},Young Person B"')
    sheet.add_data_validation(rule)
    rule.add("A2:A3")
    hidden = book.create_sheet("Contacts")
    hidden.sheet_state = "hidden"
    hidden.append(["Contact", "Phone"])
    hidden.append([SIBLING, "07700 900462"])
    very_hidden = book.create_sheet(f"{SIBLING} notes")
    very_hidden.sheet_state = "veryHidden"
    very_hidden["A1"] = "Visit notes"
    book.defined_names["ChildName"] = DefinedName("ChildName", attr_text=f'"{PERSON}"')
    book.defined_names["Sessions"] = DefinedName("Sessions", attr_text="Cases!$D$2:$D$3")
    book.properties.creator = "Priya Author"
    book.properties.title = f"Caseload including {PERSON}"
    book.save(path)
    _as_excel_saves_it(path)
    return path


def _as_excel_saves_it(path: Path) -> None:
    """Formulas with the values Excel caches, and a pivot cache part holding the name, as
    Excel leaves one behind a pivot table (openpyxl writes neither)."""
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for formula, cached in (("<f>A2</f><v></v>", f'<f>A2</f><v>{PERSON}</v>'),
                            ("none&quot;)</f><v></v>", f"none&quot;)</f><v>{SIBLING}</v>"),
                            ('none")</f><v></v>', f'none")</f><v>{SIBLING}</v>'),
                            ("<f>D2+D3</f><v></v>", "<f>D2+D3</f><v>10</v>")):
        sheet = sheet.replace(formula, cached)
    sheet = sheet.replace('<c r="E2"><f>', '<c r="E2" t="str"><f>').replace('<c r="F2"><f>', '<c r="F2" t="str"><f>')
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    parts["xl/pivotCache/pivotCacheDefinition1.xml"] = PIVOT_CACHE.encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>", '<Relationship Id="rIdPivot1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>'
    ).encode()
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace(
        "</Types>", '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/></Types>').encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)


def test_every_place_in_a_workbook_comes_out_clean(tmp_path):
    source = workbook(tmp_path / "caseload.xlsx")
    assert find_leaks(source, PLANTED)  # the fixture really plants them
    assert {"xl/pivotCache/pivotCacheDefinition1.xml", "xl/workbook.xml"} <= set(verify_file(source, PROTECTED))
    result = redact_files(Redactor(), [source], tmp_path / "out", tmp_path / "internal")[0]
    assert result.ok, (result.leaks, result.problem)
    released = result.released
    assert released is not None and result.schedule is not None
    assert verify_file(released, PROTECTED) == []
    assert find_leaks(released, PLANTED) == []  # a raw scan of every part of the zip
    with zipfile.ZipFile(released) as package:
        names = package.namelist()
    assert not [n for n in names if "pivot" in n.lower()]
    book = openpyxl.load_workbook(released)
    assert [s.sheet_state for s in book.worksheets] == ["visible"] * 3  # hidden sheets shown
    cases = book.worksheets[0]
    assert cases.title == "Cases" and not cases.row_dimensions[5].hidden
    assert cases["A2"].value == "Person 1" and cases["A3"].value == "Young Person B"  # control
    assert cases["B2"].value != datetime(2011, 3, 14) and "14/03/2011" not in str(cases["B2"].value)
    assert cases["C2"].value == "Referral Order" and cases["D2"].value == 6
    assert cases["E2"].value == "Person 1"  # formula reading a redacted cell: its value, redacted
    assert not str(cases["F2"].value).startswith("=")
    assert cases["G2"].value == "=D2+D3"  # a formula reading only kept cells stays
    assert "Person 2" in cases["A5"].value
    assert "Person 2" in cases["C2"].comment.text and "Priya" not in str(cases["C2"].comment.author)
    assert "Person 1" in cases.oddHeader.center.text
    assert "Person 1" in cases.data_validations.dataValidation[0].formula1
    assert book.worksheets[2].title == "Person 2 notes"
    assert book.defined_names["Sessions"].attr_text == "'Cases'!$D$2:$D$3"
    assert "Priya" not in str(book.properties.creator) and "Person 1" in (book.properties.title or "")
    schedule = result.schedule.read_text()
    for removed in ("pivot cache (1)", "hidden state of a sheet (shown) (1)", "veryHidden state of a sheet (shown) (1)",
                    "hidden row (shown) (1)", "formula (replaced by its value) (2)"):
        assert f"removed: {removed}" in schedule
    assert "date_of_birth" in schedule


def test_hidden_sheets_can_be_dropped_by_policy(tmp_path):
    from reviewgen.redact.sheets import redact_xlsx

    source = workbook(tmp_path / "caseload.xlsx")
    redactor = Redactor()
    released = tmp_path / "released.xlsx"
    redact_xlsx(redactor, source, released, hidden_sheets="drop")
    book = openpyxl.load_workbook(released)
    assert [s.title for s in book.worksheets] == ["Cases"]
    assert ("workbook", "hidden sheet (policy)", 2) in [(r.location, r.what, r.count) for r in redactor.removals]
    assert find_leaks(released, PLANTED) == []


def test_csv_keeps_its_dialect_encoding_and_byte_order_mark(tmp_path):
    source = tmp_path / "contacts.csv"
    text = (f"Name;DOB;Team\r\n\"{PERSON}\";14/03/2011;Youth Offending Team\r\n"
            f"\"Referral Order; panel\";;\"Children's Services\"\r\n")
    source.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    result = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    data = (tmp_path / "out" / "contacts-redacted.csv").read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    released = data[len(codecs.BOM_UTF8):].decode("utf-8")
    lines = released.split("\r\n")
    assert lines[0] == "Name;DOB;Team"
    assert lines[1].startswith("Person 1;") and lines[1].endswith(";Youth Offending Team")
    assert "14/03/2011" not in released  # a date under DOB is a date of birth
    assert lines[2] == "\"Referral Order; panel\";;Children's Services"
    assert find_leaks(tmp_path / "out" / "contacts-redacted.csv", PLANTED) == []


def test_a_utf16_csv_stays_utf16(tmp_path):
    source = tmp_path / "list.csv"
    source.write_bytes(codecs.BOM_UTF16_LE + f"Name,Phone\n{PERSON},07700 900462\n".encode("utf-16-le"))
    result = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    data = (tmp_path / "out" / "list-redacted.csv").read_bytes()
    assert data.startswith(codecs.BOM_UTF16_LE)
    assert data[2:].decode("utf-16-le") == "Name,Phone\nPerson 1,Phone 1\n"


def test_a_damaged_workbook_is_bad_input(tmp_path):
    source = tmp_path / "broken.xlsx"
    source.write_bytes(b"PK\x03\x04 not really a workbook")
    result = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "Excel (.xlsx)" in result.stderr
