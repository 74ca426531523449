"""The registry of report sections, in reading order: key -> ``build(ctx) -> Section``.

Adding a section is one module here with a ``build(ctx: OutlineContext) -> Section`` function (read values from
``ctx.report``, translate with ``ctx.t``, use the helpers of ``lib.report.outline.build``: ``figures``, ``table``,
``chart``, ``area_section``) and one line in ``SECTIONS`` below, with its title under ``report.sheet.<key>`` in
the report catalogue (English and Italian). Renderers show the sections they know how to lay out; the workbook
renders any section it has no sheet module for with its generic section sheet.

``data_notes`` stays last; each table's cap (``Table.note``) is listed with the workbook's data notes, the one
document that holds the tables.
"""

from __future__ import annotations

from collections.abc import Callable

from lib.report.outline.build import OutlineContext
from lib.report.outline.model import Section
from lib.report.outline.sections import (
    advice,
    audience,
    channels,
    community,
    content,
    conversations,
    data_notes,
    definitions,
    findings,
    posts,
    summary,
)

SectionBuilder = Callable[[OutlineContext], Section]

SECTIONS: dict[str, SectionBuilder] = {
    "findings": findings.build,
    "advice": advice.build,
    "summary": summary.build,
    "conversations": conversations.build,
    "community": community.build,
    "content": content.build,
    "audience": audience.build,
    "channels": channels.build,
    "posts": posts.build,
    "definitions": definitions.build,
    "data_notes": data_notes.build,
}
AREA_SECTIONS: tuple[str, ...] = ("conversations", "community", "content", "audience", "channels")
