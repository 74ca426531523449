"""The Mastodon connector under the real Mastodon.py client (requests), with answers shaped like Mastodon's REST
API reference (Account, Status and Context entities; accounts/lookup, accounts/:id/statuses with ``Link`` paging,
statuses/:id/context) replayed by vcrpy; error answers from ``responses``; the CLI against a loopback replay."""

from __future__ import annotations

import datetime as dt
import io
import logging
import pickle
import socket

import pandas as pd
import pytest
import responses

from lib.connectors import base
from lib.connectors import mastodon as md
from lib.connectors.base import FetchRequest, error_message
from lib.dataset import Dataset
from lib.i18n import t
from lib.kpis import Period, compute
from tests.connector_tape import answer, cassette, serve

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
HOST = "https://mastodon.social"
API = f"{HOST}/api/v1"
TOKEN = "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0"  # shaped like a Mastodon access token
ACME_ID = "109000000000000001"
ACME_URI = f"{HOST}/users/acme"


def account(local_id: str, acct: str, uri: str, url: str, **extra) -> dict:
    return {"id": local_id, "username": acct.split("@")[0], "acct": acct, "display_name": acct.split("@")[0].title(),
            "locked": False, "bot": False, "discoverable": True, "group": False,
            "created_at": "2022-11-01T00:00:00.000Z", "note": "", "url": url, "uri": uri, "avatar": "",
            "header": "", "followers_count": 0, "following_count": 0, "statuses_count": 0,
            "last_status_at": "2026-11-18", "emojis": [], "fields": [], **extra}


ACME = account(ACME_ID, "acme", ACME_URI, f"{HOST}/@acme", followers_count=930, following_count=120,
               statuses_count=88)
ANNA = account("109000000000000002", "anna", f"{HOST}/users/anna", f"{HOST}/@anna")
BRUNO = account("109000000000000003", "bruno@fosstodon.org", "https://fosstodon.org/users/bruno",
                "https://fosstodon.org/@bruno")
CARLA = account("109000000000000004", "carla@social.example", "https://social.example/users/carla",
                "https://social.example/@carla")
DARIO = account("109000000000000005", "dario", f"{HOST}/users/dario", f"{HOST}/@dario")


def status(local_id: str, who: dict, when: str, html: str, *, visibility="public", reply_to: str | None = None,
           uri: str | None = None, replies=0, reblogs=0, favourites=0, media: tuple[str, ...] = ()) -> dict:
    uri = uri or f"{who['uri']}/statuses/{local_id}"
    return {
        "id": local_id, "created_at": when, "in_reply_to_id": reply_to,
        "in_reply_to_account_id": None, "sensitive": False, "spoiler_text": "", "visibility": visibility,
        "language": "en", "uri": uri, "url": uri.replace("/users/", "/@").replace("/statuses/", "/"),
        "replies_count": replies, "reblogs_count": reblogs, "favourites_count": favourites, "edited_at": None,
        "content": html, "reblog": None, "account": who,
        "media_attachments": [{"id": f"m{local_id}", "type": t, "url": "", "preview_url": "", "description": None}
                              for t in media],
        "mentions": [], "tags": [], "emojis": [], "card": None, "poll": None,
    }


S3, S2U, S2, SDM, S1, S0 = ("113500000000000003", "113490000000000002", "113450000000000002", "113440000000000009",
                            "113200000000000001", "112500000000000000")
R1, R2, R3, R4, R5, R6, R7, R8 = (f"11351000000000000{i}" for i in range(1, 9))
BRUNO_URI4 = "https://fosstodon.org/users/bruno/statuses/990000000000000004"
CARLA_URI5 = "https://social.example/users/carla/statuses/880000000000000005"
BRUNO_URI7 = "https://fosstodon.org/users/bruno/statuses/990000000000000007"

PAGE1 = [
    status(S3, ACME, "2026-11-18T09:00:00.000Z", "<p>Our winter blend is here. Which roast next?</p>", replies=6,
           reblogs=3, favourites=40, media=("image",)),
    status(S2U, ACME, "2026-11-15T09:00:00.000Z", "<p>Quiet note for regulars</p>", visibility="unlisted",
           favourites=4),
    status(S2, ACME, "2026-11-10T09:00:00.000Z", "<p>Closed on Monday for maintenance &amp; repairs</p>",
           favourites=12),
    status(SDM, ACME, "2026-11-09T09:00:00.000Z", "<p>@anna your order number is 4411</p>", visibility="direct",
           replies=1),
]
PAGE2 = [
    status(S1, ACME, "2026-10-01T08:00:00.000Z", "<p>We are on Mastodon now!</p>", replies=2, reblogs=1,
           favourites=25),
    status(S0, ACME, "2025-06-01T08:00:00.000Z", "<p>Older than the 12 months</p>", replies=9),
]
CONTEXT3 = {"ancestors": [], "descendants": [
    status(R1, ANNA, "2026-11-18T10:00:00.000Z", "<p>Dark, always. Is it vegan?</p>", reply_to=S3),
    status(R2, ACME, "2026-11-18T11:00:00.000Z", '<p><span class="h-card"><a href="https://mastodon.social/@anna" '
           'class="u-url mention">@<span>anna</span></a></span> Yes, fully vegan!</p>', reply_to=R1),
    status(R3, ANNA, "2026-11-18T11:30:00.000Z", "<p>Great, ordering now</p>", reply_to=R2, visibility="unlisted"),
    status(R4, BRUNO, "2026-11-18T12:00:00.000Z", "<p>followers only</p>", reply_to=S3, visibility="private",
           uri=BRUNO_URI4),
    status(R5, CARLA, "2026-11-18T12:30:00.000Z", "<p>Medium roast please</p>", reply_to=R4, uri=CARLA_URI5),
    # its parent was deleted: the context no longer holds it
    status(R6, DARIO, "2026-11-18T13:00:00.000Z", "<p>Agreed!</p>", reply_to="113510000000000099"),
]}
CONTEXT1 = {"ancestors": [], "descendants": [
    status(R7, BRUNO, "2026-10-01T09:00:00.000Z", "<p>Welcome!</p>", reply_to=S1, uri=BRUNO_URI7),
    status(R8, DARIO, "2026-10-01T09:30:00.000Z", "<p>@acme psst</p>", reply_to=S1, visibility="direct"),
]}
LINK = {"Link": f'<{API}/accounts/{ACME_ID}/statuses?max_id={SDM}>; rel="next", '
                f'<{API}/accounts/{ACME_ID}/statuses?min_id={S3}>; rel="prev"'}
RATE = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "290",
        "X-RateLimit-Reset": "2026-11-20T12:05:00.000000Z"}


def lookup(body=ACME, **kw) -> dict:
    return answer(f"{API}/accounts/lookup", body, query={"acct": "acme@mastodon.social"}, **kw)


def statuses(body, max_id: str | None = None, headers=None, **kw) -> dict:
    q = {"exclude_replies": 1, "exclude_reblogs": 1, "limit": 40, **({"max_id": max_id} if max_id else {})}
    return answer(f"{API}/accounts/{ACME_ID}/statuses", body, query=q, headers={**RATE, **(headers or {})}, **kw)


def context(local_id: str, body, **kw) -> dict:
    return answer(f"{API}/statuses/{local_id}/context", body, **kw)


FULL = [lookup(), statuses(PAGE1, headers=LINK), statuses(PAGE2, SDM), context(S3, CONTEXT3), context(S1, CONTEXT1)]


def run(tmp_path, interactions, **request):
    with cassette(tmp_path, interactions):
        return md.make_fetch(FetchRequest("@acme@mastodon.social", now=NOW, **request)).run()


def ts(s: str) -> pd.Timestamp:
    return pd.Timestamp(s, tz="UTC")


def test_public_posts_within_twelve_months_without_direct_or_unlisted(tmp_path):
    result = run(tmp_path, FULL)
    assert result.complete and result.account == "@acme@mastodon.social" and result.account_id == ACME_URI
    expected = Dataset.from_frames(posts=pd.DataFrame({
        "platform": "mastodon", "account": "@acme@mastodon.social", "post_id": [S1, S2, S3],
        "published_at": [ts("2026-10-01 08:00"), ts("2026-11-10 09:00"), ts("2026-11-18 09:00")],
        "post_type": ["post", "post", "photo"],
        "text": ["We are on Mastodon now!", "Closed on Monday for maintenance & repairs",
                 "Our winter blend is here. Which roast next?"],
        "permalink": [f"{HOST}/@acme/{i}" for i in (S1, S2, S3)],
        "reactions": [25, 12, 40], "comments": [2, 0, 6], "shares": [1, 0, 3],
    })).posts
    pd.testing.assert_frame_equal(result.dataset.posts.sort_values("post_id", ignore_index=True), expected)
    assert result.source == "mastodon:@acme@mastodon.social"


def test_threads_keep_parents_three_levels_deep_and_drop_private_and_direct(tmp_path):
    comments = run(tmp_path, FULL).dataset.comments.sort_values("created_at", ignore_index=True)
    got = comments[["comment_id", "post_id", "parent_id", "author_id", "author_name", "is_brand", "created_at",
                    "text"]]
    expected = Dataset.from_frames(comments=pd.DataFrame({
        "platform": "mastodon",
        # the account's own reply keeps its number, everybody else's status is named by its URI
        "comment_id": [BRUNO_URI7, f"{HOST}/users/anna/statuses/{R1}", R2, f"{HOST}/users/anna/statuses/{R3}",
                       CARLA_URI5, f"{HOST}/users/dario/statuses/{R6}"],
        "post_id": [S1, S3, S3, S3, S3, S3],
        # R5 answered the followers-only R4: it hangs from R4's parent (the post); R6's parent was deleted
        "parent_id": [None, None, f"{HOST}/users/anna/statuses/{R1}", R2, None, None],
        "author_id": ["https://fosstodon.org/users/bruno", f"{HOST}/users/anna", ACME_URI, f"{HOST}/users/anna",
                      "https://social.example/users/carla", f"{HOST}/users/dario"],
        "author_name": ["@bruno@fosstodon.org", "@anna@mastodon.social", "@acme@mastodon.social",
                        "@anna@mastodon.social", "@carla@social.example", "@dario@mastodon.social"],
        "is_brand": [False, False, True, False, False, False],
        "created_at": [ts("2026-10-01 09:00"), ts("2026-11-18 10:00"), ts("2026-11-18 11:00"),
                       ts("2026-11-18 11:30"), ts("2026-11-18 12:30"), ts("2026-11-18 13:00")],
        "text": ["Welcome!", "Dark, always. Is it vegan?", "@anna Yes, fully vegan!", "Great, ordering now",
                 "Medium roast please", "Agreed!"],
    })).comments[got.columns]
    pd.testing.assert_frame_equal(got, expected)
    assert not comments["text"].str.contains("followers only|psst|order number").any()


def test_todays_follower_total_and_counts(tmp_path):
    result = run(tmp_path, FULL)
    f = result.dataset.followers
    assert f[["platform", "account", "followers"]].values.tolist() == [["mastodon", "@acme@mastodon.social", 930]]
    assert f["date"].tolist() == [pd.Timestamp("2026-11-20")]
    # lookup + 2 status pages + 2 contexts (S2 has no replies, the direct SDM is never asked about)
    assert result.counts == {"posts": 3, "comments": 6, "brand_replies": 1, "followers": 930, "requests": 5}
    assert result.notes == ()


def test_thread_kpis_from_the_fetched_tables(tmp_path):
    """Audience roots R7, R1, R5, R6: one answered (R1, after 1 h) -> rate 1/4, median 1 h; R1's thread goes on
    after the brand's answer (R3) -> 1 dialogue thread of 4; commenters Anna, Bruno, Carla, Dario -> 4."""
    report = compute(run(tmp_path, FULL).dataset, Period.with_previous(dt.date(2026, 9, 1), dt.date(2026, 11, 20)))
    v = report.overall
    assert v["brand_response_rate"] == pytest.approx(1 / 4)
    assert v["brand_response_time_median_h"] == pytest.approx(1.0)
    assert v["dialogue_thread_share"] == pytest.approx(1 / 4)
    assert v["unique_commenters"] == 4


def test_the_accounts_own_token_adds_its_unlisted_posts_and_stays_out_of_everything(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    me = answer(f"{API}/accounts/verify_credentials", ACME)
    result = run(tmp_path, [lookup(), me, *FULL[1:]], token=TOKEN)
    assert sorted(result.dataset.posts["post_id"]) == [S1, S2, S2U, S3]
    assert SDM not in set(result.dataset.posts["post_id"])  # direct: never, whoever's token
    assert result.counts["requests"] == 6 and result.notes == ()
    assert TOKEN not in caplog.text and TOKEN.encode() not in pickle.dumps(result)
    assert "ZA-Yj3a" not in (tmp_path / "tape.yaml").read_text()


def test_somebody_elses_token_reads_public_posts_only(tmp_path):
    me = answer(f"{API}/accounts/verify_credentials", ANNA)
    result = run(tmp_path, [lookup(), me, *FULL[1:]], token=TOKEN)
    assert S2U not in set(result.dataset.posts["post_id"]) and len(result.dataset.posts) == 3


def test_a_thread_at_the_public_limit_is_noted(tmp_path):
    many = {"ancestors": [], "descendants": [
        status(f"1136{i:014d}", DARIO, "2026-11-18T10:00:00.000Z", f"<p>reply {i}</p>", reply_to=S3)
        for i in range(md.PUBLIC_DESCENDANTS)]}
    result = run(tmp_path, [*FULL[:3], context(S3, many), context(S1, CONTEXT1)])
    assert result.notes == ("mastodon_context_limit",)
    assert "at most 60 replies" in t("connect.mastodon_context_limit", "en")


def test_progress_reports_counts_and_cancel_keeps_what_arrived(tmp_path):
    seen = []
    with cassette(tmp_path, FULL):
        fetch = md.make_fetch(FetchRequest("acme@mastodon.social", now=NOW))
        result = fetch.run(progress=seen.append, cancel=lambda: len(seen) == 2)
    assert [(p.stage, p.posts, p.requests) for p in seen] == [("posts", 0, 1), ("posts", 2, 2)]
    assert result.stopped_reason == "cancelled" and not result.complete
    assert sorted(result.dataset.posts["post_id"]) == [S2, S3] and result.counts["followers"] == 930


def test_refresh_asks_only_for_newer_posts_and_the_last_days(tmp_path):
    """Newest stored post 2026-11-18 09:00; 14 refresh days reach back to 2026-11-06 12:00: the first page is
    enough (S2 on 2026-11-10 is inside, the direct SDM is skipped) and no second page is asked for."""
    page1_more = [*PAGE1, PAGE2[0]]
    newest = dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.UTC)
    result = run(tmp_path, [lookup(), statuses(page1_more, headers=LINK), context(S3, CONTEXT3)], newest=newest)
    assert sorted(result.dataset.posts["post_id"]) == [S2, S3] and result.counts["requests"] == 3


def test_newest_post_finds_the_archives_handle_form():
    posts = Dataset.from_frames(posts=pd.DataFrame({
        "platform": ["mastodon"], "account": ["@acme@mastodon.social"], "post_id": ["1"],
        "published_at": [ts("2026-11-18 09:00")]}))
    assert base.newest_post(posts, "mastodon", "acme@mastodon.social") == dt.datetime(2026, 11, 18, 9, 0,
                                                                                       tzinfo=dt.UTC)


# ------------------------------------------------------------------------------------------ error answers
def client_fetch(token: str | None = None, account: str = "acme@mastodon.social") -> md.MastodonFetch:
    return md.make_fetch(FetchRequest(account, token=token, now=NOW))


@responses.activate
def test_rate_limit_mid_fetch_keeps_what_arrived_and_says_when():
    responses.get(f"{API}/accounts/lookup", json=ACME)
    responses.get(f"{API}/accounts/{ACME_ID}/statuses", json=PAGE2[:1], headers=RATE)
    responses.get(f"{API}/statuses/{S1}/context", status=429, json={"error": "Too many requests"},
                  headers={"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0",
                           "X-RateLimit-Reset": "2026-11-20T12:30:00.000000Z"})
    result = client_fetch().run()
    assert result.stopped_reason == "rate_limit" and not result.complete
    assert result.rate_limit_reset == dt.datetime(2026, 11, 20, 12, 30, tzinfo=dt.UTC)
    assert result.dataset.posts["post_id"].tolist() == [S1] and result.counts["followers"] == 930


@responses.activate
def test_rate_limit_before_anything_arrived_says_when_to_come_back():
    responses.get(f"{API}/accounts/lookup", status=429, json={"error": "Too many requests"},
                  headers={"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0",
                           "X-RateLimit-Reset": "2026-11-20T12:30:00.000000Z"})
    with pytest.raises(md.RateLimited) as info:
        client_fetch().run()
    assert "Fetch again after 2026-11-20 12:30 UTC" in str(info.value) and "300 requests per 5 minutes" in str(
        info.value)
    assert "dopo le 2026-11-20 12:30 UTC" in error_message(info.value, "it")
    assert info.value.partial is None


@responses.activate
def test_a_bad_token_is_named_with_the_fix():
    responses.get(f"{API}/accounts/lookup", status=401, json={"error": "The access token is invalid"})
    with pytest.raises(md.AuthError) as info:
        client_fetch(TOKEN).run()
    text = str(info.value)
    assert "Mastodon did not accept the credential (401 Unauthorized: The access token is invalid)" in text
    assert "Preferences > Development" in text and "Preferenze > Sviluppo" in error_message(info.value, "it")
    assert TOKEN not in text and TOKEN.encode() not in pickle.dumps(info.value)
    assert info.value.__cause__ is None and info.value.__context__ is None
    assert responses.calls[0].request.headers["Authorization"] == f"Bearer {TOKEN}"  # it was sent, only there


@responses.activate
def test_an_instance_that_requires_sign_in_says_the_account_is_not_public():
    responses.get(f"{API}/accounts/lookup", status=401, json={"error": "This API requires an authenticated user"})
    with pytest.raises(md.PrivateAccount) as info:
        client_fetch().run()
    assert "The Mastodon account @acme@mastodon.social is not public" in str(info.value)
    assert "own access token" in str(info.value)


@responses.activate
def test_unknown_account_is_named():
    responses.get(f"{API}/accounts/lookup", status=404, json={"error": "Record not found"})
    with pytest.raises(md.AccountNotFound) as info:
        client_fetch(account="nobody@mastodon.social").run()
    assert "Mastodon has no public account @nobody@mastodon.social (404 Not Found: Record not found)" in str(
        info.value)
    assert "user@instance" in str(info.value)
    assert "Mastodon non ha un account pubblico @nobody@mastodon.social" in error_message(info.value, "it")


def test_an_account_without_its_instance_is_refused_before_any_request():
    with pytest.raises(md.AccountNotFound, match="user@instance"):
        md.make_fetch(FetchRequest("acme", now=NOW))


@pytest.mark.parametrize("status", [502, 503])
@responses.activate
def test_instance_down_after_the_lookup_keeps_the_followers(status):
    responses.get(f"{API}/accounts/lookup", json=ACME)
    responses.get(f"{API}/accounts/{ACME_ID}/statuses", status=status, body="<html>Bad gateway</html>")
    with pytest.raises(md.Unavailable) as info:
        client_fetch().run()
    assert f"Mastodon is not answering properly right now ({status} server error)" in str(info.value)
    assert info.value.partial is not None and info.value.partial.counts["followers"] == 930


@responses.activate
def test_a_post_deleted_between_listing_and_thread_is_dropped():
    responses.get(f"{API}/accounts/lookup", json=ACME)
    responses.get(f"{API}/accounts/{ACME_ID}/statuses", json=PAGE2[:1])
    responses.get(f"{API}/statuses/{S1}/context", status=404, json={"error": "Record not found"})
    result = client_fetch().run()
    assert result.complete and result.dataset.posts.empty and result.counts["followers"] == 930


def test_no_network_is_said_plainly():
    with socket.socket() as s:  # a port nobody listens on: the connection is refused, as without a network
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(md.NoNetwork, match=r"Could not reach Mastodon \(127.0.0.1:\d+\)"):
        md.make_fetch(FetchRequest("acme@mastodon.social", api_url=f"http://127.0.0.1:{port}", now=NOW)).run()


def test_requests_time_out_instead_of_hanging():
    fetch = client_fetch()
    with responses.RequestsMock() as rsps:
        rsps.get(f"{API}/accounts/lookup", json=ACME)
        fetch.client.account_lookup("acme@mastodon.social")
        assert rsps.calls[0].request.req_kwargs["timeout"] == base.REQUEST_TIMEOUT


# ------------------------------------------------------------------------------------------ CLI
def test_cli_fetch_against_a_loopback_instance_saves_into_the_workspace(tmp_path, monkeypatch, capsys):
    from lib.cli import main
    from lib.store import open_store

    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    monkeypatch.delenv("MASTODON_ACCESS_TOKEN", raising=False)
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(base, "utcnow", lambda: NOW)
    with serve(FULL) as url:
        assert main(["fetch", "mastodon", "@acme@mastodon.social", "--workspace", "acme", "--api-url", url]) == 0
    out = capsys.readouterr().out
    assert ("mastodon:@acme@mastodon.social: 3 posts, 6 comments (1 by the account), 930 followers today, "
            "5 requests -> workspace 'acme'") in out
    stored = open_store().load("acme")
    assert len(stored.posts) == 3 and len(stored.comments) == 6 and stored.followers["followers"].tolist() == [930]
    # a second fetch is a refresh: posts since the newest stored one minus 14 days, merged without duplicates
    with serve([lookup(), statuses([*PAGE1, PAGE2[0]], headers=LINK), context(S3, CONTEXT3)]) as url:
        assert main(["fetch", "mastodon", "acme@mastodon.social", "--workspace", "acme", "--api-url", url]) == 0
    assert "Refresh: posts since 2026-11-06 12:00 UTC" in capsys.readouterr().out
    again = open_store().load("acme")
    assert len(again.posts) == 3 and len(again.comments) == 6


def test_cli_remembers_a_credential_uses_it_rotates_and_forgets(tmp_path, monkeypatch, capsys):
    from cryptography.fernet import Fernet

    from lib.cli import main
    from lib.store import open_store

    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CONVERSA_SECRET_KEY", old)
    monkeypatch.setattr(base, "utcnow", lambda: NOW)
    open_store().create("acme")
    monkeypatch.setenv("MASTODON_ACCESS_TOKEN", TOKEN)
    assert main(["credentials", "remember", "mastodon", "--workspace", "acme"]) == 0
    monkeypatch.delenv("MASTODON_ACCESS_TOKEN")
    monkeypatch.setenv("CONVERSA_SECRET_KEY", f"{new},{old}")
    assert main(["credentials", "rotate"]) == 0
    monkeypatch.setenv("CONVERSA_SECRET_KEY", new)  # the old key is gone: the rotated credential still opens
    me = answer(f"{API}/accounts/verify_credentials", ACME)
    with serve([lookup(), me, *FULL[1:]]) as url:
        assert main(["fetch", "mastodon", "acme@mastodon.social", "--workspace", "acme", "--api-url", url]) == 0
    out = capsys.readouterr().out
    assert "Re-encrypted 1 credentials" in out and "4 posts" in out and TOKEN not in out  # its unlisted post too
    assert main(["credentials", "forget", "mastodon", "--workspace", "acme"]) == 0
    assert open_store().remembered_platforms("acme") == []
    for f in tmp_path.rglob("*"):
        if f.is_file():
            assert TOKEN.encode() not in f.read_bytes(), f.name


def test_the_token_is_in_no_log_exception_store_file_backup_workbook_or_source(tmp_path, caplog):
    """Issue 12: after a fetch with a token (remembered for the workspace), grep everything that is kept."""
    import zipfile

    from cryptography.fernet import Fernet

    from lib.report import sources_from_imports
    from lib.report.documents import build_document
    from lib.store import Store, Vault

    caplog.set_level(logging.DEBUG)
    st = Store(f"sqlite:///{tmp_path / 'conversa.db'}")
    st.create("acme")
    st.remember_credential("acme", "mastodon", TOKEN, Vault((Fernet.generate_key(),)))
    me = answer(f"{API}/accounts/verify_credentials", ACME)
    result = run(tmp_path, [lookup(), me, *FULL[1:]], token=TOKEN)
    st.save_dataset("acme", result.dataset, source=result.source, kind="fetch", platform=result.platform,
                    account=result.account)
    with responses.RequestsMock() as rsps:
        rsps.get(f"{API}/accounts/lookup", status=401, json={"error": "The access token is invalid"})
        with pytest.raises(md.AuthError) as info:
            client_fetch(TOKEN).run()
    snapshot = st.snapshot("acme")
    report = compute(snapshot.dataset, Period.with_previous(dt.date(2026, 9, 1), dt.date(2026, 11, 20)))
    workbook = build_document(report, "xlsx", settings=snapshot.settings,
                              sources=sources_from_imports(st.imports("acme")), workspace="acme").data
    backup = st.export_backup("acme")
    st.close()
    secret = TOKEN.encode()
    assert len(snapshot.dataset.posts) == 4  # the unlisted post came through the token
    with zipfile.ZipFile(io.BytesIO(workbook)) as zf:
        assert all(secret not in zf.read(n) for n in zf.namelist())
    with zipfile.ZipFile(io.BytesIO(backup)) as zf:
        assert all(secret not in zf.read(n) for n in zf.namelist())
    assert all(secret not in f.read_bytes() for f in tmp_path.rglob("*") if f.is_file())
    assert TOKEN not in caplog.text and TOKEN not in result.source
    assert secret not in pickle.dumps(result) and secret not in pickle.dumps(info.value)
    assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)


def test_a_fetch_and_the_real_archive_of_the_same_account_merge_without_double_counting(tmp_path, samples):
    """The real Mastodon archive of @GoodBoiShibe@mas.to and a fetch of the same account (typed in lower case):
    the same account name, the account's own statuses under the same numbers, so a status in both counts once."""
    from lib.importers import import_paths

    archive = next(r.dataset for r in import_paths([str(samples / "mastodon")]) if len(r.dataset.posts))
    first = archive.posts.iloc[0]
    shibe = account("109300000000000001", "GoodBoiShibe", "https://mas.to/users/GoodBoiShibe",
                    "https://mas.to/@GoodBoiShibe", followers_count=57)
    again = status(first["post_id"], shibe, "2026-11-18T09:00:00.000Z", "<p>Still here</p>", favourites=3)
    mas = "https://mas.to/api/v1"
    tape = [answer(f"{mas}/accounts/lookup", shibe, query={"acct": "goodboishibe@mas.to"}),
            answer(f"{mas}/accounts/{shibe['id']}/statuses", [again],
                   query={"exclude_replies": 1, "exclude_reblogs": 1, "limit": 40})]
    with cassette(tmp_path, tape):
        fetched = md.make_fetch(FetchRequest("goodboishibe@mas.to", now=NOW)).run().dataset
    assert fetched.posts["account"].tolist() == [first["account"]] == ["@GoodBoiShibe@mas.to"]
    merged = Dataset.merge_all([archive, fetched])
    assert len(merged.posts) == len(archive.posts)
    assert merged.posts.loc[merged.posts["post_id"] == first["post_id"], "reactions"].tolist() == [3]


def test_a_refresh_updates_counts_and_threads_and_undoing_it_brings_the_first_fetch_back(tmp_path, monkeypatch):
    from lib.cli import main
    from lib.store import open_store

    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    monkeypatch.delenv("MASTODON_ACCESS_TOKEN", raising=False)
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(base, "utcnow", lambda: NOW)
    with serve(FULL) as url:
        assert main(["fetch", "mastodon", "acme@mastodon.social", "--workspace", "acme", "--api-url", url]) == 0
    grown = [{**PAGE1[0], "favourites_count": 55, "replies_count": 7}, *PAGE1[1:], PAGE2[0]]
    late = status("113520000000000001", DARIO, "2026-11-19T08:00:00.000Z", "<p>Any decaf?</p>", reply_to=S3)
    context3 = {**CONTEXT3, "descendants": [*CONTEXT3["descendants"], late]}
    with serve([lookup(), statuses(grown, headers=LINK), context(S3, context3)]) as url:
        assert main(["fetch", "mastodon", "acme@mastodon.social", "--workspace", "acme", "--api-url", url]) == 0
    st = open_store()
    refreshed = st.load("acme")
    assert refreshed.posts.set_index("post_id").loc[S3, "reactions"] == 55
    assert len(refreshed.posts) == 3 and len(refreshed.comments) == 7  # the late reply added, nothing doubled
    fetches = [r for r in st.imports("acme") if r.kind == "fetch"]
    assert len(fetches) == 2
    st.undo_import("acme", fetches[-1].id)
    back = st.load("acme")
    assert back.posts.set_index("post_id").loc[S3, "reactions"] == 40 and len(back.comments) == 6


def test_a_chosen_since_wins_over_the_refresh_window():
    newest = dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.UTC)
    assert FetchRequest("a@b.c", newest=newest).start(NOW) == dt.datetime(2026, 11, 6, 12, 0, tzinfo=dt.UTC)
    resumed = FetchRequest("a@b.c", newest=newest, since=dt.date(2026, 10, 1)).start(NOW)
    assert resumed == dt.datetime(2026, 10, 1, tzinfo=dt.UTC)  # where a stopped fetch said to go on


def test_cli_after_a_rate_limit_says_the_day_to_go_on_from(tmp_path, monkeypatch, capsys):
    from lib.cli import main

    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    monkeypatch.delenv("MASTODON_ACCESS_TOKEN", raising=False)
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(base, "utcnow", lambda: NOW)
    limited = context(S3, {"error": "Too many requests"}, status=429,
                      headers={"X-RateLimit-Reset": "2026-11-20T12:30:00.000000Z"})
    with serve([*FULL[:3], FULL[4], limited]) as url:  # threads oldest first: S1's arrives, S3's is refused
        assert main(["fetch", "mastodon", "acme@mastodon.social", "--workspace", "acme", "--api-url", url]) == 1
    out = capsys.readouterr().out
    assert "Run again after 2026-11-20 12:30 UTC with --since 2026-11-18 for the rest." in out
    with serve([lookup(), statuses(PAGE1, headers=LINK), context(S3, CONTEXT3)]) as url:  # from S3's day on
        assert main(["fetch", "mastodon", "acme@mastodon.social", "--workspace", "acme", "--api-url", url,
                     "--since", "2026-11-18"]) == 0
    from lib.store import open_store

    assert len(open_store().load("acme").comments) == 6  # the rest arrived, nothing doubled
