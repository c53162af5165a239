"""verify at scale: one trie over literal keys, the run's own labels read past."""

from reviewgen.redact.verify import KeyedChecker, Protected, label_remover, trie_regex, verify_file


def test_a_trie_regex_matches_the_longest_key_at_each_position():
    import re

    pattern = re.compile(trie_regex(["ann", "annlee", "bob", "100", "101"]))
    assert [m.group() for m in pattern.finditer("annleeds bob 1010 ann")] == ["annlee", "bob", "101", "ann"]


def test_keys_hidden_inside_longer_keys_still_bring_their_patterns():
    checker = KeyedChecker([Protected("Jordan Ellis", "name"), Protected("Ellis Gray", "name")])
    for text in ("Ellis wrote", "jordan.ellis@example.org", "ELLIS-GRAY", "JordanEllis", "Jordan  ELLIS"):
        assert checker.found_in(text.casefold(), text), text
    assert not checker.found_in("trellis wrote".casefold(), "trellis wrote")


def test_initials_match_as_written_only():
    checker = KeyedChecker([Protected("Jordan Ellis", "name")])
    assert checker.found_in("je said", "JE said")
    assert not checker.found_in("je said", "je said")


def test_the_run_s_own_labels_are_no_leak_of_a_number_they_equal(tmp_path):
    released = tmp_path / "note.txt"
    released.write_text("Person 101 and Person-2 met. Case [CASE ID] closed.\n")
    case_number = [Protected("101", "case_id"), Protected("2", "age")]
    assert verify_file(released, case_number) == ["text"]  # the number is there, inside a label
    assert verify_file(released, case_number, ["Person 101", "Person 2"]) == []
    released.write_text("Person 101 met. Case 101 closed.\n")
    assert verify_file(released, case_number, ["Person 101"]) == ["text"]  # a real 101 outside a label


def test_label_remover_reads_past_only_the_labels_used():
    remover = label_remover(["Person 101", "Address 7"])
    assert remover is not None
    left = remover.sub("", "Person 101, person-101, Address 7, Person 1011, Person 102")
    assert [part.strip() for part in left.split(",")] == ["", "", "", "Person 1011", "Person 102"]


def test_an_age_is_looked_for_where_words_make_it_an_age():
    checker = KeyedChecker([Protected("15", "age")])
    for text in ("aged 15 today", "a 15-year-old", "15 years old", "Age: 15", "15yo"):
        assert checker.found_in(text.casefold(), text), text
    for text in ("on 15 March", "for 15 years", "page 15", "115 people", "aged 151"):
        assert not checker.found_in(text.casefold(), text), text


def test_a_short_number_is_looked_for_in_text_not_in_markup(tmp_path):
    import zipfile

    case_number = [Protected("15", "case_id")]
    package = tmp_path / "note.docx"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("word/styles.xml", '<w:styles xmlns:w="urn:w"><w:sz w:val="15"/></w:styles>')
        archive.writestr("word/document.xml", '<w:document xmlns:w="urn:w"><w:p><w:r><w:t>Room 12</w:t>'
                                              '</w:r></w:p></w:document>')
    assert verify_file(package, case_number) == []
    with zipfile.ZipFile(package, "a") as archive:
        archive.writestr("word/footer1.xml", '<w:ftr xmlns:w="urn:w"><w:p><w:r><w:t>Case 15</w:t></w:r></w:p></w:ftr>')
    assert verify_file(package, case_number) == ["word/footer1.xml"]


def test_a_word_file_naming_an_age_is_released(tmp_path):
    """Every Word styles part holds "15" somewhere: an age of 15 must not block the release."""
    import subprocess
    import sys

    import docx

    original = tmp_path / "note.docx"
    document = docx.Document()
    document.add_paragraph("Jordan Ellis, aged 15, attended the meeting on 15 March with his mother.")
    document.save(str(original))
    run = subprocess.run([sys.executable, "-m", "reviewgen.cli", "redact", str(original), "-o", str(tmp_path / "out")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    released = tmp_path / "out" / "note-redacted.docx"
    text = "\n".join(p.text for p in docx.Document(str(released)).paragraphs)
    assert "Jordan" not in text and "aged 15" not in text and "15 March" in text
