"""A section's sheet (the five areas, and any section without a sheet of its own): key figures, then each table
under its title with its native chart above it; tables that only feed a chart go to the hidden chart-data sheet."""

from __future__ import annotations

from collections import Counter

import pandas as pd

from lib.report.outline.model import Chart, Column, Figure, Section, Table
from lib.report.xlsx import figures
from lib.report.xlsx.writer import (
    CHART_ROWS,
    Block,
    Book,
    Sheet,
    add_chart,
    add_chart_image,
    auto_filter,
    heatmap,
    write_table,
)

WIDTHS = [34, 14, 22, 22, 44, 14, 14, 14, 14, 14, 14, 14, 14, 14]  # A-E also hold the key figures


def write(book: Book, section: Section) -> None:
    sheet = Sheet(book, book.t(f"report.sheet.{section.key}"), WIDTHS, freeze=None)
    sheet.heading(section.title, section.subtitle)
    charts = {c.table: c for c in section.charts}
    if section.figures:
        sheet.blank()
        sheet.texts(book.t("report.kpi.key_figures"), style="r_section")
        figures.append_header(sheet)
        for fig in section.figures:
            figures.append(sheet, fig)
        if not charts:
            _versus_previous(book, sheet, section.figures)
    for item in section.items:
        sheet.texts(item, style="r_text")
    biggest: Block | None = None
    for table in section.tables:
        spec = charts.get(table.key)
        sheet.blank()
        sheet.texts(table.title, style="r_section")
        if table.missing:
            sheet.texts(table.missing, style="r_note")
            continue
        if table.note:
            sheet.texts(table.note, style="r_note")
        if not table.printed:  # its points live on the hidden chart-data sheet, the chart here
            if not spec:
                sheet.texts(book.t("report.table.no_values"), style="r_note")
            else:
                anchor = sheet.row + 1
                sheet.blank(CHART_ROWS)
                data = book.chart_data()
                data.texts(table.title, style="r_section")
                add_chart(book, sheet, spec, write_table(book, data, table, heights=False), anchor)
            continue
        anchor = sheet.row + 1
        if spec:
            sheet.blank(CHART_ROWS)
        block = write_table(book, sheet, table)
        if spec:
            add_chart(book, sheet, spec, block, anchor)
            if book.chart_images:
                add_chart_image(book, sheet, spec, table, anchor)
        if table.key == "conversation_starts":
            heatmap(block)
        if biggest is None or block.last_row - block.first_row > biggest.last_row - biggest.first_row:
            biggest = block
    if biggest is not None and biggest.columns:
        auto_filter(biggest)
    for note in section.notes:
        if not any(note == t.note for t in section.tables):
            sheet.texts(note, style="r_note")


def _versus_previous(book: Book, sheet: Sheet, figs: tuple[Figure, ...]) -> None:
    """No table to chart: this period against the previous one, for the figures of the most common kind that have
    both values (one unit on the axis). Nothing is drawn when no figure has both."""
    both = [f for f in figs if f.value is not None and f.previous is not None]
    if not both:
        return
    counts = Counter(f.kind for f in both)
    kind = max(counts, key=lambda k: counts[k])
    chosen = [f for f in both if f.kind == kind]
    value, previous = book.t("report.kpi.value"), book.t("report.kpi.previous")
    table = Table("versus_previous", book.t("report.chart.vs_previous"),
                  (Column("label", book.t("report.kpi.label"), "text"), Column("value", value, kind),
                   Column("previous", previous, kind)),
                  pd.DataFrame({"label": [f.label for f in chosen], "value": [f.value for f in chosen],
                                "previous": [f.previous for f in chosen]}), len(chosen))
    spec = Chart("bar", table.title, table.key, ("label",), ("value", "previous"), y_kind=kind)
    sheet.blank()
    anchor = sheet.row + 1
    sheet.blank(CHART_ROWS)
    data = book.chart_data()
    data.texts(f"{sheet.ws.title}: {table.title}", style="r_section")
    add_chart(book, sheet, spec, write_table(book, data, table, heights=False), anchor)
