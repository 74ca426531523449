"""The Verdicts and actions sheet: each area's verdict in its status colour, then the ranked actions with the
figures that show they are needed and what done means."""

from __future__ import annotations

from lib.report.outline.model import Section
from lib.report.xlsx.writer import Book, Sheet, wrapped_height

WIDTHS = [26, 14, 56, 44, 18]
STATUS_STYLE = {"good": "r_good", "watch": "r_neutral", "act": "r_bad", "unknown": "r_neutral"}


def write(book: Book, section: Section) -> None:
    sheet = Sheet(book, book.t("report.sheet.advice"), WIDTHS)
    sheet.heading(section.title, section.subtitle)
    t = book.t
    if section.verdicts:
        sheet.blank()
        sheet.texts(t("report.advice.verdicts"), style="r_section")
        sheet.append([sheet.cell(t(f"report.advice.{k}"), "r_header") for k in ("area", "status", "verdict")])
        for v in section.verdicts:
            sheet.append([sheet.cell(v.area, "r_label"), sheet.cell(v.status_text, STATUS_STYLE[v.status]),
                          sheet.cell(v.text, "r_wrap")], height=wrapped_height([(v.text, WIDTHS[2])]))
    sheet.blank()
    sheet.texts(t("report.advice.actions"), style="r_section")
    if section.actions:
        sheet.append([sheet.cell(t(f"report.advice.{k}"), "r_header")
                      for k in ("action", "status", "evidence", "done", "page")])
        for a in section.actions:
            title = f"{a.rank}. {a.title}"
            sheet.append([sheet.cell(title, "r_label_wrap"), sheet.cell(a.status_text, "r_bad" if a.urgent else "r_neutral"),
                          sheet.cell(a.evidence, "r_wrap"), sheet.cell(a.done, "r_wrap"), sheet.cell(a.page, "r_text")],
                         height=wrapped_height([(title, WIDTHS[0]), (a.evidence, WIDTHS[2]), (a.done, WIDTHS[3])]))
    for note in section.notes:
        sheet.texts(note, style="r_text")
