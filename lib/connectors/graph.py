"""Meta's Graph APIs over plain ``requests`` (Facebook Pages and Instagram on graph.facebook.com, Threads on
graph.threads.net): one GET, cursor paging, and Meta's error codes in the platform's terms.

Meta's Python SDK (facebook-business) is built for the Marketing API; Pages, Instagram and Threads reads are plain
GETs with ``fields``, so ``requests`` is the client here. The token travels as ``access_token`` (the documented
form): ``lib.connectors.redact`` removes it from every log record (urllib3 logs each URL at DEBUG), and no message
is built from a response's URL. Pages are followed by ``paging.cursors.after`` on the same request, not by the
``paging.next`` URL (which repeats the token).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import requests

from lib.connectors import redact
from lib.connectors.base import (
    REQUEST_TIMEOUT,
    AccountNotFound,
    AuthError,
    Fetch,
    FetchError,
    FetchRequest,
    MissingPermission,
    NoNetwork,
    RateLimited,
    RequestRefused,
    Unavailable,
)

RATE_CODES = frozenset({4, 17, 32, 613}) | frozenset(range(80001, 80015))
NOT_FOUND_CODES = frozenset({803})
_PERMISSION = re.compile(r"'([a-z]+(?:_[a-z]+)+)'")


class GraphError(Exception):
    """A Graph API refusal: the HTTP status, Meta's error object (message, type, code, subcode) and the usage
    headers (when to come back). Never holds the URL or the token."""

    def __init__(self, status: int, error: dict[str, Any], headers: dict[str, str]):
        super().__init__(f"{status} {error.get('type', '')} {error.get('code', '')}")
        self.status, self.error, self.headers = status, error, headers

    @property
    def code(self) -> int | None:
        code = self.error.get("code")
        return int(code) if isinstance(code, int | str) and str(code).isdigit() else None


class Graph:
    """GETs on one Graph API host and version with one token (``api_url`` points elsewhere: a proxy, a test server)."""

    def __init__(self, host: str, version: str, token: str, api_url: str | None = None):
        redact.install()
        self.base = f"{(api_url or host).rstrip('/')}/{version}"
        self.token = token
        self.session = requests.Session()

    def __getstate__(self) -> dict[str, Any]:  # never pickled with the token
        return {**self.__dict__, "token": None, "session": None}

    def get(self, path: str, **params: Any) -> dict[str, Any]:
        """One GET of ``path`` with ``params``; the answer's JSON, or ``GraphError`` / ``requests`` errors."""
        response = self.session.get(f"{self.base}/{path.lstrip('/')}",
                                    params={**{k: v for k, v in params.items() if v is not None},
                                            "access_token": self.token}, timeout=REQUEST_TIMEOUT)
        try:
            body = response.json()
        except ValueError:
            body = {}
        if not response.ok or (isinstance(body, dict) and "error" in body):
            found = body.get("error") if isinstance(body, dict) else None
            error: dict[str, Any] = found if isinstance(found, dict) else {}
            raise GraphError(response.status_code, error, {k.lower(): v for k, v in response.headers.items()})
        return body if isinstance(body, dict) else {"data": body}



class GraphFetch(Fetch):
    """A fetch over a ``Graph`` of the node the user named (``node_id``): counted GETs and cursor paging."""

    def __init__(self, request: FetchRequest, graph: Graph):
        super().__init__(request)
        self.graph = graph
        self.node_id = self.account

    def get(self, path: str, **params: Any) -> dict[str, Any]:
        self.requests += 1
        return self.graph.get(path, **params)

    def pages(self, path: str, **params: Any) -> Iterator[dict[str, Any]]:
        """Every page of a list edge, following ``paging.cursors.after`` while a ``paging.next`` exists."""
        after = None
        while True:
            page = self.get(path, **params, after=after)
            yield page
            paging = page.get("paging") or {}
            after = (paging.get("cursors") or {}).get("after")
            if not paging.get("next") or not after:
                return


def translate(exc: Exception, platform: str, account: str, host: str, needed: str, now: dt.datetime
              ) -> FetchError | None:
    """A FetchError for a Graph refusal or a network failure, in the platform's terms.

    ``needed`` names the permission a refusal most likely lacks when Meta's message does not quote one.
    """
    if isinstance(exc, requests.RequestException):
        return NoNetwork(platform=platform, params={"host": host})
    if not isinstance(exc, GraphError):
        return None
    error, code, status = exc.error, exc.code, exc.status
    said = redact.redact(str(error.get("message") or "")).strip()
    detail = f"{status} {error.get('type') or 'error'} {code}: {said}" if code is not None else f"{status}: {said}"
    params = {"account": account, "status": str(status), "detail": detail.strip(": ")}
    if code in RATE_CODES or status == 429:
        return RateLimited(resume_at=resume_time(exc.headers, now), status=status, platform=platform, params=params)
    if code == 190 or status == 401:
        return AuthError(status=status, platform=platform, params=params)
    if code == 10 or (code is not None and 200 <= code <= 299):
        found = _PERMISSION.search(said)
        return MissingPermission(status=status, platform=platform,
                                 params={**params, "permission": found.group(1) if found else needed})
    if (code == 100 and error.get("error_subcode") == 33) or code in NOT_FOUND_CODES or status == 404:
        return AccountNotFound(status=status, platform=platform, params=params)
    if status >= 500 or code in (1, 2):
        return Unavailable(status=status, platform=platform, params={**params, "status": str(status)})
    return RequestRefused(status=status, platform=platform, params={**params, "detail": f": {params['detail']}"})


def resume_time(headers: dict[str, str], now: dt.datetime) -> dt.datetime:
    """When Meta lets the app call again: the longest ``estimated_time_to_regain_access`` (minutes) of the usage
    headers, else an hour from now."""
    minutes = 0
    for name in ("x-business-use-case-usage", "x-app-usage", "x-ad-account-usage"):
        try:
            usage = json.loads(headers.get(name) or "{}")
        except ValueError:
            continue
        entries = [e for v in usage.values() for e in (v if isinstance(v, list) else [v])] \
            if isinstance(usage, dict) and "call_count" not in usage else [usage]
        for entry in entries:
            if isinstance(entry, dict):
                minutes = max(minutes, int(entry.get("estimated_time_to_regain_access") or 0))
    return now + dt.timedelta(minutes=minutes or 60)
