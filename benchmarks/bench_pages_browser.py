"""Page load times in Chromium: every page of the demo workspace and of a workspace built from real exports
(a Facebook posts export and an X content export from ../shared/samples), measured in the same run, with the
real workspace's ratio against the demo per page.

Usage: ``python benchmarks/bench_pages_browser.py [--repeat 3]``. A visit is a new browser page opening the URL
until the app's end-of-run marker (``.conversa-ready``) for that page is in the DOM: the server's script run and
the browser's first paint of it. "first" is the first visit of each page after the server started (its caches
cold for that page), "warm" the median of ``--repeat`` further visits.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sample_data import DEMO_FOLDER  # noqa: E402

SAMPLES = Path(os.environ.get("CONVERSA_SAMPLES") or ROOT.parent / "shared" / "samples")
REAL_FILES = ("meta_facebook/pro_efficient_data_entry_2025/Feb-01-2025_Mar-15-2025_613168031534769.csv",
              "x_twitter/kaiadevintern_account_analytics_content_2024-12-22_2025-03-22.csv")
PAGES = ("home", "waiting", "conversations", "community", "content", "audience", "channels", "report")
CHROMIUM = "/usr/bin/chromium"


def _workspaces() -> dict[str, str]:
    """The demo and the real-sample workspace in $CONVERSA_DATA_DIR's store."""
    from lib.importers import import_file
    from lib.importers.base import SourceFile
    from lib.store import open_store

    store = open_store()
    demo = store.ensure_demo(DEMO_FOLDER)
    store.create("Real exports")
    for rel in REAL_FILES:
        data = (SAMPLES / rel).read_bytes()
        for result in import_file(SourceFile((SAMPLES / rel).name, data)):
            store.save_import("Real exports", result, data)
    return {"demo": demo, "real": "Real exports"}


def _serve(data_dir: str) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "CONVERSA_DATA_DIR": data_dir}
    env.pop("CONVERSA_DATABASE_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port",
                             str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
                             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):  # noqa: S310 (local URL)
                return proc, url
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("streamlit did not answer within 90 s")


def _visit(browser, url: str, page: str) -> float:
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, locale="en-GB")
    tab = context.new_page()
    start = time.perf_counter()
    tab.goto(f"{url}/{'' if page == 'home' else page}")
    marker = "overview" if page == "home" else page
    tab.wait_for_selector(f".conversa-ready[data-page='{marker}']", state="attached", timeout=180_000)
    elapsed = time.perf_counter() - start
    if tab.locator('[data-testid="stException"]').count():
        raise SystemExit(f"{page}: the page raised")
    context.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not SAMPLES.is_dir():
        raise SystemExit(f"the real samples are not in {SAMPLES}")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as data_dir:
        os.environ["CONVERSA_DATA_DIR"] = data_dir
        os.environ.pop("CONVERSA_DATABASE_URL", None)
        names = _workspaces()
        from lib.store import open_store

        store = open_store()
        proc, url = _serve(data_dir)
        figures: dict[str, dict[str, tuple[float, float]]] = {}
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox",
                                                                             "--disable-gpu"])
                for which, name in names.items():
                    store.set_last_used(name)  # a new browser session opens the last used workspace
                    figures[which] = {}
                    for page in PAGES:
                        first = _visit(browser, url, page)
                        warm = statistics.median(_visit(browser, url, page) for _ in range(args.repeat))
                        figures[which][page] = (first, warm)
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=15)
    print(f"Page loads in Chromium (s), 1440 px, {args.repeat} warm visits; real = {' + '.join(REAL_FILES)}")
    print(f"{'page':<14}{'demo first':>11}{'demo warm':>11}{'real first':>11}{'real warm':>11}{'warm ratio':>12}")
    for page in PAGES:
        (d1, dw), (r1, rw) = figures["demo"][page], figures["real"][page]
        print(f"{page:<14}{d1:>11.2f}{dw:>11.2f}{r1:>11.2f}{rw:>11.2f}{rw / dw:>11.2f}x")
    demo_total = sum(w for _, w in figures["demo"].values())
    real_total = sum(w for _, w in figures["real"].values())
    print(f"{'all pages':<14}{'':>11}{demo_total:>11.2f}{'':>11}{real_total:>11.2f}{real_total / demo_total:>11.2f}x")


if __name__ == "__main__":
    main()
