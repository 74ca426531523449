"""Canonical schema and Dataset: dtypes, validation messages, merge without double counting, filters."""

import datetime as dt

import pandas as pd
import pytest

from lib import schema
from lib.dataset import Dataset
from lib.errors import SchemaError
from lib.schema import COMMENTS, POSTS, Comments, Posts


def _posts(rows):
    return pd.DataFrame(rows, columns=[Posts.platform, Posts.post_id, Posts.published_at, Posts.comments, Posts.text])


def test_coerce_keeps_long_ids_exact_and_counts_nullable():
    d = Dataset.from_frames(posts=_posts([["x", "1902620805600833905", "2025-03-20T10:00:00+01:00", None, "hi?"]]))
    assert d.posts[Posts.post_id].iloc[0] == "1902620805600833905"
    assert d.posts[Posts.comments].isna().iloc[0]  # unknown, not zero
    assert d.posts[Posts.reach].isna().all()  # a column the export lacks is null
    assert d.posts[Posts.published_at].iloc[0] == pd.Timestamp("2025-03-20T09:00:00Z")
    assert bool(d.posts[Posts.is_question].iloc[0]) is True
    assert schema.validate(POSTS, d.posts) == []


def test_validate_names_what_is_wrong():
    bad = schema.empty(COMMENTS).drop(columns=[Comments.author_id])
    problems = schema.validate(COMMENTS, bad)
    assert any("author_id" in p for p in problems)


def test_float_ids_are_refused():
    with pytest.raises(SchemaError, match="post_id"):
        Dataset.from_frames(posts=pd.DataFrame({Posts.platform: ["x"], Posts.post_id: [1.0],
                                                Posts.published_at: ["2025-01-01T00:00:00Z"]}))


def test_unknown_platform_is_reported():
    with pytest.raises(SchemaError, match="unknown platform"):
        Dataset.from_frames(posts=_posts([["myspace", "1", "2025-01-01T00:00:00Z", 1, ""]]))


def test_merge_newer_snapshot_wins_without_double_counting():
    old = Dataset.from_frames(posts=_posts([["x", "1", "2025-01-01T10:00:00Z", 1, "a"],
                                            ["x", "2", "2025-01-02T10:00:00Z", 2, "b"]]))
    new = Dataset.from_frames(posts=_posts([["x", "2", "2025-01-02T10:00:00Z", 7, "b"],
                                            ["facebook", "2", "2025-01-02T10:00:00Z", 3, "c"]]))
    merged = old.merge(new)
    assert len(merged.posts) == 3
    got = merged.posts.set_index([Posts.platform, Posts.post_id])[Posts.comments]
    assert got[("x", "2")] == 7 and got[("x", "1")] == 1 and got[("facebook", "2")] == 3
    assert Dataset.merge_all([old, new]).posts[Posts.comments].sum() == 11


def test_filter_by_period_in_time_zone_and_platform():
    d = Dataset.from_frames(posts=_posts([["x", "1", "2025-01-01T23:30:00Z", 1, ""],
                                          ["facebook", "2", "2025-01-02T10:00:00Z", 1, ""]]))
    # 23:30 UTC on 1 Jan is 2 Jan in Rome
    assert len(d.filter(since=dt.date(2025, 1, 2), tz="Europe/Rome").posts) == 2
    assert len(d.filter(since=dt.date(2025, 1, 2)).posts) == 1
    assert d.filter(platforms=["x"]).posts[Posts.platform].tolist() == ["x"]
