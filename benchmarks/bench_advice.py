"""The advice (verdicts, actions, findings in both languages) and the waiting list against the KPI compute they
read, measured in the same run.

Builds (seeded) posts and comments with ``benchmarks/synth.py``, prepares them once, computes the 12-month report
(the baseline: what the KPIs cost), then builds the period's waiting list and ``advise`` with 5 goals and 50 notes,
and the findings and JSON in English and Italian, as the Overview, the CLI and the workbook do. Prints each step's
first run in seconds (later runs reuse caches) and its ratio to the compute.

Usage: ``python benchmarks/bench_advice.py [--posts N] [--comments N]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.synth import large_dataset  # noqa: E402
from lib.advice import DateNote, Goal, advise  # noqa: E402
from lib.advice import waiting as W  # noqa: E402
from lib.kpis import Period, compute, prepare  # noqa: E402


def _timed(step):
    """The step's result and the seconds of its first run (later runs reuse what the first one cached)."""
    start = time.perf_counter()
    out = step()
    return out, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--comments", type=int, default=1_000_000)
    args = parser.parse_args()
    prep = prepare(large_dataset(args.posts, args.comments))
    period = Period.with_previous(dt.date(2025, 11, 1), dt.date(2026, 10, 31))
    report, kpis = _timed(lambda: compute(prep, period))
    goals = [Goal.of("brand_response_rate", 0.6), Goal.of("brand_response_time_median_h", 4),
             Goal.of("active_week_share", 0.9), Goal.of("posts", 50_000), Goal.of("returning_commenter_share", 0.3)]
    notes = [DateNote(dt.date(2025, 11, 1) + dt.timedelta(days=7 * i), f"Campaign {i}") for i in range(50)]
    waiting, wait_s = _timed(lambda: W.waiting_list(prep, period))
    adv, adv_s = _timed(lambda: advise(report, waiting=waiting, goals=goals, notes=notes))
    _, text_s = _timed(lambda: [(adv.findings(lang), adv.to_json(lang)) for lang in ("en", "it")])
    print(f"{args.posts:,} posts, {args.comments:,} comments; {len(waiting):,} waiting, {len(adv.actions)} actions")
    print(f"baseline  KPI compute                  {kpis:7.2f} s")
    for label, seconds in (("waiting list", wait_s), ("advise (verdicts, actions, goals)", adv_s),
                           ("findings + JSON, EN and IT", text_s)):
        print(f"{label:38s} {seconds:7.3f} s  ratio to compute {seconds / kpis:6.3f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
