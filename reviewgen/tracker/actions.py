"""Keeping the plan current: find, update and list actions, and read their history."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from reviewgen.errors import InputError
from reviewgen.tracker.changes import FieldChange, Stamp, apply_changes
from reviewgen.tracker.models import Action, History, Recommendation, Source
from reviewgen.tracker.status import (
    OPEN_STATUSES,
    STATUSES,
    check_transition,
    is_at_risk,
    is_overdue,
    normalise_status,
)
from reviewgen.tracker.storage import TrackerDB


def find_action(session: Session, reference: str, source: str | None = None, for_update: bool = False) -> Action:
    """The action with `reference`, in `source` if given; InputError if none or ambiguous.

    `for_update` locks the row until the transaction ends (PostgreSQL; SQLite's writers
    already hold the database's write lock), so its old values are read after any
    concurrent writer has committed and no update is lost."""
    query = select(Action).where(Action.reference == reference)
    if for_update:
        query = query.with_for_update(of=Action)
    if source:
        query = query.join(Source, Source.id == Action.source_id).where(Source.reference == source)
    found = list(session.scalars(query))
    if not found:
        raise InputError.single(reference, "no action with this reference" + (" in that source" if source else ""),
                                fix="see `reviewgen tracker list` for references")
    if len(found) > 1:
        refs = sorted(a.recommendation.source.reference for a in found)
        raise InputError.single(reference, "more than one source has an action with this reference",
                                fix=f"add --source with one of: {', '.join(refs)}")
    return found[0]


def check_source(session: Session, reference: str) -> None:
    """InputError unless a source with this reference is in the tracker."""
    if session.scalar(select(Source.id).where(Source.reference == reference)) is None:
        known = list(session.scalars(select(Source.reference).order_by(Source.id)))
        raise InputError.single("--source", "no source with this reference in the tracker",
                                fix=f"use one of: {', '.join(known)}" if known else "import a plan first")


def update_action(db: TrackerDB, reference: str, changes: dict[str, Any], stamp: Stamp,
                  source: str | None = None) -> list[FieldChange]:
    """Change fields of one action (status, evidence, owner, ...), recorded in the history.

    Completing an action without a completion date dates it `stamp.today`.
    """
    unknown = set(changes) - {"description", "owner", "agency", "due_date", "status", "completed_date",
                              "evidence", "notes"}
    if unknown:
        raise InputError.single(reference, f"cannot update {', '.join(sorted(unknown))}",
                                fix="update description, owner, agency, due_date, status, completed_date, "
                                    "evidence or notes")
    if "status" in changes:
        status = normalise_status(str(changes["status"]))
        if status is None:
            raise InputError.single("--status", "is not a status", fix=f"use one of: {', '.join(STATUSES)}")
        changes = {**changes, "status": status}
    with db.writing() as session:
        action = find_action(session, reference, source, for_update=True)
        check_transition(reference, action.status, changes.get("status"), stamp.note)
        return apply_changes(session, action, changes, stamp)


@dataclass
class ActionFilter:
    source: str | None = None
    owner: str | None = None
    agency: str | None = None
    status: str | None = None
    overdue: bool = False
    due_within_days: int | None = None

    def apply(self, query: Select, today: date) -> Select:
        if self.source:
            query = query.where(Source.reference == self.source)
        if self.owner:
            query = query.where(Action.owner.ilike(self.owner))
        if self.agency:
            query = query.where(Action.agency.ilike(self.agency))
        if self.status:
            status = normalise_status(self.status)
            if status is None:
                raise InputError.single("--status", "is not a status", fix=f"use one of: {', '.join(STATUSES)}")
            query = query.where(Action.status == status)
        if self.overdue:
            query = query.where(Action.status.in_(OPEN_STATUSES), Action.due_date < today)
        if self.due_within_days is not None:
            query = query.where(Action.status.in_(OPEN_STATUSES), Action.due_date >= today,
                                Action.due_date <= today + timedelta(days=self.due_within_days))
        return query


@dataclass
class ActionView:
    """An action as lists, exports and reports show it, with overdue and at risk derived."""

    source: str
    recommendation: str
    reference: str
    description: str
    owner: str | None
    agency: str | None
    due_date: date | None
    status: str
    completed_date: date | None
    evidence: str | None
    notes: str | None
    overdue: bool
    at_risk: bool

    def to_json(self) -> dict[str, Any]:
        data = dict(vars(self))  # flat fields: no need for asdict's recursive copy (20,000 rows in a list)
        for name in ("due_date", "completed_date"):
            data[name] = data[name].isoformat() if data[name] else None
        return data


VIEW_COLUMNS = (Source.reference, Recommendation.number, Action.reference, Action.description, Action.owner,
                Action.agency, Action.due_date, Action.status, Action.completed_date, Action.evidence,
                Action.notes)


def view_query() -> Select:
    return (select(*VIEW_COLUMNS)
            .join(Recommendation, Recommendation.id == Action.recommendation_id)
            .join(Source, Source.id == Action.source_id)
            .order_by(Source.id, Recommendation.position, Action.position))


ViewRow = tuple[str, str, str, str, str | None, str | None, date | None, str, date | None, str | None, str | None]


def to_views(rows: Iterable[ViewRow], today: date, at_risk_days: int) -> list[ActionView]:
    return [ActionView(*row, overdue=is_overdue(row[7], row[6], today),
                       at_risk=is_at_risk(row[7], row[6], today, at_risk_days)) for row in rows]


def list_actions(db: TrackerDB, today: date, at_risk_days: int,
                 where: ActionFilter | None = None) -> list[ActionView]:
    """Actions matching `where`, in plan order."""
    where = where or ActionFilter()
    query = where.apply(view_query(), today)
    with db.reading() as session:
        if where.source:
            check_source(session, where.source)
        return to_views(session.execute(query), today, at_risk_days)


@dataclass
class HistoryEntry:
    changed_at: datetime
    changed_by: str
    source: str
    reference: str
    field: str
    old_value: str | None
    new_value: str | None
    note: str | None


def read_history(db: TrackerDB, reference: str | None = None, source: str | None = None,
                 since: date | None = None) -> list[HistoryEntry]:
    """History rows, oldest first, for one action (or everything), optionally since a date."""
    query = (select(History.changed_at, History.changed_by, Source.reference, History.reference, History.field,
                    History.old_value, History.new_value, History.note)
             .join(Source, Source.id == History.source_id).order_by(History.changed_at, History.id))
    with db.reading() as session:
        if reference:
            query = query.where(History.action_id == find_action(session, reference, source).id)
        elif source:
            query = query.where(Source.reference == source)
        if since:
            query = query.where(History.changed_at >= datetime.combine(since, datetime.min.time()))
        return [HistoryEntry(*row) for row in session.execute(query)]
