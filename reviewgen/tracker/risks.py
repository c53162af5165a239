"""The risk register beside the action plan: each risk's cause, consequence, owner,
impact x likelihood before and after its controls, and the actions that mitigate it.

Imported from YAML or from a workbook (one row per risk) and exported to a workbook
that imports back unchanged. Scores are derived (impact x likelihood), never stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reviewgen.atomicio import atomic_path
from reviewgen.errors import InputError, Problem
from reviewgen.tracker.actions import find_action
from reviewgen.tracker.excel import write_sheet
from reviewgen.tracker.models import Action, ActionRisk, Risk, Source
from reviewgen.tracker.storage import TrackerDB
from reviewgen.yamlinput import describe_error, load_yaml, validate_data

SCALE = (1, 5)  # impact and likelihood are scored 1 (lowest) to 5


Score = Field(ge=SCALE[0], le=SCALE[1])


class RiskIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    reference: str = Field(min_length=1, description="e.g. RR3")
    title: str = Field(min_length=1)
    cause: str | None = None
    consequence: str | None = None
    owner: str | None = None
    impact: int = Score
    likelihood: int = Score
    controls: str | None = None
    residual_impact: int = Score
    residual_likelihood: int = Score
    actions: list[str] | None = Field(None, description='mitigating actions, "R2.7" or "SOURCE/R2.7"')


class Register(BaseModel):
    model_config = ConfigDict(extra="forbid")

    risks: list[RiskIn] = Field(min_length=1)


# Workbook columns: (header, field). Scores are written for reading and skipped on import.
COLUMNS = (("Reference", "reference"), ("Risk", "title"), ("Cause", "cause"), ("Consequence", "consequence"),
           ("Owner", "owner"), ("Impact", "impact"), ("Likelihood", "likelihood"), ("Controls", "controls"),
           ("Residual impact", "residual_impact"), ("Residual likelihood", "residual_likelihood"),
           ("Mitigating actions", "actions"))
DERIVED = ("Inherent score", "Residual score")
WIDTHS = {"title": 40, "cause": 36, "consequence": 36, "controls": 40, "actions": 30, "owner": 24}


@dataclass
class RiskView:
    reference: str
    title: str
    cause: str | None
    consequence: str | None
    owner: str | None
    impact: int
    likelihood: int
    controls: str | None
    residual_impact: int
    residual_likelihood: int
    actions: list[tuple[str, str, str]] = field(default_factory=list)  # (source, reference, status)

    @property
    def score(self) -> int:
        return self.impact * self.likelihood

    @property
    def residual_score(self) -> int:
        return self.residual_impact * self.residual_likelihood

    def action_refs(self) -> str:
        return ", ".join(f"{source}/{reference}" for source, reference, _ in self.actions)


# --- reading a register -------------------------------------------------------------

def load_register(path: str | Path) -> list[RiskIn]:
    path = Path(path)
    if path.suffix.lower() in (".yaml", ".yml"):
        data, marks = load_yaml(path)
        return validate_data(data, Register, path, marks).risks
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _load_sheet(path)
    raise InputError.single(path, "is not a risk register reviewgen can read", fix="use a .yaml or .xlsx file")


def _load_sheet(path: Path) -> list[RiskIn]:
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many types for a file that is not a workbook
        raise InputError.single(path, "cannot be read as an Excel workbook", fix="save it as .xlsx") from None
    sheet = book["Risks"] if "Risks" in book.sheetnames else book.active
    rows = list(sheet.iter_rows(values_only=True)) if sheet is not None else []
    book.close()
    if not rows:
        raise InputError.single(path, "the sheet is empty", fix="put one risk per row under a header row")
    by_header = {header.lower(): name for header, name in COLUMNS}
    headers = [str(h or "").strip().lower() for h in rows[0]]
    unknown = [h for h in headers if h and h not in by_header and h not in (d.lower() for d in DERIVED)]
    if unknown:
        raise InputError.single(path, f"unknown column(s): {', '.join(unknown)}", line=1,
                                fix=f"use: {', '.join(h for h, _ in COLUMNS)}")
    risks, problems = [], []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell not in (None, "") for cell in row):
            continue
        data: dict[str, Any] = {}
        for header, value in zip(headers, row):
            name = by_header.get(header)
            if name is None or value in (None, ""):
                continue
            data[name] = ([part.strip() for part in str(value).split(",") if part.strip()]
                          if name == "actions" else value)
        try:
            risks.append(RiskIn.model_validate(data))
        except ValidationError as exc:
            for error in exc.errors():
                message, fix = describe_error(error, RiskIn)
                problems.append(Problem(str(path), message, line=number,
                                        field=".".join(str(p) for p in error["loc"]), fix=fix))
    if problems:
        raise InputError(problems)
    return risks


# --- the database -------------------------------------------------------------------

def import_register(db: TrackerDB, risks: list[RiskIn]) -> tuple[int, int]:
    """Add or update each risk by reference; a risk's `actions`, when given, replace its links.

    Returns (added, updated). Every action named must exist: nothing is written otherwise.
    """
    added = updated = 0
    with db.writing() as session:
        for risk_in in risks:
            values = risk_in.model_dump(exclude={"actions"})
            risk = session.scalar(select(Risk).where(Risk.reference == risk_in.reference))
            if risk is None:
                risk = Risk(**values)
                session.add(risk)
                added += 1
            else:
                changed = any(getattr(risk, k) != v for k, v in values.items())
                for key, value in values.items():
                    setattr(risk, key, value)
                updated += changed
            session.flush()
            if risk_in.actions is not None:
                ids = [_action_id(session, ref) for ref in risk_in.actions]
                session.execute(delete(ActionRisk).where(ActionRisk.risk_id == risk.id))
                session.add_all(ActionRisk(action_id=i, risk_id=risk.id) for i in dict.fromkeys(ids))
    return added, updated


def _action_id(session: Session, text: str) -> int:
    source, _, reference = text.rpartition("/")
    return find_action(session, reference, source or None).id


def link_action(db: TrackerDB, reference: str, risk_reference: str, source: str | None = None) -> None:
    with db.writing() as session:
        action = find_action(session, reference, source)
        risk = session.scalar(select(Risk).where(Risk.reference == risk_reference))
        if risk is None:
            raise InputError.single(risk_reference, "no risk with this reference",
                                    fix="import the risk register first: tracker risk import FILE")
        if session.get(ActionRisk, (action.id, risk.id)) is None:
            session.add(ActionRisk(action_id=action.id, risk_id=risk.id))


def read_risks(session: Session, source: str | None = None) -> list[RiskView]:
    """Every risk, highest residual score first, with its mitigating actions (of `source` only, if given)."""
    views = {risk.id: RiskView(risk.reference, risk.title, risk.cause, risk.consequence, risk.owner, risk.impact,
                               risk.likelihood, risk.controls, risk.residual_impact, risk.residual_likelihood)
             for risk in session.scalars(select(Risk).order_by(Risk.reference))}
    links = (select(ActionRisk.risk_id, Source.reference, Action.reference, Action.status)
             .join(Action, Action.id == ActionRisk.action_id).join(Source, Source.id == Action.source_id)
             .order_by(Source.id, Action.position))
    if source:
        links = links.where(Source.reference == source)
    for risk_id, src, reference, status in session.execute(links):
        views[risk_id].actions.append((src, reference, status))
    return sorted(views.values(), key=lambda r: (-r.residual_score, r.reference))


def export_register(db: TrackerDB, target: str | Path) -> int:
    """Write the register as a workbook that `tracker risk import` reads back unchanged."""
    with db.reading() as session:
        risks = sorted(read_risks(session), key=lambda r: r.reference)  # register order, not score order
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook opens on one worksheet
    sheet.title = "Risks"
    headers = [(header, WIDTHS.get(name, 12)) for header, name in COLUMNS] + [(d, 10) for d in DERIVED]
    rows = [[getattr(r, name) for _, name in COLUMNS[:-1]] + [r.action_refs(), r.score, r.residual_score]
            for r in risks]
    write_sheet(sheet, headers, rows)
    with atomic_path(target) as tmp:
        book.save(tmp)
    return len(risks)
