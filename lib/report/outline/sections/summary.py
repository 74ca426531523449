"""Summary: every scalar KPI, quality ones (the headline) and quantity ones (for contrast)."""

from __future__ import annotations

from lib.report.outline.build import OutlineContext, figures
from lib.report.outline.model import Section


def build(ctx: OutlineContext) -> Section:
    return Section(key="summary", title=ctx.t("report.sheet.summary"), subtitle=ctx.subtitle(), figures=figures(ctx))
