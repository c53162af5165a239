"""Assurance on actions: verifying evidence, closing by the board, and officers' overrides
of a recommendation's rating. Everything here is read from, and written to, the
append-only history, so who did what, when and why is never lost:

- verifying an action is a status change to "verified", its note saying what was checked;
- closing is a status change to "closed", its note naming the meeting and its date;
- a due date's original value, how often it moved and the last reason come from the
  history of the `due_date` field;
- an override is a history row on the recommendation, field `rating_override`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewgen.errors import InputError
from reviewgen.tracker.actions import find_action
from reviewgen.tracker.changes import FieldChange, Stamp, apply_changes
from reviewgen.tracker.models import History, Recommendation, Source
from reviewgen.tracker.status import CLOSED, COMPLETE, RATINGS, VERIFIED, check_transition
from reviewgen.tracker.storage import TrackerDB

OVERRIDE_FIELD = "rating_override"
_CLOSED_NOTE = re.compile(r"^closed at (?P<meeting>.+) on (?P<date>\d{4}-\d{2}-\d{2})(?:: (?P<note>.*))?$", re.S)


@dataclass(frozen=True)
class Assurance:
    """What the history says about one action beyond its current values."""

    original_due: date | None = None
    due_changes: int = 0
    last_due_reason: str | None = None
    verified_by: str | None = None
    verified_on: date | None = None
    checked: str | None = None
    closed_at: str | None = None
    closed_on: date | None = None


@dataclass(frozen=True)
class RatingOverride:
    rating: str
    reason: str
    by: str
    at: datetime


def verify_action(db: TrackerDB, reference: str, checked: str, stamp: Stamp,
                  source: str | None = None) -> list[FieldChange]:
    """Mark a complete action verified: `stamp.by` checked its evidence; `checked` says what they looked at."""
    with db.writing() as session:
        action = find_action(session, reference, source)
        if action.status == COMPLETE and not action.evidence:
            raise InputError.single(reference, "has no evidence of completion to verify",
                                    fix="record it first: tracker update REF --evidence ...")
        check_transition(reference, action.status, VERIFIED, checked)
        return apply_changes(session, action, {"status": VERIFIED}, _with_note(stamp, checked))


def close_action(db: TrackerDB, reference: str, meeting: str, on: date, stamp: Stamp,
                 source: str | None = None, note: str | None = None) -> list[FieldChange]:
    """Close a verified action at a board meeting held on `on`."""
    text = f"closed at {meeting} on {on.isoformat()}" + (f": {note}" if note else "")
    with db.writing() as session:
        action = find_action(session, reference, source)
        check_transition(reference, action.status, CLOSED, text)
        return apply_changes(session, action, {"status": CLOSED}, _with_note(stamp, text))


def _with_note(stamp: Stamp, note: str) -> Stamp:
    return Stamp(by=stamp.by, at=stamp.at, note=note, today=stamp.today, via=stamp.via)


def override_rating(db: TrackerDB, source: str, number: str, rating: str | None, reason: str | None,
                    stamp: Stamp) -> None:
    """Record an officer's rating for a recommendation, or clear it (`rating` None)."""
    if rating is not None and rating not in RATINGS:
        raise InputError.single("--rating", "is not a rating", fix=f"use one of: {', '.join(RATINGS)}")
    if rating is not None and not reason:
        raise InputError.single("--reason", "an override needs its reason", fix="say why the rule's rating is wrong")
    with db.writing() as session:
        rec = session.scalar(select(Recommendation).join(Source, Source.id == Recommendation.source_id)
                             .where(Source.reference == source, Recommendation.number == number))
        if rec is None:
            raise InputError.single(number, "no recommendation with this number in that source",
                                    fix="see `reviewgen tracker report` for recommendation numbers")
        current = read_overrides(session, source).get((source, number))
        session.add(History(source_id=rec.source_id, recommendation_id=rec.id, action_id=None, reference=number,
                            field=OVERRIDE_FIELD, old_value=current.rating if current else None, new_value=rating,
                            changed_at=stamp.at, changed_by=stamp.by, note=reason, via=stamp.via))


def read_overrides(session: Session, source: str | None = None) -> dict[tuple[str, str], RatingOverride]:
    """The override in force for each recommendation, as (source, number) -> override."""
    query = (select(Source.reference, History.reference, History.new_value, History.note, History.changed_by,
                    History.changed_at)
             .join(Source, Source.id == History.source_id)
             .where(History.field == OVERRIDE_FIELD).order_by(History.changed_at, History.id))
    if source:
        query = query.where(Source.reference == source)
    found: dict[tuple[str, str], RatingOverride | None] = {}
    for src, number, rating, reason, by, at in session.execute(query):
        found[(src, number)] = RatingOverride(rating, reason or "", by, at) if rating else None
    return {key: value for key, value in found.items() if value is not None}


def read_assurance(session: Session, source: str | None = None) -> dict[tuple[str, str], Assurance]:
    """For every action with a due date or assurance history: (source, reference) -> Assurance."""
    query = (select(Source.reference, History.reference, History.field, History.old_value, History.new_value,
                    History.changed_at, History.changed_by, History.note)
             .join(Source, Source.id == History.source_id)
             .where(History.action_id.is_not(None), History.field.in_(("due_date", "status")))
             .order_by(History.changed_at, History.id))
    if source:
        query = query.where(Source.reference == source)
    rows = defaultdict(list)
    for row in session.execute(query):
        rows[(row[0], row[1])].append(row[2:])
    return {key: _assurance(history) for key, history in rows.items()}


def _assurance(history: list) -> Assurance:
    dues = [row for row in history if row[0] == "due_date"]
    moves = [row for row in dues if row[1] is not None and row[1] != row[2]]
    original = dues[0][2] if dues and dues[0][1] is None else (dues[0][1] if dues else None)
    values: dict = {"original_due": date.fromisoformat(original) if original else None,
                    "due_changes": len(moves), "last_due_reason": moves[-1][5] if moves else None}
    statuses = [row for row in history if row[0] == "status"]
    verified = [row for row in statuses if row[2] == VERIFIED]
    if verified:
        values.update(verified_by=verified[-1][4], verified_on=verified[-1][3].date(), checked=verified[-1][5])
    closed = [row for row in statuses if row[2] == CLOSED]
    if closed:
        match = _CLOSED_NOTE.match(closed[-1][5] or "")
        values.update(closed_at=match["meeting"] if match else closed[-1][5],
                      closed_on=date.fromisoformat(match["date"]) if match else closed[-1][3].date())
    return Assurance(**values)
