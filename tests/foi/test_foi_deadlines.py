"""Statutory deadlines: the 20th working day following receipt, in the Act's calendar."""

from datetime import date

import pytest
from typer.testing import CliRunner

from reviewgen.cli import app
from reviewgen.foi import Pause, disregarded_days, due_date
from reviewgen.workingdays import add_working_days, days_in_range

runner = CliRunner()


def test_easter_good_friday_and_easter_monday_stop_an_english_clock():
    # From Friday 20 March 2026: Good Friday 3 April and Easter Monday 6 April are skipped.
    assert due_date(date(2026, 3, 20), "england") == date(2026, 4, 21)


def test_easter_monday_is_not_a_holiday_under_foisa():
    assert due_date(date(2026, 3, 20), "scotland") == date(2026, 4, 20)


def test_christmas_and_new_year_including_the_scottish_second_of_january_under_foia():
    # 25, 26 Dec, 1 Jan are skipped, and 2 Jan too: a Scottish bank holiday stops FOIA clocks.
    assert due_date(date(2025, 12, 12), "england") == date(2026, 1, 15)
    assert add_working_days(date(2025, 12, 12), 20, "england-and-wales") == date(2026, 1, 14)


def test_request_received_on_a_saturday_counts_from_the_monday():
    saturday, sunday, friday = date(2026, 3, 14), date(2026, 3, 15), date(2026, 3, 13)
    assert due_date(saturday, "england") == due_date(sunday, "england") == due_date(friday, "england")
    assert due_date(saturday, "england") == date(2026, 4, 15)


def test_request_received_on_a_bank_holiday_counts_from_the_next_working_day():
    # Early May bank holiday, Monday 4 May 2026: day 1 is Tuesday 5 May.
    assert due_date(date(2026, 5, 4), "england") == date(2026, 6, 2)
    assert due_date(date(2026, 5, 1), "england") == date(2026, 6, 2)


def test_st_patricks_day_stops_an_english_clock():
    assert due_date(date(2026, 3, 13), "england") == date(2026, 4, 15)
    # Counting England and Wales holidays only would give a day too few.
    assert add_working_days(date(2026, 3, 13), 20, "england-and-wales") == date(2026, 4, 14)


def test_st_andrews_day_stops_an_english_clock():
    # Monday 30 November 2026 is St Andrew's Day; Boxing Day's substitute is Monday 28 December.
    assert due_date(date(2026, 11, 27), "england") == date(2026, 12, 30)
    assert add_working_days(date(2026, 11, 27), 20, "england-and-wales") == date(2026, 12, 29)


def test_scotland_and_england_differ_for_the_same_day():
    # FOISA ignores St Patrick's Day and Easter Monday.
    assert due_date(date(2026, 3, 13), "scotland") == date(2026, 4, 13)
    assert due_date(date(2026, 3, 13), "wales") == due_date(date(2026, 3, 13), "northern-ireland") == date(2026, 4, 15)


def test_fee_notice_days_are_disregarded_and_the_clock_resumes():
    received = date(2026, 3, 2)
    assert due_date(received, "england") == date(2026, 3, 31)
    fee = Pause("fee", date(2026, 3, 9), date(2026, 3, 20))
    # Four days used before the notice; 16 more from Monday 23 March, skipping Easter.
    assert due_date(received, "england", [fee]) == date(2026, 4, 15)


def test_clarification_restarts_the_clock_from_the_day_it_arrives():
    clarification = Pause("clarification", date(2026, 3, 4), date(2026, 3, 11))
    assert due_date(date(2026, 3, 2), "england", [clarification]) == add_working_days(date(2026, 3, 11), 20, "foia")
    assert due_date(date(2026, 3, 2), "england", [clarification]) == date(2026, 4, 13)


def test_a_pause_still_waiting_leaves_no_due_date():
    assert due_date(date(2026, 3, 2), "england", [Pause("fee", date(2026, 3, 9), None)]) is None


def test_disregarded_days_are_exactly_the_documented_ones():
    received = date(2026, 3, 2)
    fee = Pause("fee", date(2026, 3, 9), date(2026, 3, 11))
    clarification = Pause("clarification", date(2026, 3, 4), date(2026, 3, 5))
    assert disregarded_days(received, [fee]) == {date(2026, 3, 9), date(2026, 3, 10), date(2026, 3, 11)}
    assert disregarded_days(received, [clarification]) == set(days_in_range(date(2026, 3, 3), date(2026, 3, 5)))
    assert disregarded_days(received, [Pause("fee", date(2026, 3, 9), None)]) == set()


@pytest.mark.parametrize("jurisdiction, expected", [
    ("england", "2026-04-15"), ("scotland", "2026-04-13"), ("northern-ireland", "2026-04-15"),
])
def test_foi_due_prints_only_the_date(jurisdiction, expected):
    result = runner.invoke(app, ["foi", "due", "2026-03-13", "--jurisdiction", jurisdiction])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{expected}\n"


def test_foi_due_rejects_an_unknown_jurisdiction_and_a_bad_date():
    assert runner.invoke(app, ["foi", "due", "2026-03-13", "--jurisdiction", "france"]).exit_code == 2
    assert runner.invoke(app, ["foi", "due", "13/03/2026"]).exit_code == 2
