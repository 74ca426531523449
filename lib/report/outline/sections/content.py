"""Content: how much and how regularly the brand posts, which post types and questions start conversations."""

from __future__ import annotations

from lib.report.outline.build import OutlineContext, area_section, table
from lib.report.outline.model import Section


def build(ctx: OutlineContext) -> Section:
    tables = [table(ctx, "post_types"), table(ctx, "question_vs_statement"), table(ctx, "brand_languages")]
    return area_section(ctx, "content", ("quantity", "continuity"), tables)
