"""Passwords: argon2id hashes (``argon2-cffi``) and the throttle on failed sign-ins.

Failed attempts are counted per account and per client address over ``WINDOW``; after ``FREE_ATTEMPTS``
each further failure doubles the wait before the next attempt is even checked, up to ``MAX_WAIT``. The
failures are read from the audit log, so every app server sharing the database applies the same wait.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from lib.errors import AuthError

MIN_LENGTH = 10
MAX_LENGTH = 1024
FREE_ATTEMPTS = 3
WINDOW = dt.timedelta(minutes=15)
MAX_WAIT = dt.timedelta(minutes=15)

_HASHER = PasswordHasher()  # argon2id with the library's current defaults (RFC 9106 low-memory profile)
_DUMMY = _HASHER.hash("conversa-no-such-account")  # verified against for unknown accounts: same timing


def check_new(password: str) -> str:
    """A password fit to be set, or ``AuthError`` saying why not."""
    if not isinstance(password, str) or len(password) < MIN_LENGTH:
        raise AuthError(f"Passwords need at least {MIN_LENGTH} characters.")
    if len(password) > MAX_LENGTH:
        raise AuthError(f"Passwords can have at most {MAX_LENGTH} characters.")
    return password


def hash_password(password: str) -> str:
    """The argon2id hash to store (the password itself is never stored)."""
    return _HASHER.hash(check_new(password))


def verify(stored_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches ``stored_hash``; an account without a hash (or none at all) never matches,
    after the same amount of work as a real check."""
    try:
        return _HASHER.verify(stored_hash or _DUMMY, password[:MAX_LENGTH]) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """Whether the hash was made with weaker parameters than today's (re-hash it after a good sign-in)."""
    try:
        return _HASHER.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


def wait(failures: Iterable[dt.datetime], now: dt.datetime) -> dt.timedelta:
    """How long the next attempt must wait, given the times of recent failures (of one account or address).

    >>> t = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)
    >>> wait([t] * 3, t)
    datetime.timedelta(0)
    >>> wait([t] * 4, t)
    datetime.timedelta(seconds=2)
    >>> wait([t] * 6, t + dt.timedelta(seconds=3))
    datetime.timedelta(seconds=5)
    """
    recent = sorted(f for f in failures if now - f < WINDOW)
    extra = len(recent) - FREE_ATTEMPTS
    if extra <= 0:
        return dt.timedelta(0)
    delay = min(dt.timedelta(seconds=2 ** extra), MAX_WAIT)
    left = recent[-1] + delay - now
    return max(left, dt.timedelta(0))
