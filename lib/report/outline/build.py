"""Shared steps of the outline's sections: key figures with their change, display tables, charts.

A section module (``lib.report.outline.sections.*``) calls these on an ``OutlineContext``; nothing here computes a
KPI: values, previous values and changes are read from the KpiReport.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from lib.i18n import format as fmt
from lib.i18n import t
from lib.kpis import formatting as kpi_fmt
from lib.kpis.catalog import BY_KEY, KPIS, KpiInfo
from lib.kpis.model import KpiReport
from lib.kpis.texts import describe, reason_need, reason_text
from lib.report.outline.model import Chart, Column, Delta, Figure, Section, Table, ValueKind

if TYPE_CHECKING:
    from lib.advice import Advice

MAX_TABLE_ROWS = 1_000  # rows of a table in a section (the rest is counted in a note)
SAMPLED_TABLES = frozenset({"lorenz"})  # curves: evenly spaced points instead of the first rows
CHART_MAX_BARS = 25  # a bar chart shows the first rows of its (ranked) table only
POOLED = "all"  # monthly tables carry per-platform rows and pooled rows with this platform
#: KPIs that are themselves a difference (a growth, a gap between two rates): a relative change of them means nothing
DIFFERENCES = frozenset({"follower_growth", "hollow_growth"})
RELATIVE_MAX = 10.0  # beyond +1,000% a relative change says less than the plain difference (1,440 from 5: +1,435)
#: raw identifiers and helper columns never shown to a client
HIDDEN_COLUMNS = frozenset({"author_id", "author_pseudonym", "post_id", "is_question", "comment_id", "parent_id"})
#: the KPI whose reason explains an empty table (a table of zeros is no data)
RELATED_KPI = {"brand_response_time_histogram": "brand_response_time_median_h",
               "thread_depth_distribution": "thread_depth_mean", "conversation_starts": "thread_depth_mean",
               "daily": "followers_end", "engagement_per_1k_followers_trend": "conversation_rate_per_1k_followers",
               "scale_curve": "conversation_rate_per_1k_followers", "lorenz": "commenter_gini",
               "commenters": "unique_commenters", "traffic_by_platform": "social_sessions"}
#: the column a table is about (without a value in it, the table is n/a)
MEASURE = {"engagement_per_1k_followers_trend": "engagement_per_1k_followers", "scale_curve": "brand_response_rate",
           "daily": "followers"}  # (daily: its interactions alone show zeros on days no export covers)
#: codes shown through a translated label: column -> catalogue prefix
CODED_COLUMNS = {"platform": "platform", "verdict": "verdict", "kind": "report.value", "post_type": "post_type"}


def kpi_kind(key: str) -> ValueKind:
    """The value kind of a KPI of the catalogue (``decimal`` for table KPIs and unknown keys)."""
    kind = BY_KEY[key].kind if key in BY_KEY else "table"
    return "decimal" if kind == "table" else kind


def number(value: Any) -> float | int | None:
    """A finite Python number, or None (for None, NA, NaN, infinities)."""
    if value is None or value is pd.NA or isinstance(value, bool):
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value if isinstance(value, int | float) else None


@dataclass
class OutlineContext:
    """What every section reads: the (anonymized when asked) report, the language, settings, sources and the
    advice of the report (verdicts and actions, with the workspace's goals and notes; None: the report's alone)."""

    report: KpiReport
    lang: str
    settings: Mapping[str, Any] = field(default_factory=dict)
    sources: Sequence[Mapping[str, Any]] | None = None
    anonymized: bool = False
    advice: Advice | None = None

    def t(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    @property
    def currency(self) -> str:
        return str(self.settings.get("currency") or "EUR")

    def platform_name(self, code: object) -> str:
        text = self.t(f"platform.{code}")
        return text if text != f"platform.{code}" else str(code)

    def period_text(self, since: dt.date, until: dt.date) -> str:
        from babel.dates import format_date

        pattern = "d MMM y"
        return self.t("report.cover.range", since=format_date(since, pattern, locale=self.lang),
                      until=format_date(until, pattern, locale=self.lang))

    def subtitle(self) -> str:
        p = self.report.period
        return self.period_text(p.since, p.until)


# ------------------------------------------------------------------------------------------- figures


def label(key: str, lang: str) -> str:
    """A column or KPI label in ``lang``: the KPI's own label, a report string, or the name made readable."""
    if key in BY_KEY:
        return describe(key, lang).label
    text = t(f"report.col.{key}", lang)
    return text if text != f"report.col.{key}" else key.replace("_", " ").capitalize()


def delta(ctx: OutlineContext, info: KpiInfo) -> Delta | None:
    """How the change of ``info`` against the previous period is shown (None when this period's value is n/a).

    Rates change in percentage points; durations and differences (``DIFFERENCES``) in their own unit; other KPIs
    relative to the previous value, except where that base is zero or of the other sign, or the change beyond
    ``RELATIVE_MAX`` (then in their unit).
    A previous period without the value, or without the KPI's data (the report's ``Change.no_earlier``), gives
    "no earlier data".
    """
    report, key = ctx.report, info.key
    current, previous = number(report.overall.get(key)), number(report.previous.get(key))
    if current is None:
        return None
    change = report.changes.get(key)
    absolute = number(change.absolute) if change else None
    if previous is None or (change is not None and change.no_earlier):
        return Delta("none", None, ctx.t("report.change.no_earlier"), None, ctx.t("report.change.no_earlier_why"))
    if absolute is None:  # the report holds no change for it
        return Delta("none", None, ctx.t("common.na"), None, ctx.t("report.kpi.no_reason"))
    better = change.better if change else None
    sign = "+" if absolute > 0 else "-" if absolute < 0 else "±"
    if info.kind == "rate":
        points = absolute * 100
        return Delta("pp", points, f"{sign}{fmt.number(abs(points), ctx.lang, 1)} {ctx.t('report.unit.pp')}", better)
    relative = number(change.relative) if change else None
    if (info.kind in ("hours", "days") or key in DIFFERENCES or relative is None or previous == 0
            or (current > 0 > previous) or (current < 0 < previous) or abs(relative) > RELATIVE_MAX):
        magnitude = kpi_fmt.kpi_value(key, abs(absolute), ctx.lang, ctx.currency)
        return Delta("absolute", absolute, sign + magnitude, better)
    return Delta("percent", relative, sign + fmt.percent(abs(relative), ctx.lang), better)


def figure(ctx: OutlineContext, info: KpiInfo) -> Figure:
    """The key figure of a scalar KPI, formatted in the context's language."""
    report, lang = ctx.report, ctx.lang
    value, previous = number(report.overall.get(info.key)), number(report.previous.get(info.key))
    reason = report.reason(info.key) if value is None else None
    need = reason_need(reason)
    kind = kpi_kind(info.key)
    change = report.changes.get(info.key)
    if change is not None and change.no_earlier:  # its zeros are no data: shown as such, never charted
        previous = None
    previous_text = (ctx.t("report.change.no_earlier") if previous is None and value is not None
                     else kpi_fmt.kpi_value(info.key, previous, lang, ctx.currency))
    return Figure(
        key=info.key, label=label(info.key, lang), kind=kind, value=value,
        text=kpi_fmt.kpi_value(info.key, value, lang, ctx.currency), previous=previous,
        previous_text=previous_text, change=delta(ctx, info),
        na_reason=(reason_text(reason, lang) or ctx.t("report.kpi.no_reason")) if value is None else None,
        need=ctx.t(f"need.{need}") if need else None, quality=info.quality)


def figures(ctx: OutlineContext, areas: Iterable[str] | None = None) -> tuple[Figure, ...]:
    """The key figures of the scalar KPIs of ``areas`` (all areas when None), in the catalogue's order."""
    wanted = None if areas is None else set(areas)
    return tuple(figure(ctx, k) for k in KPIS if k.kind != "table" and (wanted is None or k.area in wanted))


# ------------------------------------------------------------------------------------------- tables


def column_kind(name: str, series: pd.Series) -> ValueKind:
    """How a table column is formatted, from the KPI catalogue, its dtype or its name."""
    if isinstance(series.dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_any_dtype(series):
        s = series.dropna()
        if isinstance(s.dtype, pd.DatetimeTZDtype):
            s = s.dt.tz_localize(None)
        return "datetime" if bool(((s - s.dt.normalize()) != pd.Timedelta(0)).any()) else "date"
    if name in BY_KEY and BY_KEY[name].kind != "table":
        return kpi_kind(name)
    if pd.api.types.is_bool_dtype(series) or not pd.api.types.is_numeric_dtype(series):
        if name == "permalink":
            return "link"
        values = series.dropna()
        if len(values) and values.map(lambda v: isinstance(v, dt.date)).all():
            return "date"
        return "text"
    n = name.lower()
    if n.endswith(("share", "_rate", "_pct", "percent")) or n.startswith("share"):
        return "rate"
    if n.endswith(("_h", "hours")):
        return "hours"
    if n.endswith("_days") or n == "days":
        return "days"
    if "revenue" in n:
        return "money"
    if "_per_" in n or n.startswith("mean_") and "followers" not in n:
        return "ratio"
    if pd.api.types.is_integer_dtype(series) or "followers" in n:
        return "count"
    values = series.dropna().astype("float64")
    if len(values) and bool((values % 1 == 0).all()):  # counts kept as floats (NaN where unknown)
        return "count"
    return "decimal"


def raw_table(ctx: OutlineContext, key: str) -> pd.DataFrame | None:
    """The report's table ``key`` with its index as columns, or None when it is missing or empty."""
    frame = ctx.report.tables.get(key)
    if not isinstance(frame, pd.DataFrame) or frame.empty or len(frame.columns) == 0:
        return None
    keep = frame.index.name is not None or isinstance(frame.index, pd.MultiIndex)
    frame = frame.reset_index(drop=not keep)
    frame.columns = [str(c) for c in frame.columns]
    if "platform" in frame.columns and frame["platform"].eq(POOLED).any():  # pooled rows only
        frame = frame[frame["platform"].eq(POOLED)].drop(columns="platform").reset_index(drop=True)
    return frame


def _coded(ctx: OutlineContext, prefix: str, values: pd.Series) -> pd.Series:
    """Codes shown by their translated label (platform names, verdicts, question/statement)."""
    def text(code: object) -> str:
        if prefix == "platform":
            return ctx.platform_name(code)
        found = ctx.t(f"{prefix}.{code}")
        return str(code) if found == f"{prefix}.{code}" else found  # an unknown code stays as it is

    labels = {v: text(v) for v in values.dropna().unique()}
    return values.map(labels, na_action="ignore").astype(object)


def table(ctx: OutlineContext, key: str, frame: pd.DataFrame | None = None, *, title: str | None = None,
          limit: int = MAX_TABLE_ROWS, printed: bool = True) -> Table:
    """The display table of the report's ``key`` (or of ``frame``, a reshaped form of it).

    Hidden columns go, codes become labels, booleans yes/no, lists comma-separated text, verdict reasons
    sentences; long tables are capped (curves sampled) with a note. A missing table says why.
    """
    title = title or ctx.t(f"report.table.{key}")
    if frame is None:
        frame = raw_table(ctx, key)
    if frame is None or frame.empty:
        reason = reason_text(ctx.report.reason(key) or ctx.report.reason(RELATED_KPI.get(key, "")), ctx.lang)
        return Table(key, title, (), pd.DataFrame(), 0, None, reason or ctx.t("report.table.missing"), printed)
    total = len(frame)
    note = None
    if total > limit:
        if key in SAMPLED_TABLES:
            idx = np.unique(np.linspace(0, total - 1, limit).round().astype(int))
            frame = frame.iloc[idx]
            note = ctx.t("report.table.sampled", shown=fmt.number(len(idx), ctx.lang),
                         total=fmt.number(total, ctx.lang))
        else:
            frame = frame.iloc[:limit]
            note = ctx.t("report.table.capped", shown=fmt.number(limit, ctx.lang), total=fmt.number(total, ctx.lang))
    frame = _named_people(frame)
    drop = [c for c in frame.columns if c in HIDDEN_COLUMNS or (c == "language" and "language_name" in frame.columns)]
    numeric = [c for c in frame.columns if c not in drop and pd.api.types.is_numeric_dtype(frame[c])
               and not pd.api.types.is_bool_dtype(frame[c]) and frame[c].notna().any()]
    empty = [c for c in frame.columns if c not in drop and frame[c].isna().all()]  # a column without any value goes
    drop += empty
    measures = [c for c in numeric if c not in ("rank", "hour", "weekday")]
    if numeric and all(pd.to_numeric(frame[c], errors="coerce").fillna(0).eq(0).all() for c in measures):
        reason = reason_text(ctx.report.reason(key) or ctx.report.reason(RELATED_KPI.get(key, "")), ctx.lang)
        return Table(key, title, (), pd.DataFrame(), 0, None, reason or ctx.t("report.table.no_values"), printed)
    needed = MEASURE.get(key)
    if needed in empty:  # the table's own measure has no value: the rest alone would mislead
        reason = reason_text(ctx.report.reason(key) or ctx.report.reason(RELATED_KPI.get(key, "")), ctx.lang)
        return Table(key, title, (), pd.DataFrame(), 0, None, reason or ctx.t("report.table.no_values"), printed)
    frame = frame.drop(columns=drop)
    kinds = {c: column_kind(c, frame[c]) for c in frame.columns}
    out: dict[str, pd.Series] = {}
    for name in frame.columns:
        s = frame[name]
        if name in CODED_COLUMNS and not pd.api.types.is_numeric_dtype(s):
            s = _coded(ctx, CODED_COLUMNS[name], s)
        elif name in ("verdict_reason", "reasons"):
            s = s.map(lambda r: _reasons_text(ctx, r), na_action="ignore").astype(object)
        elif pd.api.types.is_bool_dtype(s) or (s.dtype == object and s.map(
                lambda v: isinstance(v, bool | np.bool_), na_action="ignore").any()):
            s = s.map({True: ctx.t("report.value.yes"), False: ctx.t("report.value.no")},
                      na_action="ignore").astype(object)
            kinds[name] = "text"
        elif s.dtype == object and s.map(lambda v: isinstance(v, list | tuple | set | np.ndarray),
                                         na_action="ignore").any():
            s = s.map(lambda v: ", ".join(map(str, v)) if isinstance(v, list | tuple | set | np.ndarray) else v,
                      na_action="ignore")
        out[name] = s
    shown = pd.DataFrame(out, index=frame.index).reset_index(drop=True)
    columns = tuple(Column(c, label(c, ctx.lang), kinds[c]) for c in shown.columns)
    return Table(key, title, columns, shown, total, note, None, printed)


def _named_people(frame: pd.DataFrame) -> pd.DataFrame:
    """People whose "name" is only an id (digits, or their id itself, as in exports that anonymize authors) go by
    their pseudonym: a raw id never reaches a document."""
    if not {"author_name", "author_pseudonym"} <= set(frame.columns):
        return frame
    names = frame["author_name"].astype("string")
    raw = names.isna() | names.str.fullmatch(r"\d+").fillna(False).astype(bool)
    if "author_id" in frame.columns:
        raw |= names.eq(frame["author_id"].astype("string")).fillna(False).astype(bool)
    if not raw.any():
        return frame
    frame = frame.copy()
    frame["author_name"] = frame["author_name"].astype(object).where(~raw, frame["author_pseudonym"])
    return frame


def _reasons_text(ctx: OutlineContext, value: object) -> object:
    if isinstance(value, list | tuple | set | np.ndarray):
        text = "; ".join(str(reason_text(v if isinstance(v, str) else str(v), ctx.lang)) for v in value)
    else:
        text = str(reason_text(value if isinstance(value, str) else str(value), ctx.lang))
    return text[:1].upper() + text[1:]


# ------------------------------------------------------------------------------------------- charts

#: preferred value columns of a table's chart (the first one present is plotted; else the first numeric column)
CHART_VALUES: dict[str, tuple[str, ...]] = {
    "daily": ("followers",),
    "scale_curve": ("brand_response_rate",),  # one unit per axis: the rate, not the ratio beside it
    "engagement_per_1k_followers_trend": ("engagement_per_1k_followers",),
    "channel_scorecard": ("conversation_rate_per_1k_followers", "conversation_share", "posts"),
    "commenters": ("comments",),
    "traffic_by_platform": ("sessions",),
    "question_vs_statement": ("mean_comments",),
    "post_types": ("conversation_rate_per_post",),
    "audience_languages": ("comments",),
    "brand_languages": ("posts",),
}
#: the category axis of a table's chart: one column, or two adjacent ones (a two-level axis such as platform/type)
CHART_CATEGORY: dict[str, tuple[str, ...]] = {
    "commenters": ("author_name",),
    "post_types": ("platform", "post_type"),
    "audience_languages": ("language_name",),
    "brand_languages": ("language_name",),
}
LINE_TABLES = frozenset({"daily", "engagement_per_1k_followers_trend", "scale_curve"})
UNCHARTED = frozenset({"conversation_starts", "comment_examples", "follower_spike_days"})
_NUMERIC: frozenset[str] = frozenset({"count", "rate", "ratio", "hours", "days", "money", "index", "decimal"})


def chart(ctx: OutlineContext, tab: Table) -> Chart | None:
    """How to chart a table (None when it has nothing worth plotting: no rows, no numbers, a single value)."""
    if tab.missing or tab.key in UNCHARTED or tab.frame.empty:
        return None
    cols = list(tab.columns)
    keys = [c.key for c in cols]
    numeric = [c for c in cols if c.kind in _NUMERIC and c.key != "rank"]
    wanted_cat = [k for k in CHART_CATEGORY.get(tab.key, ()) if k in keys]
    if wanted_cat and [keys.index(k) for k in wanted_cat] == list(range(keys.index(wanted_cat[0]),
                                                                        keys.index(wanted_cat[0]) + len(wanted_cat))):
        category = tuple(wanted_cat)
    else:
        first = next((c.key for c in cols if c.kind not in _NUMERIC), None)
        category = () if first is None else (first,)
    numeric = [c for c in numeric if c.key not in category]
    if not numeric:
        return None
    if not category and len(numeric) >= 2:  # an x/y curve (Lorenz): both axes are shares, 0-100%
        x, y = numeric[0], numeric[1]
        bounds = (0.0, 1.0) if x.kind == "rate" and y.kind == "rate" else None
        return Chart("scatter", tab.title, tab.key, (x.key,), (y.key,), x.label, y.label, x.kind, y.kind, bounds,
                     bounds)
    by_key = {c.key: c for c in numeric}
    series = next(((k,) for k in CHART_VALUES.get(tab.key, ()) if k in by_key), (numeric[0].key,))
    values = tab.frame[list(series)].apply(pd.to_numeric, errors="coerce")
    if values.notna().sum().sum() == 0:
        return None
    cat_col = tab.column(category[-1]) if category else None
    line = tab.key in LINE_TABLES or bool(cat_col and cat_col.kind in ("date", "datetime"))
    y = by_key[series[0]]
    return Chart("line" if line else "bar", tab.title, tab.key, category, series,
                 cat_col.label if cat_col else "", y.label, cat_col.kind if cat_col else "text", y.kind,
                 max_points=None if line else CHART_MAX_BARS)


def area_section(ctx: OutlineContext, key: str, areas: Sequence[str], tables: Iterable[Table]) -> Section:
    """A section of KPI areas: their key figures, the tables and a chart per chartable table."""
    tabs = tuple(tables)
    charts = tuple(c for c in (chart(ctx, tab) for tab in tabs) if c is not None)
    return Section(key=key, title=ctx.t(f"report.sheet.{key}"), subtitle=ctx.subtitle(), figures=figures(ctx, areas),
                   tables=tabs, charts=charts, notes=tuple(tab.note for tab in tabs if tab.note))
