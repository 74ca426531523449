"""Conversations: Kaushik's four and the conversation KPIs, reply times, thread depth, when conversations start."""

from __future__ import annotations

import pandas as pd

from lib.report.outline.build import OutlineContext, area_section, raw_table, table
from lib.report.outline.model import Section


def _starts_grid(ctx: OutlineContext) -> pd.DataFrame | None:
    """Conversation starts as hours down, weekdays across (a grid that fits a page)."""
    frame = raw_table(ctx, "conversation_starts")
    if frame is None or not {"weekday", "hour"} <= set(frame.columns):
        return frame
    value = next((c for c in frame.columns if c not in ("weekday", "hour")
                  and pd.api.types.is_numeric_dtype(frame[c])), None)
    if value is None:
        return frame
    grid = frame.pivot_table(index="hour", columns="weekday", values=value, aggfunc="sum", sort=True)
    if pd.api.types.is_integer_dtype(grid.columns):  # 0 = Monday
        from babel.dates import get_day_names

        names = get_day_names("abbreviated", locale=ctx.lang)
        grid.columns = pd.Index([names[int(d)] for d in grid.columns])
    grid.columns = pd.Index([str(c) for c in grid.columns])
    return grid.reset_index()


def build(ctx: OutlineContext) -> Section:
    tables = [table(ctx, "brand_response_time_histogram"), table(ctx, "thread_depth_distribution"),
              table(ctx, "conversation_starts", _starts_grid(ctx))]
    return area_section(ctx, "conversations", ("kaushik", "conversation"), tables)
