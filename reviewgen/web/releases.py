"""A release under review in the browser, from upload to the downloadable pack.

The same steps as the command line, kept in the database instead of a proposal file:

1. `create_release` stores the uploaded originals in the data folder and runs detection
   once, as `redact --propose` does. Candidates are grouped by value (one decision covers
   every occurrence); where each occurrence sits is kept in an internal view file, for
   the highlights.
2. `decide` records a person's decision on a candidate, with optimistic locking: it names
   the version it was made on, and a stale one is refused (`Conflict`), never lost.
3. `submit`, then `approve` or `send_back` by an approver who is not the proposer.
4. `build_pack` redacts with the decisions through the one release workflow
   (`reviewgen.redact.release.redact_files`: stage, verify, move), then zips the checked
   files with the public schedule. The key stays in the release's internal folder.
5. `delete_expired_originals` removes originals (and the internal view) a set number of
   days after release.

Statuses: draft (deciding) -> submitted (waiting for approval) -> approved (pack built)
-> released (downloaded at least once); submitted -> returned (back to draft, with a comment).
"""

from __future__ import annotations

import io
import json
import re
import shutil
import zipfile
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, select, update

from reviewgen.atomicio import write_text
from reviewgen.errors import CheckFailed, InputError
from reviewgen.redact.files import SUPPORTED
from reviewgen.redact.records import SignOff
from reviewgen.redact.redactor import Redactor, Replacement, normalise
from reviewgen.redact.spans import REDACT
from reviewgen.tracker.storage import TrackerDB
from reviewgen.web.accounts import Account, now, record
from reviewgen.web.models import AuditEntry, Candidate, Release, ReleaseFile, User

STATUSES = ("draft", "submitted", "returned", "approved", "released")
EDITABLE = ("draft", "returned")
DECISIONS = ("redact", "keep", "undecided")
UNDECIDED = "undecided"
# Magic numbers of the formats accepted: a file whose bytes are not its suffix's is refused.
_SIGNATURES = {".docx": (b"PK\x03\x04",), ".xlsx": (b"PK\x03\x04",), ".pdf": (b"%PDF-",)}


class Conflict(Exception):
    """The candidate changed since the page showed it: reload and decide again."""


class NotAllowed(Exception):
    """The account may not do this to this release (shown as 403, or 404 when not theirs)."""


@dataclass
class Upload:
    name: str
    data: bytes


def release_folder(data_dir: Path, release_id: int) -> Path:
    return data_dir / "releases" / str(release_id)


MAX_NAME_CHARACTERS = 100  # well inside every file system's 255-byte limit, in any script


def safe_upload_name(name: str, number: int) -> str:
    """An uploaded file's own name, reduced to a plain file name (never a path), shortened
    to MAX_NAME_CHARACTERS with its suffix kept."""
    base = re.split(r"[\\/]", name)[-1]
    base = re.sub(r"[\x00-\x1f<>:\"|?*]+", "-", base).strip(" .")
    if len(base) > MAX_NAME_CHARACTERS:
        suffix = Path(base).suffix[:10]
        base = base[:MAX_NAME_CHARACTERS - len(suffix)].rstrip(" .") + suffix
    return base or f"document-{number}"


def check_uploads(uploads: Sequence[Upload], limit_bytes: int) -> None:
    """InputError naming the file (by position: its name may hold personal data) and the fix."""
    if not uploads:
        raise InputError.single("files", "no file was chosen", fix="choose one or more documents to upload")
    problems = []
    for number, upload in enumerate(uploads, start=1):
        suffix = Path(safe_upload_name(upload.name, number)).suffix.lower()
        where = f"file {number} of {len(uploads)}"
        if suffix not in SUPPORTED:
            problems.append(InputError.single(where, f"'{suffix or 'no extension'}' files cannot be redacted",
                                              fix="upload .docx, .pdf, .xlsx, .csv, .txt or .md files"))
        elif len(upload.data) > limit_bytes:
            problems.append(InputError.single(where, f"is larger than the {limit_bytes // 1_000_000} MB limit",
                                              fix="split the document, or ask an administrator to raise web.upload_limit_mb"))
        elif suffix in _SIGNATURES and not upload.data.startswith(_SIGNATURES[suffix]):
            problems.append(InputError.single(where, f"is not a real {suffix} file",
                                              fix="save it again from its program as " + suffix))
        elif suffix in (".docx", ".xlsx") and (expanded := _expanded_size(upload.data)) != len(upload.data) \
                and (expanded is None or expanded > max_expanded(limit_bytes)):
            problems.append(InputError.single(
                where, f"is not a real {suffix} file" if expanded is None else
                f"unpacks to more than {max_expanded(limit_bytes) // 1_000_000} MB",
                fix="save it again from its program, or split it into smaller documents"))
        elif not upload.data:
            problems.append(InputError.single(where, "is empty", fix="choose the document again"))
    if problems:
        raise InputError([p for error in problems for p in error.problems])


def max_expanded(limit_bytes: int) -> int:
    """The most a Word or Excel upload (a zip) may unpack to: a zip bomb stops here."""
    return min(25 * limit_bytes, 200_000_000)


def _expanded_size(data: bytes) -> int | None:
    """What a zip package's parts add up to once unpacked, as its directory declares
    (reading a part beyond its declared size fails); None if it is no zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


class RecordingRedactor(Redactor):
    """A redactor that also keeps every segment it planned, with where each value sits:
    the browser highlights them. Used only while proposing, never for the release."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.segments: list[tuple[str, str, list[tuple[int, int, int]]]] = []

    def plan(self, segments: Sequence[str], locations: Sequence[str],
             leads: Sequence[str] | None = None, markup: bool = False) -> list[list[Replacement]]:
        first = len(self.redactions)
        plans = super().plan(segments, locations, leads, markup)
        if self._learning:
            return plans
        index = first
        for text, location, replacements in zip(segments, locations, plans):
            spans = []
            for start, end, _label in replacements:
                spans.append((start, end, index))
                index += 1
            self.segments.append((location, text, spans))
        return plans


def _redactor(policy_path: Path | None, nlp_model: str | None, recording: bool = False) -> Redactor:
    from reviewgen.redact import load_policy

    kind = RecordingRedactor if recording else Redactor
    return kind(load_policy(policy_path), nlp_model=nlp_model)


def originals(data_dir: Path, release_id: int) -> list[Path]:
    folder = release_folder(data_dir, release_id) / "originals"
    return sorted((p for p in folder.glob("*/*") if p.is_file()), key=lambda p: int(p.parent.name))


def create_release(db: TrackerDB, data_dir: Path, account: Account, title: str, uploads: Sequence[Upload],
                   limit_bytes: int, policy_path: Path | None = None, nlp_model: str | None = None,
                   foi_reference: str | None = None, known: Sequence[tuple[str, str]] = ()) -> int:
    """Store the uploads, run detection and record the candidates. Returns the release id.
    `known` (value, category) are redacted wherever they appear: an FOI requester's details."""
    check_uploads(uploads, limit_bytes)
    title = " ".join(title.split())[:200] or "Untitled release"
    with db.writing() as session:
        release = Release(team=account.team, title=title, status="draft", proposer_id=account.id,
                          foi_reference=foi_reference, created_at=now())
        session.add(release)
        session.flush()
        release_id = release.id
        for number, upload in enumerate(uploads, start=1):
            name = safe_upload_name(upload.name, number)
            session.add(ReleaseFile(release_id=release_id, position=number, display_name=name,
                                    suffix=Path(name).suffix.lower(), size=len(upload.data)))
        record(session, account.name, "uploaded", "release", release_id, f"{len(uploads)} file(s)")
    folder = release_folder(data_dir, release_id)
    paths = []
    for number, upload in enumerate(uploads, start=1):
        path = folder / "originals" / str(number) / safe_upload_name(upload.name, number)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(upload.data)
        path.chmod(0o600)
        paths.append(path)
    try:
        detect_candidates(db, data_dir, release_id, paths, policy_path, nlp_model, known)
    except InputError:
        with db.writing() as session:
            session.execute(update(Release).where(Release.id == release_id).values(status="failed"))
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return release_id


def detect_candidates(db: TrackerDB, data_dir: Path, release_id: int, paths: Sequence[Path],
                      policy_path: Path | None, nlp_model: str | None,
                      known: Sequence[tuple[str, str]] = ()) -> None:
    """Propose, as `redact --propose` does: every find, review-tier ones undecided."""
    redactor = _redactor(policy_path, nlp_model, recording=True)
    assert isinstance(redactor, RecordingRedactor)
    redactor.proposing = True
    for value, category in known:
        redactor.add_known(value, category)
    files = []
    if len(paths) > 1:  # names found in any file are redacted in all of them
        for path in paths:
            redactor.learn_file(path)
    for number, path in enumerate(paths, start=1):
        first = len(redactor.segments)
        scratch = release_folder(data_dir, release_id) / "scratch" / f"{number}{path.suffix.lower()}"
        scratch.parent.mkdir(parents=True, exist_ok=True)
        redactor.redact_file(path, scratch)
        files.append(redactor.segments[first:])
    shutil.rmtree(release_folder(data_dir, release_id) / "scratch", ignore_errors=True)

    grouped: OrderedDict[tuple[str, str], Candidate] = OrderedDict()
    position_of: dict[int, int] = {}
    for index, r in enumerate(redactor.redactions):
        key = (normalise(r.original), r.category)
        item = grouped.get(key)
        if item is None:
            item = grouped[key] = Candidate(
                release_id=release_id, position=len(grouped) + 1, value=" ".join(r.original.split()),
                category=r.category, label=r.label, exemption=r.exemption, tier=r.tier, source=r.source,
                score=round(r.score, 2), reason=r.reason, occurrences=0, added=False, version=1,
                decision="redact" if r.tier == REDACT else UNDECIDED)
        item.occurrences += 1
        if r.tier == REDACT and item.tier != REDACT:
            # One confident find decides for every occurrence of the value.
            item.tier, item.decision, item.source, item.reason = REDACT, "redact", r.source, r.reason
        position_of[index] = item.position
    view = {"files": [[{"location": location, "text": text,
                        "spans": [[s, e, position_of[i]] for s, e, i in spans]}
                       for location, text, spans in segments] for segments in files]}
    write_text(release_folder(data_dir, release_id) / "view.json", json.dumps(view), private=True)
    with db.writing() as session:
        session.add_all(grouped.values())


# --- reading -------------------------------------------------------------------------

def get_release(db: TrackerDB, account: Account, release_id: int) -> Release:
    """The release, if the account's team owns it; NotAllowed (shown as 404) otherwise."""
    with db.reading() as session:
        release = session.get(Release, release_id)
        if release is None or release.team != account.team or release.status == "failed":
            raise NotAllowed()
        session.expunge(release)
        return release


def list_releases(db: TrackerDB, account: Account) -> list[dict[str, Any]]:
    with db.reading() as session:
        undecided = (select(Candidate.release_id, func.count().label("n")).where(Candidate.decision == UNDECIDED)
                     .group_by(Candidate.release_id).subquery())
        rows = session.execute(
            select(Release, User.name, undecided.c.n)
            .join(User, User.id == Release.proposer_id)
            .outerjoin(undecided, undecided.c.release_id == Release.id)
            .where(Release.team == account.team, Release.status != "failed")
            .order_by(Release.id.desc())).all()
    return [{"release": r, "proposer": name, "undecided": n or 0} for r, name, n in rows]


def candidates(db: TrackerDB, release_id: int) -> list[Any]:
    """A release's candidates as plain read-only records (a long document has thousands:
    rendering them must not go through the ORM's attribute machinery each time)."""
    columns = Candidate.__table__.columns
    with db.reading() as session:
        rows = session.execute(select(*columns).where(Candidate.release_id == release_id)
                               .order_by(Candidate.position)).all()
    return [SimpleNamespace(**row._mapping) for row in rows]


def candidate_and_undecided(db: TrackerDB, release_id: int, candidate_id: int) -> tuple[Candidate, int]:
    """One candidate of a release, and how many of the release's candidates are undecided."""
    with db.reading() as session:
        item = session.scalar(select(Candidate).where(Candidate.id == candidate_id,
                                                      Candidate.release_id == release_id))
        if item is None:
            raise NotAllowed()
        undecided = session.scalar(select(func.count()).select_from(Candidate).where(
            Candidate.release_id == release_id, Candidate.decision == UNDECIDED)) or 0
        session.expunge(item)
        return item, undecided


def files(db: TrackerDB, release_id: int) -> list[ReleaseFile]:
    with db.reading() as session:
        found = list(session.scalars(select(ReleaseFile).where(ReleaseFile.release_id == release_id)
                                     .order_by(ReleaseFile.position)))
        session.expunge_all()
        return found


def read_view(data_dir: Path, release_id: int) -> list[list[dict[str, Any]]]:
    path = release_folder(data_dir, release_id) / "view.json"
    if not path.exists():
        return []
    return json.loads(path.read_text("utf-8"))["files"]


def user_name(db: TrackerDB, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    with db.reading() as session:
        return session.scalar(select(User.name).where(User.id == user_id))


# --- deciding ------------------------------------------------------------------------

def _editable(release: Release) -> None:
    if release.status not in EDITABLE:
        raise NotAllowed()


def _still_editable(release_id: int) -> Any:
    """A condition for a write: the release is still a draft when the write happens (it may
    have been submitted since the request read it)."""
    return select(Release.id).where(Release.id == release_id, Release.status.in_(EDITABLE)).exists()


LABEL_START = re.compile(r"^[=+\-@\t\r]")  # a spreadsheet would run such a cell as a formula


def _clean_text(value: str, field: str, limit: int) -> str | None:
    text = " ".join(value.split())[:limit]
    if LABEL_START.match(text):
        raise InputError.single(field, "cannot start with =, +, -, @ or a tab",
                                fix="start it with a letter or number (a spreadsheet would run it as a formula)")
    return text or None


def decide(db: TrackerDB, account: Account, release: Release, candidate_id: int, version: int,
           decision: str | None = None, label: str | None = None, exemption: str | None = None) -> Candidate:
    """Record one decision (and label or exemption change) made on `version` of a candidate."""
    _editable(release)
    if not account.can("reviewer", "ig-officer", "approver"):
        raise NotAllowed()
    if decision is not None and decision not in DECISIONS:
        raise InputError.single("decision", "must be redact, keep or undecided", fix="choose one of them")
    changes: dict[str, Any] = {"version": Candidate.version + 1, "decided_by": account.name, "decided_at": now()}
    if decision is not None:
        changes["decision"] = decision
    if label is not None:
        changes["label"] = _clean_text(label, "label", 100)
    if exemption is not None:
        changes["exemption"] = _clean_text(exemption, "exemption", 60)
    with db.writing() as session:
        # One UPDATE guarded by the version: of two people deciding at once, the second is
        # told to reload instead of overwriting the first's decision unseen.
        done = rows_changed(session.execute(update(Candidate)
                                         .where(Candidate.id == candidate_id, Candidate.release_id == release.id,
                                                Candidate.version == version, _still_editable(release.id))
                                         .values(**changes)))
        if not done:
            exists = session.scalar(select(Candidate.id).where(Candidate.id == candidate_id,
                                                               Candidate.release_id == release.id))
            if exists is None or session.scalar(select(Release.status).where(Release.id == release.id)) \
                    not in EDITABLE:
                raise NotAllowed()
            raise Conflict()
        record(session, account.name, f"decided {decision or 'label/exemption'}", "candidate",
               candidate_id, f"release {release.id}")
        found = session.get(Candidate, candidate_id)
        assert found is not None
        session.expunge(found)
        return found


def decide_many(db: TrackerDB, account: Account, release: Release, candidate_ids: Sequence[int],
                decision: str) -> int:
    """One decision for several candidates (a person's every form of name, or "the rest")."""
    _editable(release)
    if not account.can("reviewer", "ig-officer", "approver") or decision not in DECISIONS:
        raise NotAllowed()
    with db.writing() as session:
        done = rows_changed(session.execute(update(Candidate)
                                         .where(Candidate.release_id == release.id, Candidate.id.in_(candidate_ids),
                                                _still_editable(release.id))
                                         .values(decision=decision, version=Candidate.version + 1,
                                                 decided_by=account.name, decided_at=now())))
        record(session, account.name, f"decided {decision}", "candidates", len(candidate_ids),
               f"release {release.id}")
    return done


def rows_changed(result: Any) -> int:
    """How many rows an UPDATE changed: 0 means a guard (version, status) refused it."""
    return int(result.rowcount or 0)


def add_term(db: TrackerDB, account: Account, release: Release, term: str, category: str,
             categories: Sequence[str]) -> None:
    """Something the machine missed: redacted everywhere in the release."""
    _editable(release)
    if not account.can("reviewer", "ig-officer", "approver"):
        raise NotAllowed()
    term = " ".join(term.split())
    if not term or len(term) > 200:
        raise InputError.single("term", "must be 1 to 200 characters", fix="select or type the words to redact")
    if category not in categories:
        raise InputError.single("category", "is not a category of the policy", fix="choose one from the list")
    with db.writing() as session:
        if session.scalar(select(Release.status).where(Release.id == release.id)) not in EDITABLE:
            raise NotAllowed()
        last = session.scalar(select(func.max(Candidate.position)).where(Candidate.release_id == release.id)) or 0
        session.add(Candidate(release_id=release.id, position=last + 1, value=term, category=category, label=None,
                              exemption=None, tier=REDACT, source="reviewer", score=1.0,
                              reason="added by a person", occurrences=0, decision="redact", added=True, version=1,
                              decided_by=account.name, decided_at=now()))
        record(session, account.name, "added term", "release", release.id, category)


# --- approval ------------------------------------------------------------------------

def submit(db: TrackerDB, account: Account, release: Release) -> None:
    _editable(release)
    if not account.can("reviewer", "ig-officer", "approver"):
        raise NotAllowed()
    with db.writing() as session:
        waiting = session.scalar(select(func.count()).select_from(Candidate).where(
            Candidate.release_id == release.id, Candidate.decision == UNDECIDED)) or 0
        if waiting:
            raise InputError.single("candidates", f"{waiting} review item(s) still undecided",
                                    fix="decide every review item (redact or keep), then submit")
        session.execute(update(Release).where(Release.id == release.id)
                        .values(status="submitted", submitted_at=now(), comment=None))
        record(session, account.name, "submitted", "release", release.id)


def check_approver(db: TrackerDB, account: Account, release: Release) -> None:
    """Only a second person approves: not the proposer, and no one who decided or added
    anything in the release (the audit log says who did)."""
    if not account.can("approver") or release.status != "submitted":
        raise NotAllowed()
    if account.id == release.proposer_id:
        raise NotAllowed("the person who proposed the redactions cannot approve or return them")
    if took_part(db, account, release):
        raise NotAllowed("you made decisions in this release, so another approver must approve it")


def took_part(db: TrackerDB, account: Account, release: Release) -> bool:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.user_name == account.name,
            ((AuditEntry.action.like("decided%") & (AuditEntry.detail == f"release {release.id}"))
             | ((AuditEntry.action == "added term") & (AuditEntry.object_id == str(release.id)))))) != 0


def send_back(db: TrackerDB, account: Account, release: Release, comment: str) -> None:
    check_approver(db, account, release)
    comment = comment.strip()
    if not comment:
        raise InputError.single("comment", "is empty", fix="say what the proposer should change")
    with db.writing() as session:
        session.execute(update(Release).where(Release.id == release.id)
                        .values(status="returned", comment=comment[:2000]))
        record(session, account.name, "returned", "release", release.id)


def approve(db: TrackerDB, data_dir: Path, account: Account, release: Release,
            policy_path: Path | None = None, nlp_model: str | None = None) -> None:
    """Approve and build the pack. A failed leak check leaves the release submitted, no pack."""
    check_approver(db, account, release)
    proposer = user_name(db, release.proposer_id) or "unknown"
    approved_at = now()
    build_pack(db, data_dir, release, proposer, account.name, approved_at, policy_path, nlp_model)
    with db.writing() as session:
        session.execute(update(Release).where(Release.id == release.id)
                        .values(status="approved", approver_id=account.id, approved_at=approved_at))
        record(session, account.name, "approved", "release", release.id)


def pack_path(data_dir: Path, release_id: int) -> Path:
    return release_folder(data_dir, release_id) / "pack" / f"release-{release_id}.zip"


def key_paths(data_dir: Path, release_id: int) -> list[Path]:
    return sorted((release_folder(data_dir, release_id) / "internal").glob("*-KEY-NOT-FOR-RELEASE.csv"))


def build_pack(db: TrackerDB, data_dir: Path, release: Release, proposer: str, approver: str,
               approved_at: datetime, policy_path: Path | None, nlp_model: str | None) -> Path:
    """Redact the originals with the decisions, through stage-verify-move, and zip them."""
    from reviewgen.redact.release import Staging, protected_values, redact_files

    redactor = _redactor(policy_path, nlp_model)
    for item in candidates(db, release.id):
        if item.decision == UNDECIDED:
            raise InputError.single("candidates", "a review item is undecided", fix="return it to the proposer")
        if item.decision == "keep":
            redactor.keep(item.value)
        else:
            redactor.add_known(item.value, item.category, item.label, item.exemption)
    folder = release_folder(data_dir, release.id)
    built, key_dir = folder / "built", folder / "internal"
    shutil.rmtree(built, ignore_errors=True)
    sign_off: SignOff = {"proposed_by": proposer, "proposed_at": release.submitted_at or release.created_at,
                "approved_by": approver, "approved_at": approved_at}
    results = redact_files(redactor, originals(data_dir, release.id), built, key_dir, sign_off=sign_off)
    failed = [f"file {n}" for n, r in enumerate(results, start=1) if not r.ok]
    if failed:
        shutil.rmtree(built, ignore_errors=True)
        raise CheckFailed(f"the leak check failed for {', '.join(failed)}; nothing was released. "
                          "Add the missed value as a term and approve again")
    pack = pack_path(data_dir, release.id)
    with Staging(pack.parent) as staging:
        staged = staging.path(pack.name)
        with zipfile.ZipFile(staged, "w", zipfile.ZIP_DEFLATED) as archive:
            for result in results:
                for path in (result.released, result.schedule):
                    assert path is not None
                    archive.write(path, path.name)
        leaks = staging.leaks([staged], protected_values(redactor), {r.label for r in redactor.redactions}
                              | {r.location for r in redactor.redactions})
        if leaks:
            raise CheckFailed("the leak check failed for the pack; nothing was released")
        staging.move(staged, pack.name)
    shutil.rmtree(built, ignore_errors=True)
    return pack


def record_download(db: TrackerDB, account: Account, release: Release, what: str) -> None:
    with db.writing() as session:
        if what == "pack" and release.status == "approved":
            session.execute(update(Release).where(Release.id == release.id)
                            .values(status="released", released_at=now()))
        record(session, account.name, f"downloaded {what}", "release", release.id)


def delete_expired_originals(db: TrackerDB, data_dir: Path, retention_days: int,
                             today: datetime | None = None) -> int:
    """Delete the originals and internal view of releases released `retention_days` ago."""
    cutoff = (today or now()) - timedelta(days=retention_days)
    with db.writing() as session:
        due = list(session.scalars(select(Release).where(Release.released_at.is_not(None),
                                                         Release.released_at <= cutoff,
                                                         Release.originals_deleted_at.is_(None))))
        for release in due:
            folder = release_folder(data_dir, release.id)
            shutil.rmtree(folder / "originals", ignore_errors=True)
            (folder / "view.json").unlink(missing_ok=True)
            release.originals_deleted_at = now()
            record(session, "system", "deleted originals", "release", release.id)
        return len(due)
