"""Text from users stays text: literal in markdown, never a formula in a spreadsheet or a CSV opened in one.

Streamlit renders markdown in almost every element (titles, captions, messages, labels, tooltips), so a
workspace or file named ``![x](http://host/p.png)`` would make the browser fetch an outside image. Every
user-provided value placed in such a text goes through ``markdown_literal``. CSV files written for people
(``lib.cli export``, download buttons) go through ``csv_safe``: a text cell that a spreadsheet would read as a
formula gets a leading apostrophe (OWASP's advice; the workbook uses Excel's quote prefix instead), and
``csv_unsafe`` takes it off again when Conversa reads its own CSV back.
"""

from __future__ import annotations

import re

import pandas as pd

# What a spreadsheet may read as the start of a formula: = + - @ (also behind leading blanks and in the
# full-width forms some keyboards produce), or a leading tab or carriage return.
FORMULA_START_RE = re.compile(r"^(?:[\t\r]|[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20])")
# csv_safe prefixes a formula start, also one behind apostrophes (so "'=x" survives a round trip), and
# csv_unsafe takes exactly that one apostrophe off again
_PREFIX_NEEDED_RE = re.compile("^'*" + FORMULA_START_RE.pattern[1:])
_PREFIXED_RE = re.compile("^'(?='*" + FORMULA_START_RE.pattern[1:] + ")")
# Every ASCII punctuation character CommonMark lets a backslash escape, minus the few that never start markup
# inside a line (so numbers and dates stay readable where markdown is not rendered after all).
_MARKDOWN_RE = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$:&=\"])")
_BREAKS_RE = re.compile(r"[\r\n\t\u2028\u2029]+")


def markdown_literal(text: object) -> str:
    """``text`` escaped so Streamlit's markdown shows it exactly, as one line.

    >>> markdown_literal("![x](http://host/p.png)")
    '\\\\!\\\\[x\\\\]\\\\(http\\\\://host/p\\\\.png\\\\)'
    >>> markdown_literal(":red[big] <b>x</b>")
    '\\\\:red\\\\[big\\\\] \\\\<b\\\\>x\\\\</b\\\\>'
    """
    return _MARKDOWN_RE.sub(r"\\\1", _BREAKS_RE.sub(" ", str(text)))


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula.

    >>> [looks_like_formula(s) for s in ("=1+1", "\\t=1", "+1", "-2", "@SUM(A1)", "\\r=1", "hello", "a=b")]
    [True, True, True, True, True, True, False, False]
    """
    return FORMULA_START_RE.match(text) is not None


def csv_safe(values: pd.Series) -> pd.Series:
    """A text column for a CSV file: values a spreadsheet would run as a formula get a leading ``'``.

    >>> csv_safe(pd.Series(["=HYPERLINK(1)", "ok", None, "-x", "\\tx", "@a", "'+1"], dtype="string")).tolist()
    ["'=HYPERLINK(1)", 'ok', <NA>, "'-x", "'\\tx", "'@a", "''+1"]
    """
    text = values.astype("string")
    flagged = text.str.match(_PREFIX_NEEDED_RE.pattern).fillna(False).astype(bool)
    return text.mask(flagged, "'" + text) if flagged.any() else text


def csv_unsafe(values: pd.Series) -> pd.Series:
    """The inverse of ``csv_safe`` for Conversa's own CSV files: the apostrophe before a formula start goes.

    >>> csv_unsafe(pd.Series(["'=1", "'ok", None, "''+1"], dtype="string")).tolist()
    ['=1', "'ok", <NA>, "'+1"]
    """
    text = values.astype("string")
    return text.str.replace(_PREFIXED_RE.pattern, "", regex=True)
