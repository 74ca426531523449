"""Channels: the scorecard, website traffic from social platforms, and every KPI platform by platform."""

from __future__ import annotations

import pandas as pd

from lib.kpis.catalog import SCALAR_KEYS
from lib.report.outline.build import OutlineContext, area_section, kpi_kind, label, number, table
from lib.report.outline.model import Column, Section, Table, ValueKind


def by_platform(ctx: OutlineContext) -> Table:
    """One row per KPI with a value on some platform, one column per platform (the KpiReport's values)."""
    report = ctx.report
    platforms = [p for p in report.platforms if p in report.by_platform] or sorted(report.by_platform)
    title = ctx.t("report.kpi.by_platform")
    rows: list[list[object]] = []
    kinds: list[ValueKind] = []
    for key in SCALAR_KEYS:
        values = [number(report.value(key, p)) for p in platforms]
        if any(v is not None for v in values):
            rows.append([label(key, ctx.lang), *values])
            kinds.append(kpi_kind(key))
    if not rows:
        return Table("by_platform", title, (), pd.DataFrame(), missing=ctx.t("report.table.missing"))
    keys = ["kpi", *platforms]
    frame = pd.DataFrame(rows, columns=keys, dtype=object)
    columns = (Column("kpi", ctx.t("report.kpi.label"), "text"),
               *(Column(p, ctx.platform_name(p), "decimal") for p in platforms))
    return Table("by_platform", title, columns, frame, len(rows), row_kinds=tuple(kinds))


def build(ctx: OutlineContext) -> Section:
    tables = [table(ctx, "channel_scorecard"), table(ctx, "traffic_by_platform")]
    section = area_section(ctx, "channels", ("channels",), tables)
    extra = by_platform(ctx)
    return Section(**{**section.__dict__, "tables": (*section.tables, extra)})
