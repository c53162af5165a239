"""Text redaction through the public API: names, pseudonyms, policy, negatives."""

import pytest

from reviewgen.errors import InputError
from reviewgen.redact import Redactor, load_policy

CASE_NOTE = (
    "Jayden Okafor (DOB 04/05/2009) lives at 14 Millbrook Road, Northtown NT4 7QZ with his "
    "mother, Mrs Kelly Okafor. Jayden's case manager, DC Patel and J. Brennan from CAMHS met "
    "him. Call 07700 900123 or email kelly.okafor@example.org. NHS number 943 476 5919."
)


def test_personal_values_are_replaced_and_public_words_kept(redactor):
    out = redactor.redact_text(CASE_NOTE, "case note")
    for value in ("Jayden", "Okafor", "Patel", "Brennan", "04/05/2009", "14 Millbrook Road",
                  "NT4 7QZ", "07700 900123", "kelly.okafor@example.org", "943 476 5919"):
        assert value not in out
    assert "Person 1's case manager" in out  # possessive kept, name gone
    assert "CAMHS" in out and "DC " in out


@pytest.mark.parametrize("text", [
    "The Youth Offending Team reported to the Youth Justice Board.",
    "CAMHS and Connexions attended; the Head of Service chaired.",
    "Northshire County Council applied the Children Act 1989 and the Data Protection Act 2018.",
    "The Youth Justice Service Head of Service and the Case Manager agreed the plan.",
    "Section 40(2) of the Freedom of Information Act 2000 applies.",
])
def test_public_bodies_roles_and_legislation_survive(redactor, text):
    assert redactor.redact_text(text, "letter") == text


def test_first_name_and_surname_found_after_full_name(redactor):
    out = redactor.redact_texts(
        ["Marcus Tiernan was seen on Monday.", "Later Marcus said Tiernan family moved."],
        ["part 1", "part 2"])
    assert "Marcus" not in out[1] and "Tiernan" not in out[1]


def test_names_spelled_in_email_are_found_elsewhere(redactor):
    out = redactor.redact_text("Write to nadia.frobisher@example.org. Nadia replied.", "x")
    assert "nadia" not in out.lower()


def test_pseudonyms_consistent_across_a_batch(redactor):
    redactor.add_known("Jayden Okafor", "name", "Young Person A")
    first = redactor.redact_text("Jayden Okafor met Ruth Castellan.", "a")
    second = redactor.redact_text("Ruth Castellan phoned Jayden.", "b")
    assert first == "Young Person A met Person 1."
    assert second == "Person 1 phoned Young Person A."
    labels = {(r.original, r.label) for r in redactor.redactions}
    assert ("Ruth Castellan", "Person 1") in labels


def test_label_styles(tmp_path):
    for style, expected in (("blank", "[REDACTED] met [REDACTED]."), ("category", "[NAME] met [NAME].")):
        path = tmp_path / f"{style}.yaml"
        path.write_text(f"label_style: {style}\n")
        redactor = Redactor(load_policy(path))
        assert redactor.redact_text("Ruth Castellan met Jayden Okafor.", "x") == expected


def test_policy_allowlist_denylist_and_exemption(tmp_path):
    path = tmp_path / "org.yaml"
    path.write_text(
        "allowlist: [Helen Marwood]\n"
        "denylist: [Jojo, {term: Oak House, category: placement}]\n"
        "categories:\n  name: {exemption: s.40(2) and s.38}\n"
    )
    redactor = Redactor(load_policy(path))
    out = redactor.redact_text("Helen Marwood, Director, visited Oak House where JOJO lives.", "x")
    assert "Helen Marwood" in out
    assert "Oak House" not in out and "JOJO" not in out
    assert {r.exemption for r in redactor.redactions if r.category == "name"} == {"s.40(2) and s.38"}
    assert {r.exemption for r in redactor.redactions if r.category == "placement"} == {"s.40(2)"}


def test_bad_policy_names_line_and_field(tmp_path):
    path = tmp_path / "org.yaml"
    path.write_text("label_style: pseudonym\nlabel_stlye: blank\n")
    with pytest.raises(InputError) as info:
        load_policy(path)
    problem = info.value.problems[0]
    assert problem.line == 2 and "label_stlye" in problem.field


def test_keep_decision_leaves_value(redactor):
    redactor.keep("Ruth Castellan")
    assert redactor.redact_text("Ruth Castellan chaired.", "x") == "Ruth Castellan chaired."


def test_whole_address_block_is_one_redaction(redactor):
    out = redactor.redact_text(
        "Ruth Castellan lives at 14 Millbrook Road, Northtown NT4 7QZ with her son. "
        "The panel met at County Hall on 12 May 2025 in Room 4.", "x")
    assert out == ("Person 1 lives at Address 1 with her son. "
                   "The panel met at County Hall on 12 May 2025 in Room 4.")
