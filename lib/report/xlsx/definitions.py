"""The Definitions sheet: what each KPI means, how it is computed, why it matters, how to improve it."""

from __future__ import annotations

from lib.report.outline.model import Section
from lib.report.xlsx.writer import Book, Sheet, auto_filter, write_table


def write(book: Book, section: Section) -> None:
    table = section.tables[0]
    sheet = Sheet(book, book.t("report.sheet.definitions"), [30, 14, 48, 48, 48], freeze="B3")
    sheet.texts(table.title, style="r_title")
    block = write_table(book, sheet, table)
    auto_filter(block)
    sheet.ws.print_title_rows = f"{block.header_row}:{block.header_row}"
