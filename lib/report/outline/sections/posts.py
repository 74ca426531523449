"""Posts: every post of the period ranked by conversation, with its link."""

from __future__ import annotations

import numpy as np

from lib.report.outline.build import OutlineContext, raw_table, table
from lib.report.outline.model import Section

MAX_ROWS = 1_048_000  # an Excel sheet holds 1,048,576 rows; no document shows more


def build(ctx: OutlineContext) -> Section:
    frame = raw_table(ctx, "posts_ranked")
    if frame is not None and "rank" not in frame.columns:
        frame.insert(0, "rank", np.arange(1, len(frame) + 1))
    tab = table(ctx, "posts_ranked", frame, title=ctx.t("report.posts.title"), limit=MAX_ROWS)
    if tab.missing:
        tab = type(tab)(tab.key, tab.title, (), tab.frame, 0, None, ctx.t("report.posts.none"))
    return Section(key="posts", title=ctx.t("report.sheet.posts"), subtitle=ctx.subtitle(), tables=(tab,),
                   notes=(tab.note,) if tab.note else ())
