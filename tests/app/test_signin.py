"""The sign-in gate in the app (AppTest): password mode (the form alone for anonymous visitors, throttled wrong
passwords, sessions that expire, sign-out), roles (clients present read-only, no data pages), proxy mode refusing a
connection from an address that is not the proxy's, and the refusal to serve a network address without sign-in."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from streamlit import config as st_config
from streamlit.testing.v1 import AppTest

from lib.dataset import Dataset
from lib.i18n import t
from pages._shared import keys as K

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"


def _data(brand: str) -> Dataset:
    posts = pd.DataFrame({"post_id": ["p1", "p2"], "published_at": ["2026-11-05T10:00:00Z", "2026-11-20T10:00:00Z"],
                          "comments": [3, 1], "text": ["Hello", "Sale?"], "platform": "facebook", "account": brand})
    return Dataset.from_frames(posts=posts)


@pytest.fixture
def hosted(app_store, monkeypatch):
    """Two clients' workspaces; an admin, a consultant and a client (granted "Acme" only); password mode."""
    monkeypatch.setenv("CONVERSA_AUTH", "password")
    for name in ("Acme", "Secret Client"):
        app_store.create(name)
        app_store.save_dataset(name, _data(name.lower().replace(" ", "")), "seed", kind="file")
    for email, role in (("boss@agency.it", "admin"), ("carla@agency.it", "consultant"), ("kim@acme.it", "client")):
        app_store.add_user(email, role, password=PASSWORD)
    app_store.grant("carla@agency.it", "Acme")
    app_store.grant("kim@acme.it", "Acme")
    app_store.set_last_used("Secret Client")  # an anonymous or other visitor must not land here
    return app_store


def _app(lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[K.LANGUAGE] = lang
    return at.run()


def _everything(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info]
    parts += [e.value for e in at.error] + [str(s.options) for s in at.selectbox] + [x.value for x in at.title]
    return "\n".join(str(p) for p in parts)


def _open_path(at: AppTest, url_path: str) -> AppTest:
    """Open a page by its URL path, as a typed URL would (AppTest's switch_page knows only page files)."""
    found = [h for h, info in at._registered_pages.items() if info.get("url_pathname") == url_path]
    assert len(found) == 1, url_path
    at._page_hash = found[0]
    return at


def _sign_in(at: AppTest, email: str, password: str) -> AppTest:
    at.text_input(key=K.AUTH_EMAIL).input(email)
    at.text_input(key=K.AUTH_PASSWORD).input(password)
    at.button[0].click()
    return at.run()


@pytest.mark.parametrize("lang", ["en", "it"])
def test_an_anonymous_visitor_sees_the_sign_in_form_and_nothing_else(hosted, lang):
    at = _app(lang)
    assert not at.exception
    assert [x.value for x in at.title] == [t("auth.signin_title", lang)]
    assert at.text_input(key=K.AUTH_EMAIL).label == t("auth.email", lang)
    text = _everything(at)
    assert "Acme" not in text and "Secret" not in text and not at.sidebar.selectbox and not at.metric
    assert K.SELECTION not in at.session_state and K.AUTH_USER not in at.session_state


def test_a_wrong_password_is_refused_recorded_and_throttled_after_three(hosted):
    at = _app()
    for _ in range(3):
        _sign_in(at, "kim@acme.it", "not the password")
        assert [e.value for e in at.error] == [t("auth.wrong")]
    failures = [e for e in hosted.audit_log() if e.action == "sign_in_failed"]
    assert len(failures) == 3 and {e.actor for e in failures} == {"kim@acme.it"}
    assert all(e.address == "127.0.0.1" for e in failures)
    _sign_in(at, "kim@acme.it", "not the password")
    assert [e.value for e in at.error] == [t("auth.wrong")]
    _sign_in(at, "kim@acme.it", PASSWORD)  # the right password, but it must wait (2 s after the 4th failure)
    assert len(at.error) == 1 and at.error[0].value.startswith("Too many wrong attempts: wait ")
    assert K.AUTH_USER not in at.session_state
    assert "correct horse" not in str([e.detail for e in hosted.audit_log()])


def test_a_client_sees_only_their_workspace_presenting_read_only(hosted):
    at = _sign_in(_app(), "kim@acme.it", PASSWORD)
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert at.session_state[K.AUTH_USER].role == "client"
    assert at.session_state[K.SELECTION].workspace == "Acme" and at.session_state[K.SELECTION].present
    assert at.sidebar.selectbox(key=K.WORKSPACE).options == ["Acme"]
    assert "Secret" not in _everything(at)
    assert not [b for b in at.button if b.key == K.EXIT_PRESENT]  # clients cannot leave presentation mode
    log = hosted.audit_log()
    assert (log[0].actor, log[0].action, log[0].detail) == ("kim@acme.it", "sign_in", "password")
    for page in ("upload", "connect", "workspaces"):  # by URL: a sentence, nothing of the page
        _open_path(at, page).run()
        assert [i.value for i in at.info] == [t("access.read_only")], page
        assert not at.file_uploader and not at.text_input, page


def test_a_consultant_sees_theirs_and_the_data_pages(hosted):
    at = _sign_in(_app(), "carla@agency.it", PASSWORD)
    assert not at.exception and not at.error
    assert at.sidebar.selectbox(key=K.WORKSPACE).options == ["Acme"]
    assert not at.session_state[K.SELECTION].present
    at.switch_page("pages/workspaces.py").run()
    assert not at.exception and t("ws.title") in [x.value for x in at.title]
    assert "Secret" not in _everything(at)


def test_an_admin_sees_every_workspace(hosted):
    at = _sign_in(_app(), "boss@agency.it", PASSWORD)
    assert at.sidebar.selectbox(key=K.WORKSPACE).options == ["Acme", "Secret Client"]


def test_a_session_expires_and_signing_out_ends_it(hosted):
    at = _sign_in(_app(), "carla@agency.it", PASSWORD)
    session = at.session_state[K.AUTH_SESSION]
    at.session_state[K.AUTH_SESSION] = dataclasses.replace(session, last_seen=session.last_seen - dt.timedelta(hours=2))
    at.run()
    assert t("auth.expired") in [i.value for i in at.info] and K.AUTH_USER not in at.session_state
    _sign_in(at, "carla@agency.it", PASSWORD)
    assert at.session_state[K.AUTH_USER].email == "carla@agency.it"
    next(b for b in at.button if b.key == K.AUTH_SIGNOUT).click()
    at.run()
    assert [x.value for x in at.title] == [t("auth.signin_title")] and K.AUTH_USER not in at.session_state
    assert [e.action for e in hosted.audit_log()[:3]] == ["sign_out", "sign_in", "sign_in"]


def test_a_removed_account_is_signed_out_at_its_next_click(hosted):
    at = _sign_in(_app(), "kim@acme.it", PASSWORD)
    hosted.remove_user("kim@acme.it")
    at.run()
    assert [x.value for x in at.title] == [t("auth.signin_title")] and "Acme" not in _everything(at)


def test_proxy_mode_refuses_a_connection_that_is_not_from_the_proxy(hosted, monkeypatch):
    monkeypatch.setenv("CONVERSA_AUTH", "proxy")
    monkeypatch.setenv("CONVERSA_TRUSTED_PROXIES", "10.9.9.9")
    at = _app()
    assert [e.value for e in at.error] == ["This app accepts visitors only through its sign-in proxy."]
    assert "Acme" not in _everything(at)
    monkeypatch.setenv("CONVERSA_TRUSTED_PROXIES", "127.0.0.1")  # from the proxy, but it sent nobody's e-mail
    at = _app("it")
    assert [e.value for e in at.error] == [t("auth.proxy_missing", "it")] and "Acme" not in _everything(at)


@pytest.fixture
def network_address():
    before = st_config.get_option("server.address")
    st_config.set_option("server.address", "0.0.0.0")  # noqa: S104 (what is being refused)
    yield
    st_config.set_option("server.address", before)


def test_a_network_address_without_sign_in_is_refused(app_store, monkeypatch, network_address):
    monkeypatch.delenv("CONVERSA_AUTH", raising=False)
    app_store.create("Acme")
    at = _app()
    assert [x.value for x in at.title] == [t("auth.refused_title")]
    assert "refuses to serve" in at.error[0].value and "Acme" not in _everything(at)
    monkeypatch.setenv("CONVERSA_AUTH", "password")
    at = _app()
    assert [x.value for x in at.title] == [t("auth.signin_title")]


def _users_page(hosted, lang: str = "en") -> AppTest:
    at = _sign_in(_app(lang), "boss@agency.it", PASSWORD)
    at.switch_page("pages/users.py").run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    return at


@pytest.mark.parametrize("lang", ["en", "it"])
def test_an_admin_adds_a_user_grants_and_reads_the_audit_log(hosted, lang):
    at = _users_page(hosted, lang)
    assert [x.value for x in at.title][-1] == t("users.title", lang)
    at.text_input(key=K.USERS_EMAIL).input("New.Client@Beta.it")
    at.multiselect(key=K.USERS_WORKSPACES).select("Secret Client")
    at.text_input(key=K.USERS_PASSWORD).input("another long secret")
    next(b for b in at.button if b.label == t("users.add_button", lang)).click()
    at.run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert t("users.added", lang, email="new.client@beta.it", role=t("role.client", lang)) in [s.value for s in at.success]
    assert hosted.granted("new.client@beta.it") == ["Secret Client"]
    assert hosted.check_password("new.client@beta.it", "another long secret").role == "client"
    accounts, audit = at.dataframe[0].value, at.dataframe[1].value
    assert "new.client@beta.it" in list(accounts[t("users.col_email", lang)])
    actions = list(audit[t("audit.col_action", lang)])
    assert actions[:3] == [t("action.grant", lang), t("action.user_add", lang), t("action.sign_in", lang)]
    assert "another long secret" not in audit.to_string()


def test_only_admins_reach_the_users_page(hosted):
    at = _sign_in(_app(), "carla@agency.it", PASSWORD)
    assert "pages/users.py" not in [str(i.get("script_path", "")).replace(str(ROOT) + "/", "")
                                    for i in at._registered_pages.values()]
    _open_path(at, "users").run()
    assert [i.value for i in at.info] == [t("access.read_only")] and not at.dataframe


def test_an_admin_changes_a_users_role_on_the_users_page(hosted):
    at = _users_page(hosted)
    at.selectbox(key=K.USERS_PICK).set_value("kim@acme.it").run()
    at.selectbox(key=f"{K.USERS_ROLE}_kim@acme.it").set_value("consultant").run()
    next(b for b in at.button if b.key == K.USERS_SET_ROLE).click()
    at.run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert hosted.user("kim@acme.it").role == "consultant"
    assert t("users.role_changed", email="kim@acme.it", role=t("role.consultant")) in [s.value for s in at.success]
