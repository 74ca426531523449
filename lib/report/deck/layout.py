"""Lay an outline out as slides: cover, verdicts (or findings), one slide per area with its key figures and one
native chart, the channel scorecard, the data notes. Every text is fitted to its box (``lib.report.textfit``):
shrunk down to a floor, and lists that still do not fit continue on another slide."""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence

from lib.i18n import t
from lib.report import display
from lib.report import textfit as tf
from lib.report.deck import model as M
from lib.report.outline.model import Figure, Outline, Section
from lib.report.textfit import Para

MARGIN = 40.0
TOP = 112.0  # content starts under the title and subtitle
BOTTOM = 496.0  # content ends above the footer
CONTENT_W = M.SLIDE_W - 2 * MARGIN
SCORECARD_COLUMNS = ("platform", "verdict", "verdict_reason", "posts", "conversation_rate_per_1k_followers",
                     "brand_response_rate", "sessions_per_post")
STATUS_COLOUR = {"good": M.GOOD, "watch": M.WATCH, "act": M.BAD, "unknown": M.MUTED}
ACTION_MIN = 10.0  # smallest text of the action list (more actions continue on another slide)


def text(x: float, y: float, w: float, h: float, paras: Sequence[Para] | str, *, size: float, min_size: float,
         **style) -> M.Text:
    """A text box whose paragraphs are set at the largest size that fits (down to ``min_size``); a text that does
    not fit even then is cut with an ellipsis (callers split long lists before it comes to that)."""
    bold = style.pop("bold", False)
    items = (Para(paras, bold=bold),) if isinstance(paras, str) else tuple(paras)
    inner_w, inner_h = w - 2 * M.INSET, h - 2 * M.INSET
    if style.pop("single_line", False) and len(items) == 1:  # a number is never broken: it shrinks to one line
        wide = tf.text_width(items[0].text, size, bold)
        if wide > inner_w:
            size = max(min_size, math.floor(2 * size * inner_w / wide) / 2)
    gap = style.get("gap", 0.3)
    size_fit = tf.fit_block(items, inner_w, inner_h, size=size, min_size=min_size, gap=gap)
    if size_fit is None:
        items = _cut(items, inner_w, inner_h, min_size, gap)
        size_fit = min_size
    return M.Text(x, y, w, h, items, size_fit, **style)


def _cut(items: tuple[Para, ...], width: float, height: float, size: float, gap: float) -> tuple[Para, ...]:
    """Drop whole paragraphs from the end, then shorten the last one, until the block fits at ``size``."""
    kept = list(items)
    while len(kept) > 1 and tf.block_height(kept, width, size, gap) > height:
        kept.pop()
    last = kept[-1]
    room = height - tf.block_height(kept[:-1], width, size, gap) - (gap * size if len(kept) > 1 else 0)
    fitted = tf.fit(last.text, width, max(room, size * tf.LINE_HEIGHT), size=size * last.scale,
                    min_size=size * last.scale, bold=last.bold)
    kept[-1] = Para(" ".join(fitted.lines), last.scale, last.bold)
    return tuple(kept)


def fits(el: M.Text) -> bool:
    """True when the box's text fits it at its size (the measure the tests apply to the written deck)."""
    return tf.block_height(el.paras, el.w - 2 * M.INSET, el.size, el.gap) <= el.h - 2 * M.INSET + 0.01


class Deck:
    """The slides of one outline, built in reading order."""

    def __init__(self, outline: Outline):
        self.o = outline
        self.lang = outline.lang
        self.slides: list[M.Slide] = []

    def t(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    # ------------------------------------------------------------------------------------------ frame of a slide
    def _slide(self, kind: str, title: str, subtitle: str = "", section: str = "") -> M.Slide:
        slide = M.Slide(kind, title, section=section)
        slide.elements.append(M.Rect(0, 0, M.SLIDE_W, 8, M.PRIMARY))
        slide.elements.append(text(MARGIN, 24, CONTENT_W, 48, title, size=28, min_size=18, bold=True, name="title"))
        if subtitle:
            slide.elements.append(text(MARGIN, 72, CONTENT_W, 28, subtitle, size=14, min_size=10, colour=M.MUTED,
                                       name="subtitle"))
        self.slides.append(slide)
        return slide

    def _footers(self) -> None:
        client = self.o.client or ""
        footer = self.t("docs.footer", client=client, period=self.o.period) if client else self.o.period
        total = len(self.slides)
        for n, slide in enumerate(self.slides[1:], 2):
            slide.elements.append(text(MARGIN, 508, 700, 22, footer, size=10, min_size=7, colour=M.MUTED,
                                       name="footer"))
            slide.elements.append(text(M.SLIDE_W - MARGIN - 120, 508, 120, 22,
                                       self.t("docs.page", n=n, total=total), size=10, min_size=7, colour=M.MUTED,
                                       align="right", name="page"))

    # ------------------------------------------------------------------------------------------ slides
    def cover(self) -> None:
        o = self.o
        slide = M.Slide("cover", o.client or o.title)
        slide.elements.append(M.Rect(0, 0, 28, M.SLIDE_H, M.PRIMARY))
        logo = _logo_png(o.logo)
        name_w = CONTENT_W - 20
        if logo:
            png, (w, h) = logo
            scale = min(200 / w, 110 / h)
            slide.elements.append(M.Picture(M.SLIDE_W - MARGIN - w * scale, 40, w * scale, h * scale, png))
            name_w = CONTENT_W - 240
        y = 150.0
        if o.client:
            slide.elements.append(text(80, y, name_w, 96, o.client, size=40, min_size=22, bold=True, name="title"))
            y += 104
        slide.elements.append(text(80, y, CONTENT_W - 40, 44, o.title, size=24, min_size=14, colour=M.PRIMARY,
                                   name="title" if not o.client else "heading"))
        y += 56
        slide.elements.append(text(80, y, CONTENT_W - 40, 34, o.period, size=20, min_size=12, bold=True,
                                   name="period"))
        y += 38
        lines = [Para(display.compared_line(o)),
                 Para(self.t("docs.cover.platforms", names=", ".join(o.platforms)) if o.platforms
                      else self.t("docs.cover.no_platforms")),
                 Para(self.t("docs.cover.generated", when=o.generated, tz=o.timezone))]
        if o.anonymized:
            lines.append(Para(self.t("docs.cover.anonymized")))
        slide.elements.append(text(80, y, CONTENT_W - 40, M.SLIDE_H - y - 40, lines, size=15, min_size=9,
                                   colour=M.MUTED, gap=0.4, name="facts"))
        self.slides.insert(0, slide)

    def verdicts(self) -> None:
        """The advice's verdicts and actions when the outline has them, else the headline findings."""
        advice = self.o.section("advice")
        if advice is not None and advice.verdicts:
            self._verdict_slide(advice)
            self._action_slides(advice)
            return
        section = self.o.section("findings")
        items = list(section.items) if section else []
        if not items:
            items = list(section.notes) if section and section.notes else [self.t("docs.verdicts.none")]
        numbered = [Para(f"{i}.  {item}") for i, item in enumerate(items, 1)] if section and section.items \
            else [Para(item) for item in items]
        self._list_slides("verdicts", self.t("docs.verdicts.findings"), section.subtitle if section else self.o.period,
                          numbered, "findings", size=22, min_size=14)

    def _verdict_slide(self, section: Section) -> None:
        """Each area's verdict in a box: the area and its status in the status colour, then the sentence."""
        slide = self._slide("verdicts", self.t("report.advice.verdicts"), section.subtitle, section.key)
        n = len(section.verdicts)
        cols = 3 if n > 4 else 2
        rows = math.ceil(n / cols)
        gap = 14.0
        w = (CONTENT_W - gap * (cols - 1)) / cols
        h = (BOTTOM - TOP - gap * (rows - 1)) / rows
        head_h = 44.0  # two lines of the area and its status
        inner_w = w - 18 - 2 * M.INSET
        heads = [f"{v.area}: {v.status_text}" for v in section.verdicts]
        # one size for every box (the largest at which all fit), so the six read as one set
        head_size = _common_size([[Para(x, bold=True)] for x in heads], inner_w, head_h - 2 * M.INSET, 15, 10)
        body_size = _common_size([[Para(v.text)] for v in section.verdicts], inner_w, h - head_h - 10 - 2 * M.INSET,
                                 18, 9)
        for i, (v, head) in enumerate(zip(section.verdicts, heads)):
            x, y = MARGIN + (i % cols) * (w + gap), TOP + (i // cols) * (h + gap)
            colour = STATUS_COLOUR[v.status]
            slide.elements.append(M.Rect(x, y, w, h, M.LIGHT))
            slide.elements.append(M.Rect(x, y, 5, h, colour))
            slide.elements.append(text(x + 12, y + 4, w - 18, head_h, head, size=head_size, min_size=head_size,
                                       bold=True, colour=colour, anchor="bottom", name="verdict_head"))
            slide.elements.append(text(x + 12, y + head_h + 6, w - 18, h - head_h - 10, v.text, size=body_size,
                                       min_size=body_size, name="verdict"))

    def _action_slides(self, section: Section) -> None:
        """The ranked actions, each with its evidence and what done means, on as many slides as they need."""
        title = self.t("report.advice.actions")
        if not section.actions:
            slide = self._slide("actions", title, section.subtitle, section.key)
            slide.elements.append(text(MARGIN, TOP, CONTENT_W, 80, " ".join(section.notes), size=18, min_size=10,
                                       name="body"))
            return
        groups = [((Para(f"{a.rank}.  {a.title}", 1.0, True), Para(a.evidence, 0.8), Para(a.done, 0.75)),
                   (M.BAD if a.urgent else M.INK, M.INK, M.MUTED)) for a in section.actions]
        width, height, gap = CONTENT_W - 2 * M.INSET, BOTTOM - TOP - 2 * M.INSET, 0.35
        pages: list[list[tuple[tuple[Para, ...], tuple[str, ...]]]] = [[]]
        for group in groups:
            candidate = [p for g in (*pages[-1], group) for p in g[0]]
            if pages[-1] and tf.block_height(candidate, width, ACTION_MIN, gap) > height:
                pages.append([])
            pages[-1].append(group)
        for n, page in enumerate(pages, 1):
            heading = title if len(pages) == 1 else self.t("docs.continued", title=title, n=n, total=len(pages))
            slide = self._slide("actions", heading, section.subtitle, section.key)
            paras = [p for g in page for p in g[0]]
            colours = tuple(c for g in page for c in g[1])
            slide.elements.append(text(MARGIN, TOP, CONTENT_W, BOTTOM - TOP, paras, size=18, min_size=ACTION_MIN,
                                       gap=gap, colours=colours, name="body"))

    def _list_slides(self, kind: str, title: str, subtitle: str, paras: list[Para], section: str, *, size: float,
                     min_size: float, notes: str = "") -> None:
        """Paragraphs on as many slides as they need at ``min_size`` or more."""
        pages = _paginate(paras, CONTENT_W - 2 * M.INSET, BOTTOM - TOP - 2 * M.INSET, min_size, gap=0.6)
        for n, page in enumerate(pages, 1):
            heading = title if len(pages) == 1 else self.t("docs.continued", title=title, n=n, total=len(pages))
            slide = self._slide(kind, heading, subtitle, section)
            slide.elements.append(text(MARGIN, TOP, CONTENT_W, BOTTOM - TOP, page, size=size, min_size=min_size,
                                       gap=0.6, name="body"))
            slide.notes = notes

    def area(self, section: Section) -> None:
        shown, others, missing = display.key_figures(section)
        charts = [p for p in (display.points(section, c, self.lang) for c in section.charts) if p is not None]
        if not charts:
            versus = display.versus_previous(section, self.lang)
            charts = [versus] if versus else []
        slide = self._slide("area", section.title, section.subtitle, section.key)
        bottom = BOTTOM
        if missing and not shown:  # nothing to show: why, and which export would fill it
            paras = [Para(line) for line in display.missing_lines(missing, self.lang)]
            slide.elements.append(text(MARGIN, TOP, 430, BOTTOM - TOP, paras, size=16, min_size=9, gap=0.6,
                                       name="na"))
        elif missing:
            labels = ", ".join(f.label for f in missing)
            slide.elements.append(text(MARGIN, BOTTOM - 50, 430, 50, self.t("docs.figure.na_here", labels=labels),
                                       size=11, min_size=7, colour=M.MUTED, name="na"))
            bottom = BOTTOM - 56
        if display.without_earlier(shown):
            slide.elements.append(text(MARGIN, bottom - 28, 430, 26, self.t("docs.no_earlier", previous=self.o.previous),
                                       size=11, min_size=7, colour=M.MUTED, name="no_earlier"))
            bottom -= 32
        self._figure_rows(slide, shown, bottom)
        if charts:
            slide.elements.append(M.Chart(490, TOP, 430, BOTTOM - TOP, _chart_data(charts[0])))
        elif shown:  # (with no figure either, the text on the left already says what is missing)
            slide.elements.append(text(490, TOP, 430, 80, self.t("docs.chart.none", reason=_no_chart_reason(
                section, self.lang)), size=14, min_size=9, colour=M.MUTED, name="no_chart"))
        lines = display.definition_lines(self.o, [*shown, *missing])
        notes = [self.t("docs.notes.definitions"), *lines] if lines else []
        if others:
            notes += [self.t("docs.notes.other_figures"),
                      *(f"{f.label}: {f.text} ({f.change.text if f.change else f.previous_text})" for f in others)]
        slide.notes = "\n\n".join(notes)

    def _figure_rows(self, slide: M.Slide, figures: list[Figure], bottom: float) -> None:
        """A row per figure: label, value and (when the comparison period has data) the change and the previous
        value."""
        if not figures:
            return
        compared = not display.without_earlier(figures)
        row_h = min(60.0, (bottom - TOP) / len(figures))
        for i, f in enumerate(figures):
            y = TOP + i * row_h
            slide.elements.append(M.Rect(MARGIN, y, 430, row_h - 6, M.LIGHT))
            slide.elements.append(text(MARGIN + 4, y + 2, 196, row_h - 10, f.label, size=13, min_size=8, bold=True,
                                       anchor="middle", name="figure_label"))
            slide.elements.append(text(MARGIN + 200, y + 2, 104 if compared else 222, row_h - 10, f.text, size=20,
                                       min_size=9, bold=True, colour=M.PRIMARY, align="right", anchor="middle",
                                       single_line=True, name="figure_value"))
            if not compared:
                continue
            change = f.change
            tone = None if change is None or change.better is None else (M.GOOD if change.better else M.BAD)
            paras = [Para(change.text if change else "", 1.0, bold=tone is not None)]
            if f.previous is not None:
                paras.append(Para(self.t("docs.figure.previous", value=f.previous_text), 0.85))
            slide.elements.append(text(MARGIN + 308, y + 2, 118, row_h - 10, paras, size=12, min_size=6,
                                       colours=(tone or M.INK, M.MUTED), anchor="middle", gap=0.1,
                                       name="figure_change"))

    def scorecard(self) -> None:
        section = self.o.section("channels")
        table = section.table("channel_scorecard") if section else None
        title = table.title if table else self.t("docs.scorecard.title")
        if table is None or table.missing or table.frame.empty:
            slide = self._slide("scorecard", title, self.o.period, "channels")
            slide.elements.append(text(MARGIN, TOP, CONTENT_W, 60, table.missing if table and table.missing else
                                       self.t("docs.scorecard.none"), size=16, min_size=10, colour=M.MUTED,
                                       name="body"))
            return
        keys = [k for k in SCORECARD_COLUMNS if k in table.frame.columns and table.frame[k].notna().any()]
        kinds = {c.key: c.kind for c in table.columns}
        numeric = {k for k in keys if kinds.get(k) not in ("text", "link", "date", "datetime")}
        header = tuple(M.Cell(next(c.label for c in table.columns if c.key == k), True, M.INK,
                              "right" if k in numeric else "left") for k in keys)
        rows = []
        for record in table.frame.to_dict(orient="records"):
            cells = []
            for k in keys:
                value = display.cell_text(record.get(k), kinds.get(k, "text"), self.lang, self.o.currency)
                colour = M.INK
                if k == "verdict" and record.get(k) is not None:
                    colour = M.GOOD if record.get(k) == self.t("verdict.keep") else M.BAD
                cells.append(M.Cell(value, k in ("platform", "verdict"), colour, "right" if k in numeric else "left"))
            rows.append(tuple(cells))
        columns = [tf.ColumnText(h.text, tuple(r[i].text for r in rows), bool(rows) and rows[0][i].bold)
                   for i, h in enumerate(header)]

        def widths_at(size: float) -> tuple[float, ...] | None:
            found = tf.column_widths(columns, CONTENT_W, size=size, header_size=size, pad=2 * M.INSET + 1)
            return None if found is None else tuple(found)

        for n, (size, chunk, widths) in enumerate(pages := _grid_pages(header, rows, widths_at, BOTTOM - TOP), 1):
            heading = title if len(pages) == 1 else self.t("docs.continued", title=title, n=n, total=len(pages))
            slide = self._slide("scorecard", heading, self.o.period, "channels")
            heights = _row_heights((header, *chunk), widths, size)
            slide.elements.append(M.Grid(MARGIN, TOP, CONTENT_W, widths, header, tuple(chunk), size, heights))

    def data_notes(self) -> None:
        section = self.o.section("data_notes")
        if section is None:
            return
        paras: list[Para] = [Para(n) for n in section.notes]
        sources = display.source_lines(section, self.lang)
        if sources:
            paras += [Para(self.t("docs.notes.sources"), 1.1, True), *(Para(s) for s in sources)]
        missing = display.unavailable_lines(section, self.lang)
        paras += [Para(self.t("docs.notes.unavailable"), 1.1, True),
                  *(Para(s) for s in missing or [self.t("docs.notes.all_computed")])]
        if section.items:
            paras += [Para(self.t("docs.notes.caveats"), 1.1, True), *(Para(s) for s in section.items)]
        pages = _paginate(paras, CONTENT_W - 2 * M.INSET, BOTTOM - TOP - 2 * M.INSET, 10, gap=0.35)
        for n, page in enumerate(pages, 1):
            heading = section.title if len(pages) == 1 else self.t("docs.continued", title=section.title, n=n,
                                                                   total=len(pages))
            slide = self._slide("notes", heading, self.o.period, "data_notes")
            slide.elements.append(text(MARGIN, TOP, CONTENT_W, BOTTOM - TOP, page, size=14, min_size=10, gap=0.35,
                                       name="body"))


def _common_size(blocks: list[list[Para]], width: float, height: float, size: float, min_size: float) -> float:
    """The largest size from ``size`` down to ``min_size`` at which every block fits its box (``min_size`` when
    one never does: that box's text is then cut to fit)."""
    fitted = [tf.fit_block(b, width, height, size=size, min_size=min_size) for b in blocks]
    return min((f if f is not None else min_size for f in fitted), default=size)


def _paginate(paras: list[Para], width: float, height: float, size: float, gap: float) -> list[list[Para]]:
    """Paragraphs split into pages that each fit ``height`` at ``size`` (a paragraph too tall alone gets a page
    of its own and is cut there)."""
    pages: list[list[Para]] = [[]]
    for p in paras:
        candidate = [*pages[-1], p]
        if pages[-1] and tf.block_height(candidate, width, size, gap) > height:
            if pages[-1][-1].bold:  # a heading never ends a page
                pages[-1].pop()
                pages.append([candidate[-2], p])
            else:
                pages.append([p])
        else:
            pages[-1] = candidate
    return [page for page in pages if page] or [[Para("")]]


def _row_heights(rows: Sequence[Sequence[M.Cell]], widths: Sequence[float], size: float) -> tuple[float, ...]:
    return tuple(max(tf.height(len(tf.wrap(c.text, w - 2 * M.INSET, size, c.bold)), size) for c, w in
                     zip(row, widths)) + 2 * M.INSET + 1 for row in rows)


def _grid_pages(header: tuple[M.Cell, ...], rows: list[tuple[M.Cell, ...]],
                widths_at: Callable[[float], tuple[float, ...] | None], height: float,
                sizes: Sequence[float] = (14, 13, 12, 11, 10, 9, 8)) -> list[tuple[float, list, tuple[float, ...]]]:
    """The largest size at which no word is broken (``widths_at(size)`` measures the columns, None when the words
    do not fit) and the whole table fits one slide; else pages of rows at the largest size whose words fit."""
    fitted = [(size, w) for size in sizes if (w := widths_at(size)) is not None]
    if not fitted:  # even the smallest size breaks a word: even columns
        fitted = [(sizes[-1], tuple(CONTENT_W / len(header) for _ in header))]
    for size, widths in fitted:
        if sum(_row_heights([header, *rows], widths, size)) <= height:
            return [(size, rows, widths)]
    size, widths = fitted[-1]
    head = _row_heights([header], widths, size)[0]
    pages: list[tuple[float, list, tuple[float, ...]]] = [(size, [], widths)]
    used = head
    for row, h in zip(rows, _row_heights(rows, widths, size)):
        if pages[-1][1] and used + h > height:
            pages.append((size, [], widths))
            used = head
        pages[-1][1].append(row)
        used += h
    return pages


def _chart_data(p: display.Points) -> M.ChartData:
    c = p.chart
    percent = c.y_kind == "rate"
    return M.ChartData(kind="hbar" if c.kind == "bar" and len(p.categories) > 8 else c.kind, title=c.title,
                       categories=p.categories, series=p.series, number_format=display.number_format(c.y_kind),
                       x=p.x, x_format=display.number_format(c.x_kind), y_title=c.y_title,
                       x_title=c.x_title if c.kind == "scatter" else "", y_range=c.y_range, x_range=c.x_range,
                       percent=percent)


def _no_chart_reason(section: Section, lang: str) -> str:
    reasons = [tab.missing for tab in section.tables if tab.missing]
    return reasons[0] if reasons else t("docs.chart.no_data", lang)


def _logo_png(logo: bytes | None) -> tuple[bytes, tuple[int, int]] | None:
    """The settings' logo as PNG bytes and its size; None when there is none or it cannot be read."""
    if not logo:
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(logo)) as img:
            img.load()
            out = io.BytesIO()
            img.convert("RGBA").save(out, format="PNG")
            return out.getvalue(), img.size
    except (UnidentifiedImageError, OSError, ValueError):
        return None


SectionFilter = Callable[[str], bool]


def layout(outline: Outline, *, include: SectionFilter | None = None) -> list[M.Slide]:
    """The slides of ``outline``; ``include(section_key)`` leaves areas out (cover, verdicts and notes stay)."""
    deck = Deck(outline)
    deck.verdicts()
    keep = include or (lambda key: True)
    for key in display.AREAS:
        section = outline.section(key)
        if section is not None and keep(key):
            deck.area(section)
    if keep("channels"):
        deck.scorecard()
    deck.data_notes()
    deck.cover()
    deck._footers()
    return deck.slides
