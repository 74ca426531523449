"""A fetch and the real Meta Business Suite export of the same Facebook Page or Instagram account merge: the same
account name and post ids, so a post in both counts once and the fetch's newer figures win (skipped without
../shared/samples)."""

from __future__ import annotations

import datetime as dt

from lib.connectors import facebook as fb
from lib.connectors import instagram as ig
from lib.connectors.base import FetchRequest
from lib.dataset import Dataset
from tests.connector_tape import answer, cassette

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
GRAPH = "https://graph.facebook.com/v23.0"
TOKEN = "EAAGm0PX4ZCpsBAFakeSampleTokenForConversaTests0123456789ZDZD"


def _export(samples, relative: str) -> Dataset:
    from lib.importers import import_paths

    return import_paths([str(samples / relative)])[0].dataset


def test_a_facebook_fetch_and_the_real_export_of_the_page_merge(tmp_path, samples):
    export = _export(samples, "meta_facebook/pc_merchandise_2025/Sep-01-2025_Sep-30-2025_2855862537940540.csv")
    first = export.posts.sort_values("published_at").iloc[0]
    page_id = "100064197037125"  # the export's Page ID column
    since = dt.date(2025, 9, 1)
    post = {"id": f"{page_id}_{first['post_id']}", "created_time": "2025-09-02T04:13:00+0000", "message": "rig",
            "status_type": "added_photos", "permalink_url": first["permalink"],
            "reactions": {"summary": {"total_count": 99}}, "comments": {"summary": {"total_count": 0}}}
    tape = [answer(f"{GRAPH}/{page_id}", {"id": page_id, "name": "PC Merchandise", "followers_count": 5000},
                   query={"fields": "id,name,username,followers_count,fan_count"}),
            answer(f"{GRAPH}/{page_id}/posts", {"data": [post], "paging": {"cursors": {"after": "x"}}}, query={
                "fields": fb.POST_FIELDS, "limit": 100,
                "since": int(dt.datetime.combine(since, dt.time(), dt.UTC).timestamp())})]
    with cassette(tmp_path, tape, filter_query=("access_token",)):
        fetched = fb.make_fetch(FetchRequest(page_id, token=TOKEN, since=since, now=NOW)).run().dataset
    assert fetched.posts[["account", "post_id"]].values.tolist() == [[first["account"], first["post_id"]]]
    merged = Dataset.merge_all([export, fetched])
    assert len(merged.posts) == len(export.posts)
    assert merged.posts.loc[merged.posts["post_id"] == first["post_id"], "reactions"].tolist() == [99]


def test_an_instagram_fetch_and_the_real_export_of_the_account_merge(tmp_path, samples):
    export = _export(samples, "meta_sv_locale_sveriges_radio/Insta riks Feb-01-2026_Feb-28-2026_1165513388845152.csv")
    first = export.posts.iloc[0]
    user_id = "17841400000000077"
    media = {"id": first["post_id"], "caption": "x", "media_type": "CAROUSEL_ALBUM", "media_product_type": "FEED",
             "permalink": "https://www.instagram.com/p/x/", "timestamp": "2026-02-04T15:45:00+0000",
             "like_count": 1234, "comments_count": 0}
    tape = [answer(f"{GRAPH}/{user_id}", {"id": user_id, "username": first["account"], "followers_count": 90000},
                   query={"fields": "id,username,name,followers_count,media_count"}),
            answer(f"{GRAPH}/{user_id}/media", {"data": [media], "paging": {"cursors": {"after": "x"}}},
                   query={"fields": ig.MEDIA_FIELDS, "limit": 100})]
    with cassette(tmp_path, tape, filter_query=("access_token",)):
        fetched = ig.make_fetch(FetchRequest(user_id, token=TOKEN, now=NOW)).run().dataset
    merged = Dataset.merge_all([export, fetched])
    assert len(merged.posts) == len(export.posts)
    assert merged.posts.loc[merged.posts["post_id"] == first["post_id"], "reactions"].tolist() == [1234]
    assert merged.posts.loc[merged.posts["post_id"] == first["post_id"], "account"].tolist() == ["barnradion"]
