"""PNG previews of the first pages of a PDF (pypdfium2, a wheel from PyPI) and of a deck's first slides.

A deck is previewed from its laid-out slides (``lib.report.deck.model``) drawn on 16:9 PDF pages with the same
boxes, sizes and line breaks as the .pptx; its charts are drawn as plain bars and lines there.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from lib.report import textfit as tf
from lib.report.deck import model as M

PREVIEW_WIDTH = 900  # pixels of a preview image


def pdf_pages_png(pdf: bytes, pages: int = 2, width: int = PREVIEW_WIDTH) -> list[bytes]:
    """The first ``pages`` pages of ``pdf`` as PNG images ``width`` pixels wide."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for i in range(min(pages, len(doc))):
            page = doc[i]
            scale = width / page.get_width()
            image = page.render(scale=scale).to_pil()
            buf = io.BytesIO()
            image.save(buf, format="PNG", optimize=False)
            out.append(buf.getvalue())
            page.close()
        return out
    finally:
        doc.close()


def _hex(colour: str):
    from reportlab.lib import colors

    return colors.HexColor(f"#{colour}")


def _draw_text(c, el: M.Text) -> None:
    lines: list[tuple[int, str, float, bool, str]] = []
    width = el.w - 2 * M.INSET
    for i, para in enumerate(el.paras):
        size = el.size * para.scale
        lines += [(i, line, size, para.bold, el.colour_of(i)) for line in tf.wrap(para.text, width, size, para.bold)]
    block = tf.block_height(el.paras, width, el.size, el.gap)
    top = el.y + M.INSET
    if el.anchor == "middle":
        top = el.y + (el.h - block) / 2
    elif el.anchor == "bottom":
        top = el.y + el.h - M.INSET - block
    if el.fill:
        c.setFillColor(_hex(el.fill))
        c.rect(el.x, M.SLIDE_H - el.y - el.h, el.w, el.h, stroke=0, fill=1)
    y = top
    previous = 0
    for index, line, size, bold, colour in lines:
        if index != previous:
            y += el.gap * el.size
        previous = index
        y += size * tf.LINE_HEIGHT
        c.setFont(tf.font_name(bold), size)
        c.setFillColor(_hex(colour))
        baseline = M.SLIDE_H - y + size * 0.25
        if el.align == "right":
            c.drawRightString(el.x + el.w - M.INSET, baseline, line)
        elif el.align == "center":
            c.drawCentredString(el.x + el.w / 2, baseline, line)
        else:
            c.drawString(el.x + M.INSET, baseline, line)


def _draw_chart(c, el: M.Chart) -> None:
    d = el.data
    c.setFont(tf.BOLD, 12)
    c.setFillColor(_hex(M.INK))
    c.drawCentredString(el.x + el.w / 2, M.SLIDE_H - el.y - 16, d.title[:60])
    values = [v for _, vs in d.series for v in vs if v is not None]
    if not values:
        return
    top = max(max(values), 0.0) or 1.0
    x0, y0, w, h = el.x + 30, M.SLIDE_H - el.y - el.h + 24, el.w - 40, el.h - 56
    c.setStrokeColor(_hex(M.RULE))
    c.line(x0, y0, x0 + w, y0)
    first = d.series[0][1]
    n = max(len(first), 1)
    c.setFillColor(_hex(M.PRIMARY))
    c.setStrokeColor(_hex(M.PRIMARY))
    if d.kind in ("bar", "hbar"):
        step = w / n
        for i, v in enumerate(first):
            if v is not None and v > 0:
                c.rect(x0 + i * step + step * 0.15, y0, step * 0.7, h * v / top, stroke=0, fill=1)
    else:
        xs = list(d.x) if d.kind == "scatter" and d.x else [i / max(n - 1, 1) for i in range(n)]
        span = (max(xs) - min(xs)) or 1.0
        pts = [(x0 + w * (x - min(xs)) / span, y0 + h * v / top) for x, v in zip(xs, first) if v is not None]
        c.setLineWidth(2)
        for a, b in zip(pts, pts[1:]):
            c.line(*a, *b)


def _draw_grid(c, el: M.Grid) -> None:
    y = el.y
    for i, (row, height) in enumerate(zip((el.header, *el.rows), el.heights)):
        x = el.x
        c.setFillColor(_hex(M.LIGHT if i == 0 else M.WHITE))
        c.rect(el.x, M.SLIDE_H - y - height, el.w, height, stroke=0, fill=1)
        for cell, width in zip(row, el.widths):
            _draw_text(c, M.Text(x, y, width, height, (tf.Para(cell.text, bold=cell.bold or i == 0),), el.size,
                                 colour=cell.colour, align=cell.align))
            x += width
        y += height
        c.setStrokeColor(_hex(M.RULE))
        c.line(el.x, M.SLIDE_H - y, el.x + el.w, M.SLIDE_H - y)


def slides_pdf(slides: Sequence[M.Slide]) -> bytes:
    """The slides drawn on 16:9 PDF pages (the preview's source)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    tf.register_fonts()
    out = io.BytesIO()
    c = Canvas(out, pagesize=(M.SLIDE_W, M.SLIDE_H))
    for slide in slides:
        for el in slide.elements:
            if isinstance(el, M.Rect):
                c.setFillColor(_hex(el.fill))
                c.rect(el.x, M.SLIDE_H - el.y - el.h, el.w, el.h, stroke=0, fill=1)
            elif isinstance(el, M.Text):
                _draw_text(c, el)
            elif isinstance(el, M.Picture):
                c.drawImage(ImageReader(io.BytesIO(el.png)), el.x, M.SLIDE_H - el.y - el.h, el.w, el.h, mask="auto")
            elif isinstance(el, M.Chart):
                _draw_chart(c, el)
            elif isinstance(el, M.Grid):
                _draw_grid(c, el)
        c.showPage()
    c.save()
    return out.getvalue()


def slides_png(slides: Sequence[M.Slide], pages: int = 2, width: int = PREVIEW_WIDTH) -> list[bytes]:
    """The first ``pages`` slides as PNG images."""
    return pdf_pages_png(slides_pdf(list(slides)[:pages]), pages, width)
