"""Property tests: row order never matters; brand comments never change audience KPIs."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from lib.dataset import Dataset
from lib.kpis import Period, compute

PERIOD = Period.with_previous(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
START = pd.Timestamp("2025-02-10", tz="UTC")
TEXTS = ["great!", "😍", "Do you deliver on Sunday morning?", "Grazie mille a tutti",
         "Il pane di ieri era ancora morbido", "@bakery where is the shop?"]
AUDIENCE = ["u1", "u2", "u3", "u4", "u5"]
AUDIENCE_KPIS = ("unique_commenters", "returning_commenter_share", "tribe_size", "top10_commenter_share",
                 "commenter_gini", "substantive_comment_share")


@st.composite
def workspaces(draw):
    n_posts = draw(st.integers(1, 6))
    posts = []
    for i in range(n_posts):
        posts.append({
            "platform": draw(st.sampled_from(["facebook", "x"])), "account": "bakery", "post_id": f"p{i}",
            "published_at": START + pd.Timedelta(hours=draw(st.integers(0, 24 * 50))),
            "text": draw(st.sampled_from(["Which bread?", "Fresh bread"])),
            "reactions": draw(st.integers(0, 50)), "shares": draw(st.integers(0, 5)),
            "comments": draw(st.one_of(st.none(), st.integers(0, 9))),
        })
    comments = []
    for j in range(draw(st.integers(0, 20))):
        parent = draw(st.one_of(st.none(), st.integers(0, j - 1))) if j else None
        if parent is None:
            post = draw(st.one_of(st.none(), st.sampled_from(posts)))
            platform = post["platform"] if post else draw(st.sampled_from(["facebook", "x"]))
            when = START + pd.Timedelta(hours=draw(st.integers(0, 24 * 50)))
            post_id = post["post_id"] if post else None
        else:
            up = comments[parent]
            platform, post_id = up["platform"], up["post_id"]
            when = up["created_at"] + pd.Timedelta(minutes=draw(st.integers(0, 60 * 24 * 5)))
        brand = draw(st.booleans())
        comments.append({
            "platform": platform, "account": "bakery", "comment_id": f"c{j}", "post_id": post_id,
            "parent_id": None if parent is None else f"c{parent}",
            "author_id": "bakery" if brand else draw(st.sampled_from(AUDIENCE)),
            "is_brand": True if brand else None, "created_at": when, "text": draw(st.sampled_from(TEXTS)),
        })
    return pd.DataFrame(posts), pd.DataFrame(comments) if comments else None


def _same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return a == pytest.approx(b, rel=1e-9, abs=1e-12)


# no shrinking phase: a failing example is printed as generated, and the suite stays fast
FAST = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                phases=[Phase.explicit, Phase.reuse, Phase.generate])


@FAST
@given(workspaces(), st.randoms(use_true_random=False))
def test_shuffling_rows_changes_nothing(frames, rnd):
    posts, comments = frames
    base = compute(Dataset.from_frames(posts=posts, comments=comments), PERIOD)
    perm_p = list(range(len(posts)))
    rnd.shuffle(perm_p)
    shuffled_c = None
    if comments is not None:
        perm_c = list(range(len(comments)))
        rnd.shuffle(perm_c)
        shuffled_c = comments.iloc[perm_c]
    other = compute(Dataset.from_frames(posts=posts.iloc[perm_p], comments=shuffled_c), PERIOD)
    for key, value in base.overall.items():
        assert _same(value, other.overall[key]), key
        assert _same(base.previous[key], other.previous[key]), key
    for plat, values in base.by_platform.items():
        for key, value in values.items():
            assert _same(value, other.by_platform[plat][key]), (plat, key)
    assert dict(base.unavailable) == dict(other.unavailable)
    for name in ("posts_ranked", "commenters", "brand_response_time_histogram", "follower_spike_days"):
        pd.testing.assert_frame_equal(base.tables[name], other.tables[name])


@FAST
@given(workspaces(), st.lists(st.tuples(st.integers(0, 19), st.integers(0, 60 * 24 * 40)), max_size=8))
def test_brand_comments_never_change_audience_kpis(frames, extra):
    posts, comments = frames
    base = compute(Dataset.from_frames(posts=posts, comments=comments), PERIOD)
    rows = []
    for k, (target, minutes) in enumerate(extra):
        if comments is not None and target < len(comments):
            up = comments.iloc[target]
            parent, platform, post_id = up["comment_id"], up["platform"], up["post_id"]
        else:
            parent, platform, post_id = None, "facebook", None
        rows.append({"platform": platform, "account": "bakery", "comment_id": f"b{k}", "post_id": post_id,
                     "parent_id": parent, "author_id": "bakery", "is_brand": True,
                     "created_at": START + pd.Timedelta(minutes=minutes), "text": "Thanks, see you soon at the shop!"})
    more = pd.concat([c for c in (comments, pd.DataFrame(rows)) if c is not None and len(c)], ignore_index=True) \
        if rows else comments
    other = compute(Dataset.from_frames(posts=posts, comments=more), PERIOD)
    for key in AUDIENCE_KPIS:
        assert _same(base.overall[key], other.overall[key]) or base.overall[key] is None, key
        for plat, values in base.by_platform.items():
            if plat in other.by_platform and values[key] is not None:
                assert _same(values[key], other.by_platform[plat][key]), (plat, key)
    assert np.isfinite(other.overall["networking_index"] or 0.0)
