"""Importers for X, YouTube, TikTok, GA4, Mastodon, twcs support threads and WordPress: real samples and seeded fixtures.

Expected figures for the real samples were derived independently of the importers (Python's csv/json modules
and pandas.read_excel over the files) and are hard-coded here.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from lib.errors import FileImportError
from lib.importers import detect, import_file
from lib.importers import tiktok as tiktok_mod
from lib.importers._social import thread_roots
from lib.importers.base import SourceFile
from lib.importers.ga4 import social_platform

_spec = importlib.util.spec_from_file_location(
    "importers_platforms_fixtures", Path(__file__).resolve().parents[1] / "fixtures" / "importers_platforms.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)


def _file(path: Path) -> SourceFile:
    return SourceFile(name=path.name, data=path.read_bytes())


def _one(f: SourceFile):
    results = import_file(f)
    assert len(results) == 1
    return results[0]


def _sum(frame: pd.DataFrame, col: str) -> int:
    assert frame[col].notna().any(), f"{col} is all null"
    return int(frame[col].sum())


# ------------------------------------------------------------------------------------------------ real samples

REAL = [
    # path, importer, table, rows, {column: sum}
    ("x_twitter/tweet_activity_metrics_rOpenSci_20161201_20170101_en.csv", "x_tweet_activity", "posts", 37,
     {"impressions": 110828, "reactions": 221, "comments": 5, "shares": 145, "clicks": 703}),
    ("x_twitter/tweet_activity_metrics_rOpenSci_20200301_20200401_en.csv", "x_tweet_activity", "posts", 39,
     {"impressions": 236245, "reactions": 400, "comments": 22, "shares": 185, "clicks": 624}),
    ("x_twitter/tweet_activity_metrics_rOpenSci_20211201_20220101_en.csv", "x_tweet_activity", "posts", 17,
     {"impressions": 85120, "reactions": 214, "comments": 6, "shares": 96, "clicks": 210}),
    ("x_twitter/kaiadevintern_account_analytics_content_2024-12-22_2025-03-22.csv", "x_content", "posts", 173,
     {"impressions": 29784, "reactions": 837, "comments": 149, "shares": 71, "saves": 11, "clicks": 55}),
    ("x_twitter/buildonkaia_account_overview_analytics.csv", "x_account_overview", "followers", 475,
     {"gained": 9829, "lost": 789}),
    ("x_twitter/kaiadevintern_account_overview_analytics.csv", "x_account_overview", "followers", 271,
     {"gained": 298, "lost": 43}),
    ("x_twitter/nplf_daily_2020/NPLF Twitter Q1.xls", "x_daily_activity", "followers", 91, {"gained": 0}),
    ("x_twitter_archive/lumeninferius_2020/tweet.js", "x_archive", "posts", 13, {"reactions": 1186, "shares": 281}),
    ("youtube/priyankapatel05/Table data.csv", "youtube_table", "posts", 442,
     {"video_views": 153235, "impressions": 37715}),
    ("youtube/timaghostresonance/Table data.csv", "youtube_table", "posts", 317,
     {"video_views": 36978, "reactions": 873, "comments": 134, "shares": 214, "impressions": 846287}),
    ("ga4/higherdose/daily-traffic_acquisition_Session_source_medium-2025-07-01-2025-07-29-2025.csv", "ga4_traffic",
     "traffic", 110, {"sessions": 1763 + 721 + 3 + 12630 + 4 + 30, "engaged_sessions": 748 + 354 + 2 + 1932 + 1 + 16,
                      "conversions": 22}),
    ("ga4/higherdose/google-analyics-2025-traffic_acquisition_Session_source_medium.csv", "ga4_traffic", "traffic",
     6 * 203, {"sessions": 17010 + 12327 + 241 + 106883 + 110 + 344, "conversions": 76 + 76 + 49 + 5}),
    ("mastodon/masto_GoodBoiShibe_2022/outbox.json", "mastodon_outbox", "posts", 204, {}),
    ("support_threads/twcs_first5000_pandas_index.csv", "support_threads", "comments", 5000, {}),
]


@pytest.mark.parametrize(("rel", "key", "table", "rows", "sums"), REAL, ids=[r[0].split("/")[-1] for r in REAL])
def test_real_sample_imports_with_platform_table_rows_and_sums(samples, rel, key, table, rows, sums):
    res = _one(_file(samples / rel))
    assert res.importer == key
    frame = res.dataset.table(table)
    assert len(frame) == rows
    for col, expected in sums.items():
        assert _sum(frame, col) == expected, col
    if table in ("posts", "comments"):
        assert set(frame["platform"]) == {res.platform}


def test_x_tweet_activity_sample_keeps_ids_text_and_time(samples):
    res = _one(_file(samples / "x_twitter/tweet_activity_metrics_rOpenSci_20161201_20170101_en.csv"))
    p = res.dataset.posts.set_index("post_id")
    row = p.loc["812341199767863296"]  # 18 digits, exact
    assert row["published_at"] == pd.Timestamp("2016-12-23 16:56", tz="UTC")
    assert "&amp;" not in row["text"] and "& more" in row["text"]
    assert res.account == "rOpenSci"
    assert p["saves"].isna().all() and p["reach"].isna().all()  # not in the export: null, not zero


def test_x_content_sample_dates_and_replies(samples):
    res = _one(_file(samples / "x_twitter/kaiadevintern_account_analytics_content_2024-12-22_2025-03-22.csv"))
    p = res.dataset.posts
    assert p.loc[p["post_id"] == "1902620805600833905", "published_at"].iloc[0] == pd.Timestamp("2025-03-20 12:00", tz="UTC")
    assert int((p["post_type"] == "reply").sum()) == 70
    assert res.account == "KaiaDevIntern"


def test_x_overview_sample_dates(samples):
    res = _one(_file(samples / "x_twitter/kaiadevintern_account_overview_analytics.csv"))
    f = res.dataset.followers
    assert f["followers"].isna().all()
    assert f["date"].max() == pd.Timestamp("2025-03-21")
    assert int(f.loc[f["date"] == pd.Timestamp("2025-03-19"), "gained"].iloc[0]) == 1


def test_x_archive_sample_posts_and_brand_replies(samples):
    res = _one(_file(samples / "x_twitter_archive/lumeninferius_2020/tweet.js"))
    c = res.dataset.comments
    assert res.account == "LumenInferius"
    assert len(c) == 9 and c["is_brand"].all()
    assert c["parent_id"].notna().all() and (c["post_id"] == c["parent_id"]).all()  # replies straight to others
    assert res.dataset.posts["comments"].isna().all()  # the archive has no reply counts


def test_youtube_sample_strips_guard_space_and_total_row(samples):
    res = _one(_file(samples / "youtube/timaghostresonance/Table data.csv"))
    ids = set(res.dataset.posts["post_id"])
    assert "-iTBX-c3ATo" in ids and " -iTBX-c3ATo" not in ids and "Total" not in ids
    first = res.dataset.posts.set_index("post_id").loc["1geIQxkXYGs"]
    assert first["text"] == "March 27, 2021"  # a title that looks like a date stays text
    assert first["published_at"] == pd.Timestamp("2023-09-30 12:00", tz="UTC")


def test_youtube_sample_without_likes_column_has_null_reactions(samples):
    res = _one(_file(samples / "youtube/priyankapatel05/Table data.csv"))
    assert res.dataset.posts["reactions"].isna().all()


def test_tiktok_samples_with_pinned_today(samples):
    content, followers, companion = tiktok_mod.importers(dt.date(2026, 3, 1))
    f = _file(samples / "tiktok/creator_haileytupy_2026/Content.csv")
    assert content.detect(f) > 0.9
    p = content.read(f).dataset.posts
    assert len(p) == 13
    assert (_sum(p, "reactions"), _sum(p, "comments"), _sum(p, "shares"), _sum(p, "video_views")) == (4063, 117, 275, 537161)
    row = p.set_index("post_id").loc["7527623000473079054"]
    assert row["published_at"] == pd.Timestamp("2025-07-16 12:00", tz="UTC")  # July before the Feb 28 export
    assert set(p["account"]) == {"haileytupy2.0"}

    fh = followers.read(_file(samples / "tiktok/creator_haileytupy_2026/FollowerHistory.csv"))
    d = fh.dataset.followers
    assert len(d) == 340  # 365 days minus 25 'undefined'
    assert (d["date"].min(), d["date"].max()) == (pd.Timestamp("2025-03-25"), pd.Timestamp("2026-02-27"))
    assert (_sum(d, "gained"), _sum(d, "lost")) == (5252, 276)
    assert int(d["followers"].iloc[-1]) == 5013

    pc = tiktok_mod.importers(dt.date(2025, 10, 20))[1].read(_file(samples / "tiktok/pc_merchandise_2025/FollowerHistory.csv"))
    d = pc.dataset.followers
    assert len(d) == 60 and d["date"].min() == pd.Timestamp("2025-08-18")
    assert (_sum(d, "gained"), _sum(d, "lost")) == (348, 111)


def test_tiktok_overview_samples_parse_spanish_and_xlsx(samples):
    es = tiktok_mod.read_overview(_file(samples / "tiktok/es_locale_francovelardez/Overview.csv"), dt.date(2026, 4, 1))
    assert es["date"].tolist() == list(pd.date_range("2026-03-08", "2026-03-14"))
    assert int(es["video_views"].sum()) == 9
    xl = tiktok_mod.read_overview(_file(samples / "tiktok/xlsx_bosszy27/Overview.xlsx"), dt.date(2026, 5, 1))
    csv = tiktok_mod.read_overview(_file(samples / "tiktok/xlsx_bosszy27/Overview.csv"), dt.date(2026, 5, 1))
    pd.testing.assert_frame_equal(xl, csv)
    assert int(xl["video_views"].sum()) == 1591 + 1154 + 1737 + 1082 + 561 + 310 + 1484


@pytest.mark.parametrize("rel", [
    "tiktok/creator_haileytupy_2026/Overview.csv", "tiktok/creator_haileytupy_2026/Viewers.csv",
    "tiktok/creator_haileytupy_2026/FollowerActivity.csv", "tiktok/pc_merchandise_2025/FollowerGender.csv",
    "tiktok/pc_merchandise_2025/FollowerTopTerritories.csv", "youtube/priyankapatel05/Totals.csv",
    "youtube/timaghostresonance/Chart data.csv",
    "ga4/higherdose/Traffic_acquisition_Session_default_channel_group-2024-01-01-2024-12-31.csv",
    "mastodon/masto_GoodBoiShibe_2022/actor.json", "x_twitter_archive/lumeninferius_2020/manifest.js",
])
def test_recognised_files_without_a_canonical_table_explain_themselves(samples, rel):
    f = _file(samples / rel)
    assert detect(f)[0][1] >= 0.7
    with pytest.raises(FileImportError, match="(no table|does not store|Table data|source / medium|holds no posts)"):
        import_file(f)


def test_youtube_export_zip_imports_table_and_explains_the_rest(samples):
    folder = samples / "youtube/timaghostresonance"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in ("Chart data.csv", "Table data.csv", "Totals.csv"):
            zf.write(folder / name, name)
    results = import_file(SourceFile("Content 2020-11-01_2025-11-14 ghost.zip", buf.getvalue()))
    assert [(r.importer, r.rows) for r in results] == [("youtube_table", {"posts": 317})]
    skipped = [w for w in results[0].warnings if w.startswith("Skipped")]
    assert len(skipped) == 2 and any("Chart data" in w for w in skipped) and any("Totals" in w for w in skipped)


def test_ga4_samples_warn_about_non_social_sessions(samples):
    res = _one(_file(samples / "ga4/higherdose/google-analyics-2025-traffic_acquisition_Session_source_medium.csv"))
    social = 17010 + 12327 + 241 + 106883 + 110 + 344
    assert any(f"{3270688 - social:,} of 3,270,688 sessions" in w for w in res.warnings)
    assert any("spread evenly over its 203 days" in w for w in res.warnings)
    t = res.dataset.traffic
    assert abs(float(t.loc[t["platform"] == "facebook", "revenue"].sum()) - 30128.087783) < 1e-3
    daily = _one(_file(samples / "ga4/higherdose/daily-traffic_acquisition_Session_source_medium-2025-07-01-2025-07-29-2025.csv"))
    fb = daily.dataset.traffic.query("platform == 'facebook'")
    assert _sum(fb, "sessions") == 1763 and abs(float(fb["revenue"].sum()) - 4098.46) < 1e-6


def test_mastodon_sample(samples):
    res = _one(_file(samples / "mastodon/masto_GoodBoiShibe_2022/outbox.json"))
    assert res.account == "@GoodBoiShibe@mas.to"
    # its only two replies to another server are direct messages to @Wingy: private, never imported
    assert res.dataset.comments.empty
    assert any(w.startswith("2 direct or followers-only statuses were not imported") for w in res.warnings)
    assert "108620707827530645" in set(res.dataset.posts["post_id"])
    assert any("1 boost" in w for w in res.warnings)
    assert res.dataset.posts["reactions"].isna().all()


def test_twcs_sample_threads_brands_ids_and_bare_cr(samples):
    res = _one(_file(samples / "support_threads/twcs_first5000_pandas_index.csv"))
    c = res.dataset.comments.set_index("comment_id")
    assert int(c["is_brand"].sum()) == 2222
    assert c["post_id"].nunique() == 1312  # 1306 opening tweets + 6 threads that began before the file
    assert int(c["parent_id"].isna().sum()) == 1306
    assert c.loc["1", "parent_id"] == "3" and c.loc["1", "post_id"] == "8"
    assert c.loc["3399", "text"].startswith("@AskPayPal \r\rI just love")
    assert c.loc[c["is_brand"], "author_id"].nunique() == 76
    assert c.loc["8", "account"] == "sprintcare" and not c.loc["8", "is_brand"]


# ------------------------------------------------------------------------------------------ synthetic fixtures


def _built(builder, **kw):
    name, data, figures = builder(**kw)
    return SourceFile(name=name, data=data), figures


@pytest.mark.parametrize("favorites", [False, True])
def test_synthetic_tweet_activity(favorites):
    f, fig = _built(fx.x_tweet_activity, favorites=favorites)
    res = _one(f)
    p = res.dataset.posts
    assert res.importer == "x_tweet_activity" and len(p) == fig["rows"]
    for col in ("impressions", "reactions", "comments", "shares", "clicks"):
        assert _sum(p, col) == fig[col]
    assert "1765000000000007919" in set(p["post_id"])
    assert p.set_index("post_id").loc["1765000000000007919", "post_type"] == "reply"
    assert str(p["published_at"].dtype) == "datetime64[us, UTC]"


@pytest.mark.parametrize("later", [False, True])
def test_synthetic_x_content_both_headers(later):
    f, fig = _built(fx.x_content, later_header=later)
    res = _one(f)
    p = res.dataset.posts
    assert res.importer == "x_content" and len(p) == fig["rows"]
    assert (_sum(p, "reactions"), _sum(p, "comments"), _sum(p, "shares"), _sum(p, "saves")) == (
        fig["reactions"], fig["comments"], fig["shares"], fig["saves"])
    assert p["published_at"].max() == pd.Timestamp("2025-03-20 12:00", tz="UTC")
    assert res.account == "AcmeDev"


def test_synthetic_x_content_date_only_uses_workspace_zone():
    f, _ = _built(fx.x_content)
    res = import_file(f, tz="Europe/Rome")[0]
    assert res.dataset.posts["published_at"].max() == pd.Timestamp("2025-03-20 11:00", tz="UTC")


def test_synthetic_x_overview_and_daily_xlsx():
    f, fig = _built(fx.x_overview)
    d = _one(f).dataset.followers
    assert len(d) == fig["rows"] and (_sum(d, "gained"), _sum(d, "lost")) == (fig["gained"], fig["lost"])
    assert d["date"].max() == pd.Timestamp("2025-09-11")
    f, fig = _built(fx.x_daily_xlsx)
    res = _one(f)
    assert res.importer == "x_daily_activity"
    d = res.dataset.followers
    assert len(d) == fig["rows"] and _sum(d, "gained") == fig["gained"] and d["lost"].isna().all()


def test_synthetic_x_daily_csv():
    f, fig = _built(fx.x_daily_csv)
    res = _one(f)
    d = res.dataset.followers
    assert res.importer == "x_daily_activity" and len(d) == fig["rows"]
    assert _sum(d, "gained") == fig["gained"] and d["date"].min() == pd.Timestamp("2016-12-01")


@pytest.mark.parametrize("zipped", [False, True])
def test_synthetic_x_archive(zipped):
    f, fig = _built(fx.x_archive, zipped=zipped)
    results = import_file(f)
    res = next(r for r in results if r.importer == "x_archive")
    p, c = res.dataset.posts, res.dataset.comments
    assert res.account == fig["account"]
    assert len(p) == fig["posts"] and len(c) == fig["comments"]
    assert _sum(p, "reactions") == fig["reactions"]
    assert p.set_index("post_id").loc["1200000000000000002", "post_type"] == "thread"
    c = c.set_index("comment_id")
    assert c.loc["1200000000000000005", "parent_id"] == "1200000000000000004"
    assert (c["post_id"] == "1300000000000000009").all() and c["is_brand"].all()
    assert any("1 retweets" in w for w in res.warnings)
    if zipped:
        assert len(results) == 1 and any("Skipped" in w for w in res.warnings)


def test_synthetic_youtube_table_and_totals():
    f, fig = _built(fx.youtube_table)
    res = _one(f)
    p = res.dataset.posts
    assert len(p) == fig["rows"] and _sum(p, "video_views") == fig["video_views"]
    assert fig["dash_id"] in set(p["post_id"])
    assert any("without a publish date" in w for w in res.warnings)
    f, fig = _built(fx.youtube_totals)
    d = _one(f).dataset.followers
    assert len(d) == fig["rows"] and d["date"].min() == pd.Timestamp(fig["first"])
    assert (_sum(d, "gained"), _sum(d, "lost")) == (fig["gained"], fig["lost"])
    f, _ = _built(fx.youtube_totals, subscribers=False)
    with pytest.raises(FileImportError, match="Subscribers gained"):
        import_file(f)


def test_synthetic_tiktok_year_wrap_and_recomputed_differences():
    content, followers, companion = tiktok_mod.importers(dt.date(2026, 3, 5))
    f, fig = _built(fx.tiktok_content)
    res = content.read(f)
    p = res.dataset.posts.set_index("post_id")
    assert p["published_at"].dt.date.tolist() == [dt.date(2026, 2, 20), dt.date(2025, 12, 30), dt.date(2026, 3, 1)]
    assert p["comments"].isna().sum() == 1 and any("negative" in w for w in res.warnings)
    assert _sum(p, "reactions") == fig["likes"]
    f, fig = _built(fx.tiktok_followers)
    d = followers.read(f).dataset.followers
    assert len(d) == fig["rows"]
    assert d["date"].tolist() == [pd.Timestamp(x) for x in ("2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02")]
    assert d["gained"].tolist()[1:] == [4, 0, 7] and d["lost"].tolist()[1:] == [0, 2, 0]
    assert pd.isna(d["gained"].iloc[0])  # no previous day: unknown, not zero
    assert (_sum(d, "gained"), _sum(d, "lost")) == (fig["gained"], fig["lost"])


def test_synthetic_tiktok_overview_xlsx_is_recognised_and_parsed():
    f, fig = _built(fx.tiktok_overview_xlsx)
    assert detect(f)[0][0].key == "tiktok_other"
    o = tiktok_mod.read_overview(f, dt.date(2026, 4, 1))
    assert int(o["video_views"].sum()) == fig["video_views"]
    assert o["date"].tolist() == list(pd.date_range("2026-03-08", "2026-03-10"))
    with pytest.raises(FileImportError, match="Overview"):
        import_file(f)


def test_synthetic_ga4_daily_and_range():
    f, fig = _built(fx.ga4, daily=True)
    res = _one(f)
    t = res.dataset.traffic
    assert set(t["platform"]) == {"facebook", "x", "instagram"}
    assert _sum(t[t["platform"] == "facebook"], "sessions") == fig["facebook"]
    assert len(t) == 3 * 2
    assert any(f"{fig['other']:,} of" in w for w in res.warnings)
    assert any("web.facebook.com" in w for w in res.warnings)
    f, fig = _built(fx.ga4, daily=False)
    t = _one(f).dataset.traffic
    assert len(t) == 3 * 10 and t["date"].min() == pd.Timestamp("2025-07-01")
    per = t[t["platform"] == "x"]["sessions"]
    assert int(per.sum()) == fig["x"] and per.max() - per.min() <= 1


def test_ga4_with_date_as_first_dimension():
    data = (b"# Start date: 20250701\n# End date: 20250702\nDate,Session source / medium,Sessions,Key events\n"
            b"20250701,t.co / referral,5,1\n20250702,t.co / referral,7,0\n20250702,google / cpc,9,2\n")
    t = _one(SourceFile("ga4.csv", data)).dataset.traffic
    assert t["sessions"].tolist() == [5, 7] and t["date"].tolist() == list(pd.date_range("2025-07-01", periods=2))


def test_social_platform_mapping_matches_kpis_md():
    s = pd.Series(["facebook.com / referral", "m.facebook.com / referral", "l.facebook.com / referral",
                   "lm.facebook.com / referral", "fb / paid", "l.instagram.com / referral", "ig / social",
                   "t.co / referral", "x.com / referral", "twitter.com / referral", "lnkd.in / referral",
                   "m.youtube.com / referral", "tiktok.com / referral", "google / cpc", "(direct) / (none)",
                   "Instagram_Stories / US", "studio.youtube.com / referral", None])
    assert social_platform(s).fillna("-").tolist() == [
        "facebook", "facebook", "facebook", "facebook", "facebook", "instagram", "instagram", "x", "x", "x",
        "linkedin", "youtube", "tiktok", "-", "-", "-", "-", "-"]


def test_synthetic_mastodon():
    f, fig = _built(fx.mastodon_outbox)
    res = _one(f)
    p, c = res.dataset.posts, res.dataset.comments
    assert res.account == fig["account"] and len(p) == fig["posts"] and len(c) == fig["comments"]
    assert p.set_index("post_id").loc["109000000000000001", "text"] == "Hello & welcome"
    assert p.set_index("post_id").loc["109000000000000002", "post_type"] == "thread"
    row = c.iloc[0]
    assert row["parent_id"] == row["post_id"] == "https://other.example/users/bob/statuses/555"
    assert row["text"] == "@bob yes, btrfs snapshots work" and bool(row["is_brand"])
    assert p["reactions"].isna().all() and p["shares"].isna().all()  # older archives carry no counts


def test_mastodon_private_statuses_are_never_imported():
    f, fig = _built(fx.mastodon_outbox)
    res = _one(f)
    texts = " ".join([*res.dataset.posts["text"], *res.dataset.comments["text"]])
    assert "Private Lane" not in texts and "Only for my followers" not in texts
    assert any(w.startswith(f"{fig['private']} direct or followers-only statuses were not imported") for w in res.warnings)


def test_mastodon_newer_archive_likes_shares_and_handle():
    f, fig = _built(lambda: fx.mastodon_outbox(new_scheme=True))
    res = _one(f)
    p = res.dataset.posts
    assert res.account == fig["account"] and set(p["account"]) == {fig["account"]}
    assert len(p) == fig["posts"] and int(p["reactions"].sum()) == fig["reactions"]
    assert int(p["shares"].sum()) == fig["shares"]
    assert set(p["post_id"]) == {"109000000000000001", "109000000000000002"}


def test_synthetic_twcs():
    f, fig = _built(fx.twcs)
    res = _one(f)
    c = res.dataset.comments.set_index("comment_id")
    assert len(c) == fig["comments"] and int(c["is_brand"].sum()) == fig["brand"]
    assert set(c["post_id"]) == fig["threads"]
    assert c.loc["11", "parent_id"] == "10" and pd.isna(c.loc["10", "parent_id"])
    assert c.loc["12", "text"] == "@AcmeHelp done\r\rthanks"
    assert c.loc["20", "account"] == "AcmeHelp"  # unanswered: the account it mentions
    assert (c["platform"] == "x").all()


def test_synthetic_twcs_with_crlf_line_endings():
    name, data, fig = fx.twcs()
    lines = data.decode().split("\n")
    crlf = "\r\n".join(lines).encode()
    c = _one(SourceFile(name, crlf)).dataset.comments.set_index("comment_id")
    assert len(c) == fig["comments"] and c.loc["11", "parent_id"] == "10"
    assert c.loc["12", "text"] == "@AcmeHelp done\r\rthanks"


def test_synthetic_wordpress():
    f, fig = _built(fx.wordpress_wxr)
    res = _one(f)
    p, c = res.dataset.posts, res.dataset.comments.set_index("comment_id")
    assert res.account == "Acme Blog" and res.importer == "wordpress_wxr"
    assert len(p) == fig["posts"] and len(c) == fig["comments"] and int(c["is_brand"].sum()) == fig["brand"]
    assert c.loc["101", "parent_id"] == "100" and pd.isna(c.loc["100", "parent_id"])
    assert bool(c.loc["101", "is_brand"]) and bool(c.loc["201", "is_brand"]) and not c.loc["102", "is_brand"]
    assert c.loc["100", "author_id"] == c.loc["102", "author_id"] and c.loc["100", "author_id"].startswith("email:")
    assert c.loc["201", "author_id"] == "user:2"
    assert p.set_index("post_id").loc["1", "published_at"] == pd.Timestamp("2024-05-01 10:00", tz="UTC")
    assert bool(p.set_index("post_id").loc["1", "is_question"])
    assert any("2 comments were skipped: 1 pingbacks" in w for w in res.warnings)


def test_thread_roots_handles_deep_chains():
    n = 3000
    ids = pd.Series([str(i) for i in range(n)])
    parents = pd.Series([None] + [str(i - 1) for i in range(1, n)])
    assert set(thread_roots(ids, parents)) == {"0"}


# ------------------------------------------------------------------------------------------------ bad input


@pytest.mark.parametrize(("name", "data", "match"), [
    ("tweets.js", b'window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "1", ', "cut or damaged"),
    ("outbox.json", b'{"@context":"https://www.w3.org/ns/activitystreams","type":"OrderedCollection","orderedItems":[{"type":"Create",',
     "cut or damaged"),
    ("export.xml", b'<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><title>x',
     "cannot be parsed"),
    ("ga4.csv", b"Session source / medium,Sessions\nt.co / referral,5\n", "Start date"),
    ("Content.csv", b'\xef\xbb\xbf"Time","Video title","Video link","Post time","Total likes"\n', "no data rows|no rows|holds no"),
])
def test_bad_input_gets_a_message(name, data, match):
    with pytest.raises(FileImportError, match=match):
        import_file(SourceFile(name, data))


def test_ga4_with_only_non_social_sessions_says_so():
    data = b"# Start date: 20250101\n# End date: 20250102\nSession source / medium,Sessions\ngoogle / cpc,10\n"
    with pytest.raises(FileImportError, match="none of its 10 sessions"):
        import_file(SourceFile("ga4.csv", data))


def test_fixture_writer_creates_detectable_files(tmp_path):
    paths = fx.write_all(tmp_path)
    for key, path in paths.items():
        f = _file(path)
        assert detect(f), key
    with zipfile.ZipFile(io.BytesIO(_built(fx.x_archive, zipped=True)[0].data)) as zf:
        assert "data/tweets.js" in zf.namelist()
