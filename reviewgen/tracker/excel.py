"""The Excel export people edit and import again as a bulk update.

One visible sheet, nothing hidden: a header row whose names `tracker import` recognises,
one action per row. Overdue and At risk are derived columns for reading; re-import
ignores them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from reviewgen.atomicio import atomic_path
from reviewgen.tracker.actions import ActionFilter
from reviewgen.tracker.models import Action, Recommendation, Source
from reviewgen.tracker.status import STATUSES, is_at_risk, is_overdue
from reviewgen.tracker.storage import TrackerDB

EXPORT_COLUMNS = (
    ("Source", 16), ("Recommendation", 10), ("Recommendation text", 40), ("Addressed to", 24),
    ("Reference", 10), ("Action", 50), ("Owner", 20), ("Agency", 20), ("Due date", 12), ("Status", 13),
    ("Completed date", 12), ("Evidence", 40), ("Notes", 40), ("Overdue", 9), ("At risk", 9),
)
DATE_FORMAT = "yyyy-mm-dd"
HEADER_FILL = PatternFill("solid", fgColor="DDDDDD")


def write_sheet(sheet, headers: Sequence[tuple[str, int]], rows: Iterable[Sequence], date_columns=()) -> None:
    """A header row in bold, the rows, fixed widths, a filter and a frozen header."""
    sheet.append([name for name, _ in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for index, (_, width) in enumerate(headers, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    count = 1
    for row in rows:
        sheet.append(list(row))
        count += 1
    for column in date_columns:
        for (cell,) in sheet.iter_rows(min_row=2, max_row=count, min_col=column, max_col=column):
            cell.number_format = DATE_FORMAT
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count}"


def export_actions(db: TrackerDB, target: str | Path, today: date, at_risk_days: int,
                   where: ActionFilter | None = None) -> int:
    """Write the actions matching `where` to an .xlsx file; return how many rows."""
    query = (select(Source.reference, Recommendation.number, Recommendation.text, Recommendation.addressed_to,
                    Action.reference, Action.description, Action.owner, Action.agency, Action.due_date,
                    Action.status, Action.completed_date, Action.evidence, Action.notes)
             .join(Recommendation, Recommendation.id == Action.recommendation_id)
             .join(Source, Source.id == Action.source_id)
             .order_by(Source.id, Recommendation.position, Action.position))
    query = (where or ActionFilter()).apply(query, today)
    with db.reading() as session:
        rows = [(*row, "yes" if is_overdue(row[9], row[8], today) else "",
                 "yes" if is_at_risk(row[9], row[8], today, at_risk_days) else "")
                for row in session.execute(query)]
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook opens on one worksheet
    sheet.title = "Actions"
    write_sheet(sheet, EXPORT_COLUMNS, rows, date_columns=(9, 11))
    statuses = DataValidation(type="list", formula1='"' + ",".join(STATUSES) + '"', allow_blank=False,
                              showErrorMessage=True, error="Choose a status from the list")
    statuses.add(f"J2:J{max(len(rows), 1) + 200}")
    sheet.add_data_validation(statuses)
    with atomic_path(target) as tmp:
        book.save(tmp)
    return len(rows)
