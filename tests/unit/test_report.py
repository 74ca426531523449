"""The Excel report read back with openpyxl: sheets, formats, charts, links, safe text, Italian, anonymized."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import shutil
import subprocess

import pandas as pd
import pytest
from openpyxl import load_workbook

from lib.kpis.catalog import KPIS, SCALAR_KEYS
from lib.kpis.model import Change, KpiReport, Period
from lib.kpis.texts import describe
from lib.report import build_workbook

HOSTILE = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1+1",
           "ok\x00\x07 fine", "<script>alert(1)</script>", "=1", "＝1"]
GENERATED = dt.datetime(2025, 4, 2, 9, 30)
AREA_SHEETS = ["Conversations", "Community", "Content", "Audience", "Channels"]
SHEETS_EN = ["Cover", "Summary", *AREA_SHEETS, "Posts", "Definitions", "Data notes"]
SHEETS_IT = ["Copertina", "Sintesi", "Conversazioni", "Comunità", "Contenuti", "Pubblico", "Canali", "Post",
             "Definizioni", "Note sui dati"]


def hand_report() -> KpiReport:
    """A small KpiReport built by hand: a few KPIs, one unavailable, tables with hostile user text."""
    period = Period.with_previous(dt.date(2025, 3, 1), dt.date(2025, 3, 31), tz="Europe/Rome")
    overall = dict.fromkeys(SCALAR_KEYS)
    overall.update(posts=12, comments=340, conversation_rate_per_post=28.33, brand_response_rate=0.42,
                   brand_response_time_median_h=5.5, silent_post_share=0.25, followers_end=12_345,
                   social_revenue=1234.5)
    previous = dict(overall, posts=10, comments=200, conversation_rate_per_post=20.0, brand_response_rate=0.5,
                    brand_response_time_median_h=3.0, silent_post_share=0.1)
    unavailable = {k: "needs a reach column" for k, v in overall.items() if v is None}
    changes = {
        "posts": Change(2, 0.2, None),
        "comments": Change(140, 0.7, True),
        "conversation_rate_per_post": Change(8.33, 0.4165, True),
        "brand_response_rate": Change(-0.08, -0.16, False),
        "brand_response_time_median_h": Change(2.5, 0.8333, False),
        "silent_post_share": Change(0.15, 1.5, False),
    }
    utc = "UTC"
    posts = pd.DataFrame({
        "rank": [1, 2, 3, len(HOSTILE)],
        "platform": ["facebook", "instagram", "facebook", "x"],
        "published_at": pd.to_datetime(["2025-03-02T23:30:00Z", "2025-03-05T10:00:00Z", "2025-03-07T08:15:00Z",
                                        "2025-03-30T22:59:00Z"], utc=True).astype(f"datetime64[us, {utc}]"),
        "text": [HOSTILE[0], HOSTILE[1], "Do you like it?", HOSTILE[4]],
        "permalink": ["https://facebook.com/p/1", "javascript:alert(1)", "https://instagram.com/p/3", None],
        "comments": pd.array([120, 80, 0, None], dtype="Int64"),
        "reactions": pd.array([1500, 900, 12, 3], dtype="Int64"),
    })
    commenters = pd.DataFrame({"author_name": [HOSTILE[3], "Maria Rossi", "-Bob"],
                               "author_pseudonym": ["Commenter 1", "Commenter 2", "Commenter 3"],
                               "author_id": ["u1", "u2", "u3"], "comments": [30, 12, 4], "posts": [9, 5, 2]})
    tables = {
        "posts_ranked": posts,
        "brand_response_time_histogram": pd.DataFrame({"bucket": ["<1 h", "1-4 h", "4-24 h", "1-3 d", ">3 d"],
                                                       "comments": [10, 22, 15, 3, 1]}),
        "commenters": commenters,
        "comment_examples": pd.DataFrame({"author_name": ["Maria Rossi", HOSTILE[2]],
                                          "author_pseudonym": ["Commenter 2", "Commenter 4"],
                                          "text": [HOSTILE[5], HOSTILE[6]], "kind": ["substantive", "generic"]}),
        "lorenz": pd.DataFrame({"commenters_share": [0.0, 0.5, 1.0], "comments_share": [0.0, 0.2, 1.0]}),
        "daily": pd.DataFrame({"date": pd.to_datetime(["2025-03-01", "2025-03-01", "2025-03-02"]),
                               "platform": ["facebook", "instagram", "facebook"],
                               "followers": [1000, 500, 1010], "gained": [5, 2, 10]}),
        "channel_scorecard": pd.DataFrame({"platform": ["facebook", "instagram"],
                                           "conversation_rate_per_1k_followers": [0.8, 1.2],
                                           "verdict": ["keep", HOSTILE[7]]}),
        "conversation_starts": pd.DataFrame({"weekday": [0, 0, 1], "hour": [9, 10, 9], "conversations": [3, 1, 4]}),
    }
    return KpiReport(period=period, overall=overall, previous=previous,
                     by_platform={"facebook": {"posts": 8, "brand_response_rate": 0.5},
                                  "instagram": {"posts": 4, "brand_response_rate": 0.25}},
                     previous_by_platform={}, unavailable=unavailable,
                     unavailable_by_platform={"instagram": {"reach": "the export has no reach"}},
                     tables=tables, changes=changes, platforms=("facebook", "instagram"),
                     notes=(HOSTILE[8],))


SOURCES = [{"file": HOSTILE[9] + ".csv", "platform": "facebook", "format": "Meta Business Suite CSV", "rows": 4,
            "first_date": "2025-03-01", "last_date": "2025-03-31", "warnings": [HOSTILE[0]]}]


@pytest.fixture(scope="module")
def workbook_bytes() -> bytes:
    return build_workbook(hand_report(), settings={"client_name": "=Acme", "currency": "EUR"}, lang="en",
                          sources=SOURCES, generated_at=GENERATED)


@pytest.fixture(scope="module")
def wb(workbook_bytes):
    return load_workbook(io.BytesIO(workbook_bytes))


def _cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield ws, cell


def test_sheet_names(wb):
    assert wb.sheetnames == SHEETS_EN


def test_no_formula_anywhere_and_hostile_text_kept_as_text(wb):
    cells = list(_cells(wb))
    assert [c.coordinate for _, c in cells if c.data_type == "f"] == []
    values = {c.value for _, c in cells}
    for text in ("+1", "-2+3", "@SUM(A1)", "\t=1", "=Acme", "<script>alert(1)</script>", HOSTILE[0]):
        assert text in values, text
    assert "ok fine" in values  # control characters removed
    flagged = [c for _, c in cells if isinstance(c.value, str) and c.value.lstrip()[:1] in "=+-@"]
    assert flagged and all(c.quotePrefix for c in flagged)


def test_summary_formats_and_unavailable(wb):
    ws = wb["Summary"]
    labels = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1)}
    row = labels[describe("brand_response_rate").label]
    assert ws.cell(row, 2).value == pytest.approx(0.42)
    assert ws.cell(row, 2).number_format == "0.0%"
    assert ws.cell(row, 5).value == pytest.approx(-0.16)
    assert "▼" in ws.cell(row, 5).number_format
    assert ws.cell(row, 5).font.color.rgb.endswith("B91C1C")  # worse: red
    hours = labels[describe("brand_response_time_median_h").label]
    assert ws.cell(hours, 2).number_format == '#,##0.0 "h"'
    reach = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 8).value == describe("reach").label][0]
    assert ws.cell(reach, 9).value is None
    assert ws.cell(reach, 13).value == "n/a: needs a reach column"
    assert ws.freeze_panes is not None


def test_area_sheets_have_native_charts(wb):
    for name in AREA_SHEETS:
        assert len(wb[name]._charts) >= 1, name
    conversations = wb["Conversations"]._charts[0]
    assert conversations.tagname == "barChart"
    assert "Conversations" in conversations.series[0].val.numRef.f


def test_posts_sheet_links_dates_and_filter(wb):
    ws = wb["Posts"]
    header = [c.value for c in ws[2]]
    assert header[:2] == ["Rank", "Platform"]
    link_col = header.index("Link") + 1
    date_col = header.index("Published") + 1
    assert ws.cell(3, link_col).hyperlink.target == "https://facebook.com/p/1"
    assert ws.cell(4, link_col).hyperlink is None  # javascript: is never a link
    assert ws.cell(4, link_col).value == "javascript:alert(1)"
    # 23:30 UTC on 2 March is 00:30 on 3 March in Rome, written as a naive local time
    assert ws.cell(3, date_col).value == dt.datetime(2025, 3, 3, 0, 30)
    assert ws.cell(3, date_col).number_format == "yyyy-mm-dd hh:mm"
    assert ws.cell(3, header.index(describe("comments").label) + 1).number_format == "#,##0"
    assert ws.auto_filter.ref == f"A2:{chr(64 + len(header))}6"
    assert ws.freeze_panes == "B3"
    assert ws.print_title_rows == "$2:$2"
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage


def test_missing_tables_say_so(wb):
    ws = wb["Content"]
    assert "No data for this table in this period." in [c.value for row in ws.iter_rows() for c in row]


def test_data_notes_list_sources_warnings_and_unavailable(wb):
    values = [c.value for row in wb["Data notes"].iter_rows() for c in row if c.value is not None]
    assert "＝1.csv" in values
    assert "the export has no reach" in values
    assert "Days and hours are in the time zone Europe/Rome." in values


def _digest(ws, rows: int = 12) -> str:
    parts = []
    for row in ws.iter_rows(min_row=1, max_row=rows, values_only=True):
        parts.append("|".join("" if v is None else str(v) for v in row).rstrip("|"))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


# Regenerate deliberately: print({ws.title: _digest(ws) for ws in wb.worksheets}) and paste.
# (they change when the KPI texts or findings change wording; check the new first rows before pasting)
EXPECTED_DIGESTS = {
    "Cover": "00dbb8394c82b988", "Summary": "a4f9d8af144491c6", "Conversations": "dfc919d847757ec4",
    "Community": "31d8d7864039c8cf", "Content": "ae12490e8235bfd2", "Audience": "a4c7d8a2c5566540",
    "Channels": "29227bb06a8bd584", "Posts": "e16ffcbec7e26981", "Definitions": "64ed867c65696fcf",
    "Data notes": "d7e219c020a651c6",
}


def test_snapshot_of_first_rows(wb):
    got = {ws.title: _digest(ws) for ws in wb.worksheets}
    assert got == EXPECTED_DIGESTS


def test_italian():
    wb = load_workbook(io.BytesIO(build_workbook(hand_report(), lang="it", generated_at=GENERATED)))
    assert wb.sheetnames == SHEETS_IT
    assert wb["Sintesi"]["A3"].value == "Qualità (il dato principale)"
    assert wb["Copertina"]["A3"].value == "Periodo"
    assert wb["Copertina"]["B3"].value == "dal 1 mar 2025 al 31 mar 2025"


def test_anonymize_puts_pseudonyms_in_the_workbook():
    data = build_workbook(hand_report(), anonymize=True, generated_at=GENERATED)
    wb = load_workbook(io.BytesIO(data))
    values = {c.value for _, c in _cells(wb)}
    assert "Maria Rossi" not in values
    assert "u1" not in values
    assert any(isinstance(v, str) and v.startswith("Commenter ") for v in values)


def test_definitions_cover_every_kpi(wb):
    ws = wb["Definitions"]
    assert ws.max_row - 2 == len(KPIS)


def test_logo_on_cover():
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (400, 100), "teal").save(png, format="PNG")
    data = build_workbook(hand_report(), settings={"logo": png.getvalue(), "client_name": "Acme"},
                          generated_at=GENERATED)
    wb = load_workbook(io.BytesIO(data))
    assert len(wb["Cover"]._images) == 1
    bad = load_workbook(io.BytesIO(build_workbook(hand_report(), settings={"logo": b"not an image"})))
    assert len(bad["Cover"]._images) == 0


def small_dataset():
    """Two days of one Facebook page: three posts, a brand reply, hostile commenter names and texts."""
    from lib.dataset import Dataset

    posts = pd.DataFrame({
        "platform": "facebook", "account": "forno", "post_id": ["p1", "p2", "p3"],
        "published_at": ["2025-03-01T09:00:00Z", "2025-03-01T18:00:00Z", "2025-03-02T12:00:00Z"],
        "post_type": "photo", "text": ["Fresh bread today?", HOSTILE[0], "Closed on Monday"],
        "permalink": ["https://facebook.com/forno/posts/1", "https://facebook.com/forno/posts/2", None],
        "reactions": [40, 10, 5], "comments": [3, 1, 0], "shares": [2, 0, 1]})
    comments = pd.DataFrame({
        "platform": "facebook", "account": "forno", "comment_id": ["c1", "c2", "c3", "c4"],
        "post_id": ["p1", "p1", "p1", "p2"], "parent_id": [None, "c1", "c1", None],
        "author_id": ["u1", "forno", "u1", "u2"], "author_name": ["Maria Rossi", "Forno", "Maria Rossi", HOSTILE[1]],
        "is_brand": [False, True, False, False],
        "created_at": ["2025-03-01T10:00:00Z", "2025-03-01T11:00:00Z", "2025-03-01T12:00:00Z", "2025-03-01T19:00:00Z"],
        "text": ["Is there whole wheat bread today as well?", "Yes, until noon!", HOSTILE[4], HOSTILE[3]]})
    followers = pd.DataFrame({"platform": "facebook", "account": "forno", "date": ["2025-03-01", "2025-03-02"],
                              "followers": [1000, 1010], "gained": [5, 12], "lost": [0, 2]})
    return Dataset.from_frames(posts=posts, comments=comments, followers=followers)


def test_real_report_from_compute():
    from lib.kpis import compute

    report = compute(small_dataset(), Period.with_previous(dt.date(2025, 3, 1), dt.date(2025, 3, 2), tz="Europe/Rome"))
    for anonymize in (False, True):
        wb = load_workbook(io.BytesIO(build_workbook(report, lang="it", anonymize=anonymize, generated_at=GENERATED)))
        assert wb.sheetnames == SHEETS_IT
        cells = list(_cells(wb))
        assert [c.coordinate for _, c in cells if c.data_type == "f"] == []
        values = {c.value for _, c in cells}
        assert ("Maria Rossi" in values) is not anonymize
        assert "+1" in values or anonymize
        posts = wb["Post"]
        links = [c.hyperlink.target for row in posts.iter_rows() for c in row if c.hyperlink]
        assert links == ["https://facebook.com/forno/posts/1", "https://facebook.com/forno/posts/2"]
        for name in SHEETS_IT[2:7]:
            assert len(wb[name]._charts) >= 1, name


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice missing")
def test_libreoffice_converts_to_pdf(tmp_path, workbook_bytes):
    src = tmp_path / "report.xlsx"
    src.write_bytes(workbook_bytes)
    office = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=240,
                   env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    pdf = tmp_path / "report.pdf"
    assert pdf.exists() and pdf.read_bytes()[:4] == b"%PDF"
    assert pdf.stat().st_size > 5_000


def test_chart_images_beside_native_charts():
    pytest.importorskip("vl_convert")
    wb = load_workbook(io.BytesIO(build_workbook(hand_report(), chart_images=True, generated_at=GENERATED)))
    conversations = wb["Conversations"]
    assert len(conversations._charts) >= 1
    assert len(conversations._images) >= 1
    assert conversations._images[0].width <= 520


def test_links_beyond_excels_limit_stay_text(monkeypatch):
    import lib.report.workbook as workbook

    monkeypatch.setattr(workbook, "MAX_LINKS", 1)  # Excel's real limit (65,530 per sheet) scaled down
    wb = load_workbook(io.BytesIO(build_workbook(hand_report(), generated_at=GENERATED)))
    ws = wb["Posts"]
    links = [c for row in ws.iter_rows() for c in row if c.hyperlink]
    assert [c.hyperlink.target for c in links] == ["https://facebook.com/p/1"]
    assert "https://instagram.com/p/3" in {c.value for row in ws.iter_rows() for c in row}
    assert ws["A2"].value.startswith("Links are clickable for the first 1 posts")


def test_a_report_without_tables_or_values_still_builds():
    period = Period.with_previous(dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    empty = KpiReport(period=period, overall=dict.fromkeys(SCALAR_KEYS), previous={}, by_platform={},
                      previous_by_platform={}, unavailable=dict.fromkeys(SCALAR_KEYS, "needs posts"),
                      unavailable_by_platform={}, tables={}, changes={})
    wb = load_workbook(io.BytesIO(build_workbook(empty, generated_at=GENERATED)))
    assert wb.sheetnames == SHEETS_EN
    assert wb["Posts"]["A2"].value == "No posts in this period."
    for name in AREA_SHEETS:
        values = [c.value for row in wb[name].iter_rows() for c in row]
        assert "No data for this table in this period." in values, name
        assert len(wb[name]._charts) == 1, name  # this period against the previous one


def test_scorecard_verdicts_and_reasons_in_the_workbooks_language():
    from lib.kpis import compute
    from lib.kpis.tables import ChannelScorecard as Card
    from lib.kpis.texts import reason_text

    report = compute(small_dataset(), Period.with_previous(dt.date(2025, 3, 1), dt.date(2025, 3, 2), tz="Europe/Rome"))
    card = report.tables["channel_scorecard"]
    wb = load_workbook(io.BytesIO(build_workbook(report, lang="it", generated_at=GENERATED)))
    values = {c.value for _, c in _cells(wb)}
    for verdict, why in zip(card[Card.verdict], card[Card.verdict_reason]):
        assert reason_text(why, "it") in values and str(why) not in values  # Italian, not lib's English
        if verdict is not None:
            assert {"keep": "da tenere", "rethink": "da ripensare"}[verdict] in values
