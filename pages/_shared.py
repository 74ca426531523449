"""What every page shares: the sidebar's selection, cached data and reports, metric cards, tables, errors.

Heavy work is cached here with keys that always include the store, the workspace and its revision, so no
session ever sees another workspace's data and every write to a workspace invalidates its entries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from lib import kpis
from lib import state_keys as K
from lib.dataset import Dataset
from lib.errors import ConversaError
from lib.i18n import LANGUAGES, t
from lib.i18n import format as fmt
from lib.kpis import KpiReport, Period, prepare
from lib.kpis import texts as kpi_texts
from lib.kpis.catalog import BY_KEY
from lib.schema import web_links
from lib.store import Store, open_store

log = logging.getLogger("conversa.pages")
TIME_COLUMNS = ("published_at", "created_at", "date")

# Which export a KPI needs, to tell the user what file would make an unavailable KPI available.
NEEDS: dict[str, str] = {
    **{k: "comments" for k in ("brand_response_rate", "brand_response_time_median_h", "brand_response_time_p90_h",
                               "brand_response_time_histogram", "networking_index", "thread_depth_mean",
                               "dialogue_thread_share", "unique_commenters", "returning_commenter_share",
                               "tribe_size", "top10_commenter_share", "commenter_gini", "substantive_comment_share",
                               "audience_languages", "silent_post_share")},
    **{k: "followers" for k in ("followers_end", "follower_growth", "conversation_rate_per_1k_followers",
                                "amplification_rate_per_1k_followers", "applause_rate_per_1k_followers",
                                "follower_spike_days", "hollow_growth", "engagement_per_1k_followers_trend",
                                "scale_curve")},
    **{k: "reach" for k in ("reach", "engagement_rate_by_reach", "impressions")},
    **{k: "traffic" for k in ("economic_value", "social_sessions", "social_conversions", "social_revenue",
                              "sessions_per_post")},
    **{k: "posts" for k in ("posts", "reactions", "comments", "shares", "saves", "interactions",
                            "conversation_rate_per_post", "amplification_rate_per_post", "applause_rate_per_post",
                            "conversation_share", "question_post_lift", "active_week_share", "longest_gap_days")},
}


# ---------------------------------------------------------------- selection (written by app.py)

@dataclass(frozen=True)
class Selection:
    """What the sidebar selected; pages read it and never the widgets directly."""

    workspace: str
    since: dt.date
    until: dt.date
    compare: str
    platforms: tuple[str, ...]  # empty: all platforms
    lang: str
    present: bool
    tz: str = "UTC"
    currency: str = "EUR"

    @property
    def period(self) -> Period:
        return Period.with_previous(self.since, self.until, tz=self.tz, compare=self.compare)


def selection() -> Selection | None:
    """The current selection (None before app.py has run, or when there is no data)."""
    return st.session_state.get(K.SELECTION)


def lang() -> str:
    """The UI language of this session."""
    value = st.session_state.get(K.kept(K.LANGUAGE), st.session_state.get(K.LANGUAGE))
    return value if value in LANGUAGES else browser_language()


def current_workspace() -> str | None:
    """The workspace chosen in the sidebar."""
    return st.session_state.get(K.kept(K.WORKSPACE), st.session_state.get(K.WORKSPACE))


def browser_language() -> str:
    """``"it"`` for an Italian browser locale, else English."""
    try:
        locale = st.context.locale or ""
    except Exception:  # AppTest and old clients have no browser locale
        locale = ""
    code = locale.replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def tr(key: str, **values: object) -> str:
    """``t()`` in the session's language."""
    return t(key, lang(), **values)


# ---------------------------------------------------------------- store and data (cached)

def _data_key() -> str:
    """Identifies the store this process reads, part of every cache key."""
    return f"{os.environ.get('CONVERSA_DATABASE_URL', '')}|{os.environ.get('CONVERSA_DATA_DIR', '')}"


@st.cache_resource(show_spinner=False, max_entries=4)
def _open_store(data_key: str) -> Store:
    return open_store()


def store() -> Store:
    """The workspace store of this process (SQLite in $CONVERSA_DATA_DIR unless a database URL is set)."""
    return _open_store(_data_key())


def workspace_names() -> list[str]:
    """Workspaces in the store; the demo workspace is created on first use."""
    s = store()
    names = list(s.list_workspaces())
    if not names:
        s.ensure_demo()
        names = list(s.list_workspaces())
    return names


def revision(workspace: str) -> str:
    """The workspace's revision (changes on every write), part of every cache key."""
    return str(store().revision(workspace))


@st.cache_resource(show_spinner=False, max_entries=4)
def _load(data_key: str, workspace: str, rev: str) -> Dataset:
    return store().load(workspace)


def dataset(workspace: str) -> Dataset:
    """The workspace's whole dataset (cached per store, workspace and revision)."""
    return _load(_data_key(), workspace, revision(workspace))


@st.cache_data(show_spinner=False, max_entries=16)
def _date_range(data_key: str, workspace: str, rev: str) -> tuple[dt.date, dt.date] | None:
    return dataset(workspace).date_range()


def data_range(workspace: str) -> tuple[dt.date, dt.date] | None:
    """First and last day with data in the workspace."""
    return _date_range(_data_key(), workspace, revision(workspace))


@st.cache_data(show_spinner=False, max_entries=16)
def _platforms(data_key: str, workspace: str, rev: str) -> list[str]:
    return dataset(workspace).platforms


def platforms(workspace: str) -> list[str]:
    """Platforms present in the workspace."""
    return _platforms(_data_key(), workspace, revision(workspace))


@st.cache_data(show_spinner=False, max_entries=16)
def _settings(data_key: str, workspace: str, rev: str) -> dict:
    return dict(store().settings(workspace) or {})


def settings(workspace: str) -> dict:
    """The workspace's settings (cached per revision; a copy, safe to change)."""
    return dict(_settings(_data_key(), workspace, revision(workspace)))


def _brand_key(brand: dict | None) -> str:
    return hashlib.sha256(json.dumps(brand or {}, sort_keys=True, default=str).encode()).hexdigest()[:16]


@st.cache_resource(show_spinner=False, max_entries=6)
def _prepared(data_key: str, workspace: str, rev: str, plats: tuple[str, ...], brand_key: str, brand_json: str,
              manual_json: str = "{}") -> Any:
    data = dataset(workspace)
    if plats:
        data = data.filter(platforms=plats)
    brand = json.loads(brand_json) or None
    return prepare(data, brand=brand, manual_followers=json.loads(manual_json) or None)


@st.cache_resource(show_spinner=False, max_entries=48)
def _report(data_key: str, workspace: str, rev: str, plats: tuple[str, ...], brand_key: str, brand_json: str,
            days: tuple[dt.date, dt.date, dt.date, dt.date], tz: str, anonymized: bool,
            manual_json: str = "{}") -> KpiReport:
    period = Period(*days, tz=tz)
    prepared = _prepared(data_key, workspace, rev, plats, brand_key, brand_json, manual_json)
    report = kpis.compute(prepared, period)
    return kpis.anonymize(report) if anonymized else report


def report(sel: Selection | None = None, *, anonymized: bool | None = None) -> KpiReport | None:
    """The KpiReport of the selection (anonymized in presentation mode); None when KPIs are not available."""
    sel = sel or selection()
    if sel is None:
        return None
    brand = settings(sel.workspace).get("brand_handles") or {}
    brand_json = json.dumps(brand, sort_keys=True, default=str)
    manual_json = json.dumps(settings(sel.workspace).get("manual_followers") or {}, sort_keys=True, default=str)
    anon = sel.present if anonymized is None else anonymized
    return _report(_data_key(), sel.workspace, revision(sel.workspace), tuple(sorted(sel.platforms)),
                   _brand_key(brand), brand_json, _days(sel.period), sel.period.tz, anon, manual_json)


def _days(period: Period) -> tuple[dt.date, dt.date, dt.date, dt.date]:
    return period.since, period.until, period.previous_since, period.previous_until


@st.cache_data(show_spinner=False, max_entries=64)
def _findings(_report_obj: KpiReport, report_id: str, language: str) -> list[str]:
    return list(kpis.findings(_report_obj, lang=language))


def findings(rep: KpiReport, sel: Selection) -> list[str]:
    """The three most important findings, as sentences in the UI language."""
    rid = f"{_data_key()}|{sel.workspace}|{revision(sel.workspace)}|{sel.platforms}|{sel.period}|{sel.present}"
    return _findings(rep, rid, sel.lang)[:3]


# ---------------------------------------------------------------- KPI texts

@dataclass(frozen=True)
class Text:
    label: str
    explanation: str = ""
    why: str = ""
    improve: str = ""
    formula: str = ""


def describe(key: str) -> Text:
    """Label and explanations of a KPI from lib.kpis.texts (the key, readable, until those exist)."""
    try:
        from lib.kpis.texts import describe as _describe

        d = _describe(key, lang())
        return Text(d.label, d.explanation, d.why, d.improve, getattr(d, "formula", ""))
    except (ImportError, KeyError, AttributeError):
        return Text(key.replace("_", " ").capitalize())


def help_text(key: str) -> str:
    """Tooltip: what it is, why it matters, how to improve it."""
    d = describe(key)
    parts = [d.explanation]
    if d.why:
        parts.append(f"**{tr('common.why')}** {d.why}")
    if d.improve:
        parts.append(f"**{tr('common.improve')}** {d.improve}")
    if d.formula:
        parts.append(f"*{d.formula}*")
    return "\n\n".join(p for p in parts if p) or d.label


# ---------------------------------------------------------------- rendering

def page_title(key: str, icon: str = "") -> None:
    """The page's title, with the client's name and logo in presentation mode."""
    sel = selection()
    workspace = sel.workspace if sel else current_workspace()
    if st.session_state.get(K.kept(K.PRESENT)) and workspace:
        conf = settings(workspace)
        cols = st.columns([1, 8]) if conf.get("logo") else [None, st.container()]
        if conf.get("logo"):
            try:
                cols[0].image(conf["logo"], width=96)
            except Exception:  # a broken logo never stops the meeting
                log.warning("logo of %s could not be shown", workspace)
        with cols[1]:
            name = conf.get("client_name") or workspace
            st.markdown(f"<div class='conversa-client'>{_escape(name)}</div>", unsafe_allow_html=True)
            st.title(tr(key))
    else:
        st.title(tr(key))
    if sel is not None:
        st.caption(tr("common.period_caption", period=fmt.date_range(sel.since, sel.until, sel.lang),
                      previous=fmt.date_range(sel.period.previous_since, sel.period.previous_until, sel.lang)))


def _escape(text: str) -> str:
    import html

    return html.escape(str(text))


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
        why = rep.reason(key, platform)
        need = kpi_texts.reason_need(why) if why else NEEDS.get(key, "posts")
        box.metric(title, tr("common.na"), help=help_text(key), border=True)
        box.caption(" ".join(x for x in (reason_text(why) if why else tr("common.no_data"),
                                         tr("need." + need) if need else "") if x))
        return
    prev = (rep.previous if platform is None else rep.previous_by_platform.get(platform, {})).get(key)
    change = rep.changes.get(key) if platform is None else None
    delta = fmt.kpi_delta(key, change, language, currency) if change is not None else None
    desc = (tr("common.previous_value", value=fmt.kpi_value(key, prev, language, currency))
            if not fmt.is_missing(prev) else tr("common.previous_na"))
    unchanged = change is not None and change.absolute == 0
    box.metric(title, fmt.kpi_value(key, value, language, currency), delta=delta,
               delta_color="off" if unchanged else fmt.delta_color(key), help=help_text(key), border=True,
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
    """``report.tables[name]`` when it has rows; otherwise shows why it is empty and returns None."""
    frame = rep.tables.get(name)
    if frame is not None and len(frame):
        return frame
    reason = rep.reason(name) or rep.reason(kpi or name)
    need = kpi_texts.reason_need(reason) if reason else NEEDS.get(kpi or name)
    reason = reason_text(reason) if reason else None
    st.info(" ".join(x for x in (reason or tr("common.no_rows"), tr("need." + need) if need else "") if x))
    return None


def chart(spec: Any, *, key: str | None = None, on_select: str = "ignore", selection_mode: str | None = None) -> Any:
    """An Altair chart from lib.charts with our own theme (not Streamlit's)."""
    if st.session_state.get(K.kept(K.PRESENT)):  # readable from the back of a meeting room
        spec = (spec.configure_axis(labelFontSize=16, titleFontSize=18)
                .configure_legend(labelFontSize=16, titleFontSize=16, symbolSize=160)
                .configure_text(fontSize=16))
    kwargs: dict[str, Any] = {"theme": None, "key": key}
    if on_select != "ignore":
        kwargs.update(on_select=on_select, selection_mode=selection_mode)
    return st.altair_chart(spec, width="stretch", **kwargs)


def people_columns(frame: pd.DataFrame, present: bool) -> pd.DataFrame:
    """In presentation mode, commenters appear only by pseudonym (their names and ids are dropped)."""
    if not present:
        return frame.drop(columns=[c for c in ("author_pseudonym",) if c in frame.columns])
    out = frame.copy()
    if "author_pseudonym" in out.columns:
        out["author_name"] = out["author_pseudonym"]
        out = out.drop(columns=["author_pseudonym"])
    return out.drop(columns=[c for c in ("author_id",) if c in out.columns])


def column_labels(columns: Iterable[str]) -> dict[str, Any]:
    """``st.dataframe`` column configs with translated headers (KPI labels for KPI columns)."""
    config: dict[str, Any] = {}
    for c in columns:
        if c in BY_KEY:
            config[c] = st.column_config.Column(describe(c).label)
        elif c == "permalink":
            config[c] = st.column_config.LinkColumn(tr("col.permalink"), display_text=tr("col.open"))
        elif c in TIME_COLUMNS:
            config[c] = (st.column_config.DateColumn(tr(f"col.{c}"), format="D MMM YYYY") if c == "date"
                         else st.column_config.DatetimeColumn(tr(f"col.{c}"), format="D MMM YYYY, HH:mm"))
        elif c == "text":
            config[c] = st.column_config.TextColumn(tr("col.text"), width="medium")
        else:
            key = f"col.{c}"
            label = tr(key)
            config[c] = st.column_config.Column(label if label != key else c.replace("_", " ").capitalize())
    return config


def show_table(frame: pd.DataFrame, *, height: int | str = "auto", key: str | None = None, **kwargs: Any) -> Any:
    """A read-only table with translated headers, times in the workspace's zone, index hidden."""
    sel = selection()
    tz = sel.tz if sel else "UTC"
    times = [c for c in frame.columns if c in TIME_COLUMNS]
    if "permalink" in frame.columns:  # LinkColumn links only http(s) URLs, whatever the frame's origin
        frame = frame.assign(permalink=web_links(frame["permalink"]))
    if times:
        frame = frame.copy()
        for c in times:
            values = pd.to_datetime(frame[c], utc=True, errors="coerce", format="ISO8601")
            frame[c] = values.dt.tz_convert(tz).dt.tz_localize(None)
    return st.dataframe(_localized(frame), hide_index=True, column_config=column_labels(frame.columns),
                        height=height, key=key, width="stretch", **kwargs)


def _number_format(column: str, values: pd.Series) -> Callable[[object], str]:
    """How a numeric column is shown in the UI language (the table still sorts by the numbers)."""
    language = lang()
    sel = selection()
    currency = sel.currency if sel else "EUR"
    kind = BY_KEY[column].kind if column in BY_KEY else None
    if kind == "rate" or column == "share":
        return lambda v: fmt.percent(v, language)
    if column == "revenue" or kind == "money":
        return lambda v: fmt.money(v, language, currency)
    if kind in ("ratio", "index", "hours", "days"):
        return lambda v: fmt.number(v, language, 2)
    whole = pd.api.types.is_integer_dtype(values) or bool((values.dropna() % 1 == 0).all())
    return lambda v: fmt.number(v, language, 0 if whole else 2)


def _localized(frame: pd.DataFrame) -> Any:
    """A Styler that formats numbers with Babel for the UI language (English or Italian separators)."""
    numeric = [c for c in frame.columns if c != "rank" and pd.api.types.is_numeric_dtype(frame[c])
               and not pd.api.types.is_bool_dtype(frame[c])]
    if not numeric:
        return frame
    formats = {c: _number_format(c, frame[c]) for c in numeric}
    return frame.style.format(formats, na_rep="")


def run_guarded(body: Callable[[], None]) -> None:
    """Run a page body; lib's errors become ``st.error`` with their sentence, anything else a short apology."""
    try:
        body()
    except ConversaError as err:
        st.error(str(err))
    except Exception:
        log.exception("page failed")
        st.error(tr("common.unexpected"))


def require_report() -> tuple[Selection, KpiReport] | None:
    """The selection and its report, or a message saying why there is nothing to show yet."""
    sel = selection()
    if sel is None:
        st.info(tr("common.no_data_yet"))
        if not st.session_state.get(K.kept(K.PRESENT)):  # the upload page is not in presentation's navigation
            st.page_link("pages/upload.py", label=tr("nav.upload"), icon=":material/upload_file:")
        return None
    rep = report(sel)
    if rep is None:
        st.info(tr("common.kpis_pending"))
        return None
    return sel, rep


def platform_label(p: str) -> str:
    """Display name of a platform id."""
    key = f"platform.{p}"
    label = tr(key)
    return label if label != key else p.capitalize()


def safe_chart(builder: Callable[..., Any], *args: Any, key: str | None = None, fallback: pd.DataFrame | None = None,
               on_select: str = "ignore", selection_mode: str | None = None, **kwargs: Any) -> Any:
    """Build and show a chart; when the table lacks the chart's columns, show the table instead."""
    try:
        spec = builder(*args, lang=lang(), **kwargs)
    except ValueError:
        log.warning("chart %s could not be drawn", getattr(builder, "__name__", builder), exc_info=True)
        if fallback is not None:
            show_table(fallback)
        return None
    return chart(spec, key=key, on_select=on_select, selection_mode=selection_mode)


def post_type_label(value: str) -> str:
    """Display name of a post type (``photo`` -> "Photo"/"Foto")."""
    key = f"post_type.{str(value).lower()}"
    label = tr(key)
    return label if label != key else str(value).replace("_", " ").capitalize()


def reason_text(reason: str) -> str:
    """lib's reason for an unavailable KPI in the UI language, as a sentence ("Needs comment threads.")."""
    text = str(kpi_texts.reason_text(reason, lang()))
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def note_text(note: str) -> str:
    """A KpiReport note (sampling, manual followers, ...) in the UI language."""
    return kpi_texts.note_text(note, lang())


def ensure_shell() -> None:
    """Make sure the page runs inside app.py's navigation.

    While no run of this server has reached app.py's ``st.navigation``, Streamlit serves a page URL (a bookmarked
    ``/overview?present=1``) by running that file alone, in its old pages-directory mode. Then app.py is run here
    instead, in the same script run (so a click that started the run is not lost); its navigation runs this page
    again, and the pages-directory run stops.
    """
    import runpy

    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        runpy.run_path(str(Path(__file__).resolve().parents[1] / "app.py"), run_name="__main__")
        st.stop()
