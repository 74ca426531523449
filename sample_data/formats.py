"""The demo workspace written in each platform's own export format, one file per importer (seeded, synthetic).

``python sample_data/generate.py --formats`` writes ``sample_data/platform_formats/`` and its ``MANIFEST.json``
(file -> importer key, platform, rows per table that importing it gives). The files copy the layouts and
quirks of the real exports described in ``../shared/samples/SOURCES.md`` (BOMs, preambles, description rows,
``Total`` rows, yearless dates, UTF-16, CRLF), filled with Forno Rossi's data. The demo has no TikTok or
Mastodon account and no blog: those files carry the Instagram reels (TikTok), the X posts and replies
(Mastodon) and the Facebook posts and threads of the last quarter (WordPress), as if cross-posted.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np
import pandas as pd

from lib.dataset import Dataset

PACIFIC = "America/Los_Angeles"  # Meta and legacy Page Insights write times in Pacific time
FIXED_ZIP_TIME = (2026, 10, 31, 12, 0, 0)  # xlsx members get this time so rewriting gives the same bytes


@dataclass(frozen=True)
class Written:
    """One platform-format file and what importing it must give."""

    path: str  # relative to the platform_formats folder
    importer: str  # registry key of the importer that must win detection
    platform: str  # ImportResult.platform
    rows: dict[str, int] | None  # rows per table; None for files that are recognised and explained, not imported


# ------------------------------------------------------------------------------------------------ helpers
def _csv(frame: pd.DataFrame, *, quote_all: bool = False, crlf: bool = False, final_newline: bool = True,
         quote_header_with_spaces: bool = False) -> str:
    """``frame`` as CSV text (all cells already strings or numbers)."""
    buf = io.StringIO()
    end = "\r\n" if crlf else "\n"
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    if quote_header_with_spaces:  # Meta quotes header names with spaces, and values only when needed
        buf.write(",".join(f'"{c}"' if (" " in c or "," in c) else c for c in frame.columns) + end)
        frame.to_csv(buf, index=False, header=False, quoting=quoting, lineterminator=end)
    else:
        frame.to_csv(buf, index=False, quoting=quoting, lineterminator=end)
    text = buf.getvalue()
    return text if final_newline else text[: -len(end)]


def _local(times: pd.Series, tz: str, fmt: str) -> pd.Series:
    return times.dt.tz_convert(tz).dt.strftime(fmt)


def _us_day(times: pd.Series, tz: str = "UTC") -> pd.Series:
    """``Thu, Sep 11, 2025`` (X's newer exports)."""
    return _local(times, tz, "%a, %b %d, %Y")


def _int(s: pd.Series) -> pd.Series:
    """Nullable counts as text: empty where unknown."""
    return s.astype("Int64").astype("str").fillna("")


def _handle(names: pd.Series) -> pd.Series:
    """A screen name from a display name (``Giulia Bianchi`` -> ``giuliabianchi``), ASCII only."""
    folded = names.str.normalize("NFKD").str.encode("ascii", "ignore").str.decode("ascii")
    return folded.str.replace(r"[^A-Za-z0-9]", "", regex=True).str.lower()


def _stable_zip(data: bytes) -> bytes:
    """A zip (xlsx) rewritten with fixed member times, so the same content gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z".format(*FIXED_ZIP_TIME).encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = info.external_attr
            payload = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time as "modified"
                payload = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, payload)
            dst.writestr(member, payload)
    return out.getvalue()


def _xlsx(sheets: dict[str, list[list[object]]]) -> bytes:
    """A workbook with the given sheets (rows of values), written by openpyxl with fixed metadata."""
    import datetime as dt

    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    stamp = dt.datetime(*FIXED_ZIP_TIME)
    wb.properties.creator = "LinkedIn"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    buf = io.BytesIO()
    wb.save(buf)
    return _stable_zip(buf.getvalue())


def _platform(data: Dataset, platform: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    def pick(f: pd.DataFrame) -> pd.DataFrame:
        return f[f["platform"] == platform].reset_index(drop=True)

    return pick(data.posts), pick(data.comments), pick(data.followers)


# --------------------------------------------------------------------------------------------------- Meta
_META_TYPES = {"photo": "Photos", "video": "Videos", "link": "Links", "text": "Text", "reel": "Reels"}


def meta_facebook(data: Dataset) -> tuple[Written, bytes]:
    """Meta Business Suite posts export for the Facebook Page, English UI (UTF-8 with BOM, 35 columns)."""
    p, _, _ = _platform(data, "facebook")
    n = len(p)
    post_no = p["post_id"].str.split("_").str[-1]
    page_id = p["post_id"].str.split("_").str[0]
    video = p["video_views"].notna()
    empty = pd.Series([""] * n)
    zero = pd.Series(["0"] * n)
    views = _int(p["video_views"].fillna(0))
    frame = pd.DataFrame({
        "Post ID": post_no, "Page ID": page_id, "Page name": "Forno Rossi", "Title": empty,
        "Description": p["text"], "Duration (sec)": np.where(video, "45", "0"),
        "Publish time": _local(p["published_at"], PACIFIC, "%m/%d/%Y %H:%M"), "Caption type": "N/A",
        "Permalink": p["permalink"], "Is crosspost": zero, "Is share": zero,
        "Post type": p["post_type"].map(_META_TYPES), "Languages": empty, "Custom labels": empty,
        "Funded content status": empty, "Data comment": empty, "Date": "Lifetime",
        "Views": _int(p["impressions"]), "Views from Organic posts": _int(p["impressions"]),
        "Views from Boosted posts": zero, "Reach": _int(p["reach"]), "Reach from Organic posts": _int(p["reach"]),
        "Reach from Boosted posts": zero, "3-second video views": views, "1-minute video views": views,
        "3-Second viewers": views, "1-minute viewers": views, "3-second video views from Boosted posts": zero,
        "3-second video views from Organic posts": views,
        "Reactions, Comments and Shares": _int(p["reactions"] + p["comments"] + p["shares"]),
        "Reactions": _int(p["reactions"]), "Comments": _int(p["comments"]), "Shares": _int(p["shares"]),
        "Seconds viewed": empty, "Average Seconds viewed": empty,
    })
    frame = frame.iloc[::-1]  # newest first, as Meta writes them
    name = f"facebook/Nov-01-2025_Oct-31-2026_{page_id.iloc[0]}.csv"
    text = _csv(frame, quote_header_with_spaces=True)
    return Written(name, "meta_posts", "facebook", {"posts": n}), b"\xef\xbb\xbf" + text.encode("utf-8")


_IG_TYPES = {"photo": "IG immagine", "carousel": "IG carosello", "reel": "IG reel"}


def meta_instagram(data: Dataset) -> tuple[Written, bytes]:
    """Meta Business Suite posts export for the Instagram account, Italian UI (UTF-8 with BOM)."""
    p, _, _ = _platform(data, "instagram")
    n = len(p)
    frame = pd.DataFrame({
        "ID post": p["post_id"], "ID account": "17841400000000001", "Nome utente dell'account": "fornorossi",
        "Nome account": "Forno Rossi", "Descrizione": p["text"],
        "Durata (s)": np.where(p["post_type"] == "reel", "30", "0"),
        "Orario di pubblicazione": _local(p["published_at"], PACIFIC, "%m/%d/%Y %H:%M"),
        "Link permanente": p["permalink"], "Tipo di post": p["post_type"].map(_IG_TYPES),
        "Commento sui dati": "", "Data": "Sempre", "Visualizzazioni": _int(p["impressions"]),
        "Copertura": _int(p["reach"]), "Mi piace": _int(p["reactions"]), "Condivisioni": _int(p["shares"]),
        "Follower": "0", "Commenti": _int(p["comments"]), "Salvataggi": _int(p["saves"]),
    })
    text = _csv(frame.iloc[::-1], quote_header_with_spaces=True)
    return (Written("instagram/Nov-01-2025_Oct-31-2026_17841400000000001.csv", "meta_posts", "instagram",
                    {"posts": n}), b"\xef\xbb\xbf" + text.encode("utf-8"))


def meta_follows(data: Dataset) -> tuple[Written, bytes]:
    """Meta's page-level daily "Facebook follows" series: UTF-16LE with BOM, ``sep=`` line, metric name."""
    _, _, f = _platform(data, "facebook")
    lines = ["sep=,", '"Facebook follows"', '"Date","Primary"']
    lines += ('"' + f["date"].dt.strftime("%Y-%m-%dT00:00:00") + '","' + _int(f["gained"]) + '"').tolist()
    return (Written("facebook/page_level/Follows.csv", "meta_daily", "facebook", {"followers": len(f)}),
            "\n".join(lines).encode("utf-16"))  # "utf-16" writes the BOM, little-endian here


# ---------------------------------------------------------------------------- legacy Facebook Page Insights
_LEGACY_KEY = [
    "Post ID", "Permalink", "Post Message", "Type", "Countries", "Languages", "Posted", "Audience Targeting",
    "Lifetime Post Total Reach", "Lifetime Post organic reach", "Lifetime Post Paid Reach",
    "Lifetime Post Total Impressions", "Lifetime Post Organic Impressions", "Lifetime Post Paid Impressions",
    "Lifetime Engaged Users", "Lifetime Matched Audience Targeting Consumers on Post",
    "Lifetime Matched Audience Targeting Consumptions on Post", "Lifetime Negative Feedback from Users",
    "Lifetime Negative Feedback", "Lifetime Post Impressions by people who have liked your Page",
    "Lifetime Post reach by people who like your Page",
    "Lifetime Post Paid Impressions by people who have liked your Page",
    "Lifetime Paid reach of a post by people who like your Page",
    "Lifetime People who have liked your Page and engaged with your post", "Lifetime Organic views to 95%",
    "Lifetime Organic views to 95%", "Lifetime Paid views to 95%", "Lifetime Paid views to 95%",
    "Lifetime Organic Video Views", "Lifetime Organic Video Views", "Lifetime Paid Video Views",
    "Lifetime Paid Video Views", "Lifetime Average time video viewed", "Lifetime Video length",
]


def _ss_cell(value: object) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return "<Cell/>"
    if isinstance(value, (int, np.integer, float, np.floating)):
        return f'<Cell><Data ss:Type="Number">{value}</Data></Cell>'
    if isinstance(value, pd.Timestamp):
        return f'<Cell ss:StyleID="d"><Data ss:Type="DateTime">{value:%Y-%m-%dT%H:%M:%S}.000</Data></Cell>'
    return f'<Cell><Data ss:Type="String">{escape(str(value))}</Data></Cell>'


def _xml_spreadsheet(sheets: dict[str, list[list[object]]]) -> str:
    parts = ['<?xml version="1.0"?>', '<?mso-application progid="Excel.Sheet"?>',
             '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
             'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
             'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">',
             ' <Styles><Style ss:ID="d"><NumberFormat ss:Format="General Date"/></Style></Styles>']
    for name, rows in sheets.items():
        parts.append(f' <Worksheet ss:Name="{escape(name)}">')
        parts.append("  <Table>")
        parts += ["   <Row>" + "".join(_ss_cell(v) for v in row) + "</Row>" for row in rows]
        parts.append("  </Table>")
        parts.append(" </Worksheet>")
    parts.append("</Workbook>")
    return "\n".join(parts) + "\n"


def facebook_legacy(data: Dataset) -> tuple[Written, bytes]:
    """Legacy Page Insights "Post data" export of November 2025: XML Spreadsheet 2003 saved as .xls."""
    p, _, _ = _platform(data, "facebook")
    p = p[p["published_at"] < pd.Timestamp("2025-12-01", tz="UTC")].iloc[::-1].reset_index(drop=True)
    posted = p["published_at"].dt.tz_convert(PACIFIC).dt.tz_localize(None)
    video = p["video_views"].fillna(0).astype(int)
    key = [_LEGACY_KEY, ["Lifetime: The number of people who had your Page's post enter their screen."
                         if h.startswith("Lifetime") else None for h in _LEGACY_KEY]]
    stories_head = ["Post ID", "Permalink", "Post Message", "Type", "Countries", "Languages", "Posted",
                    "Audience Targeting", "comment", "like", "share"]
    stories = [stories_head, ["Lifetime: The number of stories created about your Page post, by action type."]]
    consumed_head = stories_head[:8] + ["link clicks", "other clicks", "photo view", "video play"]
    consumed = [consumed_head, ["Lifetime: The number of clicks anywhere in your post, by type."]]
    for i in range(len(p)):
        r = p.iloc[i]
        ident = [r["post_id"], r["permalink"], r["text"], r["post_type"].capitalize(), None, None, posted.iloc[i], " "]
        reach, imp = int(r["reach"]), int(r["impressions"])
        key.append(ident + [reach, reach, 0, imp, imp, 0, int(r["reactions"] + r["comments"] + r["shares"]), 0, 0, 0,
                            0, imp, reach, 0, 0, int(r["reactions"]), video[i] // 4, video[i] // 3, 0, 0,
                            video[i], video[i], 0, 0, 14.5 if video[i] else 0, 45 if video[i] else 0])
        stories.append(ident + [int(r["comments"]), int(r["reactions"]), int(r["shares"])])
        clicks = int(r["clicks"])
        consumed.append(ident + [clicks // 2, clicks - clicks // 2, 0, 0])
    sheets = {"Key Metrics": key, "Lifetime Post Stories by act...": stories,
              "Lifetime Post Consumptions b...": consumed}
    return (Written("facebook/Facebook Insights Data Export (Post) - Forno Rossi - 2025-11.xls",
                    "facebook_legacy_insights", "facebook", {"posts": len(p)}),
            _xml_spreadsheet(sheets).encode("utf-8"))


# ------------------------------------------------------------------------------------------------ LinkedIn
_LI_TYPES = {"photo": "Image", "text": "Text", "link": "Article", "video": "Video"}


def linkedin_content(data: Dataset) -> tuple[Written, bytes]:
    """LinkedIn Page content export (.xlsx): "Metrics" and "All posts" sheets, each under a description row."""
    p, _, f = _platform(data, "linkedin")
    day = p["published_at"].dt.tz_convert("UTC").dt.tz_localize(None).dt.normalize()
    ctr = (p["clicks"] / p["impressions"]).astype(float)
    eng = ((p["reactions"] + p["comments"] + p["shares"] + p["clicks"]) / p["impressions"]).astype(float)
    posts = [["Engagement metrics for individual posts. Metrics are cumulative from the post's creation."],
             ["Post title", "Post link", "Post type", "Campaign name", "Posted by", "Created date",
              "Campaign start date", "Campaign end date", "Audience", "Impressions", "Views", "Offsite Views",
              "Clicks", "Click through rate (CTR)", "Likes", "Comments", "Reposts", "Follows", "Engagement rate",
              "Content Type"]]
    for i in range(len(p)):
        r = p.iloc[i]
        views = None if pd.isna(r["video_views"]) else int(r["video_views"])
        posts.append([r["text"], r["permalink"], "Organic", None, "Rosa Rossi", f"{day.iloc[i]:%m/%d/%Y}", None, None,
                      "All followers", int(r["impressions"]), views, None, int(r["clicks"]), float(ctr.iloc[i]),
                      int(r["reactions"]), int(r["comments"]), int(r["shares"]), 0, float(eng.iloc[i]),
                      _LI_TYPES[r["post_type"]]])
    daily = p.assign(day=day).groupby("day")[["impressions", "clicks", "reactions", "comments", "shares"]].sum()
    daily = daily.reindex(f["date"], fill_value=0)
    metrics = [["Aggregated engagement metrics for your organic and sponsored content, by day."],
               ["Date", "Impressions (organic)", "Impressions (sponsored)", "Impressions (total)",
                "Unique impressions (organic)", "Clicks (organic)", "Clicks (sponsored)", "Clicks (total)",
                "Reactions (organic)", "Reactions (sponsored)", "Reactions (total)", "Comments (organic)",
                "Comments (sponsored)", "Comments (total)", "Reposts (organic)", "Reposts (sponsored)",
                "Reposts (total)", "Engagement rate (organic)", "Engagement rate (sponsored)",
                "Engagement rate (total)"]]
    for d, r in daily.iterrows():
        imp, clicks, reac, com, rep = (int(r[c]) for c in ("impressions", "clicks", "reactions", "comments", "shares"))
        rate = (clicks + reac + com + rep) / imp if imp else 0.0
        metrics.append([f"{d:%m/%d/%Y}", imp, 0, imp, int(imp * 0.7), clicks, 0, clicks, reac, 0, reac, com, 0, com,
                        rep, 0, rep, rate, 0, rate])
    return (Written("linkedin/forno-rossi_content_1793577600000.xlsx", "linkedin", "linkedin", {"posts": len(p)}),
            _xlsx({"Metrics": metrics, "All posts": posts}))


def linkedin_followers(data: Dataset) -> tuple[Written, bytes]:
    """LinkedIn Page followers export (.xlsx): new followers per day."""
    _, _, f = _platform(data, "linkedin")
    rows = [["Date", "Sponsored followers", "Organic followers", "Auto-invited followers", "Total followers"]]
    rows += [[f"{d:%m/%d/%Y}", 0, int(g), 0, int(g)] for d, g in zip(f["date"], f["gained"])]
    return (Written("linkedin/forno-rossi_followers_1793577600000.xlsx", "linkedin", "linkedin",
                    {"followers": len(f)}), _xlsx({"New followers": rows}))


# ------------------------------------------------------------------------------------------------------ X
def x_content(data: Dataset) -> tuple[Written, bytes]:
    """X analytics ``account_analytics_content`` export (newer header, dates like ``Thu, Sep 11, 2025``, CRLF)."""
    p, _, _ = _platform(data, "x")
    p = p.iloc[::-1].reset_index(drop=True)
    reposts = (p["shares"] * 0.7).round().astype("Int64")
    bookmarks = (p["reactions"] * 0.1).round().astype("Int64")
    frame = pd.DataFrame({
        "Post id": p["post_id"], "Date": _us_day(p["published_at"]), "Post text": p["text"],
        "Post Link": p["permalink"], "Impressions": _int(p["impressions"]), "Likes": _int(p["reactions"]),
        "Engagements": _int(p["reactions"] + p["comments"] + p["shares"] + p["clicks"] + bookmarks),
        "Bookmarks": _int(bookmarks), "Shares": _int(p["shares"] - reposts), "New follows": "0",
        "Replies": _int(p["comments"]), "Reposts": _int(reposts), "Profile visits": _int(p["clicks"] // 2),
        "Detail Expands": _int(p["clicks"]), "URL Clicks": _int(p["clicks"]), "Hashtag Clicks": "0",
        "Permalink Clicks": "0",
    })
    text = _csv(frame, crlf=True)
    return (Written("x/account_analytics_content_2025-11-01_2026-10-31.csv", "x_content", "x", {"posts": len(p)}),
            text.encode("utf-8"))


_TWEET_ACTIVITY = ["Tweet id", "Tweet permalink", "Tweet text", "time", "impressions", "engagements",
                   "engagement rate", "retweets", "replies", "likes", "user profile clicks", "url clicks",
                   "hashtag clicks", "detail expands", "permalink clicks", "app opens", "app installs", "follows",
                   "email tweet", "dial phone", "media views", "media engagements"]
_PROMOTED = ["promoted impressions", "promoted engagements", "promoted engagement rate", "promoted retweets",
             "promoted replies", "promoted likes", "promoted user profile clicks", "promoted url clicks",
             "promoted hashtag clicks", "promoted detail expands", "promoted permalink clicks", "promoted app opens",
             "promoted app installs", "promoted follows", "promoted email tweet", "promoted dial phone",
             "promoted media views", "promoted media engagements"]


def x_tweet_activity(data: Dataset) -> tuple[Written, bytes]:
    """Classic analytics.twitter.com tweet activity export for November 2025 (every field quoted, floats)."""
    p, _, _ = _platform(data, "x")
    p = p[p["published_at"] < pd.Timestamp("2025-12-01", tz="UTC")].iloc[::-1].reset_index(drop=True)
    eng = p["reactions"] + p["comments"] + p["shares"] + p["clicks"]
    as_float = lambda s: s.astype(float).map("{:.1f}".format)  # noqa: E731
    frame = pd.DataFrame({
        "Tweet id": p["post_id"], "Tweet permalink": p["permalink"].str.replace("x.com", "twitter.com"),
        "Tweet text": p["text"].map(lambda t: html.escape(t, quote=False)),
        "time": _local(p["published_at"], "UTC", "%Y-%m-%d %H:%M +0000"),
        "impressions": as_float(p["impressions"]), "engagements": as_float(eng),
        "engagement rate": (eng / p["impressions"]).astype(float).map(repr), "retweets": as_float(p["shares"]),
        "replies": as_float(p["comments"]), "likes": as_float(p["reactions"]),
        "user profile clicks": as_float(p["clicks"] // 3), "url clicks": as_float(p["clicks"]),
        "hashtag clicks": "0.0", "detail expands": as_float(p["clicks"] // 2), "permalink clicks": "0",
        "app opens": "0", "app installs": "0", "follows": "0", "email tweet": "0", "dial phone": "0",
        "media views": _int(p["video_views"].fillna(0)), "media engagements": "0",
        **{c: "-" for c in _PROMOTED},
    })
    text = _csv(frame, quote_all=True)
    return (Written("x/tweet_activity_metrics_FornoRossi_20251101_20251201_en.csv", "x_tweet_activity", "x",
                    {"posts": len(p)}), text.encode("utf-8"))


def _x_daily(data: Dataset) -> pd.DataFrame:
    p, _, f = _platform(data, "x")
    day = p["published_at"].dt.tz_localize(None).dt.normalize()
    daily = p.assign(date=day).groupby("date").agg(
        posts=("post_id", "size"), impressions=("impressions", "sum"), likes=("reactions", "sum"),
        replies=("comments", "sum"), reposts=("shares", "sum"), clicks=("clicks", "sum"))
    return f.set_index("date").join(daily).fillna(0).reset_index()


def x_account_overview(data: Dataset) -> tuple[Written, bytes]:
    """X analytics ``account_overview_analytics.csv``: one row per day, newest first, no final newline."""
    d = _x_daily(data).iloc[::-1]
    i = lambda s: s.astype("int64")  # noqa: E731
    frame = pd.DataFrame({
        "Date": d["date"].dt.strftime("%a, %b %d, %Y"), "Impressions": i(d["impressions"]), "Likes": i(d["likes"]),
        "Engagements": i(d["likes"] + d["replies"] + d["reposts"] + d["clicks"]), "Bookmarks": i(d["likes"] // 10),
        "Shares": 0, "New follows": i(d["gained"]), "Unfollows": i(d["lost"]), "Replies": i(d["replies"]),
        "Reposts": i(d["reposts"]), "Profile visits": i(d["clicks"] // 2), "Create Post": i(d["posts"]),
        "Video views": 0, "Media views": 0,
    })
    text = _csv(frame, final_newline=False)
    return (Written("x/account_overview_analytics.csv", "x_account_overview", "x", {"followers": len(frame)}),
            text.encode("utf-8"))


def x_daily_activity(data: Dataset) -> tuple[Written, bytes]:
    """Classic analytics.twitter.com daily export for November 2025 (``follows`` per day)."""
    d = _x_daily(data)
    d = d[d["date"] < pd.Timestamp("2025-12-01")]
    i = lambda s: s.astype("int64")  # noqa: E731
    eng = i(d["likes"] + d["replies"] + d["reposts"] + d["clicks"])
    frame = pd.DataFrame({
        "Date": d["date"].dt.strftime("%Y-%m-%d"), "Tweets published": i(d["posts"]), "impressions": i(d["impressions"]),
        "engagements": eng, "engagement rate": (eng / d["impressions"].where(d["impressions"] > 0)).fillna(0.0),
        "retweets": i(d["reposts"]), "replies": i(d["replies"]), "likes": i(d["likes"]),
        "user profile clicks": i(d["clicks"] // 3), "url clicks": i(d["clicks"]), "hashtag clicks": 0,
        "detail expands": i(d["clicks"] // 2), "permalink clicks": 0, "app opens": 0, "app installs": 0,
        "follows": i(d["gained"]), "email tweet": 0, "dial phone": 0, "media views": 0, "media engagements": 0,
        **{c: "-" for c in _PROMOTED},
    })
    return (Written("x/daily_tweet_activity_metrics_FornoRossi_20251101_20251201_en.csv", "x_daily_activity", "x",
                    {"followers": len(frame)}), _csv(frame, quote_all=True).encode("utf-8"))


def _x_time(times: pd.Series) -> pd.Series:
    return times.dt.strftime("%a %b %d %H:%M:%S +0000 %Y")


def x_archive(data: Dataset) -> tuple[Written, bytes]:
    """X archive ``data/tweets.js``: the account's posts and its replies to people (all numbers as strings)."""
    p, c, _ = _platform(data, "x")
    by_id = c.set_index("comment_id")
    replies = c[c["is_brand"]].reset_index(drop=True)
    parent_name = by_id["author_name"].reindex(replies["parent_id"]).reset_index(drop=True)
    to = _handle(parent_name)
    tweets = []
    for i in range(len(p)):
        r = p.iloc[i]
        entities: dict = {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}
        if r["post_type"] in ("photo", "video"):
            url = f"https://x.com/FornoRossi/status/{r['post_id']}/{r['post_type']}/1"
            entities["media"] = [{"expanded_url": url, "indices": ["0", "23"], "url": "https://t.co/fr" + r["post_id"][-8:],
                                  "media_url_https": "https://pbs.twimg.com/media/fr" + r["post_id"][-8:] + ".jpg",
                                  "id_str": r["post_id"], "type": "photo", "display_url": "pic.x.com/fr"}]
        tweets.append({"edit_info": {"initial": {"editTweetIds": [r["post_id"]], "editableUntil": "",
                                                 "editsRemaining": "5", "isEditEligible": True}},
                       "retweeted": False, "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
                       "entities": entities, "display_text_range": ["0", str(len(r["text"]))],
                       "favorite_count": str(int(r["reactions"])), "id_str": r["post_id"], "truncated": False,
                       "retweet_count": str(int(r["shares"])), "id": r["post_id"],
                       "created_at": _x_time(p["published_at"].iloc[[i]]).iloc[0], "favorited": False,
                       "full_text": html.escape(r["text"], quote=False), "lang": "it"})
    created = _x_time(replies["created_at"])
    for i in range(len(replies)):
        r = replies.iloc[i]
        text = f"@{to.iloc[i]} {r['text']}"
        tweets.append({"retweeted": False, "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
                       "entities": {"hashtags": [], "symbols": [], "urls": [],
                                    "user_mentions": [{"name": parent_name.iloc[i], "screen_name": to.iloc[i],
                                                       "indices": ["0", str(len(to.iloc[i]) + 1)]}]},
                       "display_text_range": [str(len(to.iloc[i]) + 2), str(len(text))], "favorite_count": "1",
                       "in_reply_to_status_id_str": r["parent_id"], "id_str": r["comment_id"],
                       "in_reply_to_user_id": "0", "truncated": False, "retweet_count": "0", "id": r["comment_id"],
                       "in_reply_to_status_id": r["parent_id"], "created_at": created.iloc[i], "favorited": False,
                       "full_text": html.escape(text, quote=False), "lang": "it",
                       "in_reply_to_screen_name": to.iloc[i]})
    tweets.sort(key=lambda t: int(t["id_str"]), reverse=True)  # newest first, as the archive lists them
    body = json.dumps([{"tweet": t} for t in tweets], ensure_ascii=False, indent=2, separators=(",", " : "))
    return (Written("x/twitter-archive/data/tweets.js", "x_archive", "x",
                    {"posts": len(p), "comments": len(replies)}),
            ("window.YTD.tweets.part0 = " + body).encode("utf-8"))


def support_threads(data: Dataset) -> tuple[Written, bytes]:
    """The X conversations in the twcs layout (customers anonymised to numbers, brand = non-inbound author)."""
    _, c, _ = _platform(data, "x")
    c = c.sort_values("created_at", kind="stable").reset_index(drop=True)
    codes, _ = pd.factorize(c["author_id"].where(~c["is_brand"]))
    customer = pd.Series(codes + 115_700, dtype="int64").astype("str")
    author = customer.where(~c["is_brand"], "FornoRossi")
    by_id = pd.Series(author.to_numpy(), index=c["comment_id"].to_numpy())
    replied_to = by_id.reindex(c["parent_id"]).fillna("FornoRossi").to_numpy()
    children = c.dropna(subset=["parent_id"]).groupby("parent_id")["comment_id"].agg(",".join)
    frame = pd.DataFrame({
        "tweet_id": c["comment_id"], "author_id": author, "inbound": np.where(c["is_brand"], "False", "True"),
        "created_at": _x_time(c["created_at"]), "text": "@" + pd.Series(replied_to) + " " + c["text"],
        "response_tweet_id": c["comment_id"].map(children).fillna(""),
        # a top-level comment answers the brand's post, which is not in the file: the thread's root
        "in_response_to_tweet_id": c["parent_id"].fillna(c["post_id"]),
    })
    return (Written("x/support_threads_twcs.csv", "support_threads", "x", {"comments": len(frame)}),
            _csv(frame).encode("utf-8"))


# ------------------------------------------------------------------------------------------------ YouTube
def youtube_table(data: Dataset) -> tuple[Written, bytes]:
    """YouTube Studio ``Table data.csv``: a ``Total`` row first, ids starting with ``-`` guarded by a space."""
    p, _, _ = _platform(data, "youtube")
    p = p.sort_values("video_views", ascending=False, kind="stable").reset_index(drop=True)
    views = p["video_views"].astype("int64")
    dur = np.where(p["post_type"] == "short", 45, 420)
    watch_h = (views * dur * 0.45 / 3600).round(4)
    frame = pd.DataFrame({
        "Content": np.where(p["post_id"].str.startswith("-"), " " + p["post_id"], p["post_id"]),
        "Video title": p["text"].str.split("\n").str[0],
        "Video publish time": p["published_at"].dt.strftime("%b %-d, %Y"), "Duration": dur,
        "Engaged views": (views * 0.8).round().astype("int64"), "Subscribers": (views // 200).astype("int64"),
        "Average percentage viewed (%)": 45.0, "Impressions": p["impressions"].astype("int64"),
        "Impressions click-through rate (%)": (views / p["impressions"] * 100).astype(float).round(2),
        "Unique viewers": (views * 0.85).round().astype("int64"), "Average views per viewer": 1.18,
        "Returning viewers": (views * 0.3).round().astype("int64"), "Shares": p["shares"].astype("int64"),
        "Subscribers gained": (views // 150).astype("int64"), "Subscribers lost": (views // 900).astype("int64"),
        "Likes": p["reactions"].astype("int64"), "Dislikes": (p["reactions"] // 40).astype("int64"),
        "Likes (vs. dislikes) (%)": 97.5, "Comments added": p["comments"].astype("int64"), "Views": views,
        "Watch time (hours)": watch_h, "Average view duration": "0:03:09",
    })
    total = {c: "" for c in frame.columns}
    total.update({"Content": "Total", "Engaged views": int(frame["Engaged views"].sum()), "Views": int(views.sum()),
                  "Likes": int(frame["Likes"].sum()), "Comments added": int(frame["Comments added"].sum()),
                  "Shares": int(frame["Shares"].sum()), "Impressions": int(frame["Impressions"].sum()),
                  "Watch time (hours)": round(float(watch_h.sum()), 4)})
    frame = pd.concat([pd.DataFrame([total]), frame.astype(object)], ignore_index=True)
    return (Written("youtube/Table data.csv", "youtube_table", "youtube", {"posts": len(p)}),
            _csv(frame).encode("utf-8"))


def youtube_totals(data: Dataset) -> tuple[Written, bytes]:
    """YouTube Studio ``Totals.csv`` with subscribers gained and lost per day."""
    p, _, f = _platform(data, "youtube")
    base = int(p["video_views"].sum()) // len(f)
    frame = pd.DataFrame({"Date": f["date"].dt.strftime("%Y-%m-%d"),
                          "Views": (base + 20 * f["gained"]).astype("int64"),
                          "Subscribers gained": f["gained"].astype("int64"), "Subscribers lost": f["lost"].astype("int64")})
    return (Written("youtube/Totals.csv", "youtube_totals", "youtube", {"followers": len(frame)}),
            _csv(frame).encode("utf-8"))


def youtube_chart(data: Dataset) -> tuple[Written, bytes]:
    """YouTube Studio ``Chart data.csv`` (daily views of the top videos): recognised and explained."""
    p, _, _ = _platform(data, "youtube")
    top = p.sort_values("video_views", ascending=False, kind="stable").head(3)
    days = pd.date_range("2026-10-01", "2026-10-31", freq="D")
    frame = pd.DataFrame({
        "Date": np.repeat(days.strftime("%Y-%m-%d"), len(top)),
        "Content": np.tile(np.where(top["post_id"].str.startswith("-"), " " + top["post_id"], top["post_id"]), len(days)),
        "Video title": np.tile(top["text"].str.split("\n").str[0], len(days)),
        "Video publish time": np.tile(top["published_at"].dt.strftime("%b %-d, %Y"), len(days)),
        "Duration": np.tile(np.where(top["post_type"] == "short", 45, 420), len(days)),
        "Views": np.tile((top["video_views"] // 365).astype("int64"), len(days)),
    })
    return Written("youtube/Chart data.csv", "youtube_chart", "youtube", None), _csv(frame).encode("utf-8")


# ------------------------------------------------------------------------------------------------- TikTok
def _tiktok_csv(frame: pd.DataFrame) -> bytes:
    return b"\xef\xbb\xbf" + _csv(frame, quote_all=True, final_newline=False).encode("utf-8")


def tiktok_content(data: Dataset) -> tuple[Written, bytes]:
    """TikTok Studio ``Content.csv``: the 15 most viewed Instagram reels, re-posted to TikTok (yearless dates)."""
    p, _, _ = _platform(data, "instagram")
    reels = p[p["post_type"] == "reel"].sort_values("video_views", ascending=False, kind="stable").head(15)
    frame = pd.DataFrame({
        "Time": "October 31", "Video title": reels["text"].str.replace("\n", " "),
        "Video link": "https://www.tiktok.com/@fornorossi/video/75" + reels["post_id"].str[-17:],
        "Post time": reels["published_at"].dt.strftime("%B %-d"), "Total likes": _int(reels["reactions"]),
        "Total comments": _int(reels["comments"]), "Total shares": _int(reels["shares"]),
        "Total views": _int(reels["video_views"]),
    })
    return Written("tiktok/Content.csv", "tiktok_content", "tiktok", {"posts": len(frame)}), _tiktok_csv(frame)


def tiktok_followers(data: Dataset) -> tuple[Written, bytes]:
    """TikTok Studio ``FollowerHistory.csv`` for the last 60 days (a fifth of the Instagram audience)."""
    _, _, f = _platform(data, "instagram")
    f = f.tail(60)
    followers = (f["followers"] // 5).astype("int64")
    frame = pd.DataFrame({"Date": f["date"].dt.strftime("%B %-d"), "Followers": followers.astype("str"),
                          "Difference in followers from previous day": followers.diff().fillna(0).astype("int64").astype("str")})
    return (Written("tiktok/FollowerHistory.csv", "tiktok_followers", "tiktok", {"followers": len(frame)}),
            _tiktok_csv(frame))


# ---------------------------------------------------------------------------------------------------- GA4
_SOURCES = {
    "facebook": [("m.facebook.com / referral", 0.5), ("l.facebook.com / referral", 0.3), ("facebook.com / referral", 0.2)],
    "instagram": [("l.instagram.com / referral", 0.8), ("instagram.com / referral", 0.2)],
    "linkedin": [("linkedin.com / referral", 0.6), ("lnkd.in / referral", 0.4)],
    "x": [("t.co / referral", 1.0)],
    "youtube": [("youtube.com / referral", 0.7), ("m.youtube.com / referral", 0.3)],
}
_NOT_SOCIAL = [("google / organic", 70), ("(direct) / (none)", 45), ("newsletter / email", 9)]


def ga4_traffic(data: Dataset) -> tuple[Written, bytes]:
    """GA4 Traffic acquisition by Session source / medium and Date (``#`` preamble, CRLF, no final newline)."""
    t = data.traffic
    parts = []
    for platform, sources in _SOURCES.items():
        g = t[t["platform"] == platform].reset_index(drop=True)
        left = g["sessions"].astype("int64")
        left_eng = g["engaged_sessions"].astype("int64")
        for k, (source, share) in enumerate(sources):
            last = k == len(sources) - 1
            s = left if last else (g["sessions"] * share).astype("int64")
            e = left_eng if last else np.minimum((g["engaged_sessions"] * share).astype("int64"), s)
            left, left_eng = left - s, left_eng - e
            first = k == 0  # the conversions and revenue go with the main referrer
            parts.append(pd.DataFrame({"source": source, "date": g["date"], "sessions": s, "engaged": e,
                                       "key": g["conversions"].astype("int64") if first else 0,
                                       "revenue": g["revenue"].astype(float) if first else 0.0}))
    days = t["date"].drop_duplicates().reset_index(drop=True)
    wave = (np.arange(len(days)) % 7 + 3).astype("int64")
    for source, base in _NOT_SOCIAL:
        s = base + wave * base // 10
        parts.append(pd.DataFrame({"source": source, "date": days, "sessions": s, "engaged": s * 3 // 5,
                                   "key": s // 40, "revenue": (s // 40) * 31.5}))
    rows = pd.concat(parts, ignore_index=True)
    rows["platform"] = rows["source"].map({s: p for p, v in _SOURCES.items() for s, _ in v})
    rows = rows[rows["sessions"] > 0].sort_values(["date", "sessions"], ascending=[True, False], kind="stable")
    sessions = rows["sessions"].astype(float)
    frame = pd.DataFrame({
        "Session source / medium": rows["source"], "Date": rows["date"].dt.strftime("%Y%m%d"),
        "Sessions": rows["sessions"], "Engaged sessions": rows["engaged"],
        "Engagement rate": (rows["engaged"] / sessions).map(repr),
        "Average engagement time per session": (38.0 + rows["engaged"] / sessions * 40).round(6).map(repr),
        "Events per session": 4.5, "Event count": (rows["sessions"] * 9 // 2).astype("int64"),
        "Key events": rows["key"], "Session key event rate": (rows["key"] / sessions).map(repr),
        "Total revenue": rows["revenue"].round(2).map(lambda v: f"{v:.2f}".rstrip("0").rstrip(".") if v else "0"),
    })
    expected = len(rows.dropna(subset=["platform"]).drop_duplicates(["date", "platform"]))
    preamble = ["# ----------------------------------------", "# Traffic acquisition: Session source / medium",
                "# Account: Forno Rossi", "# Property: fornorossi.it - GA4", "# ----------------------------------------",
                "# ", "# All Users", "# Start date: 20251101", "# End date: 20261031"]
    text = "\r\n".join(preamble) + "\r\n" + _csv(frame, crlf=True, final_newline=False)
    return (Written("ga4/daily-traffic_acquisition_Session_source_medium-2025-11-01-2026-10-31.csv", "ga4_traffic",
                    "other", {"traffic": expected}), text.encode("utf-8"))


def ga4_channels(data: Dataset) -> tuple[Written, bytes]:
    """GA4 Traffic acquisition by Session default channel group: recognised and explained (no platforms)."""
    t = data.traffic
    social = int(t["sessions"].sum())
    frame = pd.DataFrame({"Session default channel group": ["Organic Social", "Organic Search", "Direct", "Email"],
                          "Sessions": [social, 25_550, 16_400, 3_290], "Engaged sessions": [social // 2, 15_300, 9_800, 2_100],
                          "Key events": [int(t["conversions"].sum()), 640, 410, 82]})
    preamble = ["# ----------------------------------------", "# Traffic acquisition: Session default channel group",
                "# Account: Forno Rossi", "# Property: fornorossi.it - GA4", "# ----------------------------------------",
                "# ", "# All Users", "# Start date: 20251101", "# End date: 20261031"]
    text = "\r\n".join(preamble) + "\r\n" + _csv(frame, crlf=True, final_newline=False)
    return (Written("ga4/Traffic_acquisition_Session_default_channel_group-2025-11-01-2026-10-31.csv", "ga4_channels",
                    "other", None), text.encode("utf-8"))


# ---------------------------------------------------------------------------------------------- WordPress
def wordpress(data: Dataset) -> tuple[Written, bytes]:
    """WordPress WXR export of the blog: the Facebook posts since August 2026 and their comment threads."""
    p, c, _ = _platform(data, "facebook")
    p = p[p["published_at"] >= pd.Timestamp("2026-08-01", tz="UTC")].reset_index(drop=True)
    c = c[c["post_id"].isin(set(p["post_id"]))].sort_values("created_at", kind="stable").reset_index(drop=True)
    wp_post = pd.Series(np.arange(len(p)) + 2001, index=p["post_id"].to_numpy()).astype("str")
    wp_comment = pd.Series(np.arange(len(c)) + 1, index=c["comment_id"].to_numpy()).astype("str")
    slug = _handle(c["author_name"])
    email = slug + "." + c["author_id"].str[-4:] + "@example.com"
    gmt = lambda s: s.dt.strftime("%Y-%m-%d %H:%M:%S")  # noqa: E731
    rome = lambda s: s.dt.tz_convert("Europe/Rome").dt.strftime("%Y-%m-%d %H:%M:%S")  # noqa: E731
    c_gmt, c_local = gmt(c["created_at"]), rome(c["created_at"])
    parent = wp_comment.reindex(c["parent_id"]).fillna("0").to_numpy()
    out = ['<?xml version="1.0" encoding="UTF-8" ?>',
           '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">',
           "<channel>", "\t<title>Forno Rossi</title>", "\t<link>https://fornorossi.it</link>",
           "\t<description>Pane, dolci e storie di famiglia</description>", "\t<language>it-IT</language>",
           "\t<wp:wxr_version>1.2</wp:wxr_version>",
           "\t<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[rosa]]></wp:author_login>"
           "<wp:author_email><![CDATA[rosa@fornorossi.it]]></wp:author_email>"
           "<wp:author_display_name><![CDATA[Rosa Rossi]]></wp:author_display_name></wp:author>"]
    comments_of = c.groupby("post_id").indices
    for i in range(len(p)):
        r = p.iloc[i]
        title, _, rest = r["text"].partition("\n")
        pid = wp_post[r["post_id"]]
        out += ["\t<item>", f"\t\t<title>{escape(title)}</title>",
                f"\t\t<link>https://fornorossi.it/?p={pid}</link>",
                "\t\t<dc:creator><![CDATA[rosa]]></dc:creator>",
                f"\t\t<content:encoded><![CDATA[<p>{escape(r['text']).replace(chr(10), '<br />')}</p>]]></content:encoded>",
                f"\t\t<wp:post_id>{pid}</wp:post_id>",
                f"\t\t<wp:post_date><![CDATA[{rome(p['published_at'].iloc[[i]]).iloc[0]}]]></wp:post_date>",
                f"\t\t<wp:post_date_gmt><![CDATA[{gmt(p['published_at'].iloc[[i]]).iloc[0]}]]></wp:post_date_gmt>",
                "\t\t<wp:comment_status><![CDATA[open]]></wp:comment_status>",
                "\t\t<wp:status><![CDATA[publish]]></wp:status>", "\t\t<wp:post_type><![CDATA[post]]></wp:post_type>"]
        for j in comments_of.get(r["post_id"], []):
            brand = bool(c["is_brand"].iloc[j])
            out += ["\t\t<wp:comment>", f"\t\t\t<wp:comment_id>{wp_comment.iloc[j]}</wp:comment_id>",
                    f"\t\t\t<wp:comment_author><![CDATA[{c['author_name'].iloc[j]}]]></wp:comment_author>",
                    "\t\t\t<wp:comment_author_email><![CDATA["
                    + ("rosa@fornorossi.it" if brand else email.iloc[j]) + "]]></wp:comment_author_email>",
                    f"\t\t\t<wp:comment_date><![CDATA[{c_local.iloc[j]}]]></wp:comment_date>",
                    f"\t\t\t<wp:comment_date_gmt><![CDATA[{c_gmt.iloc[j]}]]></wp:comment_date_gmt>",
                    f"\t\t\t<wp:comment_content><![CDATA[{c['text'].iloc[j]}]]></wp:comment_content>",
                    "\t\t\t<wp:comment_approved><![CDATA[1]]></wp:comment_approved>",
                    "\t\t\t<wp:comment_type><![CDATA[comment]]></wp:comment_type>",
                    f"\t\t\t<wp:comment_parent>{parent[j]}</wp:comment_parent>",
                    f"\t\t\t<wp:comment_user_id>{1 if brand else 0}</wp:comment_user_id>", "\t\t</wp:comment>"]
        out.append("\t</item>")
    out += ["</channel>", "</rss>"]
    return (Written("blog/fornorossi.WordPress.2026-10-31.xml", "wordpress_wxr", "blog",
                    {"posts": len(p), "comments": len(c)}), ("\n".join(out) + "\n").encode("utf-8"))


# ----------------------------------------------------------------------------------------------- Mastodon
def mastodon(data: Dataset) -> tuple[Written, bytes]:
    """Mastodon ``outbox.json``: the X posts as toots and the brand's replies to people on other servers."""
    p, c, _ = _platform(data, "x")
    actor = "https://mastodon.social/users/fornorossi"
    by_id = c.set_index("comment_id")
    replies = c[c["is_brand"]].reset_index(drop=True)
    parent_handle = _handle(by_id["author_name"].reindex(replies["parent_id"])).reset_index(drop=True)
    servers = np.array(["mastodon.uno", "mastodon.social", "livellosegreto.it", "mas.to"], dtype=object)
    server = servers[replies["parent_id"].str[-2:].astype(int).to_numpy() % len(servers)]
    items = []

    def note(sid: str, when: pd.Timestamp, text: str, reply_to: str | None) -> dict:
        body = "<p>" + html.escape(text, quote=False).replace("\n", "<br />") + "</p>"
        uri = f"{actor}/statuses/{sid}"
        return {"id": f"{uri}/activity", "type": "Create", "actor": actor, "published": f"{when:%Y-%m-%dT%H:%M:%SZ}",
                "to": ["https://www.w3.org/ns/activitystreams#Public"], "cc": [f"{actor}/followers"],
                "object": {"id": uri, "type": "Note", "summary": None, "inReplyTo": reply_to,
                           "published": f"{when:%Y-%m-%dT%H:%M:%SZ}", "url": f"https://mastodon.social/@fornorossi/{sid}",
                           "attributedTo": actor, "to": ["https://www.w3.org/ns/activitystreams#Public"],
                           "cc": [f"{actor}/followers"], "sensitive": False, "content": body,
                           "contentMap": {"it": body}, "attachment": [], "tag": [],
                           "replies": {"id": f"{uri}/replies", "type": "Collection"}}}

    def status_id(when: pd.Timestamp, k: int) -> str:  # Mastodon ids: milliseconds << 16, plus a sequence
        return str((int(when.timestamp() * 1000) << 16) + k)

    for i in range(len(p)):
        when = p["published_at"].iloc[i]
        items.append(note(status_id(when, i), when, p["text"].iloc[i], None))
    for i in range(len(replies)):
        when = replies["created_at"].iloc[i]
        target = f"https://{server[i]}/users/{parent_handle.iloc[i]}/statuses/{replies['parent_id'].iloc[i][:18]}"
        items.append(note(status_id(when, len(p) + i), when, f"@{parent_handle.iloc[i]} {replies['text'].iloc[i]}",
                          target))
    items.sort(key=lambda a: a["published"])
    boost_time = p["published_at"].iloc[len(p) // 2] + pd.Timedelta(hours=3)
    items.insert(len(items) // 2, {"id": f"{actor}/statuses/{status_id(boost_time, 65_000)}/activity", "type": "Announce",
                                   "actor": actor, "published": f"{boost_time:%Y-%m-%dT%H:%M:%SZ}",
                                   "to": ["https://www.w3.org/ns/activitystreams#Public"],
                                   "object": "https://mastodon.uno/users/panificiobianchi/statuses/113000000000000001"})
    outbox = {"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection",
              "totalItems": len(items), "orderedItems": items}
    return (Written("mastodon/outbox.json", "mastodon_outbox", "mastodon",
                    {"posts": len(p), "comments": len(replies)}),
            json.dumps(outbox, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


WRITERS = (meta_facebook, meta_instagram, meta_follows, facebook_legacy, linkedin_content, linkedin_followers,
           x_content, x_tweet_activity, x_account_overview, x_daily_activity, x_archive, support_threads,
           youtube_table, youtube_totals, youtube_chart, tiktok_content, tiktok_followers, ga4_traffic, ga4_channels,
           wordpress, mastodon)


def write_formats(data: Dataset, out: Path) -> list[Path]:
    """Write every platform-format file and ``MANIFEST.json`` under ``out``; return the paths written."""
    out = Path(out)
    paths, manifest = [], []
    for writer in WRITERS:
        written, payload = writer(data)
        path = out / written.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(payload)
        paths.append(path)
        manifest.append(asdict(written))
    path = out / "MANIFEST.json"
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return [*paths, path]
