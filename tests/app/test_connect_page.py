"""The Connect X page in the running app (AppTest): no-token guidance, a replayed fetch saved into the workspace,
X's refusals shown as sentences, and the token never shown on the page or stored."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import responses
import vcr
from streamlit.testing.v1 import AppTest

from lib.connectors import x as xc
from pages._shared import keys as K

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
