"""The one way anything in the tracker changes: set the field, append a history row.

Import, `tracker update` and the re-import of an edited Excel export all call
`apply_changes`, so the history records every change whichever way it came in.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from reviewgen.tracker.models import Action, History, Recommendation, Source
from reviewgen.tracker.status import DONE_STATUSES, NOT_STARTED

Tracked = Source | Recommendation | Action

ACTION_FIELDS = ("description", "owner", "agency", "due_date", "status", "completed_date",
                 "evidence", "notes")
RECOMMENDATION_FIELDS = ("text", "addressed_to")
SOURCE_FIELDS = ("kind", "title", "body", "date")
# How a change came in, kept on its history row: a re-import must not revert what a
# person changed with `tracker update` since the last import (see importer.py).
VIA_IMPORT = "import"
VIA_UPDATE = "update"


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


@dataclass(frozen=True)
class Stamp:
    """Who is making a change, when, and why: written on every history row it produces."""

    by: str
    at: datetime
    note: str | None = None
    today: date = field(default_factory=date.today)
    via: str = VIA_UPDATE

    @classmethod
    def now(cls, by: str | None = None, note: str | None = None,
            today: date | None = None, via: str = VIA_UPDATE) -> Stamp:
        """A stamp for now; with `today` given, changes are dated that day (at the current time)."""
        now = datetime.now().replace(microsecond=0)
        if today is not None and today != now.date():
            now = datetime.combine(today, now.time())
        return cls(by=by or default_user(), at=now, note=note, today=today or now.date(), via=via)


@dataclass(frozen=True)
class FieldChange:
    reference: str
    field: str
    old: str | None
    new: str | None


def as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def where_of(target: Tracked) -> dict[str, Any]:
    """The columns that tie a history row to `target` (which must have its id)."""
    if isinstance(target, Action):
        return dict(source_id=target.source_id, recommendation_id=target.recommendation_id,
                    action_id=target.id, reference=target.reference)
    if isinstance(target, Recommendation):
        return dict(source_id=target.source_id, recommendation_id=target.id, reference=target.number)
    return dict(source_id=target.id, reference=target.reference)


def planned_changes(target: Tracked, changes: dict[str, Any], today: date,
                    created: bool = False) -> dict[str, tuple[Any, Any]]:
    """{field: (old, new)} for what `changes` would do to `target`, without doing it.

    `created` records a new row's fields as changes from nothing (blank ones left out),
    so the history alone can rebuild any action as it stood on any date.
    """
    if isinstance(target, Action):
        changes = completion_dated(target.status, target.completed_date, changes, today)
    planned = {}
    for name, new in changes.items():
        if created:
            if new is not None:
                planned[name] = (None, new)
            continue
        old = getattr(target, name)
        if old != new:
            planned[name] = (old, new)
    return planned


def history_rows(where: dict[str, Any], planned: dict[str, tuple[Any, Any]], stamp: Stamp
                 ) -> tuple[list[FieldChange], list[dict[str, Any]]]:
    """The FieldChange and the history row (as insert parameters) for each planned change."""
    changes, rows = [], []
    # Every row has every column: a batched insert takes its columns from the first row.
    base = {"recommendation_id": None, "action_id": None, **where, "changed_at": stamp.at, "changed_by": stamp.by,
            "note": stamp.note, "via": stamp.via}
    reference = where["reference"]
    for name, (old, new) in planned.items():
        change = FieldChange(reference, name, as_text(old), as_text(new))
        changes.append(change)
        rows.append({**base, "field": name, "old_value": change.old, "new_value": change.new})
    return changes, rows


def apply_changes(session: Session, target: Tracked, changes: dict[str, Any], stamp: Stamp,
                  created: bool = False) -> list[FieldChange]:
    """Set each changed field on `target` and append one history row per field."""
    planned = planned_changes(target, changes, stamp.today, created)
    for name, new in changes.items():
        setattr(target, name, new)
    for name, (_, new) in planned.items():
        setattr(target, name, new)  # completion dating may add a field `changes` lacked
    if target.id is None:
        session.flush()
    recorded, rows = history_rows(where_of(target), planned, stamp)
    session.add_all(History(**row) for row in rows)
    return recorded


def new_action_changes(values: dict[str, Any], today: date) -> dict[str, tuple[Any, Any]]:
    """`planned_changes` for an action not yet in the database (it starts not started)."""
    values = completion_dated(NOT_STARTED, None, values, today)
    return {name: (None, new) for name, new in values.items() if new is not None}


def completion_dated(status_before: str | None, completed_before: date | None, changes: dict[str, Any],
                     today: date) -> dict[str, Any]:
    """Completing an action dates it today unless a date is given; reopening clears the date."""
    status = changes.get("status")
    if status is None or status == status_before:
        return changes
    if status in DONE_STATUSES and changes.get("completed_date") is None:
        return {**changes, "completed_date": completed_before or today}
    if status not in DONE_STATUSES and status_before in DONE_STATUSES:
        return {**changes, "completed_date": None}
    return changes
