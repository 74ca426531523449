"""The running app in Chromium: Overview figures, period and language switches, every page, presentation mode
without private commenters' names, and a screenshot of each page under test-output/."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from lib import kpis
from lib.kpis import formatting as kpi_fmt
from lib.kpis.texts import describe
from lib.periods import make_period, preset_range
from sample_data import DEMO_FOLDER

pytestmark = pytest.mark.e2e
PAGES = ("overview", "conversations", "community", "content", "audience", "channels", "upload", "workspaces")
INSIGHTS = PAGES[:6]


@pytest.fixture(scope="module")
def demo(app_url, app_data, monkeypatch_module):
    """The demo workspace as the app's store holds it (the app created it on its first run)."""
    monkeypatch_module.setenv("CONVERSA_DATA_DIR", str(app_data))
    monkeypatch_module.delenv("CONVERSA_DATABASE_URL", raising=False)
    from lib.store import open_store

    store = open_store()
    name = store.ensure_demo(DEMO_FOLDER)
    return store.load(name), store.settings(name)


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def _report(demo, preset="last_90"):
    dataset, settings = demo
    since, until = preset_range(preset, min(dataset.date_range()[1], dt.date.today()))
    return kpis.compute(kpis.prepare(dataset, brand=settings.get("brand_handles") or None),
                        make_period(since, until, tz=settings.get("tz") or "UTC"))


def _ready(page, name: str, lang: str = "en") -> None:
    """Wait for the end-of-run marker of ``name`` (app.py writes it after the page)."""
    page.wait_for_selector(f".conversa-ready[data-page='{name}'][data-lang='{lang}']", state="attached", timeout=120_000)
    page.wait_for_timeout(300)


_METRICS_JS = """() => Array.from(document.querySelectorAll('[data-testid="stMetric"]')).map(card => [
    (card.querySelector('[data-testid="stMetricLabel"]')?.innerText || '').trim(),
    (card.querySelector('[data-testid="stMetricValue"]')?.innerText || '').trim()])"""


def _metrics(page) -> dict[str, str]:
    """The metric cards' labels and values, read in one go (a rerun that redraws the cards mid-read would leave
    a locator waiting for a card that is gone)."""
    return {label: value for label, value in page.evaluate(_METRICS_JS) if label}


def _expected(rep, lang: str, labels) -> dict[str, str]:
    by_label = {describe(k, lang).label: k for k in kpis.SCALAR_KEYS}
    return {label: kpi_fmt.kpi_value(by_label[label], rep.value(by_label[label]), lang) for label in labels}


def _wait_for_figures(page, rep, lang: str, timeout: float = 60) -> dict[str, str]:
    deadline = time.monotonic() + timeout
    while True:
        shown = _metrics(page)
        if shown and shown == _expected(rep, lang, shown):
            return shown
        if time.monotonic() > deadline:
            assert shown == _expected(rep, lang, shown)
        page.wait_for_timeout(500)


def _choose(page, label: str, option: str) -> None:
    """Pick ``option`` in the sidebar's selectbox ``label`` by typing it, as a keyboard user would."""
    box = page.locator('[data-testid="stSidebar"]').get_by_role("combobox", name=label, exact=True)
    box.click()
    box.press("Control+a")
    box.press_sequentially(option, delay=20)
    page.get_by_role("option").filter(has_text=option).first.click()


def _page_text(page) -> str:
    """Everything textual on the page, including the accessible copy of canvas-drawn tables."""
    return page.evaluate("() => document.body.textContent")


def _private_names(demo) -> set[str]:
    comments = demo[0].comments
    audience = comments[~comments["is_brand"].fillna(False).astype(bool)]
    return {n for n in audience["author_name"].dropna().unique() if len(n) >= 5}


def test_overview_figures_period_language_and_every_page(app_url, page, shots, demo):
    page.goto(app_url)
    _ready(page, "overview")
    shown = _wait_for_figures(page, _report(demo), "en")
    assert len(shown) == 8
    page.screenshot(path=str(shots / "overview-en.png"), full_page=True)

    _choose(page, "Period", "Last 30 days")
    _wait_for_figures(page, _report(demo, "last_30"), "en")

    _choose(page, "Language", "Italiano")
    _ready(page, "overview", "it")
    assert page.locator("h1").first.inner_text().strip() == "Panoramica"
    _wait_for_figures(page, _report(demo, "last_30"), "it")

    for name in PAGES[1:]:
        page.locator(f'[data-testid="stSidebarNav"] a[href$="/{name}"]').click()
        _ready(page, name, "it")
        assert not page.locator('[data-testid="stException"]').count()
        assert not page.locator('[data-testid="stAlertContentError"]').count(), name
        if name in INSIGHTS:  # the period survived the page switch
            _wait_for_figures(page, _report(demo, "last_30"), "it")
        if name == "content":  # a box dragged on the scatter filters the posts table
            box = page.locator('[data-testid="stVegaLiteChart"]').first.bounding_box()
            x0, y0 = box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.05
            page.mouse.move(x0, y0)
            page.mouse.down()
            page.mouse.move(x0 + box["width"] * 0.5, y0 + box["height"] * 0.6, steps=8)
            page.mouse.up()
            page.get_by_text("post nella selezione").wait_for(timeout=60_000)
        page.screenshot(path=str(shots / f"{name}-it.png"), full_page=True)


def test_presentation_mode_hides_controls_and_commenters_names(app_url, browser, shots, demo):
    context = browser.new_context(viewport={"width": 1600, "height": 2200}, locale="en-GB")
    page = context.new_page()
    names = _private_names(demo)
    assert names
    try:
        page.goto(f"{app_url}/community")  # without presentation mode the tables name commenters
        _ready(page, "community")
        assert any(n in _page_text(page) for n in names)
        for name in INSIGHTS:
            path = "" if name == "overview" else name  # the default page lives at the root URL
            page.goto(f"{app_url}/{path}?present=1")
            _ready(page, name)
            assert page.get_by_text("Page not found").count() == 0
            assert page.locator('[data-testid="stSidebar"]').is_hidden()
            assert page.locator('[data-testid="stToolbarActions"]').count() == 0 or \
                page.locator('[data-testid="stToolbarActions"]').is_hidden()
            text = _page_text(page)
            leaked = sorted(n for n in names if n in text)
            assert not leaked, f"{name} shows {leaked[:3]}"
            assert demo[1].get("client_name", "") in text
            page.screenshot(path=str(shots / f"{name}-present.png"), full_page=True)
    finally:
        context.close()
