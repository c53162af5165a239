"""Names the entity model misses: the given-name gazetteer and first names before initials."""

import pytest

from reviewgen.redact.detect import first_names


def names_found(redactor, text: str) -> list[str]:
    return [text[c.start:c.end] for c in redactor.detector.detect(text) if c.category == "name"]


def test_gazetteer_is_lower_case_and_leaves_out_common_words():
    names = first_names()
    assert {"derek", "teresa", "rebecca", "jacob"} <= names
    for word in ("will", "may", "grace", "green", "amber", "june", "mark", "preston", "regina"):
        assert word not in names


@pytest.mark.parametrize("text,name", [
    ("Why is Rebecca so impulsive?", "Rebecca"),
    ("Later Jacob went home with his aunt.", "Jacob"),
    ("The worker phoned Derek on Monday.", "Derek"),
    ("Ella H. Snider attended the panel.", "Ella H. Snider"),
    ("A letter from Szabina J Gelencsér arrived.", "Szabina J Gelencsér"),
    ("follow up with patricia desrosiers in a couple of months.", "patricia desrosiers"),
])
def test_given_names_found_alone_and_before_initials(redactor, text, name):
    assert name in " ".join(names_found(redactor, text))


@pytest.mark.parametrize("text", [
    "Grace periods apply in May and June.",
    "The action was rated Amber at the Management Board.",
    "Will the board agree the plan before June?",
    "The panel met in Preston and Lincoln.",
    "we sang a song and the carol service ended in june.",
])
def test_common_words_that_are_also_names_are_kept(redactor, text):
    assert names_found(redactor, text) == []
