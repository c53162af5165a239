"""Release packs: the letter reads correctly, nothing personal leaks, the key stays apart."""

import csv
import re
import shutil
import zipfile
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest
import yaml
from typer.testing import CliRunner

from reviewgen.cli import app
from reviewgen.errors import CheckFailed
from reviewgen.redact import verify_file
from reviewgen.review import load_review
from tests.foi.conftest import REQUESTER, REVIEWS

runner = CliRunner()
PUBLIC_FILES = {"response.md", "response.html", "response.docx", "response.pdf", "redaction-schedule.csv",
                "disclosure-log-row.csv"}


def respond(request: Path, out: Path):
    return runner.invoke(app, ["foi", "respond", str(request), "-o", str(out)])


def word_text(path: Path) -> str:
    """Everything a reader of the Word file can see: body, tables, headers, footers, properties."""
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    for section in document.sections:
        texts += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    props = document.core_properties
    texts += [props.title or "", props.author or "", props.subject or "", props.keywords or "",
              props.last_modified_by or "", props.comments or ""]
    return "\n".join(texts)


def raw_text(path: Path) -> str:
    """A file's text, or for Office files every part of the package, as stored."""
    if path.suffix in (".docx", ".xlsx"):
        with zipfile.ZipFile(path) as package:
            return "\n".join(package.read(name).decode("utf-8", "replace") for name in package.namelist())
    if path.suffix == ".pdf":  # read back independently of the PyMuPDF that verify uses
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return "\n".join([*(page.extract_text() or "" for page in pdf.pages), str(pdf.metadata)])
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    """Release packs for every shipped example request, built once."""
    out = tmp_path_factory.mktemp("packs")
    for request in sorted(REVIEWS.glob("foi-*.yaml")):
        result = respond(request, out)
        assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def learning_pack(packs):
    return packs / "FOI-2026-0412"


def test_pack_layout_keeps_the_key_apart(packs, learning_pack):
    assert {p.name for p in learning_pack.iterdir()} == PUBLIC_FILES
    internal = packs / "FOI-2026-0412-INTERNAL-NOT-FOR-RELEASE"
    assert {p.name for p in internal.iterdir()} == {"key.csv", "internal-note.md", "identifiability-report.md",
                                                    "sent.txt", "request-id"}
    requester = packs / "FOI-2026-0412-REQUESTER-NOT-FOR-PUBLICATION"
    assert {p.name for p in requester.iterdir()} == {p for p in PUBLIC_FILES if p.startswith("response.")}
    key = (internal / "key.csv").read_text()
    assert key.startswith("# NOT FOR RELEASE") and "Young Person A" in key and "Kian" in key
    assert not list(packs.glob(".*")), "no staging folder is left behind"


def test_response_built_from_a_review_reads_correctly_in_word(learning_pack):
    text = word_text(learning_pack / "response.docx")
    expected_in_order = [
        "Freedom of Information Act 2000: Learning from critical learning reviews",
        "Our reference: FOI-2026-0412",
        "What the Council holds, and what it can release, is set out for each part below.",
        "You asked:",
        "1. whether a risk of harm had previously been identified",
        "Yes. A full assessment had been completed",
        "2. the learning identified in the review",
        "L1 Assessments must be reviewed when a significant event changes the risk picture.",
        "What could have been better",
        "3. the good practice identified",
        "The case manager built a good relationship with Young Person A and his mother.",
        "4. the actions proposed or taken following the review",
        "The Council holds this information. Some of this information is intended for publication on "
        "21 July 2026, and is withheld until then under section 22(1)",
        "R3 Agree a joint exploitation plan process",
        "Due: 31 July 2026",
        "Section 40(2): Personal information",
        "This applies to part 3 of your request.",
        "Section 22(1): Information intended for future publication",
        "Why the exemption applies",
        "Public interest test",
        "Factors in favour of disclosure",
        "Factors in favour of maintaining the exemption",
        "Conclusion: On balance the public interest favours waiting for publication",
        "Open Government Licence",
        "ask for an internal review",
        "Information Commissioner's Office",
        "County Hall",
    ]
    position = 0
    for phrase in expected_in_order:
        found = text.find(phrase, position)
        assert found >= 0, f"missing or out of order: {phrase}"
        position = found
    assert "Dear Requester," in text


def test_nothing_personal_from_the_review_survives(learning_pack):
    review = load_review(REVIEWS / "clr-example.yaml")
    personal = [value for value, _, _ in review.personal_terms()]
    personal += ["Kian", "Marlowe", "Kee", "14 Larch Close", "NS4 7QT", "17 April 2009", "17/04/2009"]
    for path in learning_pack.iterdir():
        assert verify_file(path, personal) == [], path.name
    text = word_text(learning_pack / "response.docx")
    for value in personal:
        assert not re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE)


def test_the_requester_never_appears_in_a_public_file(packs):
    requesters = {
        "FOI-2026-0412": ["Jordan Ellery", "Ellery", "22 Kestrel Way", "SB3 9LX", "jordan.ellery@example.com"],
        "FOI-2026-0377": ["Morgan Tilsley", "Tilsley", "9 Quarry Road", "AM2 4RT", "m.tilsley@example.org",
                          "07700 900456"],
    }
    for reference, values in requesters.items():
        for path in (packs / reference).iterdir():
            content = raw_text(path).casefold()
            for value in values:
                assert value.casefold() not in content, f"{reference}/{path.name}"
        note = (packs / f"{reference}-INTERNAL-NOT-FOR-RELEASE" / "internal-note.md").read_text()
        assert values[0] in note  # whoever sends the letter still knows where it goes


def test_disclosure_log_row_and_schedule(learning_pack):
    with (learning_pack / "disclosure-log-row.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert rows == [{"Reference": "FOI-2026-0412", "Date received": "2026-04-10", "Date of response": "2026-05-06",
                     "Subject": "Learning from critical learning reviews after serious incidents involving "
                                "children under YJS supervision",
                     "Outcome": "released in part", "Exemptions applied": "s.40(2); s.22(1)"}]
    schedule = (learning_pack / "redaction-schedule.csv").read_text()
    assert "Young Person A" in schedule and "Kian" not in schedule


def test_foi_log_lists_sent_responses_without_requester_data(packs):
    result = runner.invoke(app, ["foi", "log", str(packs), "-o", str(packs / "log" / "disclosure-log")])
    assert result.exit_code == 0, result.output
    with (packs / "log" / "disclosure-log.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    # The open request has no date of response, so it is not on the log yet.
    assert [r["Reference"] for r in rows] == ["FOI-2026-0377", "FOI-2026-0412"]
    assert rows[0]["Outcome"] == "partly held"
    book = openpyxl.load_workbook(packs / "log" / "disclosure-log.xlsx")
    assert book.sheetnames == ["Disclosure log"] and book.active.sheet_state == "visible"
    assert [c.value for c in book.active[2]][:2] == ["FOI-2026-0377", "2026-03-14"]
    assert not any(d.hidden for d in book.active.row_dimensions.values())
    everything = raw_text(packs / "log" / "disclosure-log.xlsx") + raw_text(packs / "log" / "disclosure-log.csv")
    for value in ("Jordan Ellery", "Morgan Tilsley", "Alex Penhallow", "Kestrel", "example.com", "Whitcombe"):
        assert value not in everything


def test_subject_and_exemption_wording_pass_the_redaction_gate_everywhere(tmp_path, write_request):
    third_party = "Ottilie Brackenbury"
    path = write_request(subject=f"Reviews requested by {REQUESTER['name']} about {third_party}",
                         parts=[{"number": 1, "question": "the learning identified", "held": "held",
                                 "answer": f"{third_party} was consulted."}])
    data = yaml.safe_load(path.read_text())
    data["exemptions"] = [{"section": "41(1)", "parts": [1],
                           "wording": f"Information provided in confidence by {third_party}."}]
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    out = tmp_path / "out"
    result = respond(path, out)
    assert result.exit_code == 0, result.output
    pack = out / "FOI-TEST-0001"
    document = docx.Document(str(pack / "response.docx"))
    places = [word_text(pack / "response.docx"), (pack / "response.md").read_text(),
              (pack / "response.html").read_text(), (pack / "disclosure-log-row.csv").read_text(),
              document.core_properties.subject, document.core_properties.title]
    for place in places:
        for value in (REQUESTER["name"], "Arbuthnot", third_party, "Brackenbury"):
            assert value not in place
    assert "[Requester]" in (pack / "disclosure-log-row.csv").read_text()


def test_the_letter_refuses_text_that_skipped_the_gate():
    from reviewgen.foi.letter import AnsweredPart, Redacted

    with pytest.raises(TypeError, match="redaction gate"):
        AnsweredPart(number=1, question="Plain text", held="held", held_line="", answer=Redacted("ok"))


def test_a_leak_refuses_the_pack_and_writes_nothing(tmp_path, write_request):
    # The reference is the officer's own identifier, printed as written: with the requester's
    # name in it, the leak check must stop the pack.
    path = write_request(reference=f"FOI-{REQUESTER['name'].split()[1]}")
    out = tmp_path / "out"
    result = respond(path, out)
    assert result.exit_code == 1
    assert "personal data would be released" in result.stderr and "response.docx" in result.stderr
    assert REQUESTER["name"] not in result.stderr
    assert [p for p in out.iterdir() if not p.name.startswith(".")] == [] and list(out.iterdir()) == []


def test_a_leak_leaves_the_previous_pack_in_place(tmp_path, write_request, monkeypatch):
    import reviewgen.foi.pack as pack
    from reviewgen.config import load_config
    from reviewgen.foi.model import load_request

    out = tmp_path / "out"
    path = write_request()
    assert respond(path, out).exit_code == 0
    before = (out / "FOI-TEST-0001" / "response.md").read_text()
    # A template that prints a value from outside the gate: the leak check is the last line.
    monkeypatch.setattr(pack, "response_markdown", lambda *a, **k: f"Dear {REQUESTER['name']}")
    with pytest.raises(CheckFailed) as failure:
        pack.build_release_pack(load_request(path), out, load_config(None))
    assert REQUESTER["name"] not in str(failure.value)
    assert (out / "FOI-TEST-0001" / "response.md").read_text() == before
    assert sorted(p.name for p in out.iterdir()) == ["FOI-TEST-0001", "FOI-TEST-0001-INTERNAL-NOT-FOR-RELEASE",
                                                     "FOI-TEST-0001-REQUESTER-NOT-FOR-PUBLICATION"]


def test_pseudonyms_are_consistent_across_parts_and_cases(tmp_path, write_request):
    for name in ("clr-example.yaml", "elr-example.yaml"):
        shutil.copy(REVIEWS / name, tmp_path / name)
    path = write_request(
        request_text="Please send the learning from both reviews.",
        parts=[
            {"number": 1, "question": "a summary", "held": "held",
             "answer": "Kian Marlowe was supervised on a Youth Rehabilitation Order; Kian's mother was consulted."},
            {"number": 2, "question": "the good practice", "held": "held",
             "from_review": {"file": "clr-example.yaml", "fields": ["analysis.good_practice"]}},
            {"number": 3, "question": "the learning of the second review", "held": "held",
             "from_review": {"file": "elr-example.yaml", "fields": ["learning", "analysis.good_practice"]}},
        ])
    result = respond(path, tmp_path / "out")
    assert result.exit_code == 0, result.output
    letter = (tmp_path / "out" / "FOI-TEST-0001" / "response.md").read_text()
    assert "Young Person A was supervised" in letter
    assert "**Case 1**" in letter and "**Case 2**" in letter
    second_child = load_review(REVIEWS / "elr-example.yaml").child.name
    assert second_child not in letter and second_child.split()[0] not in letter
    with (tmp_path / "out" / "FOI-TEST-0001" / "redaction-schedule.csv").open() as handle:
        schedule = list(csv.DictReader(handle))
    key = (tmp_path / "out" / "FOI-TEST-0001-INTERNAL-NOT-FOR-RELEASE" / "key.csv").read_text()
    # One child, one label: every removal of the first child's name maps to Young Person A.
    first_child_labels = {line.split(",")[0] for line in key.splitlines() if ",Kian" in line}
    assert first_child_labels == {"Young Person A"}
    assert any(r["label"].endswith("Young Person B") for r in schedule)
    assert "section 40(2)" in letter.casefold()


def test_a_scottish_response_cites_the_scottish_act_and_commissioner(tmp_path, write_request):
    path = write_request(jurisdiction="scotland", parts=[
        {"number": 1, "question": "the learning", "held": "held",
         "answer": "Our case manager Priyanka Holloway-Brandt reviewed the plan."}])
    result = respond(path, tmp_path)
    assert result.exit_code == 0, result.output
    letter = (tmp_path / "FOI-TEST-0001" / "response.md").read_text()
    assert letter.startswith("# Freedom of Information (Scotland) Act 2002:")
    assert "Section 38(1)(b): Personal information" in letter
    assert "Scottish Information Commissioner" in letter and "Holloway-Brandt" not in letter


def test_respond_rejects_bad_input_with_exit_2(tmp_path, write_request):
    path = write_request(parts=[{"number": 1, "question": "q", "held": "held"}])
    result = respond(path, tmp_path / "out")
    assert result.exit_code == 2 and "part 1 has no answer" in result.stderr
    assert not (tmp_path / "out").exists()


def test_every_exemption_in_the_table_has_a_standard_wording():
    from reviewgen.config import Config
    from reviewgen.foi import ACTS, EXEMPTIONS
    from reviewgen.foi.letter import _exemption_wording

    for key, act in ACTS.items():
        for exemption in EXEMPTIONS[key].values():
            section = exemption.subsections[0] if exemption.subsections else exemption.section
            wording = _exemption_wording(act, exemption, section, [1], Config())
            assert f"{act.provision} {section}" in wording.casefold()


def test_exemption_wording_is_overridden_by_the_organisation_and_by_the_request(tmp_path, write_request):
    templates = tmp_path / "templates" / "foi" / "exemptions"
    templates.mkdir(parents=True)
    (templates / "foia-s41-confidence.md.j2").write_text("Our own words on confidence for {{ organisation.council }}.")
    (tmp_path / "reviewgen.yaml").write_text("rendering:\n  templates_dir: templates\n")
    path = write_request(
        parts=[{"number": 1, "question": "a", "held": "held", "answer": "Withheld."},
               {"number": 2, "question": "b", "held": "held", "answer": "Withheld too."}],
        exemptions=[{"section": "41(1)", "parts": [1]},
                    {"section": "31(1)(a)", "parts": [2], "likelihood": "would", "reasons": "Evidence in a trial.",
                     "public_interest": {"for_disclosure": ["Openness."], "for_withholding": ["A fair trial."],
                                         "conclusion": "The balance favours withholding."},
                     "wording": "A wording written for this one response."}])
    result = runner.invoke(app, ["--config", str(tmp_path / "reviewgen.yaml"), "foi", "respond", str(path),
                                 "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    letter = (tmp_path / "out" / "FOI-TEST-0001" / "response.md").read_text()
    assert "Our own words on confidence for Northshire County Council." in letter
    assert "A wording written for this one response." in letter
    assert "The balance favours withholding." in letter
    assert "Section 40(2)" not in letter  # nothing personal was removed, so it is not cited


def test_foi_log_needs_a_folder_of_packs(tmp_path):
    result = runner.invoke(app, ["foi", "log", str(tmp_path / "missing")])
    assert result.exit_code == 2 and "is not a folder" in result.stderr


def test_several_requests_in_one_run_refuse_only_the_leaking_one(tmp_path, write_request):
    clean = write_request("foi-clean.yaml", reference="FOI-CLEAN")
    # The reference is printed as the officer wrote it: with the requester's surname in it,
    # the leak check refuses that pack.
    leaking = write_request("foi-leak.yaml", reference=f"FOI-LEAK-{REQUESTER['name'].split()[1]}")
    result = runner.invoke(app, ["foi", "respond", str(leaking), str(clean), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "FOI-CLEAN", "FOI-CLEAN-INTERNAL-NOT-FOR-RELEASE", "FOI-CLEAN-REQUESTER-NOT-FOR-PUBLICATION"]


def test_identifying_review_fields_are_redacted_when_pulled_in(tmp_path, write_request):
    shutil.copy(REVIEWS / "clr-example.yaml", tmp_path / "clr-example.yaml")
    path = write_request(parts=[{"number": 1, "question": "the case", "held": "held", "from_review": {
        "file": "clr-example.yaml", "fields": ["child", "incident.summary", "voice_of_child", "people"]}}])
    result = respond(path, tmp_path / "out")
    assert result.exit_code == 0, result.output
    pack = tmp_path / "out" / "FOI-TEST-0001"
    text = word_text(pack / "response.docx")
    assert "Young Person A" in text and "Legal status" in text
    review = load_review(REVIEWS / "clr-example.yaml")
    personal = [value for value, _, _ in review.personal_terms()] + ["Kian", "Marlowe", "Larch Close", "NS4 7QT"]
    for value in personal:
        assert not re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE), value
    for path in pack.iterdir():
        assert verify_file(path, personal) == [], path.name


# --- issue 12: the Act and the person in the schedule, the requester's own letter, sending ---


def schedule_rows(pack: Path) -> list[dict[str, str]]:
    with (pack / "redaction-schedule.csv").open() as handle:
        return list(csv.DictReader(handle))


def test_a_foisa_schedule_about_a_death_never_says_section_40(packs):
    pack = packs / "FOI-2026-0519"
    rows = schedule_rows(pack)
    assert {(r["label"], r["exemption"]) for r in rows} == {
        ("Young Person A", "s.36(2) (deceased person)"), ("Parent of Young Person A", "s.38(1)(b)")}
    letter = word_text(pack / "response.docx")
    assert letter.startswith("Freedom of Information (Scotland) Act 2002:")
    assert "Section 38(1)(d): A deceased person's health record" in letter
    everything = "".join(raw_text(p) for p in pack.iterdir() if p.suffix != ".pdf")
    assert "40(2)" not in everything and "section 40" not in everything.casefold()
    assert "Court of Session on a point of law" in letter and "We must reply to your requirement for review" in letter


def test_an_eir_pack_cites_the_regulations(packs):
    pack = packs / "EIR-2026-0077"
    letter = word_text(pack / "response.docx")
    assert letter.startswith("Environmental Information Regulations 2004:")
    assert "regulation 12(4)(a)" in letter and "40 working days under regulation 7(1)" in letter
    with (pack / "disclosure-log-row.csv").open() as handle:
        row = next(csv.DictReader(handle))
    assert row["Exemptions applied"] == "reg.13(1); reg.12(4)(e)" and row["Date of response"] == "not yet sent"


def test_the_requester_gets_a_personal_letter_apart_from_the_log_copy(packs):
    personal = word_text(packs / "FOI-2026-0519-REQUESTER-NOT-FOR-PUBLICATION" / "response.docx")
    assert "Dear Ms Ramsay-Coull," in personal and "41 Harbour Wynd" in personal
    assert "For the requester only: not for publication." in personal
    public = word_text(packs / "FOI-2026-0519" / "response.docx")
    assert "Dear Requester," in public and "Ramsay-Coull" not in public and "Harbour Wynd" not in public
    assert "Date of response" not in personal and "Date of response" not in public  # not sent yet
    # The third parties stay withheld in the requester's own letter too.
    assert "Abernethy" not in personal and "Young Person A" in personal


def test_the_identifiability_report_is_in_the_pack_for_the_officer(packs):
    report = (packs / "FOI-2026-0519-INTERNAL-NOT-FOR-RELEASE" / "identifiability-report.md").read_text()
    assert '"2025, Deaths: 1" - suggestion: publish "fewer than 5"' in report
    assert "motivated intruder" in report


def test_foi_sent_dates_the_letters_and_puts_the_response_on_the_log(tmp_path):
    requests = tmp_path / "requests"
    requests.mkdir()
    shutil.copy(REVIEWS / "foi-exploitation-training.yaml", requests / "foi-exploitation-training.yaml")
    out = tmp_path / "out"
    result = runner.invoke(app, ["foi", "sent", "FOI-2026-0455", "--date", "2026-11-20", "--requests",
                                 str(requests), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "**Date of response:** 20 November 2026" in (out / "FOI-2026-0455" / "response.md").read_text()
    # A later `foi respond` keeps the recorded date: the request YAML itself is never changed.
    assert "response_date" not in (requests / "foi-exploitation-training.yaml").read_text().split("officer:")[1]
    assert "20 November 2026" in (out / "FOI-2026-0455-REQUESTER-NOT-FOR-PUBLICATION" / "response.md").read_text()
    from reviewgen.foi import load_request
    from reviewgen.foi.status import with_recorded_sending

    assert with_recorded_sending(load_request(requests / "foi-exploitation-training.yaml"), out).response_date \
        == date(2026, 11, 20)
    log = runner.invoke(app, ["foi", "log", str(out), "-o", str(tmp_path / "log")])
    assert log.exit_code == 0
    assert "FOI-2026-0455,2026-11-09,2026-11-20" in (tmp_path / "log.csv").read_text()
    missing = runner.invoke(app, ["foi", "sent", "FOI-NONE", "--date", "2026-11-20", "--requests", str(requests),
                                  "-o", str(out)])
    assert missing.exit_code == 2 and "no request with reference FOI-NONE" in missing.stderr


def test_respond_refuses_an_incomplete_refusal_notice_before_writing(tmp_path, write_request):
    path = write_request(exemptions=[{"section": "31", "parts": [1]}])
    result = respond(path, tmp_path / "out")
    assert result.exit_code == 1
    assert "the refusal notice is incomplete" in result.stderr and "missing subsection" in result.stderr
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
