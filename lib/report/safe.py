"""Text from users goes into cells as plain text: never a formula, never a character Excel rejects."""

from __future__ import annotations

import re

import pandas as pd
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

MAX_CELL_CHARS = 32_767  # Excel's limit for one cell
# What a spreadsheet would read as the start of a formula, also behind leading blanks (tab, CR, LF, space)
# and in the full-width forms some keyboards produce.
FORMULA_START_RE = re.compile(r"^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]")


def clean_text(value: object) -> str:
    """``value`` as a string without the control characters openpyxl rejects, cut to Excel's cell limit.

    >>> clean_text("ok\\x00\\x07 fine")
    'ok fine'
    """
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))[:MAX_CELL_CHARS]


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could read ``text`` as a formula (so it must be written with a text prefix).

    >>> [looks_like_formula(s) for s in ("=1+1", "\\t=1", "+1", "-2", "@SUM(A1)", "hello", "a=b")]
    [True, True, True, True, True, False, False]
    """
    return FORMULA_START_RE.match(text) is not None


def clean_text_series(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Vectorised ``clean_text`` over a column, and the mask of values that look like formulas.

    Missing values stay missing (``None``) and are never flagged.
    """
    text = values.astype("string")
    text = text.str.replace(ILLEGAL_CHARACTERS_RE.pattern, "", regex=True).str.slice(0, MAX_CELL_CHARS)
    flagged = text.str.match(FORMULA_START_RE.pattern).fillna(False).astype(bool)
    return text.astype(object).where(text.notna(), None), flagged
