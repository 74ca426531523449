"""Workspaces: one per client. Create, rename, delete; the client's settings; backup and restore; reset the demo."""

from __future__ import annotations

import re
from zoneinfo import available_timezones

import streamlit as st

from lib import state_keys as K
from lib.errors import ConversaError
from lib.i18n import LANGUAGES
from lib.schema import PLATFORMS
from pages import _shared as S

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "PLN", "SEK", "DKK", "NOK", "CZK", "HUF", "RON", "JPY", "AUD", "CAD")
TIMEZONES = sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/")))


def _flash(message: str) -> None:
    st.session_state[K.WS_FLASH] = message


def _do(action, message: str) -> bool:
    """Run a store action; show lib's sentence on failure; remember a success message for the next run."""
    try:
        action()
    except ConversaError as err:
        st.error(str(err))
        return False
    _flash(message)
    return True


def _manage(store, current: str) -> None:
    st.subheader(S.tr("ws.manage"))
    c1, c2, c3 = st.columns(3, gap="large")
    with c1, st.form("ws_create_form", clear_on_submit=True, border=True):
        name = st.text_input(S.tr("ws.new_name"), key=K.WS_NEW_NAME, max_chars=80)
        created = st.form_submit_button(S.tr("ws.create"), icon=":material/add:") and name.strip()
        if created and _do(lambda: store.create(name.strip()), S.tr("ws.created", name=name.strip())):
            st.session_state[K.WORKSPACE_NEXT] = name.strip()
            st.rerun()
    with c2, st.form("ws_rename_form", border=True):
        new = st.text_input(S.tr("ws.rename_to", name=current), key=K.WS_RENAME_TO, max_chars=80)
        renamed = st.form_submit_button(S.tr("ws.rename"), icon=":material/edit:") and new.strip() not in ("", current)
        if renamed and _do(lambda: store.rename(current, new.strip()), S.tr("ws.renamed", old=current, new=new.strip())):
            st.session_state[K.WORKSPACE_NEXT] = new.strip()
            st.rerun()
    with c3, st.container(border=True):
        confirm = st.text_input(S.tr("ws.delete_confirm", name=current), key=K.WS_DELETE_CONFIRM)
        deleted = st.button(S.tr("ws.delete"), key=K.WS_DELETE, type="primary", icon=":material/delete:",
                            disabled=confirm.strip() != current)
        if deleted and _do(lambda: store.delete(current), S.tr("ws.deleted", name=current)):
            st.session_state[K.WORKSPACE_NEXT] = None
            st.rerun()


def _handles(text: str) -> list[str]:
    return [h.strip() for h in re.split(r"[,\n]", text) if h.strip()]


def _settings(store, current: str) -> None:
    st.subheader(S.tr("ws.settings", name=current))
    conf = S.settings(current)
    with st.form("ws_settings_form", border=True):
        c1, c2 = st.columns(2, gap="large")
        client = c1.text_input(S.tr("ws.client_name"), value=conf.get("client_name") or "", key=K.WS_CLIENT_NAME)
        logo = c2.file_uploader(S.tr("ws.logo"), type=["png", "jpg", "jpeg", "svg", "webp"], key=K.WS_LOGO)
        c3, c4, c5 = st.columns(3)
        tz_now = conf.get("tz") or "UTC"
        zones = ["UTC", *TIMEZONES]
        tz = c3.selectbox(S.tr("ws.tz"), zones, index=zones.index(tz_now) if tz_now in zones else 0, key=K.WS_TZ)
        lang_now = conf.get("language") or S.lang()
        language = c4.selectbox(S.tr("ws.language"), LANGUAGES, key=K.WS_LANGUAGE,
                                index=LANGUAGES.index(lang_now) if lang_now in LANGUAGES else 0,
                                format_func=lambda code: S.tr(f"lang.{code}"))
        cur_now = conf.get("currency") or "EUR"
        currency = c5.selectbox(S.tr("ws.currency"), CURRENCIES, key=K.WS_CURRENCY,
                                index=CURRENCIES.index(cur_now) if cur_now in CURRENCIES else 0)
        st.markdown(f"**{S.tr('ws.handles')}**")
        st.caption(S.tr("ws.handles_help"))
        handles_now = conf.get("brand_handles") or {}
        followers_now = conf.get("manual_followers") or {}
        shown = [p for p in PLATFORMS if p != "other"]
        handles, followers = {}, {}
        for start in range(0, len(shown), 3):
            cols = st.columns(3)
            for col, p in zip(cols, shown[start:start + 3]):
                with col:
                    handles[p] = st.text_input(S.platform_label(p), value=", ".join(handles_now.get(p, [])),
                                               key=K.WS_HANDLES.format(platform=p))
                    followers[p] = st.number_input(S.tr("ws.manual_followers"), min_value=0, step=1,
                                                   value=int(followers_now.get(p) or 0),
                                                   key=K.WS_FOLLOWERS.format(platform=p))
        if st.form_submit_button(S.tr("ws.save_settings"), type="primary", icon=":material/save:"):
            values = {
                "client_name": client.strip() or None, "tz": tz, "language": language, "currency": currency,
                "brand_handles": {p: _handles(v) for p, v in handles.items() if _handles(v)},
                "manual_followers": {p: int(v) for p, v in followers.items() if v},
            }
            if logo is not None:
                values["logo"] = logo.getvalue()
            if _do(lambda: store.update_settings(current, **values), S.tr("ws.settings_saved")):
                st.rerun()
    if conf.get("logo"):
        try:
            st.image(conf["logo"], width=120, caption=S.tr("ws.logo_current"))
        except Exception:
            st.caption(S.tr("ws.logo_broken"))


def _backup(store, current: str) -> None:
    st.subheader(S.tr("ws.backup"))
    c1, c2 = st.columns(2, gap="large")
    with c1:
        st.caption(S.tr("ws.backup_help"))
        if st.button(S.tr("ws.backup_prepare"), icon=":material/archive:"):
            try:
                st.session_state["ws_backup_bytes"] = (current, store.export_backup(current))
            except ConversaError as err:
                st.error(str(err))
        ready = st.session_state.get("ws_backup_bytes")
        if ready and ready[0] == current:
            safe = re.sub(r"[^\w.-]+", "_", current)
            st.download_button(S.tr("ws.backup_download"), data=ready[1], file_name=f"conversa-{safe}.zip",
                               mime="application/zip", icon=":material/download:")
    with c2:
        up = st.file_uploader(S.tr("ws.restore"), type=["zip"], key=K.WS_RESTORE)
        if up is not None and st.button(S.tr("ws.restore_button"), key=K.WS_RESTORE_BUTTON, icon=":material/restore:"):
            try:
                name = store.import_backup(up.getvalue())
            except ConversaError as err:
                st.error(str(err))
            else:
                _flash(S.tr("ws.restored", name=name))
                st.session_state[K.WORKSPACE_NEXT] = name
                st.rerun()


def _demo(store) -> None:
    st.subheader(S.tr("ws.demo"))
    st.caption(S.tr("ws.demo_help"))
    pressed = st.button(S.tr("ws.reset_demo"), key=K.WS_RESET_DEMO, icon=":material/refresh:")
    if pressed and _do(store.reset_demo, S.tr("ws.demo_reset")):
        st.session_state[K.WORKSPACE_NEXT] = "Demo"
        st.rerun()


def body() -> None:
    st.title(S.tr("ws.title"))
    flash = st.session_state.pop(K.WS_FLASH, None)
    if flash:
        st.success(flash, icon=":material/check_circle:")
    store = S.store()
    current = S.current_workspace() or (S.workspace_names() or [None])[0]
    if current is None:
        st.info(S.tr("upload.no_workspace"))
        return
    _manage(store, current)
    _settings(store, current)
    _backup(store, current)
    _demo(store)


S.ensure_shell()
body()
