"""Sidebar period presets and custom-range validation."""

import datetime as dt

import pytest

from lib.periods import PRESETS, make_period, preset_range, validate_custom

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
