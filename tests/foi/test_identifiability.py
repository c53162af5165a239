"""`reviewgen identify`: what could still identify a child once the names are gone."""

import docx
import yaml
from typer.testing import CliRunner

from reviewgen.cli import app
from reviewgen.foi.identifiability import identify_file, identify_text, load_identifiability_policy
from tests.foi.conftest import REVIEWS

runner = CliRunner()
POLICY = load_identifiability_policy()


def by_location(flags):
    found: dict[str, set[str]] = {}
    for flag in flags:
        found.setdefault(flag.location, set()).add(flag.kind)
    return found


def test_the_example_clr_flags_date_place_offence_ethnicity_and_health():
    flags = identify_file(REVIEWS / "clr-example.yaml", POLICY)
    found = by_location(flags)
    assert "exact date" in found["incident.date"]
    assert {"exact date", "place and offence"} <= found["incident.summary"]
    assert "special category: ethnicity" in found["child.ethnicity"]
    assert "special category: health" in found["background.mental_health"]
    assert "family make-up" in found["background.family_and_living"]
    assert "school" in found["background.education_training_employment"]
    assert "court" in found["chronology[0].event"]
    # The review's own process (sign-off, recommendation due dates) is not about the child.
    assert not any(f.location.startswith(("signoff", "recommendations")) for f in flags)
    incident_date = next(f for f in flags if f.location == "incident.date")
    assert incident_date.text == "21 February 2026"
    assert incident_date.suggestion == 'give the month ("February 2026") or the season ("winter 2026")'
    place = next(f for f in flags if f.location == "incident.summary" and f.kind == "place and offence")
    assert "town centre" in place.reason and "a town in the county" in place.suggestion
    assert all(f.reason and f.suggestion for f in flags)


def test_identify_reports_each_flag_with_its_reason_and_exits_1(tmp_path):
    out = tmp_path / "report.md"
    result = runner.invoke(app, ["identify", str(REVIEWS / "clr-example.yaml"), "-o", str(out)])
    assert result.exit_code == 1
    report = out.read_text()
    assert report.strip() == result.stdout.strip()
    assert "motivated intruder" in report and "This is not a score" in report
    assert "## Special category: ethnicity (2)" in report
    assert '**incident.date**: "21 February 2026" - suggestion: give the month ("February 2026")' in report
    assert "Why: Special category data (UK GDPR Article 9)" in report
    assert "Criminal offence data (UK GDPR Article 10" in report


def test_small_numbers_in_tables_and_sentences():
    text = ("| Year | Deaths | Self-harm |\n|------|--------|-----------|\n| 2024 | 1 | 12 |\n| 2025 | 0 | 3 |\n\n"
            "There was one death in 2024, and 41 staff attended training over three sessions.")
    flags = [f for f in identify_text(text, POLICY) if f.kind == "small number"]
    assert [f.text for f in flags] == ["2024, Deaths: 1", "2025, Self-harm: 3", "one death"]
    assert all(f.suggestion.startswith('publish "fewer than 5"') for f in flags)


def test_the_policy_sets_the_thresholds_and_words(tmp_path):
    data = POLICY.model_dump()
    data["small_number_threshold"] = 3
    data["exact_dates"] = False
    data["special_category"]["health"].append("asthma")
    path = tmp_path / "identifiability.yaml"
    path.write_text(yaml.safe_dump(data))
    policy = load_identifiability_policy(path=path)
    flags = identify_text("On 3 March 2026 two children and 3 cases were seen; one has asthma.", policy)
    assert {f.kind for f in flags} == {"small number", "special category: health"}
    assert [f.text for f in flags if f.kind == "small number"] == ["two children"]
    # An organisation's own policy beside its config is found without --policy.
    (tmp_path / "reviewgen.yaml").write_text("organisation: {}\n")
    from reviewgen.config import load_config

    assert load_identifiability_policy(load_config(tmp_path / "reviewgen.yaml")).small_number_threshold == 3


def test_a_word_release_is_read_with_its_tables(tmp_path):
    document = docx.Document()
    document.add_paragraph("He was remanded after a stabbing outside the station on 4 May 2026.")
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Year", "Deaths"
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "2025", "2"
    path = tmp_path / "release.docx"
    document.save(str(path))
    kinds = {f.kind for f in identify_file(path, POLICY)}
    assert {"place and offence", "exact date", "small number"} <= kinds


def test_a_release_with_nothing_identifying_passes(tmp_path):
    path = tmp_path / "release.md"
    path.write_text("The service now reviews assessments after significant events.\n")
    result = runner.invoke(app, ["identify", str(path)])
    assert result.exit_code == 0 and "Nothing flagged" in result.stdout


def test_an_unreadable_file_is_bad_input(tmp_path):
    path = tmp_path / "release.pdf"
    path.write_bytes(b"%PDF-1.7")
    result = runner.invoke(app, ["identify", str(path)])
    assert result.exit_code == 2 and "cannot read '.pdf' files" in result.stderr
