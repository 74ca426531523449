"""Meta Business Suite (posts in 8 locales, daily series), legacy Facebook Insights and LinkedIn importers.

Synthetic fixtures (tests/fixtures/importers_core.py) run everywhere; the real exports in ../shared/samples are
checked when present, against row counts and sums found by reading the files independently (Python's csv
module, xlrd, openpyxl, awk) and written down here.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from lib.errors import FileImportError
from lib.importers import SourceFile, detect, import_file, import_paths
from lib.importers._tabular.sheets import _xlrd_sheets

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("importers_core_fixtures", ROOT / "tests" / "fixtures" / "importers_core.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)


def _one(name: str, data: bytes, **kw):
    [res] = import_file(SourceFile(name=name, data=data), **kw)
    return res


# ------------------------------------------------------------------------------------- Meta (synthetic)


@pytest.mark.parametrize("locale", sorted(fx.META_LOCALES))
def test_meta_posts_in_every_locale(locale):
    name, data, exp = fx.meta_posts(locale)
    res = _one(name, data)
    p = res.dataset.posts
    assert (res.importer, res.platform, res.account) == ("meta_posts", "facebook", "Forno Rossi")
    assert len(p) == exp["rows"]
    assert p["post_id"].tolist() == exp["ids"]  # 19-digit ids exact
    assert int(p["comments"].sum()) == exp["comments"]
    assert int(p["reactions"].sum()) == exp["reactions"]
    assert int(p["shares"].sum()) == exp["shares"] and int(p["shares"].isna().sum()) == exp["shares_null"]
    assert p["saves"].isna().all()  # the export has no saves column: null, not 0
    assert (p["post_type"] == "photo").all()
    assert "1 row without a readable publish time was skipped." in res.warnings


def test_meta_publish_time_is_taken_as_pacific_unless_a_zone_is_given():
    name, data, _ = fx.meta_posts("it", n=3)
    pacific = _one(name, data).dataset.posts["published_at"]
    rome = _one(name, data, tz="Europe/Rome").dataset.posts["published_at"]
    assert ((pacific - rome) == pd.Timedelta(hours=9)).all()  # early March 2026: PST (UTC-8) vs CET (UTC+1)


def test_meta_instagram_multipage_ragged_with_english_twins():
    name, data, exp = fx.meta_instagram_multipage()
    res = _one(name, data)
    p = res.dataset.posts
    assert res.platform == "instagram" and len(p) == exp["rows"]
    assert set(p["account"]) == exp["accounts"] and res.account is None
    assert int(p["reactions"].sum()) == exp["likes"]  # "Gilla-markeringar" are Instagram's reactions
    assert int(p["comments"].sum()) == exp["comments"] and int(p["saves"].sum()) == exp["saves"]
    assert set(p["post_type"]) == {"photo"}  # "IG-bild" and "IG image"


def test_meta_daily_breakdown_export_is_refused():
    header = ",".join(fx.META_LOCALES["en"])
    rows = [f"11,1,Forno,,Hi,03/01/2026 10:00,https://x/11,Photos,2026-03-0{d},10,5,1,0,0,0" for d in (1, 2)]
    with pytest.raises(FileImportError, match="daily breakdown"):
        _one("daily.csv", ("\n".join([header, *rows]) + "\n").encode())


def test_meta_daily_follows_become_followers_gained():
    name, data, exp = fx.meta_daily()
    res = _one(name, data)
    f = res.dataset.followers
    assert res.importer == "meta_daily" and res.tables == ["followers"]
    assert len(f) == exp["rows"] and int(f["gained"].sum()) == exp["sum"]
    assert f["followers"].isna().all() and f["date"].min() == pd.Timestamp(exp["first"])


def test_meta_daily_series_without_a_table_is_recognised_and_explained():
    name, data, _ = fx.meta_daily("Facebook visits")
    res = _one(name, data)
    assert res.importer == "meta_daily" and res.dataset.is_empty
    assert "does not store" in res.warnings[0]


# ----------------------------------------------------------------------- legacy Facebook + LinkedIn (synthetic)


def test_facebook_legacy_xml_spreadsheet():
    name, data, exp = fx.facebook_legacy()
    res = _one(name, data)
    p = res.dataset.posts
    assert res.importer == "facebook_legacy_insights" and len(p) == exp["rows"]
    assert p["post_id"].iloc[0] == exp["first_id"] and res.account == "97150433029"
    assert int(p["reach"].sum()) == exp["reach"] and int(p["reactions"].sum()) == exp["likes"]
    assert int(p["comments"].sum()) == exp["comments"]  # empty breakdown cells are 0 comments
    assert int(p["video_views"].sum()) == exp["video_views"]  # the "Total Count" twin, not the unique one
    assert p["text"].iloc[0] == "Post 0 & more"


def test_linkedin_content_xlsx_with_description_rows_and_reposts():
    name, data, exp = fx.linkedin_content_xlsx()
    res = _one(name, data)
    p = res.dataset.posts
    assert (res.importer, res.platform, res.account) == ("linkedin", "linkedin", exp["account"])
    assert p["post_id"].tolist() == exp["ids"]
    assert int(p["reactions"].sum()) == exp["likes"] and int(p["shares"].sum()) == exp["shares"]
    assert int(p["comments"].sum()) == exp["comments"]
    assert p["published_at"].iloc[0] == pd.Timestamp("2025-03-10", tz="UTC")
    assert any("sheet 'Metrics'" in w for w in res.warnings)


def test_linkedin_content_with_the_older_shares_header():
    name, data, exp = fx.linkedin_content_xlsx(reposts=False)
    assert int(_one(name, data).dataset.posts["shares"].sum()) == exp["shares"]


def test_linkedin_followers_xlsx():
    name, data, exp = fx.linkedin_followers_xlsx()
    res = _one(name, data)
    f = res.dataset.followers
    assert res.tables == ["followers"] and len(f) == exp["rows"] and int(f["gained"].sum()) == exp["gained"]


# ------------------------------------------------------------------------------------------ real samples

# file -> (importer, platform, table, rows, {column: sum}); sums from the csv module / xlrd / openpyxl / awk.
# Multi-page Meta files repeat some posts: rows are unique post ids (FB Riks 2,226 lines -> 2,211 posts,
# Insta riks 1,144 -> 1,085), keeping the copy with most counts filled.
SAMPLES = {
    "meta_facebook/pc_merchandise_2025/Sep-01-2025_Sep-30-2025_2855862537940540.csv":
        ("meta_posts", "facebook", "posts", 81,
         {"reactions": 1348, "comments": 260, "shares": 109, "reach": 167097, "impressions": 266909}),
    "meta_facebook/pro_efficient_data_entry_2025/Feb-01-2025_Mar-15-2025_613168031534769.csv":
        ("meta_posts", "facebook", "posts", 20, {"reactions": 0, "comments": 0, "reach": 34, "clicks": 3}),
    "meta_facebook/pc_merchandise_2025/page_level/Follows.csv":
        ("meta_daily", "facebook", "followers", 28, {"gained": 631}),
    "meta_facebook/legacy_insights_nplf_2020/Facebook Posts Q2.xls":
        ("facebook_legacy_insights", "facebook", "posts", 63, {}),
    "meta_sv_locale_sveriges_radio/FB Riks Jan-01-2026_Jan-31-2026_1909489173296485.csv":
        ("meta_posts", "facebook", "posts", 2211,
         {"reactions": 689207, "comments": 98622, "shares": 17400, "reach": 73451154, "impressions": 106691560}),
    "meta_sv_locale_sveriges_radio/FB Lokalt Feb-01-2026_Feb-28-2026_1604785490664309.csv":
        ("meta_posts", "facebook", "posts", 4260,
         {"reactions": 659876, "comments": 186036, "shares": 27746, "reach": 124109275, "impressions": 188182051}),
    "meta_sv_locale_sveriges_radio/Insta lokalt Jan-01-2026_Jan-31-2026_1527342251702424.csv":
        ("meta_posts", "instagram", "posts", 417,
         {"reactions": 164502, "comments": 4463, "shares": 52190, "saves": 11465, "reach": 8850844}),
    "meta_sv_locale_sveriges_radio/Insta riks Feb-01-2026_Feb-28-2026_1165513388845152.csv":
        ("meta_posts", "instagram", "posts", 1085,
         {"reactions": 1258764, "comments": 20746, "shares": 188580, "saves": 49707, "reach": 43922231}),
    "linkedin/nplf_2020/NPLF LinkedIn Q1.xls":
        ("linkedin", "linkedin", "posts", 10,
         {"impressions": 2551, "reactions": 101, "comments": 4, "shares": 5, "clicks": 55}),
    "linkedin/pro_efficient_data_entry_2025/pro-efficient-data-entry_content_1742193384396.xls":
        ("linkedin", "linkedin", "posts", 8, {"impressions": 310, "reactions": 8, "comments": 0, "clicks": 5}),
    "linkedin/pro_efficient_data_entry_2025/pro-efficient-data-entry_content_1742193384396.xlsx":
        ("linkedin", "linkedin", "posts", 8, {"impressions": 310, "reactions": 8, "comments": 0, "clicks": 5}),
    "linkedin/derived_women_in_ai_usa/women_in_ai_usa_followers.csv":
        ("linkedin", "linkedin", "followers", 365, {"gained": 2200}),
}
# recognised, but nothing in them has a canonical table: an empty import with a warning that says why
EXPLAINED_EMPTY = {
    "meta_facebook/pc_merchandise_2025/page_level/Interactions.csv": "meta_daily",
    "meta_facebook/pc_merchandise_2025/page_level/Link clicks.csv": "meta_daily",
    "meta_facebook/pc_merchandise_2025/page_level/Views.csv": "meta_daily",
    "meta_facebook/pc_merchandise_2025/page_level/Visits.csv": "meta_daily",
    "linkedin/nplf_2020/NPLF LinkedIn Q2.xls": "linkedin",
    "linkedin/derived_women_in_ai_usa/women_in_ai_usa_clean.csv": "linkedin",
}


@pytest.mark.parametrize("rel", sorted(SAMPLES))
def test_real_sample_imports_with_platform_table_rows_and_sums(samples, rel):
    importer, platform, table, rows, sums = SAMPLES[rel]
    path = samples / rel
    res = _one(path.name, path.read_bytes())
    frame = res.dataset.table(table)
    assert (res.importer, res.platform, res.tables) == (importer, platform, [table])
    assert len(frame) == rows
    for col, total in sums.items():
        assert int(frame[col].sum()) == total, col
    id_col = {"posts": "post_id"}.get(table)
    if id_col:
        assert frame[id_col].notna().all() and not frame[id_col].str.contains(r"[.eE+]").any()


@pytest.mark.parametrize("rel", sorted(EXPLAINED_EMPTY))
def test_real_sample_without_canonical_content_is_recognised_and_explained(samples, rel):
    path = samples / rel
    res = _one(path.name, path.read_bytes())
    assert res.importer == EXPLAINED_EMPTY[rel] and res.dataset.is_empty and res.warnings


def test_real_legacy_insights_counts(samples):
    path = samples / "meta_facebook/legacy_insights_nplf_2020/Facebook Posts Q2.xls"
    p = _one(path.name, path.read_bytes()).dataset.posts
    first = p.set_index("post_id").loc["97150433029_10157586960253030"]
    # row 3 of "Key Metrics" and of "Lifetime Post Stories by action type"
    assert (first["reach"], first["impressions"]) == (640, 699)
    assert (first["shares"], first["reactions"], first["comments"]) == (5, 65, 17)
    assert first["published_at"] == pd.Timestamp("2020-09-22 14:07:36", tz="UTC")  # 07:07:36 Pacific (PDT)


def test_real_swedish_multipage_keeps_each_page_and_english_twins(samples):
    path = samples / "meta_sv_locale_sveriges_radio/FB Riks Jan-01-2026_Jan-31-2026_1909489173296485.csv"
    p = _one(path.name, path.read_bytes()).dataset.posts.set_index("post_id")
    # a 42-field row whose id and views are only in the English twins "Post ID" and "Views"
    row = p.loc["1284581316810385"]
    assert row["account"] == "Klassisk morgon i P2" and row["impressions"] == 42160
    assert p["account"].nunique() == 39


def test_whole_sample_folders_import_in_one_go(samples):
    results = import_paths([samples / "meta_facebook", samples / "meta_sv_locale_sveriges_radio",
                            samples / "linkedin"])
    assert len(results) == len(SAMPLES) + len(EXPLAINED_EMPTY)


def test_real_samples_are_detected_by_content_not_name(samples):
    path = samples / "meta_sv_locale_sveriges_radio/Insta lokalt Jan-01-2026_Jan-31-2026_1527342251702424.csv"
    ranked = detect(SourceFile(name="renamed.csv", data=path.read_bytes()))
    assert ranked[0][0].key == "meta_posts" and ranked[0][1] >= 0.9


def test_meta_english_instagram_export():
    header = ("Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,"
              "Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves")
    rows = ["17983250327943045,17841401044357964,fornorossi,Forno Rossi,\"Pane\nfresco\",0,01/05/2026 04:13,"
            "https://www.instagram.com/p/A/,IG reel,,Lifetime,5665,3264,22,9,0,3,4",
            "17983250327943046,17841401044357964,fornorossi,Forno Rossi,Ciao?,0,01/06/2026 10:00,"
            "https://www.instagram.com/p/B/,IG carousel,,Lifetime,100,80,5,,1,0,"]
    res = _one("ig.csv", ("\ufeff" + "\n".join([header, *rows]) + "\n").encode())
    p = res.dataset.posts
    assert (res.platform, res.account) == ("instagram", "fornorossi")
    assert p["reactions"].tolist() == [22, 5] and p["saves"].isna().tolist() == [False, True]
    assert p["post_type"].tolist() == ["reel", "carousel"] and p["is_question"].tolist() == [False, True]
    assert p["published_at"].iloc[0] == pd.Timestamp("2026-01-05 12:13", tz="UTC")


def test_biff_fallback_reads_the_same_cells_as_calamine(samples):
    from lib.importers import _tabular as tab

    path = samples / "linkedin/nplf_2020/NPLF LinkedIn Q1.xls"
    f = SourceFile(name=path.name, data=path.read_bytes())
    by_calamine, by_xlrd = tab.sheets(f), _xlrd_sheets(f)
    assert list(by_xlrd) == list(by_calamine)
    a, b = by_calamine["Update Engagement"], by_xlrd["Update Engagement"]
    assert [tab.cell_text(c) for c in a[2]] == [tab.cell_text(c) for c in b[2]]


def test_meta_headers_in_an_unknown_wording_are_read_by_content_and_stems():
    header = ["ID de publicación", "ID de página", "Nombre de la página", "Título", "Descripción",
              "Fecha y hora de publicación", "Vínculo permanente", "Tipo", "Fecha", "Visualizaciones", "Alcance",
              "Alcance orgánico", "Reacciones", "Comentarios", "Veces compartido"]
    rows = [[str(1_234_567_890_123_456_700 + i), "100064197037125", "Forno Rossi", "", f"Hola {i}",
             f"03/{i + 1:02d}/2026 10:00", f"https://www.facebook.com/fornorossi/posts/{i}", "Fotos",
             "Toda la vida", 100 + i, 50 + i, 40, 7, i, 2] for i in range(6)]
    data = ("\ufeff" + "\n".join(",".join(map(str, r)) for r in [header, *rows]) + "\n").encode()
    f = SourceFile(name="export.csv", data=data)
    assert detect(f)[0][0].key == "meta_posts" and detect(f)[0][1] == 0.6
    res = _one("export.csv", data)
    p = res.dataset.posts
    assert (res.platform, res.account, len(p)) == ("facebook", "Forno Rossi", 6)
    assert p["post_id"].iloc[0] == "1234567890123456700"
    assert int(p["reach"].sum()) == sum(50 + i for i in range(6))  # "Alcance", not "Alcance orgánico"
    assert int(p["comments"].sum()) == sum(range(6)) and int(p["shares"].sum()) == 12
    assert int(p["reactions"].sum()) == 42 and int(p["impressions"].sum()) == sum(100 + i for i in range(6))
    assert any("wording Conversa does not know" in w for w in res.warnings)


@pytest.mark.parametrize("layout", ["primary", "metric", "columns", "bare"])
def test_meta_daily_every_series_block_goes_to_its_platform(layout):
    name, data, exp = fx.meta_daily_blocks(layout)
    res = _one(name, data)
    f = res.dataset.followers
    assert res.importer == "meta_daily"
    for platform in ("facebook", "instagram"):
        rows = f[f["platform"] == platform]
        assert len(rows) == (exp["days"] if exp[platform] else 0), platform
        assert int(rows["gained"].sum()) == exp[platform], platform
    assert not any("repeat" in w for w in res.warnings)


def test_meta_daily_without_metric_name_is_explained_not_guessed():
    name, data, exp = fx.meta_daily_blocks("unnamed")
    res = _one(name, data)
    assert res.importer == "meta_daily" and res.dataset.is_empty
    assert "metric name line" in res.warnings[0] and str(exp["days"]) in res.warnings[0]
