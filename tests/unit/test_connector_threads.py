"""The Threads connector on plain requests, with answers shaped like the Threads API reference (Threads User,
/{user-id}/threads with cursor paging, /{media-id}/insights, /{media-id}/conversation, /{user-id}/threads_insights)
replayed by vcrpy; Meta's error objects from ``responses``; the CLI against a loopback replay server."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
import responses

from lib.connectors import base
from lib.connectors import threads as th
from lib.connectors.base import FetchRequest, error_message
from lib.dataset import Dataset
from lib.kpis import Period, compute
from tests.connector_tape import answer, cassette, serve

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
API = "https://graph.threads.net/v1.0"
TOKEN = "THAAFakeThreadsUserTokenForConversaTests0123456789abcdefghijklmnop"
USER_ID = "25000000000000001"
SINCE = int(dt.datetime(2025, 11, 20, tzinfo=dt.UTC).timestamp())
T3, TR, T2, T1, T0 = (f"1800000000000{n}" for n in ("0003", "0099", "0002", "0001", "0000"))
Q = {i: f"1810000000000000{i}" for i in range(1, 8)}


def post(pid: str, when: str, text: str, kind: str = "TEXT_POST", quote: bool = False) -> dict:
    return {"id": pid, "media_product_type": "THREADS", "media_type": kind, "text": text,
            "permalink": f"https://www.threads.com/@acmecoffee/post/C{pid[-4:]}", "timestamp": when,
            "username": "acmecoffee", "is_quote_post": quote}


def reply(rid: str, user: str, when: str, text: str, to: str, status: str = "NOT_HUSHED", mine: bool = False) -> dict:
    return {"id": rid, "text": text, "timestamp": when, "username": user, "replied_to": {"id": to}, "is_reply": True,
            "hide_status": status, "is_reply_owned_by_me": mine}


def paged(data: list, after: str | None = None) -> dict:
    return {"data": data, "paging": {"cursors": {"before": "QVFIUmJl", "after": after or "QVFIUmxh"},
                                     **({"next": f"{API}/x?after={after}"} if after else {})}}


def insights(**values) -> dict:
    return {"data": [{"name": k, "period": "lifetime", "values": [{"value": v}], "title": k, "description": "",
                      "id": f"x/insights/{k}/lifetime"} for k, v in values.items()]}


USER = {"id": USER_ID, "username": "acmecoffee", "name": "Acme Coffee"}
FOLLOWERS = {"data": [{"name": "followers_count", "period": "day", "title": "followers_count", "description": "",
                       "total_value": {"value": 760}, "id": f"{USER_ID}/insights/followers_count/day"}]}
THREADS1 = paged([post(T3, "2026-11-18T09:00:00+0000", "Winter blend is out. Which roast next?"),
                  {**post(TR, "2026-11-12T09:00:00+0000", ""), "media_type": "REPOST_FACADE"},
                  post(T2, "2026-11-10T09:00:00+0000", "New mugs", "IMAGE")], "QVFIUnQy")
THREADS2 = paged([post(T1, "2026-10-01T08:00:00+0000", "We are on Threads", quote=True),
                  post(T0, "2025-06-01T08:00:00+0000", "Older than the 12 months")])
CONVERSATION3_1 = paged([reply(Q[1], "anna.r", "2026-11-18T10:00:00+0000", "Dark, always. Is it vegan?", T3),
                         reply(Q[2], "acmecoffee", "2026-11-18T11:00:00+0000", "Yes, fully vegan!", Q[1], mine=True),
                         reply(Q[3], "anna.r", "2026-11-18T11:30:00+0000", "Great, ordering now", Q[2])], "QVFIUmMy")
CONVERSATION3_2 = paged([reply(Q[4], "bruno.spam", "2026-11-18T12:00:00+0000", "follow me", T3, "HIDDEN"),
                         reply(Q[5], "carla.b", "2026-11-18T12:30:00+0000", "Medium roast please", Q[4]),
                         reply(Q[6], "dario.v", "2026-11-18T13:00:00+0000", "Agreed!", "18100000000000099")])
CONVERSATION1 = paged([reply(Q[7], "bruno.n", "2026-10-01T09:00:00+0000", "Welcome!", T1)])


def user(**kw) -> dict:
    return answer(f"{API}/{USER_ID}", USER, query={"fields": "id,username,name"}, **kw)


def threads(body, after: str | None = None) -> dict:
    return answer(f"{API}/{USER_ID}/threads", body, query={"fields": th.POST_FIELDS, "limit": 100, "since": SINCE,
                                                           **({"after": after} if after else {})})


def media_insights(pid: str, body, **kw) -> dict:
    return answer(f"{API}/{pid}/insights", body, query={"metric": th.METRICS}, **kw)


def conversation(pid: str, body, after: str | None = None) -> dict:
    return answer(f"{API}/{pid}/conversation", body, query={"fields": th.REPLY_FIELDS, "reverse": "false",
                                                            "limit": 100, **({"after": after} if after else {})})


START = [user(), answer(f"{API}/{USER_ID}/threads_insights", FOLLOWERS, query={"metric": "followers_count"}),
         threads(THREADS1), threads(THREADS2, "QVFIUnQy")]
INSIGHTS = [media_insights(T3, insights(views=1500, likes=40, replies=5, reposts=2, quotes=1)),
            media_insights(T2, insights(views=300, likes=10, replies=0, reposts=0, quotes=0)),
            media_insights(T1, insights(views=900, likes=25, replies=1, reposts=1, quotes=0))]
FULL = [*START, *INSIGHTS, conversation(T3, CONVERSATION3_1), conversation(T3, CONVERSATION3_2, "QVFIUmMy"),
        conversation(T1, CONVERSATION1)]


def fetch(**request) -> th.ThreadsFetch:
    return th.make_fetch(FetchRequest(USER_ID, token=TOKEN, now=NOW, **request))


def run(tmp_path, interactions, **request):
    with cassette(tmp_path, interactions, filter_query=("access_token",)):
        return fetch(**request).run()


def ts(s: str) -> pd.Timestamp:
    return pd.Timestamp(s, tz="UTC")


def test_posts_with_their_insights_and_no_reposts(tmp_path):
    result = run(tmp_path, FULL)
    assert result.complete and result.account == "acmecoffee" and result.account_id == USER_ID
    expected = Dataset.from_frames(posts=pd.DataFrame({
        "platform": "threads", "account": "acmecoffee", "post_id": [T1, T2, T3],
        "published_at": [ts("2026-10-01 08:00"), ts("2026-11-10 09:00"), ts("2026-11-18 09:00")],
        "post_type": ["quote", "photo", "text"],
        "text": ["We are on Threads", "New mugs", "Winter blend is out. Which roast next?"],
        "permalink": [f"https://www.threads.com/@acmecoffee/post/C{p[-4:]}" for p in (T1, T2, T3)],
        "impressions": [900, 300, 1500], "reactions": [25, 10, 40], "comments": [1, 0, 5], "shares": [1, 0, 3],
    })).posts
    pd.testing.assert_frame_equal(result.dataset.posts.sort_values("post_id", ignore_index=True), expected)


def test_every_reply_nested_with_hidden_ones_left_out(tmp_path):
    result = run(tmp_path, FULL)
    c = result.dataset.comments.sort_values("created_at", ignore_index=True)
    got = c[["comment_id", "post_id", "parent_id", "author_name", "is_brand", "created_at"]]
    expected = Dataset.from_frames(comments=pd.DataFrame({
        "platform": "threads",
        "comment_id": [Q[7], Q[1], Q[2], Q[3], Q[5], Q[6]],
        "post_id": [T1, T3, T3, T3, T3, T3],
        # Q5 answered the hidden Q4: it hangs from the post; Q6's parent is gone
        "parent_id": [None, None, Q[1], Q[2], None, None],
        "author_name": ["bruno.n", "anna.r", "acmecoffee", "anna.r", "carla.b", "dario.v"],
        "is_brand": [False, False, True, False, False, False],
        "created_at": [ts("2026-10-01 09:00"), ts("2026-11-18 10:00"), ts("2026-11-18 11:00"),
                       ts("2026-11-18 11:30"), ts("2026-11-18 12:30"), ts("2026-11-18 13:00")],
    })).comments[got.columns]
    pd.testing.assert_frame_equal(got, expected)
    # user 1 + followers 1 + 2 pages of posts + 3 insights + 3 conversation pages
    assert result.counts == {"posts": 3, "comments": 6, "brand_replies": 1, "followers": 760, "requests": 10}


def test_thread_kpis_from_the_fetched_tables(tmp_path):
    """Audience roots Q7, Q1, Q5, Q6: Q1 answered after 1 h -> rate 1/4, median 1 h; Anna went on after the answer
    -> 1 dialogue thread of 4; commenters Anna, Bruno, Carla, Dario -> 4."""
    report = compute(run(tmp_path, FULL).dataset, Period.with_previous(dt.date(2026, 9, 1), dt.date(2026, 11, 20)))
    v = report.overall
    assert v["brand_response_rate"] == pytest.approx(1 / 4)
    assert v["brand_response_time_median_h"] == pytest.approx(1.0)
    assert v["dialogue_thread_share"] == pytest.approx(1 / 4)
    assert v["unique_commenters"] == 4


@responses.activate
def test_a_token_without_threads_manage_insights_is_named_and_the_posts_kept():
    responses.get(f"{API}/{USER_ID}", json=USER)
    responses.get(f"{API}/{USER_ID}/threads_insights", json=FOLLOWERS)
    responses.get(f"{API}/{USER_ID}/threads", json=THREADS2)
    responses.get(f"{API}/{T1}/insights", status=403, json={"error": {
        "message": "(#10) Application does not have permission for this action", "type": "OAuthException",
        "code": 10, "fbtrace_id": "AbC"}})
    with pytest.raises(base.MissingPermission) as info:
        fetch().run()
    assert "lacks the permission threads_manage_insights" in str(info.value)
    assert "Use cases > Customize" in str(info.value) and "Casi d'uso" in error_message(info.value, "it")
    assert info.value.partial is not None and info.value.partial.counts["posts"] == 1


@responses.activate
def test_an_expired_token_says_generate_a_new_one():
    responses.get(f"{API}/{USER_ID}", status=400, json={"error": {
        "message": "Error validating access token: Session has expired.", "type": "OAuthException", "code": 190,
        "error_subcode": 463, "fbtrace_id": "AbC"}})
    with pytest.raises(base.AuthError, match="User Token Generator") as info:
        fetch().run()
    assert TOKEN not in str(info.value)


def test_cli_fetch_against_a_loopback_server(tmp_path, monkeypatch, capsys):
    from lib.cli import main

    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    monkeypatch.delenv("CONVERSA_SECRET_KEY", raising=False)
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("THREADS_ACCESS_TOKEN", TOKEN)
    monkeypatch.setattr(base, "utcnow", lambda: NOW)
    with serve(FULL, ignore_query=("access_token",)) as url:
        assert main(["fetch", "threads", USER_ID, "--workspace", "acme", "--api-url", url]) == 0
    out = capsys.readouterr().out
    assert "threads:acmecoffee: 3 posts, 6 comments (1 by the account), 760 followers today, 10 requests" in out
    assert TOKEN not in out
