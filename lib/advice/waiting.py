"""The "Waiting for an answer" list: audience comments of a period with no brand reply yet in their thread.

The rows are ``lib.kpis.waiting.waiting`` (the comments ``brand_response_rate`` counts as not answered); here they
are ordered (questions first, then the oldest), given their age, filtered by platform, shown with pseudonyms in
presentation mode and written as a CSV whose cells can never run as spreadsheet formulas.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from lib.dataset import Dataset
from lib.kpis import Period, Prepared
from lib.kpis.model import json_value
from lib.kpis.tables import MENTION
from lib.kpis.tables.community import mention_pseudonyms
from lib.kpis.waiting import Waiting, waiting
from lib.safe_text import csv_safe

AGE = "age_hours"

#: columns of the CSV download and of the CLI's JSON, in order
EXPORT_COLUMNS: tuple[str, ...] = (Waiting.platform, Waiting.comment_id, Waiting.post_id, Waiting.created_at, AGE,
                                   Waiting.is_question, Waiting.author_name, Waiting.text, Waiting.post_text,
                                   Waiting.permalink)


def as_of(data: Prepared) -> pd.Timestamp | None:
    """The newest moment in the data (latest comment, else latest post): ages are counted up to it, because the
    data cannot know of a reply written later."""
    times = [int(data.comments["t"].max()) if len(data.comments) else None,
             int(data.posts["t"].max()) if len(data.posts) else None]
    known = [t for t in times if t is not None]
    return pd.Timestamp(max(known), unit="us", tz="UTC") if known else None


def waiting_list(data: Prepared, period: Period, *, platforms: Sequence[str] = (),
                 anonymized: bool = False) -> pd.DataFrame:
    """The waiting comments of ``period``: questions first, then the oldest; ``age_hours`` up to ``as_of``.

    ``platforms`` keeps only those platforms (empty: all); ``anonymized`` shows audience authors by pseudonym, drops
    their ids and writes @mentions of audience authors as their pseudonyms (brand and page handles stay).
    """
    frame = waiting(data, period)
    if platforms:
        frame = frame[frame[Waiting.platform].isin(list(platforms))]
    end = as_of(data)
    created = pd.to_datetime(frame[Waiting.created_at], utc=True)
    if end is None:
        frame = frame.assign(**{AGE: np.nan})
    else:
        hours = ((end - created) / pd.Timedelta(hours=1)).clip(lower=0)
        frame = frame.assign(**{AGE: hours})
    frame = frame.sort_values([Waiting.is_question, Waiting.created_at, Waiting.comment_id],
                              ascending=[False, True, True], kind="stable", ignore_index=True)
    if anonymized:  # names go, and so do @mentions of audience authors in the comments and the posts
        names = mention_pseudonyms(data, {"text": frame[[Waiting.text]],
                                          "post": frame[[Waiting.post_text]].rename(columns={Waiting.post_text: "text"})})
        swap = {c: frame[c].str.replace(MENTION, lambda m: "@" + names.get(m.group(1).lower(), m.group(1)), regex=True)
                for c in (Waiting.text, Waiting.post_text)} if names and len(frame) else {}
        frame = frame.assign(**{Waiting.author_name: frame[Waiting.author_pseudonym]}, **swap)
        frame = frame.drop(columns=[Waiting.author_id])
    return frame.drop(columns=[Waiting.author_pseudonym])


def has_threads(data: Prepared | Dataset) -> bool:
    """Whether the data holds any comment rows (without them, nobody can be seen waiting)."""
    return bool(data.has_comments.any()) if isinstance(data, Prepared) else len(data.comments) > 0


def to_csv(frame: pd.DataFrame) -> bytes:
    """The list as UTF-8 CSV (with BOM, so spreadsheet programs read accents right); every text cell that a
    spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab, CR) is prefixed with an apostrophe."""
    cols = [c for c in EXPORT_COLUMNS if c in frame.columns]
    out = frame[cols].copy()
    for col in cols:
        values = out[col]
        if col == AGE:
            out[col] = values.map(lambda v: "" if pd.isna(v) else f"{v:.1f}")
        elif pd.api.types.is_bool_dtype(values):
            out[col] = values.map({True: "true", False: "false"})
        elif isinstance(values.dtype, pd.DatetimeTZDtype):
            out[col] = values.map(lambda v: "" if pd.isna(v) else v.isoformat())
        else:
            out[col] = csv_safe(values.astype("string")).fillna("")
    return ("\ufeff" + out.to_csv(index=False, lineterminator="\r\n")).encode("utf-8")


def to_records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """JSON-ready rows (``created_at`` ISO 8601, nulls as None) with the export columns."""
    cols = [c for c in EXPORT_COLUMNS if c in frame.columns]
    return [{k: json_value(v) for k, v in row.items()} for row in frame[cols].to_dict(orient="records")]
