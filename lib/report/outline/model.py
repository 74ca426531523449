"""The format-neutral report outline: what a workbook, a deck or a PDF says, already in the reader's language.

Every value comes from the frozen ``KpiReport`` (never recomputed here); every text is translated and every value
is formatted once, so the renderers (``lib.report.xlsx``, the deck, the PDF) only lay it out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

import pandas as pd

ValueKind = Literal["count", "rate", "ratio", "hours", "days", "money", "index", "decimal", "date", "datetime",
                    "text", "link"]
"""How a value or a column is formatted: the KPI catalogue's kinds plus ``decimal`` (a plain number with two
decimals), ``date``/``datetime`` (timezone-naive, in the report's time zone), ``text`` and ``link`` (an http(s)
address)."""

DeltaUnit = Literal["pp", "percent", "absolute", "none"]
"""How a change is expressed: ``pp`` percentage points (rates), ``percent`` relative to the previous value,
``absolute`` in the KPI's own unit (durations, differences, a zero or sign-crossing base), ``none`` (no change to
show, see ``Delta.reason``)."""


@dataclass(frozen=True)
class Delta:
    """The change of a KPI against the previous period, as it should be shown.

    ``value`` is in ``unit``: points for ``pp`` (``3.1`` is +3.1 pp), a fraction for ``percent`` (``0.25`` is
    +25%), the KPI's unit for ``absolute``, None for ``none``. ``text`` is ready to print ("+3.1 pp", "+25.0%",
    "+12", "no earlier data"); ``better`` is True/False when the direction is good/bad, None when neutral or
    unchanged; ``reason`` says why no change is shown (``unit == "none"``).
    """

    unit: DeltaUnit
    value: float | None
    text: str
    better: bool | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Figure:
    """One key figure: a scalar KPI of the report.

    ``value``/``previous`` are the KpiReport's raw numbers (None when unavailable) for renderers that write
    numbers (the workbook) or plot them; ``text``/``previous_text`` are formatted in the outline's language ("n/a"
    when unavailable). ``change`` is None when this period's value is unavailable. ``na_reason`` says why the
    value is unavailable and ``need`` which export would provide it (both translated, None when available).
    """

    key: str
    label: str
    kind: ValueKind
    value: float | int | None
    text: str
    previous: float | int | None
    previous_text: str
    change: Delta | None
    na_reason: str | None = None
    need: str | None = None
    quality: bool = True  # a quality KPI (the headline) or a quantity one (shown for contrast)


@dataclass(frozen=True)
class Column:
    """A table column: its key in ``Table.frame``, its translated label and how its values are formatted."""

    key: str
    label: str
    kind: ValueKind


@dataclass(frozen=True, eq=False)
class Table:
    """A table ready to show: ``frame`` holds display values under the ``columns``' keys (platform names, not
    codes; translated verdicts and yes/no; no raw ids; no helper columns), capped to what a document can hold.

    Missing values stay missing (None/NaN/NaT) in ``frame``: a renderer shows them as an empty cell or "n/a", never
    as "None"/"nan". ``missing`` is set (and ``frame`` is empty) when the table has no data, with the reason;
    ``note`` says when rows were capped or sampled; ``total_rows`` is the size before capping. ``printed`` is False
    for tables that only feed a chart (a Lorenz curve's points): renderers keep them off printed pages.
    ``row_kinds``, when set, formats each row's numeric cells by that row's kind (a table with one KPI a row).
    """

    key: str
    title: str
    columns: tuple[Column, ...]
    frame: pd.DataFrame
    total_rows: int = 0
    note: str | None = None
    missing: str | None = None
    printed: bool = True
    row_kinds: tuple[ValueKind, ...] | None = None

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key), None)


@dataclass(frozen=True)
class Chart:
    """A chart of one of the section's tables (``table`` is its key), to draw natively in each format.

    ``kind``: ``bar`` (columns, first ``max_points`` rows of a ranked table), ``line`` (a series over time) or
    ``scatter`` (an x/y curve). ``category`` holds the column keys of the categories (two for a two-level axis such
    as platform/type; for a scatter, the x column); ``series`` the plotted columns. ``x_kind``/``y_kind`` are the
    axes' value kinds (``rate`` axes are percentages) and ``x_range``/``y_range`` fixed bounds (0-1 is 0-100%).
    """

    kind: Literal["bar", "line", "scatter"]
    title: str
    table: str
    category: tuple[str, ...]
    series: tuple[str, ...]
    x_title: str = ""
    y_title: str = ""
    x_kind: ValueKind = "text"
    y_kind: ValueKind = "decimal"
    x_range: tuple[float, float] | None = None
    y_range: tuple[float, float] | None = None
    max_points: int | None = None


Status = Literal["good", "watch", "act", "unknown"]


@dataclass(frozen=True)
class Judgement:
    """One area's verdict as shown: the area's name, its status (the code, for colour, and its words) and the
    advice's sentence with the figure that decided it."""

    area: str
    status: Status
    status_text: str
    text: str


@dataclass(frozen=True)
class Step:
    """One ranked action: what to do, whether it is urgent (act) or to watch (``status_text`` says which), the
    figures that show it is needed (``evidence``), what done means and the app page that shows the evidence."""

    rank: int
    urgent: bool
    status_text: str
    title: str
    evidence: str
    done: str
    page: str


@dataclass(frozen=True)
class Section:
    """One part of the report (a sheet of the workbook, a slide or two, a page of the PDF).

    ``figures`` are its key figures, ``tables`` and ``charts`` its tables and the charts drawn from them,
    ``items`` numbered sentences (headline findings), ``notes`` short remarks shown under it (caps, caveats);
    ``verdicts`` and ``actions`` the advice's (the advice section only).
    When ``charts`` is empty and ``figures`` has values, a renderer may draw this period against the previous one.
    """

    key: str
    title: str
    subtitle: str = ""
    figures: tuple[Figure, ...] = ()
    tables: tuple[Table, ...] = ()
    charts: tuple[Chart, ...] = ()
    items: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    verdicts: tuple[Judgement, ...] = ()
    actions: tuple[Step, ...] = ()

    def table(self, key: str) -> Table | None:
        return next((t for t in self.tables if t.key == key), None)

    def figure(self, key: str) -> Figure | None:
        return next((f for f in self.figures if f.key == key), None)


@dataclass(frozen=True)
class Outline:
    """The whole report in ``lang``: cover facts and the sections in reading order.

    ``client`` is the client's name from the settings (user text: render as text), ``period``/``previous`` the
    periods as words ("1 Mar 2025 to 31 Mar 2025"), ``platforms`` their names, ``generated`` the moment it was
    made (words), ``logo`` the image bytes from the settings (None without one), ``anonymized`` whether private
    commenters' names were replaced by pseudonyms. ``since``/``until`` and ``platform_filter`` (platform codes,
    empty for all) feed ``filename``.
    """

    lang: str
    title: str
    client: str | None
    period: str
    previous: str
    timezone: str
    platforms: tuple[str, ...]
    generated: str
    since: dt.date
    until: dt.date
    sections: tuple[Section, ...]
    logo: bytes | None = None
    anonymized: bool = False
    currency: str | None = None
    platform_filter: tuple[str, ...] = ()

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def filename(self, ext: str, workspace: str | None = None) -> str:
        """The document's file name with the client, period and platform filter (``lib.report.naming``)."""
        from lib.report.naming import report_filename

        return report_filename(client=self.client or workspace, since=self.since, until=self.until,
                               platforms=self.platform_filter, anonymized=self.anonymized, ext=ext)
