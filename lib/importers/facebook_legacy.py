"""Legacy Facebook Page Insights post export (XML Spreadsheet 2003 saved as .xls, or a real .xls/.xlsx).

Times: ``Posted`` carries no zone; Page Insights wrote Pacific time, so ``ASSUMED_TZ`` is America/Los_Angeles
unless the workspace's zone is passed as ``tz``.
"""

from __future__ import annotations

import pandas as pd

from lib.importers import _tabular as tab
from lib.importers.base import ImportResult, SourceFile
from lib.importers.messages import Note, refusal
from lib.schema import Posts

ASSUMED_TZ = "America/Los_Angeles"
_KEY_COLUMNS = ("Post ID", "Permalink", "Post Message", "Type", "Posted", "Lifetime Post Total Reach",
                "Lifetime Post Total Impressions")


def _key_sheet(f: SourceFile) -> tuple[str, list[list[object]]] | None:
    for name, rows in tab.sheets(f).items():
        if rows and tab.header_score(rows[0], ["Post ID", "Posted"], ["Lifetime Post Total Reach",
                                                                      "Lifetime Post Total Impressions",
                                                                      "Post Message", "Permalink"]) >= 0.8:
            return name, rows
    return None


def _breakdown(f: SourceFile, prefix: str, warnings: list[str]) -> pd.DataFrame | None:
    """A by-action-type sheet (``Description`` in column 1, counts in lower-case columns), by post id; a post id
    repeated in the sheet keeps its first row, with a warning naming the sheet and the count."""
    for name, rows in tab.sheets(f).items():
        if name.lower().startswith(prefix.lower()) and rows:
            frame = tab.frame_from_rows(rows, 0)
            if "Post ID" in frame.columns:
                frame = frame.dropna(subset=["Post ID"])
                repeated = int(frame["Post ID"].duplicated().sum())
                if repeated:
                    warnings.append(Note.counted("legacy_repeated", repeated, sheet=name))
                return frame.drop_duplicates("Post ID").set_index("Post ID")
    return None


def _sum_present(*parts: pd.Series) -> pd.Series:
    """Row sums of the parts, null only where every part is null."""
    frame = pd.concat(parts, axis=1)
    return frame.sum(axis=1, min_count=1).astype("Int64")


class FacebookLegacyInsightsImporter:
    """Facebook Page Insights "Post data" export from before Meta Business Suite (2020 and earlier).

    Reads the ``Key Metrics`` sheet (its row 2 is a description row; duplicate names are unique-users then
    total-count twins, of which the totals are used) and takes reactions, comments and shares from the
    "Lifetime Post Stories by action type" sheet and clicks from "Lifetime Post Consumptions by type".
    """

    key = "facebook_legacy_insights"
    label = "Facebook Page Insights post export (legacy .xls)"
    how_to_get = ("Facebook Page > Insights > Export Data > Post data (.xls); exports made before Meta "
                  "Business Suite replaced Page Insights.")

    def detect(self, f: SourceFile) -> float:
        if not (f.is_binary_spreadsheet or tab.is_xml_spreadsheet(f)):
            return 0.0
        return 0.95 if _key_sheet(f) else 0.0

    def read(self, f: SourceFile, tz: str | None = None) -> ImportResult:
        found = _key_sheet(f)
        if found is None:
            raise refusal("legacy_no_key", file=f.name)
        _, rows = found
        frame = tab.frame_from_rows(rows, 0)
        warnings: list[str] = []
        ids = frame["Post ID"]
        described = ids.isna() & frame.filter(like="Lifetime").apply(
            lambda s: s.str.startswith("Lifetime:", na=False)).any(axis=1)
        frame = frame[~described]  # the description row(s) under the header

        def total(name: str) -> pd.Series:
            col = f"{name}.1" if f"{name}.1" in frame.columns else name
            return tab.to_count(frame[col]) if col in frame.columns else pd.Series(pd.NA, index=frame.index,
                                                                                  dtype="Int64")

        stories = _breakdown(f, "Lifetime Post Stories by act", warnings)
        consumptions = _breakdown(f, "Lifetime Post Consumptions b", warnings)

        def from_sheet(sheet: pd.DataFrame | None, cols: list[str]) -> pd.Series:
            if sheet is None:
                return pd.Series(pd.NA, index=frame.index, dtype="Int64")
            present = [c for c in cols if c in sheet.columns]
            if not present:
                return pd.Series(pd.NA, index=frame.index, dtype="Int64")
            counts = sum(tab.to_count(sheet[c]).fillna(0) for c in present)
            known = sheet.index.isin(frame["Post ID"].dropna())
            out = frame["Post ID"].map(counts[known]).astype("Int64")
            return out

        account = frame["Post ID"].str.split("_").str[0]
        posts = pd.DataFrame({
            Posts.platform: "facebook",
            Posts.account: account,
            Posts.post_id: frame["Post ID"],
            Posts.published_at: tab.to_utc(frame["Posted"], tz=tz or ASSUMED_TZ),
            Posts.post_type: frame["Type"].str.lower() if "Type" in frame.columns else None,
            Posts.text: frame.get("Post Message"),
            Posts.permalink: frame.get("Permalink"),
            Posts.impressions: total("Lifetime Post Total Impressions"),
            Posts.reach: total("Lifetime Post Total Reach"),
            Posts.reactions: from_sheet(stories, ["like"]),
            Posts.comments: from_sheet(stories, ["comment"]),
            Posts.shares: from_sheet(stories, ["share"]),
            Posts.clicks: from_sheet(consumptions, ["other clicks", "link clicks", "photo view", "video play"]),
            Posts.video_views: _sum_present(total("Lifetime Organic Video Views"), total("Lifetime Paid Video Views")),
        })
        if stories is not None:
            # the breakdown sheet leaves a cell empty when a post had none of that action
            for col in (Posts.reactions, Posts.comments, Posts.shares):
                posts[col] = posts[col].fillna(0)
        if consumptions is not None:
            posts[Posts.clicks] = posts[Posts.clicks].fillna(0)
        posts = tab.drop_missing(posts, Posts.post_id, "a post id", warnings)
        posts = tab.drop_missing(posts, Posts.published_at, "a readable 'Posted' time", warnings)
        accounts = posts[Posts.account].dropna().unique()
        return tab.result(f, self.key, "facebook", account=str(accounts[0]) if len(accounts) == 1 else None,
                          warnings=warnings, posts=posts)


IMPORTERS = [FacebookLegacyInsightsImporter()]
