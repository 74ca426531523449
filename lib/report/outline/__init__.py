"""The report outline: one format-neutral story of a KpiReport that the workbook, the deck and the PDF render.

``build_outline(report, lang=..., sections=..., anonymized=..., settings=..., sources=...)`` returns an
``Outline`` (``lib.report.outline.model``): cover facts (client, periods, time zone, platform names, logo) and
``Section``s in reading order, each with its key figures (``Figure``: label, formatted value, ``Delta`` change with
its unit, n/a reason and the export that would fill it), display ``Table``s, ``Chart`` specs and notes, all in the
chosen language. Values are read from the KpiReport, never recomputed. The section registry, and how to add a
section, is in ``lib.report.outline.sections``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from lib.kpis.model import KpiReport
from lib.report.outline.build import OutlineContext
from lib.report.outline.model import Chart, Column, Delta, Figure, Outline, Section, Table
from lib.report.outline.sections import AREA_SECTIONS, SECTIONS

if TYPE_CHECKING:
    from lib.advice import Advice

__all__ = ["AREA_SECTIONS", "SECTIONS", "Chart", "Column", "Delta", "Figure", "Outline", "Section", "Table",
           "build_outline"]


def build_outline(report: KpiReport, *, lang: str = "en", sections: Iterable[str] | None = None,
                  anonymized: bool = False, settings: Mapping[str, Any] | None = None,
                  sources: Sequence[Mapping[str, Any]] | None = None, platform_filter: Iterable[str] = (),
                  generated_at: dt.datetime | None = None, advice: Advice | None = None) -> Outline:
    """The outline of ``report`` in ``lang`` ("en" or "it").

    Parameters
    ----------
    sections
        Keys of ``SECTIONS`` to include (in the registry's order); None for all.
    anonymized
        Private commenters' names become pseudonyms (``lib.kpis.anonymize``); ids never appear in any case.
    settings
        The workspace's settings: ``client_name``, ``logo`` (image bytes) and ``currency``.
    sources
        Import summaries (``lib.report.sources_from_imports``) listed in the data notes with their warnings.
    platform_filter
        The platforms the user chose (codes; empty for all), for the file name.
    generated_at
        The moment printed on the cover (default: now, in the period's time zone).
    advice
        The advice of ``report`` (``lib.advice.advise``, with the workspace's goals, notes and waiting list) for
        the verdicts and actions; None advises on the report alone.
    """
    settings = settings or {}
    if anonymized:
        from lib.kpis import anonymize

        report = anonymize(report)
    wanted = set(SECTIONS) if sections is None else set(sections)
    unknown = wanted - set(SECTIONS)
    if unknown:
        raise ValueError(f"Unknown report sections: {sorted(unknown)}")
    ctx = OutlineContext(report, lang, settings, sources, anonymized, advice)
    built = tuple(build(ctx) for key, build in SECTIONS.items() if key in wanted)
    from babel.dates import format_datetime

    tz = ZoneInfo(report.period.tz)
    moment = generated_at or dt.datetime.now(tz)
    p = report.period
    client = settings.get("client_name")
    logo = settings.get("logo")
    return Outline(
        lang=lang, title=ctx.t("report.cover.title"), client=str(client) if client else None,
        period=ctx.period_text(p.since, p.until), previous=ctx.period_text(p.previous_since, p.previous_until),
        timezone=p.tz, platforms=tuple(ctx.platform_name(x) for x in report.platforms),
        generated=format_datetime(moment, "d MMM y HH:mm", locale=lang), since=p.since, until=p.until,
        sections=built, logo=logo if isinstance(logo, bytes) and logo else None, anonymized=anonymized,
        currency=settings.get("currency"), platform_filter=tuple(platform_filter))
