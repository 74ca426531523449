"""Audience: followers day by day, suspicious spikes, interactions per 1,000 followers, whether dialogue scales."""

from __future__ import annotations

import pandas as pd

from lib.report.outline.build import OutlineContext, area_section, raw_table, table
from lib.report.outline.model import Section


def _daily_total(ctx: OutlineContext) -> pd.DataFrame | None:
    """The daily table summed over platforms (one row a day)."""
    frame = raw_table(ctx, "daily")
    if frame is None or not {"date", "platform"} <= set(frame.columns):
        return frame
    numeric = [c for c in frame.columns if c not in ("date", "platform") and pd.api.types.is_numeric_dtype(frame[c])]
    return frame.groupby("date", as_index=False, sort=True)[numeric].sum(min_count=1)


def build(ctx: OutlineContext) -> Section:
    tables = [table(ctx, "daily", _daily_total(ctx), printed=False), table(ctx, "engagement_per_1k_followers_trend"),
              table(ctx, "scale_curve"), table(ctx, "follower_spike_days")]
    return area_section(ctx, "audience", ("authenticity", "scale"), tables)
