"""Report: the selection's report as an Excel workbook, a slide deck or a PDF, previewed, then downloaded."""

from __future__ import annotations

import streamlit as st

from lib.advice import Advice
from lib.i18n import LANGUAGES, t
from lib.i18n.format import language_name
from lib.kpis import KpiReport
from lib.report import sources_from_imports
from lib.report.display import AREAS
from lib.report.documents import FORMATS, Document, Format, build_document
from pages import _shared as S
from pages._shared import advice as A
from pages._shared import keys as K

PREVIEW_PAGES = 2


@st.cache_data(show_spinner=False, max_entries=8)
def _document(_report: KpiReport, _advice: Advice, key: tuple, workspace: str, fmt: Format, lang: str,
              anonymize: bool, sections: tuple[str, ...], platforms: tuple[str, ...]) -> Document:
    """The document with its previews and the page's verdicts and actions, cached per report identity (``key``)
    and every choice of the page."""
    sources = sources_from_imports(S.store().imports(workspace))
    return build_document(_report, fmt, settings=S.settings(workspace), lang=lang, anonymize=anonymize,
                          sources=sources, sections=sections, platforms=platforms, workspace=workspace,
                          previews=0 if fmt == "xlsx" else PREVIEW_PAGES, advice=_advice)


def body() -> None:
    S.page_title("docs.page.title")
    got = S.require_report()
    if got is None:
        return
    sel, _ = got
    st.write(S.tr("docs.page.intro"))
    left, right = st.columns(2)
    fmt = left.radio(S.tr("docs.page.format"), FORMATS, format_func=lambda f: S.tr(f"docs.page.format.{f}"),
                     key=K.REPORT_FORMAT, horizontal=True)
    lang = right.selectbox(S.tr("docs.page.language"), LANGUAGES, index=LANGUAGES.index(sel.lang),
                           format_func=lambda code: language_name(code, sel.lang), key=K.REPORT_LANGUAGE)
    sections = st.multiselect(S.tr("docs.page.sections"), AREAS, default=list(AREAS),
                              format_func=lambda k: t(f"report.sheet.{k}", sel.lang), key=K.REPORT_SECTIONS,
                              help=S.tr("docs.page.sections_help"), disabled=fmt == "xlsx")
    if sel.present:  # presentation mode: pseudonyms whatever was chosen before
        st.info(S.tr("docs.page.anonymize_forced"))
        anonymize = True
    else:
        anonymize = st.checkbox(S.tr("docs.page.anonymize"), key=K.REPORT_ANONYMIZE)
    if not sections and fmt != "xlsx":
        st.warning(S.tr("docs.page.no_sections"))
        return
    rep = S.report(sel, anonymized=False)  # the documents anonymize themselves when asked
    key = (S.revision(sel.workspace), sel.since, sel.until, sel.compare, sel.platforms, sel.tz)
    chosen = tuple(sections) if fmt != "xlsx" else AREAS
    with st.spinner(S.tr("docs.page.building")):
        doc = _document(rep, A.advice(sel, rep), key, sel.workspace, fmt, lang, anonymize, chosen,
                        tuple(sel.platforms))
    st.download_button(S.tr(f"docs.page.download.{fmt}"), data=doc.data, file_name=doc.name, mime=doc.mime,
                       key=K.REPORT_DOWNLOAD, type="primary", icon=":material/download:")
    st.caption(S.tr("docs.page.file", name=doc.name))
    if doc.previews:
        st.subheader(S.tr("docs.page.preview"))
        for column, image in zip(st.columns(len(doc.previews)), doc.previews):
            column.image(image, width="stretch")
    elif fmt == "xlsx":
        sheets = ", ".join(t(f"report.sheet.{k}", lang) for k in ("cover", "advice", "summary", *AREAS, "posts",
                                                                  "definitions", "data_notes"))
        st.caption(S.tr("docs.page.preview_xlsx", sheets=sheets))


S.ensure_shell()
body()
