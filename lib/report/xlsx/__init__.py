"""The Excel report: ``build_workbook(report, ...) -> bytes``, the report outline rendered as a formatted .xlsx.

``writer`` is the format layer (write-only sheets, styles, tables, native charts, safe text); one module per
sheet renders its outline section: ``cover`` (with the findings), ``advice`` (verdicts and actions),
``summary``, ``section`` (the areas, and any section without a module of its own), ``posts``, ``definitions``,
``data_notes``.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook

from lib.kpis.model import KpiReport
from lib.report.outline import build_outline
from lib.report.outline.model import Outline, Section
from lib.report.safe import clean_text
from lib.report.xlsx import advice as advice_sheet
from lib.report.xlsx import cover, data_notes, definitions, posts, section, styles, summary
from lib.report.xlsx.writer import Book

if TYPE_CHECKING:
    from lib.advice import Advice

#: outline section -> the module writing its sheet (sections not listed get ``section.write``; ``findings`` is on
#: the cover)
SHEETS: dict[str, Callable[[Book, Section], None]] = {
    "advice": advice_sheet.write,
    "summary": summary.write,
    "posts": posts.write,
    "definitions": definitions.write,
    "data_notes": data_notes.write,
}
ON_COVER = frozenset({"findings"})


def render_workbook(outline: Outline, *, tz: str = "UTC", chart_images: bool = False) -> bytes:
    """The workbook of ``outline`` as .xlsx bytes (times shown in ``tz``)."""
    wb = Workbook(write_only=True)
    formats = styles.register(wb, lang=outline.lang, currency=outline.currency)
    book = Book(outline, wb, ZoneInfo(tz), formats, chart_images)
    sheets = [s for s in outline.sections if s.key not in ON_COVER]
    cover.write(book, [book.t(f"report.sheet.{s.key}") for s in sheets])
    for part in sheets:
        SHEETS.get(part.key, section.write)(book, part)
    if book.chart_data_sheet is not None:  # the hidden chart data goes last
        wb._sheets.remove(book.chart_data_sheet.ws)
        wb._sheets.append(book.chart_data_sheet.ws)
    wb.properties.title = outline.title
    wb.properties.creator = "Conversa"
    if outline.client:
        wb.properties.subject = clean_text(outline.client)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def build_workbook(report: KpiReport, *, settings: Mapping[str, Any] | None = None, lang: str = "en",
                   anonymize: bool = False, sources: Sequence[Mapping[str, Any]] | None = None,
                   chart_images: bool = False, generated_at: dt.datetime | None = None,
                   platform_filter: Sequence[str] = (), advice: Advice | None = None) -> bytes:
    """The Excel report of ``report`` as .xlsx bytes.

    Parameters
    ----------
    report
        The KPIs of one period (``lib.kpis.compute``).
    settings
        The workspace's settings: ``client_name`` and ``logo`` (image bytes) go on the cover, ``currency``
        formats revenue.
    lang
        ``"en"`` or ``"it"``: sheet names, labels, definitions and findings.
    anonymize
        Replace private commenters' names with pseudonyms (``lib.kpis.anonymize``); ids never appear.
    sources
        Import summaries (``sources_from_imports``) listed on the Data notes sheet with their warnings.
    chart_images
        Also place the app's Altair charts as images (vl-convert; skipped with a note when they cannot be made).
    generated_at
        The time printed on the cover (default: now, in the period's time zone).
    advice
        The advice of ``report`` for the Verdicts and actions sheet (``lib.advice.advise`` with the workspace's
        goals, notes and waiting list); None advises on the report alone.
    """
    outline = build_outline(report, lang=lang, anonymized=anonymize, settings=settings, sources=sources,
                            generated_at=generated_at, platform_filter=platform_filter, advice=advice)
    return render_workbook(outline, tz=report.period.tz, chart_images=chart_images)
