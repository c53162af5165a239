"""Action plans coming in: a YAML plan, an Excel or CSV sheet, or a learning review.

Every loader returns the same thing, a list of `Plan` (one per source), validated, with
each action's line or row number kept for error messages. A field that the input does
not mention is left alone on re-import; a field it gives (even empty) is set.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from datetime import date, datetime
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from reviewgen.errors import InputError, Problem
from reviewgen.tracker.status import STATUSES, normalise_status
from reviewgen.yamlinput import describe_error, load_yaml, validate_data

SourceKind = Literal["inspection", "learning review", "audit", "scrutiny"]
SOURCE_KINDS = ("inspection", "learning review", "audit", "scrutiny")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class SourceIn(_Strict):
    reference: str = Field(min_length=1, description="short unique reference, e.g. HMIP-2025")
    kind: SourceKind
    title: str = Field(min_length=1)
    body: str | None = Field(None, description="who made the recommendations, e.g. HM Inspectorate of Probation")
    date: dt.date | None = None


# A sheet repeats a handful of status spellings over thousands of rows: normalise each once.
_status_of = lru_cache(maxsize=512)(normalise_status)


class ActionIn(_Strict):
    reference: str = Field(min_length=1, description="e.g. R2.3")
    description: str | None = None
    owner: str | None = None
    agency: str | None = None
    due_date: date | None = None
    status: str | None = None
    completed_date: date | None = None
    evidence: str | None = None
    notes: str | None = None
    _line: int | None = PrivateAttr(None)

    @field_validator("status")
    @classmethod
    def _known_status(cls, value: str | None) -> str | None:
        if value is None:
            return None
        status = _status_of(value)
        if status is None:
            raise ValueError(f"is not a status; use one of: {', '.join(STATUSES)}")
        return status

    def given(self) -> dict[str, Any]:
        """The fields this input sets (everything else is left as it is), in field order."""
        fields_set, values = self.model_fields_set, self.__dict__
        return {name: values[name] for name in _ACTION_VALUE_FIELDS if name in fields_set}


_ACTION_VALUE_FIELDS = tuple(name for name in ActionIn.model_fields if name != "reference")


class RecommendationIn(_Strict):
    number: str = Field(min_length=1, description="e.g. R2")
    text: str | None = None
    addressed_to: str | None = None
    actions: list[ActionIn] = Field(default_factory=list)
    _line: int | None = PrivateAttr(None)

    def given(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in ("text", "addressed_to") if name in self.model_fields_set}


class Plan(_Strict):
    """A YAML action plan: one source, its recommendations, and their actions."""

    source: SourceIn
    recommendations: list[RecommendationIn] = Field(min_length=1)
    _origin: str = PrivateAttr("")


# --- YAML action plan ---------------------------------------------------------------

def is_action_plan_yaml(path: Path) -> bool:
    data, _ = load_yaml(path)
    return isinstance(data, dict) and "source" in data and "recommendations" in data


def load_plan_yaml(path: str | Path) -> Plan:
    data, marks = load_yaml(path)
    plan = validate_data(data, Plan, path, marks)
    plan._origin = str(path)
    for r_index, rec in enumerate(plan.recommendations):
        rec._line = (marks.get(("recommendations", r_index)) or (None,))[0]
        for a_index, action in enumerate(rec.actions):
            action._line = (marks.get(("recommendations", r_index, "actions", a_index)) or (None,))[0]
    return plan


# --- Excel and CSV action plans ------------------------------------------------------

# Header names recognised without a mapping (compared lower-case, spaces collapsed).
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "source": ("source", "source reference"),
    "recommendation": ("recommendation", "recommendation number", "rec", "rec no", "recommendation no"),
    "recommendation_text": ("recommendation text",),
    "addressed_to": ("addressed to",),
    "reference": ("reference", "ref", "action ref", "action reference", "action no"),
    "description": ("action", "description", "action description"),
    "owner": ("owner", "action owner", "lead officer", "responsible officer"),
    "agency": ("agency", "lead agency"),
    "due_date": ("due date", "due", "target date", "deadline"),
    "status": ("status", "rag status"),
    "completed_date": ("completed date", "completion date", "date completed"),
    "evidence": ("evidence", "evidence of completion"),
    "notes": ("notes", "progress notes", "progress", "update"),
}
# Columns the export adds for reading; re-import skips them without comment.
DERIVED_COLUMNS = ("overdue", "at risk")
_REFERENCE = re.compile(r"^\s*([A-Za-z]*\s*\d+)[.\-/]")


def _header_key(text: Any) -> str:
    return " ".join(str(text or "").strip().lower().replace("_", " ").split())


def parse_mapping(items: list[str], source: str) -> dict[str, str]:
    """`--column FIELD=HEADER` options as {field: header}."""
    mapping = {}
    problems = []
    for item in items:
        name, sep, header = item.partition("=")
        name = name.strip().replace("-", "_")
        if not sep or not header.strip():
            problems.append(Problem(source, f"column mapping '{item}' is not FIELD=HEADER",
                                    fix="e.g. --column due_date='Target date'"))
        elif name not in COLUMN_NAMES:
            problems.append(Problem(source, f"'{name}' is not a field that can be mapped",
                                    fix=f"use one of: {', '.join(COLUMN_NAMES)}"))
        else:
            mapping[name] = header.strip()
    if problems:
        raise InputError(problems)
    return mapping


def _match_columns(headers: list[Any], mapping: dict[str, str], source: str
                   ) -> tuple[dict[str, int], list[str]]:
    """{field: column index} from the header row, and the headers nobody claimed."""
    keys = [_header_key(h) for h in headers]
    columns: dict[str, int] = {}
    problems = []
    for name, header in mapping.items():
        if _header_key(header) not in keys:
            problems.append(Problem(source, f"mapped column '{header}' is not in the header row",
                                    field=name, fix="check the header's spelling in the sheet"))
        else:
            columns[name] = keys.index(_header_key(header))
    for name, names in COLUMN_NAMES.items():
        if name in columns:
            continue
        for index, key in enumerate(keys):
            if key in names and index not in columns.values():
                columns[name] = index
                break
    if "reference" not in columns:
        problems.append(Problem(source, "no action reference column",
                                fix="add a 'Reference' column or map one with --column reference=HEADER"))
    if problems:
        raise InputError(problems)
    unused = [str(h) for i, h in enumerate(headers)
              if h not in (None, "") and i not in columns.values() and keys[i] not in DERIVED_COLUMNS]
    return columns, unused


def parse_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text)  # the common form, far quicker than strptime
    except ValueError:
        pass
    for form in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise ValueError("is not a date; use YYYY-MM-DD or DD/MM/YYYY")


def _add_row_problem(into: list[Problem], file: str, line: int, name: str, message: str, fix: str) -> None:
    into.append(Problem(file, message, line=line, field=name, fix=fix))


def _cell(value: Any) -> str | None:
    if type(value) is str:  # every CSV cell, most Excel ones
        return value.strip() or None
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def read_table(path: Path, sheet: str | None = None) -> list[tuple[int, list[Any]]]:
    """(row number as the person sees it, cell values) for every row, header first."""
    if path.suffix.lower() == ".csv":
        try:
            with path.open(newline="", encoding="utf-8-sig") as handle:
                reader = csv.reader(handle)
                return [(reader.line_num, row) for row in reader]
        except UnicodeDecodeError:
            raise InputError.single(path, "is not UTF-8 text", fix="save the CSV as UTF-8") from None
    values = _sheet_rows(path, sheet, data_only=True)
    if any(cell is None for _, row in values for cell in row):
        # A formula's value is only in the file if Excel saved it; a blank here may be a
        # formula nobody calculated (e.g. a generated workbook), which must not import as blank.
        from openpyxl.utils import get_column_letter

        formulas = _sheet_rows(path, sheet, data_only=False)
        problems = [Problem(str(path), "is a formula with no saved result", line=number,
                            field=f"column {get_column_letter(column)}",
                            fix="open the workbook in Excel and save it, or type the value")
                    for (number, row), (_, raw) in zip(values, formulas)
                    for column, (cell, formula) in enumerate(zip(row, raw), 1)
                    if cell is None and isinstance(formula, str) and formula.startswith("=")]
        if problems:
            raise InputError(problems)
    return values


def _sheet_rows(path: Path, sheet: str | None, data_only: bool) -> list[tuple[int, list[Any]]]:
    from zipfile import BadZipFile

    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    except (BadZipFile, OSError, KeyError, ValueError):
        raise InputError.single(path, "could not be read as an Excel workbook",
                                fix="save it as .xlsx, or export the sheet as CSV") from None
    try:
        if sheet is not None:
            if sheet not in book.sheetnames:
                raise InputError.single(path, f"there is no sheet '{sheet}'",
                                        fix=f"use one of: {', '.join(book.sheetnames)}")
            worksheet = book[sheet]
        else:
            active = book.active
            if active is None:
                raise InputError.single(path, "has no worksheet", fix="save the workbook with the plan on a sheet")
            worksheet = active
        return [(index, list(row)) for index, row in enumerate(worksheet.iter_rows(values_only=True), 1)]
    finally:
        book.close()


def load_plan_table(path: str | Path, source: SourceIn | None = None, source_reference: str | None = None,
                    mapping: dict[str, str] | None = None, sheet: str | None = None
                    ) -> tuple[list[Plan], list[str]]:
    """Plans from an Excel or CSV sheet with one action per row; and the ignored headers.

    The source of each row is its Source column, else `source` (details for a new
    source) or `source_reference` (one already in the tracker).
    """
    path = Path(path)
    if not path.exists():
        raise InputError.single(path, "file not found", fix="check the path and spelling")
    # Cleaned once, in a comprehension: at 20,000 rows a function call per cell shows.
    rows = [(n, cells, cleaned) for n, cells in read_table(path, sheet)
            if any(cleaned := [cell.strip() or None if type(cell) is str else _cell(cell) for cell in cells])]
    if not rows:
        raise InputError.single(path, "the sheet is empty", fix="put a header row and one action per row")
    (_, headers, _), body = rows[0], rows[1:]
    columns, unused = _match_columns(headers, mapping or {}, str(path))
    default_source = source.reference if source else source_reference
    if "source" not in columns and not default_source:
        raise InputError.single(path, "no source given",
                                fix="add a 'Source' column or give --source REFERENCE")
    problems: list[Problem] = []
    plans: dict[str, Plan] = {}
    recommendations: dict[tuple[str, str], RecommendationIn] = {}  # a lookup, not a scan, per row
    seen: dict[tuple[str, str], int] = {}
    where = str(path)
    wanted = list(columns.items())
    for number, cells, cleaned in body:
        width = len(cells)
        values = {name: cleaned[i] if i < width else None for name, i in wanted}
        row_problems: list[Problem] = []
        bad = partial(_add_row_problem, row_problems, where, number)

        source_ref = values.get("source") or default_source
        if not source_ref:
            bad("source", "no source", "fill in the Source column")
        reference = values.get("reference")
        if not reference:
            bad("reference", "no action reference", "give each action a reference such as R2.3")
        rec_number = values.get("recommendation")
        if not rec_number and reference:
            match = _REFERENCE.match(reference)
            rec_number = match.group(1).replace(" ", "") if match else None
            if not rec_number:
                bad("recommendation", "no recommendation number, and none in the reference",
                    "fill in the Recommendation column, or use references like R2.3")
        action_data: dict[str, Any] = {"reference": reference or "?"}
        for name in ("description", "owner", "agency", "status", "evidence", "notes"):
            if name in columns:
                action_data[name] = values[name]
        for name in ("due_date", "completed_date"):
            if name in columns:
                try:
                    action_data[name] = parse_date(cells[columns[name]]) if values[name] else None
                except ValueError as exc:
                    bad(name, str(exc).split(";")[0], "use YYYY-MM-DD or DD/MM/YYYY")
        try:
            action = ActionIn.model_validate(action_data)
        except ValidationError as exc:
            for error in exc.errors():
                message, fix = describe_error(error, ActionIn)
                bad(str(error["loc"][0]) if error["loc"] else "row", message, fix)
            action = None
        key = (source_ref or "", reference or "")
        if reference and key in seen:
            bad("reference", f"duplicate action reference (also on row {seen[key]})",
                "give each action its own reference")
        if row_problems or action is None or not source_ref or not rec_number:
            problems.extend(row_problems)  # a row without a source or recommendation always has one
            continue
        seen[key] = number
        action._line = number
        plan = plans.get(source_ref)
        if plan is None:
            details = source if source and source.reference == source_ref else None
            # Only the reference is known: the import finds the source in the tracker, or asks for its details.
            bare = SourceIn.model_construct(reference=source_ref)  # type: ignore[call-arg]
            plan = Plan.model_construct(source=details or bare, recommendations=[])
            plan._origin = str(path)
            plans[source_ref] = plan
        rec = recommendations.get((source_ref, rec_number))
        if rec is None:
            rec = RecommendationIn(number=rec_number)
            rec._line = number
            plan.recommendations.append(rec)
            recommendations[(source_ref, rec_number)] = rec
        for name, field_name in (("recommendation_text", "text"), ("addressed_to", "addressed_to")):
            value = values.get(name)
            if not value:
                continue
            current = getattr(rec, field_name) if field_name in rec.model_fields_set else None
            if current and current != value:
                problems.append(Problem(str(path), "differs from an earlier row of the same recommendation",
                                        line=number, field=name, fix="make the rows agree, or leave it blank"))
            elif current != value:
                setattr(rec, field_name, value)
        rec.actions.append(action)
    if problems:
        raise InputError(problems)
    if not plans:
        raise InputError.single(path, "no actions in the sheet", fix="put one action per row under the header")
    return list(plans.values()), unused


# --- Learning reviews --------------------------------------------------------------

REVIEW_BODIES = {"CLR": "Critical Learning Review", "ELR": "Extended Learning Review"}


def plan_from_review(review: Any, origin: str) -> Plan:
    """The recommendations of a CLR or ELR (see `reviewgen.review`) as an action plan.

    A recommendation without actions becomes one action `<id>.1` with the
    recommendation's owner, agency and due date; how completion is to be evidenced
    goes in its notes.
    """
    signoff = getattr(review, "signoff", None)
    source = SourceIn(reference=review.reference, kind="learning review", title=review.title,
                      body=REVIEW_BODIES.get(review.review_type, review.review_type),
                      date=getattr(signoff, "completed_date", None))
    plan_items = list(getattr(review, "action_plan", None) or [])
    recommendations = []
    for rec in review.recommendations:
        base = {"owner": rec.owner, "agency": rec.agency, "due_date": rec.due_date}
        actions = []
        items = [item for item in plan_items if item.recommendation == rec.id]
        for item in items:
            actions.append(ActionIn(reference=item.reference, description=item.action, owner=item.owner,
                                    agency=item.agency or rec.agency, due_date=item.due_date or rec.due_date,
                                    status=getattr(item.status, "value", item.status)))
        if not items:
            for item in rec.actions or []:
                actions.append(ActionIn(reference=item.reference, description=item.description,
                                        owner=item.owner or rec.owner, agency=item.agency or rec.agency,
                                        due_date=item.due_date or rec.due_date))
        if not actions:
            measure = getattr(rec, "evidence", None)
            actions.append(ActionIn(reference=f"{rec.id}.1", description=rec.text, **base,
                                    notes=f"Completion evidenced by: {measure}" if measure else None))
        recommendations.append(RecommendationIn(number=rec.id, text=rec.text,
                                                addressed_to=rec.addressed_to, actions=actions))
    plan = Plan(source=source, recommendations=recommendations)
    plan._origin = origin
    return plan


def load_review_plan(path: str | Path) -> Plan:
    from reviewgen.review import load_review

    return plan_from_review(load_review(path), str(path))


def load_plans(path: str | Path, source: SourceIn | None = None, source_reference: str | None = None,
               mapping: dict[str, str] | None = None, sheet: str | None = None
               ) -> tuple[list[Plan], list[str]]:
    """Plans from any supported file, by its extension (and, for YAML, its content):
    .xlsx/.xlsm/.csv action plan, YAML action plan (has `source:` and `recommendations:`),
    or a CLR/ELR YAML. Returns the plans and any spreadsheet headers that were ignored."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".csv"):
        return load_plan_table(path, source, source_reference, mapping, sheet)
    if suffix in (".yaml", ".yml"):
        if is_action_plan_yaml(path):
            return [load_plan_yaml(path)], []
        from reviewgen.tracker.committee import is_resolutions_yaml, load_resolutions

        if is_resolutions_yaml(load_yaml(path)[0]):
            return [load_resolutions(path)], []
        return [load_review_plan(path)], []
    raise InputError.single(path, "is not a file the tracker can import",
                            fix="use a .yaml action plan or learning review, an .xlsx workbook or a .csv file")
