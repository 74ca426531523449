"""Sidebar period presets and custom-range validation."""

import datetime as dt

import pytest

from lib.periods import PRESETS, default_preset, make_period, preset_range, validate_custom

D = dt.date


@pytest.mark.parametrize(("preset", "anchor", "expected"), [
    ("last_30", D(2025, 3, 31), (D(2025, 3, 2), D(2025, 3, 31))),
    ("last_90", D(2025, 3, 31), (D(2025, 1, 1), D(2025, 3, 31))),
    ("this_month", D(2025, 3, 17), (D(2025, 3, 1), D(2025, 3, 17))),
    ("last_month", D(2025, 1, 5), (D(2024, 12, 1), D(2024, 12, 31))),
    ("this_quarter", D(2025, 12, 2), (D(2025, 10, 1), D(2025, 12, 2))),
    ("last_12_months", D(2025, 3, 31), (D(2024, 4, 1), D(2025, 3, 31))),
    ("last_12_months", D(2024, 2, 29), (D(2023, 3, 1), D(2024, 2, 29))),
])
def test_presets(preset, anchor, expected):
    assert preset_range(preset, anchor) == expected


def test_custom_has_no_fixed_range():
    assert PRESETS[-1] == "custom"
    with pytest.raises(ValueError, match="custom"):
        preset_range("custom", D(2025, 1, 1))


def test_custom_validation():
    today = D(2025, 6, 1)
    assert validate_custom(D(2025, 1, 1), D(2025, 2, 1), today) is None
    assert validate_custom(D(2025, 1, 1), None, today) == "sidebar.error_incomplete"
    assert validate_custom(D(2025, 5, 1), D(2025, 6, 2), today) == "sidebar.error_future"
    assert validate_custom(D(2025, 2, 1), D(2025, 1, 1), today) == "sidebar.error_order"


def test_comparison_periods():
    prev = make_period(D(2025, 3, 1), D(2025, 3, 31))
    assert (prev.previous_since, prev.previous_until) == (D(2025, 1, 29), D(2025, 2, 28))
    year = make_period(D(2025, 3, 1), D(2025, 3, 31), compare="year")
    assert (year.previous_since, year.previous_until) == (D(2024, 3, 1), D(2024, 3, 31))


def test_all_data_starts_at_the_first_day_with_data_at_most_12_months_back():
    assert preset_range("all_data", D(2025, 10, 1), first=D(2025, 2, 17)) == (D(2025, 2, 17), D(2025, 10, 1))
    assert preset_range("all_data", D(2025, 10, 1), first=D(2020, 1, 1)) == (D(2024, 10, 2), D(2025, 10, 1))
    assert preset_range("all_data", D(2025, 10, 1)) == preset_range("last_12_months", D(2025, 10, 1))


@pytest.mark.parametrize(("spans", "expected"), [
    ([(D(2025, 9, 2), D(2025, 10, 1))], "all_data"),  # 30 of the last 90 days (4 Jul .. 1 Oct)
    ([(D(2025, 2, 17), D(2025, 3, 15)), (D(2025, 9, 2), D(2025, 10, 1))], "all_data"),  # the March export is older
    ([(D(2025, 8, 17), D(2025, 10, 1))], "last_90"),  # 46 of 90 days: more than half
    ([(D(2025, 8, 18), D(2025, 10, 1))], "last_90"),  # 45 of 90: half is not "mostly empty"
    ([(D(2025, 8, 19), D(2025, 10, 1))], "all_data"),  # 44 of 90
    # overlapping exports count their days once: 4 Jul .. 20 Aug (48) + 20 Sep .. 1 Oct (12) = 60 of 90
    ([(D(2025, 7, 4), D(2025, 7, 30)), (D(2025, 7, 20), D(2025, 8, 20)), (D(2025, 9, 20), D(2025, 10, 1))], "last_90"),
    ([], "all_data"),
])
def test_default_period_follows_the_data(spans, expected):
    assert default_preset(spans, D(2025, 10, 1)) == expected
