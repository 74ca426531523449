"""The sign-in gate, run by app.py before any page: who this browser session is, as one ``lib.auth.User``.

Auth mode ``none``: the one local user (refused unless the server listens on loopback only). ``password``: the form,
throttled by the failures in the audit log, a session that expires, sign-out. ``proxy``: the trusted header, only on
connections from a configured proxy address. ``oidc``: Streamlit's own ``st.login``. Whatever the mode, the e-mail
must have an account in the store; its role and grants come from there on every run, so a change an admin makes
applies at the visitor's next click. Pages never branch on the mode: they read ``S.store()``, the ``UserStore``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, NoReturn

import streamlit as st

from lib.auth import LOCAL_USER, AuthConfig, User, check_hosting, load_config, normalise_email, passwords
from lib.auth.identity import from_oidc, from_proxy
from lib.auth.sessions import Session, now
from lib.errors import AccessError, AuthError, ConversaError
from lib.i18n import t
from pages._shared import keys as K
from pages._shared.data import server_store
from pages._shared.selection import lang

URL_PATHS = ("home", "overview", "waiting", "conversations", "community", "content", "audience", "channels", "report",
             "upload", "connect", "workspaces", "users")
"""The app's page URLs (app.py): a bookmarked one, opened before signing in, shows the sign-in, not "page not
found"; after signing in, the same URL opens that page."""


def current_user() -> User | None:
    """The signed-in user of this session (None before the gate let anybody in)."""
    return st.session_state.get(K.AUTH_USER)


def remote_address() -> str:
    """The TCP peer of this session's connection (Streamlit reports loopback as None)."""
    ip = st.context.ip_address
    return ip if isinstance(ip, str) and ip else "127.0.0.1"


def client_address(config: AuthConfig) -> str:
    """Where the visitor connects from: behind a trusted proxy, the address it forwards; else the TCP peer."""
    peer = remote_address()
    if config.trusts(peer):
        forwarded = _header(st.context.headers, "X-Forwarded-For")
        if forwarded:
            return forwarded.split(",")[-1].strip()[:64] or peer
    return peer


def _header(headers: Mapping[str, str], name: str) -> str | None:
    return next((str(v) for k, v in headers.items() if k.lower() == name.lower()), None)


def _page(body: Any) -> NoReturn:
    """Show only ``body`` (nothing of any workspace), with the end-of-run marker the e2e tests wait for."""
    def signin() -> None:
        body()
        st.html(f"<span class='conversa-ready' data-page='signin' data-lang='{lang()}'></span>")

    title = t("auth.signin_title", lang())
    bookmarks = [st.Page(signin, title=title, url_path=path) for path in URL_PATHS]  # answered by the sign-in
    st.navigation([st.Page(signin, title=title, url_path="signin", default=True), *bookmarks],
                  position="hidden").run()
    st.stop()


def _refuse(message: str) -> NoReturn:
    def body() -> None:
        st.title(t("auth.refused_title", lang()))
        st.error(message)
    _page(body)


def _sign_in(user: User, config: AuthConfig, *, record: bool = True) -> User:
    ss = st.session_state
    if record and ss.get(K.AUTH_RECORDED) != user.email:
        server_store().record_event(user.email, "sign_in", detail=config.mode, address=client_address(config))
        ss[K.AUTH_RECORDED] = user.email
    ss[K.AUTH_USER] = user
    return user


def sign_out() -> None:
    """End this session's sign-in (and, in oidc mode, Streamlit's identity cookie)."""
    ss = st.session_state
    user = ss.pop(K.AUTH_USER, None)
    ss.pop(K.AUTH_SESSION, None)
    ss.pop(K.AUTH_RECORDED, None)
    ss[K.AUTH_FLASH] = "auth.signed_out"
    config = load_config()
    if user is not None:
        server_store().record_event(user.email, "sign_out", address=client_address(config))
    if config.mode == "oidc":
        st.logout()


def sign_out_button(container: Any = None) -> None:
    """Who is signed in and the sign-out button (not in auth mode ``none``; in ``proxy`` mode, who only)."""
    user = current_user()
    if user is None or user == LOCAL_USER:
        return
    box = container or st
    box.caption(t("auth.signed_in_as", lang(), user=user.label, role=t(f"role.{user.role}", lang())))
    if load_config().mode == "proxy":  # the proxy signs people out (its own sign-out page), not the app
        return
    box.button(t("auth.signout", lang()), key=K.AUTH_SIGNOUT, on_click=sign_out, icon=":material/logout:",
               type="tertiary")


# ---------------------------------------------------------------------------------------------- the modes


def _account(email: str) -> User | None:
    return server_store().user(email)


def _password(config: AuthConfig) -> User:
    ss = st.session_state
    session: Session | None = ss.get(K.AUTH_SESSION)
    if session is not None:
        user = _account(session.email)
        if session.expired(config) or user is None:
            for key in (K.AUTH_SESSION, K.AUTH_USER, K.AUTH_RECORDED):
                ss.pop(key, None)
            ss[K.AUTH_FLASH] = "auth.expired"
        else:
            ss[K.AUTH_SESSION] = session.touched()
            return _sign_in(user, config, record=False)
    _page(lambda: _password_form(config))


def _password_form(config: AuthConfig) -> None:
    language = lang()
    st.title(t("auth.signin_title", language))
    st.write(t("auth.signin_intro", language))
    flash = st.session_state.pop(K.AUTH_FLASH, None)
    if flash:
        st.info(t(flash, language))
    with st.form(K.AUTH_FORM, clear_on_submit=True):  # the password leaves the session state with the submit
        email = st.text_input(t("auth.email", language), key=K.AUTH_EMAIL)
        password = st.text_input(t("auth.password", language), type="password", key=K.AUTH_PASSWORD)
        sent = st.form_submit_button(t("auth.signin", language), type="primary")
    if not sent:
        return
    address = client_address(config)
    try:
        account = normalise_email(email)
    except AccessError:
        account = ""
    store = server_store()
    at = now()
    by_account, by_address = store.sign_in_failures(account, address, at - passwords.WINDOW)
    wait = max(passwords.wait(by_account, at), passwords.wait(by_address, at))
    if wait.total_seconds() > 0:
        st.error(t("auth.throttled", language, seconds=math.ceil(wait.total_seconds())))
        return
    user = store.check_password(account, password) if account else None
    if user is None:
        store.record_event(account or "(not an e-mail address)", "sign_in_failed", address=address)
        st.error(t("auth.wrong", language))
        return
    st.session_state[K.AUTH_SESSION] = Session.start(user.email)
    st.session_state.pop(K.AUTH_RECORDED, None)  # every password sign-in is recorded
    _sign_in(user, config)
    st.rerun()


def _proxy(config: AuthConfig) -> User:
    try:
        email = from_proxy(st.context.headers, remote_address(), config)
    except AuthError as err:
        _refuse(str(err))
    if email is None:
        _refuse(t("auth.proxy_missing", lang()))
    user = _account(email)
    if user is None:
        _refuse(t("auth.no_account", lang(), email=email))
    return _sign_in(user, config)


def _oidc(config: AuthConfig) -> User:
    if not st.user.is_logged_in:
        def body() -> None:
            st.title(t("auth.signin_title", lang()))
            st.write(t("auth.oidc_intro", lang()))
            flash = st.session_state.pop(K.AUTH_FLASH, None)
            if flash:
                st.info(t(flash, lang()))
            st.button(t("auth.oidc_button", lang()), key=K.AUTH_OIDC, on_click=st.login, type="primary",
                      icon=":material/login:")
        _page(body)
    try:
        email = from_oidc(st.user.to_dict())
    except AuthError as err:
        _refuse_and_offer_sign_out(str(err))
    user = _account(email)
    if user is None:
        _refuse_and_offer_sign_out(t("auth.no_account", lang(), email=email))
    return _sign_in(user, config)


def _refuse_and_offer_sign_out(message: str) -> NoReturn:
    def body() -> None:
        st.title(t("auth.refused_title", lang()))
        st.error(message)
        st.button(t("auth.signout", lang()), key=K.AUTH_SIGNOUT, on_click=st.logout, icon=":material/logout:")
    _page(body)


MODES = {"password": _password, "proxy": _proxy, "oidc": _oidc}


def gate() -> User:
    """The signed-in user of this run; otherwise draws the sign-in (or the refusal) alone and stops the run.

    Refuses to serve at all when the server listens on a network address without sign-in.
    """
    try:
        config = load_config()
        check_hosting(st.get_option("server.address"), config)
    except ConversaError as err:
        _refuse(str(err))
    if config.mode == "none":
        return _sign_in(LOCAL_USER, config, record=False)
    return MODES[config.mode](config)
