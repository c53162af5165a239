"""The release workflow's own guarantees: normalisation maps back, verify reads like an
attacker, outputs never collide, keys are private. Invented people only."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from reviewgen.cli import app
from reviewgen.redact import Redactor, verify_file
from reviewgen.redact.normalise import normalise_text
from reviewgen.redact.verify import Protected

runner = CliRunner()
PERSON = "Marnie Quillfeather"


def test_detection_reads_normalised_text_and_replaces_the_original_span():
    written = "Seen: M\u200barnie Quill\u00adfeather and &#77;arnie&nbsp;Quillfeather."
    view = normalise_text(written, markup=True)
    assert view.text == "Seen: Marnie Quillfeather and Marnie Quillfeather."
    start = view.text.index("Marnie", 10)
    assert view.original_span(start, start + len(PERSON)) == (written.index("&#77;"), len(written) - 1)
    out = Redactor().redact_texts([written], ["p"], markup=True)[0]
    assert "arnie" not in out and "feather" not in out and out.count("Person 1") == 2


def test_full_width_letters_are_read_as_letters():
    written = "Met with \uff2d\uff41\uff52\uff4e\uff49\uff45 Quillfeather today."
    out = Redactor().redact_text(written, "p")
    assert "Quillfeather" not in out and "\uff2d" not in out


@pytest.mark.parametrize("hidden", [
    "marniequillfeather", "MARNIE_QUILLFEATHER", "marnie-quillfeather", "Marnie%20Quillfeather",
    "Mar\u200bnie Quillfeather", "&#77;arnie Quillfeather", "Quillfeather", "M.Q.", "MQ",
    # Tricks a red-team pass found: split by Markdown, spaced out, hyphenated over a line,
    # look-alike Cyrillic letters, base64 in a data URI.
    "Quill**feather**", "Quill<!-- -->feather", "Q u i l l f e a t h e r", "Quill-\nfeather",
    "\u041carnie Qu\u0456llfeather", "![x](data:text/plain;base64,TWFybmllIFF1aWxsZmVhdGhlcg==)",
])
def test_verify_finds_a_name_however_it_is_written(tmp_path, hidden):
    released = tmp_path / "released.txt"
    released.write_text(f"Notes. {hidden} was there.", encoding="utf-8")
    assert verify_file(released, [Protected(PERSON, "name")]) == ["text"]


def test_verify_leaves_lookalikes_alone(tmp_path):
    released = tmp_path / "released.txt"
    released.write_text("Revision 00MQ06; the mq of a metric; Marnier liqueur.", encoding="utf-8")
    assert verify_file(released, [Protected(PERSON, "name")]) == []


def test_verify_reads_a_name_spelled_in_word_symbols(tmp_path):
    symbols = "".join(f'<w:r><w:sym w:font="Arial" w:char="{ord(c):04X}"/></w:r>' for c in "Quillfeather")
    released = tmp_path / "released.docx"
    with zipfile.ZipFile(released, "w") as package:
        package.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/'
                         f'wordprocessingml/2006/main"><w:body><w:p>{symbols}</w:p></w:body></w:document>')
    assert verify_file(released, [Protected(PERSON, "name")]) == ["word/document.xml"]


def test_verify_reads_packages_inside_packages_and_part_names(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as package:
        package.writestr("xl/worksheets/sheet2.xml", f"<sheet><c><v>{PERSON}</v></c></sheet>")
    outer = tmp_path / "released.docx"
    with zipfile.ZipFile(outer, "w") as package:
        package.writestr("word/document.xml", "<document/>")
        package.writestr("word/embeddings/book.xlsx", inner.getvalue())
        package.writestr(f"word/media/{PERSON.replace(' ', '_')}.png", b"\x89PNG")
    leaks = verify_file(outer, [PERSON])
    assert "part names" in leaks and "word/embeddings/book.xlsx/xl/worksheets/sheet2.xml" in leaks


def test_same_stems_get_their_own_outputs_and_keys_are_private(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    inputs = [tmp_path / "a" / "notes.txt", tmp_path / "b" / "notes.txt", tmp_path / "a" / "notes.md"]
    for number, path in enumerate(inputs, start=1):
        path.write_text(f"Note {number}: {PERSON} attended the panel.", encoding="utf-8")
    out, keys = tmp_path / "release", tmp_path / "internal"
    result = runner.invoke(app, ["redact", *map(str, inputs), "-o", str(out), "--key-dir", str(keys)])
    assert result.exit_code == 0, result.output
    released = sorted(p.name for p in out.iterdir())
    assert released == ["notes-2-redacted.txt", "notes-2-redaction-schedule.csv", "notes-3-redacted.md",
                        "notes-3-redaction-schedule.csv", "notes-redacted.txt", "notes-redaction-schedule.csv"]
    assert len(list(keys.glob("*-KEY-NOT-FOR-RELEASE.csv"))) == 3
    for key in keys.glob("*.csv"):
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((out / "notes-redacted.txt").stat().st_mode) == 0o666 & ~umask
    assert "Note 2: Person 1 attended" in (out / "notes-2-redacted.txt").read_text()


def test_a_file_named_after_a_person_is_released_under_labels_or_its_given_name(tmp_path):
    source = tmp_path / f"{PERSON} case note.txt"
    source.write_text(f"{PERSON} attended the panel.", encoding="utf-8")
    result = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "Person 1 case note-redacted.txt", "Person 1 case note-redaction-schedule.csv"]
    assert "Quillfeather" not in result.output
    named = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "named"), "--name", "case-17"])
    assert named.exit_code == 0, named.output
    assert (tmp_path / "named" / "case-17-redacted.txt").exists()


def test_an_unreadable_encoding_is_refused_alone_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(f"{PERSON} attended.", encoding="utf-8")
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(f"{PERSON} attended.".encode("utf-16"))  # with its byte-order mark
    bad = tmp_path / "bad.txt"
    bad.write_bytes(f"{PERSON} attended.".encode("utf-16-le"))  # no mark: cannot be told apart
    result = runner.invoke(app, ["redact", str(good), str(bad), str(utf16), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "input 2 of 3" in result.stderr and "UTF-16" in result.stderr and "Quillfeather" not in result.stderr
    assert (tmp_path / "out" / "good-redacted.txt").read_text() == "Person 1 attended."
    assert (tmp_path / "out" / "utf16-redacted.txt").read_text(encoding="utf-8") == "Person 1 attended."
    assert not list((tmp_path / "out").glob("bad*"))


def test_pictures_can_be_dropped_by_policy(tmp_path):
    from .wordfixture import build

    source = build(tmp_path / "review.docx")
    policy = tmp_path / "policy.yaml"
    policy.write_text("pictures: drop\n", encoding="utf-8")
    result = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "out"), "--policy", str(policy)])
    assert result.exit_code == 0, result.output
    released = tmp_path / "out" / "review-redacted.docx"
    with zipfile.ZipFile(released) as package:
        assert not [n for n in package.namelist() if n.startswith("word/media/")]
    docx.Document(str(released))  # still opens
    schedule = (tmp_path / "out" / "review-redaction-schedule.csv").read_text()
    assert "removed: picture (policy) (1)" in schedule


def test_verify_command_on_a_folder_or_missing_key_is_bad_input(tmp_path: Path):
    key = tmp_path / "key.csv"
    key.write_text("label,category,original,occurrences\nPerson 1,name,Someone Else,1\n", encoding="utf-8")
    folder = runner.invoke(app, ["verify", str(tmp_path), "--key", str(key)])
    assert folder.exit_code == 2 and "is a folder" in folder.stderr
    (tmp_path / "x.txt").write_text("clean", encoding="utf-8")
    missing = runner.invoke(app, ["verify", str(tmp_path / "x.txt"), "--key", str(tmp_path / "nope.csv")])
    assert missing.exit_code == 2


def test_staging_replaces_several_earlier_folders_in_one_run(tmp_path):
    from reviewgen.redact.release import Staging

    out = tmp_path / "out"
    for round_ in range(2):
        with Staging(out, []) as staging:
            for name in ("public", "internal", "letters"):
                folder = staging.path(name)
                folder.mkdir()
                (folder / "file.txt").write_text(f"round {round_}")
                staging.move(folder, name)
    assert sorted(p.name for p in out.iterdir()) == ["internal", "letters", "public"]
    assert all((out / n / "file.txt").read_text() == "round 1" for n in ("public", "internal", "letters"))
