"""Remove bearer tokens, OAuth tokens and Authorization headers from every log record and message.

tweepy logs each request's headers (the ``Authorization: Bearer ...`` header included) at DEBUG level,
requests-oauthlib logs the token it obtained, and google-api-python-client logs each URL with its ``key=``. ``install()`` wraps the logging record factory so every record
created anywhere in the process is redacted before any handler, filter or formatter sees it.
"""

from __future__ import annotations

import logging
import re
import threading

REDACTED = "[REDACTED]"

# (substrings of the lower-cased text that must be present for the pattern to matter, pattern, replacement).
# The cheap substring test keeps ordinary records away from the regular expressions, and every pattern starts
# with a literal (case variants are separate patterns), which the regex engine finds without trying each position.
_AUTH = r"""['"]?\s*[:=]\s*)(?:'[^'\r\n]*'|"[^"\r\n]*"|[^\r\n]*)"""
_KEY_VALUE = r"""['"]?\s*[:=]\s*['"]?)(?!\[REDACTED\])[^'"&\s,;}\]]+"""
_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    # The whole value of an Authorization header (Proxy-Authorization too), in a dict repr, an HTTP dump or
    # "key=value" form.
    *((("authorization",), re.compile(f"({spelling}{_AUTH}"), rf"\1'{REDACTED}'")
      for spelling in ("Authorization", "authorization", "AUTHORIZATION")),
    # "Bearer <token>" anywhere else (error texts, reprs); tokens are long, so "Bearer Token" stays readable.
    *((("bearer",), re.compile(rf"({spelling}\s+)[A-Za-z0-9%._~+/=-]{{16,}}"), rf"\1{REDACTED}")
      for spelling in ("Bearer", "bearer", "BEARER")),
    # OAuth fields (access_token, refresh_token, oauth_token, client_secret, oauth_signature, code_verifier, ...)
    # as dict items, JSON, query strings or form bodies.
    *(((suffix.lower(),), re.compile(f"({suffix}{_KEY_VALUE}"), rf"\1{REDACTED}")
      for suffix in ("_token", "_secret", "_signature", "_verifier", "_TOKEN", "_SECRET")),
    # An authorization code in a redirect URL, a token request body or a dict of form data.
    (("code=",), re.compile(r"(?<=[?&])(code=)(?!\[REDACTED\])[^&\s'\"]+"), rf"\1{REDACTED}"),
    (("code",), re.compile(r"""(?<=['"])(code['"]\s*:\s*['"])(?!\[REDACTED\])[^'"]+"""), rf"\1{REDACTED}"),
    # App-only bearer tokens have a recognisable shape even without a label (a run of A's, then URL-encoded text).
    (("aaaaaaaaaaaa",), re.compile(r"AAAAAAAAAAAA[A-Za-z0-9%._~+/=-]{20,}"), REDACTED),
    # An API key in a query string (google-api-python-client logs every URL, ``&key=...`` included), and Google API
    # keys by their shape wherever else they appear.
    (("key=",), re.compile(r"(?<=[?&])(key=)(?!\[REDACTED\])[^&\s'\"]+"), rf"\1{REDACTED}"),
    (("aiza",), re.compile(r"AIza[0-9A-Za-z_-]{30,}"), REDACTED),
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
    lower = text.lower()
    for triggers, pattern, replacement in _PATTERNS:
        if any(t in lower for t in triggers):
            text = pattern.sub(replacement, text)
    return text


def redact_record(record: logging.LogRecord) -> logging.LogRecord:
    """Redact ``record`` in place: its formatted message, and any exception text already rendered."""
    try:
        message = record.getMessage()
    except Exception:  # a malformed record: leave it to logging's own error handling  # noqa: BLE001
        return record
    cleaned = redact(message)
    if cleaned != message:  # records without secrets keep their msg and args untouched
        record.msg, record.args = cleaned, None
    if record.exc_info and not record.exc_text:
        # Formatters render the traceback only later, from exc_info; render it now so its text is redacted too.
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
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
