"""Tables as pages show them: translated headers, numbers in the UI language, times in the workspace's zone."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd
import streamlit as st

from lib.i18n import format as fmt
from lib.kpis import formatting as kpi_fmt
from lib.kpis.catalog import BY_KEY
from lib.schema import web_links
from pages._shared.labels import describe, platform_label
from pages._shared.selection import lang, selection, tr

TIME_COLUMNS = ("published_at", "created_at", "date")


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
            config[c] = st.column_config.TextColumn(tr(f"col.{c}"))
        elif c == "text":
            config[c] = st.column_config.TextColumn(tr("col.text"), width="medium")
        else:
            key = f"col.{c}"
            label = tr(key)
            config[c] = st.column_config.Column(label if label != key else c.replace("_", " ").capitalize())
    return config


def show_table(frame: pd.DataFrame, *, height: int | str = "auto", key: str | None = None,
               column_config: dict[str, Any] | None = None, **kwargs: Any) -> Any:
    """A read-only table with translated headers, times in the workspace's zone, index hidden; ``column_config``
    replaces the configuration of the columns it names."""
    sel = selection()
    tz = sel.tz if sel else "UTC"
    frame = readable(frame)
    times = [c for c in frame.columns if c in TIME_COLUMNS]
    if "permalink" in frame.columns:  # LinkColumn links only http(s) URLs, whatever the frame's origin
        frame = frame.assign(permalink=web_links(frame["permalink"]))
    if times:  # as Babel writes them in the UI language (the grid's own date format is English only)
        frame = frame.copy()
        language = lang()
        for c in times:
            values = pd.to_datetime(frame[c], utc=True, errors="coerce", format="ISO8601").dt.tz_convert(tz)
            frame[c] = [tr("common.na") if pd.isna(v) else _when(v, c, language) for v in values]
    return st.dataframe(_localized(frame), hide_index=True,
                        column_config={**column_labels(frame.columns), **(column_config or {})},
                        height=height, key=key, width="stretch", **kwargs)


def _when(stamp: pd.Timestamp, column: str, language: str) -> str:
    """A table's time: the day for days and publication dates (a post's hour is the heatmap's job), else the day
    and hh:mm."""
    day = fmt.date(stamp.date(), language)
    return day if column in ("date", "published_at") else f"{day}, {stamp:%H:%M}"


def readable(frame: pd.DataFrame) -> pd.DataFrame:
    """Without the columns that hold nothing, and with n/a (not None or nan) in the text columns' gaps; numeric
    columns keep their numbers for sorting, their gaps are shown as n/a by the formatter."""
    frame = frame.loc[:, [c for c in frame.columns if frame[c].notna().any()]]
    gaps = [c for c in frame.columns if frame[c].isna().any() and not pd.api.types.is_numeric_dtype(frame[c])
            and c not in TIME_COLUMNS]
    if gaps:
        frame = frame.assign(**{c: frame[c].astype(object).where(frame[c].notna(), tr("common.na")) for c in gaps})
    return frame


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
    """A Styler that formats numbers with Babel for the UI language (English or Italian separators).

    The table draws a missing cell as a grey "None" whatever the Styler says, so a numeric column with gaps is
    written out as its formatted text, with n/a in the gaps (columns without gaps stay numbers and sort as such).
    """
    numeric = [c for c in frame.columns if c != "rank" and pd.api.types.is_numeric_dtype(frame[c])
               and not pd.api.types.is_bool_dtype(frame[c])]
    if not numeric:
        return frame
    formats = {c: _number_format(c, frame[c]) for c in numeric}
    gaps = [c for c in numeric if frame[c].isna().any()]
    if gaps:
        na = tr("common.na")
        as_text = {c: formats.pop(c) for c in gaps}
        frame = frame.assign(**{c: [na if pd.isna(v) else show(v) for v in frame[c]] for c, show in as_text.items()})
    return frame.style.format(formats, na_rep=tr("common.na")) if formats else frame


def by_platform(frame: pd.DataFrame, platform: str = "platform") -> pd.DataFrame:
    """A table of KPIs per platform turned round: one column per platform and one row per KPI, each value as it
    reads in the UI language (long KPI names read as rows; as headers they push the platforms out of sight)."""
    sel = selection()
    language, currency = lang(), sel.currency if sel else "EUR"
    names = frame[platform].map(platform_label)
    rows = []
    for col in frame.columns.drop(platform):
        values = frame[col]
        if values.isna().all():
            continue
        shown = [tr("common.na") if pd.isna(v) else v if isinstance(v, str)
                 else kpi_fmt.kpi_value(col, v, language, currency) if col in BY_KEY else fmt.number(v, language)
                 for v in values]
        label = describe(col).label if col in BY_KEY else tr(f"col.{col}")
        rows.append({"signal": label, **dict(zip(names, shown))})
    return pd.DataFrame(rows)
