"""The Facebook Page connector on plain requests, with answers shaped like the Graph API reference (Page node,
/{page-id}/posts with reactions/comments summaries and cursor paging, /{post-id}/comments with filter=stream)
replayed by vcrpy, Meta's error objects from ``responses``, and the CLI against a loopback replay server."""

from __future__ import annotations

import datetime as dt
import json
import logging
import pickle

import pandas as pd
import pytest
import requests
import responses

from lib.connectors import base
from lib.connectors import facebook as fb
from lib.connectors.base import FetchRequest, error_message
from lib.dataset import Dataset
from lib.kpis import Period, compute
from tests.connector_tape import answer, cassette, serve

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
GRAPH = "https://graph.facebook.com/v23.0"
TOKEN = "EAAGm0PX4ZCpsBAFakePageTokenForConversaTests0123456789abcdefZDZD"  # shaped like a Page token
PAGE_ID = "100064197037125"
SINCE = int(dt.datetime(2025, 11, 20, tzinfo=dt.UTC).timestamp())  # 12 months before NOW
P3, P2, P1 = (f"{PAGE_ID}_{n}" for n in ("1168834171933143", "1168834171933142", "1168834171933141"))
ANNA, BRUNO, CARLA, DARIO = ({"id": i, "name": n} for i, n in (("7001", "Anna Rossi"), ("7002", "Bruno Neri"),
                                                                  ("7003", "Carla Bianchi"), ("7004", "Dario Verdi")))
BRAND = {"id": PAGE_ID, "name": "Acme Coffee"}


def post(pid: str, when: str, text: str, kind: str, reactions: int, comments: int, shares: int | None = None) -> dict:
    body = {"id": pid, "created_time": when, "message": text, "status_type": kind,
            "permalink_url": f"https://www.facebook.com/acmecoffee/posts/pfbid0{pid[-4:]}",
            "reactions": {"data": [], "summary": {"total_count": reactions, "viewer_reaction": "NONE"}},
            "comments": {"data": [], "summary": {"order": "ranked", "total_count": comments, "can_comment": True}}}
    if shares is not None:
        body["shares"] = {"count": shares}
    return body


def comment(cid: str, who: dict, when: str, text: str, parent: str | None = None, hidden: bool = False) -> dict:
    body = {"id": cid, "message": text, "created_time": when, "from": who, "is_hidden": hidden}
    if parent:
        body["parent"] = {"id": parent}
    return body


def paged(data: list, after: str | None = None) -> dict:
    cursors = {"before": "QVFIUmJlZAm9yZAQ", "after": after or "QVFIUmxhc3QZD"}
    return {"data": data, "paging": {"cursors": cursors, **({"next": f"{GRAPH}/x?after={after}"} if after else {})}}


C = {i: f"{P3.split('_')[1]}_{9000 + i}" for i in range(1, 9)}
PAGE = {"id": PAGE_ID, "name": "Acme Coffee", "username": "acmecoffee", "followers_count": 2300, "fan_count": 2210}
POSTS1 = paged([post(P3, "2026-11-18T09:00:00+0000", "Our winter blend is here. Which roast next?", "added_photos",
                     40, 6, 3),
                post(P2, "2026-11-10T09:00:00+0000", "Closed on Monday", "mobile_status_update", 12, 0)], "QVFIUnAy")
POSTS2 = paged([post(P1, "2026-10-01T08:00:00+0000", "We opened a Page!", "mobile_status_update", 25, 1, 1)])
COMMENTS3_1 = paged([comment(C[1], ANNA, "2026-11-18T10:00:00+0000", "Dark, always. Is it vegan?"),
                     comment(C[2], BRAND, "2026-11-18T11:00:00+0000", "Yes, fully vegan!", C[1]),
                     comment(C[3], ANNA, "2026-11-18T11:30:00+0000", "Great, ordering now", C[2])], "QVFIUmMy")
COMMENTS3_2 = paged([comment(C[4], BRUNO, "2026-11-18T12:00:00+0000", "buy followers at ...", hidden=True),
                     comment(C[5], CARLA, "2026-11-18T12:30:00+0000", "Medium roast please", C[4]),
                     comment(C[6], DARIO, "2026-11-18T13:00:00+0000", "Agreed!", f"{P3.split('_')[1]}_8999")])
COMMENTS1 = paged([comment(C[7], BRUNO, "2026-10-01T09:00:00+0000", "Welcome!")])


def page_node(**kw) -> dict:
    return answer(f"{GRAPH}/{PAGE_ID}", PAGE, query={"fields": "id,name,username,followers_count,fan_count"}, **kw)


def posts(body, after: str | None = None) -> dict:
    return answer(f"{GRAPH}/{PAGE_ID}/posts", body, query={"fields": fb.POST_FIELDS, "limit": 100, "since": SINCE,
                                                           **({"after": after} if after else {})})


def comments(pid: str, body, after: str | None = None) -> dict:
    return answer(f"{GRAPH}/{pid}/comments", body, query={
        "filter": "stream", "order": "chronological", "fields": fb.COMMENT_FIELDS, "limit": 100,
        **({"after": after} if after else {})})


FULL = [page_node(), posts(POSTS1), posts(POSTS2, "QVFIUnAy"), comments(P3, COMMENTS3_1),
        comments(P3, COMMENTS3_2, "QVFIUmMy"), comments(P1, COMMENTS1)]


def fetch(**request) -> fb.FacebookFetch:
    return fb.make_fetch(FetchRequest(request.pop("account", PAGE_ID), token=TOKEN, now=NOW, **request))


def run(tmp_path, interactions, **request):
    with cassette(tmp_path, interactions, filter_query=("access_token",)):
        return fetch(**request).run()


def ts(s: str) -> pd.Timestamp:
    return pd.Timestamp(s, tz="UTC")


def test_posts_with_reactions_comments_and_shares(tmp_path):
    result = run(tmp_path, FULL)
    assert result.complete and result.account == "Acme Coffee" and result.account_id == PAGE_ID
    expected = Dataset.from_frames(posts=pd.DataFrame({
        "platform": "facebook", "account": "Acme Coffee",
        "post_id": ["1168834171933141", "1168834171933142", "1168834171933143"],  # as Meta Business Suite exports
        "published_at": [ts("2026-10-01 08:00"), ts("2026-11-10 09:00"), ts("2026-11-18 09:00")],
        "post_type": ["text", "text", "photo"],
        "text": ["We opened a Page!", "Closed on Monday", "Our winter blend is here. Which roast next?"],
        "permalink": [f"https://www.facebook.com/acmecoffee/posts/pfbid0{n}" for n in ("3141", "3142", "3143")],
        "reactions": [25, 12, 40], "comments": [1, 0, 6], "shares": [1, 0, 3],
    })).posts
    pd.testing.assert_frame_equal(result.dataset.posts.sort_values("post_id", ignore_index=True), expected)


def test_threads_three_levels_deep_without_hidden_or_deleted_comments(tmp_path):
    comments_ = run(tmp_path, FULL).dataset.comments.sort_values("created_at", ignore_index=True)
    got = comments_[["comment_id", "post_id", "parent_id", "author_id", "author_name", "is_brand", "created_at"]]
    expected = Dataset.from_frames(comments=pd.DataFrame({
        "platform": "facebook",
        "comment_id": [C[7], C[1], C[2], C[3], C[5], C[6]],
        "post_id": ["1168834171933141"] + ["1168834171933143"] * 5,
        # C5 answered the hidden C4: it hangs from C4's parent (the post); C6's parent was deleted
        "parent_id": [None, None, C[1], C[2], None, None],
        "author_id": ["7002", "7001", PAGE_ID, "7001", "7003", "7004"],
        "author_name": ["Bruno Neri", "Anna Rossi", "Acme Coffee", "Anna Rossi", "Carla Bianchi", "Dario Verdi"],
        "is_brand": [False, False, True, False, False, False],
        "created_at": [ts("2026-10-01 09:00"), ts("2026-11-18 10:00"), ts("2026-11-18 11:00"),
                       ts("2026-11-18 11:30"), ts("2026-11-18 12:30"), ts("2026-11-18 13:00")],
    })).comments[got.columns]
    pd.testing.assert_frame_equal(got, expected)
    assert "buy followers" not in " ".join(comments_["text"])


def test_followers_today_and_one_call_per_page(tmp_path):
    result = run(tmp_path, FULL)
    assert result.dataset.followers[["platform", "account", "followers"]].values.tolist() == [
        ["facebook", "Acme Coffee", 2300]]
    assert result.counts == {"posts": 3, "comments": 6, "brand_replies": 1, "followers": 2300, "requests": 6}


def test_thread_kpis_from_the_fetched_tables(tmp_path):
    """Audience roots C7, C1, C5, C6: C1 answered after 1 h -> rate 1/4, median 1 h; Anna went on after the answer
    -> 1 dialogue thread of 4; commenters Anna, Bruno, Carla, Dario -> 4."""
    report = compute(run(tmp_path, FULL).dataset, Period.with_previous(dt.date(2026, 9, 1), dt.date(2026, 11, 20)))
    v = report.overall
    assert v["brand_response_rate"] == pytest.approx(1 / 4)
    assert v["brand_response_time_median_h"] == pytest.approx(1.0)
    assert v["dialogue_thread_share"] == pytest.approx(1 / 4)
    assert v["unique_commenters"] == 4


def test_the_token_never_reaches_logs_results_or_the_tape(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    result = run(tmp_path, FULL)
    assert TOKEN not in caplog.text and TOKEN.encode() not in pickle.dumps(result)
    assert TOKEN not in (tmp_path / "tape.yaml").read_text()
    assert TOKEN.encode() not in pickle.dumps(fetch())


# ------------------------------------------------------------------------------------------ error answers
def graph_error(message: str, code: int, kind: str = "OAuthException", **extra) -> dict:
    return {"error": {"message": message, "type": kind, "code": code, "fbtrace_id": "AbCdEfGhIjK", **extra}}


@pytest.mark.parametrize(("status", "body", "error", "words"), [
    (400, graph_error("Error validating access token: Session has expired on Friday, 20-Nov-26 04:00:00 PST.", 190,
                      error_subcode=463), base.AuthError, ["did not accept the credential", "190", "Graph API Explorer"]),
    (400, graph_error("(#100) Unsupported get request. Object with ID '100064197037125' does not exist, cannot be "
                      "loaded due to missing permissions, or does not support this operation.", 100,
                      "GraphMethodException", error_subcode=33), base.AccountNotFound, ["has no public account",
                                                                                        "Page transparency"]),
    (500, graph_error("An unknown error has occurred.", 1), base.Unavailable, ["500 server error"]),
])
@responses.activate
def test_refusals_in_facebooks_terms(status, body, error, words):
    responses.get(f"{GRAPH}/{PAGE_ID}", status=status, json=body)
    with pytest.raises(error) as info:
        fetch().run()
    for w in words:
        assert w in str(info.value)
    assert error_message(info.value, "it") != str(info.value)
    assert TOKEN not in str(info.value) and info.value.__cause__ is None and info.value.__context__ is None


@responses.activate
def test_a_missing_permission_is_named_and_what_arrived_is_kept():
    responses.get(f"{GRAPH}/{PAGE_ID}", json=PAGE)
    responses.get(f"{GRAPH}/{PAGE_ID}/posts", json=POSTS2)
    responses.get(f"{GRAPH}/{P1}/comments", status=403, json=graph_error(
        "(#10) This endpoint requires the 'pages_read_user_content' permission or the 'Page Public Content Access' "
        "feature.", 10))
    with pytest.raises(base.MissingPermission) as info:
        fetch().run()
    assert "lacks the permission pages_read_user_content" in str(info.value)
    assert "Get Page Access Token" in str(info.value)
    assert "manca l'autorizzazione pages_read_user_content" in error_message(info.value, "it")
    assert info.value.partial is not None and info.value.partial.counts["posts"] == 1


@responses.activate
def test_a_rate_limit_mid_fetch_keeps_what_arrived_and_says_when_from_the_usage_header():
    responses.get(f"{GRAPH}/{PAGE_ID}", json=PAGE)
    responses.get(f"{GRAPH}/{PAGE_ID}/posts", json=POSTS2)
    usage = {PAGE_ID: [{"type": "pages", "call_count": 100, "total_cputime": 12, "total_time": 30,
                        "estimated_time_to_regain_access": 15}]}
    responses.get(f"{GRAPH}/{P1}/comments", status=400, json=graph_error(
        "(#80001) There have been too many calls to this Page account. Wait a bit and try again.", 80001),
        headers={"X-Business-Use-Case-Usage": json.dumps(usage)})
    result = fetch().run()
    assert result.stopped_reason == "rate_limit" and result.rate_limit_reset == NOW + dt.timedelta(minutes=15)
    assert result.counts["posts"] == 1 and result.counts["followers"] == 2300


@responses.activate
def test_a_rate_limit_before_anything_says_fetch_again():
    responses.get(f"{GRAPH}/{PAGE_ID}", status=400, json=graph_error("(#4) Application request limit reached", 4),
                  headers={"X-App-Usage": json.dumps({"call_count": 100, "total_cputime": 20, "total_time": 40})})
    with pytest.raises(base.RateLimited, match="Fetch again after 2026-11-20 13:00 UTC"):
        fetch().run()


@responses.activate
def test_no_network_is_said_plainly():
    responses.get(f"{GRAPH}/{PAGE_ID}", body=requests.ConnectionError("Max retries exceeded"))
    with pytest.raises(base.NoNetwork, match=r"Could not reach Facebook \(graph.facebook.com\)"):
        fetch().run()
    assert responses.calls[0].request.req_kwargs["timeout"] == base.REQUEST_TIMEOUT


def test_refresh_asks_since_the_newest_post_minus_the_refresh_days(tmp_path):
    newest = dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.UTC)
    since = int(dt.datetime(2026, 11, 6, 12, 0, tzinfo=dt.UTC).timestamp())
    first = answer(f"{GRAPH}/{PAGE_ID}/posts", paged(POSTS1["data"]), query={
        "fields": fb.POST_FIELDS, "limit": 100, "since": since})
    result = run(tmp_path, [page_node(), first, *FULL[3:5]], newest=newest)
    assert sorted(result.dataset.posts["post_id"]) == ["1168834171933142", "1168834171933143"]
    assert result.counts["requests"] == 4


def test_cli_fetch_against_a_loopback_server(tmp_path, monkeypatch, capsys):
    from lib.cli import main

    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    monkeypatch.delenv("CONVERSA_SECRET_KEY", raising=False)
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("META_ACCESS_TOKEN", TOKEN)
    monkeypatch.setattr(base, "utcnow", lambda: NOW)
    with serve(FULL, ignore_query=("access_token",)) as url:
        assert main(["fetch", "facebook", PAGE_ID, "--workspace", "acme", "--api-url", url]) == 0
    out = capsys.readouterr().out
    assert "facebook:Acme Coffee: 3 posts, 6 comments (1 by the account), 2300 followers today, 6 requests" in out
    assert TOKEN not in out
