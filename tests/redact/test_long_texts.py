"""Cost that grows with the text, no faster (issue 11): long texts read by spaCy in pieces
with their offsets kept, and a document's values looked for with one trie, not one pass each.
Invented people only."""

import itertools
import re

import pytest

from reviewgen.redact import Redactor, detect
from reviewgen.redact.trie import trie_regex, words_unit

CASE = ("Case {n}: Jayden Harrow (born 4/5/2009) attended the YJS office with Amelia Quill. "
        "The case manager rang Amelia Quill on 07700 900{n:03}. Jayden said the sessions helped.\n")


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def test_a_long_text_is_cut_after_whitespace_into_pieces_that_join_back():
    text = "".join(CASE.format(n=n) for n in range(200))
    pieces = detect._chunks(text, 2_000)
    assert len(pieces) > 10
    assert "".join(pieces) == text
    for piece, following in itertools.pairwise(pieces):
        assert len(piece) <= 2_000 + 10
        assert piece[-1].isspace() and not following[0].isspace()  # no token is cut


def test_a_text_without_any_space_is_still_cut_and_joined():
    text = "x" * 5_000
    pieces = detect._chunks(text, 2_000)
    assert [len(p) for p in pieces] == [2_000, 2_000, 1_000]


def test_a_paragraph_longer_than_a_chunk_is_one_doc_with_its_offsets(redactor, monkeypatch):
    """Every line's names are found at their places however the paragraph was cut (spaCy
    alone refuses a text over its limit of a million characters)."""
    monkeypatch.setattr(detect, "CHUNK_CHARS", 1_500)
    text = "".join(CASE.format(n=n) for n in range(60))
    assert len(text) > 6 * detect.CHUNK_CHARS
    (doc,) = redactor.detector.docs([text])
    assert doc.text == text
    assert doc.tensor.size == 0  # the model's vectors are not kept
    found = redactor.detector.detect_document([text])[0]
    spans = {(c.start, c.end) for c in found if c.category == "name"}
    for m in re.finditer(r"Jayden Harrow|Amelia Quill", text):
        assert any(s <= m.start() and m.end() <= e for s, e in spans), m.start()
    released = redactor.redact_text(text, "long paragraph")
    assert "Jayden" not in released and "Quill" not in released and "07700" not in released
    assert released.count("Case ") == 60


def test_a_value_found_once_is_redacted_everywhere_in_a_long_document(redactor):
    paragraphs = [CASE.format(n=n) for n in range(300)]
    paragraphs[150] = "Shift notes: the worker known as Tyler Rowntree visited.\n"
    paragraphs.append("Tyler Rowntree rang back.\n")
    released = Redactor().redact_texts(paragraphs, [f"p{n}" for n in range(len(paragraphs))])
    assert not any("Rowntree" in p for p in released)


def test_a_trie_matches_what_an_alternation_longest_first_matches():
    values = ["jo ann", "jo ann lee", "jo", "anne marie", "ann"]
    text = "Jo  Ann Lee met JO ANN, then Jo and Anne\nMarie; Annette stayed at jo-ann_lee."
    alternation = "|".join(r"[\s_-]+".join(map(re.escape, v.split())) for v in sorted(values, key=len, reverse=True))
    old = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)
    new = re.compile(rf"(?<!\w)(?:{trie_regex(values, words_unit)})(?!\w)", re.IGNORECASE)
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
    assert [m.group() for m in new.finditer(text)] == ["Jo  Ann Lee", "JO ANN", "Jo", "Anne\nMarie", "jo-ann_lee"]


@pytest.mark.parametrize("text", ["abab aba", "aaaa", "sophie sophie", "a.a.a", "", "xyz"])
def test_words_written_twice_are_counted_as_str_count_counts(text):
    words = {"ab", "aba", "a", "aa", "sophie", "a.a", "soph", "z"}
    assert detect._written_twice(text, words) == {w for w in words if text.count(w) > 1}
