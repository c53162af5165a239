"""Action statuses and what is derived from them: overdue, at risk, and the BRAG rating.

The lifecycle boards use: not started -> in progress -> complete (evidence given) ->
verified (someone checked the evidence) -> closed (by the board, at a meeting). Blocked and
deferred sit beside it.

This module is the one place these rules are defined; lists, filters, reports and the
Excel export all call it (or `open_statuses` for the same rule in SQL).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from reviewgen.errors import InputError

NOT_STARTED = "not started"
IN_PROGRESS = "in progress"
COMPLETE = "complete"
VERIFIED = "verified"
CLOSED = "closed"
BLOCKED = "blocked"
DEFERRED = "deferred"

STATUSES = (NOT_STARTED, IN_PROGRESS, COMPLETE, VERIFIED, CLOSED, BLOCKED, DEFERRED)
# Done, whatever assurance has followed: what "complete" counts in headlines and charts.
DONE_STATUSES = (COMPLETE, VERIFIED, CLOSED)
# Each status may only be reached from these (checked on update, not on import, where a
# plan may arrive at any stage).
REACHED_FROM = {VERIFIED: (COMPLETE,), CLOSED: (VERIFIED,)}
# Open actions are the ones that can be overdue or at risk. A deferred action has been
# deliberately put back by the board, so it is neither open nor complete.
OPEN_STATUSES = (NOT_STARTED, IN_PROGRESS, BLOCKED)

_ALIASES = {
    "completed": COMPLETE, "done": COMPLETE, "checked": VERIFIED, "signed off": CLOSED,
    "open": NOT_STARTED, "new": NOT_STARTED, "not yet started": NOT_STARTED,
    "ongoing": IN_PROGRESS, "started": IN_PROGRESS, "in hand": IN_PROGRESS,
    "on hold": DEFERRED, "postponed": DEFERRED,
}

BLUE, GREEN, AMBER, RED = "blue", "green", "amber", "red"
RATINGS = (BLUE, GREEN, AMBER, RED)
ON_TRACK_SHARE = 0.75


def brag_rule(on_track_share: float = ON_TRACK_SHARE) -> str:
    return (f"Blue: every action verified or closed. Red: an action overdue or blocked and the "
            f"recommendation not on track (fewer than {round(100 * on_track_share)}% of the actions due "
            f"so far done). Amber: an action overdue, blocked or due within the at-risk window, but on "
            f"track. Green: every other. An officer's override is shown as such, with its reason.")


RAG_RULE = brag_rule()


def check_transition(reference: str, before: str, after: str | None, note: str | None) -> None:
    """InputError unless `after` may follow `before`, with the note assurance needs."""
    if after is None or after == before or after not in REACHED_FROM:
        return
    if before not in REACHED_FROM[after]:
        raise InputError.single(reference, f"only a {' or '.join(REACHED_FROM[after])} action can be {after}",
                                fix=f"it is {before}; {'complete it with its evidence first' if after == VERIFIED else 'verify it first'}")
    if not note:
        what = "what was checked" if after == VERIFIED else "the meeting that closed it"
        raise InputError.single(reference, f"a {after} action needs {what}",
                                fix="use `tracker verify` or `tracker close`, or give --note")


def normalise_status(value: str) -> str | None:
    """The canonical status for what a person typed ('In-Progress', 'done'), or None."""
    text = " ".join(value.strip().lower().replace("-", " ").replace("_", " ").split())
    if text in STATUSES:
        return text
    return _ALIASES.get(text)


def is_overdue(status: str, due_date: date | None, today: date) -> bool:
    return status in OPEN_STATUSES and due_date is not None and due_date < today


def is_at_risk(status: str, due_date: date | None, today: date, at_risk_days: int) -> bool:
    """Open, not yet overdue, and due within `at_risk_days` of today."""
    return (
        status in OPEN_STATUSES
        and due_date is not None
        and today <= due_date <= today + timedelta(days=at_risk_days)
    )


def is_on_track(actions: list[tuple[str, date | None]], today: date, on_track_share: float) -> bool:
    """At least `on_track_share` of the actions due before today are done."""
    due = [status for status, due_date in actions if due_date is not None and due_date < today]
    return not due or sum(status in DONE_STATUSES for status in due) >= on_track_share * len(due)


def rag_rating(actions: Iterable[tuple[str, date | None]], today: date, at_risk_days: int,
               on_track_share: float = ON_TRACK_SHARE) -> str:
    """BRAG for a recommendation from its actions' (status, due_date); see `brag_rule`.

    Deferred actions were put back by the board and do not count either way.
    """
    live = [(status, due_date) for status, due_date in actions if status != DEFERRED]
    if live and all(status in (VERIFIED, CLOSED) for status, _ in live):
        return BLUE
    troubled = any(status == BLOCKED or is_overdue(status, due_date, today) for status, due_date in live)
    if troubled:
        return AMBER if is_on_track(live, today, on_track_share) else RED
    if any(is_at_risk(status, due_date, today, at_risk_days) for status, due_date in live):
        return AMBER
    return GREEN
