"""Learning review commands: schema, new, validate, render, check."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from reviewgen.atomicio import write_text
from reviewgen.cli.common import config, parse_today
from reviewgen.errors import InputError, Problem
from reviewgen.review import scaffold
from reviewgen.review.checks import check_review
from reviewgen.review.loading import MODELS, load_review, load_review_with_marks
from reviewgen.review.rendering import render_review
from reviewgen.yamlinput import format_path


class ReviewKind(str, Enum):
    clr = "clr"
    elr = "elr"


class OutputFormat(str, Enum):
    md = "md"
    html = "html"
    docx = "docx"


FILES = typer.Argument(..., help="Review YAML file(s).", show_default=False)
TODAY = typer.Option(None, "--today", help="Treat this date (YYYY-MM-DD) as today, for deadlines.")


def _load_all(files: list[Path]):
    """Load every file, collecting all problems before failing, so one run shows them all."""
    reviews, problems = [], []
    for path in files:
        try:
            reviews.append((path, load_review(path)))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    return reviews


def schema(kind: ReviewKind = typer.Argument(..., help="clr or elr")) -> None:
    """Print the JSON Schema of a review input.

    Example: reviewgen schema clr > clr.schema.json
    """
    typer.echo(json.dumps(MODELS[kind.value.upper()].model_json_schema(), indent=2))


def new(
    kind: ReviewKind = typer.Argument(..., help="clr or elr"),
    path: Path = typer.Argument(..., help="Where to write the starter YAML."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a commented starter YAML for a new review.

    Example: reviewgen new clr reviews/nyjs-clr-2026-07.yaml
    """
    if path.exists() and not force:
        raise InputError.single(path, "already exists", fix="choose another path or add --force")
    write_text(path, scaffold.starter_text(kind.value))
    typer.echo(f"wrote {path}: fill it in, then run `reviewgen validate {path}`")


def validate(files: list[Path] = FILES) -> None:
    """Check review files against the schema and report every problem at once.

    Example: reviewgen validate reviews/clr-example.yaml reviews/elr-example.yaml
    """
    for path, review in _load_all(files):
        typer.echo(f"ok: {path} ({review.review_type} {review.reference})")


def render(
    files: list[Path] = FILES,
    to: list[OutputFormat] = typer.Option(
        list(OutputFormat), "--to", "-t", help="Output format; repeat for several (default: all three)."
    ),
    out_dir: Path = typer.Option(Path("out"), "--out", "-o", help="Folder for the outputs."),
    today: str | None = TODAY,
) -> None:
    """Render reviews to Word, HTML and/or Markdown in the house style.

    Example: reviewgen render reviews/clr-example.yaml --to docx --to html -o out/
    """
    settings = config()
    formats = [f.value for f in to]
    for path, review in _load_all(files):
        for written in render_review(review, out_dir / path.stem, formats, settings, parse_today(today)):
            typer.echo(f"wrote {written}")


def check(files: list[Path] = FILES, today: str | None = TODAY) -> None:
    """Check reviews as inspectors do, and their deadlines; exit 1 if any check fails.

    Flags: no account of the child's behaviour and life experiences, learning not linked
    to a recommendation, recommendations without owner, due date or evidence measure,
    agencies involved with no action for them, no management oversight, and late or
    overdue notification and completion (working days, England and Wales bank holidays).

    Example: reviewgen check reviews/clr-example.yaml --today 2026-04-01
    """
    settings = config()
    failed = False
    for path in files:
        review, marks = load_review_with_marks(path)
        findings = check_review(review, settings.timescales, parse_today(today))
        for finding in findings:
            line, column = marks.get(finding.loc, marks.get(finding.loc[:1], (None, None)))
            where = Problem(file=str(path), line=line, column=column, field=format_path(finding.loc),
                            message=finding.message, fix=finding.fix)
            typer.echo(f"{finding.severity.upper()}: {where}")
        failed = failed or any(f.severity == "fail" for f in findings)
        if not findings:
            typer.echo(f"ok: {path}: all checks passed")
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    for command in (schema, new, validate, render, check):
        app.command()(command)

