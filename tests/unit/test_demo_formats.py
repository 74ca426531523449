"""The demo in every platform's export format: each file is detected as its format and imports the right rows."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from lib.errors import FileImportError
from lib.importers import detect, import_file, registry
from lib.importers.base import SourceFile
from sample_data.formats import write_formats
from sample_data.generate import build

SAMPLE_DATA = Path(__file__).resolve().parents[2] / "sample_data"
FORMATS = SAMPLE_DATA / "platform_formats"
MANIFEST = json.loads((FORMATS / "MANIFEST.json").read_text(encoding="utf-8"))
# importers that only recognise a file to explain which file to import instead, or to refuse it (private
# messages, a personal Meta archive): the demo holds no such file
EXPLAIN_ONLY = {"x_archive_other", "mastodon_other", "tiktok_other", "private_messages", "meta_personal_archive"}


@pytest.fixture(scope="module")
def demo():
    return build()


def _source(path: str) -> SourceFile:
    p = FORMATS / path
    return SourceFile(name=p.name, data=p.read_bytes())


def _imported(path: str):
    [result] = import_file(_source(path))
    return result


def test_regenerating_reproduces_the_committed_files_byte_for_byte(tmp_path, demo):
    written = write_formats(demo, tmp_path)
    assert len(written) == len(MANIFEST) + 1
    for path in written:
        rel = path.relative_to(tmp_path)
        assert path.read_bytes() == (FORMATS / rel).read_bytes(), str(rel)


def test_every_importer_has_a_demo_file():
    keys = {imp.key for imp in registry.importers()}
    covered = {e["importer"] for e in MANIFEST} | {"canonical_csv"}
    assert keys - EXPLAIN_ONLY <= covered
    assert {e["importer"] for e in MANIFEST} <= keys


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["path"] for e in MANIFEST])
def test_each_file_is_detected_as_its_format_and_imports_its_rows(entry):
    f = _source(entry["path"])
    best, score = detect(f)[0]
    assert best.key == entry["importer"] and score >= 0.5
    if entry["rows"] is None:
        with pytest.raises(FileImportError):
            import_file(f)
        return
    result = _imported(entry["path"])
    assert (result.importer, result.platform, result.rows) == (entry["importer"], entry["platform"], entry["rows"])


def test_the_canonical_demo_files_are_detected_as_canonical_csv():
    for name in ("posts", "comments", "followers", "traffic"):
        data = (SAMPLE_DATA / f"{name}.csv").read_bytes()
        assert detect(SourceFile(f"{name}.csv", data))[0][0].key == "canonical_csv"


def _path(importer: str, contains: str = "") -> str:
    return next(e["path"] for e in MANIFEST if e["importer"] == importer and contains in e["path"])


def test_meta_posts_carry_the_demo_counts_and_times(demo):
    fb = demo.posts[demo.posts["platform"] == "facebook"]
    posts = _imported(_path("meta_posts", "facebook")).dataset.posts
    for col in ("reactions", "comments", "shares", "reach", "impressions"):
        assert posts[col].sum() == fb[col].sum(), col
    # Pacific wall-clock minutes read back as the same instants (seconds dropped by the export)
    got = posts.set_index(posts["post_id"])["published_at"].sort_values().to_numpy()
    want = fb["published_at"].dt.floor("min").sort_values().to_numpy()
    assert (got == want).all()
    ig = _imported(_path("meta_posts", "instagram")).dataset.posts
    assert ig["saves"].sum() == demo.posts.loc[demo.posts["platform"] == "instagram", "saves"].sum()
    assert set(ig["post_type"]) == {"photo", "carousel", "reel"}


def test_ga4_traffic_sums_back_to_the_demo_traffic(demo):
    traffic = _imported(_path("ga4_traffic")).dataset.traffic
    got = traffic.groupby("platform")[["sessions", "engaged_sessions", "conversions", "revenue"]].sum()
    want = demo.traffic.groupby("platform")[["sessions", "engaged_sessions", "conversions", "revenue"]].sum()
    pd.testing.assert_frame_equal(got[["sessions", "engaged_sessions", "conversions"]].astype("int64"),
                                  want[["sessions", "engaged_sessions", "conversions"]].astype("int64"))
    assert (abs(got["revenue"] - want["revenue"]) < 0.01).all()


def test_thread_formats_keep_the_brand_replies(demo):
    x = demo.comments[demo.comments["platform"] == "x"]
    x_posts = set(demo.posts.loc[demo.posts["platform"] == "x", "post_id"])
    archive = _imported(_path("x_archive"))
    assert archive.account == "FornoRossi"
    assert set(archive.dataset.comments["comment_id"]) == set(x.loc[x["is_brand"], "comment_id"])
    twcs = _imported(_path("support_threads")).dataset.comments
    assert int(twcs["is_brand"].sum()) == int(x["is_brand"].sum())
    assert set(twcs["post_id"]) <= x_posts  # every thread hangs under the brand post it answers
    assert set(twcs["parent_id"].dropna()) - set(twcs["comment_id"]) <= x_posts
    blog = _imported(_path("wordpress_wxr")).dataset.comments
    fb = demo.comments[demo.comments["platform"] == "facebook"]
    fb = fb[fb["post_id"].isin(set(demo.posts.loc[demo.posts["published_at"] >= "2026-08-01", "post_id"]))]
    assert int(blog["is_brand"].sum()) == int(fb["is_brand"].sum())
    assert blog["parent_id"].notna().sum() == fb["parent_id"].notna().sum()
    toots = _imported(_path("mastodon_outbox")).dataset
    assert toots.comments["is_brand"].all() and len(toots.comments) == int(x["is_brand"].sum())


def test_youtube_ids_survive_the_csv_injection_guard(demo):
    posts = _imported(_path("youtube_table")).dataset.posts
    want = set(demo.posts.loc[demo.posts["platform"] == "youtube", "post_id"])
    assert set(posts["post_id"]) == want and any(i.startswith("-") for i in want)
    assert b"\n -" in (FORMATS / _path("youtube_table")).read_bytes()
