"""The Posts sheet: every post of the period ranked by conversation, with its link (real links up to Excel's limit)."""

from __future__ import annotations

from lib.i18n import format as fmt
from lib.report.outline.model import Section
from lib.report.xlsx import writer
from lib.report.xlsx.writer import Book, Sheet, auto_filter, write_table

WIDTHS = {"text": 60, "permalink": 36, "published_at": 16, "platform": 11, "post_type": 10, "rank": 6}


def write(book: Book, section: Section) -> None:
    table = section.tables[0]
    if table.missing:
        sheet = Sheet(book, book.t("report.sheet.posts"), [60])
        sheet.heading(table.title)
        sheet.texts(table.missing, style="r_note")
        return
    notes = list(section.notes)
    if any(c.kind == "link" for c in table.columns) and len(table.frame) > writer.MAX_LINKS:
        notes.append(book.t("report.posts.links_capped", shown=fmt.number(writer.MAX_LINKS, book.lang)))
    widths = [WIDTHS.get(c.key, 11) for c in table.columns]
    header_row = 2 + len(notes)
    sheet = Sheet(book, book.t("report.sheet.posts"), widths, freeze=f"B{header_row + 1}")
    sheet.texts(table.title, style="r_title")
    for note in notes:
        sheet.texts(note, style="r_note")
        book.notes.append(f"{book.t('report.sheet.posts')}: {note}")
    block = write_table(book, sheet, table, max_links=writer.MAX_LINKS)
    auto_filter(block)
    sheet.ws.print_title_rows = f"{block.header_row}:{block.header_row}"
