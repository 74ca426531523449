"""The workbook's writer layer: fast write-only sheets, named styles, tables, native charts, safe text.

Everything here is about the .xlsx format; what goes on a sheet comes from the report outline. User text is always
written as text (never a formula: text that could read as one gets the quote prefix); missing values are empty
cells, never "None"/"nan".
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
from lib.report.outline.model import Chart, Column, Outline, Table
from lib.report.safe import clean_text, clean_text_series, looks_like_formula
from lib.report.xlsx import styles

MAX_LINKS = 65_000  # Excel keeps at most 65,530 hyperlinks per sheet
LINK_RE = re.compile(r"^https?://[^\s\"<>]+$", re.IGNORECASE)
CHART_ROWS = 18  # rows kept free above a table for its chart
CHART_HEIGHT_CM, CHART_WIDTH_CM = 8.5, 18
MAX_LINES = 12  # a wrapped cell shows at most this many lines (a long post's text is cut on the printed page)
WRAP_LIMIT = 2_000  # tables up to this many rows get row heights for their wrapped text


@dataclass
class Book:
    """One workbook being written, and what its sheets share."""

    outline: Outline
    wb: Workbook
    tz: ZoneInfo
    formats: dict[str, str]  # named style -> its number format
    chart_images: bool = False
    notes: list[str] = field(default_factory=list)  # omissions found while writing, listed on the Data notes sheet
    style_ids: dict[tuple[str, bool], int] = field(default_factory=dict)
    chart_data_sheet: Sheet | None = None

    @property
    def lang(self) -> str:
        return self.outline.lang

    def t(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def chart_data(self) -> Sheet:
        """The hidden sheet holding the points of charts whose table is not printed (created when first needed)."""
        if self.chart_data_sheet is None:
            self.chart_data_sheet = Sheet(self, self.t("report.chart.data"), [30, 14, 14])
            self.chart_data_sheet.ws.sheet_state = "hidden"
        return self.chart_data_sheet


class Sheet:
    """A write-only worksheet filled row by row, remembering the row number, set up to print readably:
    A4 landscape (portrait on request), fit to the page's width, no grid lines, page numbers in the footer."""

    def __init__(self, book: Book, title: str, widths: Sequence[float], freeze: str | None = None,
                 portrait: bool = False):
        self.book = book
        self.ws = book.wb.create_sheet(title[:31])
        self.ws.freeze_panes = freeze  # a write-only sheet takes this only before its first row
        self.row = 0
        self.widths = list(widths)
        for i, width in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = width
        setup = self.ws.page_setup
        setup.orientation = "portrait" if portrait else "landscape"
        setup.paperSize = "9"  # A4
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        self.ws.sheet_properties.pageSetUpPr.fitToPage = True
        self.ws.print_options.gridLines = False
        self.ws.sheet_view.showGridLines = False
        margins = self.ws.page_margins
        margins.left = margins.right = 0.4
        margins.top = margins.bottom = 0.5
        self.ws.oddFooter.center.text = "&P / &N"
        self.ws.oddFooter.center.size = 8

    def width(self, column: int) -> float:
        return self.widths[column - 1] if column - 1 < len(self.widths) else 13.0

    def cell(self, value: Any, style: str | None = None, number_format: str | None = None) -> WriteOnlyCell | None:
        """A cell for ``value``; text is cleaned and, when it could read as a formula, kept as text."""
        if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT:
            return None
        if isinstance(value, str):
            value = clean_text(value)
            c = WriteOnlyCell(self.ws, value=value)
            c.data_type = "s"
            c.style = style or "r_text"
            c.quotePrefix = looks_like_formula(value)  # shown and kept as text even when someone edits the cell
            return c
        if isinstance(value, np.generic):
            value = value.item()
        if isinstance(value, pd.Timestamp | dt.datetime) and value.tzinfo is not None:
            value = value.astimezone(self.book.tz).replace(tzinfo=None)
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

    def blank(self, rows: int = 1) -> int:
        for _ in range(rows):
            self.append([])
        return self.row

    def heading(self, title: str, subtitle: str = "") -> None:
        """Title (and subtitle) rows, repeated at the top of every printed page."""
        self.texts(title, style="r_title")
        if subtitle:
            self.texts(subtitle, style="r_subtitle")
        self.ws.print_title_rows = f"1:{self.row}"


def wrapped_height(texts: Sequence[tuple[str | None, float]]) -> float | None:
    """Row height (points) that shows every wrapped text whole, from its length and its column's width.

    Spreadsheets do not grow rows for wrapped text written by openpyxl, so the report sets them.

    >>> wrapped_height([("short", 40)]) is None
    True
    >>> wrapped_height([("word " * 30, 40)])
    52.0
    """
    lines = 1
    for text, width in texts:
        if text:
            per_line = max(int(width * 1.1), 1)  # characters of a 10-point font per line of that width
            lines = max(lines, sum(math.ceil(max(len(part), 1) / per_line) for part in str(text).split("\n")))
    return None if lines == 1 else 13.0 * min(lines, MAX_LINES)


def style_id(book: Book, sheet: Sheet, style: str, *, quote: bool = False) -> int:
    """The workbook's id of named style ``style`` (plus the quote prefix that keeps formula-like text as text),
    computed once and shared by every cell of a column."""
    if (style, quote) not in book.style_ids:
        template = WriteOnlyCell(sheet.ws)
        template.style = style
        template.quotePrefix = quote
        book.style_ids[style, quote] = template.style_id
    return book.style_ids[style, quote]


class StyledCell(Cell):
    """A write-only cell whose style id is known in advance: cheap to make and to write in big tables."""

    __slots__ = ("_sid",)

    def __init__(self, ws: Any, value: Any, sid: int, data_type: str | None = None):
        super().__init__(ws, row=1, column=1, value=value)  # the sheet sets the real position when written
        if data_type:
            self.data_type = data_type  # type: ignore[misc]  # a slot of Cell that its stubs do not declare
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
class Values:
    """A table column as Python values ready for openpyxl, with its named style."""

    column: Column
    values: list[Any]
    style: str | None  # named style of every non-empty cell
    flagged: np.ndarray | None = None  # text that reads like a formula
    wrap: bool = False

    @property
    def numeric(self) -> bool:
        return self.column.kind not in ("text", "link", "date", "datetime")


def column_values(book: Book, table: Table, widths: Sequence[float] = ()) -> list[Values]:
    """Each column of ``table`` as Python values (naive local datetimes, cleaned text, None for missing)."""
    out = []
    for i, col in enumerate(table.columns):
        s = table.frame[col.key]
        if col.kind in ("date", "datetime"):
            if isinstance(s.dtype, pd.DatetimeTZDtype):
                s = s.dt.tz_convert(book.tz).dt.tz_localize(None)
            out.append(Values(col, s.astype(object).where(s.notna(), None).tolist(), styles.KIND_STYLE[col.kind]))
        elif col.kind in ("text", "link"):
            cleaned, mask = clean_text_series(s)
            values = cleaned.tolist()
            width = widths[i] if i < len(widths) else 13.0
            small = len(values) <= WRAP_LIMIT  # small tables: every text cell styled (top-aligned like the rest)
            wrap = small and col.kind == "text" and width >= 30 and any(
                isinstance(v, str) and len(v) > width * 1.1 for v in values)
            out.append(Values(col, values, "r_wrap" if wrap else "r_text" if small else None, mask.to_numpy(), wrap))
        else:
            as_float = pd.to_numeric(s, errors="coerce")
            if not pd.api.types.is_integer_dtype(as_float):
                as_float = as_float.astype("Float64")
            valid = as_float.notna() & ~np.isinf(as_float.astype("float64").fillna(0).to_numpy())
            out.append(Values(col, as_float.astype(object).where(valid, None).tolist(),
                              styles.KIND_STYLE.get(col.kind, "r_decimal")))
    return out


def _cell_makers(book: Book, sheet: Sheet, columns: list[Values], max_links: int) -> list[Callable[[Any, int], Any]]:
    """One function per column turning a value (and its row index) into what ``ws.append`` takes."""
    ws = sheet.ws

    def plain(v: Any, i: int) -> Any:
        return v

    def styled(sid: int) -> Callable[[Any, int], Any]:
        def make(v: Any, i: int) -> Any:
            return None if v is None else StyledCell(ws, v, sid)
        return make

    def text(flags: np.ndarray, style: str) -> Callable[[Any, int], Any]:
        sid, safe = style_id(book, sheet, style), style_id(book, sheet, style, quote=True)

        def make(v: Any, i: int) -> Any:
            if v is None:
                return None
            return StyledCell(ws, v, safe if flags[i] else sid, "s")
        return make

    def link(flags: np.ndarray) -> Callable[[Any, int], Any]:
        to_text = text(flags, "r_text")
        link_style = style_id(book, sheet, "r_link")

        def make(v: Any, i: int) -> Any:
            if v is None or i >= max_links or len(v) > 2000 or not LINK_RE.match(v):
                return to_text(v, i)
            c = StyledCell(ws, v, link_style, "s")
            c.hyperlink = Hyperlink(ref="", target=v)
            return c
        return make

    makers: list[Callable[[Any, int], Any]] = []
    for col in columns:
        if col.column.kind == "link" and col.flagged is not None:
            makers.append(link(col.flagged))
        elif col.flagged is not None:
            makers.append(text(col.flagged, col.style or "r_text") if col.flagged.any() or col.style else plain)
        elif col.style:
            makers.append(styled(style_id(book, sheet, col.style)))
        else:
            makers.append(plain)
    return makers


@dataclass
class Block:
    """Where a table landed on its sheet (for its chart)."""

    sheet: Sheet
    header_row: int
    first_row: int
    last_row: int
    first_col: int
    columns: list[Values]

    def index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.column.key == key)


def write_table(book: Book, sheet: Sheet, table: Table, *, first_col: int = 1, max_links: int = 0,
                heights: bool = True) -> Block:
    """Header row and data rows of ``table`` from ``first_col``; the first ``max_links`` rows get real links.
    Rows with wrapped text get a height that shows it whole (tables up to ``WRAP_LIMIT`` rows)."""
    widths = [sheet.width(first_col + i) for i in range(len(table.columns))]
    columns = column_values(book, table, widths)
    pad: list[Any] = [None] * (first_col - 1)
    header = sheet.append(pad + [sheet.cell(c.column.label, "r_header_num" if c.numeric else "r_header")
                                 for c in columns],
                          height=wrapped_height([(c.column.label, w) for c, w in zip(columns, widths)]))
    makers = _cell_makers(book, sheet, columns, max_links)
    n = len(columns[0].values) if columns else 0
    if table.row_kinds is not None:  # one KPI a row: each row's numbers in that KPI's format
        for i, kind in enumerate(table.row_kinds):
            sid = style_id(book, sheet, styles.KIND_STYLE.get(kind, "r_decimal"))
            row = [make(c.values[i], i) if not c.numeric else
                   (None if c.values[i] is None else StyledCell(sheet.ws, c.values[i], sid))
                   for make, c in zip(makers, columns)]
            sheet.append(pad + row)
        return Block(sheet, header, header + 1, header + n, first_col, columns)
    wrapped = [(c.values, w) for c, w in zip(columns, widths) if c.wrap] if heights and n <= WRAP_LIMIT else []
    append = sheet.ws.append
    if wrapped:
        for i, values in enumerate(zip(*(c.values for c in columns))):
            sheet.append(pad + [make(v, i) for make, v in zip(makers, values)],
                         height=wrapped_height([(vals[i], w) for vals, w in wrapped]))
        return Block(sheet, header, header + 1, header + n, first_col, columns)
    for i, values in enumerate(zip(*(c.values for c in columns))):
        append(pad + [make(v, i) for make, v in zip(makers, values)])
    sheet.row += n
    return Block(sheet, header, header + 1, header + n, first_col, columns)


def heatmap(block: Block) -> None:
    """A white-to-teal colour scale over a grid's numbers (its first column holds the row labels)."""
    if len(block.columns) < 2 or block.last_row < block.first_row:
        return
    rng = f"B{block.first_row}:{get_column_letter(len(block.columns))}{block.last_row}"
    block.sheet.ws.conditional_formatting.add(rng, ColorScaleRule(start_type="min", start_color="FFFFFF",
                                                                  end_type="max", end_color="0F766E"))


def auto_filter(block: Block) -> None:
    last_col = get_column_letter(block.first_col + len(block.columns) - 1)
    first_col = get_column_letter(block.first_col)
    block.sheet.ws.auto_filter.ref = f"{first_col}{block.header_row}:{last_col}{max(block.last_row, block.header_row)}"


def _axis_format(book: Book, kind: str) -> str:
    return book.formats[styles.KIND_STYLE.get(kind, "r_decimal")] if kind != "rate" else "0%"


def add_chart(book: Book, sheet: Sheet, spec: Chart, block: Block, anchor: int) -> None:
    """The native chart ``spec`` of the table written at ``block``, anchored at row ``anchor`` of ``sheet``."""
    ws, c0 = block.sheet.ws, block.first_col
    if block.last_row < block.first_row:
        return
    if spec.kind == "scatter":
        chart: ScatterChart | LineChart | BarChart = ScatterChart()
        chart.style = 13
        x = Reference(ws, min_col=c0 + block.index(spec.category[0]), min_row=block.first_row, max_row=block.last_row)
        for key in spec.series:
            y = Reference(ws, min_col=c0 + block.index(key), min_row=block.header_row, max_row=block.last_row)
            series = Series(y, x, title_from_data=True)
            series.marker.symbol = "none"
            series.smooth = False
            chart.series.append(series)
        chart.x_axis.numFmt = _axis_format(book, spec.x_kind)
        if spec.x_range:
            chart.x_axis.scaling.min, chart.x_axis.scaling.max = spec.x_range
            chart.x_axis.majorUnit = (spec.x_range[1] - spec.x_range[0]) / 5
        chart.legend = None
    else:
        chart = LineChart() if spec.kind == "line" else BarChart()
        if isinstance(chart, BarChart):
            chart.type = "col"
            chart.gapWidth = 60
        last = block.last_row if spec.max_points is None else min(block.last_row,
                                                                  block.first_row + spec.max_points - 1)
        for key in spec.series:
            i = block.index(key)
            chart.add_data(Reference(ws, min_col=c0 + i, min_row=block.header_row, max_row=last), titles_from_data=True)
        if spec.category:
            first, final = block.index(spec.category[0]), block.index(spec.category[-1])
            ref = Reference(ws, min_col=c0 + first, max_col=c0 + final, min_row=block.first_row, max_row=last)
            chart.set_categories(ref)
            if len(spec.category) > 1:  # a two-level axis, written the way Excel writes one
                for series in chart.series:
                    series.cat = AxDataSource(multiLvlStrRef=MultiLevelStrRef(f=str(ref)))
        if spec.kind == "line" and last - block.first_row > 12:  # a readable number of date labels
            chart.x_axis.tickLblSkip = chart.x_axis.tickMarkSkip = (last - block.first_row) // 8 + 1
        if spec.x_kind in ("date", "datetime"):
            chart.x_axis.number_format = "mmm yyyy" if spec.table.endswith(("trend", "curve")) else "d mmm"
        if len(spec.series) == 1:
            chart.legend = None
        else:
            chart.legend.position = "b"
    chart.x_axis.title = spec.x_title or None
    chart.y_axis.title = spec.y_title or None
    chart.y_axis.numFmt = _axis_format(book, spec.y_kind)
    if spec.y_range:
        chart.y_axis.scaling.min, chart.y_axis.scaling.max = spec.y_range
        chart.y_axis.majorUnit = (spec.y_range[1] - spec.y_range[0]) / 5
    chart.title = spec.title
    chart.height, chart.width = CHART_HEIGHT_CM, CHART_WIDTH_CM
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    sheet.ws.add_chart(chart, f"A{anchor}")


def add_chart_image(book: Book, sheet: Sheet, spec: Chart, table: Table, anchor: int) -> None:
    """The app's Altair version of a chart as a PNG beside the native one (vl-convert); skipped with a note on the
    Data notes sheet when the image cannot be made."""
    import vl_convert  # lazily: only workbooks with chart images pay for it
    from openpyxl.drawing.image import Image

    from lib import charts

    lang = book.lang
    x = spec.category[-1] if spec.category else ""
    y = spec.series[0]
    data = table.frame
    chart: Any
    try:
        if spec.kind == "scatter":
            chart = charts.lorenz(data, x=x, y=y, lang=lang, x_title=spec.x_title, y_title=spec.y_title)
        elif spec.kind == "line":
            chart = charts.time_lines(data, x=x, y=y, lang=lang, x_title=spec.x_title, y_title=spec.y_title)
        else:
            chart = charts.bar(data.head(spec.max_points or len(data)), x, y, lang=lang, x_title=spec.x_title,
                               y_title=spec.y_title)
        png = vl_convert.vegalite_to_png(chart.to_json(), scale=1)
    except (ValueError, RuntimeError, TypeError, KeyError):
        note_once(book, book.t("report.notes.chart_images"))
        return
    img = Image(io.BytesIO(png))
    scale = min(1.0, 520 / img.width, 330 / img.height)
    img.width, img.height = int(img.width * scale), int(img.height * scale)
    sheet.ws.add_image(img, f"F{anchor}")


def add_logo(book: Book, sheet: Sheet, logo: bytes) -> None:
    from openpyxl.drawing.image import Image
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    try:
        with PILImage.open(io.BytesIO(logo)) as probe:
            probe.load()
            png = io.BytesIO()
            probe.convert("RGBA").save(png, format="PNG")
    except (UnidentifiedImageError, OSError, ValueError):
        book.notes.append(book.t("report.notes.bad_logo"))
        return
    img = Image(png)
    scale = min(1.0, 260 / img.width, 80 / img.height)
    img.width, img.height = int(img.width * scale), int(img.height * scale)
    sheet.ws.add_image(img, "A1")
    sheet.append([], height=img.height * 0.75 + 8)  # one row as tall as the logo (points = pixels x 0.75)


def note_once(book: Book, note: str) -> None:
    if note not in book.notes:
        book.notes.append(note)
