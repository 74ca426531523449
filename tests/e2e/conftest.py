"""End-to-end fixtures: `streamlit run app.py` on a free port with its data in a temp folder, and Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
OUTPUT = ROOT / "test-output"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def app_data(tmp_path_factory) -> Path:
    """The running app's data folder (CONVERSA_DATA_DIR)."""
    return tmp_path_factory.mktemp("conversa-data")


@pytest.fixture(scope="session")
def app_url(tmp_path_factory, app_data):
    """Base URL of a running app (demo workspace, fresh data folder), stopped after the session."""
    if not CHROMIUM.exists():
        pytest.skip("Chromium is missing: install it with `apt-get update && apt-get install -y chromium`")
    port = _free_port()
    env = {**os.environ, "CONVERSA_DATA_DIR": str(app_data)}
    env.pop("CONVERSA_DATABASE_URL", None)
    log = (tmp_path_factory.mktemp("streamlit-log") / "streamlit.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:  # noqa: S310 (local URL)
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with code {proc.returncode}; see {log.name}")
        else:
            pytest.fail("streamlit did not answer within 90 s")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (Playwright's own browser download does not work here)."""
    if not CHROMIUM.exists():
        pytest.skip("Chromium is missing: install it with `apt-get update && apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh browser page (1440x1800, English locale) per test; tall, so screenshots show whole pages."""
    context = browser.new_context(viewport={"width": 1440, "height": 1800}, locale="en-GB")
    p = context.new_page()
    yield p
    context.close()


@pytest.fixture(scope="session")
def shots() -> Path:
    """Folder for screenshots (gitignored)."""
    OUTPUT.mkdir(exist_ok=True)
    return OUTPUT
