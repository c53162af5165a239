"""Learning review commands: schema, new, validate, render, check."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from reviewgen.atomicio import keep_existing, refuse_existing, write_text
from reviewgen.cli.common import config, parse_today
from reviewgen.errors import InputError, Problem

# The review models load when a review command runs, so `reviewgen tracker ...` starts quickly.


class ReviewKind(str, Enum):
    clr = "clr"
    elr = "elr"
    notification = "notification"


class OutputFormat(str, Enum):
    md = "md"
    html = "html"
    docx = "docx"
    pdf = "pdf"


FILES = typer.Argument(..., help="Review YAML file(s).", show_default=False)
TODAY = typer.Option(None, "--today", help="Treat this date (YYYY-MM-DD) as today, for deadlines.")


def _load_all(files: list[Path]):
    """Load every file, collecting all problems before failing, so one run shows them all."""
    from reviewgen.review.loading import load_document

    reviews, problems = [], []
    for path in files:
        try:
            reviews.append((path, load_document(path)))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    return reviews


def schema(kind: ReviewKind = typer.Argument(..., help="clr, elr or notification")) -> None:
    """Print the JSON Schema of a review input.

    Example: reviewgen schema clr > clr.schema.json
    """
    from reviewgen.review.loading import MODELS

    typer.echo(json.dumps(MODELS[kind.value.upper()].model_json_schema(), indent=2))


def new(
    kind: ReviewKind = typer.Argument(..., help="clr, elr or notification"),
    path: Path = typer.Argument(..., help="Where to write the starter YAML."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a commented starter YAML for a new review.

    Example: reviewgen new clr reviews/nyjs-clr-2026-07.yaml
    """
    from reviewgen.review import scaffold

    if path.exists() and not force:
        raise InputError.single(path, "already exists", fix="choose another path or add --force")
    write_text(path, scaffold.starter_text(kind.value))
    typer.echo(f"wrote {path}: fill it in, then run `reviewgen validate {path}`")


def validate(files: list[Path] = FILES) -> None:
    """Check review files against the schema and report every problem at once.

    A file from `reviewgen new` fails until its placeholders are replaced. The config
    (-c) is read and checked too, so a broken one is found before `render`.

    Example: reviewgen validate reviews/clr-example.yaml reviews/elr-example.yaml
    """
    from reviewgen.review import scaffold
    from reviewgen.yamlinput import format_path, load_yaml

    config()
    loaded = _load_all(files)
    problems = []
    for path, review in loaded:
        data, marks = load_yaml(path)
        for loc in scaffold.unfilled_placeholders(data, str(review.review_type).lower()):
            line, column = marks.get(loc, (None, None))
            problems.append(Problem(file=str(path), line=line, column=column, field=format_path(loc),
                                    message="still holds the starter's placeholder",
                                    fix="replace it with this review's own text"))
    if problems:
        raise InputError(problems)
    for path, review in loaded:
        typer.echo(f"ok: {path} ({review.review_type} {review.reference})")


def render(
    files: list[Path] = FILES,
    to: list[OutputFormat] = typer.Option(
        [OutputFormat.md, OutputFormat.html, OutputFormat.docx], "--to", "-t",
        help="Output format: md, html, docx or pdf; repeat for several (default: md, html and docx)."
    ),
    out_dir: Path = typer.Option(Path("out"), "--out", "-o", help="Folder for the outputs."),
    today: str | None = TODAY,
    force: bool = typer.Option(False, "--force", help="Replace outputs that already exist (they may hold "
                                                      "hand edits)."),
) -> None:
    """Render reviews to Word, HTML, Markdown and/or PDF in the house style.

    Earlier outputs are kept: the command stops (exit 2) before writing anything if one
    exists, unless --force is given.

    Example: reviewgen render reviews/clr-example.yaml --to docx --to html -o out/
    """
    from reviewgen.review.rendering import render_review

    settings = config()
    formats = list(dict.fromkeys(f.value for f in to))
    loaded = _load_all(files)
    stems = [out_dir / path.stem for path, _ in loaded]
    if len(set(stems)) < len(stems):
        raise InputError.single(out_dir, "two input files have the same name, so their outputs would collide",
                                fix="rename one, or render them into different folders")
    refuse_existing([stem.with_name(f"{stem.name}.{fmt}") for stem in stems for fmt in formats], force)
    with keep_existing(not force):
        for (_, review), stem in zip(loaded, stems, strict=True):
            for written in render_review(review, stem, formats, settings, parse_today(today)):
                typer.echo(f"wrote {written}")


def check(files: list[Path] = FILES, today: str | None = TODAY) -> None:
    """Check reviews as inspectors do, and their deadlines; exit 1 if any check fails.

    Flags: no account of the child's behaviour and life experiences, learning not linked
    to a recommendation, recommendations without owner, due date or evidence measure,
    agencies involved with no action for them, no management oversight, and late or
    overdue notification and completion (working days, England and Wales bank holidays).
    Warns when the voice of the child, diversity, family involvement, dissemination, a
    parallel process's dates or the CLR-to-ELR decision are missing.

    Example: reviewgen check reviews/clr-example.yaml --today 2026-04-01
    """
    from reviewgen.review.checks import check_review
    from reviewgen.review.loading import load_document_with_marks
    from reviewgen.yamlinput import format_path

    settings = config()
    failed = False
    for path in files:
        review, marks = load_document_with_marks(path)
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

