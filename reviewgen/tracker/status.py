"""Action statuses and what is derived from them: overdue, at risk, and the RAG rating.

This module is the one place these rules are defined; lists, filters, reports and the
Excel export all call it (or `open_statuses` for the same rule in SQL).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

NOT_STARTED = "not started"
IN_PROGRESS = "in progress"
COMPLETE = "complete"
BLOCKED = "blocked"
DEFERRED = "deferred"

STATUSES = (NOT_STARTED, IN_PROGRESS, COMPLETE, BLOCKED, DEFERRED)
# Open actions are the ones that can be overdue or at risk. A deferred action has been
# deliberately put back by the board, so it is neither open nor complete.
OPEN_STATUSES = (NOT_STARTED, IN_PROGRESS, BLOCKED)

_ALIASES = {
    "completed": COMPLETE, "done": COMPLETE, "closed": COMPLETE,
    "open": NOT_STARTED, "new": NOT_STARTED, "not yet started": NOT_STARTED,
    "ongoing": IN_PROGRESS, "started": IN_PROGRESS, "in hand": IN_PROGRESS,
    "on hold": DEFERRED, "postponed": DEFERRED,
}

GREEN, AMBER, RED = "green", "amber", "red"
RAG_RULE = (
    "Red: any action overdue or blocked. Amber: any open action due within the at-risk "
    "window. Green: every action complete or on track."
)


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


def rag_rating(actions: Iterable[tuple[str, date | None]], today: date, at_risk_days: int) -> str:
    """RAG for a recommendation from its actions' (status, due_date); see RAG_RULE."""
    rating = GREEN
    for status, due_date in actions:
        if status == BLOCKED or is_overdue(status, due_date, today):
            return RED
        if is_at_risk(status, due_date, today, at_risk_days):
            rating = AMBER
    return rating
