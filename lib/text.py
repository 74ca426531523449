"""Per-row text features computed once at import: question posts and substantive comments.

The KPI issue owns the full per-language rules; this module is their one home.
"""

from __future__ import annotations

import pandas as pd


def is_question(text: pd.Series) -> pd.Series:
    """True where a post's text asks a question (contains ``?`` or ``¿``), <NA> where there is no text."""
    t = text.astype("str")
    return t.str.contains("?", regex=False).fillna(False).astype("boolean").mask(text.isna())


def is_substantive(text: pd.Series) -> pd.Series:
    """True where a comment says something (see KPIS.md substantive_comment_share)."""
    words = text.astype("str").str.count(r"[^\W\d_]{2,}")
    return (words >= 4).astype("boolean").mask(text.isna())
