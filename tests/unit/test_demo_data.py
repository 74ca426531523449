"""The committed demo workspace: regenerating reproduces it byte for byte, and the story is in the CSVs."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from lib import schema
from lib.dataset import Dataset
from sample_data.generate import main

DEMO = Path(__file__).resolve().parents[2] / "sample_data"
FILES = ("posts.csv", "comments.csv", "followers.csv", "traffic.csv", "settings.json")
PLATFORMS = ["facebook", "instagram", "linkedin", "x", "youtube"]


@pytest.fixture(scope="module")
def demo() -> dict[str, pd.DataFrame]:
    read = {"keep_default_na": False, "dtype": str}
    frames = {name: pd.read_csv(DEMO / f"{name}.csv", **read) for name in ("posts", "comments", "followers", "traffic")}
    for name, cols in {"posts": ["reactions", "comments"], "followers": ["followers", "gained", "lost"],
                       "traffic": ["sessions", "conversions", "revenue"]}.items():
        frames[name][cols] = frames[name][cols].apply(pd.to_numeric)
    c = frames["comments"]
    c["brand"] = c["is_brand"] == "true"
    c["t"] = pd.to_datetime(c["created_at"])
    return frames


def test_regenerating_reproduces_the_committed_files_byte_for_byte(tmp_path):
    assert main(["--out", str(tmp_path)]) == 0
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (DEMO / name).read_bytes(), name


def test_files_are_canonical_csv_and_load_as_a_valid_dataset(demo):
    for name, spec in schema.TABLES.items():
        header = (DEMO / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header == ",".join(spec.columns)
    raw = {n: pd.read_csv(DEMO / f"{n}.csv", dtype=str, keep_default_na=False) for n in schema.TABLES}
    assert raw["comments"]["created_at"].str.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00").all()
    assert set(raw["comments"]["is_brand"]) == {"true", "false"}
    data = Dataset.from_frames(**{n: f.replace("", None) for n, f in raw.items()})
    assert (len(data.posts), len(data.comments)) == (len(raw["posts"]), len(raw["comments"]))
    assert 500 <= len(data.posts) <= 700 and 6_000 <= len(data.comments) <= 10_000
    assert data.platforms == PLATFORMS
    assert data.date_range() == (pd.Timestamp("2025-11-01").date(), pd.Timestamp("2026-10-31").date())


def test_settings():
    settings = json.loads((DEMO / "settings.json").read_text(encoding="utf-8"))
    assert settings["client_name"] == "Forno Rossi"
    assert settings["tz"] == "Europe/Rome" and settings["language"] == "en"
    assert sorted(settings["brand_handles"]) == sorted(PLATFORMS)


def test_post_comment_counts_match_the_threads_and_replies_follow_parents(demo):
    posts, c = demo["posts"], demo["comments"]
    counts = c["post_id"].value_counts()
    assert (posts.set_index("post_id")["comments"] == counts.reindex(posts["post_id"]).fillna(0).to_numpy()).all()
    replies = c[c["parent_id"] != ""]
    parent_t = c.set_index("comment_id")["t"].reindex(replies["parent_id"]).to_numpy()
    assert (replies["t"].to_numpy() > parent_t).all()
    assert c.loc[c["brand"], "author_name"].eq("Forno Rossi").all()


def test_a_bought_follower_spike_with_no_rise_in_engagement(demo):
    f, posts = demo["followers"], demo["posts"]
    spike = f[f["gained"] >= 4_000]
    assert len(spike) == 1 and spike["platform"].iloc[0] == "instagram"
    day = pd.Timestamp(spike["date"].iloc[0])
    assert abs(spike["gained"].iloc[0] - 5_000) <= 100  # a round number
    ig = posts[posts["platform"] == "instagram"]
    published = pd.to_datetime(ig["published_at"]).dt.tz_convert("Europe/Rome").dt.tz_localize(None).dt.normalize()
    assert not published.between(day, day + pd.Timedelta(days=2)).any()
    before = ig[(published >= day - pd.Timedelta(days=60)) & (published < day)]["reactions"].mean()
    after = ig[(published > day) & (published <= day + pd.Timedelta(days=60))]["reactions"].mean()
    assert after < before * 1.25  # 50% more followers, no more likes
    # the totals are consistent with the daily gains and losses
    for _, g in f.groupby("platform"):
        assert len(g) == 365
        assert (g["followers"].diff().iloc[1:] == (g["gained"] - g["lost"]).iloc[1:]).all()


def test_instagram_likes_a_lot_and_talks_little_facebook_talks(demo):
    posts, c = demo["posts"], demo["comments"]
    audience = c[~c["brand"]].groupby("platform").size()
    ratio = posts.groupby("platform")["reactions"].sum() / audience
    assert ratio["instagram"] > 10 * ratio["facebook"]
    last = demo["followers"].groupby("platform")["followers"].last()
    assert last["facebook"] < last["instagram"] / 3
    assert audience["facebook"] > audience["instagram"]


def test_brand_replies_thin_out_as_the_audience_grows(demo):
    c = demo["comments"]
    top = c[(c["parent_id"] == "") & ~c["brand"]].set_index("comment_id")
    first_reply = c[c["brand"] & c["parent_id"].isin(top.index)].groupby("parent_id")["t"].min()
    top["answered"] = top.index.isin(first_reply.index)
    hours = (first_reply - top["t"].reindex(first_reply.index)).dt.total_seconds() / 3600
    early = top["t"] < pd.Timestamp("2026-02-01", tz="UTC")
    late = top["t"] >= pd.Timestamp("2026-08-01", tz="UTC")
    assert top.loc[early, "answered"].mean() > top.loc[late, "answered"].mean() + 0.2
    early_h = hours[top.loc[hours.index, "t"] < pd.Timestamp("2026-02-01", tz="UTC")].median()
    late_h = hours[top.loc[hours.index, "t"] >= pd.Timestamp("2026-08-01", tz="UTC")].median()
    assert late_h > 3 * early_h


def test_a_tribe_of_regulars_and_a_crowd_of_one_offs(demo):
    c = demo["comments"]
    audience = c[~c["brand"]]
    posts_per_author = audience.groupby(["platform", "author_id"])["post_id"].nunique()
    assert (posts_per_author >= 10).sum() >= 10
    assert (posts_per_author == 1).mean() > 0.6
    for generic in ("great!", "😍😍😍", "Bravi!"):
        assert (audience["text"] == generic).any()


def test_question_posts_draw_more_comments(demo):
    posts = demo["posts"]
    posts["question"] = posts["text"].str.contains("?", regex=False)
    for platform, g in posts.groupby("platform"):
        assert g["question"].sum() >= 5, platform
        means = g.groupby("question")["comments"].mean()
        assert means[True] > 1.5 * means[False], platform


def test_dialogue_threads_languages_and_multi_line_texts(demo):
    c = demo["comments"]
    brand_ids = set(c.loc[c["brand"], "comment_id"])
    assert (~c["brand"] & c["parent_id"].isin(brand_ids)).sum() >= 300  # the audience answers the brand
    text = c.loc[~c["brand"], "text"]
    for marker in ("¿", "Est-ce", "Habt ihr", "Czy", "Vocês", "Siete", "Do you"):
        assert text.str.contains(marker, regex=False).any(), marker
    multi = c["text"].str.contains("\n")
    assert 0.02 < multi.mean() < 0.1
    assert c.loc[multi, "text"].str.contains('"').any() and c.loc[multi, "text"].str.contains(",").any()


def test_traffic_from_every_channel_with_conversions_and_revenue(demo):
    t = demo["traffic"].groupby("platform")[["sessions", "conversions", "revenue"]].sum()
    assert list(t.index) == PLATFORMS
    assert (t > 0).all().all()
    assert t.loc["facebook", "conversions"] / t.loc["facebook", "sessions"] > \
        2 * t.loc["instagram", "conversions"] / t.loc["instagram", "sessions"]
