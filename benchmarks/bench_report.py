"""Excel report speed and memory: build_workbook on 100,000 posts / 1,000,000 comments against openpyxl's
write-only dump of the Posts table alone (same run). Targets: ratio <= 3, peak memory < 2 GB."""

from __future__ import annotations

import io
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pandas as pd  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from synth import large_dataset  # noqa: E402

from lib.kpis import Period, compute  # noqa: E402
from lib.report import build_workbook  # noqa: E402


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def dump_posts(frame: pd.DataFrame, tz: str) -> bytes:
    """The baseline: the Posts table as plain rows in a write-only workbook (tz-naive times, NA as empty),
    no styles, no links, nothing else."""
    frame = frame.copy()
    for name in frame.columns:
        if isinstance(frame[name].dtype, pd.DatetimeTZDtype):
            frame[name] = frame[name].dt.tz_convert(tz).dt.tz_localize(None)
    columns = [frame[c].astype(object).where(frame[c].notna(), None).tolist() for c in frame.columns]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Posts")
    ws.append([str(c) for c in frame.columns])
    for row in zip(*columns):
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def main() -> int:
    posts, comments = (int(a) for a in sys.argv[1:3]) if len(sys.argv) > 2 else (100_000, 1_000_000)
    t0 = time.perf_counter()
    data = large_dataset(posts=posts, comments=comments)
    t1 = time.perf_counter()
    since, until = data.date_range()
    report = compute(data, Period.with_previous(since, until, tz="Europe/Rome"))
    t2 = time.perf_counter()
    ranked = report.tables["posts_ranked"]
    print(f"dataset {len(data.posts):,} posts, {len(data.comments):,} comments: {t1 - t0:.1f} s; "
          f"compute {t2 - t1:.1f} s; posts_ranked {len(ranked):,} rows x {len(ranked.columns)} columns")
    print(f"peak RSS before the workbook: {peak_mib():,.0f} MiB")

    t3 = time.perf_counter()
    baseline = dump_posts(ranked, report.period.tz)
    t4 = time.perf_counter()
    workbook = build_workbook(report, settings={"client_name": "Forno Rossi", "currency": "EUR"}, lang="en")
    t5 = time.perf_counter()
    peak = peak_mib()
    base_s, build_s = t4 - t3, t5 - t4
    ratio = build_s / base_s
    print(f"baseline (write-only dump of Posts alone): {base_s:.1f} s, {len(baseline) / 2**20:.1f} MiB")
    print(f"build_workbook (all sheets):               {build_s:.1f} s, {len(workbook) / 2**20:.1f} MiB")
    print(f"ratio {ratio:.2f} (target <= 3); peak RSS of the whole run {peak:,.0f} MiB (target < 2048)")
    ok = ratio <= 3 and peak < 2048
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
