"""Hosting for several clients in Chromium: password sign-in (anonymous visitors see only the form; a client sees only
their workspace), OIDC sign-in through st.login against a real oidc-provider-mock process on loopback, and two app
servers starting at once on one PostgreSQL (the schema upgraded once; a workspace made on A is seen on B)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from lib.dataset import Dataset
from lib.i18n import t

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, proc: subprocess.Popen, log: Path, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (a loopback URL the test started)
                return
        except OSError:
            time.sleep(0.3)
        if proc.poll() is not None:
            pytest.fail(f"exited with code {proc.returncode}: {log.read_text(errors='replace')[-2000:]}")
    pytest.fail(f"{url} did not answer within {seconds:.0f} s")


@contextmanager
def _serve(env: dict[str, str], tmp: Path, *, cwd: Path = ROOT, port: int | None = None):
    """``streamlit run app.py`` on loopback with ``env`` added; yields its URL."""
    port = port or _free_port()
    log = tmp / f"streamlit-{port}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none"],
            cwd=cwd, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_http(f"{url}/_stcore/health", proc, log)
        yield url, proc, log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


def _ready(page, name: str) -> None:
    page.wait_for_selector(f".conversa-ready[data-page='{name}']", state="attached", timeout=120_000)
    page.wait_for_timeout(300)


def _seed(store) -> None:
    for name in ("Acme", "Secret Client"):
        posts = pd.DataFrame({"post_id": ["p1"], "published_at": ["2026-11-05T10:00:00Z"], "comments": [3],
                              "text": ["Hello"], "platform": "facebook", "account": name.lower()[:4]})
        store.create(name)
        store.save_dataset(name, Dataset.from_frames(posts=posts), "seed", kind="file")
    store.add_user("kim@acme.it", "client", password=PASSWORD)
    store.grant("kim@acme.it", "Acme")
    store.set_last_used("Secret Client")


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(tmp_path))
    from lib.store import Store

    store = Store(f"sqlite:///{tmp_path / 'conversa.db'}")
    _seed(store)
    store.close()
    return tmp_path


def test_password_sign_in_shows_a_client_only_their_workspace(browser, data_dir, tmp_path, shots):
    with _serve({"CONVERSA_AUTH": "password", "CONVERSA_DATA_DIR": str(data_dir)}, tmp_path) as (url, _, _):
        context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="en-GB")
        page = context.new_page()
        page.goto(f"{url}/workspaces")  # a bookmarked data page: the sign-in answers, nothing else
        _ready(page, "signin")
        page.screenshot(path=str(shots / "signin-1280.png"), full_page=True)
        body = page.inner_text("body")
        assert t("auth.signin_title") in body and "Acme" not in body and "Secret" not in body
        assert "Page not found" not in body
        page.goto(url)
        _ready(page, "signin")
        page.get_by_label(t("auth.email")).fill("kim@acme.it")
        page.get_by_label(t("auth.password"), exact=True).fill("wrong password!")
        page.get_by_role("button", name=t("auth.signin")).click()
        page.get_by_text(t("auth.wrong")).wait_for(timeout=60_000)
        page.get_by_label(t("auth.email")).fill("kim@acme.it")
        page.get_by_label(t("auth.password"), exact=True).fill(PASSWORD)
        page.get_by_role("button", name=t("auth.signin")).click()
        _ready(page, "overview")
        page.set_viewport_size({"width": 1440, "height": 1000})
        page.screenshot(path=str(shots / "signed-in-client-1440.png"), full_page=True)
        body = page.inner_text("body")
        assert "Acme" in body and "Secret" not in body and "PRESENT_CSS" not in body  # no stray text from app.py
        assert t("app.exit_present") not in body and t("sidebar.present") not in body  # a client stays presenting
        assert page.locator('[data-testid="stSidebar"]').is_visible()  # ... and picks workspace, period, language
        context.close()


def _oidc_secrets(folder: Path, app_port: int, issuer: str) -> None:
    (folder / ".streamlit").mkdir(parents=True)
    (folder / ".streamlit" / "secrets.toml").write_text(
        "[conversa]\nauth = \"oidc\"\n\n[auth]\n"
        f"redirect_uri = \"http://127.0.0.1:{app_port}/oauth2callback\"\n"
        f"cookie_secret = \"{uuid.uuid4().hex}\"\nclient_id = \"conversa\"\nclient_secret = \"test-secret\"\n"
        f"server_metadata_url = \"{issuer}/.well-known/openid-configuration\"\n", encoding="utf-8")


def test_oidc_sign_in_through_st_login_against_a_real_provider(browser, data_dir, tmp_path, shots):
    provider_port, app_port = _free_port(), _free_port()
    claims = json.dumps({"sub": "kim", "email": "kim@acme.it", "email_verified": True, "name": "Kim"})
    log = tmp_path / "oidc.log"
    with log.open("wb") as out:
        provider = subprocess.Popen([str(Path(sys.executable).parent / "oidc-provider-mock"), "--port",
                                     str(provider_port), "--user-claims", claims], stdout=out, stderr=subprocess.STDOUT)
    issuer = f"http://127.0.0.1:{provider_port}"
    try:
        _wait_http(f"{issuer}/.well-known/openid-configuration", provider, log)
        site = tmp_path / "site"
        _oidc_secrets(site, app_port, issuer)
        env = {"CONVERSA_DATA_DIR": str(data_dir)}
        with _serve(env, tmp_path, cwd=site, port=app_port) as (url, _, _):
            context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="en-GB")
            page = context.new_page()
            page.goto(url)
            _ready(page, "signin")
            assert "Acme" not in page.inner_text("body")
            page.get_by_role("button", name=t("auth.oidc_button")).click()
            page.get_by_role("button", name="kim").click()  # the provider's own page: its predefined user
            _ready(page, "overview")
            page.screenshot(path=str(shots / "oidc-signed-in-1280.png"), full_page=True)
            body = page.inner_text("body")
            assert "Acme" in body and "Secret" not in body
            context.close()
    finally:
        provider.terminate()
        provider.wait(timeout=15)
    from lib.store import Store

    store = Store(f"sqlite:///{data_dir / 'conversa.db'}")
    assert [(e.actor, e.action, e.detail) for e in store.audit_log()[:1]] == [("kim@acme.it", "sign_in", "oidc")]
    store.close()


@pytest.fixture
def pg_url():
    base = os.environ.get("CONVERSA_TEST_DATABASE_URL")
    if not base:
        pytest.skip("CONVERSA_TEST_DATABASE_URL is not set (source .ci/postgres.sh; start_postgres)")
    name = f"e2e_{uuid.uuid4().hex[:12]}"
    url = sa.make_url(base).set(drivername="postgresql+psycopg")
    admin = sa.create_engine(url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    yield url.update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(hide_password=False)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA "{name}" CASCADE')
    admin.dispose()


def test_two_app_servers_on_one_postgresql_start_together_and_share_workspaces(browser, pg_url, tmp_path):
    from lib.store import Store, migrations

    env = {"CONVERSA_DATABASE_URL": pg_url}
    with _serve(env, tmp_path) as (url_a, _, _), _serve(env, tmp_path) as (url_b, _, _):
        context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="en-GB")
        a, b = context.new_page(), context.new_page()
        a.goto(url_a)  # both first runs at once: each server opens the store (and would upgrade it)
        b.goto(url_b)
        _ready(a, "overview")
        _ready(b, "overview")
        a.goto(f"{url_a}/workspaces")
        _ready(a, "workspaces")
        a.get_by_label(t("ws.new_name")).fill("Made on A")
        a.get_by_role("button", name=t("ws.create")).click()
        a.get_by_text(t("ws.created", name="Made on A")).wait_for(timeout=60_000)
        b.reload()
        _ready(b, "overview")
        b.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').nth(1).click()
        assert b.get_by_role("option", name="Made on A").count() == 1
        context.close()
    store = Store(pg_url)
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all() == [migrations.head()]
    assert store.list_workspaces() == ["Demo", "Made on A"]  # one demo, though both servers started on an empty one
    store.close()


@pytest.mark.parametrize(("trusted", "header", "sees"), [
    ("127.0.0.1", "kim@acme.it", "Acme"),  # from the proxy, with the signed-in e-mail
    ("127.0.0.1", None, "auth.proxy_missing"),  # from the proxy, nobody signed in
    ("10.9.9.9", "kim@acme.it", "accepts visitors only through its sign-in proxy"),  # a forged header, not the proxy
])
def test_proxy_mode_believes_the_header_only_from_the_proxy(browser, data_dir, tmp_path, trusted, header, sees):
    env = {"CONVERSA_AUTH": "proxy", "CONVERSA_TRUSTED_PROXIES": trusted, "CONVERSA_DATA_DIR": str(data_dir)}
    with _serve(env, tmp_path) as (url, _, _):
        context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="en-GB",
                                      extra_http_headers={"X-Forwarded-Email": header} if header else {})
        page = context.new_page()
        page.goto(url)
        _ready(page, "overview" if sees == "Acme" else "signin")
        body = page.inner_text("body")
        assert (t(sees) if sees.startswith("auth.") else sees) in body
        assert "Secret" not in body and (sees == "Acme" or "Acme" not in body)
        if sees == "Acme":  # who is signed in shows; signing out is the proxy's job (a button would sign back in)
            assert "kim@acme.it" in body and page.get_by_role("button", name=t("auth.signout")).count() == 0
        context.close()


def test_the_sign_in_speaks_the_browsers_language(browser, data_dir, tmp_path, shots):
    with _serve({"CONVERSA_AUTH": "password", "CONVERSA_DATA_DIR": str(data_dir)}, tmp_path) as (url, _, _):
        context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="it-IT")
        page = context.new_page()
        page.goto(url)
        _ready(page, "signin")
        page.screenshot(path=str(shots / "signin-it-1440.png"), full_page=True)
        body = page.inner_text("body")
        for key in ("auth.signin_title", "auth.signin_intro", "auth.email", "auth.signin"):
            assert t(key, "it") in body, key
        page.get_by_label(t("auth.email", "it")).fill("kim@acme.it")
        page.get_by_label(t("auth.password", "it"), exact=True).fill("sbagliata davvero")
        page.get_by_role("button", name=t("auth.signin", "it")).click()
        page.get_by_text(t("auth.wrong", "it")).wait_for(timeout=60_000)
        context.close()
