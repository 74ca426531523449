"""``build_workbook``: one KpiReport as a formatted .xlsx (cover, summary, areas with native charts, posts...).

The whole workbook is written in openpyxl's write-only (streaming) mode, so the Posts sheet of a large
workspace costs little more than dumping its rows. Sheets are filled top to bottom through ``_Sheet``.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference, ScatterChart, Series
from openpyxl.chart.data_source import AxDataSource, MultiLevelStrRef
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink

from lib.i18n import t
from lib.kpis.catalog import BY_KEY, KPIS, SCALAR_KEYS, KpiInfo
from lib.kpis.model import KpiReport
from lib.kpis.texts import describe, note_text, reason_text
from lib.report import styles
from lib.report.safe import clean_text, clean_text_series, looks_like_formula

MAX_TABLE_ROWS = 1_000  # rows of a table on an area sheet (the rest is counted in a note)
TABLE_LIMITS = {"commenters": 100}  # ranked tables where the top is what a reader needs
MAX_SHEET_ROWS = 1_048_000  # an Excel sheet holds 1,048,576 rows
MAX_LINKS = 65_000  # Excel keeps at most 65,530 hyperlinks per sheet
LINK_RE = re.compile(r"^https?://[^\s\"<>]+$", re.IGNORECASE)
CHART_ROWS = 18  # rows kept free above a table for its chart
CHART_HEIGHT_CM, CHART_WIDTH_CM = 8.5, 18
SAMPLED_TABLES = frozenset({"lorenz"})  # curves: evenly spaced points instead of the first rows

# sheet key -> catalog areas of its KPI block, tables shown below it (first available one gets the main chart)
AREA_SHEETS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "conversations": (("kaushik", "conversation"),
                      ("brand_response_time_histogram", "thread_depth_distribution", "conversation_starts")),
    "community": (("community",), ("commenters", "lorenz", "audience_languages", "comment_examples")),
    "content": (("quantity", "continuity"), ("post_types", "question_vs_statement", "brand_languages")),
    "audience": (("authenticity", "scale"),
                 ("daily", "engagement_per_1k_followers_trend", "scale_curve", "follower_spike_days")),
    "channels": (("channels",), ("channel_scorecard", "traffic_by_platform")),
}
LINE_TABLES = frozenset({"daily", "engagement_per_1k_followers_trend", "scale_curve", "lorenz"})
# preferred value columns of a table's chart (the first ones present are used; else the first numeric column)
CHART_VALUES: dict[str, tuple[str, ...]] = {
    "daily": ("followers",),
    "scale_curve": ("brand_response_rate", "conversation_rate_per_1k_followers"),
    "channel_scorecard": ("conversation_rate_per_1k_followers",),
    "commenters": ("comments",),
    "traffic_by_platform": ("sessions",),
    "question_vs_statement": ("mean_comments",),
    "post_types": ("conversation_rate_per_post",),
    "audience_languages": ("comments",),
    "brand_languages": ("posts",),
}
# the category axis of a table's chart: one column, or two adjacent ones (a two-level axis such as platform/type)
CHART_CATEGORY: dict[str, tuple[str, ...]] = {
    "commenters": ("author_name",),
    "post_types": ("platform", "post_type"),
    "audience_languages": ("language_name",),
    "brand_languages": ("language_name",),
}
CHART_MAX_BARS = 25  # a bar chart shows the first rows of its (ranked) table only
ID_COLUMNS = frozenset({"author_id", "author_pseudonym"})
POOLED = "all"  # monthly tables carry per-platform rows and pooled rows with this platform


@dataclass
class _Context:
    report: KpiReport
    wb: Workbook
    lang: str
    tz: ZoneInfo
    anonymize: bool
    chart_images: bool
    formats: dict[str, str]  # named style -> its number format
    notes: list[str] = field(default_factory=list)  # caps and omissions, listed on the Data notes sheet
    style_ids: dict[tuple[str, bool], int] = field(default_factory=dict)

    def t(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)


class _Sheet:
    """A write-only worksheet filled row by row, remembering the row number."""

    def __init__(self, ctx: _Context, key: str, widths: Sequence[float], freeze: str | None = None):
        self.ctx = ctx
        self.ws = ctx.wb.create_sheet(ctx.t(f"report.sheet.{key}"))
        self.ws.freeze_panes = freeze  # a write-only sheet takes this only before its first row
        self.row = 0
        for i, width in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = width
        self.ws.page_setup.orientation = "landscape"
        self.ws.page_setup.paperSize = "9"  # A4
        self.ws.page_setup.fitToWidth = 1
        self.ws.page_setup.fitToHeight = 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ws.print_options.gridLines = False
        self.ws.sheet_view.showGridLines = False

    def cell(self, value: Any, style: str | None = None, number_format: str | None = None) -> WriteOnlyCell | None:
        """A cell for ``value``; text is cleaned and, when it could read as a formula, kept as text."""
        if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT:
            return None
        if isinstance(value, str):
            value = clean_text(value)
            formula_like = looks_like_formula(value)
            c = WriteOnlyCell(self.ws, value=value)
            c.data_type = "s"
            c.style = style or "r_text"
            c.quotePrefix = formula_like  # shown and kept as text even when someone edits the cell
            return c
        if isinstance(value, np.generic):
            value = value.item()
        if isinstance(value, pd.Timestamp | dt.datetime) and value.tzinfo is not None:
            value = value.astimezone(self.ctx.tz).replace(tzinfo=None)
        c = WriteOnlyCell(self.ws, value=value)
        if style:
            c.style = style
        if number_format:
            c.number_format = number_format
        return c

    def append(self, cells: Iterable[Any] = (), height: float | None = None) -> int:
        """Write one row (cells or plain values already safe) and return its number."""
        if height:
            self.ws.row_dimensions[self.row + 1].height = height
        self.ws.append(list(cells))
        self.row += 1
        return self.row

    def texts(self, *values: Any, style: str | None = None) -> int:
        height = {"r_title": 30, "r_subtitle": 18, "r_section": 20}.get(style or "")
        return self.append((self.cell(v, style) for v in values), height=height)

    def blank(self) -> int:
        return self.append([])


# --------------------------------------------------------------------------------------------- helpers


def _label(key: str, lang: str) -> str:
    """A column or KPI label in ``lang``: the KPI's own label, a report string, or the name made readable."""
    if key in BY_KEY:
        return describe(key, lang).label
    text = t(f"report.col.{key}", lang)
    return text if text != f"report.col.{key}" else key.replace("_", " ").capitalize()


def _column_style(name: str, series: pd.Series) -> str | None:
    """The named style (number format) of a table column, from the KPI catalogue or the column's name."""
    if name in BY_KEY and BY_KEY[name].kind in styles.KIND_STYLE:
        return styles.KIND_STYLE[BY_KEY[name].kind]
    if pd.api.types.is_bool_dtype(series) or not pd.api.types.is_numeric_dtype(series):
        return None
    n = name.lower()
    if n.endswith(("share", "_rate", "_pct", "percent")) or n.startswith("share"):
        return "r_rate"
    if n.endswith(("_h", "hours")):
        return "r_hours"
    if n.endswith("_days") or n == "days":
        return "r_days"
    if "revenue" in n:
        return "r_money"
    if pd.api.types.is_integer_dtype(series) or "followers" in n:
        return "r_count"
    values = series.dropna().astype("float64")
    if len(values) and bool((values % 1 == 0).all()):  # counts kept as floats (NaN where unknown)
        return "r_count"
    return "r_decimal"


def _style_id(ctx: _Context, sheet: _Sheet, style: str, *, quote: bool = False) -> int:
    """The workbook's id of named style ``style`` (plus the quote prefix that keeps formula-like text as text),
    computed once and shared by every cell of a column."""
    if (style, quote) not in ctx.style_ids:
        template = WriteOnlyCell(sheet.ws)
        template.style = style
        template.quotePrefix = quote
        ctx.style_ids[style, quote] = template.style_id
    return ctx.style_ids[style, quote]


class _StyledCell(Cell):
    """A write-only cell whose style id is known in advance: cheap to make and to write in big tables."""

    __slots__ = ("_sid",)

    def __init__(self, ws: Any, value: Any, sid: int, data_type: str | None = None):
        super().__init__(ws, row=1, column=1, value=value)  # the sheet sets the real position when written
        if data_type:
            self.data_type = data_type
        self._sid = sid

    @property
    def style_id(self) -> int:
        return self._sid

    @property
    def has_style(self) -> bool:
        return True

    def __repr__(self) -> str:  # openpyxl formats it into a message on every appended cell object
        return "<StyledCell>"


@dataclass
class _Column:
    name: str
    label: str
    values: list[Any]
    style: str | None  # named style of every non-empty cell
    flagged: np.ndarray | None = None  # text that reads like a formula
    link: bool = False
    numeric: bool = False
    temporal: bool = False


def _prepare_frame(ctx: _Context, name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Drop helper columns; with anonymize, pseudonyms stand in for names and ids leave the workbook."""
    frame = frame.reset_index(drop=frame.index.name is None and not isinstance(frame.index, pd.MultiIndex))
    if ctx.anonymize and "author_pseudonym" in frame.columns and "author_name" in frame.columns:
        frame = frame.assign(author_name=frame["author_pseudonym"])
    if name == "channel_scorecard" and {"verdict", "verdict_reason"} <= set(frame.columns):
        frame = frame.assign(  # lib's coded verdicts and reasons, in the workbook's language
            verdict=frame["verdict"].map(lambda v: None if v is None or v != v else t(f"verdict.{v}", ctx.lang)),
            verdict_reason=frame["verdict_reason"].map(lambda r: reason_text(r, ctx.lang)),
        )
    drop = [c for c in frame.columns if c == "author_pseudonym" or (ctx.anonymize and c in ID_COLUMNS)]
    frame = frame.drop(columns=drop)
    frame.columns = [str(c) for c in frame.columns]
    return frame


def _columns(ctx: _Context, frame: pd.DataFrame, link_columns: Sequence[str] = ()) -> list[_Column]:
    """Each column as Python values ready for openpyxl (naive local datetimes, cleaned text, None for NA)."""
    out = []
    for name in frame.columns:
        s = frame[name]
        style, flagged, numeric, temporal = None, None, False, False
        if isinstance(s.dtype, pd.DatetimeTZDtype):
            s = s.dt.tz_convert(ctx.tz).dt.tz_localize(None)
        if pd.api.types.is_datetime64_any_dtype(s):
            temporal = True
            has_time = bool(((s - s.dt.normalize()) != pd.Timedelta(0)).any())
            style = "r_datetime" if has_time else "r_date"
            values = s.astype(object).where(s.notna(), None).tolist()
        elif pd.api.types.is_bool_dtype(s):
            values = s.astype(object).where(s.notna(), None).tolist()
        elif pd.api.types.is_numeric_dtype(s):
            numeric = True
            style = _column_style(name, s)
            as_float = s.astype("Float64") if not pd.api.types.is_integer_dtype(s) else s
            valid = as_float.notna() & ~np.isinf(as_float.astype("float64").fillna(0).to_numpy())
            values = as_float.astype(object).where(valid, None).tolist()
        else:
            if s.map(lambda v: isinstance(v, list | tuple | set | np.ndarray), na_action="ignore").any():
                s = s.map(lambda v: ", ".join(map(str, v)) if isinstance(v, list | tuple | set | np.ndarray) else v,
                          na_action="ignore")
            if s.map(lambda v: isinstance(v, dt.date), na_action="ignore").any() and not s.map(
                    lambda v: isinstance(v, str), na_action="ignore").any():
                temporal, style = True, "r_date"
                values = s.astype(object).where(s.notna(), None).tolist()
            else:
                cleaned, mask = clean_text_series(s)
                values, flagged = cleaned.tolist(), mask.to_numpy()
        out.append(_Column(name, _label(name, ctx.lang), values, style, flagged, name in link_columns, numeric,
                           temporal))
    return out


def _cell_makers(ctx: _Context, sheet: _Sheet, columns: list[_Column], max_links: int) -> list[Callable]:
    """One function per column turning a value (and its row index) into what ``ws.append`` takes."""
    ws = sheet.ws
    safe = _style_id(ctx, sheet, "r_text", quote=True)
    link_style = _style_id(ctx, sheet, "r_link")

    def plain(v, i):
        return v

    def styled(sid):
        def make(v, i):
            return None if v is None else _StyledCell(ws, v, sid)
        return make

    def text(flags):
        def make(v, i):
            if v is None or not flags[i]:
                return v
            return _StyledCell(ws, v, safe, "s")
        return make

    def link(flags):
        to_text = text(flags)

        def make(v, i):
            if v is None or i >= max_links or len(v) > 2000 or not LINK_RE.match(v):
                return to_text(v, i)
            c = _StyledCell(ws, v, link_style, "s")
            c.hyperlink = Hyperlink(ref="", target=v)
            return c
        return make

    makers = []
    for col in columns:
        if col.link:
            makers.append(link(col.flagged))
        elif col.flagged is not None:
            makers.append(text(col.flagged) if col.flagged.any() else plain)
        elif col.style:
            makers.append(styled(_style_id(ctx, sheet, col.style)))
        else:
            makers.append(plain)
    return makers


@dataclass
class _Block:
    """Where a table landed on its sheet (for its chart)."""

    header_row: int
    first_row: int
    last_row: int
    first_col: int
    columns: list[_Column]


def _write_rows(ctx: _Context, sheet: _Sheet, columns: list[_Column], *, first_col: int = 1,
                max_links: int = 0) -> _Block:
    """Header row and data rows of ``columns`` from ``first_col``; the first ``max_links`` rows get real links."""
    pad = [None] * (first_col - 1)
    header = sheet.append(pad + [sheet.cell(c.label, "r_header_num" if c.numeric else "r_header") for c in columns])
    makers = _cell_makers(ctx, sheet, columns, max_links)
    n = len(columns[0].values) if columns else 0
    rows = zip(*(c.values for c in columns))
    append = sheet.ws.append
    for i, row in enumerate(rows):
        append(pad + [make(v, i) for make, v in zip(makers, row)])
    sheet.row += n
    return _Block(header, header + 1, header + n, first_col, columns)


def _fit(ctx: _Context, name: str, frame: pd.DataFrame, limit: int) -> tuple[pd.DataFrame, str | None]:
    """``frame`` cut to ``limit`` rows (evenly sampled for curves) and the note saying so."""
    total = len(frame)
    if total <= limit:
        return frame, None
    if name in SAMPLED_TABLES:
        idx = np.unique(np.linspace(0, total - 1, limit).round().astype(int))
        return frame.iloc[idx], ctx.t("report.table.sampled", shown=f"{len(idx):,}", total=f"{total:,}")
    return frame.iloc[:limit], ctx.t("report.table.capped", shown=f"{limit:,}", total=f"{total:,}")


def _table(ctx: _Context, name: str) -> pd.DataFrame | None:
    frame = ctx.report.tables.get(name)
    if frame is None or not isinstance(frame, pd.DataFrame) or frame.empty or len(frame.columns) == 0:
        return None
    return frame


# --------------------------------------------------------------------------------------------- KPI values


def _kpi_cells(ctx: _Context, sheet: _Sheet, info: KpiInfo, *, first_col: int = 1) -> list[Any]:
    """label, value, previous, change, change %, note for one scalar KPI."""
    report, lang = ctx.report, ctx.lang
    fmt = styles.KIND_STYLE.get(info.kind, "r_decimal")
    value, previous = report.overall.get(info.key), report.previous.get(info.key)
    change = report.changes.get(info.key)
    reason = reason_text(report.reason(info.key), lang)
    note = ctx.t("report.kpi.unavailable", reason=reason) if value is None and reason else None
    tone = "r_neutral"
    if change is not None and change.better is not None:
        tone = "r_good" if change.better else "r_bad"
    base = ctx.formats[fmt]
    absolute = change.absolute if change else None
    relative = change.relative if change else None
    cells = [
        sheet.cell(_label(info.key, lang), "r_label"),
        sheet.cell(_number(value), fmt),
        sheet.cell(_number(previous), fmt),
        sheet.cell(_number(absolute), tone, styles.change_format(base)) if _number(absolute) is not None else None,
        sheet.cell(_number(relative), tone, styles.change_format(styles.RATE)) if _number(relative) is not None else None,
        sheet.cell(note, "r_note"),
    ]
    return [None] * (first_col - 1) + cells


def _number(v: Any) -> float | int | None:
    if v is None or v is pd.NA:
        return None
    if isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return None
    return v


def _kpi_header_cells(ctx: _Context, sheet: _Sheet) -> list[Any]:
    """Header of a KPI block: KPI, this period, previous period, change, change %, note."""
    labels = [ctx.t(f"report.kpi.{k}") for k in ("label", "value", "previous", "change", "change", "note")]
    labels[4] += " %"
    return [sheet.cell(v, "r_header_num" if 0 < i < 5 else "r_header") for i, v in enumerate(labels)]


def _kpi_header(ctx: _Context, sheet: _Sheet) -> int:
    return sheet.append(_kpi_header_cells(ctx, sheet))


def _period_text(ctx: _Context, since: dt.date, until: dt.date) -> str:
    from babel.dates import format_date

    fmt = "d MMM y"
    return ctx.t("report.cover.range", since=format_date(since, fmt, locale=ctx.lang),
                 until=format_date(until, fmt, locale=ctx.lang))


# --------------------------------------------------------------------------------------------- sheets


def _cover(ctx: _Context, settings: dict, generated_at: dt.datetime) -> None:
    from babel.dates import format_datetime

    from lib.kpis import findings

    sheet = _Sheet(ctx, "cover", [26, 100])
    p = ctx.report.period
    logo = settings.get("logo")
    if logo:
        _add_logo(ctx, sheet, logo)
    sheet.texts(ctx.t("report.cover.title"), style="r_title")
    sheet.blank()
    client = settings.get("client_name")
    if client:
        sheet.append([sheet.cell(ctx.t("report.cover.client"), "r_label"), sheet.cell(client, "r_subtitle")])
    rows = [
        ("report.cover.period", _period_text(ctx, p.since, p.until)),
        ("report.cover.previous", _period_text(ctx, p.previous_since, p.previous_until)),
        ("report.cover.timezone", p.tz),
        ("report.cover.platforms", ", ".join(ctx.report.platforms) or "-"),
        ("report.cover.generated", format_datetime(generated_at, "d MMM y HH:mm", locale=ctx.lang)),
    ]
    for key, value in rows:
        sheet.append([sheet.cell(ctx.t(key), "r_label"), sheet.cell(value, "r_text")])
    sheet.blank()
    sheet.texts(ctx.t("report.cover.findings"), style="r_section")
    found = findings(ctx.report, ctx.lang)
    for i, sentence in enumerate(found or [ctx.t("report.cover.no_findings")], 1):
        sheet.append([sheet.cell(f"{i}." if found else None, "r_label"), sheet.cell(sentence, "r_wrap")],
                     height=_wrapped_height([(sentence, 100)]))
    sheet.blank()
    sheet.texts(ctx.t("report.cover.contents"), style="r_section")
    for key in ("summary", *AREA_SHEETS, "posts", "definitions", "data_notes"):
        sheet.append([None, sheet.cell(ctx.t(f"report.sheet.{key}"), "r_text")])
    sheet.ws.print_area = f"A1:B{sheet.row}"
    sheet.ws.page_setup.orientation = "portrait"


def _add_logo(ctx: _Context, sheet: _Sheet, logo: bytes) -> None:
    from openpyxl.drawing.image import Image
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    try:
        with PILImage.open(io.BytesIO(logo)) as probe:
            probe.load()
            png = io.BytesIO()
            probe.convert("RGBA").save(png, format="PNG")
    except (UnidentifiedImageError, OSError, ValueError):
        ctx.notes.append("logo: the image in the settings could not be read, so the cover has no logo.")
        return
    img = Image(png)
    scale = min(1.0, 260 / img.width, 80 / img.height)
    img.width, img.height = int(img.width * scale), int(img.height * scale)
    sheet.ws.add_image(img, "A1")
    sheet.append([], height=img.height * 0.75 + 8)  # one row as tall as the logo (points = pixels x 0.75)


def _summary(ctx: _Context) -> None:
    sheet = _Sheet(ctx, "summary", [40, 14, 14, 14, 12, 34, 3, 32, 14, 14, 14, 12, 34], freeze="B5")
    p = ctx.report.period
    sheet.texts(ctx.t("report.sheet.summary"), style="r_title")
    sheet.texts(_period_text(ctx, p.since, p.until), style="r_subtitle")
    quality = [k for k in KPIS if k.kind != "table" and k.quality]
    quantity = [k for k in KPIS if k.kind != "table" and not k.quality]
    sheet.append([sheet.cell(ctx.t("report.summary.quality"), "r_section")] + [None] * 6
                 + [sheet.cell(ctx.t("report.summary.quantity"), "r_section")])
    header = sheet.append(_kpi_header_cells(ctx, sheet) + [None] + _kpi_header_cells(ctx, sheet))
    for i in range(max(len(quality), len(quantity))):
        cells = _kpi_cells(ctx, sheet, quality[i]) if i < len(quality) else [None] * 6
        cells += [None]
        cells += _kpi_cells(ctx, sheet, quantity[i]) if i < len(quantity) else []
        sheet.append(cells)
    sheet.ws.print_title_rows = f"{header}:{header}"


def _area(ctx: _Context, key: str, areas: tuple[str, ...], tables: tuple[str, ...]) -> None:
    """KPI block of the sheet's areas, then each table under its title, its native chart just above it."""
    sheet = _Sheet(ctx, key, [40, 16, 16, 16, 14, 30, 14, 14, 14, 14, 14, 14], freeze="A3")
    p = ctx.report.period
    sheet.texts(ctx.t(f"report.sheet.{key}"), style="r_title")
    sheet.texts(_period_text(ctx, p.since, p.until), style="r_subtitle")
    sheet.ws.print_title_rows = "1:2"
    infos = [k for k in KPIS if k.area in areas and k.kind != "table"]
    prepared = []
    for name in tables:
        frame, note, columns, spec = _table(ctx, name), None, [], None
        if frame is not None:
            frame = _shape_table(ctx, name, _prepare_frame(ctx, name, frame))
            frame, note = _fit(ctx, name, frame, TABLE_LIMITS.get(name, MAX_TABLE_ROWS))
            columns = _columns(ctx, frame)
            spec = _chart_spec(name, columns) if len(frame) else None
        prepared.append((name, frame, note, columns, spec))
    if infos:
        sheet.blank()
        sheet.texts(ctx.t("report.kpi.key_figures"), style="r_section")
        kpi_header = _kpi_header(ctx, sheet)
        for info in infos:
            sheet.append(_kpi_cells(ctx, sheet, info))
        if not any(spec for *_, spec in prepared):  # no table to chart: this period against the previous one
            sheet.blank()
            _kpi_chart(ctx, sheet, kpi_header, kpi_header + len(infos), anchor=sheet.row + 1)
            for _ in range(CHART_ROWS):
                sheet.blank()
    biggest: _Block | None = None
    for name, frame, note, columns, spec in prepared:
        sheet.blank()
        sheet.texts(ctx.t(f"report.table.{name}"), style="r_section")
        if frame is None:
            sheet.texts(ctx.t("report.table.missing"), style="r_note")
            continue
        if note:
            sheet.texts(note, style="r_note")
            ctx.notes.append(f"{ctx.t(f'report.sheet.{key}')} / {ctx.t(f'report.table.{name}')}: {note}")
        anchor = sheet.row + 1
        if spec:
            for _ in range(CHART_ROWS):
                sheet.blank()
        block = _write_rows(ctx, sheet, columns)
        if spec:
            _add_chart(ctx, sheet, name, block, spec, anchor)
            if ctx.chart_images:
                _add_chart_image(ctx, sheet, frame, block, spec, anchor)
        if name == "conversation_starts":
            _heatmap(sheet, block)
        if biggest is None or block.last_row - block.first_row > biggest.last_row - biggest.first_row:
            biggest = block
    if biggest is not None and biggest.columns:
        last_col = get_column_letter(biggest.first_col + len(biggest.columns) - 1)
        sheet.ws.auto_filter.ref = f"A{biggest.header_row}:{last_col}{max(biggest.last_row, biggest.header_row)}"
    if key == "channels":
        _by_platform(ctx, sheet)


def _shape_table(ctx: _Context, name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Tables shown in another shape than the KpiReport keeps them (daily summed over platforms,
    conversation starts as a weekday x hour grid)."""
    if "platform" in frame.columns and frame["platform"].eq(POOLED).any():  # pooled rows only
        return frame[frame["platform"].eq(POOLED)].drop(columns="platform").reset_index(drop=True)
    if name == "daily" and "date" in frame.columns and "platform" in frame.columns:
        numeric = [c for c in frame.columns if c not in ("date", "platform")
                   and pd.api.types.is_numeric_dtype(frame[c])]
        return frame.groupby("date", as_index=False, sort=True)[numeric].sum(min_count=1)
    if name == "conversation_starts" and {"weekday", "hour"} <= set(frame.columns):
        value = next((c for c in frame.columns if c not in ("weekday", "hour")
                      and pd.api.types.is_numeric_dtype(frame[c])), None)
        if value is not None:  # hours down, weekdays across: a grid that fits a page
            grid = frame.pivot_table(index="hour", columns="weekday", values=value, aggfunc="sum", sort=True)
            if pd.api.types.is_integer_dtype(grid.columns):  # 0 = Monday
                from babel.dates import get_day_names

                names = get_day_names("abbreviated", locale=ctx.lang)
                grid.columns = [names[int(d)] for d in grid.columns]
            grid.columns = [str(c) for c in grid.columns]
            return grid.reset_index()
    return frame


def _heatmap(sheet: _Sheet, block: _Block) -> None:
    if len(block.columns) < 2 or block.last_row < block.first_row:
        return
    rng = f"B{block.first_row}:{get_column_letter(len(block.columns))}{block.last_row}"
    sheet.ws.conditional_formatting.add(rng, ColorScaleRule(start_type="min", start_color="FFFFFF",
                                                            end_type="max", end_color="0F766E"))


@dataclass(frozen=True)
class _ChartSpec:
    kind: str  # "bar", "line" or "scatter"
    category: tuple[int, ...]  # column indexes of the categories (x values for a scatter), adjacent; may be empty
    values: tuple[int, ...]  # column indexes of the plotted series


def _chart_spec(name: str, cols: list[_Column]) -> _ChartSpec | None:
    """How to chart a table natively (None when it has nothing to plot)."""
    if name in ("conversation_starts", "comment_examples"):
        return None
    index = {c.name: i for i, c in enumerate(cols)}
    wanted_cat = [index[n] for n in CHART_CATEGORY.get(name, ()) if n in index]
    if wanted_cat and wanted_cat == list(range(wanted_cat[0], wanted_cat[0] + len(wanted_cat))):
        category = tuple(wanted_cat)
    else:
        first = next((i for i, c in enumerate(cols) if not c.numeric), None)
        category = () if first is None else (first,)
    numeric = [i for i, c in enumerate(cols) if c.numeric and i not in category and c.name != "rank"]
    if not numeric:
        return None
    if not category and len(numeric) >= 2:  # an x/y curve (Lorenz)
        return _ChartSpec("scatter", (numeric[0],), (numeric[1],))
    wanted = [index[n] for n in CHART_VALUES.get(name, ()) if n in index and cols[index[n]].numeric]
    line = name in LINE_TABLES or bool(category and cols[category[0]].temporal)
    return _ChartSpec("line" if line else "bar", category, tuple(wanted or numeric[:1]))


def _add_chart(ctx: _Context, sheet: _Sheet, name: str, block: _Block, spec: _ChartSpec, anchor: int) -> None:
    """The native chart of a table, anchored at row ``anchor`` (rows kept free above the table)."""
    cols, ws, c0 = block.columns, sheet.ws, block.first_col
    if spec.kind == "scatter":
        chart = ScatterChart()
        chart.style = 13
        x = Reference(ws, min_col=c0 + spec.category[0], min_row=block.first_row, max_row=block.last_row)
        for i in spec.values:
            y = Reference(ws, min_col=c0 + i, min_row=block.header_row, max_row=block.last_row)
            series = Series(y, x, title_from_data=True)
            series.marker.symbol = "none"
            series.smooth = False
            chart.series.append(series)
        chart.x_axis.title = cols[spec.category[0]].label
        chart.y_axis.title = cols[spec.values[0]].label
        chart.x_axis.numFmt = ctx.formats[cols[spec.category[0]].style or "r_decimal"]
        chart.legend = None
    else:
        chart = LineChart() if spec.kind == "line" else BarChart()
        if isinstance(chart, BarChart):
            chart.type = "col"
            chart.gapWidth = 60
        last = block.last_row if spec.kind == "line" else min(block.last_row, block.first_row + CHART_MAX_BARS - 1)
        for i in spec.values:
            chart.add_data(Reference(ws, min_col=c0 + i, min_row=block.header_row, max_row=last),
                           titles_from_data=True)
        if spec.category:
            ref = Reference(ws, min_col=c0 + spec.category[0], max_col=c0 + spec.category[-1],
                            min_row=block.first_row, max_row=last)
            chart.set_categories(ref)
            if len(spec.category) > 1:  # a two-level axis, written the way Excel writes one
                for series in chart.series:
                    series.cat = AxDataSource(multiLvlStrRef=MultiLevelStrRef(f=str(ref)))
        if spec.kind == "line" and last - block.first_row > 12:  # a readable number of date labels
            chart.x_axis.tickLblSkip = chart.x_axis.tickMarkSkip = (last - block.first_row) // 8 + 1
        if len(spec.values) == 1:
            chart.legend = None
        else:
            chart.legend.position = "b"
    chart.y_axis.numFmt = ctx.formats[cols[spec.values[0]].style or "r_decimal"]
    chart.title = ctx.t(f"report.table.{name}")
    chart.height, chart.width = CHART_HEIGHT_CM, CHART_WIDTH_CM
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    ws.add_chart(chart, f"A{anchor}")


def _add_chart_image(ctx: _Context, sheet: _Sheet, frame: pd.DataFrame, block: _Block, spec: _ChartSpec,
                     anchor: int) -> None:
    """The app's Altair version of a table's chart as a PNG beside the native one (vl-convert); skipped with a
    note on the Data notes sheet when vl-convert or the chart cannot be made."""
    import vl_convert  # lazily: only workbooks with chart images pay for it
    from openpyxl.drawing.image import Image

    from lib import charts

    cols = block.columns
    x, y = cols[spec.category[-1] if spec.category else 0], cols[spec.values[0]]
    data = frame
    try:
        if spec.kind == "scatter":
            chart = charts.lorenz(data, x=cols[spec.category[0]].name, y=y.name, lang=ctx.lang, x_title=x.label, y_title=y.label)
        elif spec.kind == "line":
            chart = charts.time_lines(data, x=x.name, y=y.name, lang=ctx.lang, x_title=x.label, y_title=y.label)
        else:
            chart = charts.bar(data.head(CHART_MAX_BARS), x.name, y.name, lang=ctx.lang, x_title=x.label,
                               y_title=y.label)
        png = vl_convert.vegalite_to_png(chart.to_json(), scale=1)
    except (ValueError, RuntimeError, TypeError):
        _note_once(ctx, ctx.t("report.notes.chart_images"))
        return
    img = Image(io.BytesIO(png))
    scale = min(1.0, 520 / img.width, 330 / img.height)
    img.width, img.height = int(img.width * scale), int(img.height * scale)
    sheet.ws.add_image(img, f"F{anchor}")


def _note_once(ctx: _Context, note: str) -> None:
    if note not in ctx.notes:
        ctx.notes.append(note)


def _kpi_chart(ctx: _Context, sheet: _Sheet, header_row: int, last_row: int, *, anchor: int) -> None:
    """When no table could be charted: this period against the previous one, KPI by KPI."""
    chart = BarChart()
    chart.type = "bar"
    chart.title = ctx.t("report.chart.vs_previous")
    data = Reference(sheet.ws, min_col=2, max_col=3, min_row=header_row, max_row=last_row)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet.ws, min_col=1, min_row=header_row + 1, max_row=last_row))
    chart.height, chart.width = CHART_HEIGHT_CM, CHART_WIDTH_CM
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    sheet.ws.add_chart(chart, f"A{anchor}")


def _by_platform(ctx: _Context, sheet: _Sheet) -> None:
    platforms = [p for p in ctx.report.platforms if p in ctx.report.by_platform] or sorted(ctx.report.by_platform)
    if not platforms:
        return
    sheet.blank()
    sheet.texts(ctx.t("report.kpi.by_platform"), style="r_section")
    sheet.append([sheet.cell(ctx.t("report.kpi.label"), "r_header")] + [sheet.cell(p, "r_header") for p in platforms])
    for key in SCALAR_KEYS:
        values = [ctx.report.value(key, p) for p in platforms]
        if all(_number(v) is None for v in values):
            continue
        fmt = styles.KIND_STYLE.get(BY_KEY[key].kind, "r_decimal")
        sheet.append([sheet.cell(_label(key, ctx.lang), "r_label")] + [sheet.cell(_number(v), fmt) for v in values])


def _posts(ctx: _Context) -> None:
    frame = _table(ctx, "posts_ranked")
    if frame is None:
        sheet = _Sheet(ctx, "posts", [60])
        sheet.texts(ctx.t("report.posts.title"), style="r_title")
        sheet.texts(ctx.t("report.posts.none"), style="r_note")
        return
    frame = _prepare_frame(ctx, "posts_ranked", frame)
    if "rank" not in frame.columns:
        frame.insert(0, "rank", np.arange(1, len(frame) + 1))
    frame = frame.drop(columns=[c for c in ("is_question",) if c in frame.columns])
    total = len(frame)
    notes = []
    if total > MAX_SHEET_ROWS:
        frame = frame.iloc[:MAX_SHEET_ROWS]
        notes.append(ctx.t("report.posts.rows_capped", shown=f"{MAX_SHEET_ROWS:,}", total=f"{total:,}"))
    if "permalink" in frame.columns and len(frame) > MAX_LINKS:
        notes.append(ctx.t("report.posts.links_capped", shown=f"{MAX_LINKS:,}"))
    columns = _columns(ctx, frame, link_columns=("permalink",))
    widths = [60 if c.name == "text" else 40 if c.name == "permalink" else 17 if c.temporal else
              22 if c.name in ("account", "post_id") else 12 for c in columns]
    header_row = 2 + len(notes)
    sheet = _Sheet(ctx, "posts", widths, freeze=f"B{header_row + 1}")
    sheet.texts(ctx.t("report.posts.title"), style="r_title")
    for note in notes:
        sheet.texts(note, style="r_note")
        ctx.notes.append(f"{ctx.t('report.sheet.posts')}: {note}")
    block = _write_rows(ctx, sheet, columns, max_links=MAX_LINKS)
    last_col = get_column_letter(len(columns))
    sheet.ws.auto_filter.ref = f"A{block.header_row}:{last_col}{max(block.last_row, block.header_row)}"
    sheet.ws.print_title_rows = f"{block.header_row}:{block.header_row}"


def _definitions(ctx: _Context) -> None:
    sheet = _Sheet(ctx, "definitions", [34, 14, 45, 45, 45], freeze="B3")
    sheet.texts(ctx.t("report.defs.title"), style="r_title")
    header = sheet.append([sheet.cell(ctx.t(k), "r_header") for k in (
        "report.kpi.label", "report.defs.area", "report.defs.formula", "report.defs.why", "report.defs.improve")])
    for info in KPIS:
        text = describe(info.key, ctx.lang)
        area = ctx.t(f"report.area.{info.area}")
        sheet.append([sheet.cell(text.label, "r_label"), sheet.cell(area, "r_wrap"),
                      sheet.cell(text.formula, "r_wrap"), sheet.cell(text.why, "r_wrap"),
                      sheet.cell(text.improve, "r_wrap")],
                     height=_wrapped_height([(text.label, 34), (area, 14), (text.formula, 45), (text.why, 45),
                                             (text.improve, 45)]))
    sheet.ws.auto_filter.ref = f"A{header}:E{sheet.row}"
    sheet.ws.print_title_rows = f"{header}:{header}"


def _data_notes(ctx: _Context, sources: list[dict] | None) -> None:
    sheet = _Sheet(ctx, "data_notes", [40, 16, 44, 12, 14, 14])
    report = ctx.report
    sheet.texts(ctx.t("report.notes.title"), style="r_title")
    sheet.texts(ctx.t("report.notes.timezone", tz=report.period.tz), style="r_text")
    if ctx.anonymize:
        sheet.texts(ctx.t("report.notes.anonymized"), style="r_text")
    sheet.blank()
    sheet.texts(ctx.t("report.notes.sources"), style="r_section")
    warnings: list[tuple[str, str]] = []
    if sources:
        keys = [k for k in ("file", "platform", "format", "rows", "first_date", "last_date")
                if any(k in s for s in sources)]
        sheet.append([sheet.cell(_label(k, ctx.lang), "r_header") for k in keys])
        for s in sources:
            sheet.append([sheet.cell(_plain(s.get(k)), "r_count" if k == "rows" else "r_text") for k in keys])
            warnings += [(str(s.get("file", "")), str(w)) for w in s.get("warnings") or ()]
    else:
        sheet.texts(ctx.t("report.notes.no_sources"), style="r_note")
    if warnings:
        sheet.blank()
        sheet.texts(ctx.t("report.notes.warnings"), style="r_section")
        for file, warning in warnings:
            sheet.append([sheet.cell(file, "r_text"), sheet.cell(warning, "r_wrap")],
                         height=_wrapped_height([(warning, 16)]))
    sheet.blank()
    sheet.texts(ctx.t("report.notes.unavailable"), style="r_section")
    missing = [(ctx.t("report.notes.overall"), k, r) for k, r in report.unavailable.items()]
    missing += [(p, k, r) for p, reasons in report.unavailable_by_platform.items() for k, r in reasons.items()]
    if missing:
        sheet.append([sheet.cell(ctx.t(k), "r_header") for k in
                      ("report.kpi.label", "report.notes.platform", "report.notes.reason")])
        for platform, key, reason in missing:
            sheet.append([sheet.cell(_label(key, ctx.lang) if key in BY_KEY else key, "r_text"),
                          sheet.cell(platform, "r_text"), sheet.cell(reason_text(reason, ctx.lang), "r_text")])
    else:
        sheet.texts(ctx.t("report.notes.nothing_unavailable"), style="r_text")
    caveats = [note_text(n, ctx.lang) for n in report.notes] + ctx.notes
    if caveats:
        sheet.blank()
        sheet.texts(ctx.t("report.notes.caveats"), style="r_section")
        for note in caveats:
            sheet.append([sheet.cell(note, "r_text")])


def _wrapped_height(texts: Sequence[tuple[str | None, float]]) -> float | None:
    """Row height (points) that shows every wrapped text whole, from its length and its column's width.

    Spreadsheets do not grow rows for wrapped text written by openpyxl, so the report sets them.

    >>> _wrapped_height([("short", 40)]) is None
    True
    >>> _wrapped_height([("word " * 30, 40)])
    52.0
    """
    lines = 1
    for text, width in texts:
        if text:
            per_line = max(int(width * 1.1), 1)  # characters of a 10-point font per line of that width
            lines = max(lines, sum(math.ceil(max(len(part), 1) / per_line) for part in str(text).split("\n")))
    return None if lines == 1 else 13.0 * lines


def _plain(v: Any) -> Any:
    if isinstance(v, dt.date | dt.datetime):
        return v.isoformat()
    return _number(v) if not isinstance(v, str) else v


# --------------------------------------------------------------------------------------------- entry point


def sources_from_imports(records: Iterable[Any]) -> list[dict]:
    """The ``sources`` of ``build_workbook`` from a workspace's import records (``Store.imports(name)``)."""
    return [{"file": r.source, "platform": r.platform, "format": r.importer, "rows": sum(dict(r.rows).values()),
             "first_date": r.first_date, "last_date": r.last_date, "warnings": list(r.warnings)} for r in records]



def build_workbook(report: KpiReport, *, settings: dict | None = None, lang: str = "en", anonymize: bool = False,
                   sources: list[dict] | None = None, chart_images: bool = False,
                   generated_at: dt.datetime | None = None) -> bytes:
    """The Excel report of ``report`` as .xlsx bytes.

    Parameters
    ----------
    report
        The KPIs of one period (``lib.kpis.compute``).
    settings
        The workspace's settings: ``client_name`` and ``logo`` (image bytes) go on the cover, ``currency``
        formats revenue.
    lang
        ``"en"`` or ``"it"``: sheet names, labels, definitions and findings.
    anonymize
        Replace private commenters' names with pseudonyms (``lib.kpis.anonymize``) and leave their ids out.
    sources
        Import summaries (``ImportResult.summary()``) listed on the Data notes sheet with their warnings.
    chart_images
        Also place the app's Altair charts as images (needs vl-convert; skipped with a note when missing).
    generated_at
        The time printed on the cover (default: now, in the period's time zone).

    Returns
    -------
    bytes
        The workbook, ready for ``st.download_button`` or a file.
    """
    settings = settings or {}
    if anonymize:
        from lib.kpis import anonymize as anonymize_report

        report = anonymize_report(report)
    tz = ZoneInfo(report.period.tz)
    wb = Workbook(write_only=True)
    formats = styles.register(wb, lang=lang, currency=settings.get("currency"))
    ctx = _Context(report, wb, lang, tz, anonymize, chart_images, formats)
    _cover(ctx, settings, generated_at or dt.datetime.now(tz))
    _summary(ctx)
    for key, (areas, tables) in AREA_SHEETS.items():
        _area(ctx, key, areas, tables)
    _posts(ctx)
    _definitions(ctx)
    _data_notes(ctx, sources)
    wb.properties.title = t("report.cover.title", lang)
    wb.properties.creator = "Conversa"
    if settings.get("client_name"):
        wb.properties.subject = clean_text(settings["client_name"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
