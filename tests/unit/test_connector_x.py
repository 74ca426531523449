"""The X connector under the real tweepy client: replayed cassettes, error answers, and token hygiene."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import pickle
import re
from pathlib import Path

import pandas as pd
import pytest
import requests
import responses
import tweepy
import vcr
import yaml

from lib.connectors import redact, x_oauth
from lib.connectors import x as xc
from lib.connectors.base import error_message
from lib.dataset import Dataset

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes" / "x"
NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
# Shaped like a real app-only bearer token, so the shape-based redaction is exercised too.
TOKEN = "AAAAAAAAAAAAAAAAAAAAAFakeTokenForTests%2Bq9xYz0%3DkPqL8sZ3vN1mR7tW2yB5cD0eF6gH"
BRAND = "1520000000000000001"
API = "https://api.twitter.com/2"

tape = vcr.VCR(
    cassette_library_dir=str(CASSETTES),
    filter_headers=["Authorization"],  # never record the token
    record_mode="none",  # offline: replay only
    match_on=["method", "scheme", "host", "port", "path", "query"],
    decode_compressed_response=True,
)


def client() -> tweepy.Client:
    return xc.make_client(TOKEN)


def fetch(**kwargs) -> xc.FetchResult:
    with tape.use_cassette("fetch_account.yaml"):
        return xc.fetch_account(client(), "AcmeCoffee", now=NOW, **kwargs)


def cassette_bodies(name: str) -> list[dict]:
    """The recorded JSON bodies of a cassette, in order (reused by the `responses` tests)."""
    data = yaml.safe_load((CASSETTES / name).read_text(encoding="utf-8"))
    return [json.loads(i["response"]["body"]["string"]) for i in data["interactions"]]


USER, PAGE1, PAGE2, SEARCH, MENTIONS = cassette_bodies("fetch_account.yaml")
FIRST_PAGE_POSTS = ["1859000000000000002", "1859000000000000003", "1859000000000000004"]


def _ts(s: str) -> pd.Timestamp:
    return pd.Timestamp(s, tz="UTC")


# ------------------------------------------------------------------------------------------ replayed fetch
def test_fetch_builds_the_canonical_posts_exactly():
    result = fetch()
    assert result.complete and result.stopped_reason is None
    ids = ["1857000000000000001", "1858000000000000001", "1859000000000000002", "1859000000000000003",
           "1859000000000000004"]
    expected = Dataset.from_frames(posts=pd.DataFrame({
        "platform": ["x"] * 5,
        "account": ["AcmeCoffee"] * 5,
        "post_id": ids,
        "published_at": [_ts("2026-11-03 16:00"), _ts("2026-11-10 08:00"), _ts("2026-11-18 09:00"), _ts("2026-11-19 15:00"),
                         _ts("2026-11-19 15:05")],
        # the account's reply to its own post continues a thread: a post, as in the X archive importer
        "post_type": ["quote", "video", "post", "photo", "thread"],
        "text": [
            "Proud to be on this list! https://t.co/L1st0fCafes",
            "Thank you for 12k followers! Here's how we roast every bean 🎥 https://t.co/Qm3Xv9TtRa",
            "Our Milan store opens Saturday at 8am. Come say hi!",
            "New winter blend is out! Which roast do you want next? ☕ https://t.co/Wb8kPz2qLm",
            "Vote in the replies: dark, medium or light?",
        ],
        "permalink": [f"https://x.com/AcmeCoffee/status/{i}" for i in ids],
        "impressions": [2100, 25000, 9876, 4210, 1650],
        "reactions": [33, 410, 140, 52, 18],
        "comments": [0, 8, 5, 2, 1],
        "shares": [2, 35, 14, 5, 1],  # reposts + quotes
        "saves": [1, 22, 9, 6, 0],  # bookmarks
        "video_views": [None, 8123, None, None, None],
    })).posts
    got = result.dataset.posts.sort_values("post_id", ignore_index=True)
    pd.testing.assert_frame_equal(got, expected)
    assert got["reach"].isna().all() and got["clicks"].isna().all()  # X has no reach; clicks need user context
    assert got["is_question"].tolist() == [False, False, False, True, True]


def test_fetch_builds_reply_threads_with_brand_replies_flagged():
    comments = fetch().dataset.comments.sort_values("comment_id", ignore_index=True)
    c = comments[["comment_id", "post_id", "parent_id", "author_id", "author_name", "is_brand", "created_at"]]
    expected = pd.DataFrame({
        "comment_id": ["1858000000000000040", "1858000000000000050", "1859000000000000005", "1859000000000000006",
                       "1859000000000000007", "1859000000000000008", "1859000000000000010", "1859000000000000011",
                       "1859000000000000012", "1859000000000000013", "1859000000000000020"],
        "post_id": ["1858000000000000040", "1858000000000000040"] + ["1859000000000000002"] * 5
        + ["1859000000000000003", "1859000000000000002", "1859000000000000003", "1859000000000000020"],
        # replies to a brand post (the thread post included) have no parent, nor do mentions that reply to
        # nothing; replies to replies point at them (the brand's answer to a mention points at the mention)
        "parent_id": [None, "1858000000000000040", None, "1859000000000000005", None, None, "1859000000000000007", None,
                      "1859000000000000010", None, None],
        "author_id": ["1400000000000000904", BRAND, "1400000000000000901", BRAND, "1400000000000000902",
                      "1400000000000000903", BRAND, "1400000000000000901", "1400000000000000902", "1400000000000000903",
                      "1400000000000000905"],
        "author_name": ["sara_dev", "AcmeCoffee", "giulia_r", "AcmeCoffee", "luca_b", "marta_eats", "AcmeCoffee",
                        "giulia_r", "luca_b", "marta_eats", "tom_k"],
        "is_brand": [False, True, False, True, False, False, True, False, False, False, False],
        "created_at": [_ts("2026-11-09 08:30"), _ts("2026-11-09 10:00"), _ts("2026-11-18 09:20"), _ts("2026-11-18 10:20"),
                       _ts("2026-11-18 10:00"), _ts("2026-11-18 12:00"), _ts("2026-11-18 11:30"), _ts("2026-11-19 15:30"),
                       _ts("2026-11-18 12:30"), _ts("2026-11-19 16:00"), _ts("2026-11-19 18:00")],
    })
    expected = Dataset.from_frames(comments=expected.assign(platform="x")).comments[expected.columns]
    pd.testing.assert_frame_equal(c, expected)
    assert set(comments["account"]) == {"AcmeCoffee"}
    assert comments.loc[comments["comment_id"] == "1859000000000000005", "text"].item() == "@AcmeCoffee Finally! Will you have oat milk?"


def test_fetch_appends_todays_follower_total():
    result = fetch()
    f = result.dataset.followers
    assert f[["platform", "account", "followers"]].values.tolist() == [["x", "AcmeCoffee", 12840]]
    assert f["date"].tolist() == [pd.Timestamp("2026-11-20")]
    assert f["gained"].isna().all() and f["lost"].isna().all()
    assert result.counts == {"posts": 5, "comments": 11, "brand_replies": 3, "followers": 12840, "requests": 5}


def test_brand_response_rows_of_the_replayed_conversation():
    """The rows that decide brand response rate and time: 7 top-level audience comments (5 replies to brand
    posts, 2 mentions), 3 answered by the brand after 1 h, 1.5 h and 1.5 h (rate 3/7, median 1.5 h)."""
    c = fetch().dataset.comments
    top = c[c["parent_id"].isna() & ~c["is_brand"]]
    brand = c[c["is_brand"]]
    firsts = brand.groupby("parent_id")["created_at"].min()
    answered = top.set_index("comment_id")["created_at"].to_frame("asked").join(firsts.rename("answered"))
    hours = ((answered["answered"] - answered["asked"]).dt.total_seconds() / 3600).dropna()
    assert len(top) == 7
    assert answered["answered"].notna().sum() == 3
    assert sorted(hours.tolist()) == [1.0, 1.5, 1.5] and hours.median() == 1.5


def test_kpis_on_the_replayed_conversation():
    kpis = pytest.importorskip("lib.kpis")
    if not hasattr(kpis, "compute"):
        pytest.skip("lib.kpis.compute has not landed yet")
    from lib.kpis import Period

    report = kpis.compute(fetch().dataset, Period.with_previous(dt.date(2026, 11, 1), dt.date(2026, 11, 20)))
    assert report.overall["brand_response_rate"] == pytest.approx(3 / 7)
    assert report.overall["brand_response_time_median_h"] == pytest.approx(1.5)


def test_user_context_adds_non_public_metrics_for_the_last_30_days():
    with tape.use_cassette("fetch_user_context.yaml"):
        result = xc.fetch_account(client(), "AcmeCoffee", since=dt.date(2026, 10, 1), until=dt.date(2026, 11, 10),
                                  user_context=True, now=NOW)
    posts = result.dataset.posts.sort_values("post_id", ignore_index=True)
    assert posts["post_id"].tolist() == ["1853000000000000001", "1858000000000000001"]
    assert posts["impressions"].tolist() == [5400, 25012]  # the non-public count where X gives it
    assert posts["clicks"].tolist() == [pd.NA, 143]  # link clicks exist only for the last 30 days
    assert result.counts["requests"] == 4  # account, timeline, private metrics, mentions: no post to search
    assert result.dataset.comments.empty
    assert result.dataset.followers["followers"].tolist() == [12851]


def test_a_timeline_at_the_3200_limit_is_noted():
    fetch = xc.XFetch(client(), "AcmeCoffee", now=NOW)
    assert fetch.result().notes == ()
    fetch.timeline_count = 3200
    assert fetch.result().notes == ("timeline_limit",)


def test_since_and_until_become_the_timeline_window():
    start, end = xc.XFetch(client(), "a", since=dt.date(2026, 11, 1), until=dt.date(2026, 11, 10), now=NOW)._window()
    assert (start, end) == (dt.datetime(2026, 11, 1, tzinfo=dt.UTC), dt.datetime(2026, 11, 11, tzinfo=dt.UTC))
    # an end in the future is left out: X rejects end_time after the request time
    assert xc.XFetch(client(), "a", until=dt.date(2026, 11, 20), now=NOW)._window() == (None, None)


def test_conversation_queries_stay_within_the_query_limit():
    ids = [str(1859000000000000000 + i) for i in range(40)]
    queries = list(xc.conversation_queries(ids))
    assert all(len(q) <= 512 for q in queries)
    assert len(queries) == 4  # 13 + 13 + 13 + 1 ids of 35 characters joined by " OR "
    assert re.findall(r"conversation_id:(\d+)", " ".join(queries)) == ids


# ------------------------------------------------------------------------------------------ progress and cancel
def test_progress_reports_counts_and_cancel_keeps_the_first_page():
    seen: list[xc.FetchProgress] = []
    result = fetch(progress=seen.append, cancel=lambda: len(seen) >= 2)
    assert [(p.stage, p.posts, p.comments, p.requests) for p in seen] == [("account", 0, 0, 1), ("posts", 2, 2, 2)]
    assert not result.complete and result.stopped_reason == "cancelled"
    assert sorted(result.dataset.posts["post_id"]) == FIRST_PAGE_POSTS
    assert result.dataset.comments["comment_id"].tolist() == ["1859000000000000010"]
    assert result.dataset.posts["post_type"].value_counts().to_dict() == {"photo": 1, "post": 1, "thread": 1}
    assert len(result.dataset.followers) == 1


def test_a_stopped_run_still_yields_what_arrived():
    """The Connect page's Cancel: Streamlit stops the script inside the progress callback; the page then saves
    ``result("cancelled")``. The stop must pass through the fetch untouched."""
    from streamlit.runtime.scriptrunner_utils.exceptions import StopException

    def progress(p: xc.FetchProgress) -> None:
        if p.stage == "posts":
            raise StopException()

    fetch = xc.XFetch(client(), "AcmeCoffee", now=NOW)
    with tape.use_cassette("fetch_account.yaml"), pytest.raises(StopException):
        fetch.run(progress=progress)
    partial = fetch.result("cancelled")
    assert sorted(partial.dataset.posts["post_id"]) == FIRST_PAGE_POSTS and not partial.complete


def test_progress_fraction_grows_to_one():
    seen: list[xc.FetchProgress] = []
    fetch(progress=seen.append)
    fractions = [p.fraction for p in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and seen[-1].stage == "done"


# ------------------------------------------------------------------------------------------ error answers
def _add_user_and_first_page(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{API}/users/by/username/AcmeCoffee", json=USER)
    rsps.get(f"{API}/users/{BRAND}/tweets", json=PAGE1)


@responses.activate
def test_rate_limit_mid_way_keeps_the_first_pages_and_reports_the_reset():
    reset = 1795177800  # 2026-11-20 12:30 UTC
    # registered first, so it answers the second page; the first page has no pagination_token and gets PAGE1
    responses.get(f"{API}/users/{BRAND}/tweets", status=429,
                  json={"title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank", "status": 429},
                  headers={"x-rate-limit-limit": "10", "x-rate-limit-remaining": "0", "x-rate-limit-reset": str(reset)},
                  match=[responses.matchers.query_param_matcher({"pagination_token": PAGE1["meta"]["next_token"]},
                                                                strict_match=False)])
    _add_user_and_first_page(responses.mock)
    rsps = responses.mock
    result = xc.fetch_account(client(), "AcmeCoffee", now=NOW)
    assert not result.complete and result.stopped_reason == "rate_limit"
    assert result.rate_limit_reset == dt.datetime(2026, 11, 20, 12, 30, tzinfo=dt.UTC)
    assert sorted(result.dataset.posts["post_id"]) == FIRST_PAGE_POSTS
    assert result.dataset.comments["comment_id"].tolist() == ["1859000000000000010"]
    assert result.dataset.followers["followers"].tolist() == [12840]
    assert not any("search/recent" in c.request.url for c in rsps.calls)  # stopped: no further requests


@responses.activate
def test_rate_limit_before_anything_arrived_raises_with_the_reset_time():
    responses.get(f"{API}/users/by/username/AcmeCoffee", status=429, json={"title": "Too Many Requests"},
                  headers={"x-rate-limit-reset": "1795177800"})
    with pytest.raises(xc.XRateLimitError) as info:
        xc.fetch_account(client(), "AcmeCoffee", now=NOW)
    assert info.value.reset == dt.datetime(2026, 11, 20, 12, 30, tzinfo=dt.UTC)
    assert "Fetch again after 2026-11-20 12:30 UTC" in str(info.value)
    assert "dopo le 2026-11-20 12:30 UTC" in error_message(info.value, "it")
    assert info.value.partial is None


UNAUTHORIZED = {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}
NOT_ENROLLED = {
    "client_id": "29113861", "detail": "When authenticating requests to the Twitter API v2 endpoints, you must use "
    "keys and tokens from a Twitter developer App that is attached to a Project.",
    "registration_url": "https://developer.twitter.com/en/docs/projects/overview", "title": "Client Forbidden",
    "required_enrollment": "Appropriate Level of API Access", "reason": "client-not-enrolled",
    "type": "https://api.twitter.com/2/problems/client-forbidden",
}
NO_ACCESS = {
    "title": "Forbidden", "type": "about:blank", "status": 403,
    "detail": "You currently have access to a subset of X API V2 endpoints and limited v1.1 endpoints only. If you "
    "need access to this endpoint, you may need a different access level.",
}
CREDITS = {"title": "CreditsDepleted", "detail": "Your enrolled account does not have any credits to fulfill this request.",
           "type": "https://api.twitter.com/2/problems/credits", "status": 402}


@pytest.mark.parametrize(("status", "body", "error", "words"), [
    (401, UNAUTHORIZED, xc.XAuthError, ["401", "Bearer Token", "expired"]),
    (403, NOT_ENROLLED, xc.XAccessError, ["403", "not attached to a Project"]),
    (403, NO_ACCESS, xc.XAccessError, ["403", "plan does not include", "X archive"]),
    (402, CREDITS, xc.XCreditsError, ["402", "credits are used up"]),
    (503, {"title": "Service Unavailable"}, xc.XUnavailableError, ["503", "Try again"]),
    (500, None, xc.XUnavailableError, ["500", "Try again"]),
    (400, {"errors": [{"message": "The `query` param is invalid"}], "title": "Invalid Request"}, xc.XRequestError,
     ["400", "query` param is invalid"]),
])
@responses.activate
def test_refusals_become_connector_errors_in_x_terms(status, body, error, words):
    if body is None:
        responses.get(f"{API}/users/by/username/AcmeCoffee", status=status, body="<html>oops</html>")
    else:
        responses.get(f"{API}/users/by/username/AcmeCoffee", status=status, json=body)
    with pytest.raises(error) as info:
        xc.fetch_account(client(), "AcmeCoffee", now=NOW)
    err = info.value
    assert isinstance(err, xc.ConnectorError) and err.status == status
    for w in words:
        assert w in str(err)
    _assert_clean_exception(err)
    # the Connect page shows the catalogue's sentence for err.code: the same text in English, translated in Italian
    assert error_message(err, "en") == str(err)
    assert error_message(err, "it") != str(err)


@responses.activate
def test_connection_error_says_check_the_connection():
    responses.get(f"{API}/users/by/username/AcmeCoffee", body=requests.ConnectionError("Max retries exceeded"))
    with pytest.raises(xc.XUnavailableError, match="check the internet connection") as info:
        xc.fetch_account(client(), "AcmeCoffee", now=NOW)
    _assert_clean_exception(info.value)


@responses.activate
def test_requests_time_out_instead_of_hanging():
    responses.get(f"{API}/users/by/username/AcmeCoffee", body=requests.ReadTimeout("read timed out"))
    with pytest.raises(xc.XUnavailableError):
        xc.fetch_account(client(), "AcmeCoffee", now=NOW)
    assert responses.calls[0].request.req_kwargs["timeout"] == xc.REQUEST_TIMEOUT == (10, 60)


@responses.activate
def test_credits_exhausted_mid_way_raise_with_the_partial_result():
    responses.get(f"{API}/users/by/username/AcmeCoffee", json=USER)
    responses.get(f"{API}/users/{BRAND}/tweets", json={**PAGE1, "meta": {"result_count": 4}})  # one page only
    responses.get(f"{API}/tweets/search/recent", status=402, json=CREDITS)
    with pytest.raises(xc.XCreditsError) as info:
        xc.fetch_account(client(), "AcmeCoffee", now=NOW)
    partial = info.value.partial
    assert partial is not None and not partial.complete and partial.stopped_reason == "XCreditsError"
    assert sorted(partial.dataset.posts["post_id"]) == FIRST_PAGE_POSTS


@responses.activate
def test_unknown_account_is_reported_by_name():
    responses.get(f"{API}/users/by/username/NoSuchBrand", json={"errors": [{
        "value": "NoSuchBrand", "detail": "Could not find user with username: [NoSuchBrand].", "title": "Not Found Error",
        "resource_type": "user", "parameter": "username", "resource_id": "NoSuchBrand",
        "type": "https://api.twitter.com/2/problems/resource-not-found"}]})
    with pytest.raises(xc.XAccountNotFound, match="@NoSuchBrand"):
        xc.fetch_account(client(), "@NoSuchBrand", now=NOW)


def _assert_clean_exception(err: BaseException) -> None:
    """No token in the text, and no chained tweepy exception (whose response keeps the request headers)."""
    assert TOKEN not in str(err) and TOKEN not in repr(err)
    assert err.__cause__ is None and err.__context__ is None
    assert TOKEN.encode() not in pickle.dumps(err)


# ------------------------------------------------------------------------------------------ token hygiene
def test_token_never_reaches_a_log_record_even_at_debug(caplog):
    for name in ("tweepy", "tweepy.client", "urllib3", "requests", "requests_oauthlib", "oauthlib", "vcr"):
        caplog.set_level(logging.DEBUG, logger=name)
    caplog.set_level(logging.DEBUG)
    fetch()
    tweepy_records = [r for r in caplog.records if r.name.startswith("tweepy")]
    assert any("Making API request" in r.getMessage() for r in tweepy_records)  # tweepy did log the headers
    assert any("'Authorization': '[REDACTED]'" in r.getMessage() for r in tweepy_records)
    for record in caplog.records:
        assert TOKEN not in record.getMessage()
        assert TOKEN not in str(record.msg) and TOKEN not in repr(record.args)
    assert TOKEN not in caplog.text


def test_redaction_is_idempotent_and_covers_oauth_token_records(caplog):
    caplog.set_level(logging.DEBUG)
    redact.install()
    redact.install()  # idempotent: the factory is wrapped once
    logging.getLogger("tweepy.client").debug("Headers: %s", {"Authorization": f"Bearer {TOKEN}"})
    logging.getLogger("requests_oauthlib.oauth2_session").debug(
        "Obtained token %s.", {"token_type": "bearer", "access_token": "dXNlci10b2tlbi1zZWNyZXQ", "refresh_token": "cmVmcmVzaA"})
    text = caplog.text
    assert TOKEN not in text and "dXNlci10b2tlbi1zZWNyZXQ" not in text and "cmVmcmVzaA" not in text
    assert text.count("[REDACTED]") == 3
    plain = logging.getLogger("conversa.test").makeRecord("conversa.test", logging.INFO, "f", 1, "%d posts", (5,), None)
    assert (plain.msg, plain.args) == ("%d posts", (5,))  # records without secrets are left as they are


def test_a_logged_exception_whose_text_holds_the_token_is_redacted():
    # One handler of its own (as in a deployed app): nothing else renders the traceback first.
    redact.install()
    stream = io.StringIO()
    log = logging.getLogger("conversa.test.exception")
    log.propagate = False
    handler = logging.StreamHandler(stream)
    log.addHandler(handler)
    try:
        try:
            raise RuntimeError(f"request failed, headers {{'Authorization': 'Bearer {TOKEN}'}}")
        except RuntimeError:
            log.exception("X fetch failed")
    finally:
        log.removeHandler(handler)
    text = stream.getvalue()
    assert "RuntimeError" in text and "[REDACTED]" in text
    assert TOKEN not in text


def test_fetch_result_and_dataset_hold_no_token():
    result = fetch()
    assert TOKEN.encode() not in pickle.dumps(result)
    assert result.source == "x:@AcmeCoffee"


def test_cassettes_never_store_an_authorization_header():
    for path in CASSETTES.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for interaction in data["interactions"]:
            assert "authorization" not in {h.lower() for h in interaction["request"]["headers"]}, path.name
    assert tape.filter_headers == ["Authorization"]


def test_token_never_reaches_a_stored_row(tmp_path, monkeypatch):
    store_mod = pytest.importorskip("lib.store")
    if not hasattr(store_mod, "open_store"):
        pytest.skip("lib.store.open_store has not landed yet")
    db = tmp_path / "conversa.sqlite"
    st = store_mod.open_store(f"sqlite:///{db}")
    st.create("acme")
    result = fetch()
    st.save_dataset("acme", result.dataset, source=result.source, kind="fetch")
    loaded = st.load("acme")
    assert sorted(loaded.posts["post_id"]) == sorted(result.dataset.posts["post_id"])
    for f in tmp_path.rglob("*"):
        if f.is_file():
            assert TOKEN.encode() not in f.read_bytes()


# ------------------------------------------------------------------------------------------ OAuth 2.0 with PKCE
def test_oauth2_authorize_url_uses_pkce_with_read_scopes():
    handler = x_oauth.oauth2_handler("Y2xpZW50LWlk", "https://conversa.example/connect")
    url = x_oauth.authorization_url(handler)
    assert url.startswith("https://twitter.com/i/oauth2/authorize?")
    params = dict(p.split("=", 1) for p in url.split("?", 1)[1].split("&"))
    assert params["code_challenge_method"] == "S256" and len(params["code_challenge"]) == 43
    assert params["client_id"] == "Y2xpZW50LWlk" and params["scope"] == "tweet.read+users.read+offline.access"


@responses.activate
def test_oauth2_code_exchange_returns_the_token_and_logs_none_of_it(caplog):
    caplog.set_level(logging.DEBUG)
    user_token = "VXNlckFjY2Vzc1Rva2VuRm9yQWNtZUNvZmZlZTE2OTk"
    responses.post(f"{API}/oauth2/token", json={
        "token_type": "bearer", "expires_in": 7200, "access_token": user_token,
        "scope": "tweet.read users.read offline.access", "refresh_token": "UmVmcmVzaFRva2VuMTIzNDU2"})
    handler = x_oauth.oauth2_handler("Y2xpZW50LWlk", "https://conversa.example/connect", client_secret="c2VjcmV0LXNlY3JldA")
    url = x_oauth.authorization_url(handler)
    state = re.search(r"state=([^&]+)", url).group(1)
    token = x_oauth.exchange_code(handler, f"https://conversa.example/connect?state={state}&code=YXV0aC1jb2RlLTQy")
    assert token == user_token
    body = responses.calls[0].request.body
    assert "code_verifier=" in body and "grant_type=authorization_code" in body
    for secret in (user_token, "UmVmcmVzaFRva2VuMTIzNDU2", "YXV0aC1jb2RlLTQy", "c2VjcmV0LXNlY3JldA"):
        assert secret not in caplog.text


@responses.activate
def test_oauth2_on_localhost_accepts_the_plain_http_redirect():
    responses.post(f"{API}/oauth2/token", json={"token_type": "bearer", "access_token": "bG9jYWwtdG9rZW4", "expires_in": 7200})
    handler = x_oauth.oauth2_handler("Y2xpZW50LWlk", "http://localhost:8501/connect")
    state = re.search(r"state=([^&]+)", x_oauth.authorization_url(handler)).group(1)
    assert x_oauth.exchange_code(handler, f" http://localhost:8501/connect?state={state}&code=bG9jYWw ") == "bG9jYWwtdG9rZW4"
    assert "redirect_uri=http%3A%2F%2Flocalhost%3A8501%2Fconnect" in responses.calls[0].request.body


@responses.activate
def test_oauth2_refused_code_is_an_auth_error_without_details():
    responses.post(f"{API}/oauth2/token", status=400, json={
        "error": "invalid_request", "error_description": "Value passed for the authorization code was invalid."})
    handler = x_oauth.oauth2_handler("Y2xpZW50LWlk", "https://conversa.example/connect")
    state = re.search(r"state=([^&]+)", x_oauth.authorization_url(handler)).group(1)
    with pytest.raises(xc.XAuthError, match="Start the sign-in again") as info:
        x_oauth.exchange_code(handler, f"https://conversa.example/connect?state={state}&code=b2xkLWNvZGU")
    assert info.value.__context__ is None and info.value.__cause__ is None


def test_oauth2_settings_from_secrets_or_environment(monkeypatch):
    monkeypatch.delenv("X_CLIENT_ID", raising=False)
    monkeypatch.delenv("X_REDIRECT_URI", raising=False)
    monkeypatch.delenv("X_CLIENT_SECRET", raising=False)
    assert x_oauth.oauth2_settings({}) is None
    assert x_oauth.oauth2_settings({"x": {"client_id": "id1", "redirect_uri": "http://localhost:8501/connect"}}) == {
        "client_id": "id1", "redirect_uri": "http://localhost:8501/connect"}
    monkeypatch.setenv("X_CLIENT_ID", "id2")
    monkeypatch.setenv("X_REDIRECT_URI", "http://localhost:8501/connect")
    monkeypatch.setenv("X_CLIENT_SECRET", "s2")
    assert x_oauth.oauth2_settings(None) == {"client_id": "id2", "redirect_uri": "http://localhost:8501/connect",
                                        "client_secret": "s2"}


# ------------------------------------------------------------------------------------------ CLI
def test_cli_fetch_saves_into_the_workspace_and_prints_counts(tmp_path, monkeypatch, capsys):
    pytest.importorskip("lib.store")
    from lib.cli import main
    from lib.store import open_store

    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    monkeypatch.setattr(xc, "_utcnow", lambda: NOW)
    with tape.use_cassette("fetch_account.yaml"):
        assert main(["x-fetch", "@AcmeCoffee", "--workspace", "acme"]) == 0
    out = capsys.readouterr().out
    assert "x:@AcmeCoffee: 5 posts, 11 comments (3 by the account), 12840 followers today, 5 requests" in out
    assert TOKEN not in out
    stored = open_store().load("acme")
    assert len(stored.posts) == 5 and len(stored.comments) == 11
    assert stored.followers["followers"].tolist() == [12840]
    for f in tmp_path.rglob("*"):
        if f.is_file():
            assert TOKEN.encode() not in f.read_bytes(), f.name


def test_cli_without_a_token_explains_what_to_set(monkeypatch, capsys):
    from lib.cli import main

    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    assert main(["x-fetch", "AcmeCoffee", "--workspace", "acme"]) == 2
    err = capsys.readouterr().err
    assert "X_BEARER_TOKEN" in err and "archive" in err
