"""Upload: drop exports (or zips of them), see what each file holds, then save them into the workspace.

Files no importer recognises get the column-mapping form, with suggestions and the option to remember the
mapping for the next file with the same columns.
"""

from __future__ import annotations

import hashlib

import pandas as pd
import streamlit as st

from lib import state_keys as K
from lib.errors import ConversaError, FileImportError
from lib.i18n import format as fmt
from lib.importers import import_file, mapping, supported_formats
from lib.importers.base import ImportResult, SourceFile
from lib.schema import PLATFORMS, TABLES
from pages import _shared as S

PREVIEW_ROWS = 5


@st.cache_data(show_spinner=False, max_entries=32)
def _import(name: str, digest: str, _data: bytes, tz: str) -> tuple[list[ImportResult], str | None]:
    """Results for one uploaded file, or the error message (cached by content, so reruns are instant)."""
    try:
        return import_file(SourceFile(name=name, data=_data), tz=tz), None
    except FileImportError as err:
        return [], str(err)


def _summary(res: ImportResult, lang: str) -> None:
    rng = res.dataset.date_range()
    cols = st.columns(4)
    cols[0].markdown(f"**{S.tr('upload.platform')}**  \n{S.platform_label(res.platform)}")
    cols[1].markdown(f"**{S.tr('upload.account')}**  \n{res.account or '—'}")
    cols[2].markdown(f"**{S.tr('upload.rows')}**  \n" + ", ".join(
        f"{S.tr('table.' + t)}: {fmt.number(n, lang)}" for t, n in res.rows.items()))
    cols[3].markdown(f"**{S.tr('upload.dates')}**  \n" + (fmt.date_range(rng[0], rng[1], lang) if rng else "—"))
    for w in res.warnings:
        st.warning(w, icon=":material/warning:")
    for table in res.tables:
        st.caption(f"{S.tr('upload.preview')} · {S.tr('table.' + table)}")
        preview = res.dataset.table(table).head(PREVIEW_ROWS)
        st.dataframe(preview, hide_index=True, width="stretch")


def _saved_mapping(workspace: str, columns: list[str]) -> dict | None:
    maps = S.settings(workspace).get("mappings") or {}
    return maps.get(mapping.header_signature(columns))


def _mapping_form(i: int, f: SourceFile, sel_ws: str, tz: str) -> ImportResult | None:
    """The column-mapping form for file ``i``; returns the result once the user applies it."""
    try:
        columns = mapping.columns_of(f)
    except ConversaError as err:
        st.caption(str(err))
        return None
    if not columns:
        return None
    saved = _saved_mapping(sel_ws, columns)
    suggestion = saved or mapping.suggest_mapping(columns)
    st.markdown(f"**{S.tr('upload.mapping_title')}**")
    st.caption(S.tr("upload.mapping_saved") if saved else S.tr("upload.mapping_help"))
    tables = list(TABLES)
    table = st.selectbox(S.tr("upload.table"), tables, key=K.UPLOAD_MAP_TABLE.format(i=i),
                         index=tables.index(suggestion.get("table", "posts")) if suggestion.get("table") in tables else 0,
                         format_func=lambda name: S.tr("table." + name))
    c1, c2 = st.columns(2)
    platform = c1.selectbox(S.tr("upload.platform"), PLATFORMS, key=K.UPLOAD_MAP_PLATFORM.format(i=i),
                            format_func=S.platform_label,
                            index=PLATFORMS.index(suggestion.get("platform")) if suggestion.get("platform") in PLATFORMS else 0)
    account = c2.text_input(S.tr("upload.account"), key=K.UPLOAD_MAP_ACCOUNT.format(i=i))
    spec = TABLES[table]
    options = ["", *columns]
    chosen: dict[str, str] = {}
    grid = st.columns(3)
    for n, canonical in enumerate(spec.columns):
        guess = (suggestion.get("columns") or {}).get(canonical, "") if suggestion.get("table", table) == table else ""
        label = S.tr(f"col.{canonical}") + (" *" if canonical in spec.required and canonical != "platform" else "")
        pick = grid[n % 3].selectbox(label, options, key=K.UPLOAD_MAP_COLUMN.format(i=i, column=canonical),
                                     index=options.index(guess) if guess in options else 0,
                                     format_func=lambda c: c or S.tr("upload.not_in_file"))
        if pick:
            chosen[canonical] = pick
    remember = st.checkbox(S.tr("upload.remember"), value=True, key=K.UPLOAD_MAP_REMEMBER.format(i=i))
    if not st.button(S.tr("upload.apply"), key=K.UPLOAD_MAP_APPLY.format(i=i), type="primary"):
        return None
    missing = [c for c in spec.required if c not in chosen and c != "platform"]  # the platform is chosen above
    if missing:
        st.error(S.tr("upload.required_missing", columns=", ".join(S.tr(f"col.{c}") for c in missing)))
        return None
    plan = {"table": table, "columns": chosen, "platform": platform}
    try:
        res = mapping.apply_mapping(f, plan, platform, account or None, tz=tz)
    except ConversaError as err:
        st.error(str(err))
        return None
    if remember:
        maps = dict(S.settings(sel_ws).get("mappings") or {})
        maps[mapping.header_signature(columns)] = plan
        S.store().update_settings(sel_ws, mappings=maps)
    return res


def body() -> None:
    st.title(S.tr("upload.title"))
    lang = S.lang()
    sel = S.selection()
    workspace = sel.workspace if sel else S.current_workspace()
    if not workspace:
        st.info(S.tr("upload.no_workspace"))
        return
    st.markdown(S.tr("upload.intro", workspace=workspace))
    with st.expander(S.tr("upload.formats")):
        st.markdown("\n".join(f"- **{label}**: {how}" for label, how in supported_formats()))
    files = st.file_uploader(S.tr("upload.drop"), accept_multiple_files=True, key=K.UPLOAD_FILES)
    if not files:
        return
    tz = (S.settings(workspace).get("tz") or "UTC")
    ready: list[tuple[ImportResult, bytes | None]] = []
    mapped = st.session_state.setdefault(K.UPLOAD_DONE, {})
    for i, up in enumerate(files):
        data = up.getvalue()
        digest = hashlib.sha256(data).hexdigest()
        results, error = _import(up.name, digest, data, tz)
        with st.expander(f"{up.name} · {fmt.number(len(data) / 1024, lang, 0)} KB", expanded=True):
            if error:
                st.error(error)
                if digest in mapped:
                    results = [mapped[digest]]
                else:
                    res = _mapping_form(i, SourceFile(name=up.name, data=data), workspace, tz)
                    if res is not None:
                        mapped[digest] = res
                        results = [res]
            for res in results:
                if len(results) > 1:
                    st.markdown(f"**{res.source}**")
                _summary(res, lang)
                ready.append((res, data if len(results) == 1 else None))  # a zip's members are saved one by one
    if not ready:
        return
    total = pd.Series([n for r, _ in ready for n in r.rows.values()]).sum()
    st.divider()
    if st.button(S.tr("upload.save", n=len(ready), rows=fmt.number(total, lang), workspace=workspace),
                 key=K.UPLOAD_SAVE, type="primary", icon=":material/save:"):
        store = S.store()
        saved = 0
        for res, data in ready:
            try:
                store.save_import(workspace, res, data=data)
                saved += 1
            except ConversaError as err:
                st.error(f"{res.source}: {err}")
        if saved:
            st.success(S.tr("upload.saved", n=saved, workspace=workspace), icon=":material/check_circle:")


S.ensure_shell()
body()
