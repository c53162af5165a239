"""The tracker's tables: sources, recommendations, actions and their change history; outcome
measures with their readings; the risk register and the actions that mitigate each risk.

Overdue and at-risk are derived from the due date and status (see `reviewgen.tracker.status`),
never stored. The history table is append-only: the migration adds triggers that refuse
UPDATE and DELETE on it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Source(Base):
    """Where recommendations come from: an inspection, a learning review, an audit, scrutiny."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    date: Mapped[date | None] = mapped_column(Date)

    recommendations: Mapped[list[Recommendation]] = relationship(
        back_populates="source", order_by="Recommendation.position"
    )


class Recommendation(Base):
    __tablename__ = "recommendations"
    __table_args__ = (UniqueConstraint("source_id", "number", name="uq_recommendation_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    number: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    addressed_to: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[str | None] = mapped_column(String(10))  # high, medium, low: from a learning review

    source: Mapped[Source] = relationship(back_populates="recommendations")
    actions: Mapped[list[Action]] = relationship(
        back_populates="recommendation", order_by="Action.position"
    )


class Action(Base):
    __tablename__ = "actions"
    __table_args__ = (
        UniqueConstraint("source_id", "reference", name="uq_action_reference"),
        Index("ix_actions_status_due", "status", "due_date"),
        Index("ix_actions_owner", "owner"),
        Index("ix_actions_agency", "agency"),
        Index("ix_actions_recommendation", "recommendation_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Kept beside recommendation_id so "R2.3 of this source" is one indexed lookup.
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendations.id"))
    reference: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(200))
    agency: Mapped[str | None] = mapped_column(String(200))
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="not started")
    completed_date: Mapped[date | None] = mapped_column(Date)
    evidence: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    recommendation: Mapped[Recommendation] = relationship(back_populates="actions")


class History(Base):
    """One row per changed field: who changed what, when, from what to what, and why."""

    __tablename__ = "history"
    __table_args__ = (
        Index("ix_history_changed_at", "changed_at"),
        Index("ix_history_field_changed_at", "field", "changed_at"),
        Index("ix_history_action_field", "action_id", "field"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Ids as recorded facts, not foreign keys: an audit trail outlives what it describes,
    # and per-row key checks were most of a large import on PostgreSQL (migration 0005).
    source_id: Mapped[int] = mapped_column(Integer)
    recommendation_id: Mapped[int | None] = mapped_column(Integer)
    action_id: Mapped[int | None] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(40))
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    changed_by: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    # "import" or "update" (see reviewgen.tracker.changes): what a re-import may overwrite.
    via: Mapped[str | None] = mapped_column(String(10))


class Measure(Base):
    """A recommendation's outcome measure (see `reviewgen.tracker.measures`)."""

    __tablename__ = "measures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendations.id"), unique=True)
    name: Mapped[str] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(Text)


class MeasureReading(Base):
    __tablename__ = "measure_readings"
    __table_args__ = (Index("ix_measure_readings_measure_date", "measure_id", "reading_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measures.id"))
    reading_date: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class Risk(Base):
    """An entry of the risk register (see `reviewgen.tracker.risks`); scores are derived."""

    __tablename__ = "risks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(Text)
    cause: Mapped[str | None] = mapped_column(Text)
    consequence: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(200))
    impact: Mapped[int] = mapped_column(Integer)
    likelihood: Mapped[int] = mapped_column(Integer)
    controls: Mapped[str | None] = mapped_column(Text)
    residual_impact: Mapped[int] = mapped_column(Integer)
    residual_likelihood: Mapped[int] = mapped_column(Integer)


class ActionRisk(Base):
    """An action that mitigates a risk."""

    __tablename__ = "action_risks"

    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id"), primary_key=True)
    risk_id: Mapped[int] = mapped_column(ForeignKey("risks.id"), primary_key=True)
