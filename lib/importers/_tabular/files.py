"""Text files: what may be read at all, preambles, the first rows for detection, the whole CSV as text columns.

``check_readable``, ``preamble``/``Preamble`` (``sep=`` hints, ``#`` comments), ``sniff_sep``, ``head_rows``,
``read_csv`` (pyarrow's reader for well-formed UTF-8, pandas' C parser for the rest; every column a string).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from lib.importers._tabular.values import MISSING_TOKENS
from lib.importers.base import SourceFile
from lib.importers.messages import refusal

MAX_FILE_BYTES = 300 * 1024 * 1024  # larger uploads are refused with a message, not read


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f}"


def check_readable(f: SourceFile) -> None:
    """Refuse files that no importer should try: too large, empty, or binary junk.

    Raises
    ------
    FileImportError
        With a sentence naming the file and what to do (a catalogue text, see ``lib.importers.messages``).
    """
    if len(f.data) > MAX_FILE_BYTES:
        raise refusal("too_large", file=f.name, size=_mb(len(f.data)), limit=_mb(MAX_FILE_BYTES))
    blank = b"\x00\t\r\n \xef\xbb\xbf\xff\xfe"
    if not f.data[:65536].strip(blank) and (len(f.data) <= 65536 or not f.data.strip(blank)):
        raise refusal("empty", file=f.name)
    if f.is_binary_spreadsheet or f.data[:2] == b"PK":
        return
    head = f.data[:4096]
    if f.encoding.startswith("utf-16"):
        return
    junk = sum(b < 9 or 13 < b < 32 for b in head)
    # a stray NUL in a UTF-8 text file is imported (control characters are removed from text columns at
    # coercion, wherever they are); NULs in bytes that are not even UTF-8, or many control bytes, are binary
    if junk > len(head) * 0.05 or (b"\x00" in head and f.encoding == "cp1252"):
        raise refusal("binary", file=f.name)


# --------------------------------------------------------------------------------------------- CSV text


@dataclass(frozen=True)
class Preamble:
    """Lines before the header: Excel's ``sep=`` hint, ``#`` comments and blank lines."""

    sep: str | None = None
    skip: int = 0  # physical lines to skip before the header row
    notes: list[str] = field(default_factory=list)  # the comment lines' text, without '#'


def preamble(lines: Sequence[str]) -> Preamble:
    """Find the ``sep=`` hint and leading ``#``/blank lines in the first lines of a text file.

    >>> preamble(["sep=;", "# Account: A", "", "a;b"])
    Preamble(sep=';', skip=3, notes=['Account: A'])
    """
    sep, skip, notes = None, 0, []
    for i, line in enumerate(lines):
        s = line.strip().lstrip("\ufeff")
        if i == 0 and re.fullmatch(r'"?sep=.?"?', s, flags=re.IGNORECASE):
            sep = s.strip('"')[4:] or ","
        elif s.startswith("#"):
            notes.append(s.lstrip("#").strip())
        elif s:
            break
        skip = i + 1
    return Preamble(sep=sep, skip=skip, notes=notes)


def _lines(text: str, n: int) -> list[str]:
    return text.splitlines()[:n]


def sniff_sep(line: str) -> str:
    """The most frequent of ``, ; TAB |`` in a header line (``,`` when none)."""
    counts = {s: line.count(s) for s in (",", ";", "\t", "|")}
    best = max(counts, key=lambda s: counts[s])
    return best if counts[best] else ","


def head_rows(f: SourceFile, n: int = 12) -> list[list[str]]:
    """The first ``n`` rows of a text file parsed as CSV (empty for spreadsheets and JSON).

    A leading ``sep=`` line is dropped and its separator used; other preamble lines are kept as rows so
    importers can read them (e.g. Meta's metric name line).
    """
    if f.is_binary_spreadsheet:
        return []
    head = f.head
    if head.lstrip()[:1] in ("{", "[", "<"):
        return []
    lines = _lines(head, 400)
    pre = preamble(lines[:50])
    start = 1 if pre.sep else 0
    body = lines[start:]
    first = next((ln for ln in body if ln.strip() and not ln.lstrip().startswith("#")), "")
    sep = pre.sep or sniff_sep(first)
    if len(f.data) > 65536:
        body = body[:-1]  # the last line of the 64 KB head may be cut
    rows = []
    try:
        for row in csv.reader(io.StringIO("\n".join(body)), delimiter=sep):
            rows.append(row)
            if len(rows) >= n:
                break
    except csv.Error:
        return rows
    return rows


def read_csv(f: SourceFile, *, skip: int | None = None, sep: str | None = None,
             usecols: Sequence[str] | Callable[[str], bool] | None = None,
             types: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Read a whole CSV/TSV export into a DataFrame of strings (empty and ``N/A`` cells are ``<NA>``).

    Parameters
    ----------
    f : SourceFile
        The file; UTF-8 (with or without BOM), UTF-16 and cp1252 are decoded.
    skip : int, optional
        Physical lines before the header; by default the ``preamble`` (``sep=``, ``#``, blank lines).
    sep : str, optional
        Field separator; by default the ``sep=`` hint or the most frequent separator of the header line.
    usecols : sequence of str or callable, optional
        Only these columns (faster on wide files): names that exist in the header, or a function called
        with each header name (before duplicates are renamed) that returns True for the columns to keep.
    types : mapping of str to str, optional
        Typed columns for the fast path: ``"time"`` (ISO 8601 with an offset -> UTC), ``"day"``, ``"count"``
        (nullable Int64), ``"number"`` (Float64), ``"flag"`` (true/false, 1/0, yes/no -> boolean). Where a
        value does not fit, or on the pandas path, the column stays text (callers convert text anyway).

    Returns
    -------
    pandas.DataFrame
        Every column as string dtype, so ids keep all their digits. Rows shorter than the header are padded
        with ``<NA>``; duplicate column names become ``name``, ``name.1``. Quoted values may span lines.
        Well-formed UTF-8 files go through ``pyarrow.csv.read_csv`` (``newlines_in_values=True``, every column
        typed string); anything else (ragged rows, duplicate names, UTF-16, cp1252) through pandas' C parser.
    """
    lines = _lines(f.head, 60)
    pre = preamble(lines)
    if skip is None:
        skip = pre.skip
    if sep is None:
        header_line = lines[skip] if skip < len(lines) else ""
        sep = pre.sep or sniff_sep(header_line)
    enc = f.encoding
    fast = None
    if enc in ("utf-8", "utf-8-sig"):
        try:
            fast = _read_csv_arrow(f, skip, sep, usecols, types) if types else None
            if fast is None:
                fast = _read_csv_arrow(f, skip, sep, usecols)
        except _Ragged:
            fast = None
    if fast is not None:
        return fast
    if callable(usecols):
        names = next(csv.reader([lines[skip]], delimiter=sep), []) if skip < len(lines) else []
        if len(set(names)) != len(names):
            usecols = None  # pandas would keep one of two same-named columns; read them all instead
    src: io.IOBase
    encoding: str | None = enc
    if enc in ("utf-8", "utf-8-sig", "cp1252"):
        src = io.BytesIO(f.data)
    else:
        src, encoding = io.StringIO(f.text), None
    try:
        frame = pd.read_csv(
            src, sep=sep, skiprows=skip, dtype=str, keep_default_na=False, na_values=list(MISSING_TOKENS),
            encoding=encoding, encoding_errors="replace", engine="c", on_bad_lines="skip", skip_blank_lines=True,
            usecols=usecols, low_memory=False,
        )
    except pd.errors.EmptyDataError as exc:
        raise refusal("csv_no_header", file=f.name) from exc
    except pd.errors.ParserError as exc:
        raise refusal("csv_damaged", file=f.name, detail=str(exc).splitlines()[0]) from exc
    frame.columns = [str(c).replace("\ufeff", "").strip() for c in frame.columns]
    return frame


def _included(header: list[str], usecols: Sequence[str] | Callable[[str], bool] | None) -> list[str] | None:
    if usecols is None:
        return None
    if callable(usecols):
        return [h for h in header if usecols(h)]
    return list(usecols)


class _Ragged(Exception):
    """Rows with more or fewer fields than the header: only pandas' parser pads them."""


def _arrow_types(types: Mapping[str, str] | None) -> dict:
    import pyarrow as pa

    kinds = {"time": pa.timestamp("us", tz="UTC"), "day": pa.timestamp("us"), "count": pa.int64(),
             "number": pa.float64(), "flag": pa.bool_()}
    return {name: kinds[kind] for name, kind in (types or {}).items()}


def _read_csv_arrow(f: SourceFile, skip: int, sep: str, usecols: Sequence[str] | Callable[[str], bool] | None,
                    types: Mapping[str, str] | None = None) -> pd.DataFrame | None:
    """Fast path for well-formed UTF-8 CSV: pyarrow's multi-threaded reader with ``newlines_in_values``.

    Every column is read as string (ids exact), then handed to pandas as its ``str`` dtype. Returns None
    (so the caller uses pandas' C parser) for ragged rows, duplicate header names or any parse error.
    """
    import pyarrow as pa
    import pyarrow.csv as pacsv

    lines = f.head.splitlines()
    if skip >= len(lines):
        return None
    try:
        header = next(csv.reader([lines[skip]], delimiter=sep))
    except (csv.Error, StopIteration):
        return None
    if len(set(header)) != len(header) or not all(h.strip() for h in header):
        return None
    if f.data.count(b'"') % 2:  # a quoted value left open: the file is truncated (pyarrow would accept it)
        return None
    try:
        table = pacsv.read_csv(
            pa.BufferReader(f.data),
            read_options=pacsv.ReadOptions(skip_rows=skip, block_size=16 << 20),
            parse_options=pacsv.ParseOptions(delimiter=sep, newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types={**{h: pa.string() for h in header}, **_arrow_types(types)}, strings_can_be_null=True,
                true_values=["true", "True", "TRUE", "1", "yes", "Yes"],
                false_values=["false", "False", "FALSE", "0", "no", "No"],
                null_values=list(MISSING_TOKENS), include_columns=_included(header, usecols),
            ),
        )
    except pa.ArrowInvalid as exc:
        if "columns" in str(exc):  # "Expected 45 columns, got 30": ragged rows, typed or not
            raise _Ragged from exc
        return None
    except (pa.ArrowKeyError, pa.ArrowTypeError, UnicodeDecodeError):
        return None
    frame = table.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype(), pa.float64(): pd.Float64Dtype(),
                                          pa.bool_(): pd.BooleanDtype()}.get)
    del table
    frame.columns = [str(c).replace("\ufeff", "").strip() for c in frame.columns]
    return frame
