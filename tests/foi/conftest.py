"""Shared fixtures for the FOI tests: a minimal request written to YAML."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

REVIEWS = Path(__file__).resolve().parents[2] / "reviews"

# An invented requester: their details must never reach a public file.
REQUESTER = {
    "name": "Quentin Arbuthnot-Vale",
    "address": ["7 Heronsgate Mews", "Otterbury", "OT9 4ZZ"],
    "email": "q.vale@example.com",
}


def request_data(**overrides) -> dict:
    data = {
        "reference": "FOI-TEST-0001",
        "received": "2026-03-02",
        "jurisdiction": "england",
        "subject": "Learning from reviews",
        "requester": dict(REQUESTER),
        "request_text": "Please send the learning from your reviews.",
        "parts": [{"number": 1, "question": "the learning identified", "held": "held",
                   "answer": "The service now reviews assessments after significant events."}],
        # The officer's legitimate-interests test: cited whenever someone's data is removed.
        "personal_data": {"interest": "Accountability for how the service learns from incidents.",
                          "necessity": "The learning released meets it without anyone's details.",
                          "balance": "The people named would expect privacy; their rights prevail."},
    }
    data.update(overrides)
    return data


@pytest.fixture
def write_request(tmp_path):
    """Write a request YAML (defaults above, overridden by keyword) and return its path."""

    def write(name: str = "foi-test.yaml", folder: Path | None = None, **overrides) -> Path:
        path = (folder or tmp_path) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(request_data(**overrides), sort_keys=False), encoding="utf-8")
        return path

    return write

