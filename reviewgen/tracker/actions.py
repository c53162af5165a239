"""Keeping the plan current: find, update and list actions, and read their history."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Date, Select, TableClause, column, select, table

from reviewgen.errors import InputError
from reviewgen.tracker.status import (
    OPEN_STATUSES,
    STATUSES,
    check_transition,
    is_at_risk,
    is_overdue,
    normalise_status,
)
from reviewgen.tracker.storage import TrackerDB

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from reviewgen.tracker.changes import FieldChange, Stamp
    from reviewgen.tracker.models import Action

# Lists and reports read through SQLAlchemy Core alone: importing the ORM and the models
# would cost `tracker list` a fifth of its time. These name only the columns they read;
# reviewgen.tracker.models stays the schema (a test holds the two together).
ACTIONS = table("actions", column("id"), column("source_id"), column("recommendation_id"), column("reference"),
                column("position"), column("description"), column("owner"), column("agency"),
                column("due_date", Date), column("status"), column("completed_date", Date), column("evidence"),
                column("notes"))
RECOMMENDATIONS = table("recommendations", column("id"), column("number"), column("position"))
SOURCES = table("sources", column("id"), column("reference"))


def find_action(session: Session, reference: str, source: str | None = None, for_update: bool = False) -> Action:
    """The action with `reference`, in `source` if given; InputError if none or ambiguous.

    `for_update` locks the row until the transaction ends (PostgreSQL; SQLite's writers
    already hold the database's write lock), so its old values are read after any
    concurrent writer has committed and no update is lost."""
    from reviewgen.tracker.models import Action, Source

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


def check_source(session: Session | Connection, reference: str) -> None:
    """InputError unless a source with this reference is in the tracker."""
    if session.scalar(select(SOURCES.c.id).where(SOURCES.c.reference == reference)) is None:
        known = list(session.scalars(select(SOURCES.c.reference).order_by(SOURCES.c.id)))
        raise InputError.single("--source", "no source with this reference in the tracker",
                                fix=f"use one of: {', '.join(known)}" if known else "import a plan first")


def update_action(db: TrackerDB, reference: str, changes: dict[str, Any], stamp: Stamp,
                  source: str | None = None) -> list[FieldChange]:
    """Change fields of one action (status, evidence, owner, ...), recorded in the history.

    Completing an action without a completion date dates it `stamp.today`.
    """
    from reviewgen.tracker.changes import apply_changes

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
        """`query` narrowed to the matching actions. It must read the actions table and, to
        filter by source, the sources table: the filter uses the very tables it reads."""
        tables = {t.name: t for t in query.columns_clause_froms if isinstance(t, TableClause)}
        action = tables["actions"].c
        if self.source:
            query = query.where(tables["sources"].c.reference == self.source)
        if self.owner:
            query = query.where(action.owner.ilike(self.owner))
        if self.agency:
            query = query.where(action.agency.ilike(self.agency))
        if self.status:
            status = normalise_status(self.status)
            if status is None:
                raise InputError.single("--status", "is not a status", fix=f"use one of: {', '.join(STATUSES)}")
            query = query.where(action.status == status)
        if self.overdue:
            query = query.where(action.status.in_(OPEN_STATUSES), action.due_date < today)
        if self.due_within_days is not None:
            query = query.where(action.status.in_(OPEN_STATUSES), action.due_date >= today,
                                action.due_date <= today + timedelta(days=self.due_within_days))
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



def view_query() -> Select:
    """Every action as an `ActionView` row, in plan order."""
    action, rec, source = ACTIONS.c, RECOMMENDATIONS.c, SOURCES.c
    return (select(source.reference, rec.number, action.reference, action.description, action.owner, action.agency,
                   action.due_date, action.status, action.completed_date, action.evidence, action.notes)
            .select_from(ACTIONS)
            .join(RECOMMENDATIONS, rec.id == action.recommendation_id)
            .join(SOURCES, source.id == action.source_id)
            .order_by(source.id, rec.position, action.position))


ViewRow = tuple[str, str, str, str, str | None, str | None, date | None, str, date | None, str | None, str | None]


def to_views(rows: Iterable[ViewRow], today: date, at_risk_days: int) -> list[ActionView]:
    return [ActionView(*row, overdue=is_overdue(row[7], row[6], today),
                       at_risk=is_at_risk(row[7], row[6], today, at_risk_days)) for row in rows]


def list_actions(db: TrackerDB, today: date, at_risk_days: int,
                 where: ActionFilter | None = None) -> list[ActionView]:
    """Actions matching `where`, in plan order."""
    where = where or ActionFilter()
    query = where.apply(view_query(), today)
    with db.connected() as connection:  # Core rows: at 20,000 actions the ORM's would cost more than the query
        if where.source:
            check_source(connection, where.source)
        return to_views(connection.execute(query).all(), today, at_risk_days)  # one fetchall, not a fetch a row


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
    from reviewgen.tracker.models import History, Source

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
