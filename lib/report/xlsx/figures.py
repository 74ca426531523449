"""Key figures as rows of cells: KPI, this period, previous period, change (in its unit), note."""

from __future__ import annotations

from typing import Any

from lib.report.outline.model import Figure
from lib.report.xlsx import styles
from lib.report.xlsx.writer import Sheet, wrapped_height

WIDTHS = (40, 14, 22, 22, 44)  # columns of a key-figure block ("no earlier data" fits the previous and change)


def append_header(sheet: Sheet) -> int:
    """KPI, this period, previous period, change, note: as tall as its wrapped labels."""
    t = sheet.book.t
    labels = [t(f"report.kpi.{k}") for k in ("label", "value", "previous", "change", "note")]
    return sheet.append([sheet.cell(v, "r_header_num" if 0 < i < 4 else "r_header") for i, v in enumerate(labels)],
                        height=wrapped_height([(v, sheet.width(i)) for i, v in enumerate(labels, 1)]))


def row(sheet: Sheet, fig: Figure) -> list[Any]:
    """One figure: numbers in the KPI's format, the change as points (rates), percent or the KPI's unit, or the
    words saying why there is none; the note says why a value is n/a and which export would provide it."""
    book = sheet.book
    style = styles.KIND_STYLE.get(fig.kind, "r_decimal")
    change = fig.change
    tone = "r_neutral"
    if change is not None and change.better is not None:
        tone = "r_good" if change.better else "r_bad"
    if change is None:
        change_cell = None
    elif change.unit == "none" or change.value is None:
        change_cell = sheet.cell(change.text, "r_neutral")
    elif change.unit == "pp":
        change_cell = sheet.cell(change.value, tone, styles.points_format(book.t("report.unit.pp")))
    elif change.unit == "percent":
        change_cell = sheet.cell(change.value, tone, styles.change_format(styles.RATE))
    else:
        change_cell = sheet.cell(change.value, tone, styles.change_format(book.formats[style]))
    return [sheet.cell(fig.label, "r_label"), sheet.cell(fig.value, style) if fig.value is not None else
            sheet.cell(fig.text, "r_neutral"),
            sheet.cell(fig.previous_text, "r_neutral") if fig.previous is None and fig.value is not None
            else sheet.cell(fig.previous, style),
            change_cell,
            sheet.cell(note(sheet, fig), "r_note_wrap")]


def note(sheet: Sheet, fig: Figure) -> str | None:
    """Why a value is n/a, and which export would provide it."""
    if fig.value is None:
        reason = sheet.book.t("report.kpi.unavailable", reason=str(fig.na_reason).rstrip("."))
        return f"{reason}. {fig.need}" if fig.need else f"{reason}."
    return None


def append(sheet: Sheet, fig: Figure) -> int:
    """The figure's row, as tall as its wrapped note."""
    return sheet.append(row(sheet, fig), height=wrapped_height([(note(sheet, fig), sheet.width(5))]))
