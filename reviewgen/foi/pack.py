"""The release pack: what goes to the requester and the disclosure log, and what never does.

    OUT/<reference>/                              public, checked by `verify`
        response.md / .html / .docx / .pdf
        redaction-schedule.csv
        disclosure-log-row.csv
    OUT/<reference>-INTERNAL-NOT-FOR-RELEASE/     never released
        key.csv                                   what each label stands for
        internal-note.md                          requester's details, officer, deadline

Both folders are built in a hidden staging folder beside them; every public file is
verified against every removed value and the requester's details, and only a clean pack
is moved into place. A leak leaves the previous pack (if any) untouched and raises
CheckFailed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reviewgen.atomicio import write_text
from reviewgen.config import Config
from reviewgen.embedded import approved_for_render
from reviewgen.errors import CheckFailed, InputError
from reviewgen.foi.disclosure_log import INTERNAL_SUFFIX, NOT_YET_SENT, REQUESTER_SUFFIX, ROW_FILENAME, csv_text
from reviewgen.foi.identifiability import identify_text, load_identifiability_policy, report_markdown
from reviewgen.foi.letter import Response, build_response, response_markdown, schedule_redactions
from reviewgen.foi.model import FoiRequest
from reviewgen.foi.refusal import Missing, notice_problems, statutory_due
from reviewgen.foi.status import record_sending
from reviewgen.render import DocumentMeta, long_date, write_document

RESPONSE_FORMATS = ["md", "html", "docx", "pdf"]


@dataclass
class ReleasePack:
    public_dir: Path
    internal_dir: Path
    public_files: list[Path]
    redactions: list[Any]
    requester_dir: Path | None = None
    identifiability_flags: int = 0


class NoticeIncomplete(CheckFailed):
    """The refusal notice lacks an element the Act requires: nothing is written."""

    def __init__(self, reference: str, missing: list[Missing]) -> None:
        self.missing = missing
        lines = "\n".join(f"  {m}" for m in missing)
        super().__init__(f"{reference}: the refusal notice is incomplete ({len(missing)} element(s) missing), "
                         f"no pack written:\n{lines}")


def folder_name(reference: str) -> str:
    """A reference as a folder name: 'FOI/2026/0412' -> 'FOI-2026-0412'."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", reference).strip("-.") or "request"


def new_redactor(config: Config) -> Any:
    """The organisation's redactor: its policy over the shipped one, its spaCy model."""
    from reviewgen.redact import Redactor, load_policy

    return Redactor(load_policy(config.resolve(config.redaction.policy)), nlp_model=config.redaction.nlp_model)


def log_row(response: Response) -> dict[str, str]:
    request = response.request
    return {
        "Reference": request.reference,
        "Date received": request.received.isoformat(),
        # Off the log when not to be published; "not yet sent" until `foi sent` records the date.
        "Date of response": ((request.response_date.isoformat() if request.response_date else NOT_YET_SENT)
                             if request.publish else ""),
        "Subject": " ".join(response.subject.split()),
        "Outcome": response.outcome,
        "Exemptions applied": "; ".join(f"{request.act.abbreviation}{c.section}" + (" (deceased person)" if c.deceased else "")
                                    for c in response.exemptions),
    }


def internal_note(response: Response, config: Config) -> str:
    request = response.request
    requester = request.requester
    due = statutory_due(request, config.foi.deadline_working_days)
    lines = [
        f"# INTERNAL - NOT FOR RELEASE: {request.reference}",
        "",
        "This folder holds the requester's details and the redaction key. Never send it, "
        "publish it or attach it to the response.",
        "",
        "## Send the response to",
        "",
        f"- Name: {requester.name}",
        *[f"- Address: {line}" for line in requester.address],
        *([f"- Email: {requester.email}"] if requester.email else []),
        *([f"- Telephone: {requester.phone}"] if requester.phone else []),
        "",
        "## Handling",
        "",
        f"- Act: {request.act.title}",
        f"- Received: {long_date(request.received)}",
        f"- Due: {long_date(due) if due else 'clock stopped, awaiting the requester'}",
        f"- Officer: {request.officer.name + ', ' + request.officer.role if request.officer else 'not recorded'}",
        f"- Decision date: {long_date(request.decision_date) or 'not recorded'}",
        f"- Response sent: {long_date(request.response_date) or 'not yet: record it with `reviewgen foi sent`'}",
        f"- Publish on the disclosure log: {'yes, once sent' if request.publish else 'no'}",
        f"- Redactions: {len(response.redactor.redactions)} (see key.csv)",
        "- Read identifiability-report.md before release: names are gone, but other details may "
        "still identify someone.",
        "",
        "## Ground of each redaction",
        "",
        "To cite another provision for a label, add it to the request: "
        "`people: [{label: \"Person 1\", exemption: \"38(1)(a)\"}]`; mark a person who has died "
        "with `deceased: true`.",
        "",
        *[f"- {label}: {ground}" for label, ground in
          dict.fromkeys((r.label, r.exemption) for r in schedule_redactions(response))],
        "",
    ]
    return "\n".join(lines)


def _move(staging: Any, folder: Path) -> Path:
    """Move one checked folder into place (an earlier pack's folder is replaced whole)."""
    return Path(staging.move(folder, folder.name))


REQUEST_ID_FILE = "request-id"  # in the internal folder: which request this pack answers


def request_id(request: FoiRequest) -> str:
    """Tells two requests with one reference apart without storing who asked (a digest)."""
    import hashlib

    who = f"{request.received}|{request.requester.name}|{request.requester.email or ''}"
    return hashlib.sha256(who.encode("utf-8")).hexdigest()


def check_pack_is_ours(request: FoiRequest, out_dir: Path, replace: bool = False) -> None:
    """InputError if `out_dir` holds a pack with this reference built for another request:
    two requests sharing a reference must never replace each other's pack and key."""
    recorded = Path(out_dir) / f"{folder_name(request.reference)}{INTERNAL_SUFFIX}" / REQUEST_ID_FILE
    if not replace and recorded.is_file() and recorded.read_text().strip() != request_id(request):
        raise InputError.single(recorded.parent.parent / folder_name(request.reference),
                                "a pack for another request with this reference is already here; kept as it is",
                                fix="give each request its own reference, or add --force to replace that pack")


def build_release_pack(request: FoiRequest, out_dir: Path, config: Config,
                       redactor: Any | None = None, today: date | None = None, replace: bool = False) -> ReleasePack:
    """Redact, render and verify the response to `request`; write the pack under `out_dir`.
    A pack there for another request with the same reference is kept unless `replace`."""
    check_pack_is_ours(request, out_dir, replace)
    working_days = config.foi.deadline_working_days
    missing = notice_problems(request, working_days=working_days)
    if missing:  # before the slow part: the officer's own claims are incomplete
        raise NoticeIncomplete(request.reference, missing)
    redactor = redactor if redactor is not None else new_redactor(config)
    response = build_response(request, redactor, config)
    people = response.people
    assert people is not None  # set by build_response
    withheld = any(not people.is_requester(r) and people.ground(r).exemption.section ==
                   request.act.personal_data_section for r in redactor.redactions)
    missing = notice_problems(request, personal_data_withheld=withheld, working_days=working_days)
    if missing:
        raise NoticeIncomplete(request.reference, missing)
    public_text = response_markdown(response, config, today)
    personal_text = response_markdown(response, config, today, personal=True)
    # The released answers, not our own boilerplate (dates of the letter, section numbers).
    policy = load_identifiability_policy(config)
    flags = [flag for part in response.parts for flag in
             identify_text(f"{part.question}\n{part.answer}", policy, location=f"Part {part.number}")]
    meta = DocumentMeta(title=f"{request.act.title}: {request.reference}", author=config.organisation.council,
                        created=request.response_date or request.received, marking="OFFICIAL",
                        subject=" ".join(response.subject.split()))

    from reviewgen.redact import write_key, write_schedule
    from reviewgen.redact.release import Staging
    from reviewgen.redact.verify import Protected

    name = folder_name(request.reference)
    with Staging(Path(out_dir)) as staging:
        public = staging.path(name)
        for_requester = staging.path(f"{name}{REQUESTER_SUFFIX}")
        internal = staging.path(f"{name}{INTERNAL_SUFFIX}")
        for folder in (public, for_requester, internal):
            folder.mkdir()
        files = write_document(public_text, meta, public / "response", RESPONSE_FORMATS, config)
        files.append(write_schedule(public / "redaction-schedule.csv", schedule_redactions(response)))
        files.append(write_text(public / ROW_FILENAME, csv_text([log_row(response)])))
        letters = write_document(personal_text, meta, for_requester / "response", RESPONSE_FORMATS, config)
        write_key(internal / "key.csv", redactor.redactions)
        write_text(internal / REQUEST_ID_FILE, request_id(request) + "\n", private=True)
        write_text(internal / "internal-note.md", internal_note(response, config), private=True)
        if request.response_date is not None:  # kept with the pack, so a rebuild keeps the date
            record_sending(internal, request.response_date)
        write_text(internal / "identifiability-report.md",
                   report_markdown(flags, f"{request.reference}: the released response"), private=True)

        everyone = [Protected(v, c) for v, c in sorted(response.protected)]
        others = [Protected(v, c) for v, c in sorted(response.protected - response.requester_values)]
        labels = {r.label for r in redactor.redactions}
        leaks = staging.leaks(files, everyone, labels) + staging.leaks(letters, others, labels)
        if leaks:
            raise CheckFailed(
                f"{request.reference}: personal data would be released in {len(leaks)} place(s), "
                f"no pack written: {'; '.join(leaks)}. Fix the answer text or the redaction policy "
                "and run again")
        foreign = staging.foreign_objects(files + letters, approved_for_render(config))
        if foreign:
            raise CheckFailed(f"{request.reference}: {len(foreign)} embedded object(s) not from the template or "
                              f"the configured assets, no pack written: {'; '.join(foreign)}")
        final_internal, final_requester, final_public = (
            _move(staging, folder) for folder in (internal, for_requester, public))
    return ReleasePack(public_dir=final_public, internal_dir=final_internal,
                       public_files=[final_public / p.name for p in files], redactions=list(redactor.redactions),
                       requester_dir=final_requester, identifiability_flags=len(flags))
