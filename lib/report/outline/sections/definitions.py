"""Definitions: what each KPI means, how it is computed, why it matters and how to improve it."""

from __future__ import annotations

import pandas as pd

from lib.kpis.catalog import KPIS
from lib.kpis.texts import describe
from lib.report.outline.build import OutlineContext
from lib.report.outline.model import Column, Section, Table


def build(ctx: OutlineContext) -> Section:
    rows = []
    for info in KPIS:
        text = describe(info.key, ctx.lang)
        rows.append((info.key, text.label, ctx.t(f"report.area.{info.area}"), text.formula, text.why, text.improve))
    frame = pd.DataFrame(rows, columns=["key", "label", "area", "formula", "why", "improve"])
    columns = (Column("label", ctx.t("report.kpi.label"), "text"), Column("area", ctx.t("report.defs.area"), "text"),
               Column("formula", ctx.t("report.defs.formula"), "text"), Column("why", ctx.t("report.defs.why"), "text"),
               Column("improve", ctx.t("report.defs.improve"), "text"))
    tab = Table("definitions", ctx.t("report.defs.title"), columns, frame, len(frame))
    return Section(key="definitions", title=ctx.t("report.sheet.definitions"), tables=(tab,))
