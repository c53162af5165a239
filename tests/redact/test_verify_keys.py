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
