"""Connect X: fetch an X account through the X API into the current workspace (thin: lib.connectors.x works).

The token lives only in this session's ``st.session_state`` (typed, or from an OAuth sign-in), or comes from
``st.secrets`` / ``X_BEARER_TOKEN``. It is never cached, stored, logged or shown.
"""

from __future__ import annotations

import datetime as dt
import os

import pandas as pd
import streamlit as st

from lib.connectors import redact
from lib.connectors import x as xc
from lib.errors import ConversaError
from lib.i18n import format as fmt
from pages import _shared as S
from pages._shared import keys as K

redact.install()

TOKEN_INPUT = "connect_x_token"  # noqa: S105 (a widget key, not a secret); typed Bearer Token (this session only)
OAUTH_HANDLER = "connect_x_oauth_handler"  # the PKCE handler of a sign-in in progress
OAUTH_URL = "connect_x_oauth_url"
OAUTH_REDIRECT = "connect_x_oauth_redirect"
USER_TOKEN_KEY = "connect_x_user_token"  # noqa: S105 (a session-state key); OAuth 2.0 user access token (this session only)
USERNAME = "connect_x_username"
SINCE = "connect_x_since"
FETCH = "connect_x_fetch"
CANCEL = "connect_x_cancel"
FLASH = "connect_x_flash"  # (kind, message) shown once after a rerun


def _secrets() -> dict:
    try:
        return st.secrets.to_dict()
    except Exception:  # no secrets.toml: the environment is the only configuration
        return {}


def _configured_token() -> tuple[str | None, str | None]:
    """A token set up by whoever runs the app, and where it came from (never the value itself)."""
    secrets = _secrets()
    section = secrets.get("x") if isinstance(secrets.get("x"), dict) else {}
    for value, source in ((secrets.get("X_BEARER_TOKEN"), "secrets"), (section.get("bearer_token"), "secrets"),
                          (os.environ.get("X_BEARER_TOKEN"), "X_BEARER_TOKEN")):
        if isinstance(value, str) and value.strip():
            return value.strip(), source
    return None, None


def _oauth_box(settings: dict[str, str]) -> None:
    ss = st.session_state
    with st.expander(S.tr("connect.oauth_title"), expanded=bool(ss.get(OAUTH_HANDLER))):
        if ss.get(USER_TOKEN_KEY):
            st.success(S.tr("connect.oauth_done"), icon=":material/verified_user:")
            if st.button(S.tr("connect.oauth_forget")):
                ss.pop(USER_TOKEN_KEY, None)
                st.rerun()
            return
        if st.button(S.tr("connect.oauth_start")):
            handler = xc.oauth2_handler(**settings)
            ss[OAUTH_HANDLER], ss[OAUTH_URL] = handler, xc.authorization_url(handler)
        if ss.get(OAUTH_HANDLER):
            st.link_button(S.tr("connect.oauth_open"), ss[OAUTH_URL], icon=":material/open_in_new:")
            back = st.text_input(S.tr("connect.oauth_paste"), key=OAUTH_REDIRECT, help=S.tr("connect.oauth_paste_help"))
            if back:
                handler = ss.pop(OAUTH_HANDLER)
                ss.pop(OAUTH_URL, None)
                ss.pop(OAUTH_REDIRECT, None)
                try:
                    ss[USER_TOKEN_KEY] = xc.exchange_code(handler, back)
                except xc.XConnectorError as err:
                    st.error(_message(err), icon=":material/error:")
                    return
                st.rerun()


def _token() -> tuple[str | None, bool]:
    """The token to use and whether it is a user-context token; draws the token inputs."""
    configured, source = _configured_token()
    oauth = xc.oauth2_settings(_secrets())
    if oauth:
        _oauth_box(oauth)
    if st.session_state.get(USER_TOKEN_KEY):
        return st.session_state[USER_TOKEN_KEY], True
    if configured:
        st.caption(S.tr("connect.token_configured", source=source))
        return configured, False
    typed = st.text_input(S.tr("connect.token_label"), type="password", key=TOKEN_INPUT, help=S.tr("connect.token_help"),
                          autocomplete="off")
    if not typed:
        with st.container(border=True):
            st.markdown(f"**{S.tr('connect.no_token_title')}**")
            st.markdown(S.tr("connect.no_token_body"))
            st.page_link("pages/upload.py", label=S.tr("connect.upload_link"), icon=":material/upload_file:")
    return (typed.strip() or None), False


def _message(err: ConversaError) -> str:
    """The error's sentence in the session's language (X's causes are in the catalogue by code)."""
    code = getattr(err, "code", None)
    return S.tr(f"connect.error.{code}", **getattr(err, "params", {})) if code else str(err)


def _history(workspace: str) -> None:
    """Earlier fetches into the workspace (newest first), so a daily habit is visible."""
    fetches = [r for r in S.store().imports(workspace) if r.kind == "fetch"][::-1][:10]
    if not fetches:
        return
    with st.expander(S.tr("connect.history")):
        lang = S.lang()
        st.dataframe(pd.DataFrame({
            S.tr("connect.history_when"): [r.imported_at for r in fetches],
            S.tr("connect.history_account"): [r.account or r.source for r in fetches],
            S.tr("connect.history_posts"): [fmt.number(r.rows.get("posts", 0), lang) for r in fetches],
            S.tr("connect.history_comments"): [fmt.number(r.rows.get("comments", 0), lang) for r in fetches],
        }), hide_index=True, width="stretch")


def _default_username(workspace: str) -> str:
    handles = (S.settings(workspace).get("brand_handles") or {}).get("x") or []
    return str(handles[0]).lstrip("@") if handles else ""


def _summary(result: xc.FetchResult) -> dict[str, str]:
    lang = S.lang()
    c = result.counts
    return {k: fmt.number(c.get(k, 0), lang) for k in ("posts", "comments", "brand_replies", "followers")}


def _save(workspace: str, result: xc.FetchResult) -> bool:
    """Save what arrived; True when the store already had exactly this data."""
    record = xc.save_result(S.store(), workspace, result)
    return bool(getattr(record, "duplicate", False))


def _run_fetch(workspace: str, token: str, user_context: bool, username: str, since: dt.date | None) -> None:
    bar = st.progress(0.0)
    cancel_slot = st.empty()
    cancel_slot.button(S.tr("connect.cancel"), key=CANCEL, icon=":material/stop_circle:")  # a click stops this run

    def progress(p: xc.FetchProgress) -> None:
        text = S.tr("connect.progress", stage=S.tr(f"connect.stage.{p.stage}"), posts=p.posts, comments=p.comments,
                    requests=p.requests)
        bar.progress(min(1.0, p.fraction), text=text)

    fetch = xc.XFetch(xc.make_client(token), username, since=since, user_context=user_context)
    finished = False
    try:
        result = fetch.run(progress=progress)
        finished = True
    except xc.XConnectorError as err:
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
        message = (S.tr("connect.rate_limited", time=f"{reset:%Y-%m-%d %H:%M}", **s) if reset
                   else S.tr("connect.rate_limited_unknown", **s))
        st.session_state[FLASH] = ("warning", message)
    elif duplicate:
        st.session_state[FLASH] = ("info", S.tr("connect.duplicate"))
    else:
        text = S.tr("connect.done", account=result.account, brand=s["brand_replies"], workspace=workspace, **s)
        if "timeline_limit" in result.notes:
            text += " " + S.tr("connect.timeline_limit")
        st.session_state[FLASH] = ("success", text)
    st.rerun()  # the sidebar and every page read the new revision


def body() -> None:
    S.page_title("connect.title")
    st.markdown(S.tr("connect.intro"))
    st.info(S.tr("connect.limits"), icon=":material/info:")
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
    st.caption(S.tr("connect.workspace", workspace=workspace))
    _history(workspace)
    token, user_context = _token()
    st.session_state.setdefault(USERNAME, _default_username(workspace))
    cols = st.columns([2, 1])
    username = cols[0].text_input(S.tr("connect.username"), key=USERNAME, help=S.tr("connect.username_help"),
                                  placeholder="@handle")
    since = cols[1].date_input(S.tr("connect.since"), value=None, key=SINCE, max_value=dt.date.today())
    if not st.button(S.tr("connect.fetch"), key=FETCH, type="primary", icon=":material/cloud_download:",
                     disabled=not token):
        if not token:
            st.caption(S.tr("connect.need_token"))
        return
    if not username.strip().lstrip("@"):
        st.warning(S.tr("connect.need_username"))
        return
    try:
        _run_fetch(workspace, token, user_context, username, since)
    except ConversaError as err:
        st.error(_message(err), icon=":material/error:")
        flash = st.session_state.pop(FLASH, None)
        if flash:
            getattr(st, flash[0])(flash[1])


body()
