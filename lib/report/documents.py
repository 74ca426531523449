"""One entry for the three client documents (workbook, deck, PDF), shared by the Report page and the CLI:
``build_document(report, "pdf", ...) -> Document`` with its bytes, file name, MIME type and page previews."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from lib.kpis.model import KpiReport

if TYPE_CHECKING:
    from lib.advice import Advice

Format = Literal["xlsx", "pptx", "pdf"]
FORMATS: tuple[Format, ...] = ("xlsx", "pptx", "pdf")
MIME: dict[str, str] = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "pdf": "application/pdf",
}


@dataclass(frozen=True)
class Document:
    format: str
    name: str  # file name with client, period and platform filter
    mime: str
    data: bytes = field(repr=False)
    previews: tuple[bytes, ...] = field(default=(), repr=False)  # PNG images of the first pages


def format_of(path: str) -> Format:
    """The document format of an output path from its extension (``.xlsx``, ``.pptx``, ``.pdf``)."""
    ext = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    if ext not in FORMATS:
        raise ValueError(f"Write the report to a .xlsx, .pptx or .pdf file (not '{path}').")
    return ext


def build_document(report: KpiReport, fmt: Format, *, settings: Mapping[str, Any] | None = None, lang: str = "en",
                   anonymize: bool = False, sources: Sequence[Mapping[str, Any]] | None = None,
                   sections: Collection[str] | None = None, platforms: Sequence[str] = (),
                   workspace: str | None = None, previews: int = 0,
                   generated_at: dt.datetime | None = None, advice: Advice | None = None) -> Document:
    """The document ``fmt`` of ``report``.

    Parameters
    ----------
    settings
        The workspace's settings (``client_name``, ``logo``, ``currency``...).
    anonymize
        Private commenters' names become pseudonyms (forced by the page in presentation mode).
    sections
        The areas to include (keys of ``lib.report.display.AREAS``); None for all. The workbook has every sheet.
    platforms
        The platform filter of the selection, for the file name (empty: all platforms).
    previews
        How many first pages to render as PNG (0: none; the workbook has none).
    advice
        The advice of ``report`` (``lib.advice.advise`` with the workspace's goals, notes and waiting list) for the
        verdicts and actions; None advises on the report alone.
    """
    from lib.report.outline.model import Outline

    settings = dict(settings or {})
    client = settings.get("client_name") or workspace
    if fmt == "xlsx":
        from lib.report import build_workbook
        from lib.report.naming import report_filename

        data = build_workbook(report, settings=settings, lang=lang, anonymize=anonymize,
                              sources=[dict(s) for s in sources] if sources else None, generated_at=generated_at,
                              advice=advice)
        name = report_filename(client=client, since=report.period.since, until=report.period.until,
                               platforms=platforms, anonymized=anonymize, ext="xlsx")
        return Document(fmt, name, MIME[fmt], data)
    outline: Outline = _outline(report, settings=settings, lang=lang, anonymize=anonymize, sources=sources,
                                platforms=platforms, generated_at=generated_at, sections=sections, advice=advice)
    keep = None if sections is None else (lambda key: key in set(sections))
    name = outline.filename(fmt, workspace)
    if fmt == "pptx":
        from lib.report.deck import layout, write_pptx

        slides = layout(outline, include=keep)
        data = write_pptx(slides, title=outline.title, subject=outline.client or "")
        shown: tuple[bytes, ...] = ()
        if previews:
            from lib.report.preview import slides_png

            shown = tuple(slides_png(slides, previews))
        return Document(fmt, name, MIME[fmt], data, shown)
    if fmt == "pdf":
        from lib.report.pdf import build_pdf

        data = build_pdf(outline, include=keep)
        shown = ()
        if previews:
            from lib.report.preview import pdf_pages_png

            shown = tuple(pdf_pages_png(data, previews))
        return Document(fmt, name, MIME[fmt], data, shown)
    raise ValueError(f"Unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}.")


def _outline(report: KpiReport, *, sections: Collection[str] | None, **options: Any):
    """The outline's sections a deck or PDF shows: the verdicts (or findings), the chosen areas, the definitions
    and the data notes (never the list of every post, which only the workbook holds)."""
    from lib.report.display import AREAS
    from lib.report.outline import build_outline

    areas = AREAS if sections is None else [a for a in AREAS if a in set(sections)]
    wanted = ["advice", "findings", *areas, "definitions", "data_notes"]
    return build_outline(report, settings=options["settings"], lang=options["lang"], anonymized=options["anonymize"],
                         sources=options["sources"], generated_at=options["generated_at"],
                         platform_filter=tuple(options["platforms"]), sections=wanted, advice=options["advice"])
