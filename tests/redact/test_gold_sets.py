"""Every gold set in benchmarks/data/ is well formed: spans inside the text, non-empty, not
overlapping, with a known label. Fast and offline (no spaCy): a slip in a generator or a
hand edit of a JSON file fails here before it skews a benchmark."""

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
GOLD_FILES = sorted(DATA.glob("*.json"))
# reviewgen's categories (benchmarks/data/markers.py) and TAB's types kept apart by
# make_court_judgments.py
OUR_LABELS = {"name", "address", "postcode", "phone", "email", "date_of_birth", "age", "nhs_number",
              "ni_number", "pnc_id", "upn", "vehicle_registration", "school", "placement",
              "bank_account", "payment_card", "case_id", "other", "tab_datetime", "tab_loc",
              "tab_org", "tab_dem", "tab_quantity", "tab_misc"}


def spans_of(record: dict) -> tuple[str, list[tuple[int, int, str]]]:
    """The text and (start, end, label) spans of a record in our format or Presidio's."""
    if "full_text" in record:
        return record["full_text"], [(s["start_position"], s["end_position"], s["entity_type"])
                                     for s in record["spans"]]
    return record["text"], [(s["start"], s["end"], s["label"]) for s in record["spans"]]


def test_the_gold_sets_are_found():
    names = {path.name for path in GOLD_FILES}
    assert {"uk_real_dev.json", "court_dev.json", "court_holdout.json",
            "uk_real2_dev.json", "uk_real2_holdout.json"} <= names


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_spans_are_in_range_non_empty_and_disjoint(path):
    records = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(records, list) and records
    for index, record in enumerate(records):
        text, spans = spans_of(record)
        where = f"{path.name} record {index}"
        assert text, where
        previous_end = 0
        for start, end, _label in sorted(spans):
            assert 0 <= start < end <= len(text), f"{where}: span {start}-{end} outside the text"
            assert text[start:end].strip(), f"{where}: blank span {start}-{end}"
            assert start >= previous_end, f"{where}: span {start}-{end} overlaps the one before"
            previous_end = end


@pytest.mark.parametrize("path", [p for p in GOLD_FILES if not p.name.startswith("presidio")],
                         ids=lambda p: p.stem)
def test_our_sets_use_known_labels_and_unique_ids(path):
    records = json.loads(path.read_text(encoding="utf-8"))
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    assert {s["label"] for r in records for s in r["spans"]} <= OUR_LABELS


def test_real_sets_record_their_source_and_keep_documents_on_one_side():
    for dev_name, holdout_name in (("uk_real_dev.json", "uk_real_holdout.json"),
                                   ("uk_real2_dev.json", "uk_real2_holdout.json"),
                                   ("court_dev.json", "court_holdout.json")):
        dev = json.loads((DATA / dev_name).read_text(encoding="utf-8"))
        holdout = json.loads((DATA / holdout_name).read_text(encoding="utf-8"))
        for record in dev + holdout:
            assert record["source"]["url"].startswith("http"), record["id"]
        assert not {r["group"] for r in dev} & {r["group"] for r in holdout}
        assert not {r["text"] for r in dev} & {r["text"] for r in holdout}
