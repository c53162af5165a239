"""Committee papers: the frame a council committee report takes, and the resolutions a
committee makes, imported as actions with the meeting as their source.

The frame follows the structure of published council committee reports (item number and
classification; recommendations to members; background and key issues; financial, legal
and equalities implications; background papers; an audit trail of lead officer, author,
version and consultation). The figures come from the tracker; the words around them come
from a small YAML file the report's author writes (`reviewgen tracker report --form
committee --paper FILE`). Without that file the frame is written with each section marked
for completion.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pydantic import Field

from reviewgen.errors import InputError
from reviewgen.tracker.plans import ActionIn, Plan, RecommendationIn, SourceIn, _Strict
from reviewgen.yamlinput import load_yaml, validate_data

TO_COMPLETE = "[To be completed by the report author]"


class BackgroundPaper(_Strict):
    title: str
    held_at: str | None = None
    contact: str | None = None


class Consultation(_Strict):
    officer: str = Field(description="officer title, e.g. Director of Finance")
    comments_sought: bool = True
    comments_included: bool = False


class AuditTrail(_Strict):
    lead_officer: str | None = None
    author: str | None = None
    version: str = "Draft"
    dated: dt.date | None = None
    key_decision: bool = False
    consultation: list[Consultation] = Field(default_factory=list)


class Implications(_Strict):
    financial: str | None = None
    legal: str | None = None
    equalities: str | None = None


class CommitteePaper(_Strict):
    """What the report's author adds around the tracker's figures."""

    item_number: str | None = None
    classification: str = "Open"
    meeting: str | None = Field(None, description="e.g. Children's Services Scrutiny Committee")
    meeting_date: dt.date | None = None
    report_title: str | None = None
    wards: str = "All"
    report_from: str | None = Field(None, description="the director presenting the report")
    recommendations: list[str] = Field(default_factory=list, description="what members are asked to do")
    background: str | None = None
    key_issues: str | None = Field(None, description="printed before each recommendation and what was done")
    implications: Implications = Field(default_factory=Implications)
    background_papers: list[BackgroundPaper] = Field(default_factory=list)
    audit_trail: AuditTrail = Field(default_factory=AuditTrail)


def load_paper(path: str | Path | None) -> CommitteePaper:
    """The author's details for the frame; an empty frame when no file is given."""
    if path is None:
        return CommitteePaper()
    data, marks = load_yaml(path)
    return validate_data(data, CommitteePaper, path, marks)


# --- Committee resolutions ---------------------------------------------------------

class Meeting(_Strict):
    reference: str = Field(min_length=1, description="short unique reference, e.g. ILSC-2026-11-24")
    name: str = Field(min_length=1, description="the committee, e.g. Improving Lives Select Commission")
    date: dt.date


class Resolution(_Strict):
    number: str = Field(min_length=1, description="as minuted, e.g. 2 or 2)")
    text: str = Field(min_length=1, description='e.g. "That a further report be brought to the March meeting."')
    owner: str | None = None
    agency: str | None = None
    due_date: dt.date | None = None
    status: str | None = None


class Resolutions(_Strict):
    meeting: Meeting
    resolutions: list[Resolution] = Field(min_length=1)


def is_resolutions_yaml(data: object) -> bool:
    return isinstance(data, dict) and "meeting" in data and "resolutions" in data


def load_resolutions(path: str | Path) -> Plan:
    """A committee's resolutions as a plan: the meeting is the source, each resolution a
    recommendation with one action `Res<n>.1` that carries its owner and due date."""
    data, marks = load_yaml(path)
    if not is_resolutions_yaml(data):
        raise InputError.single(path, "is not a set of committee resolutions",
                                fix="give `meeting:` (reference, name, date) and `resolutions:`")
    minutes = validate_data(data, Resolutions, path, marks)
    meeting = minutes.meeting
    recommendations = []
    for resolution in minutes.resolutions:
        number = "Res" + re.sub(r"[^0-9A-Za-z.]", "", resolution.number)
        given = {name: getattr(resolution, name) for name in ("owner", "agency", "due_date", "status")
                 if getattr(resolution, name) is not None}  # a field left out is left alone on re-import
        action = ActionIn(reference=f"{number}.1", description=resolution.text, **given)
        recommendations.append(RecommendationIn(number=number, text=resolution.text,
                                                addressed_to=resolution.owner, actions=[action]))
    source = SourceIn(reference=meeting.reference, kind="scrutiny", title=f"{meeting.name}: resolutions",
                      body=meeting.name, date=meeting.date)
    plan = Plan(source=source, recommendations=recommendations)
    plan._origin = str(path)
    return plan
