"""`reviewgen themes`: recurring learning across reviews and inspection recommendations."""

from __future__ import annotations

from pathlib import Path

import typer

from reviewgen.cli.common import config, parse_today


def themes(
    files: list[Path] = typer.Argument(..., help="CLR/ELR YAML files and YAML action plans.", show_default=False),
    to: list[str] = typer.Option(["md"], "--to", "-t", help="md, html or docx; repeat or comma-separate."),
    out_dir: Path = typer.Option(Path("out"), "--out", "-o", help="Folder for the themes report."),
    today: str | None = typer.Option(None, "--today", help="Date the report is dated (YYYY-MM-DD)."),
    db: str | None = typer.Option(None, "--db", help="Tracker database: show whether each theme's measures moved."),
) -> None:
    """Group recurring learning across reviews and inspections into explained themes.

    Example: reviewgen themes reviews/clr-example.yaml reviews/elr-example.yaml
    reviews/inspection-action-plan.yaml --to docx -o out/themes --db out/tracker.sqlite3
    """
    from reviewgen.review.themes import write_themes

    formats = [f.strip().lower() for item in to for f in item.split(",") if f.strip()]
    found, written = write_themes(files, out_dir / "themes", formats, config(), parse_today(today), db)
    for theme in found:
        typer.echo(f"{theme.title}: {theme.explanation}")
    if not found:
        typer.echo("no recurring theme found")
    for path in written:
        typer.echo(f"wrote {path}")


def register(app: typer.Typer) -> None:
    app.command()(themes)
