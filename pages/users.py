"""Users and access (admins): the accounts with their roles and workspaces, adding and removing users, granting
and revoking workspaces, and the audit log. Every change goes through ``S.store()``, which checks the admin's
right in lib and writes the audit log."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lib.auth import ROLES, load_config
from lib.errors import ConversaError
from lib.i18n import format as fmt
from lib.i18n import t
from pages import _shared as S
from pages._shared import keys as K


def _do(action, message: str) -> bool:
    """Run a store action; show lib's sentence on failure; remember a success message for the next run."""
    try:
        action()
    except ConversaError as err:
        st.error(str(err))
        return False
    st.session_state[K.USERS_FLASH] = message
    return True


def _accounts(store) -> list:
    records = store.users()
    st.subheader(S.tr("users.list"))
    if not records:
        st.info(S.tr("users.none"))
        return records
    frame = pd.DataFrame({
        S.tr("users.col_email"): [r.email for r in records],
        S.tr("users.col_role"): [S.tr(f"role.{r.role}") for r in records],
        S.tr("users.col_workspaces"): [S.tr("users.all_workspaces") if r.role == "admin" else ", ".join(r.workspaces)
                                       for r in records],
        S.tr("users.col_password"): [r.has_password for r in records],
        S.tr("users.col_created"): [fmt.date(r.created_at.date(), S.lang()) for r in records],
    })
    st.dataframe(frame, hide_index=True, width="stretch")  # cells are text, never markup
    return records


def _add(store, workspaces: list[str]) -> None:
    st.subheader(S.tr("users.add"))
    language = S.lang()
    with st.form(K.USERS_ADD, clear_on_submit=True):
        email = st.text_input(S.tr("users.email"), key=K.USERS_EMAIL)
        role = st.selectbox(S.tr("users.role"), ROLES, index=ROLES.index("client"), key=K.USERS_ROLE,
                            format_func=lambda r: t(f"role.{r}", language))
        chosen = st.multiselect(S.tr("users.workspaces"), workspaces, key=K.USERS_WORKSPACES)
        password = (st.text_input(S.tr("users.password"), type="password", key=K.USERS_PASSWORD)
                    if load_config().mode == "password" else "")
        sent = st.form_submit_button(S.tr("users.add_button"), icon=":material/person_add:")
    if sent and _do(lambda: store.add_user(email, role, password=password or None, workspaces=chosen),
                    S.tr("users.added", email=email.strip().lower(), role=S.tr(f"role.{role}"))):
        st.rerun()


def _change(store, records: list, workspaces: list[str]) -> None:
    others = [r for r in records if r.email != store.user.email]
    if not others or not workspaces:
        return
    st.subheader(S.tr("users.change"))
    language = S.lang()
    cols = st.columns(3)
    email = cols[0].selectbox(S.tr("users.pick"), [r.email for r in others], key=K.USERS_PICK)
    current = next(r.role for r in others if r.email == email)
    role = cols[1].selectbox(S.tr("users.role"), ROLES, index=ROLES.index(current), key=f"{K.USERS_ROLE}_{email}",
                             format_func=lambda r: t(f"role.{r}", language))
    workspace = cols[2].selectbox(S.tr("users.workspace"), workspaces, key=K.USERS_WORKSPACE)
    buttons = st.columns([1, 1, 1, 3])
    if buttons[2].button(S.tr("users.role_button"), key=K.USERS_SET_ROLE, icon=":material/badge:",
                         disabled=role == current) and _do(
            lambda: store.set_role(email, role), S.tr("users.role_changed", email=email, role=t(f"role.{role}",
                                                                                              language))):
        st.rerun()
    if buttons[0].button(S.tr("users.grant_button"), key=K.USERS_GRANT, icon=":material/lock_open:") and _do(
            lambda: store.grant(email, workspace), S.tr("users.granted", email=email, workspace=workspace)):
        st.rerun()
    if buttons[1].button(S.tr("users.revoke_button"), key=K.USERS_REVOKE, icon=":material/lock:") and _do(
            lambda: store.revoke(email, workspace), S.tr("users.revoked", email=email, workspace=workspace)):
        st.rerun()


def _remove(store, records: list) -> None:
    others = [r.email for r in records if r.email != store.user.email]
    if not others:
        return
    st.subheader(S.tr("users.remove"))
    email = st.selectbox(S.tr("users.pick"), others, key=f"{K.USERS_PICK}_remove")
    if st.button(S.tr("users.remove_button"), key=K.USERS_REMOVE, icon=":material/person_remove:") and _do(
            lambda: store.remove_user(email), S.tr("users.removed", email=email)):
        st.rerun()


def _audit(store) -> None:
    st.subheader(S.tr("audit.title"))
    st.caption(S.tr("audit.help"))
    entries = store.audit_log(limit=500)
    if not entries:
        st.info(S.tr("audit.empty"))
        return
    na = S.tr("common.na")
    frame = pd.DataFrame({
        S.tr("audit.col_at"): [e.at.strftime("%Y-%m-%d %H:%M:%S UTC") for e in entries],
        S.tr("audit.col_actor"): [e.actor for e in entries],
        S.tr("audit.col_action"): [S.tr(f"action.{e.action}") for e in entries],
        S.tr("audit.col_workspace"): [e.workspace or na for e in entries],
        S.tr("audit.col_detail"): [e.detail or na for e in entries],
        S.tr("audit.col_address"): [e.address or na for e in entries],
    })
    st.dataframe(frame, hide_index=True, width="stretch")


def body() -> None:
    st.title(S.tr("users.title"))
    st.caption(S.tr("users.intro"))
    flash = st.session_state.pop(K.USERS_FLASH, None)
    if flash:
        st.success(flash, icon=":material/check_circle:")
    store = S.store()
    workspaces = store.list_workspaces()
    records = _accounts(store)
    _add(store, workspaces)
    _change(store, records, workspaces)
    _remove(store, records)
    _audit(store)


S.ensure_shell()
body()
