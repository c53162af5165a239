"""The web application's tables (migration 0004_web), in the tracker's database.

Candidates hold original values, like a proposal file: they are internal, shown only to
the release's own team, and never written to a log or the audit trail. Each candidate has
a version number for optimistic locking: a decision names the version it was made on, and
one made on a stale version is refused rather than silently overwriting another person's.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from reviewgen.tracker.models import Base

ROLES = ("reviewer", "ig-officer", "approver", "manager", "viewer")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(20))
    team: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class WebSession(Base):
    """A signed-in browser. The cookie holds a random token; only its hash is stored."""

    __tablename__ = "web_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)


class SignInFailure(Base):
    __tablename__ = "sign_in_failures"
    __table_args__ = (Index("ix_sign_in_failures_key_at", "key", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64))  # a hash of the name tried, or of the client address
    at: Mapped[datetime] = mapped_column(DateTime)


class AuditEntry(Base):
    """Who saw, decided, approved or downloaded what. Names objects by id, never by value."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    user_name: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(40))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str | None] = mapped_column(String(100))
    detail: Mapped[str | None] = mapped_column(Text)


class Release(Base):
    """Files under redaction review, from upload to the released pack."""

    __tablename__ = "releases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))  # see reviewgen.web.releases.STATUSES
    proposer_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    foi_reference: Mapped[str | None] = mapped_column(String(100))
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    released_at: Mapped[datetime | None] = mapped_column(DateTime)
    originals_deleted_at: Mapped[datetime | None] = mapped_column(DateTime)


class ReleaseFile(Base):
    __tablename__ = "release_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id"))
    position: Mapped[int] = mapped_column(Integer)
    display_name: Mapped[str] = mapped_column(Text)  # as uploaded: internal, shown escaped, never a path
    suffix: Mapped[str] = mapped_column(String(10))
    size: Mapped[int] = mapped_column(Integer)


class Candidate(Base):
    """One value found (or added by a person) in a release, with the decision on it."""

    __tablename__ = "candidates"
    __table_args__ = (Index("ix_candidates_release", "release_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id"))
    position: Mapped[int] = mapped_column(Integer)
    value: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(40))
    label: Mapped[str | None] = mapped_column(String(100))
    exemption: Mapped[str | None] = mapped_column(String(60))
    tier: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(String(60))
    score: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)
    occurrences: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str] = mapped_column(String(10))  # redact, keep or undecided
    added: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)


class FoiRecord(Base):
    """An FOI request in the register: its YAML document, with the fields the list shows.
    Each team's register is its own: a reference is unique within the team only."""

    __tablename__ = "foi_register"
    __table_args__ = (UniqueConstraint("team", "reference", name="uq_foi_register_team_reference"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team: Mapped[str] = mapped_column(String(100))
    reference: Mapped[str] = mapped_column(String(100))
    received: Mapped[date] = mapped_column(Date)
    jurisdiction: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(Text)
    document: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
