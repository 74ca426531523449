"""X (Twitter) analytics exports: classic tweet activity, daily activity, account overview and content CSVs.

Mapping and assumptions
-----------------------
- Posts: ``likes``/``favorites`` -> reactions, ``replies`` -> comments, ``retweets``/``Reposts`` (+ ``Shares``,
  sends by DM or link, in the newer export) -> shares, ``Bookmarks`` -> saves, ``url clicks`` -> clicks.
  Rows whose text starts with ``@`` are replies the account wrote; they stay posts (X reports metrics on them)
  with ``post_type = "reply"``, other rows are ``"post"``.
- The classic export's ``time`` carries ``+0000``. The newer content export has dates only
  (``Thu Mar 20 2025``, ``Thu, Sep 11, 2025``): those are taken as noon in the workspace zone (UTC by default).
- Account overview and classic daily exports become the ``followers`` table: ``New follows``/``follows`` ->
  gained, ``Unfollows`` -> lost; the total is not in these files, so ``followers`` stays null.
"""

from __future__ import annotations

import re

import pandas as pd

from lib.importers import _tabular as tab
from lib.importers._social import csv_score, date_only_utc, sum_counts, unescape
from lib.importers.base import ImportResult, SourceFile
from lib.importers.messages import Note, refusal

PLATFORM = "x"
_STATUS = re.compile(r"(?:twitter|x)\.com/([^/]+)/status", re.IGNORECASE)


def _x_day(s: pd.Series) -> pd.Series:
    """``Thu, Sep 11, 2025`` / ``Thu Mar 20 2025`` / ISO / Excel serials -> naive calendar days."""
    t = s.astype("str").str.strip().str.replace(r"^[A-Za-z]{3,9},?\s+(?=[A-Za-z])", "", regex=True)
    t = t.str.replace(",", " ", regex=False).str.replace(r"\s+", " ", regex=True)
    days = pd.to_datetime(t, format="%b %d %Y", errors="coerce")
    rest = days.isna() & t.notna()
    if rest.any():  # ISO days, Excel serials, US dates; a time and zone after the day are dropped
        bare = t.str.replace(r"[ T]\d{1,2}:\d{2}(?::\d{2})?\s*(?:Z|[+-]\d{2}:?\d{2})?$", "", regex=True)
        days = days.where(~rest, tab.to_day(bare.where(rest)))
    return days.astype("datetime64[us]")


def _account(permalinks: pd.Series) -> str | None:
    names = permalinks.astype("str").str.extract(_STATUS, expand=False).dropna()
    return str(names.mode().iloc[0]) if len(names) else None


def _post_type(text: pd.Series) -> pd.Series:
    return text.str.startswith("@").fillna(False).map({True: "reply", False: "post"}).astype("str")


def _read_csv(f: SourceFile) -> pd.DataFrame:
    frame = tab.read_csv(f)
    if frame.empty:
        raise refusal("header_no_rows", file=f.name)
    return frame


class TweetActivity:
    """Classic analytics.twitter.com "Tweet activity" export, one row per tweet."""

    key = "x_tweet_activity"
    label = "X/Twitter tweet activity export (classic analytics)"
    how_to_get = ("analytics.twitter.com > Tweets > Export data > By Tweet (the tweet_activity_metrics_<account>_"
                  "<from>_<to>_en.csv file).")
    required_columns = ["tweet id", "time", "impressions"]
    optional_columns = ["tweet permalink", "tweet text", "retweets", "replies", "likes|favorites", "engagements",
                        "url clicks"]

    def detect(self, f: SourceFile) -> float:
        return csv_score(f, self.required_columns, self.optional_columns)

    def read(self, f: SourceFile, tz: str | None = None) -> ImportResult:
        raw = _read_csv(f)
        warnings: list[str] = []
        text = unescape(tab.coalesce(raw, "Tweet text"))
        when = pd.to_datetime(tab.coalesce(raw, "time"), format="%Y-%m-%d %H:%M %z", errors="coerce", utc=True)
        permalink = tab.coalesce(raw, "Tweet permalink")
        posts = pd.DataFrame({
            "platform": PLATFORM,
            "account": _account(permalink),
            "post_id": tab.coalesce(raw, "Tweet id").str.strip(),
            "published_at": when.fillna(tab.to_utc(tab.coalesce(raw, "time"), tz=tz or "UTC")),
            "post_type": _post_type(text),
            "text": text,
            "permalink": permalink,
            "impressions": tab.to_count(tab.coalesce(raw, "impressions")),
            "reactions": tab.to_count(tab.coalesce(raw, "likes", "favorites")),
            "comments": tab.to_count(tab.coalesce(raw, "replies")),
            "shares": tab.to_count(tab.coalesce(raw, "retweets")),
            "clicks": tab.to_count(tab.coalesce(raw, "url clicks")),
        })
        posts = tab.drop_missing(posts, "post_id", "a tweet id", warnings)
        posts = tab.drop_missing(posts, "published_at", "a readable time", warnings)
        return tab.result(f, self.key, PLATFORM, account=posts["account"].iloc[0] if len(posts) else None,
                          warnings=warnings, posts=posts)


class PostContent:
    """Newer X analytics "account_analytics_content" export, one row per post (dates without a time)."""

    key = "x_content"
    label = "X post analytics export (account_analytics_content)"
    how_to_get = "x.com > More > Premium/Analytics > Content > Export data (account_analytics_content_<from>_<to>.csv)."
    required_columns = ["post id", "date", "post text", "impressions"]
    optional_columns = ["link|post link", "likes", "replies", "reposts", "bookmarks", "share|shares", "engagements"]

    def detect(self, f: SourceFile) -> float:
        return csv_score(f, self.required_columns, self.optional_columns)

    def read(self, f: SourceFile, tz: str | None = None) -> ImportResult:
        raw = _read_csv(f)
        warnings: list[str] = []
        text = tab.coalesce(raw, "Post text")
        link = tab.coalesce(raw, "Post Link", "Link")
        reposts = tab.to_count(tab.coalesce(raw, "Reposts"))
        share_col = tab.column(raw, "Shares", "Share")
        shares = sum_counts(reposts, tab.to_count(raw[share_col])) if share_col else reposts
        posts = pd.DataFrame({
            "platform": PLATFORM,
            "account": _account(link),
            "post_id": tab.coalesce(raw, "Post id").str.strip(),
            "published_at": date_only_utc(_x_day(tab.coalesce(raw, "Date")), tz),
            "post_type": _post_type(text),
            "text": text,
            "permalink": link,
            "impressions": tab.to_count(tab.coalesce(raw, "Impressions")),
            "reactions": tab.to_count(tab.coalesce(raw, "Likes")),
            "comments": tab.to_count(tab.coalesce(raw, "Replies")),
            "shares": shares,
            "saves": tab.to_count(tab.coalesce(raw, "Bookmarks")),
            "clicks": tab.to_count(tab.coalesce(raw, "URL Clicks", "Url clicks")),
        })
        posts = tab.drop_missing(posts, "post_id", "a post id", warnings)
        posts = tab.drop_missing(posts, "published_at", "a readable date", warnings)
        return tab.result(f, self.key, PLATFORM, account=posts["account"].iloc[0] if len(posts) else None,
                          warnings=warnings, posts=posts)


def _followers_from(raw: pd.DataFrame, gained: str, lost: str | None) -> pd.DataFrame:
    return pd.DataFrame({
        "platform": PLATFORM,
        "account": None,
        "date": _x_day(tab.coalesce(raw, "Date")),
        "gained": tab.to_count(tab.coalesce(raw, gained)),
        "lost": tab.to_count(tab.coalesce(raw, lost)) if lost else pd.array([None] * len(raw), dtype="Int64"),
    })


class AccountOverview:
    """Newer X analytics "account_overview_analytics" export: one row per day."""

    key = "x_account_overview"
    label = "X account overview export (account_overview_analytics: daily follows and unfollows)"
    how_to_get = "x.com > More > Premium/Analytics > Overview > Export data (account_overview_analytics.csv)."
    required_columns = ["date", "new follows", "unfollows"]
    optional_columns = ["impressions", "likes", "engagements", "profile visits", "create post", "reposts"]

    def detect(self, f: SourceFile) -> float:
        return csv_score(f, self.required_columns, self.optional_columns)

    def read(self, f: SourceFile) -> ImportResult:
        raw = _read_csv(f)
        warnings: list[str] = []
        followers = tab.drop_missing(_followers_from(raw, "New follows", "Unfollows"), "date", "a readable date",
                                     warnings)
        warnings.append(Note("x_overview_total"))
        return tab.result(f, self.key, PLATFORM, warnings=warnings, followers=followers)


_DAILY_KNOWN = ["Date", "Tweets published", "impressions", "engagements", "follows", "retweets", "replies"]


class DailyActivity:
    """Classic analytics.twitter.com daily export (CSV, or the .xls/.xlsx it was pasted into, one month a sheet)."""

    key = "x_daily_activity"
    label = "X/Twitter daily activity export (classic analytics, CSV or Excel)"
    how_to_get = "analytics.twitter.com > Tweets > Export data > By day (daily_tweet_activity_metrics_<account>.csv)."
    required_columns = ["date", "tweets published", "impressions"]
    optional_columns = ["follows", "engagements", "retweets", "replies", "likes"]

    def _frames(self, f: SourceFile) -> list[pd.DataFrame]:
        frames = []
        for rows in tab.sheets(f).values():
            at = tab.find_header_row(rows, _DAILY_KNOWN)
            if at is not None and tab.header_score(rows[at], self.required_columns):
                frames.append(tab.frame_from_rows(rows, at))
        return frames

    def detect(self, f: SourceFile) -> float:
        if f.is_binary_spreadsheet or tab.is_xml_spreadsheet(f):
            return 0.9 if self._frames(f) else 0.0
        return csv_score(f, self.required_columns, self.optional_columns)

    def read(self, f: SourceFile) -> ImportResult:
        if f.is_binary_spreadsheet or tab.is_xml_spreadsheet(f):
            frames = self._frames(f)
            if not frames:
                raise refusal("x_daily_no_sheet", file=f.name)
            raw = pd.concat(frames, ignore_index=True)
        else:
            raw = _read_csv(f)
        warnings: list[str] = []
        followers = tab.drop_missing(_followers_from(raw, "follows", None), "date", "a readable date", warnings)
        warnings.append(Note("x_daily_total"))
        return tab.result(f, self.key, PLATFORM, warnings=warnings, followers=followers)


IMPORTERS = [TweetActivity(), PostContent(), AccountOverview(), DailyActivity()]
