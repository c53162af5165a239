"""Starter YAML for a new review: shipped as package data under reviewgen/templates/review/.

A starter's prose placeholders ("Child's full name", "What must change.") must not pass
`validate`: a value still equal to its placeholder, at the same place, is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml

from reviewgen.config import SHIPPED_TEMPLATES

# What marks a starter value as a placeholder rather than a usable default ("Not recorded", "low").
_PLACEHOLDER = re.compile(r"XXX|^Your |e\.g\.|\b(name|role)$|^\S+(\s+\S+)+\.$", re.IGNORECASE)


def starter_text(kind: str) -> str:
    """The commented starter for `kind` ("clr", "elr" or "notification")."""
    return (SHIPPED_TEMPLATES / "review" / f"new-{kind}.yaml").read_text(encoding="utf-8")


def _leaves(data: Any, path: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, (*path, str(key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _leaves(value, (*path, index))
    else:
        yield path, data


def unfilled_placeholders(data: Any, kind: str) -> list[tuple]:
    """Field paths of `data` that still hold the starter's placeholder text for `kind`."""
    starter = SHIPPED_TEMPLATES / "review" / f"new-{kind}.yaml"
    if not starter.is_file():
        return []
    placeholders = {path: value for path, value in _leaves(yaml.safe_load(starter_text(kind)))
                    if isinstance(value, str) and _PLACEHOLDER.search(value.strip())}
    return [path for path, value in _leaves(data) if path in placeholders and value == placeholders[path]]
