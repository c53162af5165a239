"""The disclosure log: one row per published response, never anything about the requester.

Each release pack carries its own row (`disclosure-log-row.csv`), written from the
verified response; `collect_log` gathers the rows of every pack that has been sent.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from reviewgen.atomicio import atomic_path, write_text
from reviewgen.errors import InputError

COLUMNS = ["Reference", "Date received", "Date of response", "Subject", "Outcome", "Exemptions applied"]
ROW_FILENAME = "disclosure-log-row.csv"
INTERNAL_SUFFIX = "-INTERNAL-NOT-FOR-RELEASE"
REQUESTER_SUFFIX = "-REQUESTER-NOT-FOR-PUBLICATION"
NOT_YET_SENT = "not yet sent"


def csv_text(rows: Iterable[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != COLUMNS:
            raise InputError.single(path, "is not a disclosure log row written by reviewgen",
                                    fix="rebuild the pack with `reviewgen foi respond`")
        return list(reader)


def collect_log(packs_dir: Path) -> list[dict[str, str]]:
    """Rows of every release pack under `packs_dir` that has a date of response, oldest first."""
    if not packs_dir.is_dir():
        raise InputError.single(packs_dir, "is not a folder",
                                fix="name the folder `reviewgen foi respond -o` wrote the packs to")
    rows = []
    for path in sorted(packs_dir.glob(f"*/{ROW_FILENAME}")):
        if path.parent.name.endswith((INTERNAL_SUFFIX, REQUESTER_SUFFIX)) or path.parent.name.startswith("."):
            continue
        rows += [row for row in read_rows(path) if row["Date of response"] not in ("", NOT_YET_SENT)]
    return sorted(rows, key=lambda r: (r["Date of response"], r["Reference"]))


def write_log(rows: list[dict[str, str]], stem: Path, author: str) -> list[Path]:
    """`stem`.csv and `stem`.xlsx: one visible sheet, no hidden rows, the organisation as author."""
    csv_path = write_text(stem.with_suffix(".csv"), csv_text(rows))
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook opens on one worksheet
    sheet.title = "Disclosure log"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([row[c] for c in COLUMNS])
    sheet.freeze_panes = "A2"
    for letter, width in zip("ABCDEF", (18, 14, 16, 60, 18, 24)):
        sheet.column_dimensions[letter].width = width
    book.properties.creator = author
    book.properties.lastModifiedBy = author
    book.properties.title = "FOI disclosure log"
    xlsx_path = stem.with_suffix(".xlsx")
    with atomic_path(xlsx_path) as tmp:
        book.save(tmp)
    return [csv_path, xlsx_path]
