"""What a redaction run leaves behind: the schedule (publishable), the key (internal),
the leak check, and the proposal a person reviews before release."""

from __future__ import annotations

import csv
import io
from collections import OrderedDict
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TypedDict

import yaml
from pydantic import BaseModel, ConfigDict, Field

from reviewgen.atomicio import write_text
from reviewgen.errors import InputError
from reviewgen.redact.redactor import Redaction, Redactor, Removal, normalise
from reviewgen.redact.spans import REDACT
from reviewgen.redact.verify import Protected, verify_file  # noqa: F401 - part of this module's interface
from reviewgen.yamlinput import load_yaml, validate_data

KEY_MARKING = "NOT FOR RELEASE - internal redaction key: keep apart from the released documents"
SCHEDULE_COLUMNS = ["number", "location", "category", "exemption", "label"]
KEY_COLUMNS = ["label", "category", "original", "occurrences"]


def _csv(rows: Iterable[Iterable[object]], public: bool = False) -> str:
    """CSV text; a `public` file's cells are made inert for spreadsheets (the key keeps
    its values exact: `verify` reads them back)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows([_inert(cell) for cell in row] if public else row for row in rows)
    return buffer.getvalue()


def _inert(cell: object) -> object:
    """A cell a spreadsheet will not run: text starting =, +, -, @, tab or return gets a
    leading apostrophe (OWASP's advice for CSV injection)."""
    if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + cell
    return cell


class SignOff(TypedDict):
    """Who proposed the redactions and who approved them, and when (the ICO asks that a
    senior member of staff authorises redactions)."""

    proposed_by: str
    proposed_at: date | datetime
    approved_by: str
    approved_at: date | datetime


def write_schedule(path: str | Path, redactions: Iterable[Redaction], removals: Iterable[Removal] = (),
                   sign_off: SignOff | None = None) -> Path:
    """The redaction schedule: each redaction's location, category, exemption and label,
    then each kind of content removed whole ("removed: chart (2)"), then the sign-off.

    Holds no original values, so it can be published with the release."""
    rows: list[list[object]] = [list(SCHEDULE_COLUMNS)]
    rows += [[n, r.location, r.category, r.exemption, r.label]
             for n, r in enumerate(redactions, start=1)]
    start = len(rows)
    rows += [[n, r.location, "removed part", "", f"removed: {r.what} ({r.count})"]
             for n, r in enumerate(removals, start=start)]
    if sign_off:
        rows += [["", "proposed by", "", "", f"{sign_off['proposed_by']}, {_day(sign_off['proposed_at'])}"],
                 ["", "approved by", "", "", f"{sign_off['approved_by']}, {_day(sign_off['approved_at'])}"]]
    return write_text(path, _csv(rows, public=True))


def _day(moment: date | datetime) -> str:
    return (moment.date() if isinstance(moment, datetime) else moment).isoformat()


def write_key(path: str | Path, redactions: Iterable[Redaction]) -> Path:
    """The internal key: the original value behind each label. Never released."""
    grouped: OrderedDict[tuple[str, str, str], int] = OrderedDict()
    for r in redactions:
        key = (r.label, r.category, " ".join(r.original.split()))
        grouped[key] = grouped.get(key, 0) + 1
    rows: list[list[object]] = [[f"# {KEY_MARKING}"], list(KEY_COLUMNS)]
    rows += [[label, category, original, count] for (label, category, original), count in grouped.items()]
    return write_text(path, _csv(rows), private=True)


def read_key(path: str | Path) -> list[Protected]:
    """The original values (with their categories) listed in a key written by `write_key`."""
    path = Path(path)
    if not path.exists():
        raise InputError.single(path, "key file not found", fix="give the -KEY-NOT-FOR-RELEASE.csv file")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    reader = csv.DictReader(lines)
    if reader.fieldnames is None or "original" not in reader.fieldnames:
        raise InputError.single(path, "is not a redaction key", field="original",
                                fix="give the key written by `reviewgen redact`")
    return [Protected(row["original"], row.get("category") or "") for row in reader if row.get("original")]


def read_key_labels(path: str | Path) -> list[str]:
    """The labels a key lists (read past by `verify`: "Person 101" is no case number 101)."""
    lines = [line for line in Path(path).read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return [row["label"] for row in csv.DictReader(lines) if row.get("label")]


# --- the proposal a person reviews -------------------------------------------------

PROPOSAL_HELP = """\
# Redaction proposal: review before release. INTERNAL - it holds the original values.
# For each candidate set `decision` to redact or keep. Candidates with `tier: review` are
# possible personal data the machine is unsure of: each says `decision: undecided` and
# --apply refuses the proposal until a person has decided every one. `source`, `score`
# and `reason` say why each was found. `exemption` is the provision the schedule cites
# for the value: change it per value (e.g. s.41(1) for a person who has died). Add anything missed under `add`,
# e.g.  - {term: "Jay", category: name}   (category: one of the policy's categories).
# Then run: reviewgen redact FILE --apply THIS-FILE --approved-by NAME (someone other than the proposer)
"""
UNDECIDED = "undecided"


class ProposalCandidate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    category: str
    decision: str = Field(pattern="^(redact|keep|undecided)$")
    label: str | None = None
    # The provision cited for this value in the schedule; change it to cite another.
    exemption: str | None = None
    tier: str = Field("redact", pattern="^(redact|review)$")
    source: str = ""
    score: float = 1.0
    reason: str = ""
    occurrences: int = 1
    contexts: list[str] = []


class ProposalTerm(BaseModel):
    model_config = ConfigDict(extra="forbid")
    term: str = Field(min_length=1)
    category: str = "name"
    label: str | None = None
    exemption: str | None = None


class Proposal(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # Who proposed it: `--apply --approved-by` refuses the same person as approver.
    proposed_by: str | None = None
    proposed_on: date | None = None
    files: list[str] = []
    candidates: list[ProposalCandidate] = []
    add: list[ProposalTerm] = []


def proposal_from(redactions: Iterable[Redaction], files: list[str]) -> Proposal:
    grouped: OrderedDict[tuple[str, str], ProposalCandidate] = OrderedDict()
    for r in redactions:
        key = (normalise(r.original), r.category)
        if key in grouped:
            item = grouped[key]
            item.occurrences += 1
            if len(item.contexts) < 3:
                item.contexts.append(f"{r.location}: {r.context}")
            if r.tier == REDACT and item.tier != REDACT:
                # One confident find decides for every occurrence of the value.
                item.tier, item.decision = REDACT, "redact"
                item.source, item.score, item.reason = r.source, r.score, r.reason
        else:
            grouped[key] = ProposalCandidate(
                text=r.original, category=r.category, label=r.label, exemption=r.exemption, tier=r.tier,
                decision="redact" if r.tier == REDACT else UNDECIDED,
                source=r.source, score=round(r.score, 2), reason=r.reason,
                contexts=[f"{r.location}: {r.context}"])
    return Proposal(files=files, candidates=list(grouped.values()))


def write_proposal(path: str | Path, proposal: Proposal) -> Path:
    body = yaml.safe_dump(proposal.model_dump(), sort_keys=False, allow_unicode=True, width=100)
    return write_text(path, PROPOSAL_HELP + body)


def read_proposal(path: str | Path, decided: bool = True) -> Proposal:
    """A reviewed proposal. With `decided`, every candidate must carry a decision: an
    undecided review-tier item stops the run (naming its number, never its text)."""
    data, marks = load_yaml(path)
    proposal = validate_data(data, Proposal, path, marks)
    undecided = [n for n, c in enumerate(proposal.candidates, start=1) if c.decision == UNDECIDED]
    if decided and undecided:
        shown = ", ".join(str(n) for n in undecided[:10]) + (" ..." if len(undecided) > 10 else "")
        raise InputError.single(path, f"{len(undecided)} candidate(s) still undecided (numbers {shown})",
                                field="candidates[].decision",
                                fix="set each `decision: undecided` to redact or keep, then apply again")
    return proposal


def apply_proposal(redactor: Redactor, proposal: Proposal) -> None:
    """Teach `redactor` the reviewer's decisions: keeps are left, the rest are redacted."""
    for item in proposal.candidates:
        if item.decision == "keep":
            redactor.keep(item.text)
        else:
            redactor.add_known(item.text, item.category, item.label, item.exemption)
    for term in proposal.add:
        redactor.add_known(term.term, term.category, term.label, term.exemption)
