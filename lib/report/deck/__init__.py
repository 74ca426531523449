"""The slide deck of a report outline (python-pptx): ``build_deck(outline) -> bytes``."""

from __future__ import annotations

from lib.report.deck.layout import SectionFilter, layout
from lib.report.deck.pptx_writer import write_pptx
from lib.report.outline.model import Outline


def build_deck(outline: Outline, *, include: SectionFilter | None = None) -> bytes:
    """The .pptx bytes of ``outline``: cover, verdicts or findings, one slide per area with its key figures and a
    native chart, the channel scorecard, the data notes; KPI definitions in the speaker notes.

    ``include(section_key)`` returns False for areas to leave out.
    """
    slides = layout(outline, include=include)
    return write_pptx(slides, title=outline.title, subject=outline.client or "")


__all__ = ["build_deck", "layout", "write_pptx"]
