"""FOI commands: due, status, check, respond, log."""

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
    """Validate a request and print its due date.

    Example: reviewgen foi check reviews/foi-learning-from-reviews.yaml
    """
    from reviewgen.foi import load_request, request_status

    loaded = load_request(request)
    status = request_status(loaded, date.today(), config().foi.deadline_working_days)
    typer.echo(f"{request}: valid; {loaded.act.title}; due {status.due or 'not set (clock stopped)'}; "
               f"{status.detail}")


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

    settings = config()
    folder = folder or settings.resolve(settings.foi.requests_dir) or Path("reviews")
    on = _day(today) or date.today()
    statuses = [request_status(r, on, settings.foi.deadline_working_days) for r in load_requests(folder)]
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
) -> None:
    """Write the release pack: redacted response (md, html, docx), redaction schedule and
    disclosure log row, plus the internal key kept apart. Refuses (exit 1) if anything leaks.

    Example: reviewgen foi respond reviews/foi-learning-from-reviews.yaml -o out/foi
    """
    from reviewgen.cli.common import report_error
    from reviewgen.errors import CheckFailed
    from reviewgen.foi import build_release_pack, load_request

    settings = config()
    loaded = [load_request(path) for path in requests]  # every input checked before anything is written
    refused = 0
    for request in loaded:
        try:
            pack = build_release_pack(request, out or settings.resolve(settings.foi.packs_dir), settings)
        except CheckFailed as exc:
            report_error(exc)
            refused += 1
            continue
        typer.echo(f"release pack: {pack.public_dir} ({len(pack.redactions)} redaction(s); every file verified)")
        for path in pack.public_files:
            typer.echo(f"  {path.name}")
        typer.echo(f"internal, not for release: {pack.internal_dir}")
    if refused:
        raise typer.Exit(CheckFailed.exit_code)


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
    for command in (due, check, status, respond, log):
        foi.command()(command)
    app.add_typer(foi, name="foi")
