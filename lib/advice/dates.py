"""Notes on dates (a campaign, a giveaway, a TV spot, a shop closed) and which of them explain a day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DateNote:
    """What happened on ``day``; ``platform`` None means every platform; ``id`` is the store's (None when not
    stored)."""

    day: dt.date
    text: str
    platform: str | None = None
    id: int | None = field(default=None, compare=False)

    def covers(self, day: dt.date, platform: str | None = None) -> bool:
        return self.day == day and (self.platform is None or platform is None or self.platform == platform)


def note_for(notes: Iterable[DateNote], day: dt.date, platform: str | None = None) -> DateNote | None:
    """The first note on ``day`` for ``platform`` (or for every platform), else None."""
    return next((n for n in notes if n.covers(day, platform)), None)


def in_period(notes: Iterable[DateNote], since: dt.date, until: dt.date) -> list[DateNote]:
    """The notes whose day falls in [since, until], by day."""
    return sorted((n for n in notes if since <= n.day <= until), key=lambda n: (n.day, n.platform or "", n.text))
