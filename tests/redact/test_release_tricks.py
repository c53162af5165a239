"""Writing tricks that hide a name from a reader's eye but not from a reader: text written
backwards behind a direction override, marks laid over each letter, characters that draw
nothing, small capitals, a link splitting a word, a lower-case l for a capital I, terminal
escapes, a surname and initial run together, a name inside an identifier.

The leak check must find every one (so a run that cannot clean it releases nothing), and
ordinary documents whose words happen to equal a surname or initials must still go out.
All people here are invented.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from reviewgen.redact.verify import Protected, verify_file

PERSON = [Protected("Jordan Ellis", "name")]
N = "Jordan Ellis"
TRICKS = {
    "right-to-left override": "Spoke to \u202e" + N[::-1] + "\u202c today.",
    "html bdo": 'Spoke to <bdo dir="rtl">' + N[::-1] + "</bdo> today.",
    "underline on each letter": "Later " + "".join(c + "\u0332" for c in "Ellis") + " phoned.",
    "strike on each letter": "Later " + "".join(c + "\u0336" for c in "Ellis") + " phoned.",
    "variation selector": "Later El\ufe0flis phoned.",
    "tag character": "Later Jor\U000e0020dan wrote.",
    "direction isolate": "Then El\u2066lis\u2069 came.",
    "direction embedding": "Then El\u202alis came.",
    "mongolian selector": "Later El\u180blis phoned.",
    "khmer inherent vowel": "Later El\u17b4lis phoned.",
    "small capitals": "Signed: \u1d0a\u1d0f\u0280\u1d05\u1d00\u0274 \u1d07\u029f\u029f\u026a\ua731",
    "link splitting the word": "Later [El](#notes)lis phoned.",
    "lower-case l for capital I": "Later JORDAN ELLlS phoned.",
    "terminal escape": "Later \x1b[1mEl\x1b[0mlis phoned.",
    "backspace overstrike": "Later Elx\blis phoned.",
    "initial and surname run together": "Ask jellis on chat.",
    "surname and initial run together": "Logged in as ellisj today.",
    "letters with full stops": "Later J.o.r.d.a.n E.l.l.i.s phoned.",
    "letters with hyphens": "Later J-o-r-d-a-n phoned.",
    "name inside an identifier": '<w:styles xmlns:w="urn:w"><w:style w:styleId="EllisStyle"/></w:styles>',
}
ORDINARY = {
    "a surname as an everyday word": ("Grace Hill attended the meeting.", "The school is at the top of the hill.",
                                      [Protected("Grace Hill", "name")]),
    "initials that spell an acronym": ("Ian Thomas attended the meeting.", "The IT team replaced the laptop.",
                                       [Protected("Ian Thomas", "name")]),
}


@pytest.mark.parametrize("trick", list(TRICKS))
def test_the_leak_check_reads_through_each_trick(tmp_path: Path, trick: str) -> None:
    released = tmp_path / ("styles.xml" if trick == "name inside an identifier" else "note.md")
    text = TRICKS[trick] if trick == "name inside an identifier" else f"# Note\n\n{TRICKS[trick]}\n"
    released.write_text(text, encoding="utf-8")
    assert verify_file(released, PERSON) != []


def test_words_joined_in_text_are_not_read_apart(tmp_path: Path) -> None:
    released = tmp_path / "note.md"
    released.write_text("Person 1 opened the PowerPoint slides.\n", encoding="utf-8")
    assert verify_file(released, [Protected("Sam Power", "name")], ["Person 1"]) == []


@pytest.mark.parametrize("trick", ["right-to-left override", "small capitals", "underline on each letter"])
def test_the_leak_check_reads_through_tricks_in_word_parts(tmp_path: Path, trick: str) -> None:
    released = tmp_path / "note.docx"
    document = docx.Document()
    document.add_paragraph("The Youth Justice Service met.")
    document.core_properties.title = TRICKS[trick]
    document.save(str(released))
    assert verify_file(released, PERSON) == ["docProps/core.xml"]


def test_a_file_name_written_backwards_is_read(tmp_path: Path) -> None:
    released = tmp_path / ("\u202e" + "Ellis"[::-1] + "-note.md")
    released.write_text("Nothing here.\n", encoding="utf-8")
    assert verify_file(released, PERSON) == ["file name"]


@pytest.mark.parametrize("case", list(ORDINARY))
def test_ordinary_words_equal_to_a_name_part_are_no_leak(tmp_path: Path, case: str) -> None:
    _, ordinary, person = ORDINARY[case]
    released = tmp_path / "note.md"
    released.write_text(f"Person 1 attended the meeting.\n\n{ordinary}\n", encoding="utf-8")
    assert verify_file(released, person, ["Person 1"]) == []
    released.write_text(f"Person 1 attended the meeting.\n\n{ordinary} {person[0].value.split()[-1].upper()}.\n")
    assert verify_file(released, person, ["Person 1"]) == ["text"]  # in capitals it is the name again


def _redact(source: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reviewgen.cli", "redact", str(source), "-o", str(out)],
                          capture_output=True, text=True, timeout=300)


def test_a_trick_the_redactor_cannot_clean_releases_nothing(tmp_path: Path) -> None:
    source = tmp_path / "in" / "note.md"
    source.parent.mkdir()
    text = f"# Note\n\n{N} attended the meeting.\n\n" + "\n\n".join(TRICKS[t] for t in (
        "right-to-left override", "small capitals", "surname and initial run together")) + "\n"
    source.write_text(text, encoding="utf-8")
    run = _redact(source, tmp_path / "out")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "nothing released" in run.stdout + run.stderr
    assert not any((tmp_path / "out").glob("*")) if (tmp_path / "out").exists() else True
    assert source.read_text(encoding="utf-8") == text


def test_an_input_named_after_the_person_is_refused_without_repeating_the_name(tmp_path: Path) -> None:
    source = tmp_path / "in" / "jellis-case-note.md"
    source.parent.mkdir()
    source.write_text(f"# Note\n\n{N} attended the meeting.\n", encoding="utf-8")
    run = _redact(source, tmp_path / "out")
    assert run.returncode == 1
    assert "jellis" not in (run.stdout + run.stderr).lower()
    assert "Rename the input" in run.stdout + run.stderr


@pytest.mark.parametrize("case", list(ORDINARY))
def test_an_ordinary_document_is_released(tmp_path: Path, case: str) -> None:
    visible, ordinary, _ = ORDINARY[case]
    source = tmp_path / "in" / "note.md"
    source.parent.mkdir()
    source.write_text(f"# Note\n\n{visible}\n\n{ordinary}\n", encoding="utf-8")
    run = _redact(source, tmp_path / "out")
    assert run.returncode == 0, run.stdout + run.stderr
    released = (tmp_path / "out" / "note-redacted.md").read_text(encoding="utf-8")
    assert ordinary in released and visible.split()[1] not in released.split("\n\n")[1]


def test_a_word_package_with_a_name_in_a_style_link_is_refused(tmp_path: Path) -> None:
    """Word files keep style links by name; one naming the person must not go out."""
    source = tmp_path / "in" / "note.docx"
    source.parent.mkdir()
    document = docx.Document()
    document.add_paragraph(f"{N} attended the meeting.")
    document.save(str(source))
    with zipfile.ZipFile(source) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    parts["word/styles.xml"] = parts["word/styles.xml"].replace(
        b"</w:styles>", b'<w:style w:type="paragraph" w:styleId="EllisStyle"><w:name w:val="EllisStyle"/></w:style>'
                        b"</w:styles>")
    with zipfile.ZipFile(source, "w") as package:
        for name, data in parts.items():
            package.writestr(name, data)
    run = _redact(source, tmp_path / "out")
    released = tmp_path / "out" / "note-redacted.docx"
    if run.returncode == 0:  # released only if the style name was cleaned
        assert verify_file(released, PERSON) == []
        with zipfile.ZipFile(released) as package:
            assert b"Ellis" not in package.read("word/styles.xml")
    else:
        assert not released.exists()


def test_words_are_read_backwards_only_behind_a_direction_override(tmp_path: Path) -> None:
    released = tmp_path / "note.md"
    released.write_text("Person 1 sent it by mail.\n", encoding="utf-8")
    assert verify_file(released, [Protected("Liam Oakden", "name")], ["Person 1"]) == []
    released.write_text("Person 1 sent it by \u202email\u202c.\n", encoding="utf-8")
    assert verify_file(released, [Protected("Liam Oakden", "name")], ["Person 1"]) == ["text"]


def test_words_joined_in_word_text_are_not_read_apart(tmp_path: Path) -> None:
    released = tmp_path / "note.docx"
    document = docx.Document()
    document.add_paragraph("Person 1 opened the PowerPoint slides.")
    document.save(str(released))
    assert verify_file(released, [Protected("Sam Power", "name")], ["Person 1"]) == []


CLEANABLE = ("underline on each letter", "strike on each letter", "variation selector", "tag character",
             "direction isolate", "direction embedding", "mongolian selector", "khmer inherent vowel")


def test_the_redactor_reads_past_marks_and_invisible_characters(tmp_path: Path) -> None:
    """Marks laid over letters and characters that draw nothing are cleaned, not refused."""
    import re
    import unicodedata

    source = tmp_path / "in" / "note.md"
    source.parent.mkdir()
    source.write_text(f"# Note\n\n{N} attended the meeting.\n\n" + "\n\n".join(TRICKS[t] for t in CLEANABLE)
                      + "\n\nThe Youth Justice Service asked.\n", encoding="utf-8")
    run = _redact(source, tmp_path / "out")
    assert run.returncode == 0, run.stdout + run.stderr
    released = tmp_path / "out" / "note-redacted.md"
    assert verify_file(released, PERSON, ["Person 1"]) == []
    drawn = unicodedata.normalize("NFKD", released.read_text(encoding="utf-8"))
    drawn = re.sub(r"[\u0300-\u036f\u180b-\u180f\u17b4\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f"
                   r"\U000e0000-\U000e0fff]", "", drawn)
    assert "ellis" not in drawn.casefold() and "jordan" not in drawn.casefold()
    assert "Youth Justice Service" in drawn


def test_letters_drawn_in_squares_and_flags_are_cleaned(tmp_path: Path) -> None:
    squares = "".join(chr(0x1F170 + ord(c) - ord("A")) for c in "ELLIS")
    flags = "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in "JORDAN")
    source = tmp_path / "in" / "note.md"
    source.parent.mkdir()
    source.write_text(f"# Note\n\n{N} attended the meeting.\n\nBanner: {squares}\n\nFlags: {flags}\n",
                      encoding="utf-8")
    run = _redact(source, tmp_path / "out")
    assert run.returncode == 0, run.stdout + run.stderr
    released = (tmp_path / "out" / "note-redacted.md").read_text(encoding="utf-8")
    assert squares not in released and flags not in released
    assert verify_file(tmp_path / "out" / "note-redacted.md", PERSON, ["Person 1"]) == []


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _pdf_with_font(names: dict[int, str]) -> bytes:
    import io

    import pymupdf
    from fontTools.ttLib import TTFont

    font = TTFont(str(DEJAVU))
    for record in font["name"].names:
        if record.nameID in names:
            record.string = names[record.nameID]
    buffer = io.BytesIO()
    font.save(buffer)
    document = pymupdf.open()
    page = document.new_page()
    page.insert_font(fontname="F8", fontbuffer=buffer.getvalue())
    page.insert_text((72, 100), "Written by the case manager in her own hand.", fontname="F8", fontsize=11)
    return document.tobytes()


def test_a_font_program_named_after_the_person_is_a_leak(tmp_path: Path) -> None:
    assert DEJAVU.exists(), "Debian's fonts-dejavu-core is missing: `make` installs it"
    released = tmp_path / "note.pdf"
    released.write_bytes(_pdf_with_font({1: "Jordan Ellis Hand", 4: "Jordan Ellis Hand", 9: "Jordan Ellis"}))
    assert any(part.startswith("object") for part in verify_file(released, PERSON))
    # Font names are words and given names too: "Bitstream Vera" in DejaVu's notice is no Vera Lynn.
    released.write_bytes(_pdf_with_font({}))
    assert verify_file(released, [Protected("Vera Lynn", "name"), Protected("Gill Sans", "name")]) == []


def test_html_with_several_top_elements_is_read_as_text_too(tmp_path: Path) -> None:
    released = tmp_path / "note.md"
    released.write_text("<div align='center'>Logo</div>\n\nThe child, aged 15, was seen.\n", encoding="utf-8")
    assert verify_file(released, [Protected("15", "age")]) == ["text"]


@pytest.mark.parametrize("text", ["15 years of age", "when she was 15", "a 15 y/o boy"])
def test_an_age_in_other_phrasings_is_read(tmp_path: Path, text: str) -> None:
    released = tmp_path / "note.md"
    released.write_text(f"Seen today: {text}.\n", encoding="utf-8")
    assert verify_file(released, [Protected("15", "age")]) == ["text"]


def test_initials_that_are_acronyms_but_no_words_are_still_read(tmp_path: Path) -> None:
    released = tmp_path / "note.md"
    released.write_text("JP agreed to send the letter.\n", encoding="utf-8")
    assert verify_file(released, [Protected("Jane Price", "name")]) == ["text"]


def test_escapes_are_read_even_beside_a_nul(tmp_path: Path) -> None:
    released = tmp_path / "note.txt"
    released.write_bytes(b"Later El\x1b[0mlis phoned.\x00\n")
    assert verify_file(released, PERSON) != []


def test_many_backspaces_and_long_capital_runs_stay_linear(tmp_path: Path) -> None:
    import time

    released = tmp_path / "note.txt"
    released.write_text("x" * 40_000 + "\b" * 40_000 + " " + "A" * 80_000 + "\n", encoding="utf-8")
    started = time.perf_counter()
    assert verify_file(released, PERSON) == []
    assert time.perf_counter() - started < 10


def test_ordinary_word_markup_and_short_codes_are_no_leak(tmp_path: Path) -> None:
    released = tmp_path / "document.xml"
    released.write_text('<w:document xmlns:w="urn:w"><w:p><w:r><w:rPr><w:rtl w:val="0"/></w:rPr>'
                        "<w:t>The aim of the review. Postcode district E1, quarter Q1, a small increase.</w:t>"
                        "</w:r></w:p></w:document>", encoding="utf-8")
    people = [Protected("Mia Okafor", "name"), Protected("Eve Ives", "name"), Protected("Anna Small", "name")]
    assert verify_file(released, people) == []
