"""Quality checks, as HM Inspectorate of Probation judges learning reviews, and deadlines.

Each check is one small function returning findings; `check_review` runs them all.
A finding of severity "fail" makes `reviewgen check` exit 1; a "warning" does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from reviewgen.config import Timescales
from reviewgen.review.loading import Document, Review
from reviewgen.review.models import ActionStatus, ParallelProcess, ParallelProcessKind
from reviewgen.review.notification import SeriousIncidentNotification
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
    counted_from: str = ""


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


# When each clock starts: the one definition, printed beside every deadline and in
# docs/youth-justice-practice.md. Timescales are working days (England and Wales).
CLOCK_STARTS = {
    "notification": "the day the YJS became aware of the incident",
    "CLR": "the day the YJB was notified (until then, the day notification was due)",
    "ELR": "the day the decision to hold an Extended Learning Review was made (elr_decision.date)",
}


def _deadline(name: str, counted_from: str, due: date, done: date | None, today: date) -> Deadline:
    calendar: CalendarName = "england-and-wales"
    if done is not None:
        late = working_days_between(due, done, calendar)
        status = "on time" if late <= 0 else f"{late} working day{'s' if late != 1 else ''} late"
    elif today > due:
        late = working_days_between(due, today, calendar)
        status = f"overdue by {late} working day{'s' if late != 1 else ''}"
    else:
        status = f"due in {working_days_between(today, due, calendar)} working days"
    return Deadline(name, due, done, status, counted_from)


def notification_deadline(aware: date, notified: date | None, timescales: Timescales, today: date) -> Deadline:
    due = add_working_days(aware, timescales.notify_working_days, "england-and-wales")
    return _deadline("Youth Justice Board notified", CLOCK_STARTS["notification"], due, notified, today)


def review_deadlines(review: Review, timescales: Timescales, today: date) -> list[Deadline]:
    """Notification and completion due dates, in England and Wales working days.

    An ELR's completion deadline exists only once the CLR-to-ELR decision is recorded.
    """
    incident = review.incident
    notify = notification_deadline(incident.yot_aware_date, incident.notification_date, timescales, today)
    deadlines = [notify]
    if review.review_type == "CLR":
        start: date | None = incident.notification_date or notify.due_date
        name, days = "Critical Learning Review completed", timescales.clr_working_days
    else:
        start = review.elr_decision.date if review.elr_decision else None
        name, days = "Extended Learning Review completed", timescales.elr_working_days
    if start is not None:
        due = add_working_days(start, days, "england-and-wales")
        deadlines.append(_deadline(name, CLOCK_STARTS[review.review_type], due, review.signoff.completed_date, today))
    return deadlines


def check_deadlines(review: Review, timescales: Timescales, today: date) -> list[Finding]:
    return _deadline_findings(zip(review_deadlines(review, timescales, today),
                                  (("incident", "notification_date"), ("signoff", "completed_date"))))


def _deadline_findings(deadlines: Iterable[tuple[Deadline, tuple]]) -> list[Finding]:
    findings = []
    for deadline, loc in deadlines:
        if deadline.status.startswith("overdue"):
            findings.append(Finding("fail", "deadline", loc,
                                    f"{deadline.name}: {deadline.status} (due {deadline.due_date})",
                                    "complete it now, or record the date it was done"))
        elif deadline.status.endswith("late"):
            findings.append(Finding("warning", "deadline", loc,
                                    f"{deadline.name}: {deadline.status} (due {deadline.due_date})",
                                    "record the reason for the delay in the oversight comments"))
    return findings


# Sections HMIP and the SOP expect; missing ones are warnings, not failures, because a
# review in progress may not have them yet.
EXPECTED_SECTIONS = (
    ("voice_of_child", "the voice of the child is not recorded",
     "write what the child said, in their words where possible"),
    ("diversity", "the diversity section is empty",
     "record the child's diversity needs and how practice responded to them"),
    ("family_involvement", "family involvement in the review is not recorded",
     "say how the family took part and what they said, or why they did not"),
    ("dissemination", "how the learning will be disseminated is not recorded",
     "add dissemination items: audience, method and date"),
)


def check_expected_sections(review: Review) -> list[Finding]:
    return [Finding("warning", "missing-section", (field,), message, fix)
            for field, message, fix in EXPECTED_SECTIONS if not getattr(review, field)]


def _process_dates(processes: Sequence[ParallelProcess], need_end: bool) -> list[Finding]:
    findings = []
    for i, process in enumerate(processes):
        if process.started is None:
            findings.append(Finding("warning", "parallel-process-dates", ("parallel_processes", i, "started"),
                                    f"the {process.kind.value} has no start date",
                                    "add started: YYYY-MM-DD (the date it began or the review was told of it)"))
        if need_end and process.concluded is None and process.expected_end is None:
            findings.append(Finding("warning", "parallel-process-dates", ("parallel_processes", i),
                                    f"the {process.kind.value} has no expected or actual end date",
                                    "add expected_end or concluded"))
    return findings


def check_parallel_processes(review: Review) -> list[Finding]:
    findings = _process_dates(review.parallel_processes, need_end=True)
    if review.incident.type.value in ("death", "death of a child") and not any(
            p.kind == ParallelProcessKind.inquest for p in review.parallel_processes):
        findings.append(Finding("warning", "parallel-process-dates", ("parallel_processes",),
                                "a child died but no inquest is recorded among the parallel processes",
                                "add the inquest with its dates"))
    return findings


def check_elr_decision(review: Review) -> list[Finding]:
    if review.elr_decision is not None:
        return []
    fix = ("add elr_decision with extended_review, date, decided_by and reasons"
           + ("; the ELR timescale counts from its date" if review.review_type == "ELR" else ""))
    return [Finding("warning", "elr-decision", ("elr_decision",),
                    "the decision on an Extended Learning Review is not recorded", fix)]


def check_action_plan_status(review: Review) -> list[Finding]:
    """An action cannot be complete at sign-off unless it was completed by then."""
    findings = []
    signed_off = review.signoff.completed_date
    for i, item in enumerate(getattr(review, "action_plan", [])):
        if item.status != ActionStatus.complete:
            continue
        if item.completed_date is None:
            findings.append(Finding("warning", "action-status", ("action_plan", i, "completed_date"),
                                    f"action {item.reference} is marked complete with no completion date",
                                    "add completed_date, or set the status it had when the review was signed off"))
        elif signed_off and item.completed_date > signed_off:
            findings.append(Finding("warning", "action-status", ("action_plan", i, "completed_date"),
                                    f"action {item.reference} is marked complete after the review was signed off",
                                    "record the status at sign-off here; track later progress in the tracker"))
    return findings


QUALITY_CHECKS: tuple[Callable[[Review], list[Finding]], ...] = (
    check_account_of_child,
    check_learning_linked,
    check_recommendations_complete,
    check_other_agencies_have_actions,
    check_oversight,
    check_expected_sections,
    check_parallel_processes,
    check_elr_decision,
    check_action_plan_status,
)


def check_notification(notification: SeriousIncidentNotification, timescales: Timescales,
                       today: date) -> list[Finding]:
    incident = notification.incident
    deadline = notification_deadline(incident.yjs_aware_date, incident.notification_date, timescales, today)
    # At notification an end date is rarely known: only the start is expected.
    return (_deadline_findings([(deadline, ("incident", "notification_date"))])
            + _process_dates(notification.parallel_processes, need_end=False))


def check_review(review: Document, timescales: Timescales, today: date) -> list[Finding]:
    if isinstance(review, SeriousIncidentNotification):
        return check_notification(review, timescales, today)
    findings = [finding for check in QUALITY_CHECKS for finding in check(review)]
    return findings + check_deadlines(review, timescales, today)
