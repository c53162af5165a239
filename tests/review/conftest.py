"""Fixtures for the learning review tests: the example inputs and modified copies of them."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from reviewgen.cli import app

REVIEWS = Path(__file__).resolve().parents[2] / "reviews"
CLR_EXAMPLE = REVIEWS / "clr-example.yaml"
ELR_EXAMPLE = REVIEWS / "elr-example.yaml"


@pytest.fixture
def run():
    """Invoke the CLI; returns the click Result (exit_code, stdout, stderr)."""
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, [str(a) for a in args])

    return invoke


@pytest.fixture
def clr_data() -> dict:
    return copy.deepcopy(yaml.safe_load(CLR_EXAMPLE.read_text()))


@pytest.fixture
def write_yaml(tmp_path):
    """Write a dict (or raw text) as a YAML file in tmp_path and return its path."""

    def write(data, name: str = "review.yaml") -> Path:
        path = tmp_path / name
        text = data if isinstance(data, str) else yaml.safe_dump(data, sort_keys=False)
        path.write_text(text, encoding="utf-8")
        return path

    return write
