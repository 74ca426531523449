"""What the deck and the PDF share when they lay out an outline: cell texts, chart points, the data notes' lines.

Nothing here computes a KPI: values come formatted from the outline (figures) or are formatted by their column's
kind (tables), with ``lib.i18n.format``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from lib.i18n import format as fmt
from lib.i18n import t
from lib.report.outline.model import Chart, Figure, Outline, Section, Table

AREAS: tuple[str, ...] = ("conversations", "community", "content", "audience", "channels")
MAX_LABEL = 28  # characters of a chart category label


def cell_text(value: object, kind: str, lang: str, currency: str | None = None) -> str:
    """A table cell as text in ``lang``: numbers by their kind, dates by the locale, missing values as "n/a".

    >>> cell_text(0.314, "rate", "it"), cell_text(None, "count", "en"), cell_text(1234, "count", "it")
    ('31,4%', 'n/a', '1.234')
    """
    if value is None or fmt.is_missing(value):
        return t("common.na", lang)
    if kind in ("date", "datetime") and isinstance(value, dt.date | pd.Timestamp):
        stamp = pd.Timestamp(value)
        day = fmt.date(stamp.date(), lang)
        return f"{day} {stamp:%H:%M}" if kind == "datetime" else day
    if not fmt.is_number(value) or isinstance(value, bool):
        return str(value)
    number = float(value)
    if kind == "count":
        return fmt.number(number, lang, 0)
    if kind == "rate":
        return fmt.percent(number, lang)
    if kind == "money":
        return fmt.money(number, lang, currency or "EUR")
    if kind == "hours":
        return t("common.hours", lang, value=fmt.number(number, lang, 1))
    if kind == "days":
        return t("common.days", lang, value=fmt.number(number, lang, 1))
    return fmt.number(number, lang, 2)


def number_format(kind: str) -> str:
    """The chart axis format of a value kind."""
    return {"rate": "0%", "count": "#,##0", "money": "#,##0", "hours": '0.0" h"', "days": "0.0"}.get(kind, "#,##0.0#")


@dataclass(frozen=True)
class Points:
    """A chart's points ready to draw: category labels (or x values for a scatter) and named series."""

    chart: Chart
    categories: tuple[str, ...]
    x: tuple[float, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]
    keys: tuple[object, ...] = ()  # the first category column's own values (dates for a line over time)


def _label(value: object, kind: str, lang: str) -> str:
    if isinstance(value, dt.date | pd.Timestamp):
        stamp = pd.Timestamp(value)
        return fmt.date(stamp.date(), lang) if kind != "month" else stamp.strftime("%Y-%m")
    text = "" if value is None or fmt.is_missing(value) else str(value)
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1].rstrip() + "…"


def points(section: Section, chart: Chart, lang: str) -> Points | None:
    """The points of ``chart`` from its table in ``section``; None when nothing would be drawn (no rows, or no
    number in any plotted column)."""
    table = section.table(chart.table)
    if table is None or table.missing or table.frame.empty:
        return None
    frame = table.frame
    if chart.max_points and chart.kind == "bar":
        frame = frame.head(chart.max_points)
    kinds = {c.key: c.kind for c in table.columns}
    plotted = [k for k in chart.series if kinds.get(k) == kinds.get(chart.series[0])]  # one unit on one axis
    values = frame[plotted].apply(pd.to_numeric, errors="coerce")
    if values.notna().sum().sum() == 0 or float(values.abs().sum().sum()) == 0.0:  # nothing but zeros: no chart
        return None
    series = tuple((_column_label(table, key), tuple(None if pd.isna(v) else float(v) for v in values[key]))
                   for key in plotted)
    if chart.kind == "scatter":
        xs = pd.to_numeric(frame[chart.category[0]], errors="coerce")
        return Points(chart, (), tuple(float(v) for v in xs.fillna(0.0)), series)
    if chart.category:
        parts = [frame[c].map(lambda v, k=chart.x_kind: _label(v, k, lang)) for c in chart.category]
        labels = parts[0] if len(parts) == 1 else parts[0].str.cat(parts[1:], sep=" · ")
        categories = tuple(str(v) for v in labels)
        keys = tuple(frame[chart.category[0]])
    else:
        categories = tuple(str(i + 1) for i in range(len(frame)))
        keys = categories
    return Points(chart, categories, (), series, keys)


def _column_label(table: Table, key: str) -> str:
    column = table.column(key)
    return column.label if column else key


def first_points(section: Section, lang: str) -> Points | None:
    """The points of the section's first chart that has something to draw."""
    for chart in section.charts:
        found = points(section, chart, lang)
        if found is not None and (found.categories or found.x):
            return found
    return None


KEY_FIGURES = 8  # figures on an area's slide or page; the workbook has every one
#: the figures a meeting looks at first (then the catalogue's order, quality before quantity)
PRIORITY = ("brand_response_rate", "brand_response_time_median_h", "conversation_rate_per_1k_followers",
            "conversation_share", "silent_post_share", "returning_commenter_share", "tribe_size",
            "unique_commenters", "top10_commenter_share", "active_week_share", "posts", "hollow_growth")


def key_figures(section: Section, limit: int = KEY_FIGURES) -> tuple[list[Figure], list[Figure], list[Figure]]:
    """The section's figures to show (with a value, ``PRIORITY`` first), the other ones with a value, and those
    that are n/a."""
    rank = {k: i for i, k in enumerate(PRIORITY)}
    available = sorted((f for f in section.figures if f.value is not None),
                       key=lambda f: (rank.get(f.key, len(rank)), not f.quality))
    return available[:limit], available[limit:], [f for f in section.figures if f.value is None]


def without_earlier(figures: Iterable[Figure]) -> bool:
    """True when none of the figures with a value has one in the comparison period (its changes say nothing:
    the deck and the PDF leave their change and previous columns out and say so once)."""
    shown = [f for f in figures if f.value is not None]
    return bool(shown) and all(f.previous is None for f in shown)


def compared_line(outline: Outline) -> str:
    """The cover's comparison: "Compared with ..." or, when no figure has an earlier value, that there is none."""
    figures = [f for s in outline.sections for f in s.figures]
    key = "docs.no_earlier" if without_earlier(figures) else "docs.cover.compared"
    return t(key, outline.lang, previous=outline.previous)


def missing_lines(figures: Iterable[Figure], lang: str) -> list[str]:
    """n/a figures grouped by their reason: "Needs comment threads (a comments export would provide it): A, B."."""
    groups: dict[tuple[str, str], list[str]] = {}
    for f in figures:
        reason = f.na_reason or t("report.kpi.no_reason", lang)
        groups.setdefault((reason, f.need or ""), []).append(f.label)
    return [_unavailable_line(reason, need, labels, lang) for (reason, need), labels in groups.items()]


def _unavailable_line(reason: str, need: str, labels: Iterable[str], lang: str) -> str:
    """One line: "Needs comment threads: A, B. A comments export (with replies and their authors) would provide it."
    """
    head = t("docs.notes.unavailable_line", lang, reason=reason[:1].upper() + reason[1:],
             labels=", ".join(dict.fromkeys(labels)))
    return f"{head} {need}" if need else head


def versus_previous(section: Section, lang: str) -> Points | None:
    """When a section has no chart: this period against the previous one for its figures of the most common kind
    that have both values (from the outline's figures)."""
    both = [f for f in section.figures if f.value is not None and f.previous is not None]
    if not both:
        return None
    kind = Counter(f.kind for f in both).most_common(1)[0][0]
    chosen = [f for f in both if f.kind == kind][:8]
    chart = Chart("bar", t("docs.chart.vs_previous", lang), "", (), ("value", "previous"), y_kind=kind)
    series = ((t("docs.chart.this", lang), tuple(float(f.value) for f in chosen if f.value is not None)),
              (t("docs.chart.previous", lang), tuple(float(f.previous) for f in chosen if f.previous is not None)))
    return Points(chart, tuple(_label(f.label, "text", lang) for f in chosen), (), series)


def definitions(outline: Outline) -> dict[str, tuple[str, str, str]]:
    """KPI key -> (label, formula, why) from the outline's definitions section."""
    section = outline.section("definitions")
    table = section.table("definitions") if section else None
    if table is None or table.frame.empty or "key" not in table.frame.columns:
        return {}
    frame = table.frame
    return {str(r["key"]): (str(r["label"]), str(r["formula"]), str(r["why"]))
            for r in frame.to_dict(orient="records")}


def definition_lines(outline: Outline, figures: Iterable[Figure]) -> list[str]:
    """One plain line per figure: "Label: how it is computed. Why it matters." (the speaker notes)."""
    defs = definitions(outline)
    lines = []
    for f in figures:
        if f.key in defs:
            label, formula, why = defs[f.key]
            lines.append(f"{label}: {formula} {why}")
    return lines


def unavailable_lines(section: Section, lang: str) -> list[str]:
    """The data notes' "could not be computed" table grouped by reason: "needs comment threads: A, B, C." (overall
    figures only; the workbook lists every platform)."""
    table = section.table("unavailable")
    if table is None or table.missing or table.frame.empty:
        return []
    overall = t("report.notes.overall", lang)
    frame = table.frame
    if "platform" in frame.columns and frame["platform"].eq(overall).any():
        frame = frame[frame["platform"].eq(overall)]
    groups: dict[tuple[str, str], list[str]] = {}
    for row in frame.to_dict(orient="records"):
        reason = str(row.get("reason") or t("report.kpi.no_reason", lang))
        need = row.get("need")
        groups.setdefault((reason, need if isinstance(need, str) else ""), []).append(str(row.get("kpi")))
    return [_unavailable_line(reason, need, labels, lang) for (reason, need), labels in groups.items()]


def source_lines(section: Section, lang: str) -> list[str]:
    table = section.table("sources")
    if table is None or table.missing or table.frame.empty:
        return [table.missing] if table is not None and table.missing else []
    kinds = {c.key: c.kind for c in table.columns}
    out = []
    for row in table.frame.to_dict(orient="records"):
        cells = {k: cell_text(row.get(k), kinds.get(k, "text"), lang)
                 for k in ("file", "platform", "rows", "first_date", "last_date")}
        out.append(t("docs.notes.source_line", lang, file=cells["file"], platform=cells["platform"],
                     rows=cells["rows"], first=cells["first_date"], last=cells["last_date"]))
    return out
