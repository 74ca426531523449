"""Altair chart builders over the KpiReport's aggregated tables, with one shared colour-blind-safe theme.

Every builder is pure: it takes an aggregated frame (never raw rows; the scatter caps its points), the UI
language and axis titles, and returns a top-level chart whose ``to_dict()`` tests can inspect.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

import altair as alt
import numpy as np
import pandas as pd

from lib.schema import PLATFORMS, web_links

# Okabe & Ito (2008), safe for the common colour-vision deficiencies; grey and wine for the rare platforms.
OKABE_ITO: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000",
                              "#F0E442", "#999999", "#882255")
PLATFORM_COLOURS: dict[str, str] = {
    "facebook": "#0072B2", "instagram": "#CC79A7", "linkedin": "#56B4E9", "x": "#000000", "youtube": "#D55E00",
    "tiktok": "#009E73", "blog": "#E69F00", "mastodon": "#882255", "bluesky": "#999999", "threads": "#444444",
    "other": "#F0E442",
}
PLATFORM_NAMES: dict[str, str] = {
    "facebook": "Facebook", "instagram": "Instagram", "linkedin": "LinkedIn", "x": "X", "youtube": "YouTube",
    "tiktok": "TikTok", "blog": "Blog", "mastodon": "Mastodon", "bluesky": "Bluesky", "threads": "Threads",
    "other": "Other",
}
GOOD, BAD, NEUTRAL = "#0072B2", "#D55E00", "#999999"
THEME = "conversa"
MAX_POINTS = 2000  # the most marks a scatter ever sends to the browser
FONT = "Source Sans Pro, Helvetica, Arial, sans-serif"

NUMBER_LOCALES: dict[str, dict] = {
    "en": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["€", ""]},
    "it": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", "\u00a0€"]},
}
TIME_LOCALES: dict[str, dict] = {
    "en": {"dateTime": "%x, %X", "date": "%d/%m/%Y", "time": "%H:%M:%S", "periods": ["AM", "PM"],
           "days": ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
           "shortDays": ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
           "months": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"],
           "shortMonths": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]},
    "it": {"dateTime": "%A %e %B %Y, %X", "date": "%d/%m/%Y", "time": "%H:%M:%S", "periods": ["AM", "PM"],
           "days": ["domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"],
           "shortDays": ["dom", "lun", "mar", "mer", "gio", "ven", "sab"],
           "months": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                      "settembre", "ottobre", "novembre", "dicembre"],
           "shortMonths": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]},
}


@alt.theme.register(THEME, enable=True)
def conversa_theme() -> alt.theme.ThemeConfig:
    """The one theme every chart uses: Okabe-Ito colours, quiet axes, readable type."""
    theme: Any = {
        "config": {
            "range": {"category": list(OKABE_ITO), "ordinal": {"scheme": "blues"}, "heatmap": {"scheme": "blues"},
                      "ramp": {"scheme": "blues"}},
            "font": FONT,
            "axis": {"labelFontSize": 12, "titleFontSize": 13, "titleFontWeight": "normal", "gridColor": "#e6e6e6",
                     "domainColor": "#888888", "tickColor": "#888888"},
            "legend": {"labelFontSize": 12, "titleFontSize": 12, "orient": "bottom"},
            "title": {"fontSize": 15, "anchor": "start", "fontWeight": "normal"},
            "view": {"stroke": None},
            "bar": {"color": OKABE_ITO[0]},
            "line": {"color": OKABE_ITO[0], "strokeWidth": 2},
            "point": {"color": OKABE_ITO[0], "filled": True},
        }
    }
    return cast(alt.theme.ThemeConfig, theme)


def platform_scale(platforms: Sequence[str] | None = None) -> alt.Scale:
    """A colour scale that gives each platform (by display name) the same colour on every chart."""
    wanted = None if platforms is None else set(platforms)
    domain = [p for p in PLATFORMS if wanted is None or p in wanted or PLATFORM_NAMES[p] in wanted]
    return alt.Scale(domain=[PLATFORM_NAMES[p] for p in domain], range=[PLATFORM_COLOURS[p] for p in domain])


def _is_platform(values: pd.Series) -> bool:
    return bool(len(values)) and values.isin(list(PLATFORMS) + list(PLATFORM_NAMES.values())).all()


def _platform_names(values: pd.Series) -> pd.Series:
    """Platform ids shown by their names ("youtube" -> "YouTube"); other values unchanged."""
    return values.astype(str).map(lambda v: PLATFORM_NAMES.get(v, v))


def _finish(chart: alt.TopLevelMixin, lang: str, height: int | None = None) -> alt.TopLevelMixin:
    """Locale for axis numbers/dates and a common width; applied once, on the top-level chart."""
    if height is not None and hasattr(chart, "properties") and not isinstance(chart, alt.ConcatChart | alt.HConcatChart | alt.VConcatChart):
        chart = chart.properties(height=height)
    return chart.configure(locale={"number": NUMBER_LOCALES.get(lang, NUMBER_LOCALES["en"]),
                                   "time": TIME_LOCALES.get(lang, TIME_LOCALES["en"])})


NOTE_COLOUR = "#555555"
NOTE_LABEL = 28  # characters of a note's label on a chart (the tooltip has the whole text)
Note = tuple[dt.date, str]
"""A note on a day, as time charts draw it: (day, text). ``lib.advice.DateNote`` gives ``(note.day, note.text)``."""


def _note_layers(notes: Iterable[Note], x: str, days: pd.Series, x_title: str = "") -> list[alt.Chart]:
    """The notes whose day falls inside the days a chart draws, as a dashed rule with the note's text beside it (the
    whole text in the tooltip). Nothing when no note falls inside, so notes never widen an axis or make a chart of
    their own. The text is a Vega text mark: drawn as text, never as markup."""
    drawn = pd.to_datetime(days.dropna())
    if not len(drawn):
        return []
    first, last = drawn.min().normalize(), drawn.max().normalize()
    rows = [(pd.Timestamp(day), " ".join(str(text).split())) for day, text in notes]
    rows = [(d, text) for d, text in rows if first <= d <= last and text]
    if not rows:
        return []
    data = pd.DataFrame({x: [d for d, _ in rows], "note": [t for _, t in rows]})
    data["label"] = data["note"].map(lambda t: t if len(t) <= NOTE_LABEL else t[:NOTE_LABEL - 1].rstrip() + "\u2026")
    xenc = alt.X(f"{x}:T", title=x_title)
    tips = [alt.Tooltip(f"{x}:T", title=x_title or x, format="%d %b %Y"), alt.Tooltip("note:N", title="")]
    rule = alt.Chart(data).mark_rule(color=NOTE_COLOUR, strokeDash=[4, 3], strokeWidth=1.5).encode(xenc, tooltip=tips)
    label = alt.Chart(data).mark_text(angle=270, align="right", baseline="bottom", dx=-4, dy=-3, fontSize=11,
                                      color=NOTE_COLOUR).encode(xenc, y=alt.value(0), text="label:N", tooltip=tips)
    return [rule, label]


def _require(frame: pd.DataFrame, columns: Sequence[str], chart: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"{chart} needs the columns {missing}; the table has {list(frame.columns)}.")


def bar(frame: pd.DataFrame, x: str, y: str, *, lang: str = "en", x_title: str = "", y_title: str = "",
        sort: Sequence[str] | None = None, y_format: str = ",.0f", colour: str | None = None,
        horizontal: bool = False, tooltip_title: str | None = None) -> alt.TopLevelMixin:
    """Bars of ``y`` per category ``x`` (the order of ``sort``, else the frame's order)."""
    _require(frame, [x, y], "bar")
    data = frame[[x, y]].copy()
    if _is_platform(data[x]):
        data[x] = _platform_names(data[x])
        sort = [PLATFORM_NAMES.get(s, s) for s in sort] if sort is not None else None
    order = list(sort) if sort is not None else list(data[x].astype(str))
    data[x] = data[x].astype(str)
    cat: alt.X | alt.Y = alt.X(f"{x}:N", sort=order, title=x_title, axis=alt.Axis(labelAngle=0))
    val: alt.X | alt.Y = alt.Y(f"{y}:Q", title=y_title, axis=alt.Axis(format=y_format))
    if horizontal:
        cat = alt.Y(f"{x}:N", sort=order, title=x_title)
        val = alt.X(f"{y}:Q", title=y_title, axis=alt.Axis(format=y_format))
    chart = alt.Chart(data).mark_bar(color=colour or OKABE_ITO[0], cornerRadiusEnd=2).encode(
        cat, val, tooltip=[alt.Tooltip(f"{x}:N", title=x_title or x),
                           alt.Tooltip(f"{y}:Q", title=tooltip_title or y_title or y, format=y_format)])
    return _finish(chart, lang, height=260)


def response_time_histogram(frame: pd.DataFrame, *, bucket: str = "bucket", count: str = "comments",
                            lang: str = "en", x_title: str = "", y_title: str = "",
                            labels: Mapping[str, str] | None = None) -> alt.TopLevelMixin:
    """Answered comments per response-time bucket (<1 h, 1-4 h, 4-24 h, 1-3 d, >3 d) in the spec's order."""
    _require(frame, [bucket, count], "response_time_histogram")
    data = frame[[bucket, count]].copy()
    if labels:
        data[bucket] = data[bucket].map(lambda b: labels.get(str(b), str(b)))
    return bar(data, bucket, count, lang=lang, x_title=x_title, y_title=y_title)


def lorenz(frame: pd.DataFrame, *, x: str = "commenter_share", y: str = "comment_share", lang: str = "en",
           x_title: str = "", y_title: str = "", equality_label: str = "", top10: float | None = None,
           top10_label: str = "", max_points: int = 200, most_active_first: bool = False) -> alt.TopLevelMixin:
    """Lorenz/Pareto curve: cumulative share of comments (y) by share of commenters (x), with the line of
    perfect equality and a marker at the top 10%. ``most_active_first`` turns a classic Lorenz table (least
    active first) into the Pareto view, where the curve rises steeply when a few people write most comments."""
    _require(frame, [x, y], "lorenz")
    data = frame[[x, y]].astype(float)
    if most_active_first:  # the classic Lorenz order (least active first) turned into the Pareto view
        data = 1.0 - data
    data = data.sort_values(x).reset_index(drop=True)
    if len(data) > max_points:  # evenly spaced x, interpolated: the shape, never thousands of rows
        grid = np.linspace(0, 1, max_points)
        data = pd.DataFrame({x: grid, y: np.interp(grid, data[x], data[y])})
    if not len(data) or data[x].iloc[0] > 0:
        data = pd.concat([pd.DataFrame({x: [0.0], y: [0.0]}), data], ignore_index=True)
    xenc = alt.X(f"{x}:Q", title=x_title, axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1]))
    yenc = alt.Y(f"{y}:Q", title=y_title, axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1]))
    curve = alt.Chart(data).mark_line(color=OKABE_ITO[0], strokeWidth=3, interpolate="monotone").encode(
        xenc, yenc, tooltip=[alt.Tooltip(f"{x}:Q", title=x_title, format=".0%"),
                             alt.Tooltip(f"{y}:Q", title=y_title, format=".0%")])
    diag = pd.DataFrame({x: [0.0, 1.0], y: [0.0, 1.0], "label": [equality_label] * 2})
    equal = alt.Chart(diag).mark_line(color=NEUTRAL, strokeDash=[5, 4]).encode(xenc, yenc)
    layers = [equal, curve]
    if top10 is not None:
        mark = pd.DataFrame({x: [0.1], y: [float(top10)], "label": [top10_label]})
        layers.append(alt.Chart(mark).mark_point(size=120, color=BAD, filled=True).encode(
            xenc, yenc, tooltip=[alt.Tooltip("label:N", title=" ")]))
        layers.append(alt.Chart(mark).mark_text(align="left", dx=10, dy=8, fontSize=13, color=BAD).encode(
            xenc, yenc, text="label:N"))
    return _finish(alt.layer(*layers).properties(height=320), lang)


def time_lines(frame: pd.DataFrame, *, x: str, y: str, colour: str | None = None, lang: str = "en",
               x_title: str = "", y_title: str = "", y_format: str = ",.0f", colour_title: str = "",
               time_unit: str | None = None, points: bool = False, notes: Iterable[Note] = ()) -> alt.TopLevelMixin:
    """One line per ``colour`` value (platforms get their fixed colours) of ``y`` over time ``x``; ``notes`` inside
    the period drawn are marked on their day."""
    cols = [x, y] + ([colour] if colour else [])
    _require(frame, cols, "time_lines")
    data = frame[cols].copy()
    data[x] = pd.to_datetime(data[x].astype(str) if isinstance(data[x].dtype, pd.PeriodDtype) else data[x])
    if getattr(data[x].dt, "tz", None) is not None:
        data[x] = data[x].dt.tz_localize(None)
    xenc = (alt.X(f"{x}:T", title=x_title, timeUnit=cast(Any, time_unit), axis=alt.Axis(format="%b %Y", labelAngle=0))
            if time_unit else alt.X(f"{x}:T", title=x_title, axis=alt.Axis(format="%d %b", labelAngle=0, tickCount=8, labelOverlap="greedy")))
    enc: dict[str, Any] = {"x": xenc, "y": alt.Y(f"{y}:Q", title=y_title, axis=alt.Axis(format=y_format))}
    tips = [alt.Tooltip(f"{x}:T", title=x_title or x, format="%b %Y" if time_unit else "%d %b %Y"),
            alt.Tooltip(f"{y}:Q", title=y_title or y, format=y_format)]
    if colour:
        is_platform = _is_platform(data[colour])
        if is_platform:
            data[colour] = _platform_names(data[colour])
        scale = platform_scale(data[colour].unique()) if is_platform else alt.Undefined
        enc["color"] = alt.Color(f"{colour}:N", title=colour_title, scale=scale)
        tips.insert(0, alt.Tooltip(f"{colour}:N", title=colour_title or colour))
    chart = alt.Chart(data).mark_line(point=points, interpolate="monotone").encode(**enc, tooltip=tips)
    span = data[x] if not time_unit else pd.concat([data[x], data[x] + pd.offsets.MonthEnd(0)])
    marks = _note_layers(notes, x, span, x_title)
    return _finish((alt.layer(chart, *marks) if marks else chart).properties(height=280), lang)


def followers_vs_interactions(frame: pd.DataFrame, *, date: str = "date", followers: str = "followers",
                              interactions: str = "interactions", lang: str = "en", followers_title: str = "",
                              interactions_title: str = "", x_title: str = "",
                              notes: Iterable[Note] = ()) -> alt.TopLevelMixin:
    """Followers (line, left axis) beside daily interactions (bars, right axis), summed over platforms; ``notes``
    inside the period are marked on their day."""
    _require(frame, [date, followers, interactions], "followers_vs_interactions")
    data = frame[[date, followers, interactions]].copy()
    data[date] = pd.to_datetime(data[date])
    if getattr(data[date].dt, "tz", None) is not None:
        data[date] = data[date].dt.tz_localize(None)
    data = data.groupby(date, as_index=False)[[followers, interactions]].sum(min_count=1)
    data[followers] = data[followers].astype("Float64").where(data[followers] > 0)  # 0 = no total that day
    if len(data) > 400:  # weekly points for long periods
        data = data.set_index(date).resample("W").agg({followers: "last", interactions: "sum"}).reset_index()
    data[[followers, interactions]] = data[[followers, interactions]].astype(float)
    base = alt.Chart(data).encode(alt.X(f"{date}:T", title=x_title, axis=alt.Axis(format="%d %b", labelAngle=0, tickCount=8, labelOverlap="greedy")))
    tips = [alt.Tooltip(f"{date}:T", title=x_title or date, format="%d %b %Y"),
            alt.Tooltip(f"{followers}:Q", title=followers_title, format=",.0f"),
            alt.Tooltip(f"{interactions}:Q", title=interactions_title, format=",.0f")]
    bars = base.mark_bar(color=OKABE_ITO[1], opacity=0.55).encode(
        alt.Y(f"{interactions}:Q", title=interactions_title, axis=alt.Axis(titleColor=OKABE_ITO[1], orient="right")),
        tooltip=tips)
    marks = _note_layers(notes, date, data[date], x_title)
    line = base.mark_line(color=OKABE_ITO[0], strokeWidth=3).encode(  # both axes start at zero: no truncated base
        alt.Y(f"{followers}:Q", title=followers_title, axis=alt.Axis(titleColor=OKABE_ITO[0], format=",.0f")),
        tooltip=tips)
    if not data[interactions].fillna(0).any() and data[followers].notna().any():  # followers alone: no empty axis
        alone = line.encode(tooltip=tips[:2])
        return _finish((alt.layer(alone, *marks) if marks else alone).properties(height=300), lang)
    if data[followers].isna().all():  # no follower export: the interactions alone, on one axis
        alone = bars.encode(alt.Y(f"{interactions}:Q", title=interactions_title, axis=alt.Axis(format=",.0f")),
                            tooltip=tips[:1] + tips[2:])
        return _finish((alt.layer(alone, *marks) if marks else alone).properties(height=300), lang)
    both = alt.layer(bars, line).resolve_scale(y="independent")
    return _finish((alt.layer(both, *marks) if marks else both).properties(height=300), lang)


def spike_days(daily: pd.DataFrame, spikes: pd.DataFrame, *, date: str = "date", gained: str = "gained",
               reason: str = "reason", lang: str = "en", x_title: str = "", y_title: str = "",
               reason_title: str = "", notes: Iterable[Note] = ()) -> alt.TopLevelMixin:
    """Daily follower gains (bars) with flagged spike days highlighted and their reason in the tooltip; ``notes``
    inside the period are marked on their day (a spike on a noted day shows its note beside it)."""
    _require(daily, [date, gained], "spike_days")
    data = daily[[date, gained]].copy()
    data[date] = pd.to_datetime(data[date])
    data = data.groupby(date, as_index=False)[gained].sum(min_count=1)
    data[gained] = data[gained].astype(float)
    xenc = alt.X(f"{date}:T", title=x_title, axis=alt.Axis(format="%d %b", labelAngle=0, tickCount=8, labelOverlap="greedy"))
    yenc = alt.Y(f"{gained}:Q", title=y_title, axis=alt.Axis(format=",.0f"))
    layers = [alt.Chart(data).mark_bar(color=NEUTRAL).encode(
        xenc, yenc, tooltip=[alt.Tooltip(f"{date}:T", title=x_title or date, format="%d %b %Y"),
                             alt.Tooltip(f"{gained}:Q", title=y_title or gained, format=",.0f")])]
    if spikes is not None and len(spikes):
        _require(spikes, [date, gained], "spike_days")
        flagged = spikes[[c for c in (date, gained, reason) if c in spikes.columns]].copy()
        flagged[date] = pd.to_datetime(flagged[date])
        flagged[gained] = flagged[gained].astype(float)
        if reason not in flagged.columns:
            flagged[reason] = ""
        flagged[reason] = flagged[reason].astype(str)
        tips = [alt.Tooltip(f"{date}:T", title=x_title or date, format="%d %b %Y"),
                alt.Tooltip(f"{gained}:Q", title=y_title or gained, format=",.0f"),
                alt.Tooltip(f"{reason}:N", title=reason_title or reason)]
        layers.append(alt.Chart(flagged).mark_point(color=BAD, size=160, filled=True, shape="triangle-down").encode(
            xenc, yenc, tooltip=tips))
    layers += _note_layers(notes, date, data[date], x_title)
    return _finish(alt.layer(*layers).properties(height=280), lang)


def scale_curve(frame: pd.DataFrame, *, month: str = "month", followers: str = "mean_followers",
                rate: str = "brand_response_rate", lang: str = "en", x_title: str = "", y_title: str = "",
                month_title: str = "", y_format: str = ".0%") -> alt.TopLevelMixin:
    """"Humans don't scale": a monthly path of ``rate`` (e.g. brand response rate) against mean followers."""
    _require(frame, [month, followers, rate], "scale_curve")
    data = frame[[month, followers, rate]].copy()
    data[month] = data[month].astype(str).str.slice(0, 7)
    data[[followers, rate]] = data[[followers, rate]].astype(float)
    data = data.dropna(subset=[followers, rate])
    xenc = alt.X(f"{followers}:Q", title=x_title, scale=alt.Scale(zero=False), axis=alt.Axis(format=",.0f"))
    yenc = alt.Y(f"{rate}:Q", title=y_title, axis=alt.Axis(format=y_format))
    tips = [alt.Tooltip(f"{month}:N", title=month_title or month),
            alt.Tooltip(f"{followers}:Q", title=x_title, format=",.0f"),
            alt.Tooltip(f"{rate}:Q", title=y_title, format=y_format.replace("0%", "1%"))]
    path = alt.Chart(data).mark_line(color=NEUTRAL, strokeDash=[3, 3]).encode(xenc, yenc, order=f"{month}:N")
    dots = alt.Chart(data).mark_circle(size=90, color=OKABE_ITO[0]).encode(xenc, yenc, tooltip=tips)
    labels = alt.Chart(data).mark_text(dy=-10, fontSize=11, color="#555555").encode(xenc, yenc, text=f"{month}:N")
    return _finish(alt.layer(path, dots, labels).properties(height=320), lang)


def scatter_posts(frame: pd.DataFrame, *, x: str = "reactions", y: str = "comments", platform: str = "platform",
                  tooltip: Sequence[tuple[str, str]] = (), href: str | None = "permalink", lang: str = "en",
                  x_title: str = "", y_title: str = "", platform_title: str = "",
                  max_points: int = MAX_POINTS, selection: str | None = "brush") -> alt.TopLevelMixin:
    """Likes (x) against comments (y) per post, coloured by platform; tooltips per ``tooltip`` (column, title),
    a click opens ``href``; capped at ``max_points`` (the most-commented posts first), never raw 100k rows.
    With ``selection``, an interval selection of that name lets the page filter a table."""
    cols = [x, y, platform] + [c for c, _ in tooltip if c not in (x, y, platform)]
    if href and href in frame.columns and href not in cols:
        cols.append(href)
    _require(frame, cols, "scatter_posts")
    data = frame[cols]
    if len(data) > max_points:
        data = data.sort_values(y, ascending=False, kind="stable").head(max_points)
    data = data.copy()
    data[[x, y]] = data[[x, y]].astype(float)
    data[platform] = _platform_names(data[platform])
    for c in cols:
        if c == href:
            data[c] = web_links(data[c])  # only http(s) URLs become links (never javascript: or data:)
        elif data[c].dtype == object or str(data[c].dtype).startswith("str"):
            data[c] = data[c].astype(str).str.slice(0, 140)
    tips = [alt.Tooltip(f"{c}:{'Q' if pd.api.types.is_numeric_dtype(data[c]) else 'N'}", title=title)
            for c, title in tooltip]
    enc: dict[str, Any] = dict(
        x=alt.X(f"{x}:Q", title=x_title, scale=alt.Scale(type="symlog"), axis=alt.Axis(format=",.0f", tickCount=6)),
        y=alt.Y(f"{y}:Q", title=y_title, scale=alt.Scale(type="symlog"), axis=alt.Axis(format=",.0f", tickCount=6)),
        color=alt.Color(f"{platform}:N", title=platform_title, scale=platform_scale(data[platform].unique())),
        tooltip=tips or alt.Undefined,
    )
    if href and href in data.columns:
        enc["href"] = alt.Href(f"{href}:N")
    chart = alt.Chart(data).mark_circle(size=60, opacity=0.75).encode(**enc)
    if href and href in data.columns:
        chart = chart.mark_circle(size=60, opacity=0.75, cursor="pointer")
    if selection:
        chart = chart.add_params(alt.selection_interval(name=selection, encodings=["x", "y"]))
    return _finish(chart.properties(height=360), lang)


def heatmap(frame: pd.DataFrame, *, weekday: str = "weekday", hour: str = "hour", value: str = "conversations",
            lang: str = "en", day_names: Sequence[str] = (), x_title: str = "", y_title: str = "",
            value_title: str = "") -> alt.TopLevelMixin:
    """Weekday x hour grid of how many conversations started then (weekday 0 = Monday)."""
    _require(frame, [weekday, hour, value], "heatmap")
    data = frame[[weekday, hour, value]].copy()
    data[value] = data[value].astype(float)
    names = list(day_names) or ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    if pd.api.types.is_numeric_dtype(data[weekday]):
        data[weekday] = data[weekday].astype(int).map(lambda d: names[d % 7])
    data[hour] = data[hour].astype(int)
    chart = alt.Chart(data).mark_rect(cornerRadius=2).encode(
        alt.X(f"{hour}:O", title=x_title, axis=alt.Axis(labelAngle=0, labelExpr="datum.value % 3 == 0 ? datum.label : ''")),
        alt.Y(f"{weekday}:N", title=y_title, sort=names),
        alt.Color(f"{value}:Q", title=value_title, scale=alt.Scale(scheme="blues"),
                  legend=alt.Legend(orient="right", format=",.0f", tickMinStep=1)),
        tooltip=[alt.Tooltip(f"{weekday}:N", title=y_title or weekday), alt.Tooltip(f"{hour}:O", title=x_title or hour),
                 alt.Tooltip(f"{value}:Q", title=value_title or value, format=",.0f")],
    )
    return _finish(chart.properties(height=260), lang)


def grouped_bars(frame: pd.DataFrame, *, category: str, value: str, group: str, lang: str = "en",
                 x_title: str = "", y_title: str = "", group_title: str = "", y_format: str = ",.0f",
                 sort: Sequence[str] | None = None) -> alt.TopLevelMixin:
    """Bars of ``value`` per ``category``, side by side per ``group`` (e.g. audience vs brand languages)."""
    _require(frame, [category, value, group], "grouped_bars")
    data = frame[[category, value, group]].copy()
    data[value] = data[value].astype(float)
    data[category] = data[category].astype(str)
    data[group] = data[group].astype(str)
    is_platform = _is_platform(data[group])
    if is_platform:
        data[group] = _platform_names(data[group])
    colour = alt.Color(f"{group}:N", title=group_title,
                       scale=platform_scale(data[group].unique()) if is_platform else alt.Scale(range=[OKABE_ITO[0], OKABE_ITO[1], OKABE_ITO[2]]))
    chart = alt.Chart(data).mark_bar().encode(
        alt.X(f"{category}:N", title=x_title, sort=list(sort) if sort else alt.Undefined, axis=alt.Axis(labelAngle=0)),
        alt.Y(f"{value}:Q", title=y_title, axis=alt.Axis(format=y_format)),
        colour, alt.XOffset(f"{group}:N"),
        tooltip=[alt.Tooltip(f"{group}:N", title=group_title or group), alt.Tooltip(f"{category}:N", title=x_title or category),
                 alt.Tooltip(f"{value}:Q", title=y_title or value, format=y_format)],
    )
    return _finish(chart.properties(height=280), lang)


def verdict_bars(frame: pd.DataFrame, *, platform: str = "platform", value: str = "conversation_rate_per_1k_followers",
                 verdict: str = "verdict", good: str = "keep", lang: str = "en", x_title: str = "", y_title: str = "",
                 verdict_title: str = "", verdict_labels: Mapping[str, str] | None = None,
                 y_format: str = ",.2f", middle: str | None = None) -> alt.TopLevelMixin:
    """One bar per platform, blue where the scorecard's verdict is ``good``, orange where it is ``middle`` (kept for
    another reason) and vermillion otherwise."""
    _require(frame, [platform, value, verdict], "verdict_bars")
    data = frame[[platform, value, verdict]].copy()
    data[value] = data[value].astype(float)
    data = data[data[value].notna()]  # a platform without the value gets no bar (the table says why)
    if data.empty:
        raise ValueError(f"verdict_bars: no platform has {value}")
    data[platform] = _platform_names(data[platform])
    data["verdict_label"] = data[verdict].map(lambda v: (verdict_labels or {}).get(str(v), str(v)))
    good_label = (verdict_labels or {}).get(good, good)
    shown = set(data["verdict_label"])  # the legend lists only the verdicts drawn
    middle_label = (verdict_labels or {}).get(middle, middle) if middle else None
    goods = [good_label] if good_label in shown else []
    between = [middle_label] if middle_label in shown else []
    others = sorted(shown - {good_label, middle_label})
    chart = alt.Chart(data).mark_bar(cornerRadiusEnd=2).encode(
        alt.Y(f"{platform}:N", title=x_title, sort="-x"),
        alt.X(f"{value}:Q", title=y_title, axis=alt.Axis(format=y_format)),
        alt.Color("verdict_label:N", title=verdict_title,
                  scale=alt.Scale(domain=[*goods, *between, *others],
                                  range=[GOOD] * len(goods) + [OKABE_ITO[1]] * len(between) + [BAD] * len(others))),
        tooltip=[alt.Tooltip(f"{platform}:N", title=x_title or platform),
                 alt.Tooltip(f"{value}:Q", title=y_title or value, format=y_format),
                 alt.Tooltip("verdict_label:N", title=verdict_title or verdict)],
    )
    return _finish(chart.properties(height=max(120, 40 * len(data))), lang)
