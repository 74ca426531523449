"""Community: who talks to the brand, how concentrated the conversation is, in which languages."""

from __future__ import annotations

from lib.report.outline.build import OutlineContext, area_section, table
from lib.report.outline.model import Section


def build(ctx: OutlineContext) -> Section:
    tables = [table(ctx, "commenters", limit=100), table(ctx, "lorenz", limit=101, printed=False),
              table(ctx, "audience_languages"), table(ctx, "comment_examples")]
    return area_section(ctx, "community", ("community",), tables)
