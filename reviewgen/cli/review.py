"""Learning review commands: schema, new, validate, render, check."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    pass
