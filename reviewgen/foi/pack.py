"""The release pack: what goes to the requester and the disclosure log, and what never does.

    OUT/<reference>/                              public, checked by `verify`
        response.md / .html / .docx
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
from reviewgen.errors import CheckFailed
from reviewgen.foi.deadlines import due_date
from reviewgen.foi.disclosure_log import INTERNAL_SUFFIX, ROW_FILENAME, csv_text
from reviewgen.foi.letter import Response, build_response, response_markdown
from reviewgen.foi.model import FoiRequest
from reviewgen.render import DocumentMeta, long_date, write_document

RESPONSE_FORMATS = ["md", "html", "docx"]


@dataclass
class ReleasePack:
    public_dir: Path
    internal_dir: Path
    public_files: list[Path]
    redactions: list[Any]


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
        "Date of response": request.response_date.isoformat() if request.response_date and request.publish else "",
        "Subject": " ".join(response.subject.split()),
        "Outcome": response.outcome,
        "Exemptions applied": "; ".join(f"s.{c.exemption.section}" for c in response.exemptions),
    }


def internal_note(response: Response, config: Config) -> str:
    request = response.request
    requester = request.requester
    due = due_date(request.received, request.jurisdiction, request.pauses(), config.foi.deadline_working_days)
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
        f"- Response sent: {long_date(request.response_date) or 'not yet'}",
        f"- Redactions: {len(response.redactor.redactions)} (see key.csv)",
        "",
    ]
    return "\n".join(lines)


def build_release_pack(request: FoiRequest, out_dir: Path, config: Config,
                       redactor: Any | None = None, today: date | None = None) -> ReleasePack:
    """Redact, render and verify the response to `request`; write the pack under `out_dir`."""
    redactor = redactor if redactor is not None else new_redactor(config)
    response = build_response(request, redactor, config)
    markdown_text = response_markdown(response, config, today)
    created = request.response_date or request.decision_date or today or date.today()
    meta = DocumentMeta(title=f"{request.act.title}: {request.reference}", author=config.organisation.council,
                        created=created, marking="OFFICIAL", subject=" ".join(response.subject.split()))

    from reviewgen.redact import write_key, write_schedule
    from reviewgen.redact.release import Staging
    from reviewgen.redact.verify import Protected

    name = folder_name(request.reference)
    with Staging(Path(out_dir)) as staging:
        public, internal = staging.path(name), staging.path(f"{name}{INTERNAL_SUFFIX}")
        public.mkdir()
        internal.mkdir()
        files = write_document(markdown_text, meta, public / "response", RESPONSE_FORMATS, config)
        files.append(write_schedule(public / "redaction-schedule.csv", redactor.redactions))
        files.append(write_text(public / ROW_FILENAME, csv_text([log_row(response)])))
        write_key(internal / "key.csv", redactor.redactions)
        write_text(internal / "internal-note.md", internal_note(response, config), private=True)

        leaks = staging.leaks(files, [Protected(v, c) for v, c in sorted(response.protected)])
        if leaks:
            raise CheckFailed(
                f"{request.reference}: personal data would be released in {len(leaks)} place(s), "
                f"no pack written: {'; '.join(leaks)}. Fix the answer text or the redaction policy "
                "and run again")
        final_internal = staging.move(internal, internal.name)
        final_public = staging.move(public, public.name)
    return ReleasePack(public_dir=final_public, internal_dir=final_internal,
                       public_files=[final_public / p.name for p in files], redactions=list(redactor.redactions))
