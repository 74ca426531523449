"""The Data notes sheet: time zone, sources and their warnings, what could not be computed and why, caveats."""

from __future__ import annotations

from lib.report.outline.model import Section
from lib.report.xlsx.writer import Book, Sheet, write_table

WIDTHS = [34, 14, 44, 50, 14, 14]


def write(book: Book, section: Section) -> None:
    sheet = Sheet(book, book.t("report.sheet.data_notes"), WIDTHS)
    sheet.heading(section.title)
    for note in section.notes:
        sheet.texts(note, style="r_text")
    for table in section.tables:
        sheet.blank()
        sheet.texts(table.title, style="r_section")
        if table.missing:
            sheet.texts(table.missing, style="r_note")
        else:
            write_table(book, sheet, table)
    capped = [f"{t.title}: {t.note}" for s in book.outline.sections for t in s.tables if t.note]
    caveats = list(dict.fromkeys([*section.items, *capped, *book.notes]))
    if caveats:
        sheet.blank()
        sheet.texts(book.t("report.notes.caveats"), style="r_section")
        for note in caveats:
            sheet.texts(note, style="r_text")  # one line, running over the empty cells beside it
