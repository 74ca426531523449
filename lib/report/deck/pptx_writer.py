"""Write laid-out slides (``lib.report.deck.model``) as a .pptx with python-pptx: native text boxes, tables and
charts a consultant can restyle, speaker notes, 16:9."""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from typing import Any

from pptx import Presentation
from pptx.chart.data import CategoryChartData, XyChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Pt

from lib.report.deck import model as M
from lib.report.safe import clean_text

_ALIGN = {"left": PP_ALIGN.LEFT, "right": PP_ALIGN.RIGHT, "center": PP_ALIGN.CENTER}
_ANCHOR = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}
_CHART = {"bar": XL_CHART_TYPE.COLUMN_CLUSTERED, "hbar": XL_CHART_TYPE.BAR_CLUSTERED, "line": XL_CHART_TYPE.LINE,
          "scatter": XL_CHART_TYPE.XY_SCATTER_LINES_NO_MARKERS}
_SERIES_COLOURS = ("0072B2", "E69F00", "009E73", "CC79A7", "56B4E9", "D55E00")
MAX_LINE_LABELS = 8  # date labels under a line chart


def _rgb(hex6: str) -> RGBColor:
    return RGBColor.from_string(hex6)


def _text(value: str) -> str:
    """User and report text as plain text: no control characters (a vertical tab would become a line break)."""
    return clean_text(value).replace("\x0b", " ")


def _set_frame(tf, *, anchor: str = "top", inset: float = M.INSET) -> None:
    tf.word_wrap = True
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.margin_left = tf.margin_right = tf.margin_top = tf.margin_bottom = Pt(inset)
    tf.vertical_anchor = _ANCHOR[anchor]


def _add_text(slide, el: M.Text) -> None:
    shape = slide.shapes.add_textbox(Pt(el.x), Pt(el.y), Pt(el.w), Pt(el.h))
    if el.name:
        shape.name = el.name
    if el.fill:
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(el.fill)
    tf = shape.text_frame
    _set_frame(tf, anchor=el.anchor)
    for i, para in enumerate(el.paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = _ALIGN[el.align]
        p.space_before = Pt(el.gap * el.size) if i else Pt(0)
        p.space_after = Pt(0)
        run = p.add_run()
        run.text = _text(para.text)
        font = run.font
        font.name = M.FONT
        font.size = Pt(math.floor(el.size * para.scale * 2) / 2)  # never larger than the size it was fitted at
        font.bold = para.bold
        font.color.rgb = _rgb(el.colour_of(i))


def _add_rect(slide, el: M.Rect) -> None:
    from pptx.enum.shapes import MSO_SHAPE

    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Pt(el.x), Pt(el.y), Pt(el.w), Pt(el.h))
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(el.fill)
    shape.line.fill.background()
    shape.shadow.inherit = False
    shape.name = "band"


def _add_picture(slide, el: M.Picture) -> None:
    pic = slide.shapes.add_picture(io.BytesIO(el.png), Pt(el.x), Pt(el.y), Pt(el.w), Pt(el.h))
    pic.name = el.name


def _add_grid(slide, el: M.Grid) -> None:
    rows, cols = len(el.rows) + 1, len(el.widths)
    shape = slide.shapes.add_table(rows, cols, Pt(el.x), Pt(el.y), Pt(el.w), Pt(el.h))
    shape.name = "scorecard"
    table = shape.table
    table.first_row = True
    table.horz_banding = False
    for j, width in enumerate(el.widths):
        table.columns[j].width = Pt(width)
    for i, height in enumerate(el.heights):
        table.rows[i].height = Pt(height)
    for i, row in enumerate((el.header, *el.rows)):
        for j, cell in enumerate(row):
            target = table.cell(i, j)
            target.fill.solid()
            target.fill.fore_color.rgb = _rgb(M.LIGHT if i == 0 else M.WHITE)
            target.margin_left = target.margin_right = target.margin_top = target.margin_bottom = Pt(M.INSET)
            target.vertical_anchor = MSO_ANCHOR.TOP
            tf = target.text_frame
            tf.word_wrap = True
            p = tf.paragraphs[0]
            p.alignment = _ALIGN[cell.align]
            run = p.add_run()
            run.text = _text(cell.text)
            run.font.name = M.FONT
            run.font.size = Pt(el.size)
            run.font.bold = cell.bold or i == 0
            run.font.color.rgb = _rgb(cell.colour)


def _add_chart(slide, el: M.Chart) -> None:
    d = el.data
    data: CategoryChartData | XyChartData
    if d.kind == "scatter":
        data = XyChartData()
        for name, values in d.series:
            s = data.add_series(_text(name), number_format=d.number_format)
            for x, y in zip(d.x, values):
                if x is not None and y is not None:
                    s.add_data_point(x, y)
    else:
        data = CategoryChartData(number_format=d.number_format)
        data.categories = [_text(c) for c in d.categories]
        for name, values in d.series:
            data.add_series(_text(name), values)
    frame = slide.shapes.add_chart(_CHART[d.kind], Pt(el.x), Pt(el.y), Pt(el.w), Pt(el.h), data)
    frame.name = "chart"
    chart = frame.chart
    chart.font.size = Pt(11)
    chart.font.name = M.FONT
    chart.font.color.rgb = _rgb(M.INK)
    chart.has_title = True
    chart.chart_title.text_frame.text = _text(d.title)
    title_font = chart.chart_title.text_frame.paragraphs[0].runs[0].font
    title_font.size, title_font.bold = Pt(13), True
    chart.has_legend = len(d.series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
    value_axis = chart.value_axis
    value_axis.has_major_gridlines = True
    value_axis.major_gridlines.format.line.color.rgb = _rgb("E5E7EB")
    value_axis.tick_labels.number_format = d.number_format
    value_axis.tick_labels.number_format_is_linked = False
    value_axis.format.line.fill.background()
    if d.y_range:
        value_axis.minimum_scale, value_axis.maximum_scale = d.y_range
    elif d.kind in ("bar", "hbar") and all(v is None or v >= 0 for _, vs in d.series for v in vs):
        value_axis.minimum_scale = 0  # bars start at zero: a cut base makes 14% look half of 15%
    if d.y_title:
        value_axis.has_title = True
        value_axis.axis_title.text_frame.text = _text(d.y_title)
        value_axis.axis_title.text_frame.paragraphs[0].runs[0].font.size = Pt(10)
    category_axis = chart.category_axis
    category_axis.tick_labels.font.size = Pt(10)
    if d.kind == "hbar":  # first row on top, as in the table
        category_axis.reverse_order = True
    if d.kind == "scatter":
        category_axis.tick_labels.number_format = d.x_format
        category_axis.tick_labels.number_format_is_linked = False
        if d.x_range:
            category_axis.minimum_scale, category_axis.maximum_scale = d.x_range
    if d.x_title:
        category_axis.has_title = True
        category_axis.axis_title.text_frame.text = _text(d.x_title)
        category_axis.axis_title.text_frame.paragraphs[0].runs[0].font.size = Pt(10)
    if d.kind == "line" and len(d.categories) > MAX_LINE_LABELS:  # dates: every n-th label, never overlapping
        _skip_labels(category_axis, math.ceil(len(d.categories) / MAX_LINE_LABELS))
    plot = chart.plots[0]
    if d.kind in ("bar", "hbar"):
        plot.gap_width = 60
    for i, series in enumerate(plot.series):
        colour = _rgb(_SERIES_COLOURS[i % len(_SERIES_COLOURS)])
        if d.kind in ("line", "scatter"):
            series.format.line.color.rgb = colour
            series.format.line.width = Pt(2.25)
            series.smooth = False
        else:
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = colour


def _skip_labels(axis, every: int) -> None:
    """Label every ``every``-th category (``c:tickLblSkip``, before ``c:noMultiLvlLbl`` as the schema orders it)."""
    from pptx.oxml import parse_xml
    from pptx.oxml.ns import nsdecls, qn

    ax = axis._element
    for old in ax.findall(qn("c:tickLblSkip")):
        ax.remove(old)
    skip = parse_xml(f'<c:tickLblSkip {nsdecls("c")} val="{every}"/>')
    after = ax.find(qn("c:noMultiLvlLbl"))
    if after is not None:
        after.addprevious(skip)
    else:
        ax.append(skip)


_ADD: dict[type, Callable[[Any, Any], None]] = {M.Text: _add_text, M.Rect: _add_rect, M.Picture: _add_picture, M.Chart: _add_chart, M.Grid: _add_grid}


def write_pptx(slides: Sequence[M.Slide], *, title: str = "", subject: str = "") -> bytes:
    """The .pptx bytes of ``slides`` (16:9, blank layout, speaker notes)."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Pt(M.SLIDE_W), Pt(M.SLIDE_H)
    blank = prs.slide_layouts[6]
    for spec in slides:
        slide = prs.slides.add_slide(blank)
        for el in spec.elements:
            _ADD[type(el)](slide, el)
        if spec.notes:
            slide.notes_slide.notes_text_frame.text = _text(spec.notes)
    prs.core_properties.title = _text(title)[:250]
    prs.core_properties.subject = _text(subject)[:250]
    prs.core_properties.author = "Conversa"
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()
