"""Recommendation tracker commands: import, update, list, history, export, report."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from pathlib import Path

import typer

from reviewgen.atomicio import keep_existing, refuse_existing
from reviewgen.cli.common import config, new_app, parse_date_option
from reviewgen.errors import InputError

tracker_app = new_app(
    "Track the recommendations of inspections and learning reviews, and report progress.\n\n"
    "Example: reviewgen tracker --db out/tracker.sqlite3 import reviews/inspection-action-plan.yaml"
)


class _Options:
    db: str | None = None
    today: date | None = None
    verbose: bool = False


options = _Options()


@tracker_app.callback()
def tracker_options(
    db: str | None = typer.Option(None, "--db", envvar="REVIEWGEN_TRACKER_DB",
                                     help="Database file or URL (default: tracker.database in the config)."),
    today: str | None = typer.Option(None, "--today", envvar="REVIEWGEN_TODAY",
                                        help="Treat this date (YYYY-MM-DD) as today, e.g. to rerun an old report."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Say which database is used."),
) -> None:
    options.db = db
    options.today = parse_date_option(today, "--today")
    options.verbose = verbose


def _today() -> date:
    return options.today or date.today()


def _open(must_exist: bool = True):
    """The tracker database. Only `import` may start a new one: anything else given a
    missing database (a mistyped --db) stops rather than report on an empty one."""
    from reviewgen.tracker import open_tracker
    from reviewgen.tracker.storage import database_url, describe_database

    url = database_url(options.db or config().tracker_url)
    if options.verbose or not options.db:
        # A default database is always named: it may not be the one the person filled.
        origin = "from --db" if options.db else "the config's tracker.database; --db chooses another"
        typer.echo(f"tracker database: {describe_database(url)} ({origin})", err=True)
    return open_tracker(url, must_exist=must_exist)


def _stamp(by: str | None, note: str | None):
    from reviewgen.tracker import Stamp

    return Stamp.now(by=by, note=note, today=_today())


FILTER_OPTIONS = (
    ("source", str | None, typer.Option(None, "--source", "-s", help="Only this source, e.g. NYJS-INSP-2025.")),
    ("owner", str | None, typer.Option(None, "--owner", help="Only this owner (case-insensitive).")),
    ("agency", str | None, typer.Option(None, "--agency", help="Only this lead agency (case-insensitive).")),
    ("status", str | None, typer.Option(None, "--status", help="Only this status: not started, in progress, "
                                                                  "complete, blocked, deferred.")),
    ("overdue", bool, typer.Option(False, "--overdue", help="Only overdue actions.")),
    ("due_within_days", int | None, typer.Option(None, "--due-within", metavar="DAYS",
                                                    help="Only open actions due within DAYS.")),
)


def with_action_filter(command):
    """Give a command the action filter options; it receives them as one ActionFilter `where`."""
    signature = inspect.signature(command, eval_str=True)
    extra = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=option, annotation=kind)
             for name, kind, option in FILTER_OPTIONS]
    parameters = [p for p in signature.parameters.values() if p.name != "where"] + extra

    @functools.wraps(command)
    def wrapper(**kwargs):
        from reviewgen.tracker import ActionFilter

        where = ActionFilter(**{name: kwargs.pop(name) for name, _, _ in FILTER_OPTIONS})
        return command(where=where, **kwargs)

    wrapper.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    wrapper.__annotations__ = {p.name: p.annotation for p in parameters}
    return wrapper


SOURCE_OPT = typer.Option(None, "--source", "-s", help="Source reference, e.g. NYJS-INSP-2025.")
BY_OPT = typer.Option(None, "--by", help="Who is making the change (default: your login name).")
NOTE_OPT = typer.Option(None, "--note", help="Why, recorded in the history.")
FORCE_OPT = typer.Option(False, "--force", help="Replace files that already exist (they may hold edits).")


@tracker_app.command("import")
def import_command(
    path: Path = typer.Argument(..., help="YAML action plan, CLR/ELR YAML, .xlsx or .csv action plan."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show what would change; write nothing."),
    source: str | None = typer.Option(None, "--source", "-s",
                                         help="Source reference for a sheet without a Source column."),
    title: str | None = typer.Option(None, "--title", help="Title of a new source (sheets only)."),
    kind: str | None = typer.Option(None, "--kind", help="New source kind: inspection, learning review, "
                                                             "audit, scrutiny."),
    body: str | None = typer.Option(None, "--body", help="Who made the recommendations (new source)."),
    source_date: str | None = typer.Option(None, "--date", help="Date of the new source, YYYY-MM-DD."),
    column: list[str] = typer.Option([], "--column", metavar="FIELD=HEADER",
                                     help="Map a sheet column to a field, e.g. due_date='Target date'."),
    sheet: str | None = typer.Option(None, "--sheet", help="Worksheet name (default: the active sheet)."),
    prefer: str | None = typer.Option(None, "--prefer", metavar="file|database",
                                      help="When a field was changed with `tracker update` since it was imported "
                                           "and the file differs: keep the file's value or the database's."),
    by: str | None = BY_OPT,
    note: str | None = NOTE_OPT,
) -> None:
    """Import an action plan or a learning review's recommendations; importing again updates.

    Importing again never silently reverts a change made with `tracker update`: such
    conflicts are listed and nothing is written unless --prefer says which side wins.

    Example: reviewgen tracker import plan.xlsx --source AUDIT-2026 --title "Case audit"
    --kind audit --column due_date="Target date" --dry-run
    """
    from reviewgen.tracker import SourceIn, import_plans, load_plans
    from reviewgen.tracker.plans import parse_mapping
    from reviewgen.yamlinput import validate_data

    details = None
    if title or kind or body or source_date:
        data = {"reference": source, "kind": kind, "title": title, "body": body,
                "date": parse_date_option(source_date, "--date")}
        details = validate_data({k: v for k, v in data.items() if v is not None}, SourceIn, "command line")
    plans, ignored = load_plans(path, source=details, source_reference=source,
                                mapping=parse_mapping(column, str(path)), sheet=sheet)
    if prefer is not None and prefer not in ("file", "database"):
        raise InputError.single("--prefer", "is not file or database", fix="use --prefer file or --prefer database")
    db = _open(must_exist=False)
    stamp = _stamp(by, note or f"import of {path.name}")
    result = import_plans(db, plans, stamp, dry_run=dry_run, prefer=prefer)  # type: ignore[arg-type]
    if not dry_run and path.suffix.lower() in (".yaml", ".yml"):
        # Only a learning review (YAML) has measures; the module loads the renderer, so a
        # sheet does not pay for it.
        from reviewgen.tracker.measures import import_review_measures

        if kept := import_review_measures(db, path, stamp):
            typer.echo(f"kept {kept} outcome measure(s)")
    if dry_run:
        for reference in result.actions_added:
            typer.echo(f"  add {reference}")
        for change in result.changes:
            typer.echo(f"  {change.reference} {change.field}: {change.old or '(blank)'} -> {change.new or '(blank)'}")
    if ignored:
        typer.echo(f"ignored columns: {', '.join(ignored)}")
    side = "the file's" if prefer == "file" else "the tracker's"
    for conflict in result.conflicts:
        typer.echo(f"  conflict {conflict.reference} {conflict.field}: changed with `tracker update` since it was "
                   f"imported; kept {side} value")
    typer.echo(result.summary)


@tracker_app.command("update")
def update_command(
    reference: str = typer.Argument(..., help="Action reference, e.g. R2.3."),
    source: str | None = SOURCE_OPT,
    status: str | None = typer.Option(None, "--status", help="not started, in progress, complete, blocked, "
                                                                "deferred."),
    evidence: str | None = typer.Option(None, "--evidence", help="Evidence of completion."),
    notes: str | None = typer.Option(None, "--notes", help="Progress notes (replaces the current notes)."),
    owner: str | None = typer.Option(None, "--owner"),
    agency: str | None = typer.Option(None, "--agency"),
    due: str | None = typer.Option(None, "--due", help="New due date, YYYY-MM-DD."),
    completed: str | None = typer.Option(None, "--completed", help="Completion date (default: today when "
                                                                      "--status complete)."),
    by: str | None = BY_OPT,
    note: str | None = NOTE_OPT,
) -> None:
    """Change one action; every changed field goes into the history.

    Example: reviewgen tracker update R2.3 --status complete --evidence "Protocol signed" --by "Service Manager"
    """
    from reviewgen.tracker import update_action

    changes = {name: value for name, value in (
        ("status", status), ("evidence", evidence), ("notes", notes), ("owner", owner), ("agency", agency),
        ("due_date", parse_date_option(due, "--due")), ("completed_date", parse_date_option(completed, "--completed")),
    ) if value is not None}
    if not changes:
        raise InputError.single(reference, "nothing to update", fix="give --status, --evidence, --notes, --owner, "
                                                                    "--agency, --due or --completed")
    done = update_action(_open(), reference, changes, _stamp(by, note), source=source)
    for change in done:
        typer.echo(f"{change.reference} {change.field}: {change.old or '(blank)'} -> {change.new or '(blank)'}")
    if not done:
        typer.echo(f"{reference}: no change")


def _table(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> str:
    widths = [min(max(len(str(r[i])) for r in [*rows, headers]), 60) for i in range(len(headers))]
    line = lambda cells: "  ".join(str(c)[:60].ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])


def _json_lines(records: Sequence[object]) -> bytes:
    """Dataclass records as a JSON list with one object per line, readable and quick to make.

    One orjson call for the whole list (it writes dataclasses and dates itself, about 8
    times the standard library's speed: at 20,000 actions that was a third of `list
    --json`), then a line break between objects: `},{"first field"` can only be a
    boundary, since inside a string every `"` is escaped."""
    import orjson

    if not records:
        return b"[]"
    boundary = b'},{"' + fields(records[0])[0].name.encode() + b'"'  # type: ignore[arg-type]
    text = orjson.dumps(records)
    return b"[\n" + text[1:-1].replace(boundary, b"},\n{" + boundary[3:]) + b"\n]"


@tracker_app.command("list")
@with_action_filter
def list_command(
    where,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list of actions."),
) -> None:
    """List actions, with overdue and at-risk worked out from today.

    Example: reviewgen tracker list --overdue --agency "Children's Social Care" --json
    """
    from reviewgen.tracker import list_actions

    views = list_actions(_open(), _today(), config().tracker.at_risk_days, where)
    if as_json:
        typer.echo(_json_lines(views))
        return
    if not views:
        typer.echo("no actions match")
        return
    rows = [[v.source, v.reference, v.status, v.due_date or "", "OVERDUE" if v.overdue else
             "at risk" if v.at_risk else "", v.owner or "", v.description] for v in views]
    typer.echo(_table(rows, ["source", "ref", "status", "due", "", "owner", "action"]))
    typer.echo(f"{len(views)} action(s)")


@tracker_app.command("history")
def history_command(
    reference: str | None = typer.Argument(None, help="Action reference (default: every change)."),
    source: str | None = SOURCE_OPT,
    since: str | None = typer.Option(None, "--since", help="Only changes on or after this date."),
) -> None:
    """Show the change history: when, who, field, old and new value, note.

    Example: reviewgen tracker history R2.3 --since 2026-09-01
    """
    from reviewgen.tracker import read_history

    entries = read_history(_open(), reference, source, parse_date_option(since, "--since"))
    if not entries:
        typer.echo("no changes")
        return
    rows = [[e.changed_at.strftime("%Y-%m-%d %H:%M"), e.changed_by, e.reference, e.field, e.old_value or "",
             e.new_value or "", e.note or ""] for e in entries]
    typer.echo(_table(rows, ["when", "who", "ref", "field", "old", "new", "note"]))


@tracker_app.command("export")
@with_action_filter
def export_command(
    where,
    target: Path = typer.Argument(..., help="The .xlsx file to write."),
    force: bool = FORCE_OPT,
) -> None:
    """Write actions to Excel for editing; `tracker import` of the edited file updates them.

    Example: reviewgen tracker export out/plan.xlsx --source NYJS-INSP-2025
    """
    from reviewgen.tracker import export_actions

    if target.suffix.lower() != ".xlsx":
        raise InputError.single(target, "the export is an Excel workbook", fix="name the file with .xlsx")
    refuse_existing([target], force)  # an earlier export may hold edits not yet imported
    with keep_existing(not force):
        count = export_actions(_open(), target, _today(), config().tracker.at_risk_days, where)
    typer.echo(f"wrote {target} ({count} actions)")


@tracker_app.command("report")
def report_command(
    source: str | None = SOURCE_OPT,
    to: list[str] = typer.Option(["docx"], "--to", help="docx, html, md, pdf or xlsx; repeat or comma-separate."),
    out: Path = typer.Option(Path("out/tracker"), "--out", "-o", help="Folder to write into."),
    form: str = typer.Option("board", "--form", help="board (progress report), response (each "
                                                     "recommendation in bold, then what was done) or "
                                                     "committee (a committee paper's frame around it)."),
    paper: Path | None = typer.Option(None, "--paper", help="Committee paper details (YAML): item, meeting, "
                                                            "recommendations to members, implications, "
                                                            "audit trail."),
    since: str | None = typer.Option(None, "--since", help="Show changes since this date (the last board)."),
    next_report: str | None = typer.Option(None, "--next-report", help="Date of the next report, YYYY-MM-DD."),
    title: str | None = typer.Option(None, "--title", help="Report title."),
    force: bool = FORCE_OPT,
) -> None:
    """Write a progress report for the board, or a response to recommendations.

    Example: reviewgen tracker report --source NYJS-INSP-2025 --since 2026-09-01 --to docx,html -o out/tracker
    """
    from reviewgen.tracker import write_report
    from reviewgen.tracker.reports import FORMS

    formats = [f.strip().lower() for item in to for f in item.split(",") if f.strip()]
    if form in FORMS:
        stem = FORMS[form] + (f"-{source}" if source else "")
        refuse_existing([out / f"{stem}.{fmt}" for fmt in formats] + [out / f"{stem}-charts"], force)
    with keep_existing(not force):
        paths = write_report(_open(), out, formats, config(), form=form, source=source, today=_today(),
                             since=parse_date_option(since, "--since"),
                             next_report=parse_date_option(next_report, "--next-report"), title=title, paper=paper)
    for path in paths:
        typer.echo(f"wrote {path}")


def register(app: typer.Typer) -> None:
    app.add_typer(tracker_app, name="tracker")
