"""Values: header names compared, columns found, text turned into numbers, counts, times and days.

``norm``, ``header_score``, ``coalesce``, ``column``, ``translate``, ``to_number`` (locale-aware), ``to_count``,
``to_utc``, ``to_day``, ``excel_serial``; ``MISSING_TOKENS`` are the cells that mean "no value".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

MISSING_TOKENS = ("", "N/A", "n/a", "NA", "-", "--", "undefined", "null", "None", "nan", "NaN", "#N/A")


def norm(name: object) -> str:
    """Column name for matching: NFKC, lower case, no quotes/BOM, single spaces.

    >>> norm(' "Reactions,  Comments and Shares" ')
    'reactions, comments and shares'
    """
    s = unicodedata.normalize("NFKC", str(name)).replace("\ufeff", "").strip().strip('"').strip()
    return re.sub(r"\s+", " ", s).lower()


def header_score(columns: Iterable[object], required: Iterable[str], optional: Iterable[str] = ()) -> float:
    """Detection confidence from a header: 0 unless every ``required`` name is present, then 0.6..1.0.

    Names are compared with ``norm``; each alternative in ``required`` may be a ``|``-separated set
    ("post id|publicerings-id").
    """
    cols = {norm(c) for c in columns}

    def has(alts: str) -> bool:
        return any(norm(a) in cols for a in alts.split("|"))

    req = list(required)
    if not all(has(r) for r in req):
        return 0.0
    opt = list(optional)
    if not opt:
        return 0.9
    return 0.6 + 0.4 * sum(has(o) for o in opt) / len(opt)


def coalesce(frame: pd.DataFrame, *names: str) -> pd.Series:
    """The first non-empty value across the columns (present ones, matched with ``norm``) of each row.

    Returns an all-<NA> string series when none of the columns exist. Used for twins such as
    ``Publicerings-id`` / ``Post ID`` in mixed-locale Meta exports and duplicates such as ``Views.1``.
    """
    by_norm: dict[str, str] = {}
    for c in frame.columns:
        by_norm.setdefault(norm(c), c)
    out = None
    for n in names:
        col = by_norm.get(norm(n))
        if col is None:
            continue
        s = frame[col]
        out = s if out is None else out.fillna(s)
    if out is None:
        return pd.Series(pd.array([None], dtype="str").take(np.zeros(len(frame), dtype=np.intp)), index=frame.index)
    return out


def column(frame: pd.DataFrame, *names: str) -> str | None:
    """The actual name of the first of ``names`` present in ``frame`` (compared with ``norm``)."""
    by_norm = {norm(c): c for c in reversed(list(frame.columns))}
    for n in names:
        if norm(n) in by_norm:
            return by_norm[norm(n)]
    return None


def translate(s: pd.Series, mapping: Mapping[str, str]) -> pd.Series:
    """Text values found in ``mapping`` replaced by their mapped value, others kept (vectorised in pyarrow;
    the same as ``s.map(mapping).fillna(s)`` on text, many times faster on long columns).

    >>> translate(pd.Series(["photos", "reel", None]), {"photos": "photo"}).tolist()
    ['photo', 'reel', nan]
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pa.array(s.astype("str"), type=pa.large_string(), from_pandas=True)
    keys = pa.array(list(mapping), type=pa.large_string())
    values = pa.array([str(v) for v in mapping.values()], type=pa.large_string())
    mapped = pc.take(values, pc.index_in(arr, value_set=keys))
    out = pc.coalesce(mapped, arr)
    return pd.Series(pd.array(out, dtype="str"), index=s.index)


def to_number(s: pd.Series, decimal: str | None = None) -> pd.Series:
    """Locale-aware numbers as Float64 (``<NA>`` for empty, ``N/A``, ``undefined``, ``-``).

    Handles thousands separators (``1,234``, ``1.234``, ``1 234``, ``1'234``), decimal commas (``12,5``),
    percent signs (``12%`` -> 0.12) and numbers already parsed. ``decimal`` forces ``.`` or ``,``;
    otherwise it is guessed per column: a comma followed by other than exactly three digits is decimal.

    >>> to_number(pd.Series(["1,234", "2.5", "N/A", None])).tolist()
    [1234.0, 2.5, <NA>, <NA>]
    >>> to_number(pd.Series(["1.234,5", "7,25"])).tolist()
    [1234.5, 7.25]
    """
    if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
        return s.astype("Float64")
    t = s.astype("str")
    if decimal is None:
        plain = _arrow_cast(t, pa_type="float64")
        if plain is not None:  # fast path: plain numbers and missing tokens only (the common case)
            return plain.astype("Float64")
    t = t.str.strip()
    t = t.where(~t.isin(MISSING_TOKENS))
    t = t.str.replace(r"[\s\u00a0\u202f'’]", "", regex=True)
    pct = t.str.endswith("%").fillna(False)
    t = t.str.rstrip("%")
    if decimal is None:
        has_c, has_d = t.str.contains(",").fillna(False), t.str.contains(".", regex=False).fillna(False)
        both = has_c & has_d
        comma_last = (t.str.rfind(",") > t.str.rfind(".")).fillna(False)
        # thousands groups never start with 0: "0,125" is a decimal comma
        grouped_c = t.str.fullmatch(r"[-+]?[1-9]\d{0,2}(?:,\d{3})+").fillna(False)
        column_comma = bool((has_c & ~both & ~grouped_c).any() or (both & comma_last).any())
        grouped_d = t.str.fullmatch(r"[-+]?[1-9]\d{0,2}(?:\.\d{3})+").fillna(False)
        comma_dec = (both & comma_last) | (~both & has_c & (~grouped_c | column_comma))
        comma_dec = comma_dec | (~both & has_d & grouped_d & column_comma)
    else:
        comma_dec = pd.Series(decimal == ",", index=t.index)
    eu = t.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    us = t.str.replace(",", "", regex=False)
    t = eu.where(comma_dec, us)
    out = pd.to_numeric(t, errors="coerce").astype("Float64")
    return out.where(~pct, out / 100)


def _arrow_cast(t: pd.Series, pa_type: str | None = None, fmt: str | None = None) -> pd.Series | None:
    """Cast strings with pyarrow (missing tokens -> null): to ``pa_type``, or parse with strptime ``fmt``.

    Returns None when any other value fails, so the caller can take its slower, more lenient path.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pa.array(t, type=pa.large_string(), from_pandas=True)
    arr = pc.if_else(pc.is_in(arr, pa.array(MISSING_TOKENS, type=pa.large_string())), None, arr)
    try:
        if fmt is not None:
            out = pc.strptime(arr, format=fmt, unit="us", error_is_null=True)
            if pc.sum(pc.and_(pc.is_null(out), pc.is_valid(arr))).as_py():
                return None
            return pd.Series(out.to_pandas(), index=t.index)
        out = pc.cast(arr, getattr(pa, pa_type or "float64")())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    return pd.Series(out.to_numpy(zero_copy_only=False), index=t.index).astype("Float64").mask(
        pd.Series(pc.is_null(out).to_numpy(zero_copy_only=False), index=t.index))


def to_count(s: pd.Series, decimal: str | None = None) -> pd.Series:
    """Whole-number counts as nullable Int64 (``<NA>`` where the export has no value, never 0).

    A count cannot have a fraction, so when every fractional value looks like ``1.234`` (a dot before
    groups of three digits) the dots are read as thousands separators.

    >>> to_count(pd.Series(["1.234", "2.500", "7", None])).tolist()
    [1234, 2500, 7, <NA>]
    """
    if pd.api.types.is_integer_dtype(s) and not pd.api.types.is_bool_dtype(s):
        return s.astype("Int64")  # typed by the reader already
    out = to_number(s, decimal)
    frac = out.notna() & (out % 1 != 0)
    if decimal is None and frac.any():
        t = s.astype("str").str.strip()
        if t[frac].str.fullmatch(r"[-+]?\d{1,3}(?:\.\d{3})+").all():
            out = to_number(s, ",")
    return out.round().astype("Int64")


_OFFSET = re.compile(r"(?:Z|[+-]\d\d:?\d\d)$")
_NAIVE_FORMATS = (
    "%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d",
    "%Y-%m-%dT%H:%M:%S.%f", "%d/%m/%Y %H:%M", "%d.%m.%Y %H:%M", "%Y%m%d",
    # what a re-save leaves: seconds added, locale date text (day first in most of Europe), two-digit years
    "%d/%m/%Y %H:%M:%S", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y %H:%M",
    "%d-%m-%Y", "%m/%d/%y %H:%M", "%d.%m.%y %H:%M", "%d/%m/%y %H:%M",
)


def to_utc(s: pd.Series, formats: Sequence[str] = _NAIVE_FORMATS, tz: str = "UTC") -> pd.Series:
    """Parse timestamps to ``datetime64[us, UTC]``; values without a zone are taken in ``tz``.

    Each format is tried on the whole column and the one that parses most values wins (vectorised, no
    per-row guessing); values with an explicit offset are converted to UTC. Unparseable values are NaT.

    >>> to_utc(pd.Series(["09/01/2025 21:13"]), tz="America/Los_Angeles").iloc[0]
    Timestamp('2025-09-02 04:13:00+0000', tz='UTC')
    """
    if isinstance(s.dtype, pd.DatetimeTZDtype):
        return s.dt.tz_convert("UTC").astype("datetime64[us, UTC]")
    if pd.api.types.is_datetime64_any_dtype(s):
        parsed = s
    else:
        t = s.astype("str").str.strip()
        t = t.where(~t.isin(MISSING_TOKENS))
        valid = t.notna().to_numpy()  # the first value without an offset settles it (cheaper than scanning all)
        if (valid.any() and _OFFSET.search(t.iloc[int(valid.argmax())])
                and t[valid].str.contains(_OFFSET.pattern, regex=True).all()):
            return pd.to_datetime(t, utc=True, format="ISO8601", errors="coerce").astype("datetime64[us, UTC]")
        fast = _arrow_cast(t, fmt=formats[0]) if formats else None  # usual case: one format, parsed by pyarrow
        if fast is not None:
            parsed = fast.astype("datetime64[us]")
        else:
            serial = _serials(t)  # a re-saved export whose dates Excel turned into serial day numbers
            parsed = serial if serial is not None else _best_format(t, formats)
    # the repeated hour when clocks go back is read as the first (summer-time) one
    local = parsed.dt.tz_localize(tz, ambiguous=np.ones(len(parsed), dtype=bool), nonexistent="shift_forward")
    return local.dt.tz_convert("UTC").astype("datetime64[us, UTC]")


def _serials(t: pd.Series) -> pd.Series | None:
    """Excel serial days (``45901`` or ``45901.88``) as naive timestamps when every value is one, else None."""
    valid = t.dropna()
    if not len(valid) or not valid.str.fullmatch(r"\d{5}(?:[.,]\d+)?").all():
        return None
    num = pd.to_numeric(t.str.replace(",", ".", regex=False), errors="coerce")
    if not num.dropna().between(20000, 80000).all():
        return None
    return (pd.Timestamp("1899-12-30") + pd.to_timedelta(num, unit="D")).dt.round("s").astype("datetime64[us]")


def _best_format(t: pd.Series, formats: Sequence[str]) -> pd.Series:
    """Parse with the format that reads most values (vectorised per format); others fill what it misses."""
    wanted = int(t.notna().sum())
    tried: list[tuple[int, int, pd.Series]] = []
    for fmt in formats:
        p = pd.to_datetime(t, format=fmt, errors="coerce")
        tried.append((int(p.notna().sum()), -len(tried), p))
        if tried[-1][0] == wanted:
            return p
    if not tried:
        return pd.to_datetime(t, errors="coerce")
    tried.sort(key=lambda x: x[:2], reverse=True)
    out = tried[0][2]
    for _, _, p in tried[1:]:  # a column mixing formats: values the best format misses get the next one's
        out = out.fillna(p)
    return out


def to_day(s: pd.Series, formats: Sequence[str] = _NAIVE_FORMATS) -> pd.Series:
    """Calendar days (``datetime64[us]`` at midnight) from text dates, ISO datetimes or Excel serials."""
    if pd.api.types.is_datetime64_any_dtype(s):
        return s.dt.normalize().astype("datetime64[us]")
    num = pd.to_numeric(s, errors="coerce")
    serial = num.between(20000, 80000)
    out = to_utc(s.astype("str"), formats).dt.tz_localize(None)
    if serial.any():
        from_serial = pd.Timestamp("1899-12-30") + pd.to_timedelta(num.where(serial), unit="D")
        out = out.where(~serial, from_serial)
    return out.dt.normalize().astype("datetime64[us]")


def excel_serial(s: pd.Series) -> pd.Series:
    """Excel serial day numbers (``45678.5``) as naive timestamps; other values NaT."""
    num = pd.to_numeric(s, errors="coerce")
    return pd.Timestamp("1899-12-30") + pd.to_timedelta(num.where(num.between(1, 200000)), unit="D")
