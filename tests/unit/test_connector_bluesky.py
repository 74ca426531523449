"""The Bluesky connector under the real atproto client (httpx), with answers shaped like the AppView's lexicons
(app.bsky.actor.getProfile, app.bsky.feed.getAuthorFeed, app.bsky.feed.getPostThread) replayed by vcrpy."""

from __future__ import annotations

import datetime as dt
import socket

import pandas as pd
import pytest

from lib.connectors import bluesky as bs
from lib.connectors.base import FetchRequest, error_message
from lib.dataset import Dataset
from lib.kpis import Period, compute
from tests.connector_tape import answer, cassette

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
XRPC = "https://public.api.bsky.app/xrpc"
DID = "did:plc:acmecoffee0000000000000"
ANNA, BRUNO, CARLA = "did:plc:anna", "did:plc:bruno", "did:plc:carla"


def uri(did: str, rkey: str) -> str:
    return f"at://{did}/app.bsky.feed.post/{rkey}"


P3, P2, P1, P0 = uri(DID, "3p3"), uri(DID, "3p2"), uri(DID, "3p1"), uri(DID, "3p0")
R1, R2, R3, R4, R5, R6, R7, R8 = (uri(d, f"3r{i}") for i, d in enumerate(
    [ANNA, DID, ANNA, BRUNO, BRUNO, CARLA, BRUNO, CARLA], start=1))


def author(did: str, handle: str) -> dict:
    return {"did": did, "handle": handle, "displayName": handle.split(".")[0].title()}


BRAND = author(DID, "acme.bsky.social")


def post_view(u: str, who: dict, when: str, text: str, *, replies=0, reposts=0, likes=0, quotes=0,
              embed: dict | None = None) -> dict:
    view = {"uri": u, "cid": "bafyreib" + u[-3:], "author": who,
            "record": {"$type": "app.bsky.feed.post", "text": text, "createdAt": when, "langs": ["en"]},
            "replyCount": replies, "repostCount": reposts, "likeCount": likes, "quoteCount": quotes,
            "indexedAt": when, "labels": []}
    if embed:
        view["embed"] = embed
    return view


def node(view: dict, *replies: dict) -> dict:
    return {"$type": "app.bsky.feed.defs#threadViewPost", "post": view, "replies": list(replies)}


PROFILE = {**BRAND, "followersCount": 1840, "followsCount": 210, "postsCount": 96}
FEED1 = {"cursor": "2026-11-10T09:00:00.000Z", "feed": [
    {"post": post_view(P3, BRAND, "2026-11-18T09:00:00.000Z", "Our winter blend is here. Which roast next?",
                       replies=5, reposts=3, likes=40, quotes=1,
                       embed={"$type": "app.bsky.embed.images#view", "images": []})},
    {"post": post_view(uri(CARLA, "3rp"), author(CARLA, "carla.bsky.social"), "2026-11-12T09:00:00.000Z",
                       "Someone else's post", likes=3),
     "reason": {"$type": "app.bsky.feed.defs#reasonRepost", "by": BRAND, "indexedAt": "2026-11-12T10:00:00Z"}},
    {"post": post_view(P2, BRAND, "2026-11-10T09:00:00.000Z", "Closed on Monday for maintenance", likes=12)},
]}
FEED2 = {"feed": [
    {"post": post_view(P1, BRAND, "2026-10-01T08:00:00.000Z", "We are on Bluesky now!", replies=2, reposts=1,
                       likes=25)},
    {"post": post_view(P0, BRAND, "2025-06-01T08:00:00.000Z", "Older than the 12 months", replies=9)},
]}
THREAD3 = {"thread": node(
    post_view(P3, BRAND, "2026-11-18T09:00:00.000Z", "Our winter blend is here. Which roast next?"),
    node(post_view(R1, author(ANNA, "anna.bsky.social"), "2026-11-18T10:00:00.000Z", "Dark, always. Is it vegan?"),
         node(post_view(R2, BRAND, "2026-11-18T11:00:00.000Z", "Yes, fully vegan!"),
              node(post_view(R3, author(ANNA, "anna.bsky.social"), "2026-11-18T11:30:00.000Z",
                             "Great, ordering now")))),
    {"$type": "app.bsky.feed.defs#notFoundPost", "uri": R4, "notFound": True},
    node(post_view(R5, author(BRUNO, "bruno.bsky.social"), "2026-11-18T12:00:00.000Z", "spam spam"),
         node(post_view(R6, author(CARLA, "carla.bsky.social"), "2026-11-18T12:30:00.000Z",
                        "Medium roast please"))),
), "threadgate": {"uri": uri(DID, "3gate"), "cid": "bafygate", "record": {
    "$type": "app.bsky.feed.threadgate", "post": P3, "createdAt": "2026-11-18T13:00:00Z", "hiddenReplies": [R5]}}}
THREAD1 = {"thread": node(
    post_view(P1, BRAND, "2026-10-01T08:00:00.000Z", "We are on Bluesky now!"),
    node(post_view(R7, author(BRUNO, "bruno.bsky.social"), "2026-10-01T09:00:00.000Z", "Welcome!")),
    {"$type": "app.bsky.feed.defs#blockedPost", "uri": R8, "blocked": True,
     "author": {"did": CARLA, "viewer": {"blockedBy": True}}},
)}


def profile() -> dict:
    return answer(f"{XRPC}/app.bsky.actor.getProfile", PROFILE, query={"actor": "acme.bsky.social"})


def feed(body: dict, cursor: str | None = None, **kw) -> dict:
    q = {"actor": DID, "limit": 100, "filter": "posts_no_replies", "includePins": "false", **({"cursor": cursor} if cursor else {})}
    return answer(f"{XRPC}/app.bsky.feed.getAuthorFeed", body, query=q, **kw)


def thread(u: str, body: dict, **kw) -> dict:
    return answer(f"{XRPC}/app.bsky.feed.getPostThread", body, query={"uri": u, "depth": 1000, "parentHeight": 0},
                  **kw)


FULL = [profile(), feed(FEED1), feed(FEED2, FEED1["cursor"]), thread(P3, THREAD3), thread(P1, THREAD1)]


def run(tmp_path, interactions, **request):
    with cassette(tmp_path, interactions):
        return bs.make_fetch(FetchRequest("@acme.bsky.social", now=NOW, **request)).run()


def ts(s: str) -> pd.Timestamp:
    return pd.Timestamp(s, tz="UTC")


def test_posts_are_the_accounts_own_within_twelve_months(tmp_path):
    result = run(tmp_path, FULL)
    assert result.complete and result.account == "acme.bsky.social" and result.account_id == DID
    expected = Dataset.from_frames(posts=pd.DataFrame({
        "platform": "bluesky", "account": "acme.bsky.social", "post_id": [P1, P2, P3],
        "published_at": [ts("2026-10-01 08:00"), ts("2026-11-10 09:00"), ts("2026-11-18 09:00")],
        "post_type": ["post", "post", "photo"],
        "text": ["We are on Bluesky now!", "Closed on Monday for maintenance",
                 "Our winter blend is here. Which roast next?"],
        "permalink": [f"https://bsky.app/profile/acme.bsky.social/post/{r}" for r in ("3p1", "3p2", "3p3")],
        "reactions": [25, 12, 40], "comments": [2, 0, 5], "shares": [1, 0, 4], "saves": [None, None, None],
    })).posts
    pd.testing.assert_frame_equal(result.dataset.posts.sort_values("post_id", ignore_index=True), expected)


def test_reply_trees_keep_parents_three_levels_deep_and_drop_hidden_deleted_blocked(tmp_path):
    comments = run(tmp_path, FULL).dataset.comments.sort_values("created_at", ignore_index=True)
    got = comments[["comment_id", "post_id", "parent_id", "author_id", "author_name", "is_brand", "created_at",
                    "text"]]
    expected = Dataset.from_frames(comments=pd.DataFrame({
        "platform": "bluesky",
        "comment_id": [R7, R1, R2, R3, R6],
        "post_id": [P1, P3, P3, P3, P3],
        # R6 answered R5, which the thread gate hides: it hangs from R5's parent (the post) instead
        "parent_id": [None, None, R1, R2, None],
        "author_id": [BRUNO, ANNA, DID, ANNA, CARLA],
        "author_name": ["bruno.bsky.social", "anna.bsky.social", "acme.bsky.social", "anna.bsky.social",
                        "carla.bsky.social"],
        "is_brand": [False, False, True, False, False],
        "created_at": [ts("2026-10-01 09:00"), ts("2026-11-18 10:00"), ts("2026-11-18 11:00"),
                       ts("2026-11-18 11:30"), ts("2026-11-18 12:30")],
        "text": ["Welcome!", "Dark, always. Is it vegan?", "Yes, fully vegan!", "Great, ordering now",
                 "Medium roast please"],
    })).comments[got.columns]
    pd.testing.assert_frame_equal(got, expected)
    assert not set(comments["comment_id"]) & {R4, R5, R8}


def test_todays_follower_total_and_counts(tmp_path):
    result = run(tmp_path, FULL)
    f = result.dataset.followers
    assert f[["platform", "account", "followers"]].values.tolist() == [["bluesky", "acme.bsky.social", 1840]]
    assert f["date"].tolist() == [pd.Timestamp("2026-11-20")]
    # 1 profile + 2 feed pages + 2 threads (P2 has no replies: no call)
    assert result.counts == {"posts": 3, "comments": 5, "brand_replies": 1, "followers": 1840, "requests": 5}


def test_thread_kpis_from_the_fetched_tables(tmp_path):
    """Audience roots R7, R1, R6: one answered (R1, after 1 h) -> rate 1/3, median 1 h; R1's thread goes on after
    the brand's answer (R3) -> 1 dialogue thread of 3; commenters Anna, Bruno, Carla -> 3."""
    report = compute(run(tmp_path, FULL).dataset, Period.with_previous(dt.date(2026, 9, 1), dt.date(2026, 11, 20)))
    v = report.overall
    assert v["brand_response_rate"] == pytest.approx(1 / 3)
    assert v["brand_response_time_median_h"] == pytest.approx(1.0)
    assert v["dialogue_thread_share"] == pytest.approx(1 / 3)
    assert v["unique_commenters"] == 3


def test_progress_reports_counts_and_cancel_keeps_what_arrived(tmp_path):
    seen = []
    with cassette(tmp_path, FULL):
        fetch = bs.make_fetch(FetchRequest("acme.bsky.social", now=NOW))
        result = fetch.run(progress=seen.append, cancel=lambda: len(seen) == 2)
    assert [(p.stage, p.posts, p.requests) for p in seen] == [("posts", 0, 1), ("posts", 2, 2)]
    assert result.stopped_reason == "cancelled" and not result.complete
    assert sorted(result.dataset.posts["post_id"]) == [P2, P3] and result.counts["followers"] == 1840


def test_rate_limit_mid_fetch_keeps_what_arrived_and_says_when(tmp_path):
    """Threads are fetched oldest first (P1, then P3): the limit on P3 keeps P1's thread, and the fetch says to go
    on from P3's day."""
    limited = thread(P3, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}, status=429,
                     headers={"ratelimit-limit": "3000", "ratelimit-remaining": "0",
                              "ratelimit-reset": "1795177800", "ratelimit-policy": "3000;w=300"})
    result = run(tmp_path, [*FULL[:3], FULL[4], limited])
    assert result.stopped_reason == "rate_limit" and not result.complete
    assert result.rate_limit_reset == dt.datetime(2026, 11, 20, 12, 30, tzinfo=dt.UTC)
    assert len(result.dataset.posts) == 3 and result.dataset.comments["comment_id"].tolist() == [R7]
    assert result.resume_since == dt.date(2026, 11, 18)


def test_unknown_account_is_named(tmp_path):
    missing = answer(f"{XRPC}/app.bsky.actor.getProfile", {"error": "InvalidRequest", "message": "Profile not found"},
                     status=400, query={"actor": "nobody.bsky.social"})
    with cassette(tmp_path, [missing]), pytest.raises(bs.AccountNotFound) as info:
        bs.make_fetch(FetchRequest("nobody.bsky.social", now=NOW)).run()
    assert "Bluesky has no public account nobody.bsky.social" in str(info.value)
    assert "bsky.app/profile/" in str(info.value)
    assert "Bluesky non ha un account pubblico nobody.bsky.social" in error_message(info.value, "it")
    assert info.value.partial is None


def test_server_error_after_the_profile_keeps_the_followers(tmp_path):
    down = feed({"error": "InternalServerError", "message": "Internal Server Error"}, status=500)
    with cassette(tmp_path, [profile(), down]), pytest.raises(bs.Unavailable) as info:
        bs.make_fetch(FetchRequest("acme.bsky.social", now=NOW)).run()
    assert "Bluesky is not answering properly right now (500 server error)" in str(info.value)
    assert info.value.partial is not None and info.value.partial.counts["followers"] == 1840


def test_no_network_is_said_plainly():
    with socket.socket() as s:  # a port nobody listens on: the connection is refused, as without a network
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(bs.NoNetwork, match="Could not reach Bluesky"):
        bs.make_fetch(FetchRequest("acme.bsky.social", api_url=f"http://127.0.0.1:{port}", now=NOW)).run()


def test_refresh_asks_only_for_newer_posts_and_the_last_days(tmp_path):
    """Newest stored post 2026-11-18 09:00; 14 refresh days reach back to 2026-11-06 12:00: the first feed page
    (P3, P2) is enough and the fetch stops paging at P1."""
    newest = dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.UTC)
    feed1_more = {**FEED1, "feed": [*FEED1["feed"], {"post": FEED2["feed"][0]["post"]}]}
    result = run(tmp_path, [profile(), feed(feed1_more), thread(P3, THREAD3)], newest=newest)
    assert sorted(result.dataset.posts["post_id"]) == [P2, P3]
    assert result.counts["requests"] == 3
