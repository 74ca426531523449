"""X's failures in the connector framework's terms: one error class per cause, built from the HTTP status
alone (never from a text that could hold the token)."""

from __future__ import annotations

import datetime as dt

import requests
import tweepy

from lib.connectors import redact
from lib.connectors.base import (
    AccountNotFound,
    AuthError,
    FetchError,
    NoNetwork,
    RateLimited,
    RequestRefused,
    Unavailable,
)
from lib.connectors.x_tables import PLATFORM

XConnectorError = FetchError


class XAuthError(AuthError):
    """401: the token is wrong, expired or revoked."""


class XAccessError(FetchError):
    """403: the plan does not include the endpoint, or the app is not attached to a Project."""

    default_code = "x.plan"


class XCreditsError(FetchError):
    """402: the account's pay-per-use credits are used up."""

    default_code = "x.credits"


class XRateLimitError(RateLimited):
    """429 before anything arrived; ``reset`` is when the limit resets."""

    @property
    def reset(self) -> dt.datetime | None:
        return self.resume_at


class XUnavailableError(Unavailable):
    """5xx or no connection: X cannot be reached right now."""


class XNetworkError(NoNetwork, XUnavailableError):
    """No connection to X."""


class XAccountNotFound(AccountNotFound):
    """The username does not exist, or the account is suspended or protected."""


class XRequestError(RequestRefused):
    """400 and other answers: X rejected the request as made."""


class NotFound(tweepy.TweepyException):
    def __init__(self, username: str):
        super().__init__(username)
        self.username = username


def reset_time(exc: tweepy.TooManyRequests) -> dt.datetime | None:
    reset = getattr(exc, "reset_time", None)
    if reset is None:
        header = exc.response.headers.get("x-rate-limit-reset") if exc.response is not None else None
        reset = int(header) if header and header.isdigit() else None
    return None if reset is None else dt.datetime.fromtimestamp(reset, dt.UTC)


def translate(exc: Exception) -> FetchError:
    """An error in X's terms for a tweepy/requests failure (never including the token)."""
    if isinstance(exc, NotFound):
        return XAccountNotFound(platform=PLATFORM, params={"account": f"@{exc.username}",
                                                           "detail": "404 resource-not-found"})
    if isinstance(exc, requests.RequestException):
        return XNetworkError(platform=PLATFORM, params={"host": "api.twitter.com"})
    status = getattr(getattr(exc, "response", None), "status_code", None)
    api_messages = " ".join(redact.redact(m) for m in getattr(exc, "api_messages", []) if isinstance(m, str))
    if status == 401:
        return XAuthError(status=401, platform=PLATFORM, params={"detail": "401 Unauthorized"})
    if status == 402:
        return XCreditsError(status=402, platform=PLATFORM)
    if status == 403:
        code = "x.not_enrolled" if _api_reason(exc) == "client-not-enrolled" else "x.plan"
        return XAccessError(status=403, code=code, platform=PLATFORM)
    if isinstance(exc, tweepy.TwitterServerError) or (status is not None and status >= 500):
        return XUnavailableError(status=status, platform=PLATFORM, params={"status": str(status)})
    detail = f": {api_messages}" if api_messages else ""
    return XRequestError(status=status, platform=PLATFORM, params={"status": str(status or "error"),
                                                                   "detail": detail})


def _api_reason(exc: Exception) -> str | None:
    response = getattr(exc, "response", None)
    try:
        body = response.json() if response is not None else {}
    except ValueError:
        return None
    return body.get("reason") if isinstance(body, dict) else None
