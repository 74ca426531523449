"""TikTok analytics exports: TikTok Studio's (CSV or .xlsx, every value stored as text) and business-side ones.

- ``Content`` -> ``posts``: the id comes from ``Video link`` (``/video/<id>``, else ``Video ID``), ``Total likes/
  comments/shares/views`` (business-side lists: plain ``Likes``, ``Comments``, ``Shares``, ``Views``) ->
  reactions/comments/shares/video_views. Studio's ``Post time`` is a date without year or time; business-side
  lists give full timestamps (``2025/10/31 18:19:10``, ``31/10/2025 18:19``, ISO; day first where both readings
  fit) without a zone, taken in the workspace zone (``ASSUMED_TZ``, UTC, by default).
- Business-side follower files (``Date``, ``New followers``, ``Lost followers``, optionally the total) ->
  ``followers`` with gained and lost as exported (gross figures, nothing recomputed).
- ``FollowerHistory`` -> ``followers``: ``Followers`` is the end-of-day total (``undefined`` = no data yet, those
  days are skipped, never zeros). The file's own difference column changes meaning between exports
  (``next - today`` in some, ``today - previous`` in others), so gained/lost are recomputed from the totals:
  the net change against the previous row, positive -> gained, negative -> lost (TikTok gives no gross figures).
- ``Overview``, ``Viewers``, ``FollowerActivity``, ``FollowerGender``, ``FollowerTopTerritories`` are recognised
  and explained: their account-level daily totals and distributions have no canonical table.

Dates carry no year (``August 18``, ``8 de marzo``, ``18 tháng Sáu``). Rows run in date order, so a step back
in the calendar is a new year; the series is taken to end on the latest such date not after today (the export
lags by about two days). Content's ``Time`` column is the export day: each ``Post time`` is the latest such date
not after it. Date-only values are stored at noon in the workspace zone (UTC by default).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from lib.importers import _tabular as tab
from lib.importers._dates import local_days, month_day
from lib.importers._social import date_only_utc, header
from lib.importers.base import ImportResult, SourceFile
from lib.importers.messages import Note, refusal

PLATFORM = "tiktok"


def _latest_year(month: int, day: int, ref: dt.date) -> int:
    return ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1


def series_days(s: pd.Series, today: dt.date) -> pd.Series:
    """Yearless dates of a day-by-day series (ascending or descending) as naive calendar days.

    A step back in the calendar starts a new year; the newest row is the latest such date not after ``today``.

    >>> series_days(pd.Series(["December 30", "December 31", "January 1"]), dt.date(2026, 3, 1)).dt.date.tolist()
    [datetime.date(2025, 12, 30), datetime.date(2025, 12, 31), datetime.date(2026, 1, 1)]
    """
    month, day, year = month_day(s)
    ok = month.notna() & day.notna()
    key = (month * 32 + day).astype("Float64")
    steps = key[ok].diff().dropna()
    descending = int((steps < 0).sum()) > int((steps > 0).sum())
    k = key[ok].to_numpy(dtype="float64")
    if descending:
        k = k[::-1]
    wraps = np.concatenate([[0], np.cumsum(np.diff(k) < 0)])
    out = pd.Series(pd.NaT, index=s.index, dtype="datetime64[us]")
    if not ok.any():
        return out
    m_last, d_last = int(month[ok].iloc[0 if descending else -1]), int(day[ok].iloc[0 if descending else -1])
    y_last = year[ok].dropna()
    last_year = int(y_last.iloc[-1]) if len(y_last) else _latest_year(m_last, d_last, today)
    years = last_year - (wraps[-1] - wraps)
    if descending:
        years = years[::-1]
    years = pd.Series(years, index=month[ok].index).where(year[ok].isna(), year[ok])
    parts = pd.DataFrame({"year": years.astype("int64"), "month": month[ok].astype("int64"),
                          "day": day[ok].astype("int64")})
    out.loc[ok] = pd.to_datetime(parts, errors="coerce").astype("datetime64[us]")
    return out


POST_TIME = ("Post time", "Create time", "Publish time", "Posted on", "Date posted")
_FULL_TIME_FORMATS = ("%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S",
                      "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S",
                      "%d.%m.%Y %H:%M", "%Y-%m-%d")
_COUNTS = {"likes": ("Total likes", "Likes"), "comments": ("Total comments", "Comments"),
           "shares": ("Total shares", "Shares"), "views": ("Total views", "Views", "Video views")}
ASSUMED_TZ = "UTC"  # business-side timestamps carry no zone; the workspace's zone (tz) overrides it


def _kind(cols: list[str]) -> str | None:
    c = [tab.norm(x) for x in cols]
    if ({"video link", "video id"} & set(c)) and {tab.norm(t) for t in POST_TIME} & set(c):
        return "content"
    if c[:2] == ["date", "followers"] or (c[:1] == ["date"] and {"new followers", "lost followers"} <= set(c)):
        return "followers"
    if c[:1] == ["date"] and {"video views", "profile views"} <= set(c):
        return "overview"
    if c[:2] == ["date", "total viewers"]:
        return "viewers"
    if c[:3] == ["date", "hour", "active followers"]:
        return "activity"
    if len(c) == 2 and c[1] == "distribution" and c[0] in ("gender", "top territories", "age"):
        return "distribution"
    return None


def _columns(f: SourceFile) -> list[str]:
    if f.is_binary_spreadsheet:
        for rows in tab.sheets(f).values():
            row = next((r for r in rows if any(v is not None for v in r)), None)
            if row:
                return [tab.cell_text(v) or "" for v in row]
        return []
    return header(f)


def _frame(f: SourceFile) -> pd.DataFrame:
    if f.is_binary_spreadsheet:
        for rows in tab.sheets(f).values():
            if rows and _kind([tab.cell_text(v) or "" for v in rows[0]]):
                return tab.frame_from_rows(rows, 0)
        raise refusal("tiktok_no_sheet", file=f.name)
    return tab.read_csv(f)


def _today(today: dt.date | None) -> dt.date:
    return today or dt.datetime.now(dt.UTC).date()


def _year_note(days: pd.Series) -> str:
    return (f"TikTok dates have no year: the rows were dated {days.min():%Y-%m-%d} to {days.max():%Y-%m-%d}, "
            "taking the newest row as the latest such day before today.")


def read_overview(f: SourceFile, today: dt.date | None = None) -> pd.DataFrame:
    """TikTok ``Overview`` as a frame: date, video_views, profile_views, likes, comments, shares (nullable ints)."""
    raw = _frame(f)
    return pd.DataFrame({
        "date": series_days(tab.coalesce(raw, "Date"), _today(today)),
        "video_views": tab.to_count(tab.coalesce(raw, "Video Views")),
        "profile_views": tab.to_count(tab.coalesce(raw, "Profile Views")),
        "likes": tab.to_count(tab.coalesce(raw, "Likes")),
        "comments": tab.to_count(tab.coalesce(raw, "Comments")),
        "shares": tab.to_count(tab.coalesce(raw, "Shares")),
    })


class _TikTok:
    kinds: tuple[str, ...] = ()

    def __init__(self, today: dt.date | None = None) -> None:
        self.today = today  # reference "today" for yearless dates (tests pin it); None = the real today

    def detect(self, f: SourceFile) -> float:
        return 0.95 if _kind(_columns(f)) in self.kinds else 0.0


class Content(_TikTok):
    """TikTok Studio ``Content`` export: the top videos of the period with their lifetime totals."""

    key = "tiktok_content"
    label = "TikTok Content export (videos, CSV or XLSX; Studio, or a business-side video list with post times)"
    how_to_get = ("TikTok Studio > Analytics > Content > Download data (choose CSV or XLSX); unzip Content_*.zip. "
                  "Business accounts: the analytics video list export (one row per video with its post time).")
    kinds = ("content",)
    required_columns = ["video link|video id", "post time"]
    optional_columns = ["video title", "total likes|likes", "total comments|comments", "total shares|shares",
                        "total views|views"]

    def read(self, f: SourceFile, tz: str | None = None) -> ImportResult:
        raw = _frame(f)
        warnings: list[str] = []
        link = tab.coalesce(raw, "Video link")
        post_time = tab.coalesce(raw, *POST_TIME)
        full = post_time.str.contains(r"\d{4}", regex=True).fillna(False)
        if full.sum() * 2 > post_time.notna().sum():  # business-side lists: full timestamps with a year
            published = tab.to_utc(post_time, _FULL_TIME_FORMATS, tz=tz or ASSUMED_TZ)
            dated = published.isna() & post_time.notna()  # "Jan 2, 2024": a day with a year, no time
            if dated.any():
                published = published.fillna(date_only_utc(local_days(post_time.where(dated)), tz))
            note: Note | None = None
        else:
            published = date_only_utc(self._yearless_days(raw, post_time), tz)
            note = Note("tiktok_no_year")
        counts = {name: tab.to_count(tab.coalesce(raw, *headers)) for name, headers in _COUNTS.items()}
        negative = sum(int((c < 0).sum()) for c in counts.values())
        if negative:
            warnings.append(Note("tiktok_negative", n=negative))
            counts = {k: c.mask(c < 0) for k, c in counts.items()}
        ids = link.str.extract(r"/video/(\d+)", expand=False).fillna(tab.coalesce(raw, "Video id").str.strip())
        posts = pd.DataFrame({
            "platform": PLATFORM,
            "account": link.str.extract(r"tiktok\.com/@([^/?#]+)", expand=False),
            "post_id": ids,
            "published_at": published,
            "post_type": "video",
            "text": tab.coalesce(raw, "Video title", "Video description", "Title").str.strip(),
            "permalink": link,
            "reactions": counts["likes"],
            "comments": counts["comments"],
            "shares": counts["shares"],
            "video_views": counts["views"],
        })
        posts = tab.drop_missing(posts, "post_id", "a video link or id", warnings)
        posts = tab.drop_missing(posts, "published_at", "a readable post time", warnings)
        if len(posts) and note:
            warnings.append(note)
        accounts = posts["account"].dropna()
        return tab.result(f, self.key, PLATFORM, account=accounts.iloc[0] if len(accounts) else None,
                          warnings=warnings, posts=posts)

    def _yearless_days(self, raw: pd.DataFrame, post_time: pd.Series) -> pd.Series:
        """Studio's ``Post time`` (``July 16``): the latest such day not after the export day in ``Time``."""
        snap_m, snap_d, snap_y = month_day(tab.coalesce(raw, "Time"))
        ref = _today(self.today)
        after_ref = (snap_m * 32 + snap_d).fillna(0) > ref.month * 32 + ref.day
        snap_year = snap_y.astype("Float64").fillna((ref.year - after_ref.astype("int64")).astype("Float64"))
        snap_year = snap_year.astype("int64")
        pm, pd_, py = month_day(post_time)
        later = (pm * 32 + pd_) > (snap_m.fillna(ref.month) * 32 + snap_d.fillna(ref.day))
        year = py.astype("Float64").fillna((snap_year - later.fillna(False).astype("int64")).astype("Float64"))
        ok = pm.notna() & pd_.notna()
        parts = pd.DataFrame({"year": year.where(ok, 2000), "month": pm.where(ok, 1), "day": pd_.where(ok, 1)})
        return pd.to_datetime(parts.astype("int64"), errors="coerce").where(ok).astype("datetime64[us]")


class FollowerHistory(_TikTok):
    """TikTok Studio ``FollowerHistory`` export: followers at the end of each day."""

    key = "tiktok_followers"
    label = "TikTok FollowerHistory export (followers per day; Studio, or business-side new and lost followers)"
    how_to_get = ("TikTok Studio > Analytics > Followers > Download data; unzip Followers_*.zip (FollowerHistory). "
                  "Business accounts: the analytics followers export (new and lost followers per day).")
    kinds = ("followers",)
    required_columns = ["date", "followers|new followers"]
    optional_columns = ["lost followers", "difference in followers from previous day"]

    def read(self, f: SourceFile) -> ImportResult:
        raw = _frame(f)
        if tab.column(raw, "New followers"):
            return self._business(f, raw)
        warnings: list[str] = []
        frame = pd.DataFrame({
            "platform": PLATFORM,
            "date": series_days(tab.coalesce(raw, "Date"), _today(self.today)),
            "followers": tab.to_count(tab.coalesce(raw, "Followers")),
        })
        frame = tab.drop_missing(frame, "date", "a readable date", warnings)
        frame = frame.sort_values("date", kind="stable")
        undefined = frame["followers"].isna()
        if undefined.any():
            warnings.append(Note("tiktok_undefined", n=int(undefined.sum())))
            frame = frame[~undefined]
        one_day = frame["date"].diff().eq(pd.Timedelta(days=1))
        change = frame["followers"].diff().where(one_day)
        frame = frame.assign(gained=change.clip(lower=0), lost=(-change).clip(lower=0))
        if len(frame):
            warnings.append(_year_note(frame["date"]))
        return tab.result(f, self.key, PLATFORM, warnings=warnings, followers=frame)

    def _business(self, f: SourceFile, raw: pd.DataFrame) -> ImportResult:
        """Business-side follower file: new and lost followers per day as exported (gross, not recomputed)."""
        warnings: list[str] = []
        when = tab.coalesce(raw, "Date")
        dated = when.str.contains(r"\d{4}", regex=True).fillna(False)
        days = local_days(when) if dated.sum() * 2 > when.notna().sum() else series_days(when, _today(self.today))
        frame = pd.DataFrame({
            "platform": PLATFORM,
            "date": days,
            "followers": tab.to_count(tab.coalesce(raw, "Total followers", "Followers")),
            "gained": tab.to_count(tab.coalesce(raw, "New followers")),
            "lost": tab.to_count(tab.coalesce(raw, "Lost followers")).abs(),
        })
        frame = tab.drop_missing(frame, "date", "a readable date", warnings)
        return tab.result(f, self.key, PLATFORM, warnings=warnings, followers=frame)


class Companion(_TikTok):
    """TikTok files with account-level daily totals or audience distributions: recognised and explained."""

    key = "tiktok_other"
    label = "TikTok Studio Overview, Viewers, FollowerActivity, FollowerGender, FollowerTopTerritories exports"
    how_to_get = "TikTok Studio > Analytics > Overview / Viewers / Followers > Download data."
    kinds = ("overview", "viewers", "activity", "distribution")

    def read(self, f: SourceFile) -> ImportResult:
        kind = _kind(_columns(f))
        if kind == "overview":
            o = read_overview(f, self.today)
            if o["date"].notna().any():
                raise refusal("tiktok_overview", file=f.name, days=len(o), first=f"{o['date'].min():%Y-%m-%d}",
                              last=f"{o['date'].max():%Y-%m-%d}")
        what = {"viewers": "tiktok_viewers", "activity": "tiktok_activity", "distribution": "tiktok_distribution"}
        raise refusal("tiktok_companion", file=f.name, what=what.get(kind or "", "tiktok_other"))


def importers(today: dt.date | None = None) -> list:
    """The TikTok importers with a fixed reference day for yearless dates (tests); the registry uses today."""
    return [Content(today), FollowerHistory(today), Companion(today)]


IMPORTERS = importers()
