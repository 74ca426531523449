"""The Excel workbook read back with openpyxl: sheets, formats, charts, links, safe text, Italian, anonymized."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lib.kpis.catalog import KPIS, SCALAR_KEYS
from lib.kpis.model import KpiReport, Period
from lib.kpis.texts import describe
from lib.report import build_workbook

_spec = importlib.util.spec_from_file_location("report_data", Path(__file__).parents[1] / "fixtures" / "report_data.py")
_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_data)
HOSTILE, GENERATED, AREA_SHEETS, SHEETS_EN, SHEETS_IT, SOURCES = (
    _data.HOSTILE, _data.GENERATED, _data.AREA_SHEETS, _data.SHEETS_EN, _data.SHEETS_IT, _data.SOURCES)
hand_report, small_dataset = _data.hand_report, _data.small_dataset


@pytest.fixture(scope="module")
def workbook_bytes() -> bytes:
    return build_workbook(hand_report(), settings={"client_name": "=Acme", "currency": "EUR"}, lang="en",
                          sources=SOURCES, generated_at=GENERATED)


@pytest.fixture(scope="module")
def wb(workbook_bytes):
    return load_workbook(io.BytesIO(workbook_bytes))


def visible(wb):
    return [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]


def _cells(wb):
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield ws, cell


def test_sheet_names(wb):
    assert visible(wb) == SHEETS_EN
    assert wb.sheetnames[-1] == "Chart data" and wb["Chart data"].sheet_state == "hidden"


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
    # 42% against 50%: a change of -8 percentage points, marked as such (not -16%)
    assert ws.cell(row, 4).value == pytest.approx(-8.0)
    assert "▼" in ws.cell(row, 4).number_format and '" pp"' in ws.cell(row, 4).number_format
    assert ws.cell(row, 4).font.color.rgb.endswith("B91C1C")  # worse: red
    posts = labels[describe("posts").label]  # 12 against 10: +20%
    assert ws.cell(posts, 4).value == pytest.approx(0.2) and "%" in ws.cell(posts, 4).number_format
    hours = labels[describe("brand_response_time_median_h").label]
    assert ws.cell(hours, 2).number_format == '#,##0.0 "h"'
    reach = labels[describe("reach").label]  # quantity KPIs follow the quality ones, in the same columns
    assert reach > row
    assert ws.cell(reach, 2).value == "n/a"  # the words, never an empty number or "None"
    assert ws.cell(reach, 5).value == "n/a: needs a reach column."
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
    "Cover": "88d3456251e61b7b", "Summary": "36d2e55937942788", "Conversations": "ef515624bcd3f1df",
    "Community": "ad12527e218f6198", "Content": "6cd430581ed4b261", "Audience": "e66bde153ebca3ff",
    "Channels": "65eab4606691a299", "Posts": "1a37a22d943866c8", "Definitions": "64ed867c65696fcf",
    "Data notes": "ca527fb196d51f44", "Chart data": "179b2817e0143ca0",
}


def test_snapshot_of_first_rows(wb):
    """(The advice's sheet is checked against the advice's own sentences in test_report_advice.py.)"""
    got = {ws.title: _digest(ws) for ws in wb.worksheets if ws.title != "Verdicts and actions"}
    assert got == EXPECTED_DIGESTS


def test_italian():
    wb = load_workbook(io.BytesIO(build_workbook(hand_report(), lang="it", generated_at=GENERATED)))
    assert visible(wb) == SHEETS_IT
    assert wb["Sintesi"]["A4"].value == "Qualità (il dato principale)"
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


def test_real_report_from_compute():
    from lib.kpis import compute

    report = compute(small_dataset(), Period.with_previous(dt.date(2025, 3, 1), dt.date(2025, 3, 2), tz="Europe/Rome"))
    for anonymize in (False, True):
        wb = load_workbook(io.BytesIO(build_workbook(report, lang="it", anonymize=anonymize, generated_at=GENERATED)))
        assert visible(wb) == SHEETS_IT
        cells = list(_cells(wb))
        assert [c.coordinate for _, c in cells if c.data_type == "f"] == []
        values = {c.value for _, c in cells}
        assert ("Maria Rossi" in values) is not anonymize
        assert "+1" in values or anonymize
        posts = wb["Post"]
        links = [c.hyperlink.target for row in posts.iter_rows() for c in row if c.hyperlink]
        assert links == ["https://facebook.com/forno/posts/1", "https://facebook.com/forno/posts/2"]
        for name in SHEETS_IT[3:8]:
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
    import lib.report.xlsx.writer as workbook

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
    assert wb.sheetnames == SHEETS_EN  # no chart data either
    assert wb["Posts"]["A2"].value == "No posts in this period."
    for name in AREA_SHEETS:
        values = [c.value for row in wb[name].iter_rows() for c in row]
        assert {"needs posts", "No data for this table in this period."} & set(values), name  # empty tables say why
        assert len(wb[name]._charts) == 0, name  # never an empty chart (was: an empty "vs previous" one)


def test_scorecard_verdicts_and_reasons_in_the_workbooks_language():
    from lib.kpis import compute
    from lib.kpis.tables import ChannelScorecard as Card
    from lib.kpis.texts import reason_text

    report = compute(small_dataset(), Period.with_previous(dt.date(2025, 3, 1), dt.date(2025, 3, 2), tz="Europe/Rome"))
    card = report.tables["channel_scorecard"]
    wb = load_workbook(io.BytesIO(build_workbook(report, lang="it", generated_at=GENERATED)))
    values = {c.value for _, c in _cells(wb)}
    for verdict, why in zip(card[Card.verdict], card[Card.verdict_reason]):
        text = reason_text(why, "it")
        assert text[:1].upper() + text[1:] in values and str(why) not in values  # Italian, not lib's English
        if verdict is not None:
            assert {"keep": "da tenere", "rethink": "da ripensare"}[verdict] in values


def test_every_sheet_prints_readably(wb):
    """A4, fit to the page's width (as many pages down as needed), landscape where the columns are wide, the title
    (or the table's header row) repeated on every printed page."""
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        setup = ws.page_setup
        assert ws.sheet_properties.pageSetUpPr.fitToPage and int(setup.fitToWidth) == 1, ws.title
        assert int(setup.fitToHeight) == 0, ws.title  # never squeezed onto one page
        width = sum(d.width or 13 for d in ws.column_dimensions.values())
        assert setup.orientation == ("landscape" if width > 120 else "portrait"), (ws.title, width)
        if ws.title != "Cover":
            assert ws.print_title_rows, ws.title


def test_figure_header_and_no_earlier_cells_are_whole(wb):
    """The key-figure header wraps "Previous period" on a row tall enough for it, and "no earlier data" fits its
    column (22 wide) instead of running into the next cell."""
    ws = wb["Summary"]
    header = next(r for r in ws.iter_rows() if r[0].value == "KPI")
    tall = (ws.row_dimensions[header[0].row].height or 0) >= 26
    for cell in header:
        assert tall or len(cell.value) <= ws.column_dimensions[cell.column_letter].width, cell.value
    assert ws.column_dimensions["C"].width >= len("no earlier data") + 2
    notes = [r[4].value for r in ws.iter_rows(min_row=header[0].row + 1) if r[4].value and r[0].value != "KPI"]
    assert notes and all(n.endswith(".") and ". ." not in n for n in notes)
