"""The structured input of a learning review: a CLR, and an ELR that extends it.

Field names follow the words reviewers use (DOMAIN.md). Every model forbids unknown
fields so a typo is reported rather than silently dropped.
"""

from __future__ import annotations

import datetime as dt
from datetime import date
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from reviewgen.render.templating import long_date


class InputModel(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Priority(str, Enum):
    high = "high"
    medium = "medium"
    low = "low"


class RiskLevel(str, Enum):
    low = "low"
    medium = "medium"
    high = "high"
    very_high = "very high"


class IncidentType(str, Enum):
    """Incident types of the retired community safeguarding and public protection incident
    (CSPPI) process (stopped 8 May 2018). Still read, so reviews written under them load;
    new reviews use `NotificationCategory` (docs/youth-justice-practice.md)."""

    death = "death"
    suspected_suicide = "suspected suicide"
    serious_injury = "serious injury"
    serious_self_harm = "serious self-harm"
    charged_grave_offence = "charged with a grave offence"


class NotificationCategory(str, Enum):
    """The six categories of the YJB serious incident notification SOP (mandatory from
    1 April 2022). Wording is reviewgen's summary; see docs/youth-justice-practice.md."""

    death = "death of a child"
    suicide_attempt_or_self_harm = "attempted suicide or serious self-harm"
    victim_of_serious_offence = "child a victim of a serious violent or sexual offence"
    charged_homicide = "charged with murder, attempted murder or manslaughter"
    charged_sexual = "charged with rape or another serious sexual offence"
    charged_terrorism = "charged with a terrorism offence"


LEGACY_INCIDENT_TYPES = frozenset(IncidentType)


class MediaLevel(str, Enum):
    none = "none"
    local = "local"
    national = "national"


class ParallelProcessKind(str, Enum):
    police = "police investigation"
    inquest = "inquest"
    rapid_review = "rapid review"
    lcspr = "local child safeguarding practice review"
    other = "other"


class ActionStatus(str, Enum):
    not_started = "not started"
    in_progress = "in progress"
    complete = "complete"
    blocked = "blocked"
    deferred = "deferred"


# --- the review and the child -------------------------------------------------------


class Person(InputModel):
    """Someone named in the review other than the child (family member, professional)."""

    name: str
    relationship: str = Field(description="e.g. mother, case manager, social worker")
    agency: str | None = None


class Child(InputModel):
    name: str
    known_as: str | None = Field(None, description="nickname or preferred name")
    date_of_birth: date
    gender: str
    ethnicity: str
    address: str | None = None
    legal_status: str = Field(description="order type, e.g. Youth Rehabilitation Order")
    looked_after: bool = Field(description="looked-after child (in local authority care)")
    looked_after_detail: str | None = None
    supervision_start: date

    @field_validator("date_of_birth")
    @classmethod
    def _not_in_the_future(cls, value: date) -> date:
        if value > date.today():
            raise ValueError("is in the future; check the year")
        return value


class Incident(InputModel):
    # `dt.date`: inside this class `date` names the field.
    type: NotificationCategory | IncidentType = Field(
        description="a serious incident notification category; the pre-2018 CSPPI types are still read")
    date: dt.date
    yot_aware_date: dt.date = Field(description="date the YOT became aware")
    notification_date: dt.date | None = Field(None, description="date the YJB was notified")
    summary: str


class ChronologyEntry(InputModel):
    date: date
    event: str
    source: str = Field(description="where this comes from, e.g. case record, police report")


class Order(InputModel):
    type: str
    start_date: date
    end_date: date | None = None
    requirements: list[str] = []


class Background(InputModel):
    family_and_living: str
    health: str
    mental_health: str
    substance_misuse: str
    education_training_employment: str
    speech_language_communication: str


class Assessments(InputModel):
    assetplus_dates: list[date] = []
    assetplus_quality: str
    risk_of_serious_harm: RiskLevel
    safety_and_wellbeing: RiskLevel
    likelihood_of_reoffending: RiskLevel
    mappa_level: Literal[1, 2, 3] | None = None
    commentary: str | None = None


class AgencyInvolvement(InputModel):
    agency: str = Field(description="e.g. Children's Social Care, CAMHS, Police, Education, Health")
    involvement: str


class Analysis(InputModel):
    behaviour_and_life_experiences: str = Field(
        "", description="how the child's behaviour and life experiences explain the incident"
    )
    good_practice: list[str] = []
    could_be_better: list[str] = []


class LearningItem(InputModel):
    id: str = Field(description="e.g. L1")
    text: str
    recommendations: list[str] = Field([], description="ids of the recommendations it leads to")


class RecommendationAction(InputModel):
    reference: str = Field(description="e.g. R1.1")
    description: str
    owner: str | None = None
    agency: str | None = None
    due_date: date | None = None


class Recommendation(InputModel):
    id: str = Field(description="e.g. R1")
    text: str
    addressed_to: str | None = Field(None, description="role the recommendation is addressed to")
    owner: str | None = Field(None, description="role accountable for it, e.g. Head of Service")
    agency: str = "Youth Offending Team"
    due_date: date | None = None
    priority: Priority = Priority.medium
    evidence: str | None = Field(None, description="how completion will be evidenced")
    measure: str | None = Field(None, description="outcome measure that shows the change worked")
    target: str | None = Field(None, description="target for the measure, e.g. 90% within 10 working days")
    actions: list[RecommendationAction] = []


class ElrDecision(InputModel):
    """Whether the CLR leads to an Extended Learning Review, and why. Its date starts the ELR clock."""

    extended_review: bool = Field(description="true when an ELR will be held")
    date: dt.date = Field(description="date the decision was made; the ELR timescale counts from it")
    decided_by: str = Field(description="role that made the decision, e.g. Head of Service")
    reasons: str


class MediaInterest(InputModel):
    level: MediaLevel
    detail: str | None = None


class ParallelProcess(InputModel):
    """Another process running alongside the review (Working Together 2023 for rapid reviews
    and local child safeguarding practice reviews)."""

    kind: ParallelProcessKind
    lead: str = Field(description="agency or body leading it, e.g. Northshire Police, the coroner")
    started: date | None = Field(None, description="date it started or was notified")
    expected_end: date | None = Field(None, description="date it is expected to finish or report")
    concluded: date | None = None
    notes: str | None = None


class Dissemination(InputModel):
    audience: str = Field(description="who will learn from it, e.g. all case managers, the partnership board")
    method: str = Field(description="e.g. 7-minute briefing, practice workshop, board report")
    by_date: date | None = None


class Oversight(InputModel):
    """Local management oversight and quality assurance of the review itself."""

    manager: str = Field(description="role of the countersigning manager")
    date: date
    comments: str


class SignOff(InputModel):
    author: str = Field(description="reviewer's name or role")
    author_role: str
    countersigned_by: str | None = None
    countersigned_role: str | None = None
    started_date: date | None = None
    completed_date: date | None = None
    oversight: Oversight | None = None


class ReviewBase(InputModel):
    reference: str
    yot_name: str
    protective_marking: str = "OFFICIAL-SENSITIVE"
    signoff: SignOff
    child: Child
    people: list[Person] = Field([], description="others named in the review: family, professionals")
    incident: Incident
    chronology: list[ChronologyEntry] = []
    orders: list[Order] = []
    intervention_plan: str = ""
    background: Background
    assessments: Assessments
    multi_agency: list[AgencyInvolvement] = []
    contact_compliance_enforcement: str = ""
    diversity: str = ""
    voice_of_child: str = ""
    victim: str = Field("", description="who was harmed, described without names, and the harm")
    media_interest: MediaInterest | None = None
    child_protection_and_exploitation: str = Field(
        "", description="child protection plans, exploitation concerns, National Referral Mechanism referrals")
    custody_and_electronic_monitoring: str = Field(
        "", description="remand or custody episodes, tags, curfews and electronic monitoring")
    parallel_processes: list[ParallelProcess] = []
    family_involvement: str = Field("", description="how the family took part in the review and what they said")
    elr_decision: ElrDecision | None = Field(None, description="the CLR-to-ELR decision with its reasons")
    dissemination: list[Dissemination] = Field([], description="how the learning will be disseminated")
    analysis: Analysis
    learning: list[LearningItem] = []
    recommendations: list[Recommendation] = []

    review_type: Literal["CLR", "ELR"]

    @property
    def title(self) -> str:
        kind = "Critical Learning Review" if self.review_type == "CLR" else "Extended Learning Review"
        return f"{kind} {self.reference}"

    def reference_problems(self) -> list[tuple[tuple, str, str]]:
        """Cross-references that point nowhere, as (field path, message, fix)."""
        known = {r.id for r in self.recommendations}
        problems = []
        for i, item in enumerate(self.learning):
            for j, rid in enumerate(item.recommendations):
                if rid not in known:
                    problems.append(
                        (("learning", i, "recommendations", j),
                         f"'{rid}' is not the id of any recommendation",
                         f"use one of: {', '.join(sorted(known)) or '(none defined yet)'}")
                    )
        return problems

    def personal_terms(self) -> list[tuple[str, str, str | None]]:
        """Known personal data in this input as (value, category, label), for the redactor."""
        terms: list[tuple[str, str, str | None]] = [(self.child.name, "name", "Young Person A")]
        if self.child.known_as:
            terms.append((self.child.known_as, "name", "Young Person A"))
        terms.append((self.child.date_of_birth.isoformat(), "date_of_birth", None))
        terms.append((long_date(self.child.date_of_birth), "date_of_birth", None))
        if self.child.address:
            terms.append((self.child.address, "address", None))
        for person in self.people:
            label = None
            if person.agency is None:  # family and friends: labelled by their link to the child
                label = f"{person.relationship.capitalize()} of Young Person A"
            terms.append((person.name, "name", label))
        return terms

class CriticalLearningReview(ReviewBase):
    review_type: Literal["CLR"] = "CLR"


class Participant(InputModel):
    role: str
    agency: str


class Theme(InputModel):
    title: str
    analysis: str


class ActionPlanItem(InputModel):
    reference: str = Field(description="e.g. R2.3")
    recommendation: str = Field(description="id of the recommendation, e.g. R2")
    action: str
    owner: str
    agency: str
    due_date: date
    status: ActionStatus = ActionStatus.not_started
    completed_date: date | None = None


class ExtendedLearningReview(ReviewBase):
    review_type: Literal["ELR"] = "ELR"
    clr_reference: str | None = Field(None, description="the CLR this review follows")
    terms_of_reference: list[str]
    methodology: str
    agencies: list[str]
    participants: list[Participant] = []
    themes: list[Theme] = Field(description="thematic analysis")
    action_plan: list[ActionPlanItem] = Field(min_length=1, description="multi-agency action plan")

    def reference_problems(self) -> list[tuple[tuple, str, str]]:
        problems = super().reference_problems()
        known = {r.id for r in self.recommendations}
        for i, item in enumerate(self.action_plan):
            if item.recommendation not in known:
                problems.append(
                    (("action_plan", i, "recommendation"),
                     f"'{item.recommendation}' is not the id of any recommendation",
                     f"use one of: {', '.join(sorted(known)) or '(none defined yet)'}")
                )
        return problems
