"""The laid-out deck: slides as positioned boxes (points, origin top left), written to .pptx or drawn as a preview.

Text boxes carry the base size their text was fitted at (``lib.report.textfit``), so both writers set the same
text at the same size in the same box.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from lib.report.textfit import Para

SLIDE_W, SLIDE_H = 960.0, 540.0  # 13.333 x 7.5 in: 16:9
INSET = 4.0  # inner margin of every text box, each side (points)

INK = "1F2A37"  # the app's text colour
PRIMARY = "0072B2"  # the app's primary colour
MUTED = "6B7280"
LIGHT = "F3F6F9"  # the app's secondary background
RULE = "D1D5DB"
GOOD = "0072B2"  # colour-blind-safe pair of lib.charts
BAD = "D55E00"
WATCH = "8A5A00"  # a dark amber for "watch", apart from both
WHITE = "FFFFFF"
FONT = "Arial"  # set on every run; measured with Vera, which is wider


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    w: float
    h: float
    paras: tuple[Para, ...]
    size: float  # base size in points (each paragraph: size x its scale)
    colour: str = INK
    colours: tuple[str | None, ...] = ()  # per paragraph, overriding ``colour``
    align: Literal["left", "right", "center"] = "left"
    anchor: Literal["top", "middle", "bottom"] = "top"
    fill: str | None = None
    gap: float = 0.3  # space between paragraphs, times ``size``
    name: str = ""

    def colour_of(self, i: int) -> str:
        return (self.colours[i] if i < len(self.colours) else None) or self.colour


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str


@dataclass(frozen=True)
class Picture:
    x: float
    y: float
    w: float
    h: float
    png: bytes
    name: str = "logo"


@dataclass(frozen=True)
class ChartData:
    """A native chart: ``kind`` bar (columns), hbar (bars), line or scatter; ``categories`` label the points
    (for a scatter, ``x`` holds the x values); each series is (name, values)."""

    kind: Literal["bar", "hbar", "line", "scatter"]
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]
    number_format: str = "General"
    x: tuple[float, ...] = ()
    x_format: str = "General"
    y_title: str = ""
    x_title: str = ""
    y_range: tuple[float, float] | None = None
    x_range: tuple[float, float] | None = None
    percent: bool = False  # values are fractions shown as percentages


@dataclass(frozen=True)
class Chart:
    x: float
    y: float
    w: float
    h: float
    data: ChartData


@dataclass(frozen=True)
class Cell:
    text: str
    bold: bool = False
    colour: str = INK
    align: Literal["left", "right", "center"] = "left"


@dataclass(frozen=True)
class Grid:
    """A table: header and rows of cells, column widths (points, summing to ``w``), one text size, row heights
    measured so that every cell's wrapped text fits."""

    x: float
    y: float
    w: float
    widths: tuple[float, ...]
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    size: float
    heights: tuple[float, ...]  # header first

    @property
    def h(self) -> float:
        return sum(self.heights)


Element = Text | Rect | Picture | Chart | Grid


@dataclass
class Slide:
    kind: str  # cover, verdicts, area, scorecard, notes
    title: str
    elements: list[Element] = field(default_factory=list)
    notes: str = ""  # speaker notes
    section: str = ""  # the outline section it shows
