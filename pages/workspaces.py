"""Workspaces: one per client. Create, rename, delete; the client's settings; backup and restore; reset the demo."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import available_timezones

import streamlit as st

from lib.errors import ConversaError
from lib.i18n import LANGUAGES
from lib.i18n import format as fmt
from lib.importers.registry import importers
from lib.schema import PLATFORMS
from pages import _shared as S
from pages._shared import keys as K
from pages._shared import notes as N
from sample_data import DEMO_FOLDER

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


def _confirmed(question: str, yes: str, yes_key: str, cancel_key: str) -> bool:
    """Ask ``question`` with a yes and a cancel button; True once yes is pressed (cancel forgets the request)."""
    st.warning(question, icon=":material/warning:")
    c1, c2 = st.columns(2)
    if c2.button(S.tr("ws.cancel"), key=cancel_key):
        st.session_state.pop(K.WS_PENDING, None)
        st.rerun()
    if c1.button(yes, key=yes_key, type="primary"):
        st.session_state.pop(K.WS_PENDING, None)
        return True
    return False



def _manage(store, current: str) -> None:
    st.subheader(S.tr("ws.manage"))
    c1, c2, c3 = st.columns(3, gap="large")
    with c1, st.form("ws_create_form", clear_on_submit=True, border=True):
        name = st.text_input(S.tr("ws.new_name"), key=K.WS_NEW_NAME, max_chars=80)
        created = st.form_submit_button(S.tr("ws.create"), icon=":material/add:") and name.strip()
        if created and _do(lambda: store.create(name.strip(), settings=S.new_workspace_settings()),
                           S.tr("ws.created", name=name.strip())):
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
        if st.button(S.tr("ws.delete"), key=K.WS_DELETE, type="primary", icon=":material/delete:",
                     disabled=confirm.strip() != current):
            st.session_state[K.WS_PENDING] = ("delete", current)
        sure = st.session_state.get(K.WS_PENDING) == ("delete", current) and _confirmed(
            S.tr("ws.delete_really", name=current), S.tr("ws.delete_yes"),
            K.WS_DELETE_YES, K.WS_DELETE_CANCEL)
        if sure and _do(lambda: store.delete(current), S.tr("ws.deleted", name=current)):
            st.session_state[K.WORKSPACE_NEXT] = None
            st.rerun()


def _handles(text: str) -> list[str]:
    return [h.strip() for h in re.split(r"[,\n]", text) if h.strip()]


SETTINGS_WIDGETS = (K.WS_CLIENT_NAME, K.WS_LOGO, K.WS_TZ, K.WS_LANGUAGE, K.WS_CURRENCY)


def _forget_other_workspace(current: str) -> None:
    """The settings form's widgets keep their values by key: drop them when the form is drawn for another
    workspace (or after a write), so it shows this workspace's stored settings and never the last one's."""
    shown_for = (current, S.revision(current))
    if st.session_state.get(K.WS_SETTINGS_FOR) == shown_for:
        return
    for key in list(st.session_state):
        if key in SETTINGS_WIDGETS or key.startswith((K.WS_HANDLES.split("{")[0], K.WS_FOLLOWERS.split("{")[0])):
            del st.session_state[key]
    st.session_state[K.WS_SETTINGS_FOR] = shown_for


def _settings(store, current: str) -> None:
    st.subheader(S.tr("ws.settings", name=current))
    _forget_other_workspace(current)
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
        names = {code: fmt.language_name(code, S.lang()) for code in LANGUAGES}  # Babel, in the UI's language
        language = c4.selectbox(S.tr("ws.language"), LANGUAGES, key=K.WS_LANGUAGE,
                                index=LANGUAGES.index(lang_now) if lang_now in LANGUAGES else 0,
                                format_func=names.__getitem__)
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
        if st.button(S.tr("ws.backup_prepare"), key=K.WS_BACKUP, icon=":material/archive:"):
            try:
                st.session_state[K.WS_BACKUP_BYTES] = (current, store.export_backup(current))
            except ConversaError as err:
                st.error(str(err))
        ready = st.session_state.get(K.WS_BACKUP_BYTES)
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
    if st.button(S.tr("ws.reset_demo"), key=K.WS_RESET_DEMO, icon=":material/refresh:"):
        st.session_state[K.WS_PENDING] = ("demo", None)
    sure = st.session_state.get(K.WS_PENDING) == ("demo", None) and _confirmed(
        S.tr("ws.demo_really"), S.tr("ws.demo_yes"), K.WS_DEMO_YES, K.WS_DEMO_CANCEL)
    if sure and _do(lambda: store.reset_demo(DEMO_FOLDER), S.tr("ws.demo_reset")):
        st.session_state[K.WORKSPACE_NEXT] = "Demo"
        st.rerun()


def _rows(rows: dict[str, int], lang: str) -> str:
    """Rows per table, one table a line."""
    return "  \n".join(f"{S.tr('table.' + t)}: {fmt.number(n, lang)}" for t, n in rows.items() if n)


def _dates(first: dt.date | None, last: dt.date | None, lang: str) -> str:
    return fmt.date_range(first, last, lang) if first and last else "—"


def _history(store, current: str) -> None:
    """Every import of the workspace, newest first, each with an Undo button (asking first); files saved again
    in this session appear too, marked as changing nothing."""
    lang = S.lang()
    tz = S.settings(current).get("tz") or "UTC"
    st.subheader(S.tr("ws.history"))
    records = list(reversed(store.imports(current)))
    if not records:
        st.caption(S.tr("ws.history_empty", name=current))
        return
    st.caption(S.tr("ws.history_help", name=current))
    pending = st.session_state.get(K.WS_UNDO_PENDING)
    widths = [2.8, 2.5, 2.1, 1.9, 2.4, 2.3, 2.4]  # the result is under the time: no word is cut at 1280 px
    head = st.columns(widths)
    for col, key in zip(head, ("h_file", "h_format", "h_platform", "h_rows", "h_dates", "h_when")):
        col.markdown(f"**{S.tr('ws.' + key)}**")
    for rec in records:
        row = st.columns(widths, vertical_alignment="center")
        rows = sum(rec.rows.values())
        row[0].markdown(f"{_escape_md(rec.source)}  \n:gray[{S.tr('kind.' + rec.kind)}]")
        row[1].markdown(S.tr("ws.format_demo") if rec.kind == "demo" else _escape_md(_format_label(rec.importer)))
        row[2].markdown(", ".join(S.platform_label(p) for p in rec.platform.split(",") if p) or "—")
        row[3].markdown(_rows(rec.rows, lang))
        row[4].markdown(_dates(rec.first_date, rec.last_date, lang))
        row[5].markdown(f"{fmt.moment(rec.imported_at, tz, lang)}  \n:green[{S.tr('ws.added')}]")
        if row[6].button(S.tr("ws.undo"), key=K.WS_UNDO.format(id=rec.id), icon=":material/undo:"):
            st.session_state[K.WS_UNDO_PENDING] = (current, rec.id)
            pending = (current, rec.id)
        if pending == (current, rec.id):
            _undo(store, current, rec, rows)
    kept = {rec.id for rec in records}  # a repeat of an import undone since then is no longer true
    repeated = [r for r in st.session_state.get(K.UPLOAD_REPEATED, []) if r["workspace"] == current and r["of"] in kept]
    for r in reversed(repeated):
        row = st.columns(widths, vertical_alignment="center")
        row[0].markdown(_escape_md(r["file"]))
        row[1].markdown(_escape_md(_format_label(r["format"])))
        row[2].markdown(", ".join(S.platform_label(p) for p in r["platform"].split(",") if p) or "—")
        row[3].markdown(_rows(r["rows"], lang))
        row[5].markdown(f"{fmt.moment(r['when'], tz, lang)}  \n:orange[{S.tr('ws.repeated')}]",
                        help=S.tr("ws.repeated_help"))


def _undo(store, current: str, rec, rows: int) -> None:
    """The confirmation under an import's row; on yes, the import is undone and the page reruns."""
    with st.container(border=True):
        st.warning(S.tr("ws.undo_confirm", file=rec.source, rows=fmt.number(rows, S.lang()), name=current),
                   icon=":material/warning:")
        c1, c2, _ = st.columns([2, 2, 6])
        if c2.button(S.tr("ws.cancel"), key=K.WS_UNDO_CANCEL):
            st.session_state.pop(K.WS_UNDO_PENDING, None)
            st.rerun()
        if c1.button(S.tr("ws.undo_yes"), key=K.WS_UNDO_YES, type="primary", icon=":material/undo:"):
            st.session_state.pop(K.WS_UNDO_PENDING, None)
            message = S.tr("ws.undone", file=rec.source, rows=fmt.number(rows, S.lang()), name=current)
            if _do(lambda: store.undo_import(current, rec.id), message):
                st.rerun()


def _format_label(key: str) -> str:
    labels = {imp.key: imp.label for imp in importers()}
    return labels.get(key, key)


def _escape_md(text: str) -> str:
    """Text shown literally in markdown (file names hold underscores and asterisks)."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~$])", r"\\\1", str(text))


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
    _history(store, current)
    N.goals_notes_section(current)
    _settings(store, current)
    _backup(store, current)
    _demo(store)


S.ensure_shell()
body()
