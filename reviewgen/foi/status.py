"""Where each request stands today, and the share answered in time, as the ICO monitors it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Literal

import yaml

from reviewgen.atomicio import write_text
from reviewgen.errors import InputError
from reviewgen.foi.deadlines import waiting_on, working_days_left
from reviewgen.foi.disclosure_log import INTERNAL_SUFFIX
from reviewgen.foi.model import FoiRequest, load_request
from reviewgen.foi.refusal import statutory_due

SENT_RECORD = "sent.txt"  # in the pack's internal folder: the date `foi sent` recorded

State = Literal["answered in time", "answered late", "due today", "open", "overdue", "paused"]


@dataclass(frozen=True)
class RequestStatus:
    reference: str
    received: date
    due: date | None
    state: State
    detail: str
    response_date: date | None = None

    @property
    def counts_for_timeliness(self) -> bool:
        """Answered, or open past its due date: the cases whose timeliness is known."""
        return self.state in ("answered in time", "answered late", "overdue")

    @property
    def in_time(self) -> bool:
        return self.state == "answered in time"


def request_status(request: FoiRequest, today: date, working_days: int = 20) -> RequestStatus:
    pauses = request.pauses()
    due = statutory_due(request, working_days)
    status = partial(RequestStatus, reference=request.reference, received=request.received, due=due,
                     response_date=request.response_date)
    if request.response_date is not None:
        # Answered while still waiting on the requester cannot be late.
        if due is not None and request.response_date > due:
            return status(state="answered late", detail=f"answered {request.response_date}, after the due date")
        return status(state="answered in time", detail=f"answered {request.response_date}")
    if due is None:
        pause = waiting_on(pauses)
        waiting = f": awaiting {pause.kind} since {pause.start}" if pause is not None else ""
        return status(state="paused", detail=f"clock stopped{waiting}")
    left = working_days_left(today, due, request.jurisdiction)
    if due == today:
        return status(state="due today", detail="due today")
    if due < today:
        return status(state="overdue", detail=f"overdue by {-left} working day(s)")
    return status(state="open", detail=f"{left} working day(s) remaining")


@dataclass(frozen=True)
class Timeliness:
    in_time: int
    counted: int

    @property
    def percent(self) -> float | None:
        return 100.0 * self.in_time / self.counted if self.counted else None

    def __str__(self) -> str:
        if not self.counted:
            return "no requests answered or overdue in the period"
        return f"{self.in_time} of {self.counted} ({self.percent:.0f}%) answered within the deadline"


def timeliness(statuses: Iterable[RequestStatus], start: date | None = None,
               end: date | None = None) -> Timeliness:
    """Of the requests received from `start` to `end` whose timeliness is known, how many were in time.

    Open requests not yet due and requests awaiting the requester are left out: they
    can still be answered in time. An open request past its due date counts as late.
    """
    chosen = [s for s in statuses if s.counts_for_timeliness
              and (start is None or s.received >= start) and (end is None or s.received <= end)]
    return Timeliness(in_time=sum(s.in_time for s in chosen), counted=len(chosen))


def is_request_file(path: Path) -> bool:
    """A YAML file in the folder is a request if its name starts with 'foi' or it has request_text."""
    if path.name.lower().startswith("foi"):
        return True
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        return False
    return isinstance(data, dict) and "request_text" in data


def load_requests(folder: Path) -> list[FoiRequest]:
    """Every request in `folder`, sorted by date received; all problems reported together."""
    if not folder.is_dir():
        raise InputError.single(folder, "is not a folder", fix="name the folder that holds the request YAML files")
    requests, problems = [], []
    for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]):
        if not is_request_file(path):
            continue
        try:
            requests.append(load_request(path))
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems)
    return sorted(requests, key=lambda r: (r.received, r.reference))


def _pack_folder(reference: str) -> str:
    from reviewgen.foi.pack import folder_name  # the pack module needs the redactor; import late

    return folder_name(reference)


def record_sending(internal_dir: Path, sent_on: date) -> Path:
    """Remember the date a response was sent, beside its pack (the request YAML is an input)."""
    return write_text(internal_dir / SENT_RECORD, sent_on.isoformat() + "\n", private=True)


def with_recorded_sending(request: FoiRequest, packs_dir: Path | None) -> FoiRequest:
    """`request` with the date `foi sent` recorded for it, unless the YAML gives one."""
    if request.response_date is not None or packs_dir is None:
        return request
    record = Path(packs_dir) / f"{_pack_folder(request.reference)}{INTERNAL_SUFFIX}" / SENT_RECORD
    if not record.is_file():
        return request
    try:
        sent_on = date.fromisoformat(record.read_text(encoding="utf-8").strip())
    except ValueError:
        raise InputError.single(record, "is not a date", fix="run `reviewgen foi sent` again") from None
    updated = request.model_copy(update={"response_date": sent_on})
    updated._source = request.source
    return updated
