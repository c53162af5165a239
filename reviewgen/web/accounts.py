"""Accounts, sign-in and sessions.

Passwords are hashed with argon2id (argon2-cffi's defaults, RFC 9106's second
recommended parameter set). A session is a random token in an HttpOnly, SameSite=Strict
cookie; the database keeps only its SHA-256, with the session's CSRF token. Sign-in
failures are counted per name and address, per address and per name (see `sign_in`):
past a limit within `FAILURE_WINDOW`, sign-in is refused there until the window passes.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select

from reviewgen.errors import InputError
from reviewgen.tracker.storage import TrackerDB
from reviewgen.web.models import ROLES, AuditEntry, SignInFailure, User, WebSession

FAILURE_LIMIT = 5
FAILURE_WINDOW = timedelta(minutes=15)
SESSION_LIFETIME = timedelta(hours=8)
MIN_PASSWORD_LENGTH = 12
_hasher = PasswordHasher()
# Verified against when the name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password of anyone's")


@dataclass(frozen=True)
class Account:
    """The signed-in user, as pages see them."""

    id: int
    name: str
    role: str
    team: str
    csrf_token: str

    def can(self, *roles: str) -> bool:
        return self.role in roles


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def add_user(db: TrackerDB, name: str, role: str, team: str, password: str) -> None:
    """A new account. InputError for an unknown role, a short password or a name in use."""
    if role not in ROLES:
        raise InputError.single("--role", f"'{role}' is not a role", fix="use one of: " + ", ".join(ROLES))
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError.single("--password", f"is shorter than {MIN_PASSWORD_LENGTH} characters",
                                fix="choose a longer password (a few words make a good one)")
    if not name.strip() or len(name) > 100:
        raise InputError.single("NAME", "must be 1 to 100 characters", fix="give the person's user name")
    with db.writing() as session:
        if session.scalar(select(User.id).where(User.name == name)) is not None:
            raise InputError.single("NAME", "is already a user", fix="choose another name")
        session.add(User(name=name, password_hash=_hasher.hash(password), role=role, team=team,
                         active=True, created_at=now()))
        record(session, name, "add user", "user", name, f"role {role}, team {team}")


def record(session, user_name: str, action: str, object_type: str, object_id: object | None = None,
           detail: str | None = None) -> None:
    """Add an audit entry in the caller's transaction (so it commits, or not, with the change)."""
    session.add(AuditEntry(at=now(), user_name=user_name, action=action, object_type=object_type,
                           object_id=None if object_id is None else str(object_id), detail=detail))


class SignInRefused(Exception):
    """Wrong name or password, or too many failures: the page says only that."""

    def __init__(self, limited: bool) -> None:
        super().__init__("too many attempts" if limited else "wrong name or password")
        self.limited = limited


def sign_in(db: TrackerDB, name: str, password: str, client: str) -> str:
    """A new session token for the right name and password; SignInRefused otherwise."""
    # Counted per name from one address (the usual guessing), per address (one machine trying
    # many names) and per name from anywhere (a spread-out attack), each with its own limit:
    # so nobody elsewhere can lock a colleague out with five wrong passwords.
    limits = {_digest(f"pair:{name.casefold()}:{client}"): FAILURE_LIMIT,
              _digest("client:" + client): FAILURE_LIMIT * 4,
              _digest("name:" + name.casefold()): FAILURE_LIMIT * 10}
    keys = list(limits)
    since = now() - FAILURE_WINDOW
    with db.writing() as session:
        session.execute(delete(SignInFailure).where(SignInFailure.at < since))
        counts: dict[str, int] = {key: count for key, count in session.execute(
            select(SignInFailure.key, func.count()).where(SignInFailure.key.in_(keys), SignInFailure.at >= since)
            .group_by(SignInFailure.key))}
        user = session.scalar(select(User).where(User.name == name, User.active.is_(True)))
        # A name that is no account may be a password typed in the wrong box: never logged.
        who = user.name if user is not None else "(unknown name)"
        if any(counts.get(key, 0) >= limit for key, limit in limits.items()):
            record(session, who, "sign-in refused (limit)", "session")
            raise SignInRefused(limited=True)
        try:
            _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
            if user is None:
                raise VerificationError()
        except (VerificationError, InvalidHashError):
            session.add_all([SignInFailure(key=key, at=now()) for key in keys])
            record(session, who, "sign-in failed", "session")
            failed = True
        else:
            failed = False
            token = secrets.token_urlsafe(32)
            session.add(WebSession(token_hash=_digest(token), user_id=user.id, csrf_token=secrets.token_urlsafe(32),
                                   created_at=now(), expires_at=now() + SESSION_LIFETIME))
            if _hasher.check_needs_rehash(user.password_hash):
                user.password_hash = _hasher.hash(password)
            record(session, user.name, "signed in", "session")
    if failed:  # after the commit, so the failure is counted
        raise SignInRefused(limited=False)
    return token


def account_for(db: TrackerDB, token: str | None) -> Account | None:
    """The account a session cookie belongs to, if the session is live."""
    if not token:
        return None
    with db.reading() as session:
        row = session.execute(
            select(User, WebSession.csrf_token)
            .join(WebSession, WebSession.user_id == User.id)
            .where(WebSession.token_hash == _digest(token), WebSession.expires_at > now(), User.active.is_(True))
        ).first()
    if row is None:
        return None
    user, csrf = row
    return Account(user.id, user.name, user.role, user.team, csrf)


def sign_out(db: TrackerDB, token: str, user_name: str) -> None:
    with db.writing() as session:
        session.execute(delete(WebSession).where(WebSession.token_hash == _digest(token)))
        record(session, user_name, "signed out", "session")
