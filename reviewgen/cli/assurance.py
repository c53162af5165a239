"""Tracker assurance commands: verify, close, rate (an officer's override of a rating)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from reviewgen.cli.common import parse_date_option
from reviewgen.cli.tracker import BY_OPT, SOURCE_OPT, _open, _stamp, _today, tracker_app
from reviewgen.errors import InputError


def _echo(changes) -> None:
    for change in changes:
        typer.echo(f"{change.reference} {change.field}: {change.old or '(blank)'} -> {change.new or '(blank)'}")


def verify_command(
    reference: str = typer.Argument(..., help="Action reference, e.g. R2.3."),
    checked: str = typer.Option(..., "--checked", help="What was checked, e.g. 'audit of 20 case files'."),
    source: str | None = SOURCE_OPT,
    by: str | None = BY_OPT,
) -> None:
    """Verify a complete action: someone other than its owner checked the evidence.

    Example: reviewgen tracker verify R2.3 --checked "Sampled 10 case files" --by "Quality Assurance Manager"
    """
    from reviewgen.tracker.assurance import verify_action

    _echo(verify_action(_open(), reference, checked, _stamp(by, None), source))


def close_command(
    reference: str = typer.Argument(..., help="Action reference, e.g. R2.3."),
    meeting: str = typer.Option(..., "--meeting", help="The board meeting that closed it."),
    on: str | None = typer.Option(None, "--date", help="Date of the meeting, YYYY-MM-DD (default: today)."),
    source: str | None = SOURCE_OPT,
    by: str | None = BY_OPT,
) -> None:
    """Close a verified action on the board's decision.

    Example: reviewgen tracker close R2.3 --meeting "Youth Justice Partnership Board" --date 2026-12-08
    """
    from reviewgen.tracker.assurance import close_action

    meeting_date: date = parse_date_option(on, "--date") or _today()
    _echo(close_action(_open(), reference, meeting, meeting_date, _stamp(by, None), source))


def rate_command(
    number: str = typer.Argument(..., help="Recommendation number, e.g. R2."),
    source: str = typer.Option(..., "--source", "-s", help="Source reference, e.g. NYJS-INSP-2025."),
    rating: str | None = typer.Option(None, "--rating", help="blue, green, amber or red."),
    reason: str | None = typer.Option(None, "--reason", help="Why the rule's rating is wrong."),
    clear: bool = typer.Option(False, "--clear", help="Remove the override: the rule's rating applies."),
    by: str | None = BY_OPT,
) -> None:
    """Override a recommendation's BRAG rating; reports show it as an override, with the reason.

    Example: reviewgen tracker rate R2 --source NYJS-INSP-2025 --rating amber --reason "Agreement signed, awaiting
    the last authority"
    """
    from reviewgen.tracker.assurance import override_rating

    if clear == (rating is not None):
        raise InputError.single(number, "give either --rating with --reason, or --clear",
                                fix="e.g. --rating amber --reason 'why'")
    override_rating(_open(), source, number, None if clear else rating.lower() if rating else None, reason,
                    _stamp(by, None))
    typer.echo(f"{number}: rating override {'cleared' if clear else 'recorded'}")


def measure_command(
    number: str | None = typer.Argument(None, help="Recommendation number, e.g. R1."),
    source: str | None = typer.Option(None, "--source", "-s", help="Source reference, e.g. NYJS-CLR-2026-03."),
    readings: Path | None = typer.Option(None, "--readings", help="YAML file of readings to record at once."),
    value: float | None = typer.Option(None, "--value", help="The reading, e.g. 62 (a per cent, a count)."),
    on: str | None = typer.Option(None, "--date", help="Date of the reading, YYYY-MM-DD (default: today)."),
    name: str | None = typer.Option(None, "--name", help="Name the measure (when the review did not)."),
    target: str | None = typer.Option(None, "--target", help="Its target, e.g. '90% of audited cases'."),
    note: str | None = typer.Option(None, "--note", help="Where the figure comes from."),
    by: str | None = BY_OPT,
) -> None:
    """Record a reading of a recommendation's outcome measure; without --value, list its readings.

    Example: reviewgen tracker measure R1 --source NYJS-CLR-2026-03 --value 62 --date 2026-09-30
    --note "Q2 audit of 20 cases"

    Several at once: reviewgen tracker measure --readings reviews/measure-readings.yaml
    """
    from reviewgen.tracker.measures import import_readings, read_measures, record_reading

    if readings is not None:
        recorded, skipped = import_readings(_open(), readings, _stamp(by, note or f"import of {readings.name}"))
        typer.echo(f"{recorded} reading(s) recorded, {skipped} already recorded")
        return
    if number is None or source is None:
        raise InputError.single("measure", "name the recommendation and its source",
                                fix="e.g. tracker measure R1 --source NYJS-CLR-2026-03 --value 62, or --readings FILE")
    if value is None:
        found = read_measures(_open(), source, number)
        if not found:
            raise InputError.single(number, "has no outcome measure", fix="record one with --name and --value")
        view = found[0]
    else:
        view = record_reading(_open(), source, number, value, parse_date_option(on, "--date") or _today(),
                              _stamp(by, note), name, target)
    typer.echo(f"{view.source} {view.recommendation}: {view.name}" + (f" (target {view.target})" if view.target else ""))
    for when, reading, why in view.readings:
        typer.echo(f"  {when.isoformat()}  {reading:g}" + (f"  {why}" if why else ""))
    typer.echo(f"  {view.movement}")


risk_app = typer.Typer(help="The risk register: import, export, and link actions that mitigate risks.\n\n"
                       "Example: reviewgen tracker risk import reviews/risk-register.yaml",
                       no_args_is_help=True, add_completion=False, rich_markup_mode=None)


@risk_app.command("import")
def risk_import(path: Path = typer.Argument(..., help="Risk register: .yaml or .xlsx.")) -> None:
    """Add or update risks; each risk's mitigating actions, when given, replace its links.

    Example: reviewgen tracker risk import reviews/risk-register.yaml
    """
    from reviewgen.tracker.risks import import_register, load_register

    added, updated = import_register(_open(), load_register(path))
    typer.echo(f"risk register: {added} new risk(s), {updated} changed")


@risk_app.command("export")
def risk_export(target: Path = typer.Argument(..., help="The .xlsx file to write.")) -> None:
    """Write the register to Excel; `tracker risk import` of the file reads it back.

    Example: reviewgen tracker risk export out/risk-register.xlsx
    """
    from reviewgen.tracker.risks import export_register

    if target.suffix.lower() != ".xlsx":
        raise InputError.single(target, "the export is an Excel workbook", fix="name the file with .xlsx")
    typer.echo(f"wrote {target} ({export_register(_open(), target)} risks)")


@risk_app.command("link")
def risk_link(
    reference: str = typer.Argument(..., help="Action reference, e.g. R2.7."),
    risk: str = typer.Option(..., "--risk", help="Risk reference, e.g. RR3."),
    source: str | None = SOURCE_OPT,
) -> None:
    """Record that an action mitigates a risk.

    Example: reviewgen tracker risk link R2.7 --source NYJS-INSP-2025 --risk RR3
    """
    from reviewgen.tracker.risks import link_action

    link_action(_open(), reference, risk, source)
    typer.echo(f"{reference} mitigates {risk}")


def register(app: typer.Typer) -> None:
    tracker_app.command("verify")(verify_command)
    tracker_app.command("close")(close_command)
    tracker_app.command("rate")(rate_command)
    tracker_app.command("measure")(measure_command)
    tracker_app.add_typer(risk_app, name="risk")
