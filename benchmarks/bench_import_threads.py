"""Reply-thread import speed (twcs layout) against a bare ``pyarrow.csv.read_csv`` of the same file, same run.

Generates (seeded, in a temporary folder) a customer-support CSV in the twcs layout with N tweets whose reply
chains are 1 to 6 deep, then times:

- baseline: ``pyarrow.csv.read_csv(path, parse_options=ParseOptions(newlines_in_values=True))``
- import: ``lib.importers.import_file`` (detection, parsing, exact ids, thread roots, brand accounts, text features)

Prints seconds and the ratio. Usage: ``python benchmarks/bench_import_threads.py [--tweets N]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def write_twcs(path: Path, n: int, seed: int = 7) -> None:
    """A twcs-layout CSV: threads open with a customer tweet, replies alternate brand and customer."""
    rng = np.random.default_rng(seed)
    ids = np.arange(1, n + 1)
    depth_pos = np.zeros(n, dtype=np.int64)  # position inside its thread, threads of 1..6 tweets
    sizes = rng.integers(1, 7, n // 3 + 1)
    starts = np.cumsum(np.concatenate([[0], sizes]))[:-1]
    starts = starts[starts < n]
    depth_pos[:] = np.arange(n) - np.repeat(starts, np.diff(np.append(starts, n)))
    brand = depth_pos % 2 == 1
    brands = np.array(["AcmeHelp", "BetaCare", "GammaSupport"])
    frame = pd.DataFrame({
        "tweet_id": ids,
        "author_id": np.where(brand, brands[rng.integers(0, 3, n)], rng.integers(100000, 900000, n).astype(str)),
        "inbound": np.where(brand, "False", "True"),
        "created_at": (pd.Timestamp("2017-10-01", tz="UTC") + pd.to_timedelta(ids * 7, unit="s"))
        .strftime("%a %b %d %H:%M:%S +0000 %Y"),
        "text": np.where(brand, "@123 Sorry to hear that, please DM us your order number ^JK",
                         "@AcmeHelp my parcel has not arrived\nand nobody answers"),
        "response_tweet_id": "",
        "in_response_to_tweet_id": np.where(depth_pos == 0, "", (ids - 1).astype(str) + ".0"),
    })
    frame.to_csv(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tweets", type=int, default=500_000)
    args = parser.parse_args()
    import pyarrow.csv as pacsv

    from lib.importers import import_file
    from lib.importers.base import SourceFile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "twcs.csv"
        write_twcs(path, args.tweets)
        t0 = time.perf_counter()
        pacsv.read_csv(path, parse_options=pacsv.ParseOptions(newlines_in_values=True))
        base = time.perf_counter() - t0
        data = path.read_bytes()
        t0 = time.perf_counter()
        res = import_file(SourceFile(path.name, data))[0]
        took = time.perf_counter() - t0
    print(f"twcs threads: {args.tweets:,} tweets, {len(data) / 2**20:.0f} MB, "
          f"{res.dataset.comments['post_id'].nunique():,} threads")
    print(f"baseline pyarrow.csv.read_csv: {base:.2f} s")
    print(f"import_file: {took:.2f} s  (ratio {took / base:.1f}x)")


if __name__ == "__main__":
    main()
