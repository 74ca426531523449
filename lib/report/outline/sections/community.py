"""Community: who talks to the brand, how concentrated the conversation is, in which languages."""

from __future__ import annotations

import pandas as pd

from lib.report.outline.build import OutlineContext, area_section, raw_table, table
from lib.report.outline.model import Section


def _without(frame: pd.DataFrame | None, column: str) -> pd.DataFrame | None:
    return frame.drop(columns=column) if frame is not None and column in frame.columns else frame


def _text_last(frame: pd.DataFrame | None) -> pd.DataFrame | None:
    """Comment examples with the comment's text as the last column (room to read it)."""
    if frame is None or "text" not in frame.columns:
        return frame
    return frame[[c for c in frame.columns if c != "text"] + ["text"]]


def build(ctx: OutlineContext) -> Section:
    commenters = _without(raw_table(ctx, "commenters"), "rank")  # ranked by their order already
    tables = [table(ctx, "commenters", commenters, limit=100), table(ctx, "lorenz", limit=101, printed=False),
              table(ctx, "audience_languages"), table(ctx, "comment_examples", _text_last(raw_table(ctx, "comment_examples")))]
    return area_section(ctx, "community", ("community",), tables)
