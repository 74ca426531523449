"""Manual follower counts from the workspace settings stand in for a missing followers series, never for a real one."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from lib.dataset import Dataset
from lib.kpis import Period, compute, prepare

MARCH = Period.with_previous(dt.date(2025, 3, 1), dt.date(2025, 3, 31))


def _post(platform: str, pid: str, day: int, comments: int) -> dict:
    return {"platform": platform, "account": "bakery", "post_id": pid, "text": "A post", "reactions": 10,
            "published_at": pd.Timestamp(f"2025-03-{day:02d} 10:00", tz="UTC"), "comments": comments}


def bakery() -> Dataset:
    """Facebook: 2 posts (4 + 2 comments) and a daily series 1000..1300 (mean 1150); Instagram: 2 posts (3 + 1
    comments) and no followers series."""
    posts = pd.DataFrame([_post("facebook", "f1", 3, 4), _post("facebook", "f2", 10, 2),
                          _post("instagram", "i1", 4, 3), _post("instagram", "i2", 11, 1)])
    days = pd.date_range("2025-03-01", "2025-03-31", freq="D")
    followers = pd.DataFrame({"platform": "facebook", "account": "bakery", "date": days,
                              "followers": 1000 + 10 * pd.RangeIndex(len(days))})
    return Dataset.from_frames(posts=posts, followers=followers)


MANUAL = {"instagram": 2000, "facebook": 99_999}  # facebook has a real series: its count is ignored


def test_manual_count_fills_a_platform_without_series():
    r = compute(bakery(), MARCH, manual_followers=MANUAL)
    ig, fb = r.by_platform["instagram"], r.by_platform["facebook"]
    assert ig["followers_end"] == 2000
    assert ig["conversation_rate_per_1k_followers"] == pytest.approx((4 / 2) / 2000 * 1000)  # 1.0
    assert ig["applause_rate_per_1k_followers"] == pytest.approx(10 / 2000 * 1000)
    assert ig["follower_growth"] is None  # a constant is not a series
    assert r.unavailable_by_platform["instagram"]["follower_growth"] == "needs a followers series"
    # the real series wins
    assert fb["followers_end"] == 1300 and fb["follower_growth"] == 300
    assert fb["conversation_rate_per_1k_followers"] == pytest.approx((6 / 2) / 1150 * 1000)
    # overall: followers summed, growth only where there is a series, per-1k pools both platforms
    assert r.overall["followers_end"] == 3300
    assert r.overall["follower_growth"] == 300
    assert r.overall["conversation_rate_per_1k_followers"] == pytest.approx((10 / 4) / (1150 + 2000) * 1000)
    scorecard = r.tables["channel_scorecard"].set_index("platform")
    assert scorecard.loc["instagram", "followers_end"] == 2000
    assert any("instagram" in n and "workspace settings" in n for n in r.notes)
    assert not any("leave out" in n for n in r.notes)
    assert [n.code for n in r.notes] == ["manual_followers"]


def test_without_manual_counts_the_platform_is_left_out():
    r = compute(bakery(), MARCH)
    assert r.by_platform["instagram"]["followers_end"] is None
    assert r.overall["followers_end"] == 1300
    assert r.overall["conversation_rate_per_1k_followers"] == pytest.approx((6 / 2) / 1150 * 1000)
    assert [n.code for n in r.notes] == ["per_1k_left_out"]


def test_series_only_kpis_ignore_manual_counts():
    with_manual, without = compute(bakery(), MARCH, manual_followers=MANUAL), compute(bakery(), MARCH)
    assert with_manual.overall["hollow_growth"] == pytest.approx(without.overall["hollow_growth"])
    assert with_manual.by_platform["instagram"]["hollow_growth"] is None
    pd.testing.assert_frame_equal(with_manual.tables["scale_curve"], without.tables["scale_curve"])


def test_prepared_data_takes_manual_counts_at_compute_and_ignores_bad_values():
    prepared = prepare(bakery())
    late = compute(prepared, MARCH, manual_followers={"Instagram": "2000"})
    early = compute(prepare(bakery(), manual_followers=MANUAL), MARCH)
    assert late.overall == early.overall
    bad = compute(prepared, MARCH, manual_followers={"instagram": "many", "x": -5, "tiktok": None})
    assert bad.by_platform["instagram"]["followers_end"] is None
    assert compute(prepared, MARCH).by_platform["instagram"]["followers_end"] is None  # prepared is unchanged
