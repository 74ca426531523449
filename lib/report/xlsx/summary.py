"""The Summary sheet: quality KPIs (the headline) beside quantity KPIs (for contrast)."""

from __future__ import annotations

from lib.report.outline.model import Section
from lib.report.xlsx import figures
from lib.report.xlsx.writer import Book, Sheet


def write(book: Book, section: Section) -> None:
    """Quality KPIs (the headline) first, then quantity KPIs (for contrast), one block under the other so the
    printed page stays readable."""
    sheet = Sheet(book, book.t("report.sheet.summary"), figures.WIDTHS, freeze="B3")
    sheet.heading(section.title, section.subtitle)
    for quality, title in ((True, "report.summary.quality"), (False, "report.summary.quantity")):
        rows = [f for f in section.figures if f.quality is quality]
        if not rows:
            continue
        sheet.blank()
        sheet.texts(book.t(title), style="r_section")
        figures.append_header(sheet)
        for fig in rows:
            figures.append(sheet, fig)
