"""Import speed and memory against a bare ``pyarrow.csv.read_csv`` of the same file, measured in the same run.

Generates (seeded, outside git) a 1,000,000-comment canonical comments CSV and a 100,000-post Meta Business
Suite posts CSV, then measures each in a fresh subprocess (so peak RSS belongs to one measurement):

- baseline: ``pyarrow.csv.read_csv(path, parse_options=ParseOptions(newlines_in_values=True))``
- import: ``lib.importers.import_file`` (detection, pandas C parser, canonical dtypes, text features)

Prints seconds, peak memory above the process's start (VmHWM after resetting it, so imports do not count),
the loaded frame's size and the ratios (targets: time <= 3x the baseline, peak memory <= 3x the loaded frame).
Each figure is the best of ``--repeat`` runs, baseline and import alternating, because the machine is shared.
The synthetic comments repeat a few dozen texts, which the text features compute once each; a copy of the
file where every text is distinct (a number appended, which is not a word) shows the worst case. For reference
(no target), a 100,000-post LinkedIn content .xlsx is also imported and compared with python-calamine's read.

Usage: ``python benchmarks/bench_import.py [--comments N] [--posts N] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

META_HEADER = [
    "Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)", "Publish time", "Caption type",
    "Permalink", "Is crosspost", "Is share", "Post type", "Languages", "Custom labels", "Funded content status",
    "Data comment", "Date", "Views", "Reach", "Reactions, Comments and Shares", "Reactions", "Comments", "Shares",
    "Total clicks", "3-second video views", "Seconds viewed", "Average Seconds viewed",
]
META_TYPES = {"photo": "Photos", "video": "Videos", "link": "Links", "text": "Text", "reel": "Reels"}


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def _reset_peak() -> None:
    """Reset the kernel's peak-RSS mark (VmHWM) so module imports do not count as the measured peak."""
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")


def write_meta_csv(path: Path, posts: int, seed: int) -> Path:
    """A Meta Business Suite English posts export built from the synthetic posts (vectorised)."""
    import numpy as np
    import pandas as pd

    from benchmarks.synth import large_dataset

    p = large_dataset(posts=posts, comments=0, seed=seed).posts
    n = len(p)
    rng = np.random.default_rng(seed)
    local = p["published_at"].dt.tz_convert("America/Los_Angeles")
    reactions = p["reactions"].fillna(0).astype("int64")
    comments = p["comments"].fillna(0).astype("int64")
    shares = p["shares"].fillna(0).astype("int64")
    frame = pd.DataFrame({
        "Post ID": p["post_id"], "Page ID": "100064197037125", "Page name": "Forno Rossi", "Title": "",
        "Description": p["text"], "Duration (sec)": 0, "Publish time": local.dt.strftime("%m/%d/%Y %H:%M"),
        "Caption type": "N/A", "Permalink": "https://www.facebook.com/fornorossi/posts/" + p["post_id"],
        "Is crosspost": 0, "Is share": 0, "Post type": p["post_type"].map(META_TYPES).fillna("Photos"),
        "Languages": "", "Custom labels": "", "Funded content status": "", "Data comment": "", "Date": "Lifetime",
        "Views": p["impressions"].fillna(0).astype("int64"), "Reach": p["reach"].fillna(0).astype("int64"),
        "Reactions, Comments and Shares": reactions + comments + shares, "Reactions": reactions,
        "Comments": comments, "Shares": shares, "Total clicks": rng.integers(0, 500, n),
        "3-second video views": rng.integers(0, 3000, n), "Seconds viewed": rng.integers(0, 9000, n),
        "Average Seconds viewed": "",
    })[META_HEADER]
    frame.to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\n")
    return path


def write_linkedin_xlsx(path: Path, posts: int, seed: int) -> Path:
    """A LinkedIn content export (.xlsx, 'All posts' sheet with its description row) of ``posts`` rows."""
    import numpy as np
    from openpyxl import Workbook

    rng = np.random.default_rng(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("All posts")
    ws.append(["Engagement metrics for individual posts."])
    ws.append(["Post title", "Post link", "Post type", "Campaign name", "Posted by", "Created date",
               "Campaign start date", "Campaign end date", "Audience", "Impressions", "Views", "Offsite Views",
               "Clicks", "Click through rate (CTR)", "Likes", "Comments", "Reposts", "Follows", "Engagement rate",
               "Content Type"])
    counts = rng.integers(0, 5000, size=(posts, 5)).tolist()
    days = [f"{m:02d}/{d:02d}/2025" for m, d in zip(rng.integers(1, 13, posts), rng.integers(1, 29, posts))]
    for i in range(posts):
        c = counts[i]
        ws.append([f"Post {i}", f"https://www.linkedin.com/feed/update/urn:li:activity:{7306192134921981953 - i}",
                   "Organic", None, "Anna", days[i], None, None, "All followers", c[0], None, None, c[1], 0.05,
                   c[2], c[3], c[4], None, 0.07, "Image"])
    wb.save(path)
    return path


def measure(kind: str, path: str) -> dict:
    """One measurement in this process: seconds, peak RSS above the start, the loaded frame's bytes."""
    import pandas as pd  # noqa: F401  (imported before the start line, like the importer's own imports)
    import pyarrow.csv as pacsv

    from lib.importers import import_file
    from lib.importers.base import SourceFile
    from lib.importers.registry import importers

    importers()  # import every importer module before the clock starts (a one-time cost per process)
    _reset_peak()
    start_rss = _status_kb("VmRSS")
    t0 = time.perf_counter()
    if kind == "pyarrow":
        table = pacsv.read_csv(path, parse_options=pacsv.ParseOptions(newlines_in_values=True))
        seconds = time.perf_counter() - t0
        frame_bytes, rows = table.nbytes, table.num_rows
    elif kind == "calamine":
        from python_calamine import CalamineWorkbook

        values = CalamineWorkbook.from_path(path).get_sheet_by_name("All posts").to_python()
        seconds = time.perf_counter() - t0
        frame_bytes, rows = 0, len(values)
    elif kind == "stages":
        from lib import text
        from lib.importers import _tabular as tab

        f = SourceFile(name=Path(path).name, data=Path(path).read_bytes())
        frame = tab.read_csv(f)
        t_read = time.perf_counter() - t0
        t1 = time.perf_counter()
        if "is_brand" in frame.columns:
            text.is_substantive(frame["text"])
        else:
            text.is_question(frame["Description"])
        t_text = time.perf_counter() - t1
        return {"kind": kind, "read_csv": t_read, "text_features": t_text}
    else:
        data = Path(path).read_bytes()
        results = import_file(SourceFile(name=Path(path).name, data=data))
        del data
        seconds = time.perf_counter() - t0
        ds = results[0].dataset
        frame_bytes = sum(int(ds.table(t).memory_usage(deep=True).sum()) for t in ds.TABLES)
        rows = len(ds)
    peak_kb = _status_kb("VmHWM")
    return {"kind": kind, "seconds": seconds, "peak_bytes": (peak_kb - start_rss) * 1024,
            "frame_bytes": frame_bytes, "rows": rows}


def write_distinct_texts(source: Path, path: Path) -> Path:
    """``source`` (canonical comments) with the row number appended to every text: all texts distinct, same
    words (a number is not a word), so the substantive flags are unchanged."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pacsv

    table = pacsv.read_csv(source, parse_options=pacsv.ParseOptions(newlines_in_values=True),
                           convert_options=pacsv.ConvertOptions(
                               column_types={c: pa.string() for c in ("comment_id", "post_id", "parent_id", "author_id",
                                                                      "created_at", "is_brand")}))
    numbers = pc.cast(pa.array(range(table.num_rows)), pa.string())
    texts = pc.binary_join_element_wise(table.column("text"), numbers, " ")
    table = table.set_column(table.schema.get_field_index("text"), "text", texts)
    pacsv.write_csv(table, path, pacsv.WriteOptions(quoting_style="needed"))
    return path


def _once(kind: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", kind, str(path)], capture_output=True,
                         text=True, cwd=ROOT, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _best(runs: list[dict]) -> dict:
    best = min(runs, key=lambda r: r["seconds"])
    return {**best, "peak_bytes": min(r["peak_bytes"] for r in runs)}


def _pair(base_kind: str, path: Path, repeat: int) -> tuple[dict, dict]:
    """Best of ``repeat`` fresh-process measurements of the baseline and the import, alternating (the machine
    is shared, so the minimum is the signal and both see the same load)."""
    base, imp = [], []
    for _ in range(repeat):
        base.append(_once(base_kind, path))
        imp.append(_once("import", path))
    return _best(base), _best(imp)


def _stages(path: Path, repeat: int) -> dict:
    runs = [_once("stages", path) for _ in range(repeat)]
    return {k: min(r[k] for r in runs) for k in ("read_csv", "text_features")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--comments", type=int, default=1_000_000)
    ap.add_argument("--posts", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=3, help="measurements per figure; the best is printed")
    ap.add_argument("--keep", help="write the generated files here instead of a temporary folder")
    ap.add_argument("--measure", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return 0

    from benchmarks.synth import write_large_csvs

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        canonical = write_large_csvs(folder / "canonical", posts=1000, comments=args.comments, seed=args.seed)
        meta = write_meta_csv(folder / "meta_posts.csv", args.posts, args.seed)
        print(f"generated in {time.perf_counter() - t0:.1f} s: comments.csv "
              f"{canonical['comments'].stat().st_size / 1e6:.0f} MB, meta_posts.csv {meta.stat().st_size / 1e6:.0f} MB")
        distinct = write_distinct_texts(canonical["comments"], folder / "comments_distinct_texts.csv")
        ok = True
        for label, path, target in (("canonical comments", canonical["comments"], True), ("Meta posts", meta, True),
                                    ("canonical comments, every text distinct (worst case, for reference)",
                                     distinct, False)):
            base, imp = _pair("pyarrow", path, args.repeat)
            t_ratio = imp["seconds"] / base["seconds"]
            m_ratio = imp["peak_bytes"] / imp["frame_bytes"]
            if target:
                ok &= t_ratio <= 3 and m_ratio <= 3
            print(f"{label}: {imp['rows']:,} rows, file {path.stat().st_size / 1e6:.0f} MB (held in memory by "
                  f"import_file's caller)")
            print(f"  pyarrow.csv.read_csv  {base['seconds']:7.2f} s  peak +{base['peak_bytes'] / 1e6:7.0f} MB  "
                  f"table {base['frame_bytes'] / 1e6:6.0f} MB  (its own peak / table "
                  f"{base['peak_bytes'] / base['frame_bytes']:.2f}x)")
            print(f"  import_file           {imp['seconds']:7.2f} s  peak +{imp['peak_bytes'] / 1e6:7.0f} MB  "
                  f"frame {imp['frame_bytes'] / 1e6:6.0f} MB")
            print(f"  time ratio {t_ratio:.2f}x (target <= 3x), peak memory / loaded frame {m_ratio:.2f}x "
                  f"(target <= 3x)")
            st = _stages(path, args.repeat)
            print(f"  of which: reading (lib.importers._tabular.read_csv) {st['read_csv']:.2f} s "
                  f"= {st['read_csv'] / base['seconds']:.2f}x the baseline; text features (lib/text.py) "
                  f"{st['text_features']:.2f} s = {st['text_features'] / base['seconds']:.2f}x")
        xlsx = write_linkedin_xlsx(folder / "linkedin_content.xlsx", args.posts, args.seed)
        base, imp = _pair("calamine", xlsx, args.repeat)
        print(f"LinkedIn content .xlsx (not a target, for reference): {imp['rows']:,} rows")
        print(f"  python-calamine to_python  {base['seconds']:7.2f} s; import_file {imp['seconds']:7.2f} s "
              f"({imp['seconds'] / base['seconds']:.2f}x)")
    print("PASS" if ok else "FAIL: a ratio is above its target")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
