"""Redact a file by its type: plain text and Markdown here, Word in `word.py`, PDF in
`pdf.py`, spreadsheets (.xlsx, .csv) in `sheets.py`."""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import TYPE_CHECKING

from reviewgen.atomicio import write_text
from reviewgen.errors import InputError

if TYPE_CHECKING:
    from reviewgen.redact.redactor import Redactor

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
MARKUP_SUFFIXES = (".md", ".markdown")
SUPPORTED = (*TEXT_SUFFIXES, ".docx", ".pdf", ".xlsx", ".csv")


def check_supported(path: Path) -> None:
    if not path.exists():
        raise InputError.single(path, "file not found", fix="check the path and spelling")
    if path.is_dir():
        raise InputError.single(path, "is a folder, not a file", fix="name .txt, .md, .docx, .pdf, .xlsx or .csv files")
    if path.suffix.lower() not in SUPPORTED:
        raise InputError.single(path, f"cannot redact '{path.suffix or 'no extension'}' files",
                                fix="give a .txt, .md, .docx, .pdf, .xlsx or .csv file (save other formats as one of these)")


def read_text(path: Path) -> str:
    """The text of a .txt or .md file: UTF-8 with or without a byte-order mark, or UTF-16
    with one. Anything else is refused rather than guessed, because a wrong guess would
    release the bytes unread."""
    data = path.read_bytes()
    encoding = "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError.single(path, "is not UTF-8 or UTF-16 text",
                                fix="save the file as UTF-8 and run again") from None
    if "\x00" in text:  # UTF-16 without its byte-order mark decodes as UTF-8 with NULs
        raise InputError.single(path, "looks like UTF-16 text without a byte-order mark",
                                fix="save the file as UTF-8 and run again")
    return text


def redact_file(redactor: Redactor, in_path: Path, out_path: Path | None,
                location_prefix: str = "") -> None:
    """Redact `in_path` into `out_path`; with no `out_path`, only read it (see Redactor.learn_file)."""
    check_supported(in_path)
    if in_path.suffix.lower() == ".docx":
        redactor.redact_docx(in_path, out_path, location_prefix)
        return
    if in_path.suffix.lower() == ".pdf":
        from reviewgen.redact.pdf import redact_pdf

        redact_pdf(redactor, in_path, out_path, location_prefix)
        return
    if in_path.suffix.lower() in (".xlsx", ".csv"):
        from reviewgen.redact.sheets import redact_sheet

        redact_sheet(redactor, in_path, out_path, location_prefix)
        return
    text = read_text(in_path)
    # Paragraphs (split at blank lines) are located in the schedule and batched through spaCy.
    pieces = re.split(r"(\n\s*\n)", text)
    paragraphs = pieces[0::2]
    separators = [*pieces[1::2], ""]
    numbered = [(i, p) for i, p in enumerate(paragraphs) if p.strip()]
    redacted = redactor.redact_texts([p for _, p in numbered],
                                     [f"{location_prefix}paragraph {n + 1}" for n in range(len(numbered))],
                                     markup=in_path.suffix.lower() in MARKUP_SUFFIXES)
    if out_path is None:
        return
    for (index, _), new in zip(numbered, redacted):
        paragraphs[index] = new
    write_text(out_path, "".join(p + s for p, s in zip(paragraphs, separators)))
