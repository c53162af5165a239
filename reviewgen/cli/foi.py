"""FOI commands: due, status, check, respond, sent, log; and `identify` on the root."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import typer

from reviewgen.cli.common import config, new_app

DATE_FORMATS = ["%Y-%m-%d"]
JURISDICTIONS = ["england", "wales", "scotland", "northern-ireland"]


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


def _jurisdiction(value: str) -> str:
    if value not in JURISDICTIONS:
        raise typer.BadParameter(f"use one of: {', '.join(JURISDICTIONS)}")
    return value


def due(
    received: datetime = typer.Argument(..., formats=DATE_FORMATS, metavar="DATE",
                                        help="Date the request was received (YYYY-MM-DD), even a weekend."),
    jurisdiction: str = typer.Option("england", "--jurisdiction", "-j", callback=_jurisdiction,
                                     help="england, wales or northern-ireland (FOIA) or scotland (FOISA)."),
) -> None:
    """Print the due date (YYYY-MM-DD) of a request received on DATE.

    Example: reviewgen foi due 2026-03-13 --jurisdiction scotland
    """
    from reviewgen.foi import due_date

    due = due_date(received.date(), jurisdiction, working_days=config().foi.deadline_working_days)
    assert due is not None  # only a pause stops the clock, and there is none here
    typer.echo(due.isoformat())


def check(request: Path = typer.Argument(..., help="FOI request YAML.")) -> None:
    """Validate a request, check its refusal notice is complete for its Act, and print its
    due date. Each missing element (subsection, reasons, likelihood, public interest
    factors and conclusion, legitimate-interests test, where published, publication date,
    extension limits) is named; exit 1 if any is missing.

    Example: reviewgen foi check reviews/foi-learning-from-reviews.yaml
    """
    from reviewgen.foi import load_request, request_status
    from reviewgen.foi.refusal import notice_problems

    settings = config()
    loaded = load_request(request)
    # Answers drawn from a review, or people marked in the request, hold personal data: the
    # pack will cite the personal-data exemption, so its test is checked here already.
    personal = any(p.from_review for p in loaded.parts) or any(not m.deceased for m in loaded.people)
    missing = notice_problems(loaded, personal_data_withheld=personal,
                              working_days=settings.foi.deadline_working_days)
    status = request_status(loaded, date.today(), settings.foi.deadline_working_days)
    if missing:
        for item in missing:
            typer.echo(f"missing: {request}: {item}", err=True)
        typer.echo(f"{request}: refusal notice incomplete under the {loaded.act.title}: "
                   f"{len(missing)} element(s) missing", err=True)
        raise typer.Exit(1)
    typer.echo(f"{request}: valid; refusal notice complete; {loaded.act.title}; "
               f"due {status.due or 'not set (clock stopped)'}; {status.detail}")


def status(
    folder: Path | None = typer.Argument(None, help="Folder of request YAMLs [default: foi.requests_dir "
                                            "from the config, else reviews/]."),
    today: datetime | None = typer.Option(None, "--today", formats=DATE_FORMATS,
                                             help="Count from this date instead of today."),
    start: datetime | None = typer.Option(None, "--from", formats=DATE_FORMATS,
                                             help="Timeliness: requests received on or after this date."),
    end: datetime | None = typer.Option(None, "--to", formats=DATE_FORMATS,
                                           help="Timeliness: requests received on or before this date."),
) -> None:
    """List requests with their due dates, days remaining, due today and overdue, and the
    share answered within the deadline.

    Example: reviewgen foi status reviews/ --today 2026-05-20 --from 2026-01-01 --to 2026-03-31
    """
    from reviewgen.foi import load_requests, request_status, timeliness
    from reviewgen.foi.status import with_recorded_sending

    settings = config()
    folder = folder or settings.resolve(settings.foi.requests_dir) or Path("reviews")
    on = _day(today) or date.today()
    packs = settings.resolve(settings.foi.packs_dir)
    statuses = [request_status(with_recorded_sending(r, packs), on, settings.foi.deadline_working_days)
                for r in load_requests(folder)]
    typer.echo(f"{'Reference':<16} {'Received':<10}  {'Due':<10}  {'State':<16} Detail")
    for s in statuses:
        typer.echo(f"{s.reference:<16} {s.received.isoformat():<10}  {s.due or '-'!s:<10}  "
                   f"{s.state:<16} {s.detail}")
    counts = {state: sum(s.state == state for s in statuses) for state in ("open", "due today", "overdue", "paused")}
    typer.echo(f"\n{len(statuses)} request(s) on {on}: " + ", ".join(f"{n} {state}" for state, n in counts.items()))
    period = "all requests"
    if start or end:
        period = f"received {_day(start) or 'from the first'} to {_day(end) or 'the last'}"
    typer.echo(f"Timeliness ({period}): {timeliness(statuses, _day(start), _day(end))}")


def respond(
    requests: list[Path] = typer.Argument(..., metavar="REQUEST.yaml...", help="FOI request YAML file(s)."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Folder for the release packs "
                                       "[default: foi.packs_dir from the config, out/foi]."),
    force: bool = typer.Option(False, "--force", help="Replace a pack that another request with the same "
                                                      "reference left in the folder."),
) -> None:
    """Write the release pack: the disclosure-log copy of the response (md, html, docx, pdf),
    redaction schedule and log row; the personal letter to the requester in its own folder;
    the key, internal note and identifiability report kept apart. Refuses (exit 1) if the
    refusal notice is incomplete or anything leaks.

    Example: reviewgen foi respond reviews/foi-learning-from-reviews.yaml -o out/foi
    """
    from reviewgen.cli.common import report_error
    from reviewgen.errors import CheckFailed
    from reviewgen.foi import build_release_pack, load_request
    from reviewgen.foi.status import with_recorded_sending

    settings = config()
    packs = out or settings.resolve(settings.foi.packs_dir)
    # Every input checked before anything is written; a date `foi sent` recorded is kept.
    loaded = [with_recorded_sending(load_request(path), packs) for path in requests]
    # Two requests with one reference would share a pack folder and key: refuse before writing.
    from reviewgen.errors import InputError, Problem
    from reviewgen.foi.pack import check_pack_is_ours, folder_name

    first: dict[str, Path] = {}
    clashes = []
    for path, request in zip(requests, loaded, strict=True):
        name = folder_name(request.reference)
        if name in first:
            clashes.append(Problem(str(path), f"has the same reference as {first[name]}", field="reference",
                                   fix="give each request its own reference"))
        first.setdefault(name, path)
    if clashes:
        raise InputError(clashes)
    for request in loaded:
        check_pack_is_ours(request, packs, replace=force)
    refused = 0
    for request in loaded:
        try:
            pack = build_release_pack(request, packs, settings, replace=force)
        except CheckFailed as exc:
            report_error(exc)
            refused += 1
            continue
        typer.echo(f"release pack: {pack.public_dir} ({len(pack.redactions)} redaction(s); every file verified)")
        for path in pack.public_files:
            typer.echo(f"  {path.name}")
        typer.echo(f"letter for the requester, not for publication: {pack.requester_dir}")
        typer.echo(f"internal, not for release: {pack.internal_dir}")
        typer.echo(f"identifiability: {pack.identifiability_flags} item(s) to review in "
                   f"{pack.internal_dir.name}/identifiability-report.md")
    if refused:
        raise typer.Exit(CheckFailed.exit_code)


def sent(
    reference: str = typer.Argument(..., help="Reference of the request, e.g. FOI-2026-0412."),
    on: datetime = typer.Option(..., "--date", formats=DATE_FORMATS, help="Date the response was sent."),
    requests: Path | None = typer.Option(None, "--requests", help="Folder of request YAMLs [default: "
                                            "foi.requests_dir from the config, else reviews/]."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Folder of release packs [default: foi.packs_dir]."),
) -> None:
    """Record that the response was sent on --date: the pack is rebuilt with the letters dated
    and the disclosure log row filled in. The request YAML is not changed.

    Example: reviewgen foi sent FOI-2026-0455 --date 2026-12-04 -o out/foi
    """
    from reviewgen.errors import InputError
    from reviewgen.foi import build_release_pack, load_requests
    settings = config()
    folder = requests or settings.resolve(settings.foi.requests_dir) or Path("reviews")
    packs = out or settings.resolve(settings.foi.packs_dir)
    found = [r for r in load_requests(folder) if r.reference == reference]
    if not found:
        raise InputError.single(folder, f"no request with reference {reference[:40]}",
                                fix="give the reference as written in the request YAML, and --requests its folder")
    request = found[0].model_copy(update={"response_date": on.date()})
    if on.date() < request.received:
        raise InputError.single("--date", "is before the request was received", fix="give the date it was sent")
    pack = build_release_pack(request, packs, settings)  # it records the date beside the pack
    typer.echo(f"{reference}: sent {on.date().isoformat()}; letters dated and the disclosure log row "
               f"filled in ({pack.public_dir})")


def identify(
    file: Path = typer.Argument(..., help="A release (.md, .txt, .docx) or a review YAML."),
    policy: Path | None = typer.Option(None, "--policy", help="Identifiability policy YAML [default: "
                                          "identifiability.yaml beside the config, else the shipped one]."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Also write the report as Markdown here."),
) -> None:
    """List what could still identify someone once names are gone (the ICO's motivated
    intruder test): exact dates, place with offence, named schools, courts and estates,
    family make-up, special-category and criminal-offence data, and counts under 5.
    Each item says why and suggests a generalisation. Exit 1 if anything is flagged.

    Example: reviewgen identify reviews/clr-example.yaml -o out/clr-identifiability.md
    """
    from reviewgen.atomicio import write_text
    from reviewgen.foi.identifiability import identify_file, load_identifiability_policy, report_markdown

    flags = identify_file(file, load_identifiability_policy(config(), policy))
    report = report_markdown(flags, file.name)
    if out is not None:
        write_text(out, report, private=True)
    typer.echo(report)
    if flags:
        raise typer.Exit(1)


def log(
    packs: Path | None = typer.Argument(None, help="Folder of release packs [default: foi.packs_dir]."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Output path without extension "
                                       "[default: PACKS/disclosure-log]."),
) -> None:
    """Write the disclosure log (CSV and XLSX) of the responses sent, without requester data.

    Example: reviewgen foi log out/foi -o out/foi/disclosure-log
    """
    from reviewgen.foi import collect_log, write_log

    settings = config()
    packs = packs or settings.resolve(settings.foi.packs_dir)
    rows = collect_log(packs)
    for path in write_log(rows, out or packs / "disclosure-log", settings.organisation.council):
        typer.echo(f"wrote {path} ({len(rows)} response(s))")


def register(app: typer.Typer) -> None:
    foi = new_app("Freedom of Information: deadlines, response letters, release packs and the disclosure log.\n\n"
                  "Example: reviewgen foi respond reviews/foi-learning-from-reviews.yaml -o out/foi")
    for command in (due, check, status, respond, sent, log):
        foi.command()(command)
    app.add_typer(foi, name="foi")
    app.command()(identify)
