"""Starter YAML for a new review: shipped as package data under reviewgen/templates/review/."""

from __future__ import annotations

from reviewgen.config import SHIPPED_TEMPLATES


def starter_text(kind: str) -> str:
    """The commented starter for `kind` ("clr" or "elr")."""
    return (SHIPPED_TEMPLATES / "review" / f"new-{kind}.yaml").read_text(encoding="utf-8")
