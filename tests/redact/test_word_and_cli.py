"""Word in, Word out; schedule, key, verify, propose/apply and detect through the CLI."""

import csv
import json
import zipfile

import docx
from typer.testing import CliRunner

from reviewgen.cli import app
from reviewgen.redact import verify_file

from .wordfixture import CHILD, CHILD_EMAIL, build

runner = CliRunner()
HIDDEN_VALUES = [CHILD, "Quenby", "Tobias", CHILD_EMAIL, "Priya Author", "Quenby Family Trust"]


def test_word_document_comes_out_clean_everywhere(tmp_path, redactor):
    source = build(tmp_path / "review.docx")
    assert verify_file(source, [CHILD])  # the fixture really holds the name
    out = tmp_path / "out.docx"
    redactor.redact_docx(source, out)

    assert verify_file(out, HIDDEN_VALUES) == []
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        rels = package.read("word/_rels/document.xml.rels").decode()
        body_xml = package.read("word/document.xml").decode()
    assert "word/comments.xml" not in names and "mailto:" not in rels
    assert "w:del " not in body_xml and "refused" not in body_xml
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Learning review for Person 1, supervised by the Youth Offending Team."
    assert "Met with Person 1 at home." in texts            # value split over three runs
    assert "Plan agreed. Inserted sentence." in texts       # insertion accepted, deletion gone
    assert "Email the family" in texts                      # link text kept, target removed
    assert document.tables[0].cell(0, 1).text == "Person 1"
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "OFFICIAL-SENSITIVE: Person 1"
    assert section.footer.paragraphs[0].text == "Review of Person 1's case"
    assert document.core_properties.author == ""
    assert document.core_properties.title == "Review: Person 1"
    split_run = next(p for p in document.paragraphs if p.text.startswith("Met with"))
    assert [r.bold for r in split_run.runs] == [None, True, None]  # formatting elsewhere kept
    locations = {r.location for r in redactor.redactions}
    assert {"header 1, paragraph 1", "footer 1, paragraph 1", "footnotes, paragraph 1",
            "body, hyperlink target", "document properties: title"} <= locations
    # Alt text is dropped whatever it says; comments go whole and are counted, not shown.
    assert "descr=" not in body_xml
    assert ("comments", 1) in [(r.what, r.count) for r in redactor.removals]


def test_verify_catches_planted_leak_and_names_part_only(tmp_path, redactor):
    source = build(tmp_path / "review.docx")
    out = tmp_path / "out.docx"
    redactor.redact_docx(source, out)
    with zipfile.ZipFile(out) as package:
        parts = {n: package.read(n) for n in package.namelist()}
    parts["docProps/core.xml"] = parts["docProps/core.xml"].replace(
        b"Review: Person 1", b"Review: TOBIAS\n   quenby")
    leaked = tmp_path / "leaked.docx"
    with zipfile.ZipFile(leaked, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    assert verify_file(leaked, [CHILD]) == ["docProps/core.xml"]
    key = tmp_path / "key.csv"
    key.write_text(f"# NOT FOR RELEASE\nlabel,category,original,occurrences\nPerson 1,name,{CHILD},1\n")
    result = runner.invoke(app, ["verify", str(leaked), "--key", str(key)])
    assert result.exit_code == 1
    assert "docProps/core.xml" in result.output and "Tobias" not in result.output
    assert runner.invoke(app, ["verify", str(out), "--key", str(key)]).exit_code == 0


def test_cli_redact_writes_release_schedule_and_separate_key(tmp_path):
    build(tmp_path / "review.docx")
    (tmp_path / "notes.md").write_text(f"# Notes\n\n{CHILD} was aged 15.\n\nQuenby moved.\n")
    release = tmp_path / "release"
    result = runner.invoke(app, ["redact", str(tmp_path / "review.docx"), str(tmp_path / "notes.md"),
                                 "-o", str(release)])
    assert result.exit_code == 0, result.output
    notes = (release / "notes-redacted.md").read_text()
    assert notes == "# Notes\n\nPerson 1 was aged [AGE].\n\nPerson 1 moved.\n"
    schedule_text = (release / "review-redaction-schedule.csv").read_text()
    assert "Quenby" not in schedule_text and "s.40(2)" in schedule_text
    rows = list(csv.DictReader(schedule_text.splitlines()))
    assert rows[0].keys() == {"number", "location", "category", "exemption", "label"}
    key = tmp_path / "release-internal" / "review-KEY-NOT-FOR-RELEASE.csv"
    assert key.read_text().startswith("# NOT FOR RELEASE")
    assert not list(release.glob("*KEY*"))
    verified = runner.invoke(app, ["verify", str(release / "review-redacted.docx"), "--key", str(key)])
    assert verified.exit_code == 0


def test_cli_propose_then_apply_with_reviewer_changes(tmp_path):
    source = tmp_path / "letter.txt"
    source.write_text("Ruth Castellan, Director, wrote about Jayden Okafor. Nickname: Jojo.\n")
    internal = tmp_path / "internal"
    result = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out"), "--propose",
                                 "--key-dir", str(internal)])
    assert result.exit_code == 0, result.output
    proposal_path = internal / "letter-proposal.yaml"
    proposal = proposal_path.read_text()
    assert "decision: redact" in proposal and not (tmp_path / "out").exists()
    edited = proposal.replace("- text: Ruth Castellan\n  category: name\n  decision: redact",
                              "- text: Ruth Castellan\n  category: name\n  decision: keep")
    edited = edited.replace("add: []", "add:\n- {term: Jojo, category: name}")
    edited = edited.replace("decision: undecided", "decision: redact")  # the review tier, decided
    assert edited != proposal
    proposal_path.write_text(edited)
    result = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out"), "--apply",
                                 str(proposal_path), "--key-dir", str(internal)])
    assert result.exit_code == 0, result.output
    out = (tmp_path / "out" / "letter-redacted.txt").read_text()
    assert "Ruth Castellan" in out and "Jayden" not in out and "Jojo" not in out


def test_cli_detect_jsonl(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": 7, "text": "Call Ruth Castellan on 07700 900123."}) + "\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["detect", "--jsonl", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text())
    text = "Call Ruth Castellan on 07700 900123."
    assert record["id"] == 7
    assert [(text[s["start"]:s["end"]], s["label"]) for s in record["spans"]] == [
        ("Ruth Castellan", "name"), ("07700 900123", "phone")]


def test_bad_inputs_exit_2_without_personal_data(tmp_path):
    fake = tmp_path / "fake.docx"
    fake.write_text("not a word file")
    result = runner.invoke(app, ["redact", str(fake), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2 and "not a Word" in result.output
    assert runner.invoke(app, ["redact", str(tmp_path / "missing.txt")]).exit_code == 2
    policy = tmp_path / "policy.yaml"
    policy.write_text("label_style: [unclosed\n")
    (tmp_path / "a.txt").write_text("Ruth Castellan")
    result = runner.invoke(app, ["redact", str(tmp_path / "a.txt"), "--policy", str(policy)])
    assert result.exit_code == 2 and "policy.yaml:" in result.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "Ruth Castellan"}\n{"text": "Jayden Okafor"}\n')
    result = runner.invoke(app, ["detect", "--jsonl", str(bad)])
    assert result.exit_code == 2 and "bad.jsonl:2" in result.output and "Jayden" not in result.output


def test_date_in_table_row_is_a_birth_date_from_its_row_label(tmp_path, redactor):
    source = tmp_path / "rows.docx"
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("Date of birth", "17 April 2009"),
                                                ("Review started", "9 March 2026"),
                                                ("D.O.B.", "03/05/2011")]):
        row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph("The review started on 9 March 2026.")
    document.save(str(source))
    out = tmp_path / "out.docx"
    redactor.redact_docx(source, out)

    assert verify_file(out, ["17 April 2009", "03/05/2011"]) == []
    result = docx.Document(str(out)).tables[0]
    assert result.cell(0, 0).text == "Date of birth"
    assert result.cell(0, 1).text == "[DATE OF BIRTH]"
    assert result.cell(1, 1).text == "9 March 2026"
    assert {r.category for r in redactor.redactions} == {"date_of_birth"}


def test_a_name_found_in_a_later_file_of_a_batch_is_redacted_in_an_earlier_one(tmp_path):
    # "Will" alone is an everyday word; only the second file shows it is a person's name.
    (tmp_path / "a.txt").write_text("The worker noted that Will did not attend.\n", encoding="utf-8")
    (tmp_path / "b.docx").write_bytes(b"")
    doc = docx.Document()
    doc.add_paragraph("Associate: Mr Will Young, who drives a van.")
    doc.save(tmp_path / "b.docx")
    out = tmp_path / "out"
    result = runner.invoke(app, ["redact", str(tmp_path / "a.txt"), str(tmp_path / "b.docx"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "a-redacted.txt").read_text(encoding="utf-8") == "The worker noted that Person 1 did not attend.\n"
    released = docx.Document(out / "b-redacted.docx").paragraphs[0].text
    assert released == "Associate: Mr Person 1, who drives a van."
    alone = runner.invoke(app, ["redact", str(tmp_path / "a.txt"), "-o", str(tmp_path / "alone")])
    assert alone.exit_code == 0
    assert "Will did not attend" in (tmp_path / "alone" / "a-redacted.txt").read_text(encoding="utf-8")


def test_a_word_judgment_s_facts_are_released_clean_and_its_font_names_are_not_places(tmp_path):
    # The theme and settings name fonts ("Cambria", "Calibri"): in a judgment's facts they
    # were once taken for a place and a body, and the release was refused for them.
    document = docx.Document()
    for line in ["BETWEEN:", "DARRAGH QUELLICK", "Appellant", "- and -", "NORTHSHIRE COUNTY COUNCIL", "Respondent",
                 "THE FACTS", "On 3 March 2019 the applicant, Mr Quellick, was arrested. The applicant was held at "
                 "HMP Northmoor."]:
        document.add_paragraph(line)
    document.save(tmp_path / "judgment.docx")
    release = tmp_path / "release"
    result = runner.invoke(app, ["redact", str(tmp_path / "judgment.docx"), "-o", str(release)])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(release / "judgment-redacted.docx") as package:
        every_part = b"".join(package.read(name) for name in package.namelist()).lower()
    assert b"quellick" not in every_part and b"northmoor" not in every_part and b"march 2019" not in every_part
    assert b"cambria" in every_part  # the fonts stay
