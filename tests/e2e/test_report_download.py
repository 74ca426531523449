"""The Excel report downloaded from the Report page in Chromium, opened with openpyxl."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.e2e


def test_download_the_report_from_the_report_page(app_url, page, tmp_path):
    page.goto(f"{app_url}/report")
    button = page.get_by_role("button", name="Download the Excel report")
    button.wait_for(timeout=120_000)
    with page.expect_download(timeout=60_000) as info:
        button.click()
    download = info.value
    assert download.suggested_filename.endswith(".xlsx")
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    wb = load_workbook(path)
    visible = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
    assert visible == ["Cover", "Verdicts and actions", "Summary", "Conversations", "Community", "Content", "Audience", "Channels",
                       "Posts", "Definitions", "Data notes"]
    assert wb.sheetnames[-1] == "Chart data" and wb["Chart data"].sheet_state == "hidden"
    posts = wb["Posts"]
    assert any(c.hyperlink for row in posts.iter_rows(max_row=20) for c in row)
    assert all(len(wb[name]._charts) >= 1 for name in ("Conversations", "Community", "Audience", "Channels"))
