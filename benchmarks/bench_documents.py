"""Deck and PDF speed and memory, measured against the workbook's Summary sheet built alone (same run).

1. The demo workspace: the deck and the PDF each from its KpiReport (target: under 3 s each; the first PDF of a
   process also starts vl-convert's engine, printed apart).
2. 100,000 posts / 1,000,000 comments (``synth.large_dataset``): the baseline is compute + a workbook holding only
   the Summary sheet; the deck and the PDF are compute + outline + document (target: under 2x the baseline each),
   with peak RSS under 1 GiB. The rendering alone (from the computed report) is printed too.

Run: ``.venv/bin/python benchmarks/bench_documents.py [posts comments]``.
"""

from __future__ import annotations

import io
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from openpyxl import Workbook  # noqa: E402
from synth import large_dataset  # noqa: E402

from lib.cli import build_parser, compute_report  # noqa: E402
from lib.kpis import Period, compute  # noqa: E402
from lib.report.documents import build_document  # noqa: E402
from lib.report.outline import build_outline  # noqa: E402
from lib.report.xlsx import styles, summary  # noqa: E402
from lib.report.xlsx.writer import Book  # noqa: E402

SETTINGS = {"client_name": "Forno Rossi", "currency": "EUR"}


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def summary_only(report) -> bytes:
    """The baseline's workbook: the Summary sheet alone, from its outline section, as build_workbook writes it."""
    outline = build_outline(report, sections=["summary"], settings=SETTINGS)
    wb = Workbook(write_only=True)
    formats = styles.register(wb, lang="en", currency="EUR")
    summary.write(Book(outline, wb, ZoneInfo(report.period.tz), formats), outline.sections[0])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def timed(fn, repeat: int = 1):
    """The value of ``fn()`` and its best time over ``repeat`` runs (the machine is shared: noise only adds)."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - t)
    return value, best


def main() -> int:
    posts, comments = (int(a) for a in sys.argv[1:3]) if len(sys.argv) > 2 else (100_000, 1_000_000)
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    demo = compute_report(build_parser().parse_args(["kpis", str(ROOT / "sample_data")]))
    _, warm = timed(lambda: build_document(demo, "pdf", settings=SETTINGS))  # starts vl-convert's engine
    deck, deck_s = timed(lambda: build_document(demo, "pptx", settings=SETTINGS), repeat=3)
    pdf, pdf_s = timed(lambda: build_document(demo, "pdf", settings=SETTINGS), repeat=3)
    print(f"demo: deck {deck_s:.2f} s ({len(deck.data) / 1024:.0f} KiB), PDF {pdf_s:.2f} s "
          f"({len(pdf.data) / 1024:.0f} KiB); first PDF of the process {warm:.2f} s (target: under 3 s each)")
    demo_ok = deck_s < 3 and pdf_s < 3

    data, data_s = timed(lambda: large_dataset(posts=posts, comments=comments))
    since, until = data.date_range()
    period = Period.with_previous(since, until, tz="Europe/Rome")
    print(f"dataset {len(data.posts):,} posts, {len(data.comments):,} comments: {data_s:.1f} s")
    report, compute_s = timed(lambda: compute(data, period), repeat=2)
    _, summary_s = timed(lambda: summary_only(report), repeat=2)
    baseline = compute_s + summary_s
    print(f"baseline: compute {compute_s:.2f} s + Summary sheet alone {summary_s:.2f} s = {baseline:.2f} s")
    before = peak_mib()
    print(f"peak RSS with the dataset and the report, before any document: {before:,.0f} MiB")
    ok = demo_ok
    for fmt in ("pptx", "pdf"):
        doc, render_s = timed(lambda f=fmt: build_document(report, f, settings=SETTINGS), repeat=2)  # type: ignore[misc]
        tracemalloc.start()  # apart from the timing: tracing slows allocations down
        build_document(report, fmt, settings=SETTINGS)  # type: ignore[arg-type]
        own = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        ok = ok and own < 1024
        total = compute_s + render_s
        ratio = total / baseline
        ok = ok and ratio < 2
        print(f"{fmt}: compute {compute_s:.2f} s + outline and document {render_s:.2f} s = {total:.2f} s, "
              f"ratio {ratio:.2f} (target < 2); {len(doc.data) / 1024:.0f} KiB; "
              f"its own peak allocation {own:,.0f} MiB (target < 1024)")
    peak = peak_mib()
    print(f"peak RSS of the whole run {peak:,.0f} MiB: the documents added {peak - before:,.0f} MiB to what the "
          "dataset and the KPI engine had taken")
    print("OK" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
