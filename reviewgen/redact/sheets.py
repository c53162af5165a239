"""Redact spreadsheets: .xlsx rebuilt from what we understand, .csv in its own dialect.

An .xlsx is not edited: a new workbook is built from the input's sheets, cell by cell.

    kept and redacted   every sheet (hidden and very hidden ones unhidden, or dropped by
                        policy), every cell value, cell comments and notes (without their
                        authors), headers and footers, sheet names, defined names, data
                        validation lists and messages, link targets
    kept and rebuilt    cell formatting, column widths, row heights (hidden rows and
                        columns shown), merged cells, frozen panes, the title property
    replaced by values  formulas that name or reference anything redacted or dropped, or
                        whose references cannot be followed
    dropped             everything else: pivot tables and their caches, external links,
                        data connections and queries, macros, embedded objects, charts
                        and their cached values, pictures, tables, conditional formats,
                        slicers, threaded comments, custom and extended properties, and
                        any part not listed here

Each cell is detected with its column's header as context, so a date under "DOB" is a
date of birth. Each drop is recorded for the schedule, never with its content.

Hidden sheets are shown by default, so the released file shows everything it holds;
`hidden_sheets="drop"` drops them instead (taken from the policy's `hidden_sheets` when
the policy defines it).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewgen.atomicio import atomic_path, write_bytes
from reviewgen.errors import InputError

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from reviewgen.redact.redactor import Redactor

Plan = list[tuple[int, int, str]]
# What the schedule calls a dropped part, by where the package keeps it.
DROPPED_PARTS = (
    ("xl/pivotCache/", "pivot cache"), ("xl/pivotTables/", "pivot table"),
    ("xl/externalLinks/", "external link"), ("xl/connections.xml", "data connection"),
    ("xl/queryTables/", "query table"), ("xl/vbaProject", "macros"), ("xl/embeddings/", "embedded object"),
    ("xl/activeX/", "ActiveX control"), ("xl/ctrlProps/", "form control"), ("xl/charts/", "chart"),
    ("xl/chartsheets/", "chart sheet"), ("xl/media/", "picture"), ("xl/tables/", "table definition"),
    ("xl/slicer", "slicer"), ("xl/timeline", "timeline"), ("xl/threadedComments/", "threaded comments"),
    ("xl/persons/", "threaded comments"), ("xl/calcChain.xml", "calculation chain"),
    ("xl/printerSettings/", "printer settings"), ("docProps/custom.xml", "custom document properties"),
    ("customXml/", "custom XML data"), ("xl/customData", "custom XML data"), ("docProps/thumbnail", "thumbnail"),
)
# Parts whose content the rebuild reads and writes anew.
READ_PARTS = re.compile(r"^(\[Content_Types\]\.xml|_rels/\.rels|docProps/(core|app)\.xml|xl/(workbook\.xml|"
                        r"sharedStrings\.xml|styles\.xml|theme/theme\d+\.xml|worksheets/sheet\d+\.xml|"
                        r"comments\d*\.xml|comments/comment\d+\.xml|drawings/(vmlDrawing|commentsDrawing)\d+\.vml)|"
                        r".*\.rels)$")
REFERENCE = re.compile(r"^(?:(?:'(?P<quoted>(?:[^']|'')+)'|(?P<plain>[^'!]+))!)?(?P<range>\$?[A-Z]{0,3}\$?\d*"
                       r"(?::\$?[A-Z]{0,3}\$?\d*)?)$")
HEADER_PARTS = ("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter")
INVALID_TITLE = re.compile(r"[\[\]:*?/\\]")


@dataclass
class Segment:
    text: str
    location: str
    lead: str = ""
    write: Callable[[Plan], None] | None = None


@dataclass
class SheetCopy:
    """One input sheet, its rebuilt copy and what was redacted in it."""

    number: int
    source: Worksheet
    values: Worksheet
    target: Worksheet
    redacted: set[tuple[int, int]] = field(default_factory=set)


def redact_sheet(redactor: Redactor, in_path: Path, out_path: Path | None, location_prefix: str = "") -> None:
    if in_path.suffix.lower() == ".csv":
        redact_csv(redactor, in_path, out_path, location_prefix)
    else:
        redact_xlsx(redactor, in_path, out_path, location_prefix)


def apply_plan(text: str, plan: Plan) -> str:
    from reviewgen.redact.redactor import apply

    return apply(text, plan)


def cell_text(value: Any) -> str:
    """A cell value as a person reads it; dates day first, as UK spreadsheets show them."""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y") if value.time() == time(0) else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


# --- CSV ---------------------------------------------------------------------------------

def _csv_encoding(data: bytes) -> tuple[str, bytes]:
    """(codec, byte-order mark) of a CSV, by the same rules as other text files."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return codec, bom
    return "utf-8", b""


def redact_csv(redactor: Redactor, in_path: Path, out_path: Path | None, location_prefix: str = "") -> None:
    """Cell by cell with the header row as context; written back in the same delimiter,
    quote character, line ending, encoding and byte-order mark."""
    from reviewgen.redact.files import read_text

    text = read_text(in_path)  # refuses what it cannot decode for certain
    codec, bom = _csv_encoding(in_path.read_bytes())
    sample = text[:65536]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    line_end = "\r\n" if "\r\n" in sample else "\r" if "\r" in sample and "\n" not in sample else "\n"
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=dialect.delimiter,
                           quotechar=dialect.quotechar or '"', doublequote=True))
    header = rows[0] if rows else []
    segments: list[tuple[int, int]] = []
    texts, locations, leads = [], [], []
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value.strip():
                segments.append((r, c))
                texts.append(value)
                locations.append(f"{location_prefix}row {r + 1}, column {c + 1}")
                leads.append(f"{header[c]}:" if r and c < len(header) else "")
    plans = redactor.plan(texts, locations, leads)
    if out_path is None:
        return
    for (r, c), value, plan in zip(segments, texts, plans):
        if plan:
            rows[r][c] = apply_plan(value, plan)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=dialect.delimiter, quotechar=dialect.quotechar or '"',
                        lineterminator=line_end, quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    body = buffer.getvalue()
    if rows and not text.endswith(("\n", "\r")):
        body = body[:-len(line_end)]
    write_bytes(out_path, bom + body.encode(codec))


# --- xlsx ----------------------------------------------------------------------------------

def load_workbooks(path: Path) -> tuple[Workbook, Workbook, list[str]]:
    """(formulas, cached values, part names) of an .xlsx, after checking it is one."""
    import openpyxl

    if not zipfile.is_zipfile(path):
        raise InputError.single(path, "is not an Excel (.xlsx) workbook",
                                fix="save it from Excel as .xlsx (or as .csv)")
    try:
        with zipfile.ZipFile(path) as package:
            names = package.namelist()
        formulas = openpyxl.load_workbook(path, keep_vba=False, keep_links=False, rich_text=False)
        values = openpyxl.load_workbook(path, data_only=True, keep_vba=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged package
        raise InputError.single(path, "could not be read as an Excel (.xlsx) workbook",
                                fix="open it in Excel and save it again as .xlsx") from exc
    return formulas, values, names


def dropped_parts(names: list[str]) -> Counter[str]:
    found: Counter[str] = Counter()
    for name in names:
        if name.endswith("/") or name.endswith(".rels"):
            continue
        what = next((w for prefix, w in DROPPED_PARTS if name.startswith(prefix)), None)
        if what is None and not READ_PARTS.match(name):
            what = "other part"
        if what:
            found[what] += 1
    return found


def redact_xlsx(redactor: Redactor, in_path: Path, out_path: Path | None, location_prefix: str = "",
                hidden_sheets: str | None = None) -> None:
    """Redact `in_path` into a rebuilt workbook at `out_path` (None: read for names only).
    `hidden_sheets`: "unhide" or "drop"; by default the policy's, else "unhide"."""
    from openpyxl import Workbook

    source, cached, names = load_workbooks(in_path)
    hidden_policy = hidden_sheets or getattr(redactor.policy, "hidden_sheets", "unhide")
    removed = dropped_parts(names)
    out = Workbook()
    out.remove(out.active)  # type: ignore[arg-type]
    sheets: list[SheetCopy] = []
    dropped_titles: set[str] = set()
    segments: list[Segment] = []
    for number, sheet in enumerate(source.worksheets, start=1):
        if sheet.sheet_state != "visible" and hidden_policy == "drop":
            removed["hidden sheet (policy)"] += 1
            dropped_titles.add(sheet.title)
            continue
        if sheet.sheet_state != "visible":
            removed[f"{sheet.sheet_state} state of a sheet (shown)"] += 1
        target = out.create_sheet(f"Sheet{number}")
        copy_sheet = SheetCopy(number, sheet, cached[sheet.title], target)
        sheets.append(copy_sheet)
        segments.extend(_sheet_segments(copy_sheet, f"{location_prefix}sheet {number}", removed))
    for chartsheet in source.chartsheets:
        removed["chart sheet"] += 1
        dropped_titles.add(chartsheet.title)
    titles = {s.source.title: s for s in sheets}
    title_segments = [Segment(s.source.title, f"{location_prefix}sheet {s.number} name") for s in sheets]
    name_segments = _defined_name_segments(source, location_prefix)
    formula_cells = _formula_cells(sheets, location_prefix)
    everything = segments + title_segments + [s for _, s in name_segments] + \
        [s for cell in formula_cells for s in (cell.formula, cell.shown)]
    plans = redactor.plan([s.text for s in everything], [s.location for s in everything],
                          [s.lead for s in everything])
    by_segment = {id(s): p for s, p in zip(everything, plans)}
    if out_path is None:
        _record(redactor, f"{location_prefix}workbook", removed)
        return
    for segment in segments:
        if segment.write is not None:
            segment.write(by_segment[id(segment)])
    _write_formulas(formula_cells, by_segment, titles, dropped_titles, removed)
    _rename_sheets(sheets, title_segments, by_segment)
    _copy_defined_names(out, source, name_segments, by_segment, titles, dropped_titles, removed)
    properties_title = source.properties.title
    if properties_title:
        segment = Segment(properties_title, f"{location_prefix}document properties: title")
        plan = redactor.plan([segment.text], [segment.location])[0]
        out.properties.title = apply_plan(properties_title, plan)
    out.properties.creator = None
    out.properties.lastModifiedBy = None
    if any(v for k, v in vars(source.properties).items() if k not in ("title", "created", "modified") and v):
        removed["document properties"] += 1
    _record(redactor, f"{location_prefix}workbook", removed)
    with atomic_path(out_path) as tmp:
        out.save(tmp)


def _record(redactor: Redactor, location: str, removed: Counter[str]) -> None:
    for what, count in sorted(removed.items()):
        if count:
            redactor.record_removal(location, what, count)


def _sheet_segments(sheet: SheetCopy, where: str, removed: Counter[str]) -> list[Segment]:
    """Copy what is not text (formatting, sizes, merges) and return the text to redact,
    each with a writer into the copy."""
    from openpyxl.comments import Comment

    source, target = sheet.source, sheet.target
    segments: list[Segment] = []
    headers: dict[int, str] = {}
    header_row = next((cell.row for cell in _cells(source) if cell.value is not None), 1)
    for cell in _cells(source):
        if cell.row == header_row and cell.value is not None:
            headers[cell.column] = cell_text(cell.value)
        new = target.cell(row=cell.row, column=cell.column)
        if cell.has_style:
            new.font, new.fill, new.border = copy(cell.font), copy(cell.fill), copy(cell.border)
            new.alignment, new.protection = copy(cell.alignment), copy(cell.protection)
            new.number_format = cell.number_format
        location = f"{where}, {cell.coordinate}"
        lead = f"{headers[cell.column]}:" if cell.row > header_row and cell.column in headers else ""
        if cell.data_type != "f" and cell.value is not None and _plain(cell.value):
            new.value = cell.value
            segments.append(Segment(cell_text(cell.value), location, lead, _cell_writer(sheet, new)))
        if cell.comment is not None:
            removed["comment author"] += 1
            segments.append(Segment(cell.comment.text or "", f"{location} comment", lead,
                                    _comment_writer(new, Comment)))
            new.comment = Comment(cell.comment.text or "", "")
        if cell.hyperlink is not None and cell.hyperlink.target:
            segments.append(Segment(cell.hyperlink.target, f"{location} link", "",
                                    _link_writer(new, removed)))
            new.hyperlink = cell.hyperlink.target
    for letter, dimension in source.column_dimensions.items():
        if dimension.width:
            target.column_dimensions[letter].width = dimension.width
        if dimension.hidden:
            removed["hidden column (shown)"] += 1
    for index, row_dimension in source.row_dimensions.items():
        if row_dimension.height:
            target.row_dimensions[index].height = row_dimension.height
        if row_dimension.hidden:
            removed["hidden row (shown)"] += 1
    for merged in source.merged_cells.ranges:
        target.merge_cells(str(merged))
    target.freeze_panes = source.freeze_panes
    segments.extend(_header_footer_segments(source, target, where))
    segments.extend(_validation_segments(source, target, where))
    removed["conditional format"] += len(source.conditional_formatting)
    removed["sheet-level defined name or print setting"] += len(source.defined_names)
    return segments


def _cells(sheet: Worksheet) -> Iterator[Any]:
    """Every stored cell, row by row (typed loosely: openpyxl's stubs allow cells without a place)."""
    for row in sheet.iter_rows():
        yield from row


def _cell_writer(sheet: SheetCopy, cell: Any) -> Callable[[Plan], None]:
    def write(plan: Plan) -> None:
        if plan:
            cell.value = apply_plan(cell_text(cell.value), plan)
            cell.number_format = "@"
            sheet.redacted.add((cell.row, cell.column))

    return write


def _comment_writer(cell: Any, comment_type: Any) -> Callable[[Plan], None]:
    def write(plan: Plan) -> None:
        if plan:
            cell.comment = comment_type(apply_plan(cell.comment.text, plan), "")

    return write


def _link_writer(cell: Any, removed: Counter[str]) -> Callable[[Plan], None]:
    def write(plan: Plan) -> None:
        if plan:
            cell.hyperlink = None
            removed["link"] += 1

    return write


def _header_footer_segments(source: Worksheet, target: Worksheet, where: str) -> list[Segment]:
    segments = []
    for name in HEADER_PARTS:
        old, new = getattr(source, name, None), getattr(target, name, None)
        if old is None or new is None:
            continue
        for side in ("left", "center", "right"):
            text = getattr(old, side).text
            if text:
                getattr(new, side).text = text
                segments.append(Segment(text, f"{where}, {name.replace('odd', '').lower()} ({side})", "",
                                        _attribute_writer(getattr(new, side), "text")))
    return segments


def _validation_segments(source: Worksheet, target: Worksheet, where: str) -> list[Segment]:
    from openpyxl.worksheet.datavalidation import DataValidation

    segments = []
    for number, rule in enumerate(source.data_validations.dataValidation, start=1):
        new = DataValidation(type=rule.type, operator=rule.operator, allow_blank=rule.allow_blank,
                             formula1=rule.formula1, formula2=rule.formula2, showDropDown=rule.showDropDown,
                             showErrorMessage=rule.showErrorMessage, showInputMessage=rule.showInputMessage,
                             prompt=rule.prompt, promptTitle=rule.promptTitle, error=rule.error,
                             errorTitle=rule.errorTitle, errorStyle=rule.errorStyle)
        new.sqref = rule.sqref
        target.add_data_validation(new)
        for attribute in ("formula1", "formula2", "prompt", "promptTitle", "error", "errorTitle"):
            text = getattr(rule, attribute)
            if text:
                segments.append(Segment(str(text), f"{where}, data validation {number}", "",
                                        _attribute_writer(new, attribute)))
    return segments


def _attribute_writer(element: Any, attribute: str) -> Callable[[Plan], None]:
    def write(plan: Plan) -> None:
        if plan:
            setattr(element, attribute, apply_plan(getattr(element, attribute), plan))

    return write


# --- formulas, sheet names, defined names -------------------------------------------------------

@dataclass
class FormulaCell:
    sheet: SheetCopy
    row: int
    column: int
    value: Any  # the value Excel cached for it
    formula: Segment
    shown: Segment  # the cached value as text


def _formula_cells(sheets: list[SheetCopy], prefix: str) -> list[FormulaCell]:
    cells = []
    for sheet in sheets:
        for cell in _cells(sheet.source):
            if cell.data_type == "f" or not _plain(cell.value):
                formula = cell.value if isinstance(cell.value, str) else getattr(cell.value, "text", "") or ""
                value = sheet.values[cell.coordinate].value
                location = f"{prefix}sheet {sheet.number}, {cell.coordinate}"
                cells.append(FormulaCell(sheet, cell.row, cell.column, value,
                                         Segment(str(formula), f"{location} formula"),
                                         Segment(cell_text(value), location)))
    return cells


def _plain(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool | date | time)


def _write_formulas(cells: list[FormulaCell], plans: dict[int, Plan], titles: dict[str, SheetCopy],
                    dropped_titles: set[str], removed: Counter[str]) -> None:
    """A formula stays only if it names nothing redacted and every cell it reads is on its
    own sheet, unredacted; otherwise the cell holds its cached value (itself redacted)."""
    for cell in cells:
        target = cell.sheet.target.cell(row=cell.row, column=cell.column)
        if not plans[id(cell.formula)] and cell.formula.text.startswith("=") and _reads_only_kept(
                cell.formula.text, cell.sheet, titles, dropped_titles):
            target.value = cell.formula.text
            continue
        removed["formula (replaced by its value)"] += 1
        if plans[id(cell.shown)]:
            target.value = apply_plan(cell.shown.text, plans[id(cell.shown)])
            target.number_format = "@"
            cell.sheet.redacted.add((cell.row, cell.column))
        else:
            target.value = cell.value


def _reads_only_kept(formula: str, sheet: SheetCopy, titles: dict[str, SheetCopy], dropped_titles: set[str]) -> bool:
    from openpyxl.formula import Tokenizer
    from openpyxl.formula.tokenizer import Token
    from openpyxl.utils.cell import range_boundaries

    try:
        tokens = Tokenizer(formula).items
    except Exception:  # a formula we cannot parse is not trusted
        return False
    for token in tokens:
        if token.type != Token.OPERAND or token.subtype != Token.RANGE:
            continue
        match = REFERENCE.match(token.value)
        if match is None or not match.group("range").strip("$"):
            return False  # a defined name, an external workbook, a structured reference
        title = (match.group("quoted") or "").replace("''", "'") or match.group("plain") or sheet.source.title
        if title in dropped_titles or title not in titles:
            return False
        try:
            min_col, min_row, max_col, max_row = range_boundaries(match.group("range").replace("$", ""))
        except ValueError:
            return False
        referenced = titles[title]
        if any((min_row or 1) <= r <= (max_row or 1048576) and (min_col or 1) <= c <= (max_col or 16384)
               for r, c in referenced.redacted):
            return False
        if referenced is not sheet:
            return False  # the referenced sheet is renamed in the release: keep it simple and safe
    return True


def _rename_sheets(sheets: list[SheetCopy], segments: list[Segment], plans: dict[int, Plan]) -> None:
    taken: set[str] = set()
    for sheet, segment in zip(sheets, segments):
        title = apply_plan(segment.text, plans[id(segment)])
        title = INVALID_TITLE.sub("-", title).strip("'")[:31] or f"Sheet{sheet.number}"
        candidate, n = title, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{title[:27]} ({n})"
        taken.add(candidate.casefold())
        sheet.target.title = candidate


def _defined_name_segments(book: Workbook, prefix: str) -> list[tuple[Any, Segment]]:
    found = []
    for number, defined in enumerate(book.defined_names.values(), start=1):
        found.append((defined, Segment(f"{defined.name}\n{defined.attr_text or ''}",
                                       f"{prefix}defined name {number}")))
    return found


def _copy_defined_names(out: Workbook, book: Workbook, segments: list[tuple[Any, Segment]],
                        plans: dict[int, Plan], titles: dict[str, SheetCopy], dropped_titles: set[str],
                        removed: Counter[str]) -> None:
    """A defined name is kept when it is a constant (redacted) or a reference to a kept
    sheet; its name is kept unless redacted, then numbered."""
    from openpyxl.workbook.defined_name import DefinedName

    for number, (defined, segment) in enumerate(segments, start=1):
        name, _, value = apply_plan(segment.text, plans[id(segment)]).partition("\n")
        references = list(defined.destinations) if "!" in (defined.attr_text or "") else []
        if references and any(t in dropped_titles or t not in titles for t, _ in references):
            removed["defined name (its sheet was dropped)"] += 1
            continue
        if references:
            value = ",".join(f"'{titles[t].target.title.replace(chr(39), chr(39) * 2)}'!{r}"
                             for t, r in references)
        if plans[id(segment)] or not re.fullmatch(r"[A-Za-z_][\w.]*", name):
            name = f"Name_{number}"
        if name in out.defined_names:
            continue
        out.defined_names[name] = DefinedName(name, attr_text=value)
