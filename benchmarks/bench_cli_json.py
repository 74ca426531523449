"""`kpis --json` output against the KPI compute itself, measured in the same run.

Builds (seeded) 100,000 posts and 1,000,000 comments with ``benchmarks/synth.py``, computes the 12-month report
once (the baseline: what the KPIs themselves cost), then serialises it the way ``python -m lib.cli kpis --json``
does: by default (KPIs and the small tables) and with ``--tables`` (every ranked post and commenter too).
Prints seconds, megabytes and each serialisation's ratio to the compute.

Usage: ``python benchmarks/bench_cli_json.py [--posts N] [--comments N]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.synth import large_dataset  # noqa: E402
from lib.kpis import Period, compute  # noqa: E402


def _dump(report, large_tables: bool) -> tuple[float, int]:
    start = time.perf_counter()
    text = json.dumps(report.to_json(large_tables=large_tables), ensure_ascii=False, indent=2)
    return time.perf_counter() - start, len(text.encode("utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--comments", type=int, default=1_000_000)
    args = parser.parse_args()
    data = large_dataset(args.posts, args.comments)
    period = Period.with_previous(dt.date(2025, 11, 1), dt.date(2026, 10, 31))
    start = time.perf_counter()
    report = compute(data, period)
    kpis = time.perf_counter() - start
    print(f"{args.posts:,} posts, {args.comments:,} comments")
    print(f"baseline  KPI compute                 {kpis:7.2f} s")
    for label, large in (("kpis --json (default)", False), ("kpis --json --tables", True)):
        seconds, size = _dump(report, large)
        print(f"{label:35s} {seconds:7.2f} s  {size / 1e6:8.2f} MB  ratio to compute {seconds / kpis:5.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
