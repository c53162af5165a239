"""Quality checks, as HM Inspectorate of Probation judges learning reviews, and deadlines.

Each check is one small function returning findings; `check_review` runs them all.
A finding of severity "fail" makes `reviewgen check` exit 1; a "warning" does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from reviewgen.config import Timescales
from reviewgen.review.loading import Review
from reviewgen.workingdays import CalendarName, add_working_days, working_days_between

# Below this many words an account of the child's behaviour and life experiences is a
# placeholder, not an explanation of the incident.
MIN_ACCOUNT_WORDS = 25
YOT_WORDS = ("youth offending", "youth justice", "yot", "yjs", "yos")

# Agencies are named many ways; these words put a name in a family so that "Northshire
# Police" answers for "Police" and "Health" answers for "CAMHS".
AGENCY_FAMILIES = {
    "social care": "social care", "children's services": "social care", "social services": "social care",
    "camhs": "health", "health": "health", "nhs": "health", "gp": "health", "hospital": "health",
    "police": "police", "education": "education", "school": "education", "academy": "education",
    "college": "education", "inclusion": "education", "probation": "probation",
    "housing": "housing",
}


@dataclass(frozen=True)
class Finding:
    severity: str  # "fail" or "warning"
    check: str
    loc: tuple
    message: str
    fix: str


@dataclass(frozen=True)
class Deadline:
    name: str
    due_date: date
    done_date: date | None
    status: str


def agency_family(name: str) -> str:
    lowered = name.lower().replace("\u2019", "'")
    for word, family in AGENCY_FAMILIES.items():
        if re.search(rf"\b{re.escape(word)}\b", lowered):
            return family
    return " ".join(lowered.split())


def _is_yot(name: str) -> bool:
    lowered = name.lower()
    return any(re.search(rf"\b{word}\b", lowered) for word in YOT_WORDS)


def check_account_of_child(review: Review) -> list[Finding]:
    words = len(review.analysis.behaviour_and_life_experiences.split())
    if words >= MIN_ACCOUNT_WORDS:
        return []
    return [Finding("fail", "account-of-child", ("analysis", "behaviour_and_life_experiences"),
                    "the analysis does not use the child's behaviour and life experiences to explain the incident",
                    f"write at least {MIN_ACCOUNT_WORDS} words explaining how the child's experiences and behaviour led to it")]


def check_learning_linked(review: Review) -> list[Finding]:
    return [
        Finding("fail", "learning-linked", ("learning", i, "recommendations"),
                f"learning {item.id} does not lead to any recommendation",
                "list the recommendation ids it leads to, e.g. recommendations: [R1]")
        for i, item in enumerate(review.learning)
        if not item.recommendations
    ] + ([] if review.learning else [
        Finding("fail", "learning-linked", ("learning",), "no learning is identified",
                "add learning items, each linked to a recommendation")])


def check_recommendations_complete(review: Review) -> list[Finding]:
    findings = []
    needs = (("owner", "has no owner", "name the role accountable, e.g. owner: Operational Manager"),
             ("due_date", "has no due date", "add due_date: YYYY-MM-DD"),
             ("evidence", "has no evidence measure", "say how completion will be evidenced, e.g. an audit"))
    for i, rec in enumerate(review.recommendations):
        for field, message, fix in needs:
            if not getattr(rec, field):
                findings.append(Finding("fail", "recommendation-specific", ("recommendations", i, field),
                                        f"recommendation {rec.id} {message}", fix))
    return findings


def _action_agencies(review: Review) -> set[str]:
    agencies = set()
    for rec in review.recommendations:
        agencies.add(agency_family(rec.agency))
        agencies.update(agency_family(a.agency) for a in rec.actions if a.agency)
    for item in getattr(review, "action_plan", []):
        agencies.add(agency_family(item.agency))
    return agencies


def check_other_agencies_have_actions(review: Review) -> list[Finding]:
    with_actions = _action_agencies(review)
    return [
        Finding("fail", "agency-actions", ("multi_agency", i, "agency"),
                f"{item.agency} was involved but no recommendation or action is for it",
                "turn the learning for this agency into an owned, dated action for it")
        for i, item in enumerate(review.multi_agency)
        if not _is_yot(item.agency) and agency_family(item.agency) not in with_actions
    ]


def check_oversight(review: Review) -> list[Finding]:
    if review.signoff.oversight is not None:
        return []
    return [Finding("fail", "oversight", ("signoff",),
                    "no management oversight or quality assurance of the review is recorded",
                    "add signoff.oversight with the manager's role, the date and their comments")]


def review_deadlines(review: Review, timescales: Timescales, today: date) -> list[Deadline]:
    """Notification and completion due dates, in England and Wales working days."""
    calendar: CalendarName = "england-and-wales"
    incident = review.incident
    notify_due = add_working_days(incident.yot_aware_date, timescales.notify_working_days, calendar)
    clock_start = incident.notification_date or notify_due
    if review.review_type == "CLR":
        name, days = "Critical Learning Review completed", timescales.clr_working_days
    else:
        name, days = "Extended Learning Review completed", timescales.elr_working_days
    review_due = add_working_days(clock_start, days, calendar)
    deadlines = []
    for label, due, done in (("Youth Justice Board notified", notify_due, incident.notification_date),
                             (name, review_due, review.signoff.completed_date)):
        if done is not None:
            late = working_days_between(due, done, calendar)
            status = "on time" if late <= 0 else f"{late} working day{'s' if late != 1 else ''} late"
        elif today > due:
            late = working_days_between(due, today, calendar)
            status = f"overdue by {late} working day{'s' if late != 1 else ''}"
        else:
            status = f"due in {working_days_between(today, due, calendar)} working days"
        deadlines.append(Deadline(label, due, done, status))
    return deadlines


def check_deadlines(review: Review, timescales: Timescales, today: date) -> list[Finding]:
    findings = []
    for deadline, loc in zip(review_deadlines(review, timescales, today),
                             (("incident", "notification_date"), ("signoff", "completed_date"))):
        if deadline.status.startswith("overdue"):
            findings.append(Finding("fail", "deadline", loc,
                                    f"{deadline.name}: {deadline.status} (due {deadline.due_date})",
                                    "complete it now, or record the date it was done"))
        elif deadline.status.endswith("late"):
            findings.append(Finding("warning", "deadline", loc,
                                    f"{deadline.name}: {deadline.status} (due {deadline.due_date})",
                                    "record the reason for the delay in the oversight comments"))
    return findings


QUALITY_CHECKS: tuple[Callable[[Review], list[Finding]], ...] = (
    check_account_of_child,
    check_learning_linked,
    check_recommendations_complete,
    check_other_agencies_have_actions,
    check_oversight,
)


def check_review(review: Review, timescales: Timescales, today: date) -> list[Finding]:
    findings = [finding for check in QUALITY_CHECKS for finding in check(review)]
    return findings + check_deadlines(review, timescales, today)
