"""Comparison with the previous period: the relative change keeps the direction of the absolute change."""

import pytest

from lib.kpis.compute import _changes


def test_relative_change_against_a_negative_previous_value_keeps_its_sign():
    # follower_growth went from -100 (lost followers) to +50: up by 150, i.e. +150% of the previous size
    got = _changes({"follower_growth": 50}, {"follower_growth": -100})["follower_growth"]
    assert got.absolute == 150 and got.relative == pytest.approx(1.5) and got.better is True


def test_lower_is_better_kpis_are_better_when_they_fall():
    # hollow_growth from -0.11 to -0.41: down by 0.30, which is good for a "lower is better" KPI
    got = _changes({"hollow_growth": -0.41}, {"hollow_growth": -0.11})["hollow_growth"]
    assert got.absolute == pytest.approx(-0.30) and got.relative == pytest.approx(-0.30 / 0.11) and got.better is True


def test_no_relative_change_from_zero_and_none_when_unavailable():
    got = _changes({"posts": 4, "silent_post_share": None}, {"posts": 0, "silent_post_share": 0.5})
    assert got["posts"].relative is None and got["posts"].absolute == 4
    assert got["silent_post_share"] == type(got["posts"])(None, None, None)
