"""Statutory deadlines: the 20th working day following receipt, in the Act's calendar.

FOIA s.10(1) and FOISA s.10(1) give 20 working days; the Act decides which days are
working days (see `reviewgen.workingdays`). Clarification and fee notices stop the clock
as `disregarded_days` spells out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from reviewgen.workingdays import JURISDICTION_CALENDAR, add_working_days, days_in_range, working_days_between

STATUTORY_WORKING_DAYS = 20
PauseKind = Literal["clarification", "fee"]


@dataclass(frozen=True)
class Pause:
    """The clock waiting on the requester: `end` is None while still waiting."""

    kind: PauseKind
    start: date  # clarification asked / fees notice given
    end: date | None  # clarification received / fee received


def disregarded_days(received: date, pauses: Iterable[Pause]) -> set[date]:
    """The calendar days the deadline clock does not count, for a request received on `received`.

    - Clarification asked on A and received on B: every day from the day after receipt up
      to and including B. FOIA s.10(6)(b) (FOISA s.10(1)(b) likewise) makes the date of
      receipt the day the clarification arrives, so the 20 working days start again from
      the first working day after B; days already used before A are not kept.
    - Fees notice given on N and fee received on P: every day from N to P inclusive
      (FOIA s.10(2), FOISA s.10(2)); the days before N still count, so the clock
      resumes where it stopped.
    Only working days among them change a deadline; weekends and holidays are not
    counted anyway. A pause still waiting (no end date) is not in this set: the clock
    is stopped and there is no due date (see `due_date`).
    """
    days: set[date] = set()
    for pause in pauses:
        if pause.end is None:
            continue
        first = received + timedelta(days=1) if pause.kind == "clarification" else pause.start
        days.update(days_in_range(first, pause.end))
    return days


def waiting_on(pauses: Iterable[Pause]) -> Pause | None:
    """The pause the clock is stopped on now, if any."""
    return next((p for p in pauses if p.end is None), None)


def due_date(
    received: date,
    jurisdiction: str,
    pauses: Iterable[Pause] = (),
    working_days: int = STATUTORY_WORKING_DAYS,
) -> date | None:
    """The date the response is due, or None while the clock is stopped awaiting the requester."""
    pauses = list(pauses)
    if waiting_on(pauses):
        return None
    calendar = JURISDICTION_CALENDAR[jurisdiction]
    return add_working_days(received, working_days, calendar, disregarded_days(received, pauses))


def working_days_left(today: date, due: date, jurisdiction: str) -> int:
    """Working days after `today` up to the due date; negative once it has passed."""
    return working_days_between(today, due, JURISDICTION_CALENDAR[jurisdiction])
