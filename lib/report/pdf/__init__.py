"""The PDF report of a report outline (reportlab): ``build_pdf(outline) -> bytes``.

A4 pages a client can read on a phone: the cover, the findings (or the advice's verdicts and actions), one page per
area with its chart and key figures, the channel scorecard, the definitions of the KPIs shown, the data notes. Every
text from the outline goes through ``_p`` (escaped: user text never becomes reportlab markup).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape  # nosec B406: escapes text for reportlab markup, parses no XML

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from lib.i18n import t
from lib.report import display
from lib.report import textfit as tf
from lib.report.deck.layout import SCORECARD_COLUMNS, _logo_png
from lib.report.outline.model import Figure, Outline, Section
from lib.report.pdf.chart_images import chart_images
from lib.report.safe import clean_text

MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN
INK, PRIMARY, MUTED, LIGHT = (colors.HexColor(f"#{c}") for c in ("1F2A37", "0072B2", "6B7280", "F3F6F9"))
GOOD, BAD = colors.HexColor("#0072B2"), colors.HexColor("#D55E00")
STATUS_COLOUR = {"good": GOOD, "watch": colors.HexColor("#8A5A00"), "act": BAD, "unknown": MUTED}
CHART_HEIGHT = 68 * mm
SectionFilter = Callable[[str], bool]


def _styles() -> dict[str, ParagraphStyle]:
    tf.register_fonts()
    body = ParagraphStyle("body", fontName=tf.REGULAR, fontSize=12, leading=16, textColor=INK, spaceAfter=6)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=10, leading=13, textColor=MUTED, spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=body, fontSize=10.5, leading=13, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=tf.BOLD, fontSize=10.5, leading=13,
                                    spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", parent=body, fontSize=10.5, leading=13, spaceAfter=0,
                                     alignment=TA_RIGHT),
        "value": ParagraphStyle("value", parent=body, fontName=tf.BOLD, fontSize=12, leading=15, spaceAfter=0,
                                alignment=TA_RIGHT, textColor=PRIMARY),
        "h1": ParagraphStyle("h1", parent=body, fontName=tf.BOLD, fontSize=22, leading=27, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=body, fontName=tf.BOLD, fontSize=14, leading=18, spaceBefore=8,
                             spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=12, leading=15, textColor=MUTED,
                                   spaceAfter=12),
        "client": ParagraphStyle("client", parent=body, fontName=tf.BOLD, fontSize=30, leading=36, spaceAfter=10),
        "cover_title": ParagraphStyle("cover_title", parent=body, fontSize=18, leading=23, textColor=PRIMARY,
                                      spaceAfter=18),
        "head": ParagraphStyle("head", parent=body, fontName=tf.BOLD, fontSize=9, leading=11, spaceAfter=0),
        "head_right": ParagraphStyle("head_right", parent=body, fontName=tf.BOLD, fontSize=9, leading=11,
                                     spaceAfter=0, alignment=TA_RIGHT),
        "small_cell": ParagraphStyle("small_cell", parent=body, fontSize=9.5, leading=12, spaceAfter=0),
        "small_bold": ParagraphStyle("small_bold", parent=body, fontName=tf.BOLD, fontSize=9.5, leading=12,
                                     spaceAfter=0),
        "small_right": ParagraphStyle("small_right", parent=body, fontSize=9.5, leading=12, spaceAfter=0,
                                      alignment=TA_RIGHT),
        "def_label": ParagraphStyle("def_label", parent=body, fontName=tf.BOLD, fontSize=10, leading=12.5,
                                    spaceAfter=0),
        "def": ParagraphStyle("def", parent=body, fontSize=9.5, leading=12, textColor=MUTED, spaceAfter=4),
        "action": ParagraphStyle("action", parent=body, fontName=tf.BOLD, fontSize=12, leading=15, leftIndent=18,
                                 firstLineIndent=-18, spaceBefore=6, spaceAfter=2),
        "action_text": ParagraphStyle("action_text", parent=body, fontSize=10.5, leading=13.5, leftIndent=18,
                                      spaceAfter=2),
        "action_done": ParagraphStyle("action_done", parent=body, fontSize=10, leading=13, leftIndent=18,
                                      textColor=MUTED, spaceAfter=6),
        "item": ParagraphStyle("item", parent=body, fontSize=14, leading=19, leftIndent=22, firstLineIndent=-22,
                               spaceAfter=12),
    }


def _p(text: object, style: ParagraphStyle, colour: colors.Color | None = None) -> Paragraph:
    """A paragraph of plain text: escaped, no control characters, line breaks kept."""
    safe = escape(clean_text(str(text))).replace("\n", "<br/>")
    if colour is not None:
        safe = f'<font color="{colour.hexval().replace("0x", "#")}">{safe}</font>'
    return Paragraph(safe, style)


class _Report:
    def __init__(self, outline: Outline, images: dict[str, bytes | None]):
        self.o = outline
        self.images = images  # section key -> its chart's image
        self.lang = outline.lang
        self.s = _styles()
        self.story: list[Flowable] = []
        self.shown: list[Figure] = []  # figures shown on the area pages, for the definitions

    def t(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def heading(self, title: str, subtitle: str = "") -> None:
        self.add(_p(title, self.s["h1"]))
        if subtitle:
            self.add(_p(subtitle, self.s["subtitle"]))

    # ------------------------------------------------------------------------------------------ pages
    def cover(self) -> None:
        o, s = self.o, self.s
        logo = _logo_png(o.logo)
        if logo:
            png, (w, h) = logo
            scale = min(60 * mm / w, 28 * mm / h)
            img = Image(io.BytesIO(png), width=w * scale, height=h * scale)
            img.hAlign = "LEFT"
            self.add(img, Spacer(1, 14 * mm))
        else:
            self.add(Spacer(1, 30 * mm))
        if o.client:
            self.add(_p(o.client, s["client"]))
        self.add(_p(o.title, s["cover_title"]), _p(o.period, s["h2"]),
                 _p(display.compared_line(o), s["body"]),
                 _p(self.t("docs.cover.platforms", names=", ".join(o.platforms)) if o.platforms
                    else self.t("docs.cover.no_platforms"), s["body"]),
                 _p(self.t("docs.cover.generated", when=o.generated, tz=o.timezone), s["small"]))
        if o.anonymized:
            self.add(_p(self.t("docs.cover.anonymized"), s["small"]))
        self.add(PageBreak())

    def verdicts(self) -> None:
        """The advice's verdicts and actions when the outline has them, else the headline findings."""
        advice = self.o.section("advice")
        if advice is not None and advice.verdicts:
            self.advice(advice)
            return
        section = self.o.section("findings")
        self.heading(self.t("docs.verdicts.findings"), self.o.period)
        items = list(section.items) if section else []
        for i, item in enumerate(items, 1):
            self.add(_p(f"{i}.\u00a0\u00a0{item}", self.s["item"]))
        for note in (section.notes if section else ()) or ([] if items else [self.t("docs.verdicts.none")]):
            self.add(_p(note, self.s["body"]))
        self.add(PageBreak())

    def advice(self, section: Section) -> None:
        s = self.s
        self.heading(section.title, section.subtitle)
        rows = [[_p(f"{v.area}: {v.status_text}", s["cell_bold"], STATUS_COLOUR[v.status]), _p(v.text, s["cell"])]
                for v in section.verdicts]
        grid = Table(rows, colWidths=[WIDTH * 0.27, WIDTH * 0.73])
        grid.setStyle(_grid_style())
        self.add(_p(self.t("report.advice.verdicts"), s["h2"]), grid, Spacer(1, 4 * mm),
                 _p(self.t("report.advice.actions"), s["h2"]))
        for a in section.actions:
            self.add(KeepTogether([_p(f"{a.rank}.\u00a0\u00a0{a.title}", s["action"], BAD if a.urgent else None),
                                   _p(a.evidence, s["action_text"]), _p(a.done, s["action_done"])]))
        for note in section.notes:
            self.add(_p(note, s["body"]))
        self.add(PageBreak())

    def area(self, section: Section) -> None:
        self.heading(section.title, section.subtitle)
        found = _area_points(section, self.lang)
        if found is not None:
            png = self.images.get(section.key)
            self.add(_p(found.chart.title, self.s["h2"]))
            if png:
                img = Image(io.BytesIO(png))
                tall = (CHART_HEIGHT * 0.7 if section.key == "channels"  # room for the scorecard
                        else CHART_HEIGHT * 1.6 if found.chart.kind == "bar" and len(found.categories) > 8  # bars
                        else CHART_HEIGHT)
                scale = min(WIDTH / img.imageWidth, tall / img.imageHeight)
                img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
                self.add(img, Spacer(1, 4 * mm))
            else:
                self.add(_p(self.t("docs.pdf.chart_failed"), self.s["small"]))
        shown, _, missing = display.key_figures(section)
        if found is None and shown:  # (with no figure either, the lines below say what is missing)
            self.add(_p(self.t("docs.chart.none", reason=_no_chart_reason(section, self.lang)), self.s["small"]))
        self.shown += shown
        if shown:
            self.add(CondPageBreak(60 * mm), _p(self.t("docs.pdf.figures"), self.s["h2"]), self._figures(shown))
        if missing and not shown:  # nothing to show: why, and which export would fill it
            self.add(*(_p(line, self.s["body"]) for line in display.missing_lines(missing, self.lang)))
        elif missing:
            self.add(Spacer(1, 3 * mm), _p(self.t("docs.figure.na_here", labels=", ".join(f.label for f in missing)),
                                           self.s["small"]))
        if section.key == "channels":  # (the section's notes are about the workbook's tables: not shown here)
            self.scorecard()
        self.add(PageBreak())

    def _figures(self, figures: Sequence[Figure]) -> Flowable:
        """KPI, value, change, previous value; without any earlier value, KPI and value and one line saying so."""
        s = self.s
        if display.without_earlier(figures):
            rows = [[_p(self.t("report.kpi.label"), s["cell_bold"]), _p(self.t("report.kpi.value"), s["cell_bold"])]]
            rows += [[_p(f.label, s["cell"]), _p(f.text, s["value"])] for f in figures]
            table = Table(rows, colWidths=[WIDTH * 0.62, WIDTH * 0.38], repeatRows=1)
            table.setStyle(_grid_style())
            return KeepTogether([table, Spacer(1, 2 * mm),
                                 _p(self.t("docs.no_earlier", previous=self.o.previous), s["small"])])
        rows = [[_p(self.t("report.kpi.label"), s["cell_bold"]), _p(self.t("report.kpi.value"), s["cell_bold"]),
                 _p(self.t("docs.pdf.change"), s["cell_bold"]), _p(self.t("report.kpi.previous"), s["cell_bold"])]]
        for f in figures:
            change = f.change
            tone = None if change is None or change.better is None else (GOOD if change.better else BAD)
            rows.append([_p(f.label, s["cell"]), _p(f.text, s["value"]),
                         _p(change.text if change else "", s["cell_right"], tone),
                         _p(f.previous_text, s["cell_right"])])
        table = Table(rows, colWidths=[WIDTH * 0.43, WIDTH * 0.19, WIDTH * 0.2, WIDTH * 0.18], repeatRows=1)
        table.setStyle(_grid_style())
        return table

    def scorecard(self) -> None:
        section = self.o.section("channels")
        table = section.table("channel_scorecard") if section else None
        self.add(CondPageBreak(50 * mm), _p(table.title if table else self.t("docs.scorecard.title"), self.s["h2"]))
        if table is None or table.missing or table.frame.empty:
            self.add(_p(table.missing if table and table.missing else self.t("docs.scorecard.none"), self.s["body"]))
            return
        keys = [k for k in SCORECARD_COLUMNS if k in table.frame.columns and table.frame[k].notna().any()]
        kinds = {c.key: c.kind for c in table.columns}
        labels = {c.key: c.label for c in table.columns}
        numeric = {k for k in keys if kinds.get(k) not in ("text", "link", "date", "datetime")}
        keep = self.t("verdict.keep")
        records = table.frame.to_dict(orient="records")
        texts = {k: tuple(display.cell_text(r.get(k), kinds.get(k, "text"), self.lang, self.o.currency)
                          for r in records) for k in keys}
        bold = {"platform", "verdict"}
        columns = [tf.ColumnText(labels[k], texts[k], k in bold) for k in keys]
        size, widths = _fitted_widths(columns)
        head = ParagraphStyle("sc_head", fontName=tf.BOLD, fontSize=size - 0.5, leading=(size - 0.5) * 1.22,
                              textColor=INK)
        cell = ParagraphStyle("sc_cell", fontName=tf.REGULAR, fontSize=size, leading=size * 1.26, textColor=INK)
        styles = {"head": head, "head_right": ParagraphStyle("sc_head_r", parent=head, alignment=TA_RIGHT),
                  "cell": cell, "bold": ParagraphStyle("sc_bold", parent=cell, fontName=tf.BOLD),
                  "right": ParagraphStyle("sc_right", parent=cell, alignment=TA_RIGHT)}
        rows = [[_p(labels[k], styles["head_right"] if k in numeric else styles["head"]) for k in keys]]
        for i, record in enumerate(records):
            row = []
            for k in keys:
                colour = (GOOD if record.get(k) == keep else BAD) if k == "verdict" and record.get(k) else None
                style = styles["right"] if k in numeric else styles["bold"] if k in bold else styles["cell"]
                row.append(_p(texts[k][i], style, colour))
            rows.append(row)
        grid = Table(rows, colWidths=widths, repeatRows=1)
        grid.setStyle(_grid_style())
        self.add(grid)

    def definitions(self) -> None:
        lines = display.definition_lines(self.o, dict.fromkeys(self.shown))
        if not lines:
            return
        self.heading(self.t("report.sheet.definitions"), self.t("docs.pdf.definitions_intro"))
        defs = display.definitions(self.o)
        for f in dict.fromkeys(self.shown):
            if f.key in defs:
                label, formula, why = defs[f.key]
                self.add(KeepTogether([_p(label, self.s["def_label"]), _p(formula, self.s["def"])]))
        self.add(CondPageBreak(70 * mm))  # the data notes follow on the same page when there is room

    def data_notes(self) -> None:
        section = self.o.section("data_notes")
        if section is None:
            return
        s = self.s
        self.heading(section.title, self.o.period)
        for note in section.notes:
            self.add(_p(note, s["body"]))
        sources = display.source_lines(section, self.lang)
        if sources:
            self.add(_p(self.t("docs.notes.sources"), s["h2"]), *(_p(x, s["small"]) for x in sources))
        missing = display.unavailable_lines(section, self.lang)
        self.add(_p(self.t("docs.notes.unavailable"), s["h2"]),
                 *(_p(x, s["small"]) for x in missing or [self.t("docs.notes.all_computed")]))
        if section.items:
            self.add(_p(self.t("docs.notes.caveats"), s["h2"]), *(_p(x, s["small"]) for x in section.items))


CELL_PAD = 12.0  # a table cell's left and right padding (reportlab's default 6 + 6 points)


def _fitted_widths(columns: list[tf.ColumnText], sizes: Sequence[float] = (9.5, 9.0, 8.5, 8.0, 7.5, 7.0)
                   ) -> tuple[float, list[float]]:
    """The largest cell size (headers half a point smaller) at which no header or cell word is broken, and the
    column widths measured at it; at the smallest size, even widths."""
    for size in sizes:
        widths = tf.column_widths(columns, WIDTH, size=size, header_size=size - 0.5, pad=CELL_PAD + 1)  # + rounding
        if widths is not None:
            return size, widths
    return sizes[-1], [WIDTH / len(columns)] * len(columns)


def _grid_style() -> TableStyle:
    return TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#D1D5DB")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ])


def _area_points(section: Section, lang: str) -> display.Points | None:
    return display.first_points(section, lang) or display.versus_previous(section, lang)


def _no_chart_reason(section: Section, lang: str) -> str:
    reasons = [tab.missing for tab in section.tables if tab.missing]
    return reasons[0] if reasons else t("docs.chart.no_data", lang)


def build_pdf(outline: Outline, *, include: SectionFilter | None = None) -> bytes:
    """The PDF bytes of ``outline``; ``include(section_key)`` returns False for areas to leave out."""
    keep = include or (lambda key: True)
    areas = [s for s in (outline.section(k) for k in display.AREAS) if s is not None and keep(s.key)]
    points = {s.key: p for s in areas if (p := _area_points(s, outline.lang)) is not None}
    report = _Report(outline, chart_images(points, outline.lang))
    report.cover()
    report.verdicts()
    for section in areas:
        report.area(section)
    report.definitions()
    report.data_notes()
    client = outline.client or ""
    footer = t("docs.footer", outline.lang, client=client, period=outline.period) if client else outline.period

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFillColor(PRIMARY)
        canvas.rect(0, A4[1] - 6, A4[0], 6, stroke=0, fill=1)
        if doc.page > 1:
            canvas.setFont(tf.REGULAR, 9)
            canvas.setFillColor(MUTED)
            canvas.drawString(MARGIN, 10 * mm, clean_text(footer)[:120])
            canvas.drawRightString(A4[0] - MARGIN, 10 * mm, str(doc.page))
        canvas.restoreState()

    rl_config.useA85 = 0  # binary streams: ASCII85 is larger and reportlab encodes it in pure Python
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=clean_text(outline.title), author="Conversa",
                            subject=clean_text(client), lang=outline.lang)
    doc.build(report.story, onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue()


__all__ = ["build_pdf"]
