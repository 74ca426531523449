"""Upload: drop exports (or zips of them), see what each file holds, then save them into the workspace.

Files no importer recognises get the column-mapping form, with suggestions and the option to remember the
mapping for the next file with the same columns.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import streamlit as st

from lib.errors import ConversaError, FileImportError
from lib.i18n import format as fmt
from lib.importers import import_file, mapping, message, supported_formats
from lib.importers.base import ImportResult, SourceFile
from lib.importers.registry import importers
from lib.schema import PLATFORMS, TABLES
from pages import _shared as S
from pages._shared import keys as K

PREVIEW_ROWS = 5


@st.cache_data(show_spinner=False, max_entries=4, ttl=dt.timedelta(minutes=15))
def _import(name: str, digest: str, _data: bytes, tz: str, lang: str) -> tuple[list[ImportResult], str | None]:
    """Results for one uploaded file, or the error message in ``lang``.

    Cached by content hash so reruns are instant; few entries with a short life, because an upload can be
    300 MB and this cache is process-wide (it holds only what that exact file's bytes give anyone).
    """
    try:
        return import_file(SourceFile(name=name, data=_data), tz=tz), None
    except FileImportError as err:
        return [], message(err, lang, where="importers.formats_above")


def _format_label(key: str) -> str:
    """What users call the format an importer reads (its registry key when it has no label)."""
    labels = {imp.key: imp.label for imp in importers()}
    return labels.get(key, key)



def _size(n: int, lang: str) -> str:
    if n < 1024:
        return f"{fmt.number(n, lang)} B"
    if n < 1024 ** 2:
        return f"{fmt.number(n / 1024, lang, 0)} KB"
    return f"{fmt.number(n / 1024 ** 2, lang, 1)} MB"


def _summary(res: ImportResult, lang: str) -> None:
    """Platform, account, format, rows per table, date range, warnings and the first rows of each table."""
    rng = res.dataset.date_range()
    cols = st.columns([2, 2, 3, 3, 3])
    cols[0].markdown(f"**{S.tr('upload.platform')}**  \n{S.platform_label(res.platform)}")
    cols[1].markdown(f"**{S.tr('upload.account')}**  \n{res.account or '—'}")
    cols[2].markdown(f"**{S.tr('upload.format')}**  \n{_format_label(res.importer)}")
    cols[3].markdown(f"**{S.tr('upload.rows')}**  \n" + ", ".join(
        f"{S.tr('table.' + t)}: {fmt.number(n, lang)}" for t, n in res.rows.items()))
    cols[4].markdown(f"**{S.tr('upload.dates')}**  \n" + (fmt.date_range(rng[0], rng[1], lang) if rng else "—"))
    for w in res.warnings:
        st.warning(message(w, lang), icon=":material/warning:")
    for table in res.tables:
        st.caption(f"{S.tr('upload.preview')} · {S.tr('table.' + table)}")
        preview = res.dataset.table(table).head(PREVIEW_ROWS)
        S.show_table(preview.assign(platform=preview["platform"].map(S.platform_label)))  # headers, n/a, dates as the pages show them


def _saved_mapping(workspace: str, columns: list[str]) -> dict | None:
    maps = S.settings(workspace).get("mappings") or {}
    return maps.get(mapping.header_signature(columns))


def _mapping_form(i: int, f: SourceFile, sel_ws: str, tz: str) -> ImportResult | None:
    """The column-mapping form for file ``i``; returns the result once the user applies it."""
    try:
        columns = mapping.columns_of(f)
    except ConversaError as err:
        if getattr(err, "code", None) != "private_messages":  # that refusal is already shown above the form
            st.caption(message(err, S.lang()))
        return None
    if len(columns) < 2:  # binary junk or a one-column text: nothing a table could be mapped from
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
        st.error(message(err, S.lang()))
        return None
    if remember:
        maps = dict(S.settings(sel_ws).get("mappings") or {})
        maps[mapping.header_signature(columns)] = plan
        S.store().update_settings(sel_ws, mappings=maps)
    return res


def _show_outcome(tz: str, lang: str) -> None:
    """What the last save did, file by file (kept across the rerun that refreshes the sidebar)."""
    flash = st.session_state.pop(K.UPLOAD_FLASH, None)
    if not flash:
        return
    workspace, outcomes = flash
    saved = [o for o in outcomes if o["status"] == "saved"]
    for o in outcomes:
        if o["status"] == "saved":
            st.success(S.tr("upload.saved_file", file=o["file"], rows=fmt.number(o["rows"], lang)),
                       icon=":material/check_circle:")
        elif o["status"] == "duplicate":
            st.info(S.tr("upload.duplicate", file=o["file"], when=fmt.moment(o["when"], tz, lang)),
                    icon=":material/content_copy:")
        else:
            st.error(f"{o['file']}: {o['error']}")
    if saved:
        st.success(S.tr("upload.saved", n=len(saved), workspace=workspace), icon=":material/check_circle:")
        st.caption(S.tr("upload.undo_hint"))
        st.page_link("pages/workspaces.py", label=S.tr("upload.history_link"), icon=":material/history:")
    elif all(o["status"] == "duplicate" for o in outcomes):
        st.info(S.tr("upload.nothing_new", workspace=workspace), icon=":material/info:")


def _new_workspace(name: str) -> bool:
    """Create the client's workspace for files uploaded while the demo is open (False, with lib's sentence, when
    it cannot be created)."""
    if not name:
        st.error(S.tr("upload.new_workspace_needed"))
        return False
    try:
        S.store().create(name, settings=S.new_workspace_settings(client_name=name))
    except ConversaError as err:
        st.error(str(err))
        return False
    st.session_state[K.WORKSPACE_NEXT] = name  # the sidebar opens it after the save's rerun
    return True


def _save(workspace: str, ready: list[tuple[ImportResult, bytes | None]]) -> None:
    """Save every ready result (one transaction each), remember the outcome, and rerun so every page (and the
    sidebar's dates and platforms) reads the new revision."""
    store = S.store()
    outcomes = []
    repeated = st.session_state.setdefault(K.UPLOAD_REPEATED, [])
    for res, data in ready:
        try:
            rec = store.save_import(workspace, res, data=data)
        except ConversaError as err:
            outcomes.append({"status": "error", "file": res.source, "error": str(err)})
            continue
        if rec.duplicate:
            outcomes.append({"status": "duplicate", "file": res.source, "when": rec.imported_at})
            repeated.append({"workspace": workspace, "file": res.source, "of": rec.id, "when": dt.datetime.now(dt.UTC),
                             "format": rec.importer, "platform": rec.platform, "rows": dict(res.rows)})
        else:
            outcomes.append({"status": "saved", "file": res.source, "rows": sum(rec.rows.values())})
    st.session_state[K.UPLOAD_FLASH] = (workspace, outcomes)
    st.session_state[K.UPLOAD_GENERATION] = st.session_state.get(K.UPLOAD_GENERATION, 0) + 1  # an empty uploader
    st.rerun()


def body() -> None:
    st.title(S.tr("upload.title"))
    lang = S.lang()
    sel = S.selection()
    workspace = sel.workspace if sel else S.current_workspace()
    if not workspace:
        st.info(S.tr("upload.no_workspace"))
        return
    demo = S.is_demo(workspace)
    tz = S.new_workspace_settings()["tz"] if demo else (S.settings(workspace).get("tz") or "UTC")
    _show_outcome(tz, lang)
    if demo:  # a client's files never go into the demo: they get a workspace of their own
        st.info(S.tr("upload.demo_intro"), icon=":material/science:")
    else:
        st.markdown(S.tr("upload.intro", workspace=workspace))
    with st.expander(S.tr("upload.formats")):
        st.markdown("\n".join(f"- **{label}**: {how}" for label, how in supported_formats()))
    generation = st.session_state.get(K.UPLOAD_GENERATION, 0)
    files = st.file_uploader(S.tr("upload.drop"), accept_multiple_files=True,
                             key=f"{K.UPLOAD_FILES}_{generation}" if generation else K.UPLOAD_FILES)
    if not files:
        return
    earlier = {rec.content_hash: rec for rec in S.store().imports(workspace)}
    ready: list[tuple[ImportResult, bytes | None]] = []
    failed = 0
    mapped = st.session_state.setdefault(K.UPLOAD_DONE, {})
    for i, up in enumerate(files):
        data = up.getvalue()
        digest = hashlib.sha256(data).hexdigest()
        results, error = _import(up.name, digest, data, tz, lang)
        with st.expander(f"{up.name} · {_size(len(data), lang)}", expanded=True):
            if error:
                st.error(error, icon=":material/error:")
                if digest in mapped:
                    results = [mapped[digest]]
                else:
                    res = _mapping_form(i, SourceFile(name=up.name, data=data), workspace, tz)
                    if res is not None:
                        mapped[digest] = res
                        results = [res]
                if not results:
                    st.caption(S.tr("upload.failed_note"))
                    failed += 1
            if digest in earlier:
                st.info(S.tr("upload.already_before", workspace=workspace,
                             when=fmt.moment(earlier[digest].imported_at, tz, lang)), icon=":material/content_copy:")
            for res in results:
                if len(results) > 1:
                    st.markdown(f"**{res.source}**")
                _summary(res, lang)
                ready.append((res, data if len(results) == 1 else None))  # a zip's members are saved one by one
    if failed:
        st.warning(S.tr("upload.failed_count", n=failed), icon=":material/warning:")
    if not ready:
        return
    total = sum(n for r, _ in ready for n in r.rows.values())
    st.divider()
    target = workspace
    if demo:
        target = st.text_input(S.tr("upload.new_workspace"), key=K.UPLOAD_NEW_WORKSPACE, max_chars=80,
                               help=S.tr("upload.new_workspace_help")).strip()
    if st.button(S.tr("upload.save", n=len(ready), rows=fmt.number(total, lang), workspace=target or "…"),
                 key=K.UPLOAD_SAVE, type="primary", icon=":material/save:") and (not demo or _new_workspace(target)):
        _save(target, ready)


S.ensure_shell()
body()
