"""Headline findings: the KPI engine's three most telling sentences (none without the data for them)."""

from __future__ import annotations

from lib.kpis import findings
from lib.report.outline.build import OutlineContext
from lib.report.outline.model import Section


def build(ctx: OutlineContext) -> Section:
    found = tuple(findings(ctx.report, ctx.lang))
    return Section(key="findings", title=ctx.t("report.cover.findings"), subtitle=ctx.subtitle(), items=found,
                   notes=() if found else (ctx.t("report.cover.no_findings"),))
