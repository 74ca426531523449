"""Render time of every page (AppTest, cold and warm cache) on the demo workspace and on a large one.

Usage: ``python benchmarks/bench_pages.py [--posts 100000] [--comments 1000000] [--repeat 3]``.
Budgets (issue 5): warm < 1 s per page on the demo, < 3 s on 100k posts / 1M comments. The baseline is the
Upload page (the same app shell, no KPI work), measured in the same run; each page's ratio is against it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sample_data import DEMO_FOLDER  # noqa: E402

PAGES = ("overview", "conversations", "community", "content", "audience", "channels")
BASELINE = "upload"


def _timed(at, page: str | None = None) -> float:
    start = time.perf_counter()
    (at.switch_page(f"pages/{page}.py") if page else at).run()
    elapsed = time.perf_counter() - start
    if at.exception or at.error:
        raise SystemExit(f"{page}: {[e.value for e in [*at.exception, *at.error]][:2]}")
    return elapsed


def measure(workspace: str, repeat: int) -> dict[str, tuple[float, float]]:
    """Cold (first render) and warm (median of ``repeat`` renders) seconds per page."""
    from streamlit.testing.v1 import AppTest

    from pages._shared import keys as K

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=900)
    at.session_state[K.WORKSPACE] = workspace
    at.session_state[K.LANGUAGE] = "en"
    out = {}
    for page in (*PAGES, BASELINE):
        cold = _timed(at, page if page != PAGES[0] else None)  # the first run opens the Overview
        warm = statistics.median(_timed(at) for _ in range(repeat))
        out[page] = (cold, warm)
    at.switch_page(f"pages/{PAGES[0]}.py").run()
    start = time.perf_counter()
    at.selectbox(key=K.PERIOD_PRESET).set_value("last_30").run()  # a new period: compute on the cached prepare
    out["period switch"] = (time.perf_counter() - start, float("nan"))
    return out


def report(title: str, figures: dict[str, tuple[float, float]], budget: float) -> bool:
    base = figures[BASELINE][1]
    print(f"\n{title} (budget {budget:.0f} s warm; baseline = {BASELINE} page, warm {base * 1000:.0f} ms)")
    print(f"{'page':<15}{'cold ms':>10}{'warm ms':>10}{'x baseline':>12}{'x budget':>10}")
    ok = True
    for page in PAGES:
        cold, warm = figures[page]
        ok &= warm < budget
        print(f"{page:<15}{cold * 1000:>10.0f}{warm * 1000:>10.0f}{warm / base:>12.2f}{warm / budget:>10.2f}")
    switch = figures["period switch"][0]
    print(f"{'period switch':<15}{switch * 1000:>10.0f}{'':>10}{switch / base:>12.2f}{switch / budget:>10.2f}"
          "  (Overview, last 90 -> last 30 days, new KPI report)")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ["CONVERSA_DATA_DIR"] = tempfile.mkdtemp(prefix="conversa-bench-pages-")
    os.environ.pop("CONVERSA_DATABASE_URL", None)

    from synth import large_dataset

    from lib.store import open_store

    store = open_store()
    demo = store.ensure_demo(DEMO_FOLDER)
    ok = report(f"Demo workspace ({demo})", measure(demo, args.repeat), 1.0)

    start = time.perf_counter()
    data = large_dataset(posts=args.posts, comments=args.comments, seed=7)
    store.create("Large")
    store.save_dataset("Large", data, source="benchmarks/synth.py", kind="import")
    print(f"\nlarge workspace: {len(data.posts):,} posts, {len(data.comments):,} comments "
          f"(built and saved in {time.perf_counter() - start:.1f} s)")
    ok &= report("Large workspace", measure("Large", args.repeat), 3.0)
    print("\nall pages within budget" if ok else "\nSOME PAGES ARE OVER BUDGET")


if __name__ == "__main__":
    main()
