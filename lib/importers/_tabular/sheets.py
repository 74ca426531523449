"""Spreadsheets: every sheet of an .xlsx / .xls / .ods / XML Spreadsheet 2003 file as rows of cells, and back.

``sheets`` (cached per file), ``is_xml_spreadsheet``, ``sheet_files`` (each sheet as the CSV it was before a
re-save), ``cell_text``, ``find_header_row``, ``frame_from_rows`` (rows to an all-string DataFrame).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np
import pandas as pd

from lib.importers._tabular.values import MISSING_TOKENS, norm
from lib.importers.base import SourceFile
from lib.importers.messages import refusal

_XML_SS = "urn:schemas-microsoft-com:office:spreadsheet"


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
        raise refusal("xlsx_unopenable", file=f.name, detail=str(exc)) from exc


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
        raise refusal("xml_damaged", file=f.name, detail=str(exc)) from exc
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
