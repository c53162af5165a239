"""Working-day arithmetic shared by review timescales and FOI deadlines."""

from __future__ import annotations

from datetime import date

from reviewgen.workingdays import add_working_days, is_working_day, working_days_between


def test_day_one_is_the_first_working_day_after_the_start():
    assert add_working_days(date(2026, 11, 20), 1, "england-and-wales") == date(2026, 11, 23)  # Fri -> Mon


def test_christmas_and_new_year_in_england_and_wales():
    # 2026: Christmas Friday, Boxing Day Saturday (substitute Monday 28th), New Year Friday.
    for day in (date(2026, 12, 25), date(2026, 12, 28), date(2027, 1, 1)):
        assert not is_working_day(day, "england-and-wales")
    assert add_working_days(date(2026, 12, 23), 2, "england-and-wales") == date(2026, 12, 29)


def test_scottish_and_northern_irish_days_only_stop_the_right_clocks():
    st_andrews = date(2026, 11, 30)
    assert not is_working_day(st_andrews, "foia")
    assert not is_working_day(st_andrews, "foisa")
    assert is_working_day(st_andrews, "england-and-wales")
    st_patricks = date(2026, 3, 17)
    assert not is_working_day(st_patricks, "foia") and is_working_day(st_patricks, "foisa")


def test_paused_days_are_disregarded():
    start = date(2026, 6, 1)
    plain = add_working_days(start, 5, "foia")
    paused = add_working_days(start, 5, "foia", paused_days=[date(2026, 6, 2), date(2026, 6, 3)])
    assert working_days_between(plain, paused, "foia") == 2


def test_working_days_between_is_signed():
    assert working_days_between(date(2026, 11, 23), date(2026, 11, 27), "foia") == 4
    assert working_days_between(date(2026, 11, 27), date(2026, 11, 23), "foia") == -4
