"""The Instagram connector on plain requests, with answers shaped like the Instagram Graph API reference (IG User
node, /{ig-user-id}/media with cursor paging, /{media-id}/comments with nested replies, /{comment-id}/replies)
replayed by vcrpy; Meta's error objects from ``responses``."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
import responses

from lib.connectors import base
from lib.connectors import instagram as ig
from lib.connectors.base import FetchRequest, error_message
from lib.dataset import Dataset
from lib.kpis import Period, compute
from tests.connector_tape import answer, cassette

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
GRAPH = "https://graph.facebook.com/v23.0"
TOKEN = "EAAGm0PX4ZCpsBAFakeInstagramTokenForConversaTests0123456789ZDZD"
IG_ID = "17841400000000001"
M3, M2, M1, M0 = "17900000000000003", "17900000000000002", "17900000000000001", "17900000000000000"
K = {i: f"1800000000000000{i}" for i in range(1, 8)}


def media(mid: str, when: str, kind: str, likes: int, comments: int, caption: str, product: str = "FEED") -> dict:
    return {"id": mid, "caption": caption, "media_type": kind, "media_product_type": product,
            "permalink": f"https://www.instagram.com/p/C{mid[-4:]}/", "timestamp": when, "like_count": likes,
            "comments_count": comments}


def comment(cid: str, user: str, uid: str, when: str, text: str, hidden: bool = False, replies: dict | None = None
            ) -> dict:
    body = {"id": cid, "text": text, "timestamp": when, "username": user, "from": {"id": uid, "username": user},
            "hidden": hidden}
    if replies is not None:
        body["replies"] = replies
    return body


def paged(data: list, after: str | None = None) -> dict:
    return {"data": data, "paging": {"cursors": {"before": "QVFIUmZAi", "after": after or "QVFIUmxhc3Q"},
                                     **({"next": f"{GRAPH}/x?after={after}"} if after else {})}}


USER = {"id": IG_ID, "username": "acmecoffee", "name": "Acme Coffee", "followers_count": 4100, "media_count": 120}
MEDIA1 = paged([media(M3, "2026-11-18T09:00:00+0000", "IMAGE", 80, 5, "Winter blend: which roast next?"),
                media(M2, "2026-11-10T09:00:00+0000", "VIDEO", 300, 0, "Behind the roaster", "REELS")], "QVFIUm0y")
MEDIA2 = paged([media(M1, "2026-10-01T08:00:00+0000", "CAROUSEL_ALBUM", 50, 1, "We are on Instagram"),
                media(M0, "2025-06-01T08:00:00+0000", "IMAGE", 9, 9, "Older than the 12 months")])
COMMENTS3 = paged([
    comment(K[1], "anna.r", "5001", "2026-11-18T10:00:00+0000", "Is it vegan?", replies=paged([
        comment(K[2], "acmecoffee", IG_ID, "2026-11-18T11:00:00+0000", "@anna.r Yes, fully vegan!"),
        comment(K[3], "anna.r", "5001", "2026-11-18T11:30:00+0000", "Great, ordering now"),
    ], "UjI")),
    comment(K[5], "bruno.spam", "5002", "2026-11-18T12:00:00+0000", "follow me for followers", hidden=True,
            replies=paged([comment(K[6], "carla.b", "5003", "2026-11-18T12:30:00+0000", "Medium roast please")])),
])
REPLIES1 = paged([comment(K[4], "erin.v", "5005", "2026-11-18T12:00:00+0000", "Me too")])
COMMENTS1 = paged([comment(K[7], "dario.v", "5004", "2026-10-01T09:00:00+0000", "Welcome!")])


def node(**kw) -> dict:
    return answer(f"{GRAPH}/{IG_ID}", USER, query={"fields": "id,username,name,followers_count,media_count"}, **kw)


def media_page(body, after: str | None = None) -> dict:
    return answer(f"{GRAPH}/{IG_ID}/media", body, query={"fields": ig.MEDIA_FIELDS, "limit": 100,
                                                         **({"after": after} if after else {})})


def comments(mid: str, body) -> dict:
    return answer(f"{GRAPH}/{mid}/comments", body, query={"fields": ig.COMMENT_FIELDS, "limit": 50})


FULL = [node(), media_page(MEDIA1), media_page(MEDIA2, "QVFIUm0y"), comments(M3, COMMENTS3),
        answer(f"{GRAPH}/{K[1]}/replies", REPLIES1, query={"fields": ig.REPLY_FIELDS, "limit": 50, "after": "UjI"}),
        comments(M1, COMMENTS1)]


def fetch(**request) -> ig.InstagramFetch:
    return ig.make_fetch(FetchRequest(IG_ID, token=TOKEN, now=NOW, **request))


def run(tmp_path, interactions, **request):
    with cassette(tmp_path, interactions, filter_query=("access_token",)):
        return fetch(**request).run()


def ts(s: str) -> pd.Timestamp:
    return pd.Timestamp(s, tz="UTC")


def test_media_within_twelve_months_with_likes_and_comments(tmp_path):
    result = run(tmp_path, FULL)
    assert result.complete and result.account == "acmecoffee" and result.account_id == IG_ID
    expected = Dataset.from_frames(posts=pd.DataFrame({
        "platform": "instagram", "account": "acmecoffee", "post_id": [M1, M2, M3],
        "published_at": [ts("2026-10-01 08:00"), ts("2026-11-10 09:00"), ts("2026-11-18 09:00")],
        "post_type": ["carousel", "reel", "photo"],
        "text": ["We are on Instagram", "Behind the roaster", "Winter blend: which roast next?"],
        "permalink": [f"https://www.instagram.com/p/C{m[-4:]}/" for m in (M1, M2, M3)],
        "reactions": [50, 300, 80], "comments": [1, 0, 5],
    })).posts
    pd.testing.assert_frame_equal(result.dataset.posts.sort_values("post_id", ignore_index=True), expected)


def test_comments_with_every_reply_one_level_deep_and_hidden_ones_left_out(tmp_path):
    result = run(tmp_path, FULL)
    c = result.dataset.comments.sort_values("created_at", ignore_index=True)
    got = c[["comment_id", "post_id", "parent_id", "author_id", "author_name", "is_brand", "created_at"]]
    expected = Dataset.from_frames(comments=pd.DataFrame({
        "platform": "instagram",
        "comment_id": [K[7], K[1], K[2], K[3], K[4], K[6]],
        "post_id": [M1, M3, M3, M3, M3, M3],
        # Anna's answer to the brand's reply is filed under her first comment, as Instagram keeps it; K6 answered
        # the hidden K5 and hangs from the post instead
        "parent_id": [None, None, K[1], K[1], K[1], None],
        "author_id": ["5004", "5001", IG_ID, "5001", "5005", "5003"],
        "author_name": ["dario.v", "anna.r", "acmecoffee", "anna.r", "erin.v", "carla.b"],
        "is_brand": [False, False, True, False, False, False],
        "created_at": [ts("2026-10-01 09:00"), ts("2026-11-18 10:00"), ts("2026-11-18 11:00"),
                       ts("2026-11-18 11:30"), ts("2026-11-18 12:00"), ts("2026-11-18 12:30")],
    })).comments[got.columns]
    pd.testing.assert_frame_equal(got, expected)
    assert result.notes == ("instagram_depth",)
    assert result.counts == {"posts": 3, "comments": 6, "brand_replies": 1, "followers": 4100, "requests": 6}


def test_thread_kpis_from_the_fetched_tables(tmp_path):
    """Audience roots K7, K1, K6: K1 answered after 1 h -> rate 1/3, median 1 h; Anna wrote again after the answer
    -> 1 dialogue thread of 3; commenters Anna, Carla, Dario, Erin -> 4."""
    report = compute(run(tmp_path, FULL).dataset, Period.with_previous(dt.date(2026, 9, 1), dt.date(2026, 11, 20)))
    v = report.overall
    assert v["brand_response_rate"] == pytest.approx(1 / 3)
    assert v["brand_response_time_median_h"] == pytest.approx(1.0)
    assert v["dialogue_thread_share"] == pytest.approx(1 / 3)
    assert v["unique_commenters"] == 4


@responses.activate
def test_a_token_without_instagram_manage_comments_is_named_and_the_media_kept():
    responses.get(f"{GRAPH}/{IG_ID}", json=USER)
    responses.get(f"{GRAPH}/{IG_ID}/media", json=MEDIA2)
    responses.get(f"{GRAPH}/{M1}/comments", status=403, json={"error": {
        "message": "(#10) Application does not have permission for this action", "type": "OAuthException",
        "code": 10, "fbtrace_id": "AbC"}})
    with pytest.raises(base.MissingPermission) as info:
        fetch().run()
    assert "lacks the permission instagram_manage_comments" in str(info.value)
    assert "Graph API Explorer" in str(info.value) and "Tool di esplorazione" in error_message(info.value, "it")
    assert info.value.partial is not None and info.value.partial.counts["posts"] == 1


@responses.activate
def test_a_username_instead_of_the_user_id_says_where_to_find_the_id():
    responses.get(f"{GRAPH}/acmecoffee", status=400, json={"error": {
        "message": "(#803) Some of the aliases you requested do not exist: acmecoffee", "type": "OAuthException",
        "code": 803, "fbtrace_id": "AbC"}})
    with pytest.raises(base.AccountNotFound) as info:
        ig.make_fetch(FetchRequest("acmecoffee", token=TOKEN, now=NOW)).run()
    assert "Instagram has no public account acmecoffee" in str(info.value)
    assert "instagram_business_account" in str(info.value)
