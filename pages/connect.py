"""Connect accounts: fetch an account of any registered platform into the current workspace (thin: lib.connectors
fetches, this page saves what arrived).

A credential lives only in this session's ``st.session_state`` (typed, or from an X sign-in), or comes from
``st.secrets`` / the environment, or was remembered for the workspace (encrypted by lib.store with the key in
CONVERSA_SECRET_KEY, only when the user ticks "remember"). It is never cached, logged or shown.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import pandas as pd
import streamlit as st

from lib import connectors
from lib.connectors import Connector, redact, x_oauth
from lib.connectors import x as xc
from lib.connectors.base import AuthError, FetchError, FetchProgress, FetchRequest, FetchResult, message, newest_post
from lib.errors import ConversaError, StoreError
from lib.i18n import format as fmt
from lib.store import Vault
from pages import _shared as S
from pages._shared import keys as K

redact.install()

FLASH = "connect_flash"  # (kind, message) shown once after a rerun
OAUTH_HANDLER = "connect_x_oauth_handler"  # the PKCE handler of an X sign-in in progress
OAUTH_URL = "connect_x_oauth_url"
OAUTH_REDIRECT = "connect_x_oauth_redirect"
USER_TOKEN_KEY = "connect_x_user_token"  # noqa: S105 (a session-state key); X OAuth 2.0 user token (this session only)


def _key(platform: str, name: str) -> str:
    return f"connect_{platform}_{name}"


def _secrets() -> dict:
    try:
        return st.secrets.to_dict()
    except Exception:  # no secrets.toml: the environment is the only configuration
        return {}


def _configured_token(c: Connector) -> tuple[str | None, str | None]:
    """A credential set up by whoever runs the app, and where it came from (never the value itself)."""
    if not c.env:
        return None, None
    secrets = _secrets()
    section = secrets.get(c.platform) if isinstance(secrets.get(c.platform), dict) else {}
    for value, source in ((secrets.get(c.env), "secrets"), (section.get("token"), "secrets"),
                          (section.get("bearer_token"), "secrets"), (os.environ.get(c.env), c.env)):
        if isinstance(value, str) and value.strip():
            return value.strip(), source
    return None, None


def _x_sign_in(settings: dict[str, str]) -> None:
    ss = st.session_state
    with st.container(border=True):
        st.markdown(f"**{S.tr('connect.oauth_title')}**")
        if ss.get(USER_TOKEN_KEY):
            st.success(S.tr("connect.oauth_done"), icon=":material/verified_user:")
            if st.button(S.tr("connect.oauth_forget")):
                ss.pop(USER_TOKEN_KEY, None)
                st.rerun()
            return
        if st.button(S.tr("connect.oauth_start")):
            handler = x_oauth.oauth2_handler(**settings)
            ss[OAUTH_HANDLER], ss[OAUTH_URL] = handler, x_oauth.authorization_url(handler)
        if ss.get(OAUTH_HANDLER):
            st.link_button(S.tr("connect.oauth_open"), ss[OAUTH_URL], icon=":material/open_in_new:")
            back = st.text_input(S.tr("connect.oauth_paste"), key=OAUTH_REDIRECT, help=S.tr("connect.oauth_paste_help"))
            if back:
                handler = ss.pop(OAUTH_HANDLER)
                ss.pop(OAUTH_URL, None)
                ss.pop(OAUTH_REDIRECT, None)
                try:
                    ss[USER_TOKEN_KEY] = x_oauth.exchange_code(handler, back)
                except FetchError as err:
                    st.error(message(err, S.lang()), icon=":material/error:")
                    return
                st.rerun()


def _vault() -> Vault | None:
    """The key remembered credentials are encrypted with (None when whoever runs Conversa set none)."""
    try:
        return Vault.configured(_secrets())
    except StoreError as err:  # a malformed key: say so once, remember nothing
        st.warning(str(err), icon=":material/key_off:")
        return None


def _remembered(c: Connector, workspace: str, vault: Vault | None) -> str | None:
    """The credential remembered for this workspace and platform, with a Forget button; None when none."""
    if vault is None or c.platform not in S.store().remembered_platforms(workspace):
        return None
    try:
        secret = S.store().credential(workspace, c.platform, vault)
    except StoreError as err:  # encrypted with a key no longer configured
        st.warning(str(err), icon=":material/key_off:")
        secret = None
    cols = st.columns([3, 1])
    if secret:
        cols[0].caption(S.tr("connect.credential_stored"))
    if cols[1].button(S.tr("connect.forget"), key=_key(c.platform, "forget"), icon=":material/delete:"):
        S.store().forget_credential(workspace, c.platform)
        st.rerun()
    return secret


def _token(c: Connector, workspace: str) -> tuple[str | None, bool]:
    """The credential to use and whether it is an X user-context token; draws the credential inputs."""
    if c.platform == "x":
        oauth = x_oauth.oauth2_settings(_secrets())
        if oauth:
            _x_sign_in(oauth)
        if st.session_state.get(USER_TOKEN_KEY):
            return st.session_state[USER_TOKEN_KEY], True
    configured, source = _configured_token(c)
    if configured:
        st.caption(S.tr("connect.credential_from", source=source))
        return configured, False
    if not c.env:
        return None, False
    vault = _vault()
    remembered = _remembered(c, workspace, vault)
    if remembered:
        return remembered, False
    typed = st.text_input(S.tr(f"connect.{c.platform}.credential"), type="password", key=_key(c.platform, "token"),
                          help=S.tr("connect.credential_help"), autocomplete="off")
    if vault is not None:
        st.checkbox(S.tr("connect.remember"), key=_key(c.platform, "remember"))
    else:
        st.caption(S.tr("connect.remember_unavailable"))
    if not typed and c.platform == "x":
        with st.container(border=True):
            st.markdown(f"**{S.tr('connect.no_token_title')}**")
            st.markdown(S.tr("connect.no_token_body"))
            st.page_link("pages/upload.py", label=S.tr("connect.upload_link"), icon=":material/upload_file:")
    return (typed.strip() or None), False


def _tz() -> str:
    sel = S.selection()
    return str(S.settings(sel.workspace).get("tz") or "UTC") if sel else "UTC"


def _fetches(workspace: str) -> list[Any]:
    """Earlier fetches into the workspace, newest first."""
    return [r for r in S.store().imports(workspace) if r.kind == "fetch"][::-1]


def _history(fetches: list[Any]) -> None:
    if not fetches:
        return
    with st.expander(S.tr("connect.history")):
        lang, tz = S.lang(), _tz()
        recent = fetches[:20]
        st.dataframe(pd.DataFrame({
            S.tr("connect.history_when"): [fmt.moment(r.imported_at, tz, lang) for r in recent],
            S.tr("connect.history_platform"): [S.platform_label(r.platform) for r in recent],
            S.tr("connect.history_account"): [r.account or r.source for r in recent],
            S.tr("connect.history_posts"): [fmt.number(r.rows.get("posts", 0), lang) for r in recent],
            S.tr("connect.history_comments"): [fmt.number(r.rows.get("comments", 0), lang) for r in recent],
        }), hide_index=True, width="stretch")


def _state(c: Connector, fetches: list[Any], remembered: list[str]) -> str:
    """Connected or not, and what the last fetch brought, in one line."""
    configured = (_configured_token(c)[0] or st.session_state.get(_key(c.platform, "token"))
                  or c.platform in remembered)
    if c.platform == "x" and st.session_state.get(USER_TOKEN_KEY):
        configured = True
    state = ("connect.state.connected" if configured else
             "connect.state.public" if not c.token_required else "connect.state.not_connected")
    last = next((r for r in fetches if r.platform == c.platform), None)
    lang, tz = S.lang(), _tz()
    if last is None:
        return f"{S.tr(state)} · {S.tr('connect.state.never')}"
    return f"{S.tr(state)} · " + S.tr(
        "connect.state.last", when=fmt.moment(last.imported_at, tz, lang), account=last.account or last.source,
        posts=fmt.number(last.rows.get("posts", 0), lang), comments=fmt.number(last.rows.get("comments", 0), lang),
        followers=fmt.number(last.rows.get("followers", 0), lang))


def _default_account(c: Connector, workspace: str) -> str:
    handles = (S.settings(workspace).get("brand_handles") or {}).get(c.platform) or []
    return str(handles[0]).lstrip("@") if handles else ""


def _summary(result: FetchResult) -> dict[str, str]:
    lang = S.lang()
    c = result.counts
    return {k: fmt.number(c.get(k, 0), lang) for k in ("posts", "comments", "brand_replies", "followers")}


def _save(workspace: str, result: FetchResult) -> bool:
    """Save what arrived; True when the store already had exactly this data."""
    if result.dataset.is_empty:
        return False
    record = S.store().save_dataset(workspace, result.dataset, source=result.source, kind="fetch",
                                    platform=result.platform, account=result.account)
    return bool(record.duplicate)


def _run_fetch(c: Connector, workspace: str, request: FetchRequest, user_context: bool) -> None:
    S.store().check_fetch(workspace)  # the fetch right and the grant, in lib, before any request spends quota
    label = c.label
    fetch = connectors.get(c.platform).fetch(request)
    if user_context and isinstance(fetch, xc.XFetch):
        fetch.user_context = True
    estimate = getattr(fetch, "quota_estimate", None)
    if estimate is not None:  # YouTube: what the fetch will spend, before it spends it
        st.info(estimate(S.lang()), icon=":material/data_usage:")
    bar = st.progress(0.0)
    cancel_slot = st.empty()
    cancel_slot.button(S.tr("connect.cancel"), key=_key(c.platform, "cancel"), icon=":material/stop_circle:")

    def progress(p: FetchProgress) -> None:
        text = S.tr("connect.progress", stage=S.tr(f"connect.stage.{p.stage}"), posts=p.posts, comments=p.comments,
                    requests=p.requests, platform=label)
        bar.progress(min(1.0, p.fraction), text=text)

    finished = False
    try:
        result = fetch.run(progress=progress)
        finished = True
    except FetchError as err:
        finished = True
        if err.partial is not None and not err.partial.dataset.is_empty:
            _save(workspace, err.partial)
            st.session_state[FLASH] = ("info", S.tr("connect.partial_saved", **_summary(err.partial)))
        raise
    finally:
        if not finished and fetch.account_id is not None:  # Streamlit stopped the run: the user pressed Cancel
            partial = fetch.result("cancelled")
            if not partial.dataset.is_empty:
                _save(workspace, partial)
                st.session_state[FLASH] = ("info", S.tr("connect.cancelled", **_summary(partial)))
    cancel_slot.empty()
    duplicate = _save(workspace, result)
    s = _summary(result)
    if result.stopped_reason == "rate_limit":
        reset = result.rate_limit_reset
        text = (S.tr("connect.rate_limited", platform=label, time=f"{reset:%Y-%m-%d %H:%M} UTC", **s) if reset
                else S.tr("connect.rate_limited_unknown", platform=label, **s))
        if result.resume_since is not None:  # the next fetch goes on where this one stopped
            st.session_state[_key(c.platform, "resume")] = result.resume_since
            text += " " + S.tr("connect.resume", date=fmt.date(result.resume_since, S.lang()))
        st.session_state[FLASH] = ("warning", text)
    elif duplicate:
        st.session_state[FLASH] = ("info", S.tr("connect.duplicate"))
    else:
        account = f"@{result.account}" if c.platform == "x" else result.account
        text = S.tr("connect.done", account=account, platform=label, brand=s["brand_replies"], workspace=workspace,
                    **s)
        for note in result.notes:
            text += " " + S.tr(f"connect.{note}")
        spent = getattr(fetch, "quota_spent", None)
        if spent is not None:  # YouTube: what the fetch cost of the day's quota
            text += " " + spent(S.lang())
        st.session_state[FLASH] = ("success", text)
    st.rerun()  # the sidebar and every page read the new revision


def _platform(c: Connector, workspace: str, fetches: list[Any], remembered: list[str]) -> None:
    p = c.platform
    st.caption(_state(c, fetches, remembered))
    with st.container(border=True):
        st.markdown(f"**{S.tr('connect.how')}**")
        st.markdown(S.tr(f"connect.{p}.steps"))
    if p == "x":
        st.info(S.tr("connect.x.limits"), icon=":material/info:")
    token, user_context = _token(c, workspace)
    st.session_state.setdefault(_key(p, "account"), _default_account(c, workspace))
    if _key(p, "resume") in st.session_state:  # set before the date input exists in this run
        st.session_state[_key(p, "since")] = st.session_state.pop(_key(p, "resume"))
    cols = st.columns([2, 1, 1])
    account = cols[0].text_input(S.tr(f"connect.{p}.account"), key=_key(p, "account"),
                                 help=S.tr(f"connect.{p}.account_help"))
    since = cols[1].date_input(S.tr("connect.since"), value=None, key=_key(p, "since"), max_value=dt.date.today(),
                               format=S.date_format())
    days = cols[2].number_input(S.tr("connect.refresh_days"), min_value=0, max_value=365, value=14, step=1,
                                key=_key(p, "refresh_days"))
    normalized = account.strip().lstrip("@")
    newest = newest_post(S.dataset(workspace), p, normalized) if normalized else None
    if newest is not None:
        st.caption(S.tr("connect.refresh_note", newest=fmt.moment(newest, _tz(), S.lang()), days=int(days)))
    missing = c.token_required and not token
    if not st.button(S.tr("connect.fetch", platform=c.label), key=_key(p, "fetch"), type="primary",
                     icon=":material/cloud_download:", disabled=missing):
        if missing:
            st.caption(S.tr("connect.need_token", credential=S.tr(f"connect.{p}.credential")))
        return
    if not normalized:
        st.warning(S.tr("connect.need_account"))
        return
    request = FetchRequest(account.strip(), token=token, since=since, newest=newest, refresh_days=int(days))
    remember = bool(token) and bool(st.session_state.get(_key(p, "remember")))
    vault = _vault() if remember else None
    if remember and vault is not None and token:
        S.store().remember_credential(workspace, p, token, vault)
    try:
        _run_fetch(c, workspace, request, user_context)
    except ConversaError as err:
        if remember and isinstance(err, AuthError):  # the platform refused it: do not keep a bad credential
            S.store().forget_credential(workspace, p)
        st.error(message(err, S.lang()), icon=":material/error:")
        flash = st.session_state.pop(FLASH, None)
        if flash:
            getattr(st, flash[0])(flash[1])


def body() -> None:
    S.page_title("connect.title")
    st.markdown(S.tr("connect.intro"))
    flash = st.session_state.pop(FLASH, None)
    if flash:
        getattr(st, flash[0])(flash[1])
    sel = S.selection()
    workspace = sel.workspace if sel else st.session_state.get(K.WORKSPACE)
    if not workspace:
        st.warning(S.tr("connect.no_workspace"))
        return
    if S.store() is None:
        st.warning(S.tr("connect.no_store"))
        return
    if S.is_demo(workspace):  # a client's account never goes into the demo: it needs a workspace of its own
        st.info(S.tr("connect.demo_blocked"), icon=":material/science:")
        st.page_link("pages/workspaces.py", label=S.tr("connect.demo_create"), icon=":material/add_business:")
        return
    st.caption(S.tr("connect.workspace", workspace=workspace))
    fetches = _fetches(workspace)
    remembered = S.store().remembered_platforms(workspace)
    _history(fetches)
    for c in connectors.connectors():
        with st.expander(f"**{c.label}** · {_state(c, fetches, remembered).split(' · ')[0]}",
                         expanded=bool(st.session_state.get(_key(c.platform, "account")))):
            _platform(c, workspace, fetches, remembered)


S.ensure_shell()
body()
