"""Remove bearer tokens, OAuth tokens and Authorization headers from every log record and message.

tweepy logs each request's headers (the ``Authorization: Bearer ...`` header included) at DEBUG level, and
requests-oauthlib logs the token it obtained. ``install()`` wraps the logging record factory so every record
created anywhere in the process is redacted before any handler, filter or formatter sees it.
"""

from __future__ import annotations

import logging
import re
import threading

REDACTED = "[REDACTED]"

_QUOTED_VALUE = r"""(?:'[^'\r\n]*'|"[^"\r\n]*"|[^\r\n]*)"""

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # The whole value of an Authorization header, in a dict repr, an HTTP dump or "key=value" form.
    (re.compile(r"""(?i)(['"]?\b(?:proxy-)?authorization['"]?\s*[:=]\s*)""" + _QUOTED_VALUE), rf"\1'{REDACTED}'"),
    # "Bearer <token>" anywhere else (error texts, reprs); tokens are long, so "Bearer Token" stays readable.
    (re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9%._~+/=-]{16,}"), rf"\1{REDACTED}"),
    # OAuth fields as dict items, JSON, query strings or form bodies.
    (
        re.compile(
            r"""(?i)(['"]?\b(?:access_token|refresh_token|id_token|bearer_token|oauth_token|oauth_token_secret"""
            r"""|oauth_signature|oauth_verifier|client_secret|consumer_secret|access_token_secret|code_verifier)"""
            r"""['"]?\s*[:=]\s*['"]?)(?!\[REDACTED\])[^'"&\s,;}\]]+"""
        ),
        rf"\1{REDACTED}",
    ),
    # An authorization code in a redirect URL, a token request body or a dict of form data.
    (re.compile(r"([?&]code=)(?!\[REDACTED\])[^&\s'\"]+"), rf"\1{REDACTED}"),
    (re.compile(r"""(['"]code['"]\s*:\s*['"])(?!\[REDACTED\])[^'"]+"""), rf"\1{REDACTED}"),
    # App-only bearer tokens have a recognisable shape even without a label (a run of A's, then URL-encoded text).
    (re.compile(r"A{12,}[A-Za-z0-9%._~+/=-]{20,}"), REDACTED),
)

_lock = threading.Lock()
_installed = False


def redact(text: str) -> str:
    """``text`` with every token, secret and Authorization header value replaced by ``[REDACTED]``.

    >>> redact("Headers: {'User-Agent': 'x', 'Authorization': 'Bearer AAAA1234'}")
    "Headers: {'User-Agent': 'x', 'Authorization': '[REDACTED]'}"
    >>> redact('{"access_token": "abc.def", "token_type": "bearer"}')
    '{"access_token": "[REDACTED]", "token_type": "bearer"}'
    """
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def redact_record(record: logging.LogRecord) -> logging.LogRecord:
    """Redact ``record`` in place: its formatted message, and any exception text already rendered."""
    try:
        message = record.getMessage()
    except Exception:  # a malformed record: leave it to logging's own error handling  # noqa: BLE001
        return record
    cleaned = redact(message)
    if cleaned != message or record.args:
        record.msg, record.args = cleaned, None
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    return record


class RedactingFilter(logging.Filter):
    """A logging filter that redacts every record passing through it (and never drops one)."""

    def filter(self, record: logging.LogRecord) -> bool:
        redact_record(record)
        return True


def install() -> None:
    """Redact every log record of the process from now on (idempotent, thread-safe).

    The record factory is wrapped, so records from any logger (``tweepy.client``, ``requests_oauthlib``,
    ``urllib3``) are clean before handlers, pytest's ``caplog`` or Streamlit's logger see them. A filter is
    also put on the root logger's handlers for records built by code that bypasses the factory.
    """
    global _installed
    with _lock:
        if not _installed:
            previous = logging.getLogRecordFactory()

            def factory(*args, **kwargs) -> logging.LogRecord:
                return redact_record(previous(*args, **kwargs))

            logging.setLogRecordFactory(factory)
            _installed = True
        for handler in logging.getLogger().handlers:
            if not any(isinstance(f, RedactingFilter) for f in handler.filters):
                handler.addFilter(RedactingFilter())
