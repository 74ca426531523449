"""Store speed: saving a 1,000,000-comment import and loading the workspace back, against reading the same
data as CSV with a bare ``pyarrow.csv.read_csv`` (``newlines_in_values=True``), on SQLite, in the same run.

Target: each of save and load at most 3x the CSV read. Rounds interleave the three measurements so they share
the machine's load; the medians are compared. Exits 1 when a ratio is above the target.
Usage: ``python benchmarks/bench_store.py [--comments N] [--rounds R] [--url postgresql://...]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pyarrow.csv as pacsv  # noqa: E402

from benchmarks.synth import large_dataset  # noqa: E402
from lib import store  # noqa: E402
from lib.importers.base import ImportResult  # noqa: E402

TARGET = 3.0


def write_csvs(dataset, folder: Path) -> list[Path]:
    """The dataset as canonical CSVs (the project's writer when present, else the demo helper's)."""
    try:
        from lib.importers.canonical import write_canonical
    except ImportError:
        from sample_data.canonical_csv import write_tables

        return list(write_tables(dataset, folder).values())
    return [Path(p) for p in write_canonical(dataset, folder)]


def read_csvs(paths: list[Path]) -> int:
    """The baseline: a bare pyarrow read of every table's CSV; returns the rows read."""
    opts = pacsv.ParseOptions(newlines_in_values=True)
    return sum(pacsv.read_csv(p, parse_options=opts).num_rows for p in paths)


def timed(fn):
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--url", help="another database to measure (e.g. a PostgreSQL URL); default: SQLite in a temp folder")
    args = parser.parse_args(argv)

    data = large_dataset(posts=args.posts, comments=args.comments)
    rows = {t: len(data.table(t)) for t in data.TABLES}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_csvs(data, folder / "csv")
        mb = sum(p.stat().st_size for p in paths) / 1e6
        st = store.Store(args.url or f"sqlite:///{folder / 'bench.db'}")
        result = ImportResult(source="large.csv", importer="canonical", platform="facebook", dataset=data)
        print(f"database: {st.location}")
        print(f"data: {rows} = {sum(rows.values()):,} rows, {mb:.0f} MB of CSV")
        csv_t, save_t, load_t = [], [], []
        for i in range(args.rounds):
            name = f"bench {i}"
            if st.exists(name):
                st.delete(name)
            st.create(name)
            t, n = timed(lambda: read_csvs(paths))
            assert n == sum(rows.values())
            csv_t.append(t)
            t, rec = timed(lambda name=name: st.save_import(name, result))
            assert not rec.duplicate and rec.rows == rows
            save_t.append(t)
            t, back = timed(lambda name=name: st.load(name))
            assert len(back.comments) == rows["comments"]
            load_t.append(t)
            print(f"round {i + 1}: csv read {csv_t[-1]:.3f} s, save {save_t[-1]:.3f} s, load {load_t[-1]:.3f} s")
        db = folder / "bench.db"
        size = f"; {db.stat().st_size / 1e6 / args.rounds:.0f} MB in SQLite per copy" if db.exists() else ""

        # informative: a second, overlapping import (half the comments again) makes load merge two versions
        half = type(data)(posts=data.posts, comments=data.comments.iloc[: len(data.comments) // 2],
                          followers=data.followers, traffic=data.traffic)
        st.save_import("bench 0", ImportResult("overlap.csv", "canonical", "facebook", half), data=b"overlap")
        merges = [timed(lambda: st.load("bench 0")) for _ in range(args.rounds)]
        assert all(len(m.comments) == rows["comments"] for _, m in merges)
        merge_t = statistics.median(t for t, _ in merges)
        for i in range(args.rounds):
            st.delete(f"bench {i}")
        st.close()

    base, save, load = (statistics.median(x) for x in (csv_t, save_t, load_t))
    print(f"median: pyarrow.csv.read_csv {base:.3f} s | save_import {save:.3f} s = {save / base:.2f}x | "
          f"load {load:.3f} s = {load / base:.2f}x (target <= {TARGET:.0f}x){size}")
    print(f"load after an overlapping second import (merge of two versions, median): {merge_t:.3f} s = "
          f"{merge_t / base:.2f}x")
    ok = save / base <= TARGET and load / base <= TARGET
    print("OK" if ok else "TOO SLOW")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
