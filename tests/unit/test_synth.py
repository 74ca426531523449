"""benchmarks/synth.py: deterministic, valid threads, canonical CSV form."""

from __future__ import annotations

import pandas as pd

from benchmarks.synth import large_dataset, write_large_csvs


def test_same_seed_same_data_and_valid_threads():
    a = large_dataset(posts=300, comments=3000, seed=3)
    b = large_dataset(posts=300, comments=3000, seed=3)
    pd.testing.assert_frame_equal(a.comments, b.comments)
    assert not a.comments.equals(large_dataset(posts=300, comments=3000, seed=4).comments)
    c = a.comments
    assert len(a.posts) == 300 and len(c) == 3000
    assert c["created_at"].is_monotonic_increasing
    by_id = c.set_index("comment_id")["created_at"]
    replies = c[c["parent_id"].notna()]
    assert replies["parent_id"].isin(by_id.index).all()
    assert (replies["created_at"].to_numpy() > by_id.loc[replies["parent_id"]].to_numpy()).all()
    # a reply stays on its parent's post
    post_of = c.set_index("comment_id")["post_id"]
    assert (replies["post_id"].to_numpy() == post_of.loc[replies["parent_id"]].to_numpy()).all()
    # brand comments are replies; the posts' comment counts are the comments in the data
    assert c.loc[c["is_brand"], "parent_id"].notna().all()
    counts = c["post_id"].value_counts()
    assert (a.posts.set_index("post_id")["comments"] == counts.reindex(a.posts["post_id"]).fillna(0).to_numpy()).all()
    assert 0.03 < c["text"].str.contains("\n").mean() < 0.08
    top = c[~c["is_brand"]]["author_id"].value_counts()
    assert top.iloc[0] > 20 * top.median()  # heavy tail


def test_write_large_csvs_canonical_form(tmp_path):
    paths = write_large_csvs(tmp_path, posts=50, comments=400, seed=1)
    assert set(paths) == {"posts", "comments", "followers", "traffic"}
    comments = pd.read_csv(paths["comments"], dtype=str, keep_default_na=False)
    assert list(comments.columns) == ["platform", "account", "comment_id", "post_id", "parent_id", "author_id",
                                      "author_name", "is_brand", "created_at", "text"]
    assert len(comments) == 400
    assert set(comments["is_brand"]) == {"true", "false"}
    assert comments["created_at"].str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00").all()
    assert (comments["parent_id"] == "").sum() > 0
    followers = pd.read_csv(paths["followers"], dtype=str)
    assert followers["date"].str.fullmatch(r"\d{4}-\d\d-\d\d").all()
