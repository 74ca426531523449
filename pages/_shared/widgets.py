"""The widgets every page draws: its title, KPI cards, a table or the reason it is empty, charts."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import streamlit as st

from lib.i18n import format as fmt
from lib.i18n import t
from lib.kpis import KpiReport
from lib.kpis import formatting as kpi_fmt
from lib.kpis.catalog import BY_KEY
from pages._shared.data import is_demo, report, settings
from pages._shared.labels import describe, escape, help_text, unavailable
from pages._shared.selection import Selection, current_workspace, lang, presenting, selection, tr
from pages._shared.tables import show_table

log = logging.getLogger("conversa.pages")


def page_title(key: str, icon: str = "") -> None:
    """The page's title, with the client's name and logo in presentation mode."""
    sel = selection()
    workspace = sel.workspace if sel else current_workspace()
    if presenting() and workspace:
        conf = settings(workspace)
        cols = st.columns([1, 8]) if conf.get("logo") else [None, st.container()]
        if conf.get("logo"):
            try:
                cols[0].image(conf["logo"], width=96)
            except Exception:  # a broken logo never stops the meeting
                log.warning("logo of %s could not be shown", workspace)
        with cols[1]:
            name = conf.get("client_name") or workspace
            st.markdown(f"<div class='conversa-client'>{escape(name)}</div>", unsafe_allow_html=True)
            st.title(tr(key))
    else:
        st.title(tr(key))
        if is_demo(workspace):
            st.badge(tr("ws.demo_badge"), icon=":material/science:", color="orange")
    if sel is not None:
        st.caption(tr("common.period_caption", period=fmt.date_range(sel.since, sel.until, sel.lang),
                      previous=fmt.date_range(sel.period.previous_since, sel.period.previous_until, sel.lang)))


def metric(rep: KpiReport, key: str, *, platform: str | None = None, container: Any = None,
           label: str | None = None) -> None:
    """One KPI card: value, previous period, change coloured by the KPI's direction, help tooltip, and
    when unavailable: why, and which export would provide it."""
    box = container or st
    sel = selection()
    language = lang()
    currency = sel.currency if sel else "EUR"
    value = rep.value(key, platform)
    title = label or describe(key).label
    if fmt.is_missing(value):
        box.metric(title, tr("common.na"), help=help_text(key), border=True)
        box.caption(unavailable(rep.reason(key, platform), key))
        return
    prev = (rep.previous if platform is None else rep.previous_by_platform.get(platform, {})).get(key)
    change = rep.changes.get(key) if platform is None else None
    delta = kpi_fmt.kpi_delta(key, change, language, currency) if change is not None else None
    if change is not None and change.no_earlier:
        desc = tr("common.no_earlier")
    else:
        desc = (tr("common.previous_value", value=kpi_fmt.kpi_value(key, prev, language, currency))
                if not fmt.is_missing(prev) else tr("common.previous_na"))
    unchanged = change is not None and change.absolute == 0
    box.metric(title, kpi_fmt.kpi_value(key, value, language, currency), delta=delta,
               delta_color="off" if unchanged else kpi_fmt.delta_color(key), help=help_text(key), border=True,
               delta_description=desc if delta else None)
    if not delta:
        box.caption(desc)


def metric_row(rep: KpiReport, keys: Sequence[str], *, per_row: int = 4) -> None:
    """KPI cards in rows of ``per_row``."""
    keys = [k for k in keys if k in BY_KEY]
    for start in range(0, len(keys), per_row):
        cols = st.columns(per_row)
        for col, key in zip(cols, keys[start:start + per_row]):
            with col:
                metric(rep, key)


def table_or_note(rep: KpiReport, name: str, kpi: str | None = None) -> pd.DataFrame | None:
    """``report.tables[name]`` when it has rows and lib gives no reason against it (a grid of zeros has one);
    otherwise shows why it is empty and returns None."""
    frame = rep.tables.get(name)
    if frame is not None and len(frame) and not rep.reason(name):
        return frame
    st.info(unavailable(rep.reason(name) or rep.reason(kpi or name), kpi or name, default="common.no_rows"))
    return None


def chart(spec: Any, *, key: str | None = None, on_select: str = "ignore", selection_mode: str | None = None) -> Any:
    """An Altair chart from lib.charts with our own theme (not Streamlit's)."""
    if presenting():  # readable from the back of a meeting room
        spec = (spec.configure_axis(labelFontSize=16, titleFontSize=18)
                .configure_legend(labelFontSize=16, titleFontSize=16, symbolSize=160)
                .configure_text(fontSize=16))
    kwargs: dict[str, Any] = {"theme": None, "key": key}
    if on_select != "ignore":
        kwargs.update(on_select=on_select, selection_mode=selection_mode)
    return st.altair_chart(spec, width="stretch", **kwargs)


def _nothing_to_draw(args: Sequence[Any], kwargs: dict[str, Any]) -> bool:
    """Whether the chart's table has no rows, or no value in any numeric column the call names."""
    frame = next((a for a in args if isinstance(a, pd.DataFrame)), None)
    if frame is None:
        return False
    if not len(frame):
        return True
    named = {v for v in (*args, *kwargs.values()) if isinstance(v, str) and v in frame.columns}
    measures = [c for c in named if frame[c].isna().all()
                or (pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c]))]
    return bool(measures) and all(frame[c].isna().all() for c in measures)


def _drawn_rows(spec: Any) -> int | None:
    """Rows of the data frames a chart (and its layers) draws; None when it holds no frame to count."""
    frames = [c.data for c in (spec, *getattr(spec, "layer", ())) if isinstance(getattr(c, "data", None), pd.DataFrame)]
    return sum(len(f) for f in frames) if frames else None


def safe_chart(builder: Callable[..., Any], *args: Any, key: str | None = None, fallback: pd.DataFrame | None = None,
               on_select: str = "ignore", selection_mode: str | None = None, need: str | None = None,
               **kwargs: Any) -> Any:
    """Build and show a chart; when the table lacks the chart's columns, show the table instead; when it holds
    nothing to draw, one line says so (and which export would fill it: ``need``, a KPI key), never bare axes."""
    if _nothing_to_draw(args, kwargs):
        st.info(unavailable(None, need, default="chart.no_data") if need else tr("chart.no_data"))
        return None
    try:
        spec = builder(*args, lang=lang(), **kwargs)
    except ValueError:
        log.warning("chart %s could not be drawn", getattr(builder, "__name__", builder), exc_info=True)
        if fallback is not None:
            show_table(fallback)
        return None
    if _drawn_rows(spec) == 0:  # the builder kept no row (e.g. no month with both values)
        st.info(unavailable(None, need, default="chart.no_data") if need else tr("chart.no_data"))
        return None
    return chart(spec, key=key, on_select=on_select, selection_mode=selection_mode)


def require_report() -> tuple[Selection, KpiReport] | None:
    """The selection and its report, or a message saying why there is nothing to show yet."""
    sel = selection()
    if sel is None:
        st.info(tr("common.no_data_yet"))
        if not presenting():  # the upload page is not in presentation's navigation
            st.page_link("pages/upload.py", label=tr("nav.upload"), icon=":material/upload_file:")
        return None
    rep = report(sel)
    if rep is None:
        st.info(tr("common.kpis_pending"))
        return None
    return sel, rep


def _css_text(text: str) -> str:
    """Text as the content of a CSS string."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


UPLOAD_BUTTON = '[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p'
UPLOAD_LIMIT = '[data-testid="stFileUploaderDropzoneInstructions"] span'


def uploader_css(language: str) -> str:
    """Streamlit's file uploader writes "Upload" and "500MB per file" in English whatever the language, with no
    option to change them: CSS puts the catalogue's words in their place (the types accepted go in the label)."""
    button = _css_text(t("uploader.button", language))
    limit = _css_text(t("uploader.limit", language, mb=fmt.number(st.get_option("server.maxUploadSize"), language)))
    return (f'<style>{UPLOAD_BUTTON} {{ font-size: 0; }} {UPLOAD_BUTTON}::after {{ content: "{button}"; font-size: 14px; }}'
            f'{UPLOAD_LIMIT} {{ font-size: 0; }} {UPLOAD_LIMIT}::after {{ content: "{limit}"; font-size: 14px; }}</style>')
