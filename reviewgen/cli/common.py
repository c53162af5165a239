"""What every command shares: the loaded config and the way errors reach a person."""

from __future__ import annotations

import errno
import sys
import traceback
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from typer import _click as click  # the click that typer vendors and raises
from typer.core import TyperGroup

from reviewgen.errors import InputError, ReviewgenError

if TYPE_CHECKING:
    from reviewgen.config import Config


class _State:
    config_path: Path | None = None
    _config: Config | None = None

    def config(self) -> Config:
        if self._config is None:
            # Imported when first needed: `tracker --db X list --json` never reads the config.
            from reviewgen.config import load_config

            self._config = load_config(self.config_path)
        return self._config

    def reset(self, config_path: Path | None) -> None:
        self.config_path = config_path
        self._config = None


state = _State()


def config() -> Config:
    """The organisation config for this invocation (loaded once)."""
    return state.config()


def report_error(exc: ReviewgenError) -> None:
    label = "error" if isinstance(exc, InputError) else "failed"
    for line in str(exc).splitlines():
        typer.echo(f"{label}: {line}", err=True)


UNEXPECTED_EXIT_CODE = 3


def report_unexpected(exc: BaseException, debug: bool) -> None:
    """One line naming only the exception's type: its message may quote personal data."""
    if debug:
        traceback.print_exception(exc, file=sys.stderr)
        typer.echo(f"error: unexpected failure ({type(exc).__name__})", err=True)
    else:
        typer.echo(f"error: unexpected failure ({type(exc).__name__}); "
                   "run again with --debug for the traceback", err=True)


class ReviewgenGroup(TyperGroup):
    """Turns errors into a clear message and exit code instead of a traceback.

    Our own errors exit with their code (1 failed check, 2 bad input) and their message.
    Anything else is a bug: exit 3 with one line, and the traceback only with --debug.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, typer.Exit, typer.Abort):
            raise  # usage errors and exits: typer prints and exits with its own codes
        except ReviewgenError as exc:
            report_error(exc)
            sys.stderr.flush()
            raise typer.Exit(exc.exit_code) from None
        except Exception as exc:
            if isinstance(exc, OSError) and exc.errno == errno.EPIPE:
                raise  # output piped into a closed reader: typer ends quietly
            report_unexpected(exc, debug=bool(ctx.params.get("debug")))
            sys.stderr.flush()
            raise typer.Exit(UNEXPECTED_EXIT_CODE) from None


def new_app(help_text: str) -> typer.Typer:
    """A sub-command group with the house settings."""
    return typer.Typer(help=help_text, no_args_is_help=True, add_completion=False,
                       rich_markup_mode=None)


def parse_date_option(value: str | None, option: str) -> date | None:
    """The date a YYYY-MM-DD option names (None when not given); bad input names the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError.single(option, "is not a date", fix="use YYYY-MM-DD, e.g. 2026-04-01") from None


def parse_today(value: str | None, option: str = "--today") -> date:
    """The date a `--today` style option names, or the real today when it is not given."""
    return parse_date_option(value, option) or date.today()
