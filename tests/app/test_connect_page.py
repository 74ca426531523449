"""The Connect accounts page in the running app (AppTest): no-token guidance, a replayed fetch saved into the
workspace, X's refusals shown as sentences, the token never shown on the page or stored in clear; remembering a
credential only when ticked and a key is configured, encrypted, used by the next session, forgotten on request,
never kept when the platform refuses it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import responses
import vcr
from cryptography.fernet import Fernet
from streamlit.testing.v1 import AppTest

from lib.connectors import base
from lib.connectors import x as xc
from pages._shared import keys as K
from tests.connector_tape import answer, cassette
from tests.unit import test_connector_mastodon as M

ROOT = Path(__file__).resolve().parents[2]
NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
TOKEN = "AAAAAAAAAAAAAAAAAAAAAPageTestToken%2Bq9xYz0%3DkPqL8sZ3vN1mR7tW2yB5cD0eF6gH"
tape = vcr.VCR(cassette_library_dir=str(ROOT / "tests" / "cassettes" / "x"), filter_headers=["Authorization"],
               record_mode="none", match_on=["method", "scheme", "host", "port", "path", "query"])


@pytest.fixture
def store(app_store, monkeypatch):
    monkeypatch.delenv("X_BEARER_TOKEN", raising=False)
    monkeypatch.setattr(xc, "_utcnow", lambda: NOW)
    s = app_store
    s.create("acme", {"brand_handles": {"x": ["@AcmeCoffee"]}})
    return s


def _connect_page(lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state[K.WORKSPACE] = "acme"
    at.session_state[K.LANGUAGE] = lang
    at.run()
    at.switch_page("pages/connect.py").run()
    assert not at.exception
    return at


def _texts(at: AppTest) -> str:
    parts = [e.value for kind in ("markdown", "caption", "success", "info", "warning", "error") for e in getattr(at, kind)]
    return "\n".join(str(p) for p in parts)


def test_without_a_token_the_page_points_to_the_archive(store):
    at = _connect_page()
    text = _texts(at)
    assert "3,200 most recent posts" in text and "last 7 days" in text
    assert "The Free plan can post but cannot read" in text and "Download an archive of your data" in text
    assert at.button(key="connect_x_fetch").disabled
    assert at.text_input(key="connect_x_token").proto.type == at.text_input(key="connect_x_token").proto.PASSWORD


def test_fetch_with_the_configured_token_saves_into_the_workspace(store, monkeypatch, tmp_path):
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    at = _connect_page()
    assert at.text_input(key="connect_x_account").value == "AcmeCoffee"  # from the workspace's brand handles
    assert "configured for this app (X_BEARER_TOKEN)" in _texts(at)
    with tape.use_cassette("fetch_account.yaml"):
        at.button(key="connect_x_fetch").click().run()
    assert not at.exception
    success = [s.value for s in at.success]
    assert any("Fetched @AcmeCoffee from X: 5 posts, 11 comments (3 by the account), 12,840 followers today" in s for s in success)
    data = store.load("acme")
    assert len(data.posts) == 5 and len(data.comments) == 11 and data.followers["followers"].tolist() == [12840]
    assert TOKEN not in _texts(at)
    for f in tmp_path.rglob("*"):
        if f.is_file():
            assert TOKEN.encode() not in f.read_bytes(), f.name


@responses.activate
def test_a_typed_token_that_x_refuses_shows_what_to_do(store):
    responses.get("https://api.twitter.com/2/users/by/username/AcmeCoffee", status=401,
                  json={"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"})
    at = _connect_page()
    at.text_input(key="connect_x_token").input(TOKEN).run()
    assert not at.button(key="connect_x_fetch").disabled
    at.button(key="connect_x_fetch").click().run()
    errors = [e.value for e in at.error]
    assert any("401 Unauthorized" in e and "Bearer Token" in e for e in errors)
    assert TOKEN not in _texts(at)
    assert store.load("acme").is_empty


def test_messages_follow_the_session_language_and_earlier_fetches_are_listed(store, monkeypatch):
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    at = _connect_page()
    with tape.use_cassette("fetch_account.yaml"):
        at.button(key="connect_x_fetch").click().run()
    at = _connect_page("it")
    with responses.RequestsMock() as rsps:
        rsps.get("https://api.twitter.com/2/users/by/username/AcmeCoffee", status=402, json={"title": "CreditsDepleted"})
        at.button(key="connect_x_fetch").click().run()
    assert any("crediti dell'API di X sono esauriti" in e.value for e in at.error)
    history = at.dataframe[0].value
    assert history.columns.tolist() == ["Scaricato il", "Piattaforma", "Account", "Post", "Commenti"]
    assert history[["Piattaforma", "Account", "Post", "Commenti"]].values.tolist() == [["X", "AcmeCoffee", "5", "11"]]


# ------------------------------------------------------------------------------------------ remembered credentials
KEY = Fernet.generate_key().decode()


@pytest.fixture
def mastodon_store(app_store, monkeypatch):
    monkeypatch.delenv("MASTODON_ACCESS_TOKEN", raising=False)
    monkeypatch.setenv("CONVERSA_SECRET_KEY", KEY)
    monkeypatch.setattr(base, "utcnow", lambda: M.NOW)
    app_store.create("acme", {"brand_handles": {"mastodon": ["@acme@mastodon.social"]}})
    return app_store


def test_a_ticked_credential_is_remembered_encrypted_used_next_time_and_forgotten(mastodon_store, tmp_path):
    at = _connect_page()
    assert at.text_input(key="connect_mastodon_account").value == "acme@mastodon.social"
    at.text_input(key="connect_mastodon_token").input(M.TOKEN)
    at.checkbox(key="connect_mastodon_remember").check().run()
    me = answer(f"{M.API}/accounts/verify_credentials", M.ACME)
    with cassette(tmp_path, [M.lookup(), me, *M.FULL[1:]]):
        at.button(key="connect_mastodon_fetch").click().run()
    assert not at.exception
    assert any("Fetched @acme@mastodon.social from Mastodon: 4 posts" in s.value for s in at.success)
    assert mastodon_store.remembered_platforms("acme") == ["mastodon"]
    for f in tmp_path.rglob("*"):
        if f.is_file():
            assert M.TOKEN.encode() not in f.read_bytes(), f.name

    again = _connect_page()  # a new session: the remembered credential is used, the token input is gone
    assert "Using the remembered credential (stored encrypted)." in _texts(again)
    assert not [t for t in again.text_input if t.key == "connect_mastodon_token"]
    assert M.TOKEN not in _texts(again)
    again.button(key="connect_mastodon_forget").click().run()
    assert mastodon_store.remembered_platforms("acme") == []
    assert [t for t in again.text_input if t.key == "connect_mastodon_token"]


def test_without_a_key_nothing_can_be_remembered_and_the_page_says_why(mastodon_store, monkeypatch):
    monkeypatch.delenv("CONVERSA_SECRET_KEY")
    at = _connect_page("it")
    assert "Per ricordare le credenziali serve una chiave di cifratura" in _texts(at)
    assert not [c for c in at.checkbox if c.key == "connect_mastodon_remember"]


@responses.activate
def test_a_credential_the_platform_refuses_is_not_kept(mastodon_store):
    responses.get(f"{M.API}/accounts/lookup", status=401, json={"error": "The access token is invalid"})
    at = _connect_page()
    at.text_input(key="connect_mastodon_token").input(M.TOKEN)
    at.checkbox(key="connect_mastodon_remember").check().run()
    at.button(key="connect_mastodon_fetch").click().run()
    assert any("Mastodon did not accept the credential" in e.value for e in at.error)
    assert mastodon_store.remembered_platforms("acme") == []
    assert M.TOKEN not in _texts(at)


def test_a_youtube_channel_fetched_from_the_page_with_the_configured_key(app_store, monkeypatch, tmp_path):
    from tests.unit import test_connector_youtube as Y

    monkeypatch.setenv("YOUTUBE_API_KEY", Y.KEY)
    monkeypatch.setattr(base, "utcnow", lambda: Y.NOW)
    app_store.create("acme", {"brand_handles": {"youtube": ["@acmecoffee"]}})
    at = _connect_page()
    assert "configured for this app (YOUTUBE_API_KEY)" in _texts(at)
    with cassette(tmp_path, Y.FULL, filter_query=("key",)):
        at.button(key="connect_youtube_fetch").click().run()
    assert not at.exception
    assert any("Fetched @acmecoffee from YouTube: 2 posts, 11 comments (2 by the account), 5,120 followers today"
               in s.value and "It spent 10 of the 10,000 quota units of the day." in s.value for s in at.success)
    assert Y.KEY not in _texts(at)
    assert len(app_store.load("acme").comments) == 11


def test_a_facebook_page_fetched_from_the_page_and_a_missing_permission_named_in_italian(app_store, monkeypatch,
                                                                                         tmp_path):
    from tests.unit import test_connector_facebook as F

    monkeypatch.setenv("META_ACCESS_TOKEN", F.TOKEN)
    monkeypatch.setattr(base, "utcnow", lambda: F.NOW)
    app_store.create("acme")
    at = _connect_page()
    at.text_input(key="connect_facebook_account").input(F.PAGE_ID).run()
    with cassette(tmp_path, F.FULL, filter_query=("access_token",)):
        at.button(key="connect_facebook_fetch").click().run()
    assert not at.exception
    assert any("Fetched Acme Coffee from Facebook: 3 posts, 6 comments (1 by the account), 2,300 followers today"
               in s.value for s in at.success)
    at = _connect_page("it")
    at.text_input(key="connect_facebook_account").input(F.PAGE_ID).run()
    with responses.RequestsMock() as rsps:
        rsps.get(f"{F.GRAPH}/{F.PAGE_ID}", status=403, json={"error": {
            "message": "(#10) This endpoint requires the 'pages_read_engagement' permission", "type": "OAuthException",
            "code": 10}})
        at.button(key="connect_facebook_fetch").click().run()
    assert any("manca l'autorizzazione pages_read_engagement" in e.value for e in at.error)
    assert F.TOKEN not in _texts(at)


@responses.activate
def test_a_rate_limit_on_the_page_sets_the_day_the_next_fetch_goes_on_from(app_store, monkeypatch):
    monkeypatch.delenv("MASTODON_ACCESS_TOKEN", raising=False)
    monkeypatch.delenv("CONVERSA_SECRET_KEY", raising=False)
    monkeypatch.setattr(base, "utcnow", lambda: M.NOW)
    app_store.create("acme", {"brand_handles": {"mastodon": ["@acme@mastodon.social"]}})
    responses.get(f"{M.API}/accounts/lookup", json=M.ACME)
    responses.get(f"{M.API}/accounts/{M.ACME_ID}/statuses", json=[M.PAGE1[0], M.PAGE2[0]])
    responses.get(f"{M.API}/statuses/{M.S1}/context", json=M.CONTEXT1)  # the oldest thread first: it arrives
    responses.get(f"{M.API}/statuses/{M.S3}/context", status=429, json={"error": "Too many requests"},
                  headers={"X-RateLimit-Reset": "2026-11-20T12:30:00.000000Z"})
    at = _connect_page()
    at.button(key="connect_mastodon_fetch").click().run()
    assert not at.exception
    warning = " ".join(w.value for w in at.warning)
    assert "Fetch again after 2026-11-20 12:30 UTC" in warning and "\"First fetch from\" is now 18 Nov 2026" in warning
    assert at.date_input(key="connect_mastodon_since").value == dt.date(2026, 11, 18)
    data = app_store.load("acme")
    assert len(data.posts) == 2 and data.comments["comment_id"].tolist() == [M.BRUNO_URI7]


@pytest.mark.parametrize("lang", ["en", "it"])
def test_the_demo_is_never_fetched_into(demo, lang):
    from lib.i18n import t

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.session_state[K.WORKSPACE] = demo
    at.session_state[K.LANGUAGE] = lang
    at.run()
    at.switch_page("pages/connect.py").run()
    assert not at.exception
    assert t("connect.demo_blocked", lang) in _texts(at)
    assert not [b for b in at.button if b.key and b.key.endswith("_fetch")]  # no fetch button on any platform
