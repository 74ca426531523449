"""Bookmarks in Chromium: every page opens at its own URL path, with and without ?present=1, and never shows
Streamlit's "page not found"; in presentation mode the Report page hands over the anonymized workbook."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from sample_data import DEMO_FOLDER

pytestmark = pytest.mark.e2e
PAGES = ("overview", "conversations", "community", "content", "audience", "channels", "report", "upload", "connect",
         "workspaces")


def _ready(page, name: str) -> None:
    page.wait_for_selector(f".conversa-ready[data-page='{name}']", state="attached", timeout=120_000)
    page.wait_for_timeout(400)


@pytest.fixture
def fresh(browser):
    """A new browser context per bookmark, as when a bookmark is opened in a new window."""
    contexts = []

    def make():
        context = browser.new_context(viewport={"width": 1440, "height": 1400}, locale="en-GB")
        contexts.append(context)
        return context.new_page()

    yield make
    for c in contexts:
        c.close()


@pytest.mark.parametrize("present", [False, True])
def test_every_page_opens_at_its_bookmarked_url(app_url, fresh, present):
    for name in PAGES:
        page = fresh()
        page.goto(f"{app_url}/{name}" + ("?present=1" if present else ""))
        _ready(page, name)
        assert page.get_by_text("Page not found").count() == 0, name
        assert not page.locator('[data-testid="stException"]').count(), name
        assert page.url.split("?")[0].rstrip("/").endswith(f"/{name}"), page.url
        assert ("present=1" in page.url) == present
        assert page.locator('[data-testid="stSidebar"]').is_visible() != present
        if present and name in ("upload", "connect", "workspaces"):  # data pages are not part of a presentation
            assert page.locator("h1").first.inner_text().strip() == "Not part of the presentation"
        page.close()


def test_presentation_report_is_the_anonymized_workbook(app_url, fresh, shots, tmp_path, app_data, monkeypatch):
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(app_data))
    from lib.store import open_store

    store = open_store()
    comments = store.load(store.ensure_demo(DEMO_FOLDER)).comments
    audience = comments[~comments["is_brand"].fillna(False).astype(bool)]
    names = {n for n in audience["author_name"].dropna().unique() if len(n) >= 5}
    assert names

    page = fresh()
    page.goto(f"{app_url}/?present=1")
    _ready(page, "overview")
    page.get_by_role("link", name="Report documents").click()  # the report is one of the presentation's tabs
    _ready(page, "report")
    page.get_by_text("commenters' names are pseudonyms").wait_for(timeout=60_000)
    page.screenshot(path=str(shots / "report-present.png"), full_page=True)
    with page.expect_download(timeout=120_000) as info:
        page.get_by_role("button", name="Download the Excel report").click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    cells = {str(c.value) for ws in load_workbook(path, read_only=True) for row in ws.iter_rows() for c in row
             if c.value is not None}
    text = "\n".join(cells)
    leaked = sorted(n for n in names if n in text)
    assert not leaked, leaked[:3]
    assert "Commenter" in text
