"""Redaction commands: redact, verify, detect."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import typer

from reviewgen.cli.common import config, report_error
from reviewgen.errors import CheckFailed, InputError, Problem

REDACT_HELP = """Remove personal data from .txt, .md, .docx, .pdf, .xlsx and .csv files.

For each FILE writes DIR/<stem>-redacted.<ext> and DIR/<stem>-redaction-schedule.csv
(publishable: location, category, exemption, label), and the internal key
<stem>-KEY-NOT-FOR-RELEASE.csv in a separate folder (default DIR/../<DIR name>-internal).
All files in one run share labels: the same person is "Person 1" in every file.

Review before release: --propose writes <stem>-proposal.yaml to the key folder instead
of redacting. It lists every candidate:

\b
  candidates:
  - text: <the value found>      # internal: the proposal holds original values
    category: name
    decision: redact             # change to keep to leave it in
    label: Person 1
    occurrences: 3
    contexts: [body, paragraph 4: ...]
  add:                           # anything missed, redacted everywhere
  - {term: Jay, category: name}

then --apply PROPOSAL redacts with those decisions.

Example: reviewgen redact review.docx notes.md -o release/
"""


def register(app: typer.Typer) -> None:
    app.command("redact", help=REDACT_HELP)(redact)
    app.command("verify")(verify)
    app.command("detect")(detect)


def _redactor(policy_file: Path | None):
    from reviewgen.redact import Redactor, load_policy

    settings = config()
    policy_path = policy_file or settings.resolve(settings.redaction.policy)
    return Redactor(load_policy(policy_path), nlp_model=settings.redaction.nlp_model)


def redact(
    files: list[Path] = typer.Argument(..., help="Files to redact (.txt, .md, .docx, .pdf, .xlsx, .csv)."),
    out_dir: Path = typer.Option(Path("redacted"), "--out", "-o", help="Folder for released files and schedules."),
    policy: Path | None = typer.Option(None, "--policy", help="Organisation policy YAML over the shipped default."),
    key_dir: Path | None = typer.Option(None, "--key-dir", help="Folder for keys and proposals (kept apart from DIR)."),
    name: str | None = typer.Option(None, "--name", help="Released file name (numbered in a batch) instead of the input's name with personal data replaced."),
    propose: bool = typer.Option(False, "--propose", help="Write a proposal to review instead of redacting."),
    apply: Path | None = typer.Option(None, "--apply", help="Redact with the decisions in this proposal file."),
    by: str | None = typer.Option(None, "--by", help="With --propose: who proposes (default: your login name)."),
    approved_by: str | None = typer.Option(None, "--approved-by", help="With --apply: who approves the redactions "
                                           "(not the proposer); recorded with the proposer in the schedule."),
) -> None:
    from reviewgen.redact import apply_proposal, read_proposal
    from reviewgen.redact.files import check_supported
    from reviewgen.redact.release import redact_files

    problems = []
    for path in files:
        try:
            check_supported(path)
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    if propose and apply:
        raise InputError.single("--apply", "--propose and --apply cannot be used together",
                                fix="propose first, edit the proposal, then apply it")
    if approved_by is not None and apply is None:
        raise InputError.single("--approved-by", "approves a proposal, so it needs --apply",
                                fix="propose first, then run --apply PROPOSAL --approved-by NAME")
    redactor = _redactor(policy)
    sign_off = None
    if apply is not None:
        proposal = read_proposal(apply)
        if approved_by is not None:
            sign_off = _sign_off(apply, proposal, approved_by)
        unknown = [t for t in [c.category for c in proposal.candidates] + [a.category for a in proposal.add]
                   if t not in redactor.policy.categories]
        if unknown:
            raise InputError.single(apply, "a category is not in the policy", field="category",
                                    fix="use one of: " + ", ".join(redactor.policy.categories))
        apply_proposal(redactor, proposal)
    key_dir = key_dir or out_dir.resolve().parent / f"{out_dir.resolve().name}-internal"
    if key_dir.resolve() == out_dir.resolve():
        typer.echo("warning: the key is being written next to the released files", err=True)

    results = redact_files(redactor, files, out_dir, key_dir, name=name, propose=propose, sign_off=sign_off,
                           proposed_by=(by or _login_name()) if propose else None)
    # Inputs are named by position: an input's own name may be a person's.
    failed, bad_input = [], []
    for number, result in enumerate(results, start=1):
        which = f"input {number} of {len(results)}"
        if result.problem is not None:
            bad_input += [replace(p, file=which) for p in getattr(result.problem, "problems", [])]
        elif propose:
            typer.echo(f"{which}: {result.redactions} candidates -> {result.proposal} (internal)")
        elif result.leaks or result.name_leaks:
            places = [*result.leaks, *(["the input's file name, which names the released files"]
                                       if result.name_leaks else [])]
            fixes = [*(["Rename the input so that its name holds no personal data"] if result.name_leaks else []),
                     *(["Add the value to a proposal (--propose, --apply) or to the policy"] if result.leaks else [])]
            failed.append(f"{which}: a redacted value would remain in {', '.join(places)}; "
                          f"nothing released for it. {' and '.join(fixes)}, and run again")
        elif result.foreign:
            failed.append(f"{which}: an embedded object may not be released: {', '.join(result.foreign)}; "
                          "nothing released for it")
        else:
            typer.echo(f"{which}: {result.redactions} redactions, {result.removals} kinds of content "
                       f"removed -> {result.released}; schedule {result.schedule}; key {result.key}")
    if bad_input:
        report_error(InputError(bad_input))
    if failed:
        raise CheckFailed("\n".join(failed))
    if bad_input:
        raise typer.Exit(2)


def _login_name() -> str | None:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in a container: the proposal just says nobody
        return None


def _sign_off(path: Path, proposal, approved_by: str):
    """Who proposed and who approves, for the schedule; the proposer cannot approve."""
    from datetime import date

    approver = " ".join(approved_by.split())
    if not approver:
        raise InputError.single("--approved-by", "is empty", fix="give the approver's name")
    if proposal.proposed_by and proposal.proposed_by.casefold() == approver.casefold():
        raise InputError.single(path, "the approver is the person who proposed these redactions",
                                field="proposed_by",
                                fix="a second person must approve: run --apply with their name in --approved-by")
    return {"proposed_by": proposal.proposed_by or "not recorded", "proposed_at": proposal.proposed_on or date.today(),
            "approved_by": approver, "approved_at": date.today()}


def verify(
    file: Path = typer.Argument(..., help="A released file (.docx, .pdf, .xlsx, .csv, .txt, .md)."),
    key: Path = typer.Option(..., "--key", help="The redaction key (-KEY-NOT-FOR-RELEASE.csv)."),
) -> None:
    """Check a released file holds none of the key's original values, in any part.

    Reads every part of a package, XML or not, its part names and packages embedded in
    it, normalised (NFKC, invisible characters, character references, URL encoding, case),
    and looks for each value as written, with separators removed, and for a name its words
    and initials. Exits 1 naming the parts where a value survives (never the value), 0 when
    clean, 2 for a folder or unreadable file.

    Example: reviewgen verify release/review-redacted.docx --key release-internal/review-KEY-NOT-FOR-RELEASE.csv
    """
    from reviewgen.redact import read_key, verify_file
    from reviewgen.redact.records import read_key_labels

    leaks = verify_file(file, read_key(key), read_key_labels(key))
    if leaks:
        raise CheckFailed(f"{file}: a redacted value still appears in: {', '.join(leaks)}")
    typer.echo(f"{file}: clean (no value from the key found)")


def _read_jsonl(path: Path) -> Iterator[tuple[object, str]]:
    if not path.exists():
        raise InputError.single(path, "file not found", fix="check the path and spelling")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                yield record["id"], str(record["text"])
            except (json.JSONDecodeError, KeyError, TypeError):
                raise InputError([Problem(str(path), "not a JSON object with id and text", line=number,
                                          fix='write one {"id": ..., "text": ...} per line')]) from None


def detect(
    jsonl: Path = typer.Option(..., "--jsonl", help='Input: one {"id": ..., "text": ...} per line.'),
    out: Path | None = typer.Option(None, "--out", "-o", help="Output JSONL (standard output when unset)."),
    policy: Path | None = typer.Option(None, "--policy", help="Organisation policy YAML over the shipped default."),
) -> None:
    """Find personal data in many texts, for pipelines and benchmarks.

    Writes one {"id": ..., "spans": [{"start": 0, "end": 5, "label": "name", "source":
    "ner", "score": 0.5, "tier": "redact", "reason": "..."}]} per input line (character
    offsets; label is the category; source names the recogniser that found the span; tier
    is redact for confident finds, review for possible personal data a person decides).

    Example: reviewgen detect --jsonl texts.jsonl -o spans.jsonl
    """
    from reviewgen.atomicio import atomic_path

    redactor = _redactor(policy)
    records = list(_read_jsonl(jsonl))
    texts = (text for _, text in records)
    results = redactor.detector.detect_many(texts)
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import track

        results = track(results, total=len(records), description="detecting",
                        console=Console(stderr=True), transient=True)
    lines = (json.dumps({"id": rid, "spans": [{"start": c.start, "end": c.end, "label": c.category,
                                               "source": c.source, "score": round(c.score, 2),
                                               "tier": c.tier, "reason": c.reason}
                                              for c in spans]})
             for (rid, _), spans in zip(records, results))
    if out is None:
        for line in lines:
            typer.echo(line)
        return
    with atomic_path(out) as tmp:
        with tmp.open("w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(line + "\n")
    typer.echo(f"{len(records)} texts -> {out}", err=True)
