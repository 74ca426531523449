"""Upload in Chromium: a synthetic Meta Business Suite export goes through the Upload page's file input into a
fresh workspace, the Overview counts its posts, and uploading it again says it was already imported."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from lib.i18n import format as fmt
from lib.kpis.texts import describe
from pages._shared import keys as K
from sample_data import DEMO_FOLDER

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
WORKSPACE = "E2E Forno Rossi"
_spec = importlib.util.spec_from_file_location("importers_core_fixtures", ROOT / "tests" / "fixtures" / "importers_core.py")
fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fixtures)


def _ready(page, name: str) -> None:
    page.wait_for_selector(f".conversa-ready[data-page='{name}']", state="attached", timeout=120_000)
    page.wait_for_timeout(300)


def _nav(page, name: str) -> None:
    page.locator('[data-testid="stSidebarNav"] a').filter(has_text=name).first.click()


def _go(page, label: str, name: str) -> None:
    """Click a sidebar link and wait for its page; click again once if a rerun in flight swallowed the click."""
    _nav(page, label)
    try:
        page.wait_for_selector(f".conversa-ready[data-page='{name}']", state="attached", timeout=30_000)
    except PlaywrightTimeoutError:
        _nav(page, label)
    _ready(page, name)


def _posts_metric(page) -> str:
    label = describe("posts", "en").label
    card = page.locator('[data-testid="stMetric"]').filter(
        has=page.locator('[data-testid="stMetricLabel"]', has_text=label)).first
    return card.locator('[data-testid="stMetricValue"]').inner_text().strip()


@pytest.fixture
def store(app_url, app_data, monkeypatch):
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(app_data))
    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    from lib.store import open_store

    s = open_store()
    yield s
    if WORKSPACE in s.list_workspaces():  # leave the shared app as the other tests expect it: on the demo
        s.delete(WORKSPACE)
    s.set_last_used(s.ensure_demo(DEMO_FOLDER))


def test_upload_a_meta_export_into_a_new_workspace_then_again(app_url, page, shots, store, tmp_path):
    name, data, expected = fixtures.meta_posts("en", n=12)
    path = tmp_path / name
    path.write_bytes(data)

    page.goto(f"{app_url}/workspaces")
    _ready(page, "workspaces")
    page.get_by_label("New workspace (one per client)").fill(WORKSPACE)
    page.get_by_role("button", name="Create").click()
    page.get_by_text(f"Workspace {WORKSPACE} created.").wait_for(timeout=60_000)
    assert WORKSPACE in store.list_workspaces()

    _go(page, "Upload exports", "upload")
    page.get_by_text(f"they go into the workspace {WORKSPACE}").wait_for(timeout=60_000)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(path))
    save = page.get_by_role("button", name=f"Save 1 file(s), {expected['rows']} rows, into {WORKSPACE}")
    save.wait_for(timeout=120_000)
    summary = page.locator('[data-testid="stExpander"]').filter(has_text=name).first.inner_text()
    for shown in ("Facebook", "Forno Rossi", "Meta Business Suite", f"Posts: {expected['rows']}", "2026"):
        assert shown in summary, shown
    assert page.locator('[data-testid="stAlertContentWarning"]').count() >= 1  # the undated row was skipped
    page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=30_000)  # the preview
    page.wait_for_timeout(1500)  # its canvas paints after the element appears
    page.screenshot(path=str(shots / "upload-summary.png"), full_page=True)

    save.click()
    page.get_by_text(f"{name}: saved, {expected['rows']} rows.").wait_for(timeout=120_000)
    assert not page.locator('[data-testid="stException"]').count()
    assert page.locator('[data-testid="stFileUploaderFile"]').count() == 0  # emptied for the next files
    page.screenshot(path=str(shots / "upload-saved.png"), full_page=True)
    assert len(store.load(WORKSPACE).posts) == expected["rows"]

    _go(page, "Overview", "overview")
    page.wait_for_timeout(500)
    assert _posts_metric(page) == fmt.number(expected["rows"], "en")
    page.screenshot(path=str(shots / "upload-overview.png"), full_page=True)

    _go(page, "Upload exports", "upload")  # the same file again
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(path))
    page.get_by_text(f"This file is already in {WORKSPACE}").wait_for(timeout=120_000)
    page.get_by_role("button", name=f"Save 1 file(s), {expected['rows']} rows, into {WORKSPACE}").click()
    page.get_by_text(f"{name}: already imported").wait_for(timeout=120_000)
    page.get_by_text(f"Nothing changed: every file was already in {WORKSPACE}.").wait_for(timeout=10_000)
    assert page.get_by_text(": saved,").count() == 0
    page.screenshot(path=str(shots / "upload-again.png"), full_page=True)
    assert len(store.imports(WORKSPACE)) == 1

    _go(page, "Workspaces", "workspaces")
    page.get_by_text("already imported, nothing changed").first.wait_for(timeout=60_000)
    page.screenshot(path=str(shots / "workspaces-history.png"), full_page=True)

    [record] = store.imports(WORKSPACE)
    page.locator(f".st-key-{K.WS_UNDO.format(id=record.id)} button").click()
    page.get_by_text(f"Undo the import of {name}?").wait_for(timeout=60_000)
    assert len(store.imports(WORKSPACE)) == 1  # asked first
    page.screenshot(path=str(shots / "workspaces-undo-confirm.png"), full_page=True)
    page.get_by_role("button", name="Yes, undo it").click()
    page.get_by_text(f"Import of {name} undone: {expected['rows']} rows removed from {WORKSPACE}.").wait_for(
        timeout=60_000)
    assert store.imports(WORKSPACE) == [] and store.load(WORKSPACE).posts.empty

    page.get_by_label(f"Type {WORKSPACE} to delete it with all its data").fill(WORKSPACE)
    page.get_by_label(f"Type {WORKSPACE} to delete it with all its data").press("Enter")
    page.get_by_role("button", name="Delete for good").click()
    page.get_by_role("button", name="Yes, delete it").wait_for(timeout=60_000)
    assert WORKSPACE in store.list_workspaces()  # asked first
    page.screenshot(path=str(shots / "workspaces-delete-confirm.png"))
    page.get_by_role("button", name="Yes, delete it").click()
    page.get_by_text(f"Workspace {WORKSPACE} deleted.").wait_for(timeout=60_000)
    assert WORKSPACE not in store.list_workspaces()
