"""The advice in Chromium: the Waiting page's count in the navigation (sidebar and presentation tabs) is the
report's, the page lists that many, and presentation mode shows no commenter's name there."""

from __future__ import annotations

import re

import pytest

from tests.e2e.test_app_e2e import _page_text, _private_names, _ready, _report, demo, monkeypatch_module  # noqa: F401

pytestmark = pytest.mark.e2e


def _nav_count(text: str) -> int:
    found = re.search(r"Waiting for an answer \(([\d,]+)\)", text)
    assert found, "no count in the navigation"
    return int(found.group(1).replace(",", ""))


def test_waiting_count_in_the_navigation_and_pseudonyms_when_presenting(app_url, browser, shots, demo):  # noqa: F811
    waiting = _report(demo).extras["waiting_comments"]
    assert waiting > 0
    names = _private_names(demo)
    context = browser.new_context(viewport={"width": 1280, "height": 2000}, locale="en-GB")
    page = context.new_page()
    try:
        page.goto(app_url)
        _ready(page, "overview")
        link = page.locator('[data-testid="stSidebarNav"] a[href$="/waiting"]')
        assert _nav_count(link.inner_text()) == waiting
        link.click()
        _ready(page, "waiting")
        assert page.get_by_text(f"{waiting:,} comments are waiting").count() == 1
        assert any(n in _page_text(page) for n in names)  # not presenting: the list names its commenters
        page.screenshot(path=str(shots / "waiting-en.png"), full_page=True)

        page.goto(f"{app_url}/waiting?present=1")
        _ready(page, "waiting")
        text = _page_text(page)
        assert _nav_count(text) == waiting  # the tabs at the top carry the count too
        assert page.get_by_text(f"{waiting:,} comments are waiting").count() == 1
        leaked = sorted(n for n in names if n in text)
        assert not leaked, leaked[:3]
        assert "Commenter " in text
        page.screenshot(path=str(shots / "waiting-present.png"), full_page=True)
    finally:
        context.close()
