"""Column primitives of ``prepare``: Arrow string columns as numpy codes, lookups of ids, content hashes, time
order. Vectorised: no Python loop over rows."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lib.schema import TIME

STR = pd.StringDtype("pyarrow", na_value=np.nan)  # the "str" dtype of lib.schema


def times(s: pd.Series) -> np.ndarray:
    """Microseconds since the epoch (UTC) as int64."""
    return s.astype(TIME).array.asi8.astype(np.int64, copy=False)


def arrow(s: pd.Series) -> pa.Array:
    """The column as one contiguous Arrow ``large_string`` array (zero-copy for pyarrow-backed strings)."""
    if isinstance(s.dtype, pd.StringDtype) and s.dtype.storage == "pyarrow":
        arr = pa.array(s, from_pandas=True)
        if isinstance(arr, pa.ChunkedArray):
            arr = arr.chunk(0) if arr.num_chunks == 1 else arr.combine_chunks()
        return arr if arr.type == pa.large_string() else arr.cast(pa.large_string())
    return pa.array(s.astype("str").to_numpy(dtype=object, na_value=None), type=pa.large_string(), from_pandas=True)


def encode(*chunks: pa.Array) -> tuple[list[np.ndarray], pa.Array]:
    """Codes of each array in one shared dictionary of their values (-1 for null), and that dictionary."""
    enc = pa.chunked_array(list(chunks), type=pa.large_string()).dictionary_encode()
    codes = iter([pc.fill_null(ch.indices, -1).to_numpy(zero_copy_only=False).astype(np.int64) for ch in enc.chunks])
    out = [next(codes) if len(c) else np.zeros(0, np.int64) for c in chunks]  # empty arrays make no chunk
    dictionary = enc.chunks[0].dictionary if enc.num_chunks else pa.array([], pa.large_string())
    return out, dictionary


def floats(s: pd.Series) -> np.ndarray:
    """A nullable count or flag column as float64, NaN where unknown."""
    return s.astype("Float64").to_numpy(dtype=float, na_value=np.nan)


def str_series(arr: pa.Array) -> pd.Series:
    """An Arrow string array as a pandas ``str`` Series, without a round trip through Python objects."""
    return pd.Series(pd.arrays.ArrowStringArray(arr.cast(pa.large_string()), dtype=STR))


def _offsets(arr: pa.Array) -> np.ndarray:
    """The ``len(arr) + 1`` byte offsets of a ``large_string`` array, read from its buffer."""
    return np.frombuffer(arr.buffers()[1], np.int64, count=len(arr) + 1, offset=arr.offset * 8)


def byte_lengths(arr: pa.Array) -> np.ndarray:
    """UTF-8 length in bytes of each string of a ``large_string`` array (0 for null)."""
    return np.diff(_offsets(arr)) if len(arr) else np.zeros(0, np.int64)


def lookup(keys: pa.Array, values: pa.Array, key_plat: np.ndarray, value_plat: np.ndarray,
            key_plat_s: pd.Series, value_plat_s: pd.Series) -> np.ndarray:
    """Row in ``values`` of each key on the same platform (-1 when absent); ids are unique per platform only."""
    if len(keys) == 0 or len(values) == 0:
        return np.full(len(keys), -1, np.int64)
    idx = _lookup_numeric(keys, values)
    if idx is None:
        idx = pc.fill_null(pc.index_in(keys, value_set=values), -1).to_numpy(zero_copy_only=False).astype(np.int64)
    hit = idx >= 0
    if np.array_equal(key_plat[hit], value_plat[idx[hit]]):
        return idx
    # the same id on two platforms: match on "platform id" instead
    sep = pa.scalar("\x1f", pa.large_string())
    k = pc.binary_join_element_wise(arrow(key_plat_s), keys, sep)
    v = pc.binary_join_element_wise(arrow(value_plat_s), values, sep)
    return pc.fill_null(pc.index_in(k, value_set=v), -1).to_numpy(zero_copy_only=False).astype(np.int64)


_POW10 = 10 ** np.arange(19, dtype=np.int64)  # 1, 10, ..., 10**18


def as_int(arr: pa.Array) -> np.ndarray | None:
    """Digit-only ids (no sign, no leading zero, fitting int64: X's 19-digit ids do) as int64 (-1 for null),
    else None."""
    if arr.null_count == len(arr):
        return np.full(len(arr), -1, np.int64)
    try:
        nums = pc.cast(arr, pa.int64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    v = pc.fill_null(nums, -1).to_numpy(zero_copy_only=False)
    if int(np.count_nonzero(v < 0)) != arr.null_count:
        return None  # a negative id ("-5") would not survive the round trip
    # "05" parses as 5: the text must have exactly as many characters as the number has digits
    digits = np.maximum(np.searchsorted(_POW10, v, side="right"), 1)
    if np.any((byte_lengths(arr) != digits) & (v >= 0)):
        return None
    return v


def _lookup_numeric(keys: pa.Array, values: pa.Array) -> np.ndarray | None:
    """``index_in`` for numeric ids through a sorted search (faster than hashing strings); None if not numeric
    or when an id repeats among ``values``."""
    k, v = as_int(keys), as_int(values)
    if k is None or v is None:
        return None
    sorter = np.argsort(v, kind="stable")
    sv = v[sorter]
    if (sv[1:] == sv[:-1]).any():
        return None
    out = np.full(len(k), -1, np.int64)
    todo = np.flatnonzero(k >= 0)  # only keys that are there (most comments have no parent)
    pos = np.clip(np.searchsorted(sv, k[todo]), 0, len(sv) - 1)
    out[todo] = np.where(sv[pos] == k[todo], sorter[pos], -1)
    return out


def norm(arr: pa.Array) -> pa.Array:
    """Lowercase, trimmed, without leading ``@``: how handles and ids are compared."""
    return pc.utf8_ltrim(pc.utf8_trim_whitespace(pc.utf8_lower(arr)), characters="@")


def pair_key(plat: np.ndarray, codes: np.ndarray, n_plat: int) -> np.ndarray:
    """One int64 key per (platform, id code); -1 where the id is missing."""
    return np.where(codes >= 0, codes * max(n_plat, 1) + plat, -1)


def mix(x: np.ndarray) -> np.ndarray:
    """splitmix64: a well-spread, deterministic uint64 per value (row keys for ties and samples)."""
    z = x.astype(np.uint64) + np.uint64(0x9E3779B97F4A7C15)
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def string_hash(arr: pa.Array) -> np.ndarray:
    """A content hash of each string of a ``large_string`` array (0 for null), vectorised over its bytes: the sum
    of a mixed (byte, position) value per byte, mixed again with the length."""
    n = len(arr)
    if n == 0:
        return np.zeros(0, np.uint64)
    offsets = _offsets(arr)
    lengths = np.diff(offsets)
    data = arr.buffers()[2]
    data = np.frombuffer(data, np.uint8)[offsets[0]:offsets[-1]] if data is not None else np.zeros(0, np.uint8)
    starts = offsets[:-1] - offsets[0]
    pos = np.arange(data.size, dtype=np.int64) - np.repeat(starts, lengths)
    mixed = mix(data.astype(np.uint64) | (pos.astype(np.uint64) << np.uint64(8)))
    sums = np.zeros(n, np.uint64)
    filled = lengths > 0
    if filled.any():
        sums[filled] = np.add.reduceat(mixed, starts[filled])
    out = mix(sums ^ (lengths.astype(np.uint64) * np.uint64(0x100000001B3)))
    if arr.null_count:
        out[~pc.is_valid(arr).to_numpy(zero_copy_only=False)] = 0
    return out


def time_order(t: np.ndarray, key: np.ndarray) -> np.ndarray:
    """Row order by time, ties by ``key``: a stable argsort, then only the tied rows sorted again."""
    order = np.argsort(t, kind="stable")
    ts = t[order]
    eq = ts[1:] == ts[:-1]
    tied = np.r_[eq, False] | np.r_[False, eq]
    if tied.any():
        pos = np.flatnonzero(tied)  # ascending positions: tied groups stay where they are
        sub = order[pos]
        order[pos] = sub[np.lexsort((key[sub], t[sub]))]
    return order
