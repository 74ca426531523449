"""Report: the selection's KPIs as an Excel workbook, offered with a download button."""

from __future__ import annotations

import re

import streamlit as st

from lib.kpis import KpiReport
from lib.report import build_workbook, sources_from_imports
from pages import _shared as S
from pages._shared import keys as K

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@st.cache_data(show_spinner=False, max_entries=8)
def _workbook(_report: KpiReport, key: tuple, workspace: str, lang: str, anonymize: bool) -> bytes:
    """The workbook bytes, cached per report identity (``key``), language and presentation mode."""
    sources = sources_from_imports(S.store().imports(workspace))
    return build_workbook(_report, settings=S.settings(workspace), lang=lang, anonymize=anonymize,
                          sources=sources)


def body() -> None:
    S.page_title("report.page.title")
    got = S.require_report()
    if got is None:
        return
    sel, _ = got
    rep = S.report(sel, anonymized=False)  # build_workbook anonymizes itself in presentation mode
    st.write(S.tr("report.page.intro"))
    if sel.present:
        st.info(S.tr("report.page.anonymized"))
    key = (S.revision(sel.workspace), sel.since, sel.until, sel.compare, sel.platforms, sel.tz)
    with st.spinner(S.tr("report.page.building")):
        data = _workbook(rep, key, sel.workspace, sel.lang, sel.present)
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", sel.workspace).strip("-") or "workspace"
    st.download_button(S.tr("report.page.download"), data=data, file_name=f"conversa-{name}-{sel.since}-{sel.until}.xlsx",
                       mime=XLSX, key=K.REPORT_DOWNLOAD, type="primary", icon=":material/download:")


S.ensure_shell()
body()
