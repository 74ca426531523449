"""Shared reading helpers for importers: CSV/spreadsheet to all-text frames, header finding, numbers, times.

The small public surface other importer modules use:

- ``check_readable(f)``: size cap, empty file, binary junk (raises ``FileImportError``).
- ``head_rows(f, n)``: the first ``n`` CSV rows (after a ``sep=`` hint) for cheap detection.
- ``preamble(lines)``: ``Preamble(sep, skip, notes)`` for ``sep=`` hints, ``#`` comments and blank lines.
- ``read_csv(f, skip=0, sep=None)``: the whole CSV as a DataFrame of strings (``<NA>`` for empty cells), with
  ragged rows padded, duplicate names made unique (``Views``, ``Views.1``) and ids kept exact.
- ``sheets(f)``: every sheet of an .xlsx / BIFF .xls / XML Spreadsheet 2003 file as lists of cell values.
- ``find_header_row(rows, known)`` and ``frame_from_rows(rows, header_row)``: header detection when
  description rows sit above (or below) the header.
- ``norm(name)``, ``header_score(columns, required, optional)``: name normalisation and detection scores.
- ``to_number(s)``, ``to_count(s)``: locale-aware numbers ("1.234,5", "1,234", "12 345", "N/A" -> <NA>).
- ``to_utc(s, formats, tz)``: timestamps to tz-aware UTC, naive values taken in ``tz``.
- ``translate(s, mapping)``: text values replaced through a dict, others kept (vectorised).
- ``result(f, importer, platform, account, warnings, **frames)``: build the ``ImportResult`` (with a warning
  per count column holding negative values, see ``negative_counts``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import pandas as pd

from lib import schema
from lib.dataset import Dataset
from lib.errors import ConversaError, FileImportError
from lib.importers.base import ImportResult, SourceFile

MAX_FILE_BYTES = 300 * 1024 * 1024  # larger uploads are refused with a message, not read
MISSING_TOKENS = ("", "N/A", "n/a", "NA", "-", "--", "undefined", "null", "None", "nan", "NaN", "#N/A")
_XML_SS = "urn:schemas-microsoft-com:office:spreadsheet"


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB"


def check_readable(f: SourceFile) -> None:
    """Refuse files that no importer should try: too large, empty, or binary junk.

    Raises
    ------
    FileImportError
        With a sentence naming the file and what to do.
    """
    if len(f.data) > MAX_FILE_BYTES:
        raise FileImportError(
            f"{f.name} is {_mb(len(f.data))}; files up to {_mb(MAX_FILE_BYTES)} can be imported. "
            "Export a shorter period from the platform, or split the file."
        )
    blank = b"\x00\t\r\n \xef\xbb\xbf\xff\xfe"
    if not f.data[:65536].strip(blank) and (len(f.data) <= 65536 or not f.data.strip(blank)):
        raise FileImportError(f"{f.name} is empty: there is nothing to import. Download the export again.")
    if f.is_binary_spreadsheet or f.data[:2] == b"PK":
        return
    head = f.data[:4096]
    if f.encoding.startswith("utf-16"):
        return
    junk = sum(b < 9 or 13 < b < 32 for b in head)
    # a stray NUL in a UTF-8 text file is imported (control characters are removed from text columns at
    # coercion, wherever they are); NULs in bytes that are not even UTF-8, or many control bytes, are binary
    if junk > len(head) * 0.05 or (b"\x00" in head and f.encoding == "cp1252"):
        raise FileImportError(
            f"{f.name} is not a text export or spreadsheet (it looks like binary data). "
            "Upload the CSV, Excel or JSON file the platform gave you."
        )


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
        raise FileImportError(f"{f.name} has no header row and no data.") from exc
    except pd.errors.ParserError as exc:
        raise FileImportError(
            f"{f.name} could not be read as CSV ({str(exc).splitlines()[0]}); the file may be truncated. "
            "Download the export again."
        ) from exc
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


# ------------------------------------------------------------------------------------------- spreadsheets


def is_xml_spreadsheet(f: SourceFile) -> bool:
    """True for Excel 2003 XML ("XML Spreadsheet") files, whatever their extension."""
    return b"<?xml" in f.data[:200] and _XML_SS.encode() in f.data[:4000]


def sheets(f: SourceFile) -> dict[str, list[list[object]]]:
    """Every sheet of a spreadsheet as rows of cell values (``None`` for empty cells).

    Reads .xlsx and BIFF .xls through python-calamine and XML Spreadsheet 2003 with defusedxml.
    Returns an empty dict for files that are not spreadsheets. Results are cached per file content, so
    detection and reading by several importers parse a workbook once.
    """
    if not (f.is_binary_spreadsheet or is_xml_spreadsheet(f)):
        return {}
    return _sheets_cached(f)


@lru_cache(maxsize=2)
def _sheets_cached(f: SourceFile) -> dict[str, list[list[object]]]:
    if is_xml_spreadsheet(f):
        return _xml_sheets(f)
    if not f.is_binary_spreadsheet:
        return {}
    from python_calamine import CalamineWorkbook

    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(f.data))
        out: dict[str, list[list[object]]] = {}
        for name in wb.sheet_names:
            rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
            out[name] = [[None if v == "" else v for v in row] for row in rows]
        return out
    except Exception as exc:  # calamine raises its own error types for broken workbooks
        if f.data[:2] == b"PK":
            return {}  # a zip that is not a workbook: the caller expands it
        old = _xlrd_sheets(f)
        if old is not None:
            return old
        raise FileImportError(
            f"{f.name} looks like an Excel file but cannot be opened ({exc}); it may be truncated or "
            "password-protected. Open it in Excel and save it again, or download it again."
        ) from exc


def _xlrd_sheets(f: SourceFile) -> dict[str, list[list[object]]] | None:
    """BIFF .xls through xlrd, for the rare old workbook calamine cannot open (None when xlrd cannot either)."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=f.data, on_demand=True)
        return {sh.name: [[None if v == "" else v for v in sh.row_values(i)] for i in range(sh.nrows)]
                for sh in book.sheets()}
    except Exception:  # xlrd.XLRDError, struct errors on damaged files, ...
        return None


def _xml_sheets(f: SourceFile) -> dict[str, list[list[object]]]:
    from defusedxml import ElementTree

    ns = "{" + _XML_SS + "}"
    try:
        root = ElementTree.fromstring(f.data)
    except Exception as exc:  # ParseError, or defusedxml's refusal of entities
        raise FileImportError(
            f"{f.name} is an Excel 2003 XML file that cannot be parsed ({exc}); it may be truncated."
        ) from exc
    out: dict[str, list[list[object]]] = {}
    for ws in root.iter(ns + "Worksheet"):
        rows: list[list[object]] = []
        for row in ws.iter(ns + "Row"):
            idx = row.get(ns + "Index")
            while idx and len(rows) < int(idx) - 1:
                rows.append([])
            cells: list[object] = []
            for cell in row.iter(ns + "Cell"):
                cidx = cell.get(ns + "Index")
                while cidx and len(cells) < int(cidx) - 1:
                    cells.append(None)
                data = cell.find(ns + "Data")
                value: object = None
                if data is not None:
                    text = "".join(data.itertext())
                    kind = data.get(ns + "Type")
                    if kind == "Number":
                        try:
                            value = float(text)
                        except ValueError:
                            value = text
                    elif kind == "DateTime":
                        try:
                            value = dt.datetime.fromisoformat(text)
                        except ValueError:
                            value = text
                    else:
                        value = text if text != "" else None
                cells.append(value)
                merge = cell.get(ns + "MergeAcross")
                if merge:
                    cells.extend([None] * int(merge))
            rows.append(cells)
        out[ws.get(ns + "Name") or f"Sheet{len(out) + 1}"] = rows
    return out


def sheet_files(f: SourceFile) -> list[SourceFile]:
    """Every non-empty sheet of a workbook written back as the UTF-8 CSV it most likely was before a re-save.

    Cells become text as ``frame_from_rows`` writes them (whole numbers without ``.0``, dates ISO), so a
    Meta, X or YouTube export re-saved in Excel, LibreOffice or Numbers is detected by its headers and values
    like the original. Names are ``book.xlsx (sheet Name)``.
    """
    out = []
    for name, rows in sheets(f).items():
        texts = [[cell_text(c) or "" for c in row] for row in rows]
        while texts and not any(texts[-1]):
            texts.pop()
        texts = [r for r in texts if any(r)]
        if not texts:
            continue
        width = max(len(r) for r in texts)
        while width > 1 and not any(len(r) >= width and r[width - 1] for r in texts):
            width -= 1  # columns Excel kept after the data (formatting only)
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(r[:width] for r in texts)
        out.append(SourceFile(name=f"{f.name} (sheet {name})", data=buf.getvalue().encode("utf-8")))
    return out


def cell_text(v: object) -> str | None:
    """A spreadsheet cell as text: whole floats without ``.0`` (ids), datetimes ISO, None for empty."""
    if v is None:
        return None
    if isinstance(v, float):
        if np.isnan(v):
            return None
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    if isinstance(v, (dt.datetime, dt.date)):
        return v.isoformat()
    s = str(v)
    return None if s.strip() in MISSING_TOKENS else s


def find_header_row(rows: Sequence[Sequence[object]], known: Iterable[str], max_scan: int = 15) -> int | None:
    """Index of the row among the first ``max_scan`` that holds most of the ``known`` names (at least 2).

    Use it when description rows sit above the header (LinkedIn) or the header is not on row 0.
    """
    wanted = {norm(k) for k in known}
    best, best_hits = None, 1
    for i, row in enumerate(rows[:max_scan]):
        hits = sum(norm(c) in wanted for c in row if c is not None)
        if hits > best_hits:
            best, best_hits = i, hits
    return best


def frame_from_rows(rows: Sequence[Sequence[object]], header_row: int = 0) -> pd.DataFrame:
    """Rows (from ``sheets`` or ``head_rows``) below ``header_row`` as an all-string DataFrame.

    Ragged rows are padded, empty rows dropped, duplicate names made unique like pandas (``Views``,
    ``Views.1``) and unnamed columns called ``Unnamed: i``. Cells become text column by column (vectorised):
    whole floats lose their ``.0`` (ids, counts), datetimes are ISO, ``N/A``-like cells are ``<NA>``.
    """
    header = [cell_text(c) for c in rows[header_row]] if len(rows) > header_row else []
    body = rows[header_row + 1:]
    width = max([len(header), *map(len, body)])
    if any(len(r) != width for r in body):
        body = [list(r) + [None] * (width - len(r)) for r in body]  # ragged rows (pandas will refuse them)
    raw = pd.DataFrame(list(body), dtype=object) if len(body) else pd.DataFrame(index=range(0))
    names: list[str] = []
    seen: dict[str, int] = {}
    for i in range(width):
        base = (header[i] or f"Unnamed: {i}" if i < len(header) else f"Unnamed: {i}").replace("\ufeff", "").strip()
        n = seen.get(base, 0)
        seen[base] = n + 1
        names.append(base if n == 0 else f"{base}.{n}")
    empty = pd.Series(None, index=raw.index, dtype=object)
    frame = pd.DataFrame({name: _cells_as_text(raw[i] if i < raw.shape[1] else empty)
                          for i, name in enumerate(names)}, index=raw.index)
    return frame[frame.notna().any(axis=1)].reset_index(drop=True)


def _cells_as_text(s: pd.Series) -> pd.Series:
    """One column of spreadsheet cells as text, like ``cell_text`` but per column."""
    kinds = s.map(type)
    is_float = kinds.eq(float)
    out = s.where(~is_float & s.notna())
    when = kinds.isin((dt.datetime, dt.date))
    if when.any():
        out = out.where(~when, s[when].map(lambda v: v.isoformat()))
    out = out.astype("str")
    if is_float.any():
        num = pd.to_numeric(s.where(is_float), errors="coerce").astype("float64")
        whole = is_float & (num % 1 == 0) & (num.abs() < 1e15)
        out = out.where(~whole, num.where(whole).fillna(0).astype("int64").astype("str"))
        frac = is_float & num.notna() & ~whole
        out = out.where(~frac, num.where(frac).astype("str"))
    stripped = out.str.strip()
    return out.where(out.notna() & ~stripped.isin(MISSING_TOKENS))


# ------------------------------------------------------------------------------------------ values


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


# ------------------------------------------------------------------------------------------ results


def result(f: SourceFile, importer: str, platform: str, *, account: str | None = None,
           warnings: list[str] | None = None, **frames: pd.DataFrame | None) -> ImportResult:
    """Build an ``ImportResult`` from raw canonical frames (coerced and validated by ``Dataset.from_frames``).

    Raises ``FileImportError`` (naming the file) when the frames do not fit the canonical schema, or hold
    no rows and no warning explains why (a recognised file whose content has no canonical table, such as a
    page-views series, returns an empty dataset with a warning saying so).
    """
    try:
        data, replaced = Dataset.from_frames_counted(**frames)
    except ConversaError as exc:
        raise FileImportError(f"{f.name}: {exc}") from exc
    if data.is_empty and not warnings:
        raise FileImportError(f"{f.name} was recognised but holds no data rows.")
    return ImportResult(source=f.name, importer=importer, platform=platform, dataset=data, account=account,
                        warnings=[*(warnings or []), *repeated_keys(replaced), *negative_counts(data)])


_KEY_WORDS = {"posts": "post id", "comments": "comment id", "followers": "platform, account and day",
              "traffic": "day and platform"}


def repeated_keys(replaced: Mapping[str, int]) -> list[str]:
    """One warning per table where rows of one file repeated another row's key (the later row was kept).

    The rule is documented in ``Dataset.from_frames``; the warning makes sure no row is replaced silently.
    """
    return [f"{n} row{'s' if n != 1 else ''} of {name} repeated the {_KEY_WORDS[name]} of a later row in this file; "
            "the later row was kept." for name, n in replaced.items()]


def negative_counts(data: Dataset) -> list[str]:
    """One warning per count column holding negative values, naming the table, column and number of rows.

    Negative counts are kept: exports carry legitimate corrections (TikTok's ``-1`` comments, LinkedIn's
    daily follower corrections), but a user should know they are in the totals.
    """
    out = []
    for name in Dataset.TABLES:
        frame = data.table(name)
        for col, dtype in schema.TABLES[name].columns.items():
            if dtype in (schema.COUNT, schema.MONEY) and len(frame):
                n = int((frame[col] < 0).sum())
                if n:
                    out.append(f"{n} row{'s' if n != 1 else ''} of {name} {'have' if n != 1 else 'has'} a negative "
                               f"'{col}'; kept as exported (platforms report corrections this way) and counted "
                               "in totals.")
    return out


def drop_missing(frame: pd.DataFrame, col: str, what: str, warnings: list[str]) -> pd.DataFrame:
    """Drop rows where ``col`` is null and append "N rows without a <what> were skipped" to ``warnings``."""
    bad = frame[col].isna()
    n = int(bad.sum())
    if n:
        warnings.append(f"{n} row{'s' if n != 1 else ''} without {what} {'were' if n != 1 else 'was'} skipped.")
        return frame[~bad]
    return frame
