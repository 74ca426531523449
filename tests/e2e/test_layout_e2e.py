"""Layout in Chromium: on every page, at 1280 and 1440 px, in English and Italian, on the demo and on a workspace
built from real exports, no label, heading or button ends cut (text wider than its box that hides the rest) and no
table hides columns behind a horizontal scroll. Screenshots of each page go to test-output/layout/."""

from __future__ import annotations

import pytest

from lib.importers import import_file
from lib.importers.base import SourceFile
from sample_data import DEMO_FOLDER

pytestmark = pytest.mark.e2e
WIDTHS = (1280, 1440)
PAGES = ("home", "waiting", "conversations", "community", "content", "audience", "channels", "report", "upload",
         "workspaces")
REAL = "E2E real exports"
REAL_FILES = ("meta_facebook/pro_efficient_data_entry_2025/Feb-01-2025_Mar-15-2025_613168031534769.csv",
              "x_twitter/kaiadevintern_account_analytics_content_2024-12-22_2025-03-22.csv")

#: What is cut: an element showing text, whose content is wider than its box while its overflow is hidden or
#: ends in an ellipsis; and a table whose grid scrolls sideways (columns out of sight).
CUT = """() => {
  const shown = e => e.offsetParent !== null && e.getClientRects().length;
  const name = e => (e.closest('[data-testid]')?.dataset.testid || e.tagName) + ': ' + e.textContent.trim().slice(0, 60);
  const cut = [];
  const labels = '[data-testid="stMetricLabel"], [data-testid="stWidgetLabel"], h1, h2, h3, button, '
    + '[data-testid="stSidebarNav"] a, [data-baseweb="tab"], [data-testid="stExpander"] summary, '
    + '[data-testid="stCaptionContainer"], [data-testid="stAlertContainer"], '
    + '[data-testid="stFileUploaderDropzoneInstructions"]';
  for (const root of document.querySelectorAll(labels)) {
    for (const e of [root, ...root.querySelectorAll('*')]) {
      if (!shown(e) || !e.textContent.trim()) continue;
      const cs = getComputedStyle(e);
      const hides = cs.overflowX !== 'visible' || cs.textOverflow === 'ellipsis';
      if (hides && e.scrollWidth > e.clientWidth + 1) { cut.push(name(e)); break; }
    }
  }
  for (const grid of document.querySelectorAll('[data-testid="stDataFrame"] .dvn-scroller')) {
    if (shown(grid) && grid.scrollWidth > grid.clientWidth + 1) {
      const heads = [...grid.closest('[data-testid="stDataFrame"]').querySelectorAll('th')].map(h => h.textContent);
      cut.push('table scrolls sideways: ' + heads.join(', '));
    }
  }
  return [...new Set(cut)];
}"""


@pytest.fixture(scope="module")
def workspaces(app_url, app_data, samples):
    """The demo and a workspace of two real exports (a Facebook posts export and an X content export) in the
    running app's store; the demo is the last used again afterwards, as the other tests expect."""
    mp = pytest.MonkeyPatch()
    mp.setenv("CONVERSA_DATA_DIR", str(app_data))
    mp.delenv("CONVERSA_DATABASE_URL", raising=False)
    from lib.store import open_store

    store = open_store()
    demo = store.ensure_demo(DEMO_FOLDER)
    if REAL not in store.list_workspaces():
        store.create(REAL)
        for rel in REAL_FILES:
            data = (samples / rel).read_bytes()
            for result in import_file(SourceFile((samples / rel).name, data)):
                store.save_import(REAL, result, data)
    yield store, {"demo": demo, "real": REAL}
    store.delete(REAL)
    store.set_last_used(demo)
    mp.undo()


def _open(page, app_url: str, name: str, lang: str) -> None:
    page.goto(f"{app_url}/{'' if name == 'home' else name}")
    page.wait_for_selector(f".conversa-ready[data-lang='{lang}']", state="attached", timeout=120_000)
    page.wait_for_timeout(1500)  # charts and canvas tables paint after the marker


def _full_height(page, width: int) -> None:
    """A viewport as tall as the page (Streamlit scrolls inside its main block, so full_page alone is short)."""
    height = page.evaluate("() => Math.max(...[...document.querySelectorAll('[data-testid=stMain], section')]"
                           ".map(e => e.scrollHeight))")
    page.set_viewport_size({"width": width, "height": min(max(height + 40, 900), 8000)})
    page.wait_for_timeout(800)


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("which", ["demo", "real"])
def test_nothing_is_cut_at_1280_and_1440(app_url, browser, shots, workspaces, which, lang):
    store, names = workspaces
    store.set_last_used(names[which])  # a new browser session opens the last used workspace
    folder = shots / "layout"
    folder.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": WIDTHS[0], "height": 900},
                                  locale="it-IT" if lang == "it" else "en-GB")
    page = context.new_page()
    problems = []
    try:
        for name in PAGES:
            _open(page, app_url, name, lang)
            assert not page.locator('[data-testid="stException"]').count(), name
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 900})
                page.wait_for_timeout(600)
                problems += [f"{name} at {width}: {cut}" for cut in page.evaluate(CUT)]
                _full_height(page, width)
                page.screenshot(path=str(folder / f"{which}-{lang}-{width}-{name}.png"))
    finally:
        context.close()
    assert problems == []


def _shown(sidebar, label: str) -> str:
    """The option the sidebar's select box ``label`` shows (its input's value)."""
    return sidebar.get_by_role("combobox", name=label, exact=True).input_value()


def _after(page, selector: str) -> str:
    """The text CSS puts after an element (``content`` of its ::after), unquoted."""
    return page.evaluate(f"() => getComputedStyle(document.querySelector('{selector}'), '::after').content")[1:-1]


def test_the_uploader_speaks_italian_and_a_language_switch_keeps_the_selection(app_url, browser, workspaces):
    from lib.i18n import t
    from pages._shared.widgets import UPLOAD_BUTTON, UPLOAD_LIMIT

    store, names = workspaces
    store.set_last_used(names["real"])
    context = browser.new_context(viewport={"width": 1440, "height": 1200}, locale="en-GB")
    page = context.new_page()
    try:
        _open(page, app_url, "home", "en")
        sidebar = page.locator('[data-testid="stSidebar"]')
        period = sidebar.get_by_role("combobox", name="Period", exact=True)
        period.click()
        period.press("Control+a")
        period.press_sequentially("Last 30 days", delay=20)
        page.get_by_role("option").filter(has_text="Last 30 days").first.click()
        page.wait_for_timeout(2000)
        assert "Last 30 days" in _shown(sidebar, "Period")
        platforms = sidebar.get_by_role("combobox", name="Platforms", exact=True)
        platforms.click()
        platforms.press_sequentially("X", delay=50)
        page.keyboard.press("Enter")
        page.keyboard.press("Escape")
        page.wait_for_timeout(1500)
        language = sidebar.get_by_role("combobox", name="Language", exact=True)
        language.click()
        page.get_by_role("option").filter(has_text="Italiano").first.click()
        page.wait_for_selector(".conversa-ready[data-lang='it']", state="attached", timeout=120_000)
        page.wait_for_timeout(1500)
        assert t("period.last_30", "it") in _shown(sidebar, t("sidebar.period", "it"))  # the period chosen in English, shown in Italian  # the period chosen in English, shown in Italian
        chips = sidebar.locator('[data-testid="stMultiSelect"]').inner_text().split("\n")
        assert "X" in chips, chips  # the platform chosen, kept
        page.locator('[data-testid="stSidebarNav"] a[href$="/upload"]').click()
        page.wait_for_selector(".conversa-ready[data-page='upload'][data-lang='it']", state="attached",
                               timeout=120_000)
        page.wait_for_timeout(800)
        assert _after(page, UPLOAD_BUTTON) == t("uploader.button", "it")
        assert _after(page, UPLOAD_LIMIT) == t("uploader.limit", "it", mb="500")
        hidden = page.evaluate(f"() => getComputedStyle(document.querySelector('{UPLOAD_LIMIT}')).fontSize")
        assert hidden == "0px"  # Streamlit's English "500MB per file" is still in the page, drawn at no size
    finally:
        context.close()
