"""The Cover sheet: title, client, periods, time zone, platforms, the headline findings and the contents."""

from __future__ import annotations

from lib.report.xlsx.writer import Book, Sheet, add_logo, wrapped_height


def write(book: Book, contents: list[str]) -> None:
    outline = book.outline
    sheet = Sheet(book, book.t("report.sheet.cover"), [26, 90], portrait=True)
    if outline.logo:
        add_logo(book, sheet, outline.logo)
    sheet.texts(outline.title, style="r_title")
    sheet.blank()
    if outline.client:
        sheet.append([sheet.cell(book.t("report.cover.client"), "r_label"), sheet.cell(outline.client, "r_subtitle")])
    rows = [("report.cover.period", outline.period), ("report.cover.previous", outline.previous),
            ("report.cover.timezone", outline.timezone),
            ("report.cover.platforms", ", ".join(outline.platforms) or book.t("common.na")),
            ("report.cover.generated", outline.generated)]
    for key, value in rows:
        sheet.append([sheet.cell(book.t(key), "r_label"), sheet.cell(value, "r_text")])
    findings = outline.section("findings")
    if findings is not None:
        sheet.blank()
        sheet.texts(findings.title, style="r_section")
        for i, sentence in enumerate(findings.items, 1):
            sheet.append([sheet.cell(f"{i}.", "r_label"), sheet.cell(sentence, "r_wrap")],
                         height=wrapped_height([(sentence, 90)]))
        for note in findings.notes:
            sheet.append([None, sheet.cell(note, "r_note")])
    sheet.blank()
    sheet.texts(book.t("report.cover.contents"), style="r_section")
    for title in contents:
        sheet.append([None, sheet.cell(title, "r_text")])
    sheet.ws.print_area = f"A1:B{sheet.row}"
