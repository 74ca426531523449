"""Shared reading helpers for importers, one module per job; importers use them as ``_tabular as tab``.

- ``files``: ``check_readable(f)`` (size cap, empty file, binary junk), ``head_rows(f, n)`` (the first CSV rows,
  after a ``sep=`` hint, for cheap detection), ``preamble(lines)`` (``sep=`` hints, ``#`` comments, blank lines),
  ``read_csv(f, skip=0, sep=None)`` (the whole CSV as a DataFrame of strings, ``<NA>`` for empty cells, ragged
  rows padded, duplicate names made unique, ids exact).
- ``sheets``: ``sheets(f)`` (every sheet of an .xlsx / BIFF .xls / .ods / XML Spreadsheet 2003 file as rows of
  cell values), ``sheet_files(f)`` (each sheet as the CSV it was before a re-save), ``find_header_row`` and
  ``frame_from_rows`` (description rows above or below the header), ``cell_text``.
- ``values``: ``norm(name)``, ``header_score(columns, required, optional)``, ``coalesce``, ``column``,
  ``translate``, ``to_number``/``to_count`` (locale-aware: "1.234,5", "1,234", "12 345", "N/A" -> <NA>),
  ``to_utc(s, formats, tz)`` (naive values taken in ``tz``), ``to_day``, ``excel_serial``.
- ``results``: ``result(f, importer, platform, account, warnings, **frames)`` (the ``ImportResult``, with a
  warning per repeated key and per count column holding negative values), ``drop_missing``.
"""

from lib.importers._tabular.files import (
    MAX_FILE_BYTES,
    Preamble,
    check_readable,
    head_rows,
    preamble,
    read_csv,
    sniff_sep,
)
from lib.importers._tabular.results import drop_missing, negative_counts, repeated_keys, result
from lib.importers._tabular.sheets import (
    cell_text,
    find_header_row,
    frame_from_rows,
    is_xml_spreadsheet,
    sheet_files,
    sheets,
)
from lib.importers._tabular.values import (
    MISSING_TOKENS,
    coalesce,
    column,
    excel_serial,
    header_score,
    norm,
    to_count,
    to_day,
    to_number,
    to_utc,
    translate,
)

__all__ = [
    "MAX_FILE_BYTES", "MISSING_TOKENS", "Preamble", "cell_text", "check_readable", "coalesce", "column",
    "drop_missing", "excel_serial", "find_header_row", "frame_from_rows", "head_rows", "header_score",
    "is_xml_spreadsheet", "negative_counts", "norm", "preamble", "read_csv", "repeated_keys", "result",
    "sheet_files", "sheets", "sniff_sep", "to_count", "to_day", "to_number", "to_utc", "translate",
]
