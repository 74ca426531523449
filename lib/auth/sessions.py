"""A password sign-in's session: when it started and was last used, and whether it has expired."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from lib.auth.config import AuthConfig


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Session:
    """Kept in the browser session's server-side state only (never in a cookie, a cache or the database)."""

    email: str
    started: dt.datetime
    last_seen: dt.datetime

    @classmethod
    def start(cls, email: str, at: dt.datetime | None = None) -> Session:
        at = at or now()
        return cls(email, at, at)

    def expired(self, config: AuthConfig, at: dt.datetime | None = None) -> bool:
        """Past the longest sign-in (``session_hours``) or idle too long (``idle_minutes``)."""
        at = at or now()
        return at - self.started >= config.session_max or at - self.last_seen >= config.idle_max

    def touched(self, at: dt.datetime | None = None) -> Session:
        return replace(self, last_seen=at or now())
