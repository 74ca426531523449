"""Write canonical tables as canonical CSV (KPIS.md): ISO 8601 times with offset, true/false, empty for null."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from lib import schema


def _column_text(s: pd.Series, dtype: str) -> pd.Series:
    """One column as the strings its canonical CSV cells hold (``None`` for an empty cell)."""
    if dtype == schema.TIME:
        naive = s.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy().astype("datetime64[s]")
        out = pd.Series(np.datetime_as_string(naive, unit="s"), index=s.index, dtype=object) + "+00:00"
    elif dtype == schema.DAY:
        out = pd.Series(np.datetime_as_string(s.to_numpy().astype("datetime64[D]"), unit="D"), index=s.index, dtype=object)
    elif dtype == schema.FLAG:
        out = s.astype(object).map({True: "true", False: "false"})
    else:
        return s
    return out.where(s.notna(), None)


def table_frame(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """``frame`` reduced to the canonical columns of ``table`` with cells formatted for CSV."""
    spec = schema.TABLES[table]
    return pd.DataFrame({c: _column_text(frame[c], d) for c, d in spec.columns.items()})


def write_table(frame: pd.DataFrame, table: str, path: Path) -> Path:
    """Write one canonical table to ``path`` (UTF-8, no BOM, LF, minimal quoting) and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    table_frame(frame, table).to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
    return path


def write_tables(dataset, folder: Path) -> dict[str, Path]:
    """Write every non-empty table of ``dataset`` as ``<folder>/<table>.csv``; return {table: path}."""
    folder = Path(folder)
    return {
        name: write_table(dataset.table(name), name, folder / f"{name}.csv")
        for name in dataset.TABLES
        if len(dataset.table(name))
    }
