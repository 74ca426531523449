"""Canonical CSV: one file per table whose header is that table's canonical columns (what ``export`` writes)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from lib import schema
from lib.dataset import Dataset
from lib.importers import _tabular as tab
from lib.importers.base import ImportResult, SourceFile
from lib.importers.messages import refusal
from lib.safe_text import csv_safe, csv_unsafe

_FLAG_TEXT = {True: "true", False: "false"}


def _table_for(columns: list[str]) -> tuple[str | None, float]:
    """The canonical table whose columns the header holds, with a confidence."""
    cols = [c.strip() for c in columns]
    best, best_score = None, 0.0
    for spec in schema.TABLES.values():
        allowed = set(spec.all_columns)
        if not set(spec.required) <= set(cols):
            continue
        known = sum(c in allowed for c in cols)
        extra = len(cols) - known
        coverage = known / len(spec.columns)
        score = 0.7 + 0.29 * min(coverage, 1.0) - 0.1 * extra
        if score > best_score:
            best, best_score = spec.name, score
    return best, max(best_score, 0.0)


def _flags(s: pd.Series) -> pd.Series:
    """``true``/``false`` (also 1/0, yes/no, any case) as boolean; other text is left for the schema to report."""
    low = s.str.strip().str.lower()
    yes, no = low.isin(("true", "1", "yes")), low.isin(("false", "0", "no"))
    if (s.notna() & ~yes & ~no).any():
        return s
    return pd.Series(pd.array(yes.to_numpy(), dtype="boolean"), index=s.index).mask(s.isna())


class CanonicalCsvImporter:
    """Canonical CSV of any one table (posts, comments, followers or traffic).

    Timestamps should be ISO 8601 with an offset; values without one are taken as UTC (or the ``tz`` given).
    """

    key = "canonical_csv"
    label = "Conversa canonical CSV (posts, comments, followers or traffic)"
    how_to_get = ("Write it with `python -m lib.cli export -o FOLDER` or by hand: the header holds the column "
                  "names of one table in KPIS.md, one file per table.")

    def detect(self, f: SourceFile) -> float:
        rows = tab.head_rows(f, 2)
        if not rows:
            return 0.0
        return _table_for(rows[0])[1]

    def read(self, f: SourceFile, tz: str | None = None) -> ImportResult:
        rows = tab.head_rows(f, 1)
        table, _ = _table_for(rows[0] if rows else [])
        if table is None:
            raise refusal("canonical_columns", file=f.name)
        spec = schema.TABLES[table]
        kinds = {schema.TIME: "time", schema.DAY: "day", schema.COUNT: "count", schema.MONEY: "number",
                 schema.FLAG: "flag"}
        types = {c: kinds[d] for c, d in spec.all_columns.items() if d in kinds and c in rows[0]}
        frame = tab.read_csv(f, skip=0, types=types)  # typed by pyarrow where every value fits
        frame = frame[[c for c in frame.columns if c in spec.all_columns]]
        for col in (c for c, d in spec.all_columns.items() if d == schema.TEXT and c in frame.columns):
            if pd.api.types.is_string_dtype(frame[col]):  # the apostrophe write_canonical put before a formula
                frame[col] = csv_unsafe(frame[col]).astype(frame[col].dtype)
        warnings: list[str] = []
        for col, dtype in spec.columns.items():
            if dtype == schema.FLAG and col in frame.columns and pd.api.types.is_string_dtype(frame[col]):
                frame[col] = _flags(frame[col])
        time_col = {"posts": schema.Posts.published_at, "comments": schema.Comments.created_at}.get(table)
        if time_col and tz and tz != "UTC":
            frame[time_col] = tab.to_utc(frame[time_col], tz=tz)
        for col in spec.required:
            what = {"post_id": "an id", "comment_id": "an id", "platform": "a platform"}.get(col, "a date")
            frame = tab.drop_missing(frame, col, what, warnings)
        platforms = frame["platform"].dropna().unique()
        platform = str(platforms[0]) if len(platforms) == 1 else "mixed"
        accounts = frame["account"].dropna().unique() if "account" in frame else []
        return tab.result(f, self.key, platform, account=str(accounts[0]) if len(accounts) == 1 else None,
                          warnings=warnings, **{table: frame})


IMPORTERS = [CanonicalCsvImporter()]


def _csv_frame(frame: pd.DataFrame, spec: schema.TableSpec) -> pd.DataFrame:
    out = {}
    for col, dtype in spec.columns.items():
        s = frame[col]
        if dtype == schema.TIME:
            fmt = "%Y-%m-%dT%H:%M:%S.%f+00:00" if (s.dt.microsecond != 0).any() else "%Y-%m-%dT%H:%M:%S+00:00"
            s = s.dt.strftime(fmt)
        elif dtype == schema.DAY:
            s = s.dt.strftime("%Y-%m-%d")
        elif dtype == schema.FLAG:
            s = s.map(_FLAG_TEXT).astype("str")
        elif dtype == schema.TEXT:
            s = csv_safe(s)  # a spreadsheet opening the file runs no formula from a commenter's text
        out[col] = s
    return pd.DataFrame(out)


def write_canonical(dataset: Dataset, folder: str | Path) -> list[Path]:
    """Write each non-empty table of ``dataset`` as ``<folder>/<table>.csv`` in canonical CSV form.

    Parameters
    ----------
    dataset : Dataset
        The tables to write (derived columns such as ``is_substantive`` are left out).
    folder : str or Path
        Created when missing.

    Returns
    -------
    list of Path
        The files written, in table order. Reading them back with ``import_file`` gives the same tables.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in Dataset.TABLES:
        frame = dataset.table(name)
        if not len(frame):
            continue
        path = folder / f"{name}.csv"
        out = _csv_frame(frame, schema.TABLES[name])
        # Python's csv quotes a value holding a character of the line terminator: LF as usual, CRLF when some text
        # holds a carriage return (which would otherwise end its row early)
        crlf = any(out[c].str.contains("\r", regex=False).any() for c in out.columns if out[c].dtype == "string")
        out.to_csv(path, index=False, na_rep="", lineterminator="\r\n" if crlf else "\n")
        written.append(path)
    return written
