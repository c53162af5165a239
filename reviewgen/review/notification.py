"""The serious incident notification a youth justice service sends the Youth Justice Board.

Modelled on the YJB's "Serious incidents notification: standard operating procedures for
YJSs" (mandatory from 1 April 2022; submitted through the Youth Justice Application
Framework from July 2023). What the model relies on, and what could not be checked, is
written down with its sources in docs/youth-justice-practice.md.
"""

from __future__ import annotations

import datetime as dt
from datetime import date
from typing import Literal

from pydantic import Field

from reviewgen.render.templating import long_date
from reviewgen.review.models import (
    InputModel,
    MediaInterest,
    NotificationCategory,
    ParallelProcess,
)

SUBMISSION_ROUTE = "Youth Justice Application Framework (YJAF)"


class Contact(InputModel):
    """A member of staff: who notifies, or who authorises the notification."""

    name: str
    role: str
    email: str | None = None
    phone: str | None = None


class NotifiedChild(InputModel):
    name: str
    date_of_birth: date
    gender: str
    ethnicity: str
    legal_status: str = Field(description="order or stage, e.g. Referral Order, bail, out-of-court disposal")
    looked_after: bool
    on_caseload: bool = Field(
        description="true when the child was under YJS supervision or on its caseload at the time; "
        "the SOP also covers children charged with certain offences while not on the caseload")
    case_id: str | None = Field(None, description="the YJS case-management identifier")


class NotifiedIncident(InputModel):
    # `dt.date`: inside this class `date` names the field.
    category: NotificationCategory
    date: dt.date
    yjs_aware_date: dt.date = Field(description="date the YJS became aware; the notification clock starts here")
    notification_date: dt.date | None = Field(None, description="date the YJB was notified")
    location: str = Field(description="where, at local authority level only (no address)")
    summary: str


class AgencyInformed(InputModel):
    agency: str
    date: dt.date | None = None


class PlannedReview(InputModel):
    critical_learning_review: bool = Field(description="true when the YJS will hold a Critical Learning Review")
    reference: str | None = None
    reasons: str | None = Field(None, description="why a review is or is not being held")


class SeriousIncidentNotification(InputModel):
    review_type: Literal["notification"] = "notification"
    reference: str
    yjs_name: str
    protective_marking: str = "OFFICIAL-SENSITIVE"
    notified_by: Contact
    authorised_by: Contact | None = Field(None, description="the manager who authorised the notification")
    submitted_via: str = SUBMISSION_ROUTE
    child: NotifiedChild
    incident: NotifiedIncident
    victim: str = Field("", description="who was harmed, described without names, and the harm")
    other_children_involved: str = ""
    media_interest: MediaInterest
    agencies_informed: list[AgencyInformed] = Field(default_factory=list)
    immediate_actions: str = Field(description="what the YJS has done for the child, family, victim and staff")
    parallel_processes: list[ParallelProcess] = Field(default_factory=list)
    planned_review: PlannedReview

    @property
    def title(self) -> str:
        return f"Serious incident notification {self.reference}"

    def reference_problems(self) -> list[tuple[tuple, str, str]]:
        problems: list[tuple[tuple, str, str]] = []
        incident = self.incident
        if incident.yjs_aware_date < incident.date:
            problems.append((("incident", "yjs_aware_date"), "is before the incident itself",
                             "give the date the YJS was first told"))
        if incident.notification_date and incident.notification_date < incident.yjs_aware_date:
            problems.append((("incident", "notification_date"), "is before the YJS became aware",
                             "give the date the notification was submitted"))
        return problems

    def personal_terms(self) -> list[tuple[str, str, str | None]]:
        """Known personal data in this input as (value, category, label), for the redactor."""
        terms: list[tuple[str, str, str | None]] = [(self.child.name, "name", "Young Person A"),
                                                    (self.child.date_of_birth.isoformat(), "date_of_birth", None),
                                                    (long_date(self.child.date_of_birth), "date_of_birth", None)]
        if self.child.case_id:
            terms.append((self.child.case_id, "case_id", None))
        return terms
