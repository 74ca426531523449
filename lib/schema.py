"""The canonical tables of KPIS.md: column names, dtypes, keys, and ``validate()``.

Column names are the contract between importers, the store and the KPIs. Code outside this module refers
to columns through the constants below (``Posts.comments``), never through raw strings.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib.errors import SchemaError

PLATFORMS: tuple[str, ...] = (
    "facebook", "instagram", "linkedin", "x", "youtube", "tiktok", "blog", "mastodon", "bluesky", "threads", "other",
)

ID = "str"  # ids are exact strings: 19-digit ids must never pass through float
TEXT = "str"
COUNT = "Int64"  # nullable: a metric the export lacks is <NA>, never 0
MONEY = "Float64"
FLAG = "boolean"
TIME = "datetime64[us, UTC]"  # tz-aware UTC instants
DAY = "datetime64[us]"  # calendar days (midnight, no zone)


class Posts:
    """Brand posts with the counts the platform reports on each."""

    platform = "platform"
    account = "account"
    post_id = "post_id"
    published_at = "published_at"
    post_type = "post_type"
    text = "text"
    permalink = "permalink"
    impressions = "impressions"
    reach = "reach"
    reactions = "reactions"
    comments = "comments"
    shares = "shares"
    saves = "saves"
    clicks = "clicks"
    video_views = "video_views"
    # derived at import (lib.text), not part of the canonical CSV
    is_question = "is_question"


class Comments:
    """Comments and replies, from the audience or from the brand."""

    platform = "platform"
    account = "account"
    comment_id = "comment_id"
    post_id = "post_id"
    parent_id = "parent_id"
    author_id = "author_id"
    author_name = "author_name"
    is_brand = "is_brand"
    created_at = "created_at"
    text = "text"
    # derived at import (lib.text), not part of the canonical CSV
    is_substantive = "is_substantive"


class Followers:
    """End-of-day follower totals and daily gains/losses."""

    platform = "platform"
    account = "account"
    date = "date"
    followers = "followers"
    gained = "gained"
    lost = "lost"


class Traffic:
    """Website traffic by day and social platform (mapped from source/medium)."""

    date = "date"
    platform = "platform"
    sessions = "sessions"
    engaged_sessions = "engaged_sessions"
    conversions = "conversions"
    revenue = "revenue"


@dataclass(frozen=True)
class TableSpec:
    """One canonical table: ordered columns with dtypes, the de-duplication key, derived columns."""

    name: str
    columns: dict[str, str]
    key: tuple[str, ...]
    required: tuple[str, ...]
    derived: dict[str, str]
    text: tuple[str, ...] = ()  # free text: control characters (not tab, \n, \r) are removed at coercion
    links: tuple[str, ...] = ()  # URLs: only http(s) ones survive coercion, others become null

    @property
    def all_columns(self) -> dict[str, str]:
        return {**self.columns, **self.derived}


POSTS = TableSpec(
    name="posts",
    columns={
        Posts.platform: TEXT, Posts.account: TEXT, Posts.post_id: ID, Posts.published_at: TIME,
        Posts.post_type: TEXT, Posts.text: TEXT, Posts.permalink: TEXT,
        Posts.impressions: COUNT, Posts.reach: COUNT, Posts.reactions: COUNT, Posts.comments: COUNT,
        Posts.shares: COUNT, Posts.saves: COUNT, Posts.clicks: COUNT, Posts.video_views: COUNT,
    },
    key=(Posts.platform, Posts.post_id),
    required=(Posts.platform, Posts.post_id, Posts.published_at),
    derived={Posts.is_question: FLAG},
    text=(Posts.account, Posts.post_type, Posts.text, Posts.permalink),
    links=(Posts.permalink,),
)
COMMENTS = TableSpec(
    name="comments",
    columns={
        Comments.platform: TEXT, Comments.account: TEXT, Comments.comment_id: ID, Comments.post_id: ID,
        Comments.parent_id: ID, Comments.author_id: ID, Comments.author_name: TEXT, Comments.is_brand: FLAG,
        Comments.created_at: TIME, Comments.text: TEXT,
    },
    key=(Comments.platform, Comments.comment_id),
    required=(Comments.platform, Comments.comment_id, Comments.created_at),
    derived={Comments.is_substantive: FLAG},
    text=(Comments.account, Comments.author_name, Comments.text),
)
FOLLOWERS = TableSpec(
    name="followers",
    columns={
        Followers.platform: TEXT, Followers.account: TEXT, Followers.date: DAY,
        Followers.followers: COUNT, Followers.gained: COUNT, Followers.lost: COUNT,
    },
    key=(Followers.platform, Followers.account, Followers.date),
    required=(Followers.platform, Followers.date),
    derived={},
    text=(Followers.account,),
)
TRAFFIC = TableSpec(
    name="traffic",
    columns={
        Traffic.date: DAY, Traffic.platform: TEXT, Traffic.sessions: COUNT, Traffic.engaged_sessions: COUNT,
        Traffic.conversions: COUNT, Traffic.revenue: MONEY,
    },
    key=(Traffic.date, Traffic.platform),
    required=(Traffic.date, Traffic.platform),
    derived={},
)

TABLES: dict[str, TableSpec] = {t.name: t for t in (POSTS, COMMENTS, FOLLOWERS, TRAFFIC)}


def empty(spec: TableSpec) -> pd.DataFrame:
    """An empty frame with the table's columns (canonical and derived) and dtypes."""
    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in spec.all_columns.items()})


def coerce(spec: TableSpec, frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with exactly the table's columns in order and canonical dtypes.

    Missing canonical columns are added as all-null (never zeros). Timestamps without a zone are taken as
    UTC; strings are parsed. Derived columns are kept when present and added as null otherwise.
    In the table's ``text`` columns, C0/C1 control characters other than tab and line breaks are removed; in its
    ``links`` columns, values that are not http(s) URLs (``javascript:...``) become null.
    Raises ``SchemaError`` when a value cannot be converted (the message names the column).
    """
    out = {}
    n = len(frame)
    for col, dtype in spec.all_columns.items():
        if col not in frame.columns:
            out[col] = pd.Series(pd.array([None], dtype=dtype).take(np.zeros(n, dtype=np.intp)), index=frame.index)
            continue
        try:
            out[col] = _as_dtype(frame[col], dtype)
        except (ValueError, TypeError) as exc:
            raise SchemaError(f"Column '{col}' of table '{spec.name}' has values that are not {_kind(dtype)}: {exc}") from exc
        if col in spec.text:
            out[col] = without_controls(out[col])
        if col in spec.links:
            out[col] = web_links(out[col])
    return pd.DataFrame(out, index=frame.index, copy=False).reset_index(drop=True)


_CONTROLS = "[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]"  # C0 and C1 controls but tab and line breaks
_WEB_LINK = "^https?://"


def _arrow_text(s: pd.Series):
    """The text column as pyarrow data (zero copy for pandas' pyarrow-backed ``str`` dtype)."""
    import pyarrow as pa

    return s.array.__arrow_array__() if hasattr(s.array, "__arrow_array__") else pa.array(s, from_pandas=True)


def _control_rows(chunk) -> np.ndarray:
    """Sorted positions of the values of a pyarrow string array that hold a control character.

    Three SIMD byte scans of the UTF-8 data (bytes below 32, DEL, and 0xC2 leading U+0080..U+009F); the
    rare hits are then mapped to values through the offsets.
    """
    import pyarrow as pa

    data = chunk.buffers()[2]
    if data is None or len(chunk) == 0:
        return np.zeros(0, dtype=np.int64)
    b = np.frombuffer(data, dtype=np.uint8)
    low = np.flatnonzero(b < 32)
    low = low[(b[low] != 9) & (b[low] != 10) & (b[low] != 13)]
    lead = np.flatnonzero(b[:-1] == 0xC2)
    at = np.concatenate([low, np.flatnonzero(b == 127), lead[b[lead + 1] <= 0x9F]])
    if not len(at):
        return at
    width = np.int64 if pa.types.is_large_string(chunk.type) else np.int32
    offsets = np.frombuffer(chunk.buffers()[1], dtype=width)[chunk.offset:chunk.offset + len(chunk) + 1]
    at = at[(at >= offsets[0]) & (at < offsets[-1])]
    return np.unique(np.searchsorted(offsets, at, side="right") - 1)


def without_controls(s: pd.Series) -> pd.Series:
    """``s`` (text) without C0/C1 control characters; tab and line breaks (``\\n``, ``\\r``) are kept.

    A NUL or bell character in a comment is never meaningful and breaks CSV, Excel and terminal output.
    Vectorised: a byte scan finds the values holding one, and only those go through a regex.

    >>> without_controls(pd.Series(["a\\x00b\\x07", "line\\nnext\\tcell", None], dtype="str")).tolist()
    ['ab', 'line\\nnext\\tcell', nan]
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = _arrow_text(s)
    chunks = arr.chunks if isinstance(arr, pa.ChunkedArray) else [arr]
    rows = [_control_rows(c) for c in chunks]
    if not any(len(r) for r in rows):
        return s
    clean = []
    for chunk, at in zip(chunks, rows):
        if len(at):
            mask = np.zeros(len(chunk), dtype=bool)
            mask[at] = True
            fixed = pc.replace_substring_regex(chunk.take(pa.array(at)), _CONTROLS, "")
            chunk = pc.replace_with_mask(chunk, pa.array(mask), fixed)
        clean.append(chunk)
    return pd.Series(pd.array(pa.chunked_array(clean, type=arr.type), dtype=TEXT), index=s.index, name=s.name)


def web_links(s: pd.Series) -> pd.Series:
    """``s`` (URLs) with every value that is not an ``http://`` or ``https://`` URL replaced by null.

    Permalinks are rendered as links (tables, charts, reports): ``javascript:``, ``data:`` or relative
    values must never get there.

    >>> web_links(pd.Series(["https://x.com/a/status/1", "javascript:alert(1)", "HTTP://e.org/p", None],
    ...                     dtype="str")).tolist()
    ['https://x.com/a/status/1', nan, 'HTTP://e.org/p', nan]
    """
    import pyarrow.compute as pc

    if str(s.dtype) != TEXT:
        s = s.astype(TEXT)
    arr = _arrow_text(s)
    if not pc.any(pc.invert(pc.or_(pc.starts_with(arr, "https://"), pc.starts_with(arr, "http://")))).as_py():
        return s  # the usual case, decided without a regex
    ok = pc.match_substring_regex(arr, _WEB_LINK, ignore_case=True)
    if not pc.any(pc.invert(ok)).as_py():
        return s
    return pd.Series(pd.array(pc.if_else(ok, arr, None), dtype=TEXT), index=s.index, name=s.name)


def _kind(dtype: str) -> str:
    return {ID: "text", COUNT: "whole numbers", MONEY: "numbers", FLAG: "true/false",
            TIME: "timestamps", DAY: "dates"}.get(dtype, dtype)


def _as_dtype(s: pd.Series, dtype: str) -> pd.Series:
    if dtype == TIME:
        if not isinstance(s.dtype, pd.DatetimeTZDtype):
            s = pd.to_datetime(s, utc=True, format="ISO8601") if s.dtype == object or pd.api.types.is_string_dtype(s) else pd.to_datetime(s, utc=True)
        return s.dt.tz_convert("UTC").astype(TIME)
    if dtype == DAY:
        if isinstance(s.dtype, pd.DatetimeTZDtype):
            s = s.dt.tz_localize(None)
        elif not pd.api.types.is_datetime64_any_dtype(s):
            s = pd.to_datetime(s, format="ISO8601")
        return s.dt.normalize().astype(DAY)
    if dtype == FLAG:
        if pd.api.types.is_bool_dtype(s):
            return s.astype(FLAG)
        mapped = s.astype("str").str.strip().str.lower().map(
            {"true": True, "false": False, "1": True, "0": False, "yes": True, "no": False}
        )
        bad = s.notna() & mapped.isna() & (s.astype("str").str.strip() != "")
        if bad.any():
            raise ValueError(f"{s[bad].iloc[0]!r}")
        return mapped.astype(FLAG)
    if dtype == COUNT:
        if pd.api.types.is_float_dtype(s):
            frac = s.notna() & (s % 1 != 0)
            if frac.any():
                raise ValueError(f"{s[frac].iloc[0]!r} is not a whole number")
        elif not pd.api.types.is_integer_dtype(s):
            s = pd.to_numeric(s, errors="raise")
        return s.astype(COUNT)
    if dtype == MONEY:
        return pd.to_numeric(s, errors="raise").astype(MONEY)
    if str(s.dtype) == TEXT:
        return s
    if pd.api.types.is_float_dtype(s):
        raise TypeError("ids must be read as text, not numbers (long ids lose digits as floats)")
    return s.astype(TEXT).where(s.notna(), None).astype(TEXT)


def _codes(s: pd.Series) -> tuple[np.ndarray, int]:
    """Integer codes of a column's values (equal values, and all nulls, share a code) and how many codes."""
    if isinstance(s.dtype, pd.StringDtype) and s.dtype.storage == "pyarrow":
        import pyarrow as pa
        import pyarrow.compute as pc

        arr = pa.array(s, from_pandas=True)
        if isinstance(arr, pa.ChunkedArray):
            arr = arr.combine_chunks()
        enc = pc.dictionary_encode(arr)
        size = len(enc.dictionary)
        return pc.fill_null(enc.indices, size).to_numpy().astype(np.int64), size + 1
    codes, uniques = pd.factorize(s, use_na_sentinel=True)
    return np.where(codes < 0, len(uniques), codes).astype(np.int64), len(uniques) + 1


def _distinct_numbers(s: pd.Series) -> bool:
    """True when every value is a decimal number without leading zeros and no two are equal (checked on
    integers, which is cheaper than hashing text); False when that does not hold or cannot be told this way."""
    if not (isinstance(s.dtype, pd.StringDtype) and s.dtype.storage == "pyarrow") or s.isna().any():
        return False
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pa.array(s, from_pandas=True)
    if not (pc.all(pc.ascii_is_decimal(arr)).as_py() and pc.max(pc.binary_length(arr)).as_py() <= 19
            and not pc.any(pc.starts_with(arr, "0")).as_py()):
        return False
    values = pc.cast(arr, pa.uint64()).to_numpy()
    if not (values[1:] > values[:-1]).all():
        values = np.sort(values)
        return bool((values[1:] != values[:-1]).all())
    return True


def duplicated(frame: pd.DataFrame, key: tuple[str, ...] | list[str], keep: str = "last") -> np.ndarray:
    """Rows whose ``key`` values repeat those of another row, like ``DataFrame.duplicated(key, keep=keep)``.

    Faster on long text ids: each column is hashed once, and when one column alone has no repeats
    (an id column, typically) no row can repeat the whole key.

    >>> duplicated(pd.DataFrame({"p": ["x", "x", "y"], "id": ["1", "1", "1"]}), ["p", "id"]).tolist()
    [True, False, False]
    """
    n = len(frame)
    combined, size = np.zeros(n, dtype=np.int64), 1
    for col in reversed(list(key)):
        if _distinct_numbers(frame[col]):
            return np.zeros(n, dtype=bool)
        codes, card = _codes(frame[col])
        if card - 1 == n:  # n distinct values (a null would take the last code): no repeats
            return np.zeros(n, dtype=bool)
        combined, uniq = pd.factorize(combined * card + codes)
        size = len(uniq)
    return pd.Series(combined).duplicated(keep=keep).to_numpy() if size < n else np.zeros(n, dtype=bool)


def validate(spec: TableSpec, frame: pd.DataFrame, *, check_key: bool = True) -> list[str]:
    """Everything wrong with ``frame`` as table ``spec``, as sentences; empty when it is valid.

    ``check_key=False`` skips the duplicate-key check (for callers that have just de-duplicated).

    >>> validate(TRAFFIC, empty(TRAFFIC))
    []
    """
    problems = []
    missing = [c for c in spec.columns if c not in frame.columns]
    if missing:
        problems.append(f"{spec.name}: missing columns {', '.join(missing)}")
    for col, dtype in spec.all_columns.items():
        if col in frame.columns and str(frame[col].dtype) != dtype:
            problems.append(f"{spec.name}.{col}: dtype {frame[col].dtype}, expected {dtype}")
    for col in spec.required:
        if col in frame.columns and frame[col].isna().any():
            problems.append(f"{spec.name}.{col}: {int(frame[col].isna().sum())} empty values in a required column")
    if check_key and spec.key and all(c in frame.columns for c in spec.key):
        dup = int(duplicated(frame, spec.key, keep="first").sum())
        if dup:
            problems.append(f"{spec.name}: {dup} duplicate rows for key ({', '.join(spec.key)})")
    for col in ("platform",):
        if col in frame.columns:
            bad = sorted(set(frame[col].dropna().unique()) - set(PLATFORMS))
            if bad:
                problems.append(f"{spec.name}.platform: unknown platform ids {bad[:5]}")
    return problems


def check(spec: TableSpec, frame: pd.DataFrame, *, check_key: bool = True) -> None:
    """Raise ``SchemaError`` listing every problem ``validate`` finds."""
    problems = validate(spec, frame, check_key=check_key)
    if problems:
        raise SchemaError("The data does not match the canonical schema: " + "; ".join(problems))
