"""The recogniser registry: every shipped recogniser's own examples, profiles, switching
off by name, recognisers and deny lists added by a policy, and located errors for bad
policies. All values are invented."""

import csv
import re
import textwrap

import pytest
from typer.testing import CliRunner

from reviewgen.cli import app
from reviewgen.errors import InputError
from reviewgen.redact import load_policy
from reviewgen.redact.recognisers import FRAGMENT_REF, all_recognisers
from reviewgen.redact.registry import (
    FAMILIES,
    RECOGNISER_DIR,
    RecogniserSettings,
    load_families,
    load_registry,
    parse_example,
    shipped_specs,
)

runner = CliRunner()
SPECS = shipped_specs()
US_ONLY = {"us_ssn", "ssn_in_context", "military_address"}


def _examples(kind: str):
    for spec in SPECS:
        for index, example in enumerate(getattr(spec.examples, kind)):
            # The id names the recogniser and the example's place, never its text.
            yield pytest.param(spec.name, example, id=f"{spec.name}-{kind}-{index}")


RECOGNISER_BY_NAME = {r.name: r for r in all_recognisers()}


@pytest.mark.parametrize("name,marked", list(_examples("match")))
def test_recogniser_finds_exactly_what_its_example_marks(name, marked):
    text, spans = parse_example(marked)
    assert list(RECOGNISER_BY_NAME[name].find(text)) == spans


@pytest.mark.parametrize("name,text", list(_examples("no_match")))
def test_recogniser_finds_nothing_in_its_counter_example(name, text):
    assert list(RECOGNISER_BY_NAME[name].find(text)) == []


def test_every_recogniser_has_examples_both_ways_and_every_family_file_loads():
    assert len(SPECS) == 59  # every shipped recogniser, none lost in a family file
    for spec in SPECS:
        assert len(spec.examples.match) >= 2 and len(spec.examples.no_match) >= 2, spec.name
        assert all(parse_example(m)[1] for m in spec.examples.match), spec.name
    on_disk = {p.stem for p in RECOGNISER_DIR.glob("*.yaml")} - {"fragments"}
    assert on_disk == set(FAMILIES)


def test_fragments_are_put_in_and_score_gives_the_merge_priority():
    for spec, recogniser in zip(SPECS, all_recognisers()):
        assert not FRAGMENT_REF.search(recogniser.pattern)
        assert recogniser.priority == round(spec.score * 100)
    dob = RECOGNISER_BY_NAME["date_of_birth"]
    assert "Jan(?:uary)?" in dob.pattern and dob.flags == re.IGNORECASE


def test_uk_profile_is_the_default_and_switches_off_us_only_recognisers():
    uk = load_registry()
    assert uk.profile == "uk" and not US_ONLY & set(uk.names)
    assert load_policy(None).recognisers.profile == "uk"
    everything = load_registry(RecogniserSettings(profile="international"))
    assert set(everything.names) == {s.name for s in SPECS} and US_ONLY <= set(everything.names)
    us = load_registry(RecogniserSettings(profile="us"))
    assert "us_ssn" in us.names and "nhs_number" not in us.names and "email" in us.names
    # Run order follows the family files, whatever the profile.
    assert list(uk.names) == [n for n in everything.names if n in uk.names]


def test_disabling_by_name_removes_the_recogniser(tmp_path):
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text("recognisers:\n  disable: [age_in_context, street_corner]\n")
    policy = load_policy(policy_file)
    registry = load_registry(policy.recognisers)
    assert "age_in_context" not in registry.names and "street_corner" not in registry.names
    assert len(registry.names) == len(load_registry().names) - 2
    from reviewgen.redact import Redactor

    assert Redactor(policy).detector.registry is registry


def test_registry_is_cached_per_settings():
    settings = RecogniserSettings(disable=["age"])
    assert load_registry(settings) is load_registry(RecogniserSettings(disable=["age"]))
    assert load_registry(settings) is not load_registry()


POLICY_WITH_ADDITIONS = textwrap.dedent("""\
    recognisers:
      disable: [age]
      add:
        - name: housing_reference
          category: housing_ref
          score: 0.8
          patterns: ['\\bHR-\\d{6}\\b']
          context: [tenancy, housing]
          context_required: true
          examples:
            match: ['tenancy ref [[HR-004512]] closed']
            no_match: ['form HR-004512 attached', 'tenancy ref HR-12 closed']
        - name: ward_date
          category: date_of_birth
          patterns: ['ward born {DATE}']
      deny_lists:
        placement: [Rowan Lodge]
    categories:
      housing_ref: {label: "[HOUSING REFERENCE]"}
    """)


def test_policy_adds_a_pattern_recogniser_and_a_deny_list_end_to_end(tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY_WITH_ADDITIONS)
    source = tmp_path / "note.txt"
    source.write_text("Tenancy ref HR-004512 was closed when he left Rowan Lodge. "
                      "Form HR-009911 is blank. A boy aged 15 was seen.\n")
    out = tmp_path / "out"
    result = runner.invoke(app, ["redact", str(source), "-o", str(out), "--policy", str(policy)])
    assert result.exit_code == 0, result.output
    released = (out / "note-redacted.txt").read_text()
    assert "HR-004512" not in released and "[HOUSING REFERENCE]" in released
    assert "Rowan Lodge" not in released
    # No tenancy word before it: the context is required, so it stays; "age" is switched off.
    assert "HR-009911" in released and "aged 15" in released
    with open(out / "note-redaction-schedule.csv", newline="", encoding="utf-8") as handle:
        categories = {row["category"] for row in csv.DictReader(handle)}
    assert {"housing_ref", "placement"} <= categories


def _problem(tmp_path, body: str) -> str:
    policy = tmp_path / "policy.yaml"
    policy.write_text(textwrap.dedent(body))
    with pytest.raises(InputError) as caught:
        load_policy(policy)
    return str(caught.value)


def test_unknown_recogniser_name_is_located_with_a_suggestion(tmp_path):
    message = _problem(tmp_path, """\
        recognisers:
          disable: [uk_phone, nhs_numbr]
        """)
    assert "policy.yaml:2" in message and "recognisers.disable[1]" in message
    assert "did you mean nhs_number?" in message


@pytest.mark.parametrize("pattern,field,words", [
    (r"'\bHR-(\d{6}\b'", "recognisers.add[0].patterns[0]", "not a valid regular expression"),
    (r"'{HOUSE_NUMBERS} Lane'", "recognisers.add[0].patterns[0]", "fragment {HOUSE_NUMBERS}"),
])
def test_bad_pattern_in_an_added_recogniser_is_located(tmp_path, pattern, field, words):
    message = _problem(tmp_path, f"""\
        recognisers:
          add:
            - name: housing_reference
              category: case_id
              patterns: [{pattern}]
        """)
    assert "policy.yaml:" in message and field in message and words in message


def _added(extra: str) -> str:
    return ("recognisers:\n  add:\n    - name: housing_reference\n      category: case_id\n"
            f"      patterns: ['HR-\\d+']\n      {extra}\n")


def test_unknown_validator_and_wrong_example_are_located(tmp_path):
    message = _problem(tmp_path, _added("validator: housing_check"))
    assert "policy.yaml:6" in message and "recognisers.add[0].validator" in message
    assert "no validator is called housing_check" in message and "luhn_valid" in message
    message = _problem(tmp_path, _added("examples: {match: ['ref [[HR-12]] and HR-13']}"))
    assert "recognisers.add" in message and "examples.match[0]" in message and "HR-13" not in message


def test_review_without_context_needs_context_words_and_tier_and_scope_are_checked(tmp_path):
    message = _problem(tmp_path, _added("review_without_context: true"))
    assert "recognisers.add[0]" in message and "review_without_context is true but no context words" in message
    message = _problem(tmp_path, _added("tier: maybe"))
    assert "recognisers.add[0].tier" in message
    message = _problem(tmp_path, _added("scope: minutes"))
    assert "recognisers.add[0].scope" in message


def test_added_recogniser_must_have_a_new_name_and_a_described_category(tmp_path):
    message = _problem(tmp_path, """\
        recognisers:
          add: [{name: email, category: email, patterns: ['x@y']}]
        """)
    assert "email is already a recogniser" in message
    message = _problem(tmp_path, """\
        recognisers:
          add: [{name: housing_reference, category: housing_ref, patterns: ['HR-\\d+']}]
        """)
    assert "categories used but not described: housing_ref" in message


@pytest.mark.parametrize("body,where,words", [
    ("recognisers:\n  profile: scotland\n", "recognisers.profile", "international"),
    ("recognisers:\n  disable: [uk_phones]\n", "recognisers.disable[0]", "did you mean uk_phone?"),
])
def test_bad_policy_exits_2_through_the_cli_without_the_document(tmp_path, body, where, words):
    policy = tmp_path / "policy.yaml"
    policy.write_text(body)
    source = tmp_path / "a.txt"
    source.write_text("Call Ruth Castellan on 07700 900123.")
    result = runner.invoke(app, ["redact", str(source), "--policy", str(policy), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "policy.yaml:2" in result.output and where in result.output and words in result.output
    assert "Castellan" not in result.output and not (tmp_path / "o").exists()


def test_a_shipped_family_file_with_a_problem_is_located(tmp_path):
    family = tmp_path / "extra.yaml"
    family.write_text(textwrap.dedent("""\
        recognisers:
          - name: one
            category: other
            patterns: ['a+']
          - name: one
            category: other
            patterns: ['b+']
        """))
    with pytest.raises(InputError) as caught:
        load_families((family,))
    assert "extra.yaml:5" in str(caught.value) and "recognisers[1].name" in str(caught.value)


# --- word lists ------------------------------------------------------------------------

# Entries two shipped lists hold on purpose, with the reason.
DOCUMENTED_OVERLAPS = {
    # Given names that are also vehicle makes: the gazetteer finds a lone "Kia"; the
    # not-names list stops "Kia Sportage" or "Mercedes Benz" running on as a full name.
    "first_names & not_names": {"kia", "mercedes"},
    # Given names that are also UK places: the words around decide ("in Dudley" is a
    # place, "Dudley said" a person), so neither list may drop them.
    "first_names & places": {"alton", "arun", "brent", "burton", "cleveland", "devon", "dudley", "kendal"},
}


def test_shipped_word_lists_do_not_contradict_each_other():
    from reviewgen.redact.wordlists import load_word_lists

    lists = load_word_lists()
    found = lists.contradictions()
    assert {pair: set(words) for pair, words in found.items()} == DOCUMENTED_OVERLAPS
    assert {"irish", "roma"} <= lists.not_names and not {"irish", "roma"} & lists.first_names


def test_one_loader_serves_the_lists_detection_reads():
    from reviewgen.redact import detect, wordlists

    shipped = wordlists.shipped_word_lists()
    assert shipped.first_names == detect.first_names()
    assert shipped.common_words == detect.common_words()
    assert shipped.places == detect.uk_places()
    assert shipped.not_names == detect.never_names()


def test_policy_adds_local_word_lists_and_keeps_staff(tmp_path, redactor):
    from reviewgen.redact import Redactor
    from reviewgen.redact.wordlists import load_word_lists

    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(textwrap.dedent("""\
        word_lists:
          places: [Eastfield  Estate, Kelderby]
          not_names: [Brightpath]
          keep: [Jane Holt]
          first_names: [Tyzah]
        """))
    policy = load_policy(policy_file)
    lists = load_word_lists(policy.word_lists)
    assert {"eastfield estate", "kelderby"} <= lists.places and "brightpath" in lists.not_names
    assert "tyzah" in lists.first_names and lists.keep == {"jane holt"}
    assert load_word_lists(policy.word_lists) is lists
    assert "tyzah" not in load_word_lists().first_names

    text = "Jane Holt met Ruth Castellan on Monday."
    kept = [text[c.start:c.end] for c in Redactor(policy).detector.detect(text)]
    default = [text[c.start:c.end] for c in redactor.detector.detect(text)]
    assert "Jane Holt" in default and "Jane Holt" not in kept and "Ruth Castellan" in kept


@pytest.mark.parametrize("body,field", [
    ("word_lists:\n  first_names: [Kia, Zorba]\n  not_names: [zorba]\n", "word_lists.first_names"),
    ("word_lists:\n  keep: [Jane Holt]\ndenylist: [jane  holt]\n", "word_lists.keep"),
    ("word_lists:\n  keep: [Rowan Lodge]\nrecognisers:\n  deny_lists: {placement: [Rowan Lodge]}\n", "word_lists.keep"),
])
def test_policy_word_lists_that_contradict_are_refused(tmp_path, body, field):
    message = _problem(tmp_path, body)
    assert "policy.yaml" in message and field in message and "one list only" in message
    assert "Zorba" not in message and "Holt" not in message and "Rowan" not in message
