"""YouTube Studio exports in six interface languages (and as the zip Studio downloads); TikTok business exports.

Figures come from the seeded builders in tests/fixtures/studio_exports.py, which compute them from the values
they write; the real samples are checked against numbers counted with Python's csv module.
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
from lib.importers.base import SourceFile
from lib.importers.youtube import fold

_spec = importlib.util.spec_from_file_location(
    "studio_exports_fixtures", Path(__file__).resolve().parents[1] / "fixtures" / "studio_exports.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

LANGS = ["en", "it", "de", "es", "fr", "pt"]


def _built(builder, *args, **kw):
    name, data, figures = builder(*args, **kw)
    return SourceFile(name, data), figures


def _one(f: SourceFile):
    results = import_file(f)
    assert len(results) == 1
    return results[0]


def _sum(frame: pd.DataFrame, col: str) -> int:
    assert frame[col].notna().any(), f"{col} is all null"
    return int(frame[col].sum())


def test_fold_removes_soft_hyphens_accents_and_case():
    assert fold(f"Veröffentlichungs{fx.SHY}zeitpunkt des Videos") == "veroffentlichungszeitpunkt des videos"
    assert fold(" Título do vídeo ") == "titulo do video"


@pytest.mark.parametrize("lang", LANGS)
def test_table_data_in_each_language(lang):
    f, fig = _built(fx.youtube_table, lang)
    res = _one(f)
    assert res.importer == "youtube_table"
    p = res.dataset.posts
    assert len(p) == fig["rows"]  # Total row and the note line are not videos
    for col in ("video_views", "reactions", "comments", "shares", "impressions"):
        assert _sum(p, col) == fig[col], col
    assert fig["dash_id"] in set(p["post_id"]) and not p["post_id"].str.startswith(" ").any()
    assert sorted(p["published_at"].dt.date) == fig["days"]
    assert (p["published_at"].dt.hour == 12).all()  # a date without a time: noon UTC
    note = [w for w in res.warnings if w.startswith("YouTube's note")]
    assert len(note) == 1 and fx.YOUTUBE[lang]["note"] in note[0]


@pytest.mark.parametrize("lang", LANGS)
def test_totals_gained_and_lost_in_each_language(lang):
    f, fig = _built(fx.youtube_totals, lang)
    d = _one(f).dataset.followers
    assert len(d) == fig["rows"] and set(d["platform"]) == {"youtube"}
    assert (_sum(d, "gained"), _sum(d, "lost")) == (fig["gained"], fig["lost"])


def test_totals_with_only_subscribers_is_the_net_change():
    f, fig = _built(fx.youtube_totals, "it", net_only=True)
    res = _one(f)
    d = res.dataset.followers.sort_values("date")
    assert (d["gained"].astype(int) - d["lost"].astype(int)).tolist() == fig["net"]
    assert ((d["gained"] == 0) | (d["lost"] == 0)).all()  # a day is a gain or a loss, never both
    assert (_sum(d, "gained"), _sum(d, "lost")) == (fig["gained"], fig["lost"])
    assert any("net change" in w for w in res.warnings)


def test_net_subscribers_hand_checked():
    data = b"Date,Views,Subscribers\n2025-01-01,10,3\n2025-01-02,4,-2\n2025-01-03,0,0\n"
    d = _one(SourceFile("Totals.csv", data)).dataset.followers.sort_values("date")
    assert d["gained"].tolist() == [3, 0, 0] and d["lost"].tolist() == [0, 2, 0]


@pytest.mark.parametrize("lang", ["de", "pt", "fr"])
def test_chart_data_in_each_language_is_explained(lang):
    f, _ = _built(fx.youtube_chart, lang)
    assert detect(f)[0][0].key == "youtube_chart"
    with pytest.raises(FileImportError, match="Table data"):
        import_file(f)


@pytest.mark.parametrize("lang", ["de", "pt", "en"])
def test_the_zip_studio_downloads(lang):
    f, fig = _built(fx.youtube_zip, lang)
    results = import_file(f)
    by_key = {r.importer: r for r in results}
    assert set(by_key) == {"youtube_table", "youtube_totals"}
    assert _sum(by_key["youtube_table"].dataset.posts, "video_views") == fig["table"]["video_views"]
    d = by_key["youtube_totals"].dataset.followers
    assert (_sum(d, "gained"), _sum(d, "lost")) == (fig["totals"]["gained"], fig["totals"]["lost"])
    skipped = [w for r in results for w in r.warnings if w.startswith("Skipped")]
    assert len(skipped) == 1 and fx.YOUTUBE[lang]["chart"] in skipped[0]


def test_localized_table_without_the_note_has_no_note_warning():
    f, _ = _built(fx.youtube_table, "es", note=False)
    assert not any(w.startswith("YouTube's note") for w in _one(f).warnings)


def test_real_youtube_samples_still_read_in_a_zip(samples):
    folder = samples / "youtube/priyankapatel05"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in ("Chart data.csv", "Table data.csv", "Totals.csv"):
            zf.write(folder / name, name)
    results = import_file(SourceFile("Content 2025-06-13_2025-07-22 priyanka.zip", buf.getvalue()))
    assert [(r.importer, r.rows) for r in results] == [("youtube_table", {"posts": 442})]
    assert _sum(results[0].dataset.posts, "video_views") == 153235
    assert results[0].dataset.posts["published_at"].min() >= pd.Timestamp(dt.date(2020, 1, 1), tz="UTC")


# ------------------------------------------------------------------------------------------ TikTok business side


@pytest.mark.parametrize("stamp", sorted(fx.TIKTOK_STAMPS))
def test_tiktok_business_video_list_with_full_timestamps(stamp):
    f, fig = _built(fx.tiktok_videos, stamp)
    res = _one(f)
    assert res.importer == "tiktok_content" and res.account == "acme.biz"
    p = res.dataset.posts
    assert len(p) == fig["rows"]
    for col in ("reactions", "comments", "shares", "video_views"):
        assert _sum(p, col) == fig[col], col
    assert sorted(p["published_at"].dt.tz_localize(None)) == [pd.Timestamp(t) for t in fig["times"]]
    assert fig["first_id"] in set(p["post_id"])
    assert not any("no year" in w for w in res.warnings)


def test_tiktok_business_timestamps_hand_checked_and_zone():
    data = (b'"Video ID","Video link","Post time","Likes","Comments","Shares","Views"\n'
            b'"7001","https://www.tiktok.com/@shop/video/7001","2025/10/31 18:19:10","5","2","1","90"\n'
            b'"7002","https://www.tiktok.com/@shop/video/7002","31/10/2025 18:19","3","0","0","10"\n')
    res = import_file(SourceFile("videos.csv", data), tz="Europe/Rome")[0]
    p = res.dataset.posts.set_index("post_id")
    assert p.loc["7001", "published_at"] == pd.Timestamp("2025-10-31 17:19:10", tz="UTC")  # CET = UTC+1
    assert p.loc["7002", "published_at"] == pd.Timestamp("2025-10-31 17:19", tz="UTC")
    assert (int(p["reactions"].sum()), int(p["comments"].sum()), int(p["video_views"].sum())) == (8, 2, 100)


def test_tiktok_business_followers_new_and_lost():
    f, fig = _built(fx.tiktok_business_followers)
    res = _one(f)
    d = res.dataset.followers
    assert res.importer == "tiktok_followers" and len(d) == fig["rows"]
    assert (_sum(d, "gained"), _sum(d, "lost")) == (fig["gained"], fig["lost"])
    assert int(d.sort_values("date")["followers"].iloc[-1]) == fig["last"]
    assert d["date"].min() == pd.Timestamp("2025-10-25")
