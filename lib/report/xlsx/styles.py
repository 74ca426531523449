"""Named styles and number formats of the report workbook (one look for every sheet)."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

INK = "1F2937"
ACCENT = "0F766E"
MUTED = "6B7280"
GOOD = "047857"
BAD = "B91C1C"
HEADER_FILL = "E6F2F1"
LINK = "1D4ED8"

COUNT = "#,##0"
DECIMAL = "#,##0.00"
RATE = "0.0%"
INDEX = "0.00"
DATE = "yyyy-mm-dd"
DATETIME = "yyyy-mm-dd hh:mm"


def hours_format(lang: str) -> str:
    return '#,##0.0 "h"'


def days_format(lang: str) -> str:
    return '#,##0.0 "g"' if lang == "it" else '#,##0.0 "d"'


def money_format(currency: str | None) -> str:
    symbol = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF", "PLN": "zł"}.get((currency or "").upper(), currency or "")
    return f'#,##0.00 "{symbol}"' if symbol else DECIMAL


def change_format(base: str) -> str:
    """A number format that shows an arrow and a sign: ``▲ +12.0%``, ``▼ -3.0%``, ``0.0%``."""
    return f'"▲ "+{base};"▼ "-{base};{base}'


def points_format(unit: str) -> str:
    """A change in percentage points (the value is in points): ``▲ +3.1 pp``, ``▼ -0.4 p.p.``."""
    return change_format(f'0.0" {unit}"')


_thin = Side(style="thin", color="D1D5DB")


def _style(name: str, *, font: Font | None = None, number_format: str = "General", fill: str | None = None,
           wrap: bool = False, border: bool = False, align: str | None = None) -> NamedStyle:
    style = NamedStyle(name=name)
    style.font = font or Font(name="Calibri", size=10, color=INK)
    style.number_format = number_format
    if fill:
        style.fill = PatternFill("solid", fgColor=fill)
    style.alignment = Alignment(wrap_text=wrap, vertical="top", horizontal=align)
    if border:
        style.border = Border(bottom=_thin)
    return style


def register(wb: Workbook, *, lang: str, currency: str | None) -> dict[str, str]:
    """Add the report's named styles to ``wb`` (``r_title``, ``r_header``, ``r_count``, ``r_rate``...).

    Returns each style's number format by name.
    """
    body = Font(name="Calibri", size=10, color=INK)
    styles = [
        _style("r_title", font=Font(name="Calibri", size=18, bold=True, color=ACCENT)),
        _style("r_subtitle", font=Font(name="Calibri", size=12, bold=True, color=INK)),
        _style("r_section", font=Font(name="Calibri", size=11, bold=True, color=ACCENT)),
        _style("r_header", font=Font(name="Calibri", size=10, bold=True, color=INK), fill=HEADER_FILL,
               wrap=True, border=True),
        _style("r_header_num", font=Font(name="Calibri", size=10, bold=True, color=INK), fill=HEADER_FILL,
               wrap=True, border=True, align="right"),
        _style("r_label", font=Font(name="Calibri", size=10, bold=True, color=INK)),
        _style("r_label_wrap", font=Font(name="Calibri", size=10, bold=True, color=INK), wrap=True),
        _style("r_text", font=body),
        _style("r_wrap", font=body, wrap=True),
        _style("r_note", font=Font(name="Calibri", size=9, italic=True, color=MUTED)),
        _style("r_note_wrap", font=Font(name="Calibri", size=9, italic=True, color=MUTED), wrap=True),
        _style("r_count", font=body, number_format=COUNT),
        _style("r_decimal", font=body, number_format=DECIMAL),
        _style("r_rate", font=body, number_format=RATE),
        _style("r_index", font=body, number_format=INDEX),
        _style("r_hours", font=body, number_format=hours_format(lang)),
        _style("r_days", font=body, number_format=days_format(lang)),
        _style("r_money", font=body, number_format=money_format(currency)),
        _style("r_date", font=body, number_format=DATE),
        _style("r_datetime", font=body, number_format=DATETIME),
        _style("r_link", font=Font(name="Calibri", size=10, color=LINK, underline="single")),
        _style("r_good", font=Font(name="Calibri", size=10, bold=True, color=GOOD)),
        _style("r_bad", font=Font(name="Calibri", size=10, bold=True, color=BAD)),
        _style("r_neutral", font=Font(name="Calibri", size=10, color=MUTED)),
    ]
    for style in styles:
        wb.add_named_style(style)
    return {style.name: style.number_format for style in styles}


KIND_STYLE = {"count": "r_count", "rate": "r_rate", "ratio": "r_decimal", "hours": "r_hours", "days": "r_days",
              "money": "r_money", "index": "r_index", "decimal": "r_decimal", "date": "r_date",
              "datetime": "r_datetime"}
