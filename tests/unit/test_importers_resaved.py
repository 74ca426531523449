"""Re-saved exports: any supported CSV export written back by a spreadsheet imports to the same tables.

The property: for every CSV export Conversa reads (synthetic, seeded, in each platform's own layout), the
file saved as ``.xlsx`` (dates as date cells, numbers as numbers, plus a notes sheet), as ``;`` CSV with decimal
commas and ``DD.MM.YYYY`` dates, and as UTF-16 tab-separated text gives exactly the canonical tables of the
original. Detection looks at the content, never at the container or the file name.
"""

from __future__ import annotations

import io

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lib.errors import FileImportError
from lib.importers import SourceFile, import_file
from tests.fixtures import importers_core as core
from tests.fixtures import importers_platforms as plat
from tests.fixtures import resave

BUILDERS = {
    **{f"meta_posts_{loc}": (lambda seed, loc=loc: core.meta_posts(loc, seed=seed)) for loc in core.META_LOCALES},
    "meta_daily": lambda seed: core.meta_daily(seed=seed),
    "meta_daily_blocks": lambda seed: core.meta_daily_blocks("primary", seed=seed),
    "canonical_comments": lambda seed: core.canonical_comments(seed=seed),
    "x_tweet_activity": lambda seed: plat.x_tweet_activity(seed=seed),
    "x_content": lambda seed: plat.x_content(seed=seed),
    "x_content_later": lambda seed: plat.x_content(later_header=True, seed=seed),
    "x_overview": lambda seed: plat.x_overview(seed=seed),
    "youtube_table": lambda seed: plat.youtube_table(seed=seed),
    "youtube_totals": lambda seed: plat.youtube_totals(seed=seed),
    "tiktok_content": lambda seed: plat.tiktok_content(seed=seed),
    "tiktok_followers": lambda seed: plat.tiktok_followers(seed=seed),
    "ga4": lambda seed: plat.ga4(seed=seed),
}
RESAVES = {"xlsx": (resave.as_xlsx, ".xlsx"), "semicolon": (resave.as_semicolon_csv, ".csv"),
           "utf16_tsv": (resave.as_utf16_tsv, ".txt")}


def _tables(results) -> dict[str, pd.DataFrame]:
    out: dict[str, list[pd.DataFrame]] = {}
    for r in results:
        for t in r.tables:
            out.setdefault(t, []).append(r.dataset.table(t))
    return {t: pd.concat(v, ignore_index=True) for t, v in out.items()}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(builder=st.sampled_from(sorted(BUILDERS)), seed=st.integers(0, 10_000), kind=st.sampled_from(sorted(RESAVES)))
def test_resaved_export_imports_to_the_same_canonical_tables(builder, seed, kind):
    name, data, _ = BUILDERS[builder](seed)
    original = _tables(import_file(SourceFile(name, data)))
    write, suffix = RESAVES[kind]
    again = _tables(import_file(SourceFile("export" + suffix, write(data))))
    assert again.keys() == original.keys()
    for table, frame in original.items():
        pd.testing.assert_frame_equal(again[table], frame)


@pytest.mark.parametrize("builder", sorted(BUILDERS))
def test_every_export_survives_every_resave(builder):
    name, data, _ = BUILDERS[builder](7)
    original = _tables(import_file(SourceFile(name, data)))
    for kind, (write, suffix) in RESAVES.items():
        again = _tables(import_file(SourceFile("export" + suffix, write(data))))
        assert again.keys() == original.keys(), kind
        for table, frame in original.items():
            pd.testing.assert_frame_equal(again[table], frame, obj=f"{kind} {table}")


def test_extra_sheet_is_skipped_with_a_warning_and_named():
    name, data, exp = core.meta_posts("en")
    results = import_file(SourceFile("posts.xlsx", resave.as_xlsx(data)))
    assert [r.importer for r in results] == ["meta_posts"] and len(results[0].dataset.posts) == exp["rows"]
    assert results[0].source == "posts.xlsx (sheet Export)"
    assert any("My notes" in w and w.startswith("Skipped") for w in results[0].warnings)


def test_resaved_ods_is_read_by_content():
    name, data, exp = core.meta_posts("it")
    original = _tables(import_file(SourceFile(name, data)))
    again = _tables(import_file(SourceFile("post.ods", resave.as_ods(data))))
    pd.testing.assert_frame_equal(again["posts"], original["posts"])
    assert len(again["posts"]) == exp["rows"]


def test_excel_serial_dates_are_read_as_dates():
    name, data, exp = core.meta_posts("en")
    original = import_file(SourceFile(name, data))[0].dataset.posts
    frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
    when = pd.to_datetime(frame["Publish time"], format="%m/%d/%Y %H:%M")
    frame["Publish time"] = ((when - pd.Timestamp("1899-12-30")) / pd.Timedelta(days=1)).round(6).astype(str)
    again = import_file(SourceFile("posts.csv", frame.to_csv(index=False).encode()))[0].dataset.posts
    pd.testing.assert_series_equal(again["published_at"], original["published_at"])


def test_workbook_with_no_export_in_any_sheet_is_refused():
    book = resave.as_xlsx(b"colour,size\nred,4\n", extra_sheet=True)
    with pytest.raises(FileImportError, match="not an export Conversa recognises"):
        import_file(SourceFile("notes.xlsx", book))


@pytest.mark.parametrize("rel", [
    "meta_facebook/pc_merchandise_2025/Sep-01-2025_Sep-30-2025_2855862537940540.csv",
    "meta_facebook/pc_merchandise_2025/page_level/Follows.csv",
    "x_twitter/kaiadevintern_account_analytics_content_2024-12-22_2025-03-22.csv",
    "youtube/timaghostresonance/Table data.csv",
])
def test_real_export_resaved_keeps_its_rows_and_sums(samples, rel):
    data = (samples / rel).read_bytes()
    original = _tables(import_file(SourceFile(rel.rsplit("/", 1)[-1], data)))
    for kind, (write, suffix) in RESAVES.items():
        again = _tables(import_file(SourceFile("resaved" + suffix, write(data))))
        for table, frame in original.items():
            pd.testing.assert_frame_equal(again[table], frame, obj=f"{kind} {table}")
