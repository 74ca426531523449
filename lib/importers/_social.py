"""Helpers shared by the platform importers: reply-chain roots, date-only timestamps, HTML to text, header rows."""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Sequence

import numpy as np
import pandas as pd

from lib.importers._tabular import head_rows, header_score
from lib.importers.base import SourceFile

DATE_ONLY_HOUR = 12  # date-only exports: noon keeps the calendar day in every zone from UTC-11 to UTC+11


def header(f: SourceFile) -> list[str]:
    """The first CSV row of a text file (empty for spreadsheets and JSON)."""
    rows = head_rows(f, 2)
    if rows or f.is_binary_spreadsheet or f.head.lstrip()[:1] in ("{", "[", "<"):
        return rows[0] if rows else []
    first = f.head.splitlines()[:1]  # a header-only file (head_rows may drop a lone last line)
    return next(csv.reader(first), []) if first else []


def csv_score(f: SourceFile, required: Sequence[str], optional: Sequence[str] = ()) -> float:
    """``header_score`` of the file's first CSV row (0 for non-CSV files)."""
    cols = header(f)
    return header_score(cols, required, optional) if cols else 0.0


def isin(values: pd.Series, pool: pd.Series) -> pd.Series:
    """``values.isin(pool)`` through a hash index (pandas' string ``isin`` loops in Python on big columns)."""
    index = pd.Index(pool.dropna().unique())
    return pd.Series(index.get_indexer(values) >= 0, index=values.index) & values.notna()


def thread_roots(ids: pd.Series, parents: pd.Series) -> pd.Series:
    """The top of each comment's reply chain, found by pointer doubling (no loop over rows).

    Parameters
    ----------
    ids : Series of str
        Unique comment ids.
    parents : Series of str
        Each comment's parent id (null for top-level comments), aligned with ``ids``.

    Returns
    -------
    Series of str, aligned with ``ids``
        For a top-level comment its own id; otherwise the first ancestor that is not among ``ids`` (the post
        the chain hangs under, or a tweet the export does not hold), or the top-level comment it descends from.

    >>> thread_roots(pd.Series(["a", "b", "c", "d"]), pd.Series([None, "a", "b", "P"])).tolist()
    ['a', 'a', 'a', 'P']
    """
    n = len(ids)
    codes, uniques = pd.factorize(pd.concat([ids.astype("str"), parents.astype("str")], ignore_index=True))
    own, up = codes[:n], codes[n:]
    step = np.arange(len(uniques))
    has_parent = up >= 0
    step[own[has_parent]] = up[has_parent]  # every id points to its parent; tops and outside ids to themselves
    for _ in range(64):  # pointer doubling: 2**64 generations, beyond any real thread; also ends cycles
        nxt = step[step]
        if np.array_equal(nxt, step):
            break
        step = nxt
    return pd.Series(np.asarray(uniques, dtype=object)[step[own]], index=parents.index, dtype="str")


def twitter_time(s: pd.Series) -> pd.Series:
    """Twitter API times (``Tue Oct 31 22:10:47 +0000 2017``) as UTC, parsed by pyarrow's strptime (vectorised,
    English month and day names whatever the machine's locale). Unreadable values become NaT.

    >>> twitter_time(pd.Series(["Tue Oct 31 22:10:47 +0000 2017", "junk", None])).tolist()
    [Timestamp('2017-10-31 22:10:47+0000', tz='UTC'), NaT, NaT]
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pc.utf8_trim_whitespace(pa.array(s.astype("str"), type=pa.large_string(), from_pandas=True))
    parsed = pc.strptime(arr, format="%a %b %d %H:%M:%S %z %Y", unit="us", error_is_null=True)
    return pd.Series(parsed.to_pandas(), index=s.index).astype("datetime64[us, UTC]")


def date_only_utc(days: pd.Series, tz: str | None) -> pd.Series:
    """Calendar days (naive timestamps) as tz-aware UTC instants at noon in ``tz`` (UTC when None)."""
    local = days.dt.normalize() + pd.Timedelta(hours=DATE_ONLY_HOUR)
    return local.dt.tz_localize(tz or "UTC", nonexistent="shift_forward", ambiguous="NaT").dt.tz_convert("UTC")


_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>|</p>\s*<p[^>]*>", re.IGNORECASE)


def html_to_text(s: pd.Series) -> pd.Series:
    """HTML fragments (Mastodon notes, WordPress posts) as plain text: paragraphs and breaks become newlines."""
    t = s.astype("str").str.replace(_BREAK, "\n", regex=True).str.replace(_TAG, "", regex=True)
    return t.map(html.unescape, na_action="ignore").str.strip().astype("str")


def unescape(s: pd.Series) -> pd.Series:
    """HTML entities (``&amp;``) in exported texts decoded (only the texts holding an ``&`` are touched).

    >>> unescape(pd.Series(["a &amp; b", "plain", None])).tolist()
    ['a & b', 'plain', nan]
    """
    t = s.astype("str")
    has = t.str.contains("&", regex=False).fillna(False)
    if not has.any():
        return t
    return t.mask(has, t[has].map(html.unescape)).astype("str")


def sum_counts(*parts: pd.Series) -> pd.Series:
    """Row-wise sum of nullable counts: null only where every part is null."""
    frame = pd.concat(parts, axis=1)
    return frame.sum(axis=1, min_count=1).astype("Int64")
