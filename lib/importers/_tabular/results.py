"""Results: canonical frames to an ``ImportResult``, with a warning for every row replaced, dropped or negative.

``result`` (through ``Dataset.from_frames_counted``), ``repeated_keys``, ``negative_counts``, ``drop_missing``.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from lib import schema
from lib.dataset import Dataset
from lib.errors import ConversaError, FileImportError
from lib.importers.base import ImportResult, SourceFile
from lib.importers.messages import Note, refusal


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
        raise refusal("recognised_no_rows", file=f.name)
    return ImportResult(source=f.name, importer=importer, platform=platform, dataset=data, account=account,
                        warnings=[*(warnings or []), *repeated_keys(replaced), *negative_counts(data)])


def repeated_keys(replaced: Mapping[str, int]) -> list[str]:
    """One warning per table where rows of one file repeated another row's key (the later row was kept).

    The rule is documented in ``Dataset.from_frames``; the warning makes sure no row is replaced silently.
    """
    return [Note.counted("repeated", n, table=name, keyof=name) for name, n in replaced.items()]


def negative_counts(data: Dataset) -> list[str]:
    """One warning per count column holding negative values, naming the table, column and number of rows.

    Negative counts are kept: exports carry legitimate corrections (TikTok's ``-1`` comments, LinkedIn's
    daily follower corrections), but a user should know they are in the totals.
    """
    out: list[str] = []
    for name in Dataset.TABLES:
        frame = data.table(name)
        for col, dtype in schema.TABLES[name].columns.items():
            if dtype in (schema.COUNT, schema.MONEY) and len(frame):
                n = int((frame[col] < 0).sum())
                if n:
                    out.append(Note.counted("negative", n, table=name, column=col))
    return out


def drop_missing(frame: pd.DataFrame, col: str, what: str, warnings: list[str]) -> pd.DataFrame:
    """Drop rows where ``col`` is null and append "N rows without a <what> were skipped" to ``warnings``."""
    bad = frame[col].isna()
    n = int(bad.sum())
    if n:
        warnings.append(Note.counted("dropped", n, missing=what))
        return frame[~bad]
    return frame
