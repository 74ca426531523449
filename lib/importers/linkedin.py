"""LinkedIn Page exports: content (.xls/.xlsx/.csv; per-post sheet) and followers (new followers per day).

Times: "Created date" is a day without time or zone; posts are dated at midnight in ``tz`` (default UTC).
Daily aggregated "Metrics"/"Update metrics" and "Visitor metrics" sheets have no canonical table and are
skipped with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from lib.importers import _tabular as tab
from lib.importers.base import ImportResult, SourceFile
from lib.importers.messages import Note, refusal
from lib.schema import Followers, Posts

ASSUMED_TZ = "UTC"
POST_HEADERS = {
    "title": ("Post title", "Update title"),
    "link": ("Post link", "Update link"),
    "created": ("Created date",),
    "impressions": ("Impressions",),
    "video_views": ("Views", "Video views"),
    "clicks": ("Clicks",),
    "reactions": ("Likes", "Reactions"),
    "comments": ("Comments",),
    "shares": ("Reposts", "Shares"),  # "Shares" was renamed "Reposts" in 2024
    "content_type": ("Content Type", "Content type"),
    "posted_by": ("Posted by",),
}
FOLLOWER_HEADERS = ("Date", "Sponsored followers", "Organic followers", "Auto-invited followers", "Total followers")
AGGREGATE_HEADERS = ("Date", "Impressions (organic)", "Impressions (total)", "Clicks (total)", "Reactions (total)",
                     "Comments (total)", "Reposts (total)|Shares (total)", "Engagement rate (total)")
VISITOR_HEADERS = ("Date", "Overview page views (total)", "Total page views (total)", "Total unique visitors (total)")

_POST_KNOWN = [n for names in POST_HEADERS.values() for n in names] + ["Post type", "Update type", "Audience",
                                                                       "Campaign name", "Engagement rate"]


def _tables(f: SourceFile) -> dict[str, Sequence[Sequence[object]]]:
    """Sheets of a workbook, or the CSV's first rows as one pseudo-sheet (for detection)."""
    if f.is_binary_spreadsheet or tab.is_xml_spreadsheet(f):
        return dict(tab.sheets(f))
    rows = tab.head_rows(f, 4)
    return {"csv": rows} if rows else {}


def _kind(rows: Sequence[Sequence[object]]) -> tuple[str, int] | None:
    """What a sheet holds ("posts", "followers", "aggregate", "visitors") and its header row."""
    top = [[tab.cell_text(c) or "" for c in r] for r in rows[:4]]
    for i, row in enumerate(top):
        if tab.header_score(row, ["Created date", "Post link|Update link", "Impressions"], []) > 0:
            return "posts", i
        if tab.header_score(row, ["Date", "Total followers", "Organic followers"], []) > 0:
            return "followers", i
        if tab.header_score(row, ["Date", "Impressions (organic)", "Impressions (total)", "Clicks (total)"], []) > 0:
            return "aggregate", i
        if tab.header_score(row, ["Date", "Overview page views (total)"], []) > 0:
            return "visitors", i
    return None


def _post_id(link: pd.Series) -> pd.Series:
    """The activity/share/ugcPost urn number from a post link, else the link itself."""
    num = link.str.extract(r"urn:li:(?:activity|share|ugcPost)[:%3A]+(\d+)", flags=re.IGNORECASE)[0]
    return num.fillna(link)


def _account_from_name(name: str) -> str | None:
    m = re.match(r"(.+?)_(?:content|followers|visitors)_\d+", name.rsplit("/", 1)[-1])
    return m.group(1) if m else None


class LinkedInImporter:
    """LinkedIn Page analytics exports: content (per-post "All posts"/"Update engagement" sheet), followers.

    A description row above the header is skipped wherever it is. Workbooks that combine several exports
    (content + visitors) are read sheet by sheet; sheets without a canonical table produce a warning.
    The page name is not in LinkedIn's files: ``account`` comes from the original file name
    (``<page>_content_<n>.xls``) when it has that form, else stays empty.
    """

    key = "linkedin"
    label = "LinkedIn Page analytics export (content, followers)"
    how_to_get = ("LinkedIn Page admin view > Analytics > Content (or Followers) > Export, choose the period; "
                  "the .xls/.xlsx file can be uploaded as it is.")
    required_columns = ["post title|update title", "created date"]
    optional_columns = ["post link|update link", "impressions", "clicks", "likes", "comments", "reposts|shares",
                        "engagement rate"]

    def detect(self, f: SourceFile) -> float:
        found = [_kind(rows) for rows in _tables(f).values()]
        kinds = [k[0] for k in found if k]
        if "posts" in kinds or "followers" in kinds:
            return 0.9
        return 0.8 if kinds else 0.0

    def read(self, f: SourceFile, tz: str | None = None) -> ImportResult:
        sheets: dict[str, tuple[list[list[object]] | None, tuple[str, int] | None]]
        if f.is_binary_spreadsheet or tab.is_xml_spreadsheet(f):
            sheets = {name: (rows, _kind(rows)) for name, rows in tab.sheets(f).items()}
        else:
            sheets = {"csv": (None, _kind(tab.head_rows(f, 4)))}
        account = _account_from_name(f.name)
        warnings: list[str] = []
        posts, followers = [], []
        for name, (rows, kind) in sheets.items():
            if kind is None:
                continue
            what, header_row = kind
            if rows is None:
                frame = tab.read_csv(f, skip=header_row)
            else:
                frame = tab.frame_from_rows(rows, header_row)
            if what == "posts":
                posts.append(self._posts(frame, account, tz or ASSUMED_TZ, warnings))
            elif what == "followers":
                followers.append(self._followers(frame, account, warnings))
            else:
                code = "linkedin_aggregate" if what == "aggregate" else "linkedin_visitors"
                if rows is None:
                    warnings.append(Note(code, n=len(frame)))
                else:
                    warnings.append(Note(f"{code}_sheet", sheet=name, n=len(frame)))
        if not posts and not followers and not warnings:
            raise refusal("linkedin_no_sheet", file=f.name)
        return tab.result(
            f, self.key, "linkedin", account=account, warnings=warnings,
            posts=pd.concat(posts, ignore_index=True) if posts else None,
            followers=pd.concat(followers, ignore_index=True) if followers else None,
        )

    @staticmethod
    def _posts(frame: pd.DataFrame, account: str | None, tz: str, warnings: list[str]) -> pd.DataFrame:
        def get(field: str) -> pd.Series:
            return tab.coalesce(frame, *POST_HEADERS[field])

        link = get("link")
        content = get("content_type")
        posts = pd.DataFrame({
            Posts.platform: "linkedin",
            Posts.account: account,
            Posts.post_id: _post_id(link),
            Posts.published_at: tab.to_utc(tab.to_day(get("created")), tz=tz),
            Posts.post_type: content.str.lower(),
            Posts.text: get("title"),
            Posts.permalink: link,
            Posts.impressions: tab.to_count(get("impressions")),
            Posts.reactions: tab.to_count(get("reactions")),
            Posts.comments: tab.to_count(get("comments")),
            Posts.shares: tab.to_count(get("shares")),
            Posts.clicks: tab.to_count(get("clicks")),
            Posts.video_views: tab.to_count(get("video_views")),
        })
        posts = tab.drop_missing(posts, Posts.post_id, "a post link", warnings)
        return tab.drop_missing(posts, Posts.published_at, "a created date", warnings)

    @staticmethod
    def _followers(frame: pd.DataFrame, account: str | None, warnings: list[str]) -> pd.DataFrame:
        daily = pd.DataFrame({
            Followers.platform: "linkedin",
            Followers.account: account,
            Followers.date: tab.to_day(frame[tab.column(frame, "Date")]),
            Followers.gained: tab.to_count(frame[tab.column(frame, "Total followers")]),
        })
        warnings.append(Note("linkedin_followers"))
        return tab.drop_missing(daily, Followers.date, "a date", warnings)


IMPORTERS = [LinkedInImporter()]
