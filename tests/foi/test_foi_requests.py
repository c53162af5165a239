"""Request validation (exit 2 with a located, clear error) and `foi status`."""

import pytest
from typer.testing import CliRunner

from reviewgen.cli import app
from reviewgen.errors import InputError
from reviewgen.foi import load_request
from tests.foi.conftest import REQUESTER, REVIEWS

runner = CliRunner()


def _check(path):
    return runner.invoke(app, ["foi", "check", str(path)])


@pytest.mark.parametrize("example", sorted(REVIEWS.glob("foi-*.yaml")), ids=lambda p: p.stem)
def test_shipped_examples_are_valid(example):
    result = _check(example)
    assert result.exit_code == 0, result.output
    assert "valid" in result.stdout


def test_a_held_part_without_an_answer_is_a_clear_error(write_request):
    path = write_request(parts=[{"number": 1, "question": "the learning", "held": "held"}])
    result = _check(path)
    assert result.exit_code == 2
    assert "parts[0]: part 1 has no answer; add `answer:`" in result.stderr
    assert f"{path}:" in result.stderr  # with file and line


def test_a_part_not_held_needs_no_answer(write_request):
    path = write_request(parts=[{"number": 1, "question": "the costs", "held": "not held"}])
    assert load_request(path).parts[0].answer is None


def test_an_unknown_exemption_lists_the_known_ones(write_request):
    path = write_request(exemptions=[{"section": "99", "parts": [1]}])
    result = _check(path)
    assert result.exit_code == 2
    assert "exemptions[0].section: '99' is not an exemption this tool knows under the Freedom of Information Act 2000" in result.stderr
    assert "use one of: 12, 14, 21, 22" in result.stderr


def test_a_scottish_request_cites_the_scottish_act(write_request):
    path = write_request(jurisdiction="scotland", exemptions=[{"section": "40(2)", "parts": [1]}])
    result = _check(path)
    assert result.exit_code == 2
    assert "(Scotland) Act 2002" in result.stderr and "38(1)(b)" in result.stderr


def test_a_qualified_exemption_without_a_public_interest_test_fails_the_check(write_request):
    # Valid input (it loads), but not a notice a lawyer would sign: exit 1, each element named.
    path = write_request(exemptions=[{"section": "s.31(1)(a)", "parts": [1]}])
    assert load_request(path).exemptions[0].section == "s.31(1)(a)"
    result = _check(path)
    assert result.exit_code == 1
    assert "exemptions[0] (s.31): missing public interest conclusion" in result.stderr


def test_an_absolute_exemption_needs_no_public_interest_test(write_request):
    request = load_request(write_request(exemptions=[{"section": "section 41", "parts": [1]}]))
    assert request.exemptions[0].section == "section 41"


def test_every_problem_is_reported_at_once_without_the_requester(write_request):
    path = write_request(
        parts=[{"number": 1, "question": "a", "held": "held"}, {"number": 1, "question": "b", "held": "not held"}],
        exemptions=[{"section": "22", "parts": [3]}],
        fees=[{"notice_given": "2026-03-10", "paid": "2026-03-05"}],
    )
    result = _check(path)
    assert result.exit_code == 2
    for expected in ("part 1 is numbered twice", "part 1 has no answer", "there is no part 3",
                     "paid before the notice was given"):
        assert expected in result.stderr
    assert REQUESTER["name"] not in result.stderr


def test_a_misspelt_field_is_located_and_the_requester_not_echoed(write_request):
    path = write_request(requester={**REQUESTER, "emial": "someone@example.com"})
    result = _check(path)
    assert result.exit_code == 2
    assert "requester.emial: is not a known field; did you mean 'email'?" in result.stderr
    assert REQUESTER["name"] not in result.stderr and "someone@" not in result.stderr


def test_a_missing_review_file_is_an_error(write_request):
    path = write_request(parts=[{"number": 1, "question": "q", "held": "held",
                                 "from_review": {"file": "no-such-review.yaml", "fields": ["learning"]}}])
    with pytest.raises(InputError, match="review file not found"):
        load_request(path)


def _status(folder, *args):
    return runner.invoke(app, ["foi", "status", str(folder), *args])


def test_status_lists_open_due_today_overdue_paused_and_answered(tmp_path, write_request):
    write_request("foi-open.yaml", reference="OPEN", received="2026-03-02")            # due 31 Mar
    write_request("foi-today.yaml", reference="TODAY", received="2026-02-13")         # due 13 Mar
    write_request("foi-late.yaml", reference="LATE", received="2026-02-02")           # due 2 Mar
    write_request("foi-paused.yaml", reference="PAUSED", received="2026-03-02",
                  clarifications=[{"asked": "2026-03-04"}])
    write_request("foi-sent.yaml", reference="SENT", received="2026-02-02", response_date="2026-03-03")
    (tmp_path / "clr-example.yaml").write_text((REVIEWS / "clr-example.yaml").read_text())
    result = _status(tmp_path, "--today", "2026-03-13")
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    assert "2026-03-31" in lines["OPEN"] and "11 working day(s) remaining" in lines["OPEN"]
    assert "due today" in lines["TODAY"]
    assert "overdue by 9 working day(s)" in lines["LATE"]
    assert "awaiting clarification since 2026-03-04" in lines["PAUSED"]
    assert "answered late" in lines["SENT"]
    assert "5 request(s) on 2026-03-13: 1 open, 1 due today, 1 overdue, 1 paused" in result.stdout
    # Of those whose timeliness is known (LATE overdue, SENT late), none was in time.
    assert "0 of 2 (0%) answered within the deadline" in result.stdout


def test_timeliness_over_a_period(tmp_path, write_request):
    write_request("foi-a.yaml", reference="A", received="2026-01-05", response_date="2026-01-20")
    write_request("foi-b.yaml", reference="B", received="2026-01-12", response_date="2026-03-01")
    write_request("foi-c.yaml", reference="C", received="2026-02-02", response_date="2026-02-10")
    write_request("foi-d.yaml", reference="D", received="2026-04-01", response_date="2026-04-02")
    result = _status(tmp_path, "--today", "2026-05-01", "--from", "2026-01-01", "--to", "2026-03-31")
    assert "2 of 3 (67%) answered within the deadline" in result.stdout
    result = _status(tmp_path, "--today", "2026-05-01")
    assert "3 of 4 (75%) answered within the deadline" in result.stdout


def test_status_reports_bad_requests_in_the_folder(tmp_path, write_request):
    write_request("foi-bad.yaml", jurisdiction="france")
    result = _status(tmp_path)
    assert result.exit_code == 2
    assert "jurisdiction" in result.stderr
