"""Continuity counts silences only inside the days each posts export covers (hand-computed on tiny data):
a stretch between two exports' spans is data nobody gave, not a silence."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from lib.dataset import Dataset
from lib.kpis import Period, compute, coverage, prepare

D = dt.date
YEAR = Period.with_previous(D(2025, 1, 1), D(2025, 12, 31))


def _post(pid: str, when: str, platform: str = "facebook") -> dict:
    return {"platform": platform, "account": "a", "post_id": pid, "published_at": pd.Timestamp(when, tz="UTC"),
            "text": "hi", "reactions": 1}


def two_exports() -> Dataset:
    """Export A (3-15 March): posts on 3, 5 and 15 March; export B (2-30 September): posts on 2, 12 and 30 Sep."""
    return Dataset.from_frames(posts=pd.DataFrame([
        _post("a1", "2025-03-03 10:00"), _post("a2", "2025-03-05 10:00"), _post("a3", "2025-03-15 10:00"),
        _post("b1", "2025-09-02 10:00"), _post("b2", "2025-09-12 10:00"), _post("b3", "2025-09-30 10:00"),
    ]))


SPANS = [("facebook", D(2025, 3, 3), D(2025, 3, 15)), ("facebook", D(2025, 9, 2), D(2025, 9, 30))]


def test_coverage_merges_touching_spans_and_splits_multi_platform_records():
    got = coverage([("facebook,instagram", D(2025, 1, 1), D(2025, 1, 31)), ("facebook", D(2025, 2, 1), D(2025, 2, 9)),
                    ("facebook", D(2025, 4, 1), D(2025, 4, 2)), ("x", None, None)])
    assert got == {"facebook": ((D(2025, 1, 1), D(2025, 2, 9)), (D(2025, 4, 1), D(2025, 4, 2))),
                   "instagram": ((D(2025, 1, 1), D(2025, 1, 31)),)}


def test_a_gap_between_two_exports_is_not_a_silence():
    data = two_exports()
    # without coverage: 15 March 10:00 -> 2 September 10:00 is 171 days
    assert compute(data, YEAR).overall["longest_gap_days"] == pytest.approx(171.0)
    rep = compute(data, YEAR, coverage=coverage(SPANS))
    # covered gaps: 2, 10 days in A; 10, 18 days in B; the crossing gap keeps its covered pieces:
    # 15 Mar 10:00 -> 16 Mar 00:00 (14 h) and 2 Sep 00:00 -> 10:00 (10 h). Longest: 12 -> 30 September, 18 days
    assert rep.overall["longest_gap_days"] == pytest.approx(18.0)
    assert rep.by_platform["facebook"]["longest_gap_days"] == pytest.approx(18.0)


def test_active_weeks_count_only_covered_weeks():
    rep = compute(two_exports(), YEAR, coverage=coverage(SPANS))
    # A, 3-15 March 2025: ISO weeks 10 (3-9 Mar) and 11 (10-16 Mar); posts in both.
    # B, 2-30 September: weeks 36 (1-7 Sep) .. 40 (29 Sep-5 Oct), 5 weeks; posts in 36, 37 (12 Sep) and 40.
    assert rep.overall["active_week_share"] == pytest.approx(5 / 7)
    # without coverage: 53 ISO weeks touch 2025 (week 1 starts 30 Dec 2024), 5 with posts
    assert compute(two_exports(), YEAR).overall["active_week_share"] == pytest.approx(5 / 53)


def test_a_silence_inside_one_export_still_counts():
    data = Dataset.from_frames(posts=pd.DataFrame([_post("a1", "2025-03-01 08:00"), _post("a2", "2025-03-29 20:00")]))
    rep = compute(data, YEAR, coverage=coverage([("facebook", D(2025, 3, 1), D(2025, 3, 31))]))
    assert rep.overall["longest_gap_days"] == pytest.approx(28.5)  # 1 March 08:00 -> 29 March 20:00
    assert rep.overall["active_week_share"] == pytest.approx(2 / 6)  # March touches weeks 9..14, posts in 9 and 13


def test_overall_pools_platforms_and_a_platform_without_coverage_counts_every_day():
    posts = [_post("f1", "2025-01-10 00:00"), _post("f2", "2025-01-20 00:00"),
             _post("x1", "2025-06-01 00:00", "x"), _post("x2", "2025-06-04 00:00", "x")]
    data = Dataset.from_frames(posts=pd.DataFrame(posts))
    fb_only = compute(data, YEAR, coverage=coverage([("facebook", D(2025, 1, 10), D(2025, 1, 20))]))
    assert fb_only.by_platform["facebook"]["longest_gap_days"] == pytest.approx(10.0)
    assert fb_only.by_platform["x"]["longest_gap_days"] == pytest.approx(3.0)
    # x has no coverage data, so the pooled series counts every day: 20 January -> 1 June is 132 days
    assert fb_only.overall["longest_gap_days"] == pytest.approx(132.0)
    both = compute(data, YEAR, coverage=coverage([("facebook", D(2025, 1, 10), D(2025, 1, 20)),
                                                  ("x", D(2025, 6, 1), D(2025, 6, 4))]))
    assert both.overall["longest_gap_days"] == pytest.approx(10.0)


def test_prepared_data_keeps_its_coverage_and_compute_can_replace_it():
    prep = prepare(two_exports(), coverage=coverage(SPANS))
    assert compute(prep, YEAR).overall["longest_gap_days"] == pytest.approx(18.0)
    assert compute(prep, YEAR, brand={"facebook": ["a"]}).overall["longest_gap_days"] == pytest.approx(18.0)
    assert compute(prep, YEAR, coverage={}).overall["longest_gap_days"] == pytest.approx(171.0)


def test_a_period_no_export_covers_says_so():
    june = Period.with_previous(D(2025, 6, 1), D(2025, 6, 30))
    rep = compute(two_exports(), june, coverage=coverage(SPANS))
    assert rep.overall["active_week_share"] is None
    assert rep.unavailable["active_week_share"] == "no posts export covers the period"


def test_a_previous_period_without_posts_is_no_earlier_data_not_growth():
    september = Period.with_previous(D(2025, 9, 1), D(2025, 9, 30))  # previous: 2-31 August, nothing in it
    rep = compute(two_exports(), september)
    assert rep.overall["posts"] == 3 and rep.previous["posts"] == 0
    change = rep.changes["posts"]
    assert change.no_earlier and change.absolute is None and change.relative is None  # not "up 3, before: 0"
    assert rep.changes["longest_gap_days"].no_earlier  # needs posts too
    assert rep.to_json()["changes"]["posts"]["no_earlier"] is True


def test_a_covered_previous_period_with_no_posts_is_a_real_zero():
    # an export covering August (with a post on 1 August, outside the previous period 2-31 August)
    data = Dataset.from_frames(posts=pd.concat([two_exports().posts, pd.DataFrame([_post("c1", "2025-08-01 10:00")])]))
    spans = [*SPANS, ("facebook", D(2025, 8, 1), D(2025, 8, 31))]
    rep = compute(data, Period.with_previous(D(2025, 9, 1), D(2025, 9, 30)), coverage=coverage(spans))
    assert rep.previous["posts"] == 0
    assert not rep.changes["posts"].no_earlier and rep.changes["posts"].absolute == 3


def test_changes_with_earlier_data_are_unchanged():
    late = Period.with_previous(D(2025, 9, 16), D(2025, 9, 30))  # previous 1-15 September: b1, b2
    change = compute(two_exports(), late).changes["posts"]
    assert not change.no_earlier and change.absolute == -1 and change.relative == pytest.approx(-0.5)
