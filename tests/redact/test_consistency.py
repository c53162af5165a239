"""A value redacted once in a document is redacted at every other occurrence of it."""

from pathlib import Path

import yaml
from typer.testing import CliRunner

from reviewgen.cli import app
from reviewgen.redact import Redactor, verify_file
from reviewgen.redact.policy import load_policy

runner = CliRunner()
EXAMPLE = Path(__file__).resolve().parents[2] / "reviews" / "clr-example.yaml"


def test_rendered_example_review_redacts_cleanly_through_cli(tmp_path):
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    child = data["child"]["name"]
    mother = next(p["name"] for p in data["people"] if p["relationship"] == "mother")
    address = data["child"]["address"]
    rendered = runner.invoke(app, ["render", str(EXAMPLE), "--to", "docx", "-o", str(tmp_path)])
    assert rendered.exit_code == 0, rendered.output
    source = tmp_path / "clr-example.docx"
    result = runner.invoke(app, ["redact", str(source), "-o", str(tmp_path / "release"),
                                 "--key-dir", str(tmp_path / "internal")])
    assert result.exit_code == 0, result.output
    released = tmp_path / "release" / "clr-example-redacted.docx"
    values = [child, mother, address, *child.split(), *mother.split(), address.split(",")[0]]
    assert verify_file(released, values) == []


def test_value_found_once_is_redacted_in_every_segment_whatever_its_case():
    redactor = Redactor(load_policy(None))
    out = redactor.redact_texts(
        ["Met with Quenby Tarrant at home.", "QUENBY missed the session.",
         "Notes: quenby  tarrant said no."],
        ["a", "b", "c"])
    joined = " ".join(out).casefold()
    assert "quenby" not in joined and "tarrant" not in joined
    labels = {r.label for r in redactor.redactions}
    assert len(labels) == 1


def test_kept_value_is_not_carried_to_other_occurrences():
    redactor = Redactor(load_policy(None))
    redactor.keep("Tarrant")
    out = redactor.redact_texts(["Met with Quenby Tarrant at home.", "The Tarrant report."], ["a", "b"])
    assert "Tarrant" in out[1]


def test_a_nickname_and_initials_share_the_label_of_the_name_they_stand_for():
    redactor = Redactor(load_policy(None))
    out = redactor.redact_texts(
        ["Jayden Okafor (known as JJ) was referred. JJ did not attend.",
         "Case: Zain Rashid (ZR). ZR met Jayden. A friend called Liban came."], ["p1", "p2"])
    assert out[0] == "Person 1 (known as Person 1) was referred. Person 1 did not attend."
    assert out[1] == "Case: Person 2 (Person 2). Person 2 met Person 1. A friend called Person 3 came."
