"""The FOI register in the browser: the team's requests by due date, a form that mirrors the
request YAML, export back to YAML, import of a request file, and the response letter.

A request is stored as its YAML document (`FoiRecord.document`) and validated exactly as
`reviewgen foi check` validates a file: the same pydantic model, the same `problems()`.
The form has a proper input for each main field; the parts, exemptions and the other
repeating sections are edited as YAML in one text area, so nothing the file can say is
lost. Saving names the version the form was opened on: a save on a stale version is
refused, and the form comes back with everything typed in it.

Requester details are shown on the request's own page only, never in the list, and there
only to information governance officers and approvers (as are the YAML export and the
letter to the requester). The letter is built by `build_release_pack`, as `reviewgen foi
respond` builds it, into the request's own folder in the data folder, keyed by its record:
never found by its reference, which another request (or team) can spell alike. A `from_review`
file named from the browser must lie in the folder of review files.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel
from sqlalchemy import select, update
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import BaseRoute, Route

from reviewgen.config import Config
from reviewgen.errors import CheckFailed, InputError, Problem
from reviewgen.foi.deadlines import working_days_left
from reviewgen.foi.disclosure_log import INTERNAL_SUFFIX, REQUESTER_SUFFIX
from reviewgen.foi.model import FoiRequest, Officer, Requester, validate_request
from reviewgen.foi.status import RequestStatus, request_status
from reviewgen.web.accounts import Account, now, record
from reviewgen.web.app import Forbidden, current, form_of, page, redirect, settings_of
from reviewgen.web.models import FoiRecord
from reviewgen.web.releases import rows_changed
from reviewgen.yamlinput import PathKey, parse_yaml

EDITORS = ("ig-officer", "approver")
# Who may see who asked (page, export, letter): whoever edits, as the form holds it.
REQUESTER_READERS = EDITORS
REDACTORS = ("reviewer", "ig-officer", "approver")  # who may open the upload page
SOON_WORKING_DAYS = 5
FORM_SOURCE = "the form"
UPLOAD_SOURCE = "the uploaded file"
DETAILS = "details"
DETAILS_LABEL = "Parts, exemptions and other sections"
# The repeating sections, edited as YAML in the details text area.
DETAIL_FIELDS = ("parts", "exemptions", "people", "personal_data", "public_interest_extension",
                 "eir_extension", "clarifications", "fees")
JURISDICTIONS = (("england", "England (FOIA / EIR)"), ("wales", "Wales (FOIA / EIR)"),
                 ("northern-ireland", "Northern Ireland (FOIA / EIR)"), ("scotland", "Scotland (FOISA / EISR)"))
OUTCOMES = ("released in full", "released in part", "partly held", "refused", "not held",
            "neither confirmed nor denied")


@dataclass(frozen=True)
class FormField:
    name: str  # the form field and its element id
    path: PathKey  # where it sits in the request YAML
    label: str


TEXT_FIELDS = (
    FormField("reference", ("reference",), "Reference"),
    FormField("received", ("received",), "Date received"),
    FormField("jurisdiction", ("jurisdiction",), "Jurisdiction"),
    FormField("subject", ("subject",), "Subject"),
    FormField("requester-name", ("requester", "name"), "Requester's name"),
    FormField("requester-title", ("requester", "title"), "Requester's title"),
    FormField("requester-email", ("requester", "email"), "Requester's email"),
    FormField("requester-phone", ("requester", "phone"), "Requester's telephone"),
    FormField("request_text", ("request_text",), "Request text"),
    FormField("officer-name", ("officer", "name"), "Officer's name"),
    FormField("officer-role", ("officer", "role"), "Officer's role"),
    FormField("decision_date", ("decision_date",), "Decision date"),
    FormField("response_date", ("response_date",), "Response date"),
    FormField("outcome", ("outcome",), "Outcome"),
)
ADDRESS = FormField("requester-address", ("requester", "address"), "Requester's address")
CHECKBOXES = (FormField("environmental", ("environmental",), "Environmental information"),
              FormField("publish", ("publish",), "Publish on the disclosure log"))
LABELS = {f.name: f.label for f in (*TEXT_FIELDS, ADDRESS, *CHECKBOXES)} | {DETAILS: DETAILS_LABEL}


# A new request's form starts with the one section every request needs.
STARTER: dict[str, Any] = {"parts": [{"number": 1, "question": "", "held": "held", "answer": ""}]}


def today() -> date:
    return date.today()


# --- YAML in and out --------------------------------------------------------------------

class _Dumper(yaml.SafeDumper):
    """Writes as a person writes the request file: text over several lines as a `|` block,
    list items indented under their section."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = "|" if "\n" in text.strip() else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)


def dump_yaml(data: dict[str, Any]) -> str:
    if not data:
        return ""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def _ordered(data: dict[str, Any], model: type[BaseModel] = FoiRequest) -> dict[str, Any]:
    """The fields in the model's order (the order of the shipped examples)."""
    order = list(model.model_fields)
    nested: dict[str, type[BaseModel]] = {"requester": Requester, "officer": Officer} if model is FoiRequest else {}
    return {key: _ordered(value, nested[key]) if key in nested and isinstance(value, dict) else value
            for key, value in sorted(data.items(),
                                     key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))}


def review_base(request: Request) -> Path:
    """Where `from_review` files named in a register request are found: the configured folder
    of request files (as for `reviewgen foi status`), else the data folder's own."""
    settings = settings_of(request)
    config = _config(request)
    return config.resolve(config.foi.requests_dir) or settings.data_dir / "foi" / "reviews"


def _config(request: Request) -> Config:
    return settings_of(request).config or Config()


def validated(request: Request, data: Any, marks: dict[PathKey, tuple[int, int]], source: str) -> FoiRequest:
    """The request model and its cross-field checks, as `reviewgen foi check` runs them, with
    every review file kept inside the folder of review files: a browser user names no other
    file on the server's disk."""
    base = review_base(request)
    return validate_request(data, marks, source, location=base / "request.yaml", review_folder=base)


def _parse(text: str, source: str) -> tuple[Any, dict[PathKey, tuple[int, int]]]:
    data, marks = parse_yaml(text, source)
    marks.pop((), None)  # the top of the text says nothing about a field missing from it
    return data, marks


def _text_of(upload: bytes) -> str:
    try:
        return upload.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError.single(UPLOAD_SOURCE, "is not UTF-8 text", field="file",
                                fix="save the request as a UTF-8 YAML file") from None


# --- the form ---------------------------------------------------------------------------

def _get(data: Any, path: PathKey) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _put(data: dict[str, Any], path: PathKey, value: Any) -> None:
    for key in path[:-1]:
        data = data.setdefault(str(key), {})
    data[str(path[-1])] = value


def values_of(data: dict[str, Any]) -> dict[str, Any]:
    """A request's YAML data as the form shows it."""
    values: dict[str, Any] = {}
    for item in TEXT_FIELDS:
        value = _get(data, item.path)
        values[item.name] = "" if value is None else str(value)
    address = _get(data, ADDRESS.path)
    values[ADDRESS.name] = "\n".join(str(line) for line in address) if isinstance(address, list) else ""
    values["environmental"] = bool(data.get("environmental", False))
    values["publish"] = data.get("publish", True) is not False
    values[DETAILS] = dump_yaml({key: data[key] for key in DETAIL_FIELDS if key in data})
    return values


def posted_values(form: Any) -> dict[str, Any]:
    """What the person typed, to show it back when it cannot be saved yet."""
    values: dict[str, Any] = {f.name: str(form.get(f.name, "")) for f in (*TEXT_FIELDS, ADDRESS)}
    values[DETAILS] = str(form.get(DETAILS, ""))
    for item in CHECKBOXES:
        values[item.name] = form.get(item.name) is not None
    return values


def form_request(request: Request, values: dict[str, Any]) -> tuple[dict[str, Any], FoiRequest]:
    """The request YAML's data from the form, validated; InputError with every problem,
    those of the main fields too when the details text area is not readable YAML."""
    data, marks, unreadable = data_from_form(values)
    try:
        foi = validated(request, data, marks, FORM_SOURCE)
    except InputError as error:
        if not unreadable:
            raise
        raise InputError(unreadable + [p for p in error.problems if _field_id(p.field) != DETAILS]) from None
    if unreadable:
        raise InputError(unreadable)
    for name in ("received", "decision_date", "response_date"):  # written as dates, not quoted text
        if name in data:
            data[name] = getattr(foi, name)
    return data, foi


def data_from_form(values: dict[str, Any]) -> tuple[dict[str, Any], dict[PathKey, tuple[int, int]], list[Problem]]:
    """The request YAML's data from the form, the details text area's line marks, and what
    makes that text area unreadable (it is then left out of the data)."""
    data: dict[str, Any] = {}
    marks: dict[PathKey, tuple[int, int]] = {}
    unreadable: list[Problem] = []
    details_text = values[DETAILS].replace("\r\n", "\n")
    if details_text.strip():
        try:
            details, marks = _parse(details_text, FORM_SOURCE)
        except InputError as error:
            details, unreadable = {}, [replace(p, field=DETAILS) for p in error.problems]
        if not isinstance(details, dict):
            details, marks = {}, {}
            unreadable = [Problem(FORM_SOURCE, "should be sections of named fields, such as `parts:`", line=1,
                                  field=DETAILS, fix="start each section with its name and a colon")]
        main = [key for key in details if key not in DETAIL_FIELDS and key in FoiRequest.model_fields]
        unreadable += [Problem(FORM_SOURCE, f"`{key}` has its own field on this form", field=DETAILS,
                               line=(marks.get((str(key),)) or (None, None))[0],
                               fix="fill it in there and remove it from this section") for key in main]
        data.update({key: value for key, value in details.items() if key not in main})
    for item in TEXT_FIELDS:
        value = values[item.name].replace("\r\n", "\n")
        if value.strip():
            _put(data, item.path, value.strip() + "\n" if "\n" in value.strip() else value.strip())
    address = [line.strip() for line in values[ADDRESS.name].splitlines() if line.strip()]
    if address:
        _put(data, ADDRESS.path, address)
    data.setdefault("requester", {})  # required: its name is reported missing, not the section
    if values["environmental"]:
        data["environmental"] = True
    if not values["publish"]:
        data["publish"] = False
    return _ordered(data), marks, unreadable


def _field_id(field_path: str | None) -> str:
    """The form element a problem's field path is edited in."""
    keys = re.findall(r"[^.\[\]]+", field_path or "")
    if not keys:
        return DETAILS
    for item in (*TEXT_FIELDS, ADDRESS, *CHECKBOXES):
        if tuple(keys[:len(item.path)]) == item.path:
            return item.name
    if keys[0] in ("requester", "officer") and len(keys) == 1:
        return f"{keys[0]}-name"
    return DETAILS


def form_errors(error: InputError, in_form: bool) -> list[dict[str, str]]:
    """GOV.UK error summary items: where (the field's label, or the line of the YAML), what,
    how to fix it. Built from the located problems alone: no value is ever repeated."""
    items = []
    for p in error.problems:
        fix = f". {p.fix[0].upper()}{p.fix[1:]}" if p.fix else ""
        if in_form:
            target = _field_id(p.field)
            if target == DETAILS:
                where = DETAILS_LABEL + (f", line {p.line}" if p.line else "") + \
                    (f" ({p.field})" if p.field and p.field not in (DETAILS, "(top level)") else "")
            else:
                where = LABELS[target]
        else:
            target = "file"
            where = UPLOAD_SOURCE + (f", line {p.line}" if p.line else "") + (f" ({p.field})" if p.field else "")
        items.append({"text": f"{where}: {p.message}{fix}", "field": target})
    return items


# --- the register -----------------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    record: FoiRecord
    status: RequestStatus | None  # None: the stored document no longer validates
    left: int | None
    tag: str
    label: str


def status_of(foi: FoiRequest, config: Config, on: date) -> tuple[RequestStatus, int | None, str, str]:
    """Where a request stands on `on`, with its working days left and its tag (class, text)."""
    status = request_status(foi, on, config.foi.deadline_working_days)
    left = working_days_left(on, status.due, foi.jurisdiction) if status.due and not foi.answered else None
    if status.state == "overdue":
        return status, left, "govuk-tag--red", "Overdue"
    if status.state == "due today":
        return status, left, "govuk-tag--orange", "Due today"
    if status.state == "open" and left is not None and left <= SOON_WORKING_DAYS:
        return status, left, "govuk-tag--yellow", "Due soon"
    if status.state == "open":
        return status, left, "", "Open"  # GOV.UK's own tag colour, blue
    if status.state == "paused":
        return status, left, "govuk-tag--grey", "Clock stopped"
    if status.state == "answered late":
        return status, left, "govuk-tag--pink", "Answered late"
    return status, left, "govuk-tag--green", "Answered"


def request_of(document: str) -> FoiRequest:
    """A register record's request, shape-checked only (without looking for review files):
    enough for its dates, pauses and requester."""
    return FoiRequest.model_validate(yaml.safe_load(document))


def _row(foi_record: FoiRecord, config: Config, on: date) -> Row:
    try:
        foi = request_of(foi_record.document)
    except (ValueError, yaml.YAMLError):
        return Row(foi_record, None, None, "govuk-tag--grey", "Needs correcting")
    status, left, tag, label = status_of(foi, config, on)
    return Row(foi_record, status, left, tag, label)


async def register_page(request: Request) -> Response:
    account = current(request)
    config = _config(request)
    show = request.query_params.get("show", "all")
    show = show if show in ("all", "open", "answered") else "all"
    on = today()
    with settings_of(request).db.reading() as session:
        records = list(session.scalars(select(FoiRecord).where(FoiRecord.team == account.team)))
    rows = [_row(r, config, on) for r in records]
    counts = {"all": len(rows), "answered": sum(_answered(r) for r in rows)}
    counts["open"] = counts["all"] - counts["answered"]
    counts["overdue"] = sum(r.status is not None and r.status.state == "overdue" for r in rows)
    counts["soon"] = sum(r.label in ("Due today", "Due soon") for r in rows)
    if show != "all":
        rows = [r for r in rows if _answered(r) == (show == "answered")]
    rows.sort(key=lambda r: (r.status is None or r.status.due is None,
                             r.status.due if r.status and r.status.due else date.max, r.record.reference))
    return page(request, "foi_list.html", rows=rows, show=show, counts=counts, today=on,
                can_edit=account.can(*EDITORS), soon=SOON_WORKING_DAYS)


def _answered(row: Row) -> bool:
    return row.status is not None and row.status.response_date is not None


def _record(session: Any, account: Account, reference: str) -> FoiRecord | None:
    return session.scalar(select(FoiRecord).where(FoiRecord.reference == reference, FoiRecord.team == account.team))


def _taken(session: Any, account: Account, reference: str, own_id: int | None = None) -> bool:
    """Whether the team's own register holds another request with this reference (another
    team's register is never looked in: it would tell them which references exist)."""
    found = session.scalar(select(FoiRecord.id).where(FoiRecord.reference == reference,
                                                      FoiRecord.team == account.team))
    return found is not None and found != own_id


def _taken_error(field: str) -> dict[str, str]:
    return {"text": f"{_reference_label(field)}: is already in the register. Give this request its own "
                    "reference, or open the request already there", "field": field}


def _reference_label(field: str) -> str:
    return LABELS["reference"] if field == "reference" else f"{UPLOAD_SOURCE} (reference)"


def _not_saved(request: Request, account: Account, reference: str, field: str,
               own_id: int | None = None) -> dict[str, str]:
    """The form error for a write the database refused: taken meanwhile (another person saved
    the same reference at the same moment), or refused for a reason of its own. Never a 500,
    and nothing of the database's own message, which may quote a value."""
    with settings_of(request).db.reading() as session:
        if _taken(session, account, reference, own_id):
            return _taken_error(field)
    return {"text": f"{_reference_label(field)}: the database could not save this request. Check the "
                    "fields and save again; if it happens again, tell your administrator", "field": field}


# --- new, import ------------------------------------------------------------------------

def _new_page(request: Request, status: int = 200, errors: list[dict[str, str]] | None = None,
              values: dict[str, Any] | None = None, import_errors: list[dict[str, str]] | None = None) -> Response:
    errors = errors or []
    return page(request, "foi_new.html", status=status, errors=errors + (import_errors or []),
                field_errors=_by_field(errors), import_errors=import_errors or [],
                values=values or values_of(STARTER), jurisdictions=JURISDICTIONS, outcomes=OUTCOMES,
                details_label=DETAILS_LABEL)


def _by_field(errors: list[dict[str, str]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for item in errors:
        found.setdefault(item["field"], []).append(item["text"])
    return found


async def new_page(request: Request) -> Response:
    current(request, *EDITORS)
    return _new_page(request)


async def create(request: Request) -> Response:
    account = current(request, *EDITORS)
    form = await form_of(request, account)
    values = posted_values(form)
    try:
        data, foi = form_request(request, values)
    except InputError as error:
        return _new_page(request, 400, form_errors(error, in_form=True), values)
    problem = _add(request, account, foi, dump_yaml(data), "created", "reference")
    if problem:
        return _new_page(request, 400, [problem], values)
    return redirect(_url(foi.reference))


def _add(request: Request, account: Account, foi: FoiRequest, document: str, action: str,
         field: str) -> dict[str, str] | None:
    """Add a request to the team's register; the form error for `field` if it cannot be."""
    try:
        with settings_of(request).db.writing() as session:
            if _taken(session, account, foi.reference):
                return _taken_error(field)
            added = FoiRecord(team=account.team, reference=foi.reference, received=foi.received,
                              jurisdiction=foi.jurisdiction, subject=foi.subject, document=document, version=1,
                              updated_by=account.name, updated_at=now())
            session.add(added)
            session.flush()
            # A new request has no letter: a folder under its id is left from a request
            # deleted from the database (or a database begun afresh), never this one's.
            leftover = _packs_dir(request, added)
            if leftover.exists():
                shutil.rmtree(leftover)
            record(session, account.name, action, "foi request", foi.reference)
    except InputError:  # the database refused the write
        return _not_saved(request, account, foi.reference, field)
    return None


async def import_file(request: Request) -> Response:
    account = current(request, *EDITORS)
    try:
        form = await form_of(request, account)
    except HTTPException:
        raise
    except Exception:  # a part over the upload limit, or a broken upload
        limit = settings_of(request).upload_limit_mb
        return _new_page(request, 400, import_errors=[{
            "text": f"{UPLOAD_SOURCE}: is larger than {limit} MB or was interrupted. Choose the request's "
                    "YAML file and try again", "field": "file"}])
    upload = form.get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        return _new_page(request, 400, import_errors=[{"text": "Choose a request YAML file to import",
                                                       "field": "file"}])
    content = await upload.read()
    try:
        text = _text_of(content)
        data, marks = _parse(text, UPLOAD_SOURCE)
        foi = validated(request, data, marks, UPLOAD_SOURCE)
    except InputError as error:
        return _new_page(request, 400, import_errors=form_errors(error, in_form=False))
    # The file as it was written, comments and all: the export gives it back unchanged.
    problem = _add(request, account, foi, text, "imported", "file")
    if problem:
        return _new_page(request, 400, import_errors=[problem])
    return redirect(_url(foi.reference))


def _url(reference: str, suffix: str = "") -> str:
    from urllib.parse import quote

    return "/foi/" + quote(reference, safe="/") + suffix


# --- one request ----------------------------------------------------------------------------

def _packs_dir(request: Request, foi_record: FoiRecord) -> Path:
    """The folder of one request's letters, keyed by its record: two references can share a
    folder name ("FOI/2026/0901", "FOI-2026-0901"), and a reference can be renamed."""
    return settings_of(request).data_dir / "foi" / "packs" / str(foi_record.id)


def _letters(request: Request, foi_record: FoiRecord) -> dict[str, Path] | None:
    """The request's letters (to the requester, and the disclosure log copy) as last generated,
    whatever its reference was then; None before the first."""
    folder = _packs_dir(request, foi_record)
    found = sorted(folder.glob(f"*{REQUESTER_SUFFIX}")) if folder.is_dir() else []
    if not found:
        return None
    name = found[-1].name.removesuffix(REQUESTER_SUFFIX)
    return {"requester": found[-1] / "response.docx", "public": folder / name / "response.docx"}


def _keep_only(folder: Path, name: str) -> None:
    """Remove from a request's folder the pack of any earlier reference it had: it holds the
    letter just generated, and only that one."""
    keep = {name, f"{name}{REQUESTER_SUFFIX}", f"{name}{INTERNAL_SUFFIX}"}
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.name.startswith(".") and entry.name not in keep:
            shutil.rmtree(entry)


def _request_page(request: Request, account: Account, foi_record: FoiRecord, status: int = 200,
                  errors: list[dict[str, str]] | None = None, values: dict[str, Any] | None = None,
                  conflict: dict[str, Any] | None = None, letter_errors: list[str] | None = None) -> Response:
    config = _config(request)
    on = today()
    row = _row(foi_record, config, on)
    try:
        data = yaml.safe_load(foi_record.document)
    except yaml.YAMLError:
        data = {}
    letters = _letters(request, foi_record)
    letter = letters["requester"] if letters else None
    letter_at = (datetime.fromtimestamp(letter.stat().st_mtime).replace(microsecond=0)
                 if letter and letter.is_file() else None)
    act = None
    try:
        act = request_of(foi_record.document).act.title
    except (ValueError, yaml.YAMLError):
        pass
    errors = errors or []
    values = values or values_of(data if isinstance(data, dict) else {})
    can_see_requester = account.can(*REQUESTER_READERS)
    if not can_see_requester:  # not even in the page's source
        values = {name: value for name, value in values.items() if not name.startswith("requester-")}
    return page(request, "foi_request.html", status=status, record=foi_record, row=row, act=act,
                values=values, errors=errors, can_see_requester=can_see_requester,
                field_errors=_by_field(errors), conflict=conflict, letter_errors=letter_errors or [],
                letter_at=letter_at, letter_stale=bool(letter_at and letter_at < foi_record.updated_at),
                can_edit=account.can(*EDITORS), can_redact=account.can(*REDACTORS),
                jurisdictions=JURISDICTIONS, outcomes=OUTCOMES, details_label=DETAILS_LABEL,
                labels=LABELS, text_fields=TEXT_FIELDS, url=_url(foi_record.reference), today=on)


def _find(request: Request, account: Account, reference: str) -> FoiRecord | None:
    with settings_of(request).db.reading() as session:
        return _record(session, account, reference)


async def request_get(request: Request) -> Response:
    """The request page; REFERENCE.yaml exports it, REFERENCE.docx downloads its letter."""
    account = current(request)
    path = request.path_params["reference"]
    found = _find(request, account, path)
    if found is not None:
        with settings_of(request).db.writing() as session:
            record(session, account.name, "viewed", "foi request", found.reference)
        return _request_page(request, account, found)
    stem, _, suffix = path.rpartition(".")
    found = _find(request, account, stem) if stem else None
    if found is None:
        raise HTTPException(404)
    if suffix == "yaml":
        if not account.can(*REQUESTER_READERS):  # the file names the requester
            raise Forbidden()
        return _export(request, account, found)
    if suffix == "docx":
        public = request.query_params.get("copy") == "public"
        if not public and not account.can(*REQUESTER_READERS):
            raise Forbidden()
        return _download_letter(request, account, found, public)
    raise HTTPException(404)


def _export(request: Request, account: Account, found: FoiRecord) -> Response:
    from reviewgen.foi.pack import folder_name

    with settings_of(request).db.writing() as session:
        record(session, account.name, "exported", "foi request", found.reference)
    return Response(found.document, media_type="application/yaml; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{folder_name(found.reference)}.yaml"'})


def _download_letter(request: Request, account: Account, found: FoiRecord, public: bool) -> Response:
    from reviewgen.foi.pack import folder_name

    letters = _letters(request, found)
    letter = letters["public" if public else "requester"] if letters else None
    if letter is None or not letter.is_file():
        raise HTTPException(404)
    with settings_of(request).db.writing() as session:
        record(session, account.name, "downloaded letter", "foi request", found.reference,
               "disclosure log copy" if public else "letter to the requester")
    name = f"{folder_name(found.reference)}-{'disclosure-log-copy' if public else 'letter'}.docx"
    return FileResponse(letter, filename=name,
                        media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")


async def request_post(request: Request) -> Response:
    """Save the form (`action=save`) or generate the letter (`action=letter`)."""
    account = current(request, *EDITORS)
    form = await form_of(request, account)
    found = _find(request, account, request.path_params["reference"])
    if found is None and str(form.get("record", "")).isdigit():  # renamed by someone else meanwhile
        with settings_of(request).db.reading() as session:
            found = session.scalar(select(FoiRecord).where(FoiRecord.id == int(str(form.get("record"))),
                                                           FoiRecord.team == account.team))
    if found is None:
        raise HTTPException(404)
    if form.get("action") == "letter":
        return await _generate_letter(request, account, found)
    return _save(request, account, found, form)


def _save(request: Request, account: Account, found: FoiRecord, form: Any) -> Response:
    values = posted_values(form)
    try:
        version = int(str(form.get("version", "")))
    except ValueError:
        raise HTTPException(400, "the form has no version: open the request again") from None
    try:
        data, foi = form_request(request, values)
    except InputError as error:
        return _request_page(request, account, found, 400, form_errors(error, in_form=True), values)
    try:
        with settings_of(request).db.writing() as session:
            taken = _taken(session, account, foi.reference, found.id)
            changed = 0 if taken else rows_changed(session.execute(
                update(FoiRecord).where(FoiRecord.id == found.id, FoiRecord.version == version,
                                        FoiRecord.team == account.team)
                .values(reference=foi.reference, received=foi.received, jurisdiction=foi.jurisdiction,
                        subject=foi.subject, document=dump_yaml(data), version=version + 1,
                        updated_by=account.name, updated_at=now())))
            if changed:
                record(session, account.name, "edited", "foi request", foi.reference,
                       None if foi.reference == found.reference else f"renamed from {found.reference}")
    except InputError:  # the database refused the write
        return _request_page(request, account, found, 400,
                             [_not_saved(request, account, foi.reference, "reference", found.id)], values)
    if taken:
        return _request_page(request, account, found, 400, [_taken_error("reference")], values)
    if not changed:
        with settings_of(request).db.reading() as session:
            latest = session.get(FoiRecord, found.id) or found
        # The form keeps what was typed; its version becomes the latest, so saving again is a
        # deliberate choice made after seeing the other person's change.
        return _request_page(request, account, latest, 409, values=values,
                             conflict={"by": latest.updated_by, "at": latest.updated_at})
    return redirect(_url(foi.reference) + "?saved=1")


async def _generate_letter(request: Request, account: Account, found: FoiRecord) -> Response:
    from reviewgen.foi.pack import NoticeIncomplete, build_release_pack

    try:
        data, marks = _parse(found.document, FORM_SOURCE)
        foi = validated(request, data, marks, FORM_SOURCE)
        # The same build as `reviewgen foi respond`: redacted, rendered, verified, then moved in,
        # into this request's own folder (so its pack is always this request's, and replaced).
        folder = _packs_dir(request, found)
        pack = await run_in_threadpool(build_release_pack, foi, folder, _config(request), None, None, True)
        _keep_only(folder, pack.public_dir.name)
    except NoticeIncomplete as incomplete:
        return _request_page(request, account, found, 409, letter_errors=[
            f"The refusal notice is incomplete: {m}" for m in incomplete.missing])
    except CheckFailed as failed:
        return _request_page(request, account, found, 409, letter_errors=[str(failed).splitlines()[0]])
    except InputError as error:
        return _request_page(request, account, found, 400, form_errors(error, in_form=True))
    with settings_of(request).db.writing() as session:
        record(session, account.name, "generated letter", "foi request", found.reference)
    return redirect(_url(found.reference) + "#letter")


def routes() -> list[BaseRoute]:
    return [
        Route("/foi", register_page, methods=["GET"]),
        Route("/foi", create, methods=["POST"]),
        Route("/foi/new", new_page, methods=["GET"]),
        Route("/foi/import", import_file, methods=["POST"]),
        Route("/foi/{reference:path}", request_get, methods=["GET"]),
        Route("/foi/{reference:path}", request_post, methods=["POST"]),
    ]
