"""What every command shares: the loaded config and the way errors reach a person."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Optional

import typer
from typer.core import TyperGroup

from reviewgen.config import Config, load_config
from reviewgen.errors import InputError, ReviewgenError


class _State:
    config_path: Optional[Path] = None
    _config: Optional[Config] = None

    def config(self) -> Config:
        if self._config is None:
            self._config = load_config(self.config_path)
        return self._config

    def reset(self, config_path: Optional[Path]) -> None:
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


class ReviewgenGroup(TyperGroup):
    """Turns our own errors into a clear message and exit code instead of a traceback."""

    def invoke(self, ctx):  # noqa: D102 - click hook
        try:
            return super().invoke(ctx)
        except ReviewgenError as exc:
            report_error(exc)
            sys.stderr.flush()
            raise typer.Exit(exc.exit_code) from None


def new_app(help_text: str) -> typer.Typer:
    """A sub-command group with the house settings."""
    return typer.Typer(help=help_text, no_args_is_help=True, add_completion=False,
                       rich_markup_mode=None)


def parse_date_option(value: Optional[str], option: str) -> Optional[date]:
    """The date a YYYY-MM-DD option names (None when not given); bad input names the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError.single(option, "is not a date", fix="use YYYY-MM-DD, e.g. 2026-04-01") from None


def parse_today(value: Optional[str], option: str = "--today") -> date:
    """The date a `--today` style option names, or the real today when it is not given."""
    return parse_date_option(value, option) or date.today()
