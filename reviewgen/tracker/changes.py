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
from reviewgen.tracker.status import COMPLETE

Tracked = Source | Recommendation | Action

ACTION_FIELDS = ("description", "owner", "agency", "due_date", "status", "completed_date",
                 "evidence", "notes")
RECOMMENDATION_FIELDS = ("text", "addressed_to")
SOURCE_FIELDS = ("kind", "title", "body", "date")


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

    @classmethod
    def now(cls, by: str | None = None, note: str | None = None,
            today: date | None = None) -> Stamp:
        """A stamp for now; with `today` given, changes are dated that day (at the current time)."""
        now = datetime.now().replace(microsecond=0)
        if today is not None and today != now.date():
            now = datetime.combine(today, now.time())
        return cls(by=by or default_user(), at=now, note=note, today=today or now.date())


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


def _where(target: Tracked) -> dict[str, Any]:
    if isinstance(target, Action):
        return dict(source_id=target.source_id, recommendation_id=target.recommendation_id,
                    action_id=target.id, reference=target.reference)
    if isinstance(target, Recommendation):
        return dict(source_id=target.source_id, recommendation_id=target.id, reference=target.number)
    return dict(source_id=target.id, reference=target.reference)


def apply_changes(session: Session, target: Tracked, changes: dict[str, Any], stamp: Stamp,
                  created: bool = False) -> list[FieldChange]:
    """Set each changed field on `target` and append one history row per field.

    `created` records a new row's fields as changes from nothing, so the history alone
    can rebuild any action as it stood on any date.
    """
    if isinstance(target, Action):
        changes = _with_completion_date(target, changes, stamp.today)
    if target.id is None:
        session.flush()
    where = _where(target)
    recorded = []
    for name, new in changes.items():
        old = None if created else getattr(target, name)
        if not created and old == new:
            continue
        setattr(target, name, new)
        if created and new is None:
            continue
        change = FieldChange(where["reference"], name, as_text(old), as_text(new))
        recorded.append(change)
        session.add(History(field=name, old_value=change.old, new_value=change.new,
                            changed_at=stamp.at, changed_by=stamp.by, note=stamp.note, **where))
    return recorded


def _with_completion_date(action: Action, changes: dict[str, Any], today: date) -> dict[str, Any]:
    """Completing an action dates it today unless a date is given; reopening clears the date."""
    status = changes.get("status")
    if status is None or status == action.status:
        return changes
    if status == COMPLETE and changes.get("completed_date") is None:
        return {**changes, "completed_date": action.completed_date or today}
    if status != COMPLETE and action.status == COMPLETE:
        return {**changes, "completed_date": None}
    return changes
