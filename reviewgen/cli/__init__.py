"""The command line: parses arguments and calls the capabilities, nothing more.

Each capability's commands live in their own module here and register themselves on
the root app; a capability package never imports this one.
"""

from __future__ import annotations

from pathlib import Path

import typer

from reviewgen import __version__
from reviewgen.cli import assurance, foi, redact, review, themes, tracker, web
from reviewgen.cli.common import ReviewgenGroup, state

app = typer.Typer(
    cls=ReviewgenGroup,
    help="Learning reviews, FOI releases and recommendation tracking for youth justice.\n\n"
    "Example: reviewgen render reviews/clr-example.yaml --to docx -o out/\n\n"
    "Exit codes: 0 success, 1 a check failed, 2 bad input, 3 unexpected failure.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion and --show-completion for bash, zsh, fish, PowerShell
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"reviewgen {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    config: Path | None = typer.Option(
        None, "--config", "-c", envvar="REVIEWGEN_CONFIG",
        help="Organisation config YAML (templates, house style, timescales, tracker database).",
    ),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
    debug: bool = typer.Option(False, "--debug", envvar="REVIEWGEN_DEBUG",
                               help="Show the full traceback of an unexpected failure (exit code 3)."),
) -> None:
    state.reset(config)


# Each capability's commands live in their own module and add themselves to the root.
for _commands in (review, redact, tracker, foi, themes, assurance, web):
    _commands.register(app)


def main() -> None:
    app()
