"""YouTube Studio Advanced-mode exports: ``Table data.csv`` (per video), ``Totals.csv`` and ``Chart data.csv``.

- ``Table data.csv`` -> ``posts``: ``Content`` (video id; YouTube puts a space before ids starting with ``-``
  as a guard against formula injection, removed here) -> post_id, ``Video title`` -> text, ``Views`` (else
  ``Engaged views``) -> video_views, ``Likes`` -> reactions, ``Comments added`` -> comments, ``Shares`` ->
  shares, ``Impressions`` -> impressions. The first data row ``Total`` is dropped. ``Video publish time`` is a
  date without a time (``Sep 27, 2024``): taken as noon in the workspace zone (UTC by default).
- ``Totals.csv`` (channel per day) -> ``followers`` when it holds ``Subscribers gained``/``Subscribers lost``.
  With only views (the default) there is nothing Conversa stores, and the message says so.
- ``Chart data.csv`` repeats the daily views of the top videos that ``Table data.csv`` already totals, so it
  is recognised and explained, not imported (importing it would overwrite the richer Table rows).
"""

from __future__ import annotations

import pandas as pd

from lib.errors import FileImportError
from lib.importers import _tabular as tab
from lib.importers._social import csv_score, date_only_utc, header
from lib.importers.base import ImportResult, SourceFile

PLATFORM = "youtube"
_TABLE_METRICS = ["views", "engaged views", "watch time (hours)", "impressions", "subscribers", "likes",
                  "comments added", "shares", "average view duration"]


def _video_ids(s: pd.Series) -> pd.Series:
    return s.str.strip()


def _days(s: pd.Series) -> pd.Series:
    """ISO dates, or the ``DD-MM-YYYY``/``MM-DD-YYYY`` an Excel resave leaves (day-first unless impossible)."""
    t = s.astype("str").str.strip()
    iso = pd.to_datetime(t, format="%Y-%m-%d", errors="coerce")
    if iso.notna().sum() >= t.notna().sum():
        return iso.astype("datetime64[us]")
    for sep in ("-", "/", "."):
        dayfirst = pd.to_datetime(t, format=f"%d{sep}%m{sep}%Y", errors="coerce")
        monthfirst = pd.to_datetime(t, format=f"%m{sep}%d{sep}%Y", errors="coerce")
        if dayfirst.notna().any() or monthfirst.notna().any():
            best = dayfirst if dayfirst.notna().sum() >= monthfirst.notna().sum() else monthfirst
            return best.fillna(iso).astype("datetime64[us]")
    return tab.to_day(s)


class TableData:
    """YouTube Studio ``Table data.csv`` with one row per video."""

    key = "youtube_table"
    label = "YouTube Studio export, Table data.csv (one row per video)"
    how_to_get = ("YouTube Studio > Analytics > Advanced mode > Content tab, choose the period > Export current "
                  "view > Comma-separated values (.csv); the zip holds Table data.csv.")

    def detect(self, f: SourceFile) -> float:
        cols = header(f)
        if not cols or tab.norm(cols[0]) != "content":
            return 0.0
        return csv_score(f, ["content", "video title", "video publish time"], _TABLE_METRICS)

    def read(self, f: SourceFile, tz: str | None = None) -> ImportResult:
        raw = tab.read_csv(f)
        warnings: list[str] = []
        ids = _video_ids(tab.coalesce(raw, "Content"))
        raw = raw[ids.str.lower().ne("total").fillna(True)]
        ids = _video_ids(tab.coalesce(raw, "Content"))
        views_col = tab.column(raw, "Views", "Engaged views")
        if views_col and tab.norm(views_col) == "engaged views":
            warnings.append("This export has Engaged views but no Views column; engaged views were used as video views.")
        when = tab.coalesce(raw, "Video publish time").str.strip()
        published = pd.to_datetime(when, format="%b %d, %Y", errors="coerce")
        if published.isna().sum() > when.isna().sum():  # re-saved: a date cell (ISO) or the locale's date text
            published = published.fillna(tab.to_day(when))
        posts = pd.DataFrame({
            "platform": PLATFORM,
            "post_id": ids,
            "published_at": date_only_utc(published.astype("datetime64[us]"), tz),
            "post_type": "video",
            "text": tab.coalesce(raw, "Video title"),
            "permalink": "https://www.youtube.com/watch?v=" + ids,
            "impressions": tab.to_count(tab.coalesce(raw, "Impressions")),
            "reactions": tab.to_count(tab.coalesce(raw, "Likes")),
            "comments": tab.to_count(tab.coalesce(raw, "Comments added")),
            "shares": tab.to_count(tab.coalesce(raw, "Shares")),
            "video_views": tab.to_count(raw[views_col]) if views_col else None,
        })
        posts = tab.drop_missing(posts, "post_id", "a video id", warnings)
        posts = tab.drop_missing(posts, "published_at", "a publish date (unlisted, private or deleted items)",
                                 warnings)
        if not len(posts):
            raise FileImportError(f"{f.name} is a YouTube Table data export with no video rows (only the Total row).")
        return tab.result(f, self.key, PLATFORM, warnings=warnings, posts=posts)


class Totals:
    """YouTube Studio ``Totals.csv``: channel metrics per day."""

    key = "youtube_totals"
    label = "YouTube Studio export, Totals.csv (channel per day)"
    how_to_get = ("YouTube Studio > Analytics > Advanced mode, add the metrics Subscribers gained and Subscribers "
                  "lost > Export current view > .csv; the zip holds Totals.csv.")

    def detect(self, f: SourceFile) -> float:
        cols = [tab.norm(c) for c in header(f)]
        if len(cols) < 2 or cols[0] != "date" or "content" in cols:
            return 0.0
        known = {"views", "engaged views", "watch time (hours)", "subscribers", "subscribers gained",
                 "subscribers lost", "stayed to watch (%)", "impressions", "unique viewers", "average view duration",
                 "estimated revenue (usd)", "likes", "comments added", "shares"}
        return 0.7 if all(c in known for c in cols[1:]) else 0.0

    def read(self, f: SourceFile) -> ImportResult:
        raw = tab.read_csv(f)
        gained, lost = tab.column(raw, "Subscribers gained"), tab.column(raw, "Subscribers lost")
        if not (gained or lost):
            metrics = ", ".join(c for c in raw.columns[1:])
            raise FileImportError(
                f"{f.name} is a YouTube Studio Totals export of {metrics} per day, which Conversa does not store. "
                "For subscribers, add the metrics Subscribers gained and Subscribers lost before exporting; "
                "for videos, import Table data.csv from the same export."
            )
        warnings: list[str] = []
        followers = pd.DataFrame({
            "platform": PLATFORM,
            "date": _days(tab.coalesce(raw, "Date")),
            "gained": tab.to_count(raw[gained]) if gained else None,
            "lost": tab.to_count(raw[lost]) if lost else None,
        })
        followers = tab.drop_missing(followers, "date", "a readable date", warnings)
        return tab.result(f, self.key, PLATFORM, warnings=warnings, followers=followers)


class ChartData:
    """YouTube Studio ``Chart data.csv``: recognised so the message can point to the file that holds the videos."""

    key = "youtube_chart"
    label = "YouTube Studio export, Chart data.csv (daily views of the top videos)"
    how_to_get = "YouTube Studio > Analytics > Advanced mode > Export current view; import Table data.csv from it."

    def detect(self, f: SourceFile) -> float:
        cols = [tab.norm(c) for c in header(f)]
        return 0.9 if cols[:3] == ["date", "content", "video title"] else 0.0

    def read(self, f: SourceFile) -> ImportResult:
        raise FileImportError(
            f"{f.name} is YouTube Studio's Chart data (daily views of the top videos), which repeats what "
            "Table data.csv holds per video. Import Table data.csv (or the whole export zip) instead."
        )


IMPORTERS = [TableData(), Totals(), ChartData()]
