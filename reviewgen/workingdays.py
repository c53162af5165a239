"""Working-day arithmetic for statutory and local deadlines.

Which days count differs by Act (see DOMAIN.md): under FOIA s.10(6) a bank holiday in
*any* part of the UK stops the clock; under FOISA s.73 only Scotland's do. Local review
timescales in England and Wales use the England and Wales bank holidays.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

import holidays

CalendarName = Literal["foia", "foisa", "england-and-wales"]

# UK nations as the `holidays` package names their subdivisions.
_ALL_UK = ("ENG", "NIR", "SCT", "WLS")
_CALENDAR_REGIONS: dict[str, tuple[str, ...]] = {
    "foia": _ALL_UK,
    "foisa": ("SCT",),
    "england-and-wales": ("ENG", "WLS"),
}

# Which Act (and so which calendar) governs a request, by where the authority sits.
JURISDICTION_CALENDAR: dict[str, CalendarName] = {
    "england": "foia",
    "wales": "foia",
    "northern-ireland": "foia",
    "scotland": "foisa",
}


@lru_cache(maxsize=256)
def _holidays_in(calendar: str, year: int) -> frozenset[date]:
    days: set[date] = {date(year, 12, 25)}  # Christmas Day is named in both Acts
    for region in _CALENDAR_REGIONS[calendar]:
        days.update(holidays.country_holidays("GB", subdiv=region, years=year).keys())
    return frozenset(days)


def non_working_holidays(calendar: CalendarName, years: Iterable[int]) -> set[date]:
    """The weekday and weekend holidays of `calendar` in the given years."""
    found: set[date] = set()
    for year in years:
        found |= _holidays_in(calendar, year)
    return found


def is_working_day(day: date, calendar: CalendarName = "foia") -> bool:
    if calendar not in _CALENDAR_REGIONS:
        raise ValueError(f"unknown calendar {calendar!r}; use one of {sorted(_CALENDAR_REGIONS)}")
    return day.weekday() < 5 and day not in _holidays_in(calendar, day.year)


def add_working_days(
    start: date,
    count: int,
    calendar: CalendarName = "foia",
    paused_days: Iterable[date] = (),
) -> date:
    """The `count`th working day *following* `start` (day 1 is the first working day after it).

    `paused_days` are days disregarded by the clock (awaiting clarification or a fee).
    """
    paused = set(paused_days)
    day = start
    counted = 0
    while counted < count:
        day += timedelta(days=1)
        if day not in paused and is_working_day(day, calendar):
            counted += 1
    return day


def working_days_between(
    start: date, end: date, calendar: CalendarName = "foia", paused_days: Iterable[date] = ()
) -> int:
    """Working days after `start` up to and including `end` (negative when end is earlier)."""
    if end < start:
        return -working_days_between(end, start, calendar, paused_days)
    paused = set(paused_days)
    count = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if day not in paused and is_working_day(day, calendar):
            count += 1
    return count


def days_in_range(first: date, last: date) -> list[date]:
    """Every calendar day from `first` to `last` inclusive (for building pause sets)."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
