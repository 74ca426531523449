"""Grant checks' cost: the calls a page makes on every rerun (``revision``, ``settings``, ``list_workspaces``) and a
whole ``snapshot``, through ``Store.as_user`` for a consultant with a grant, against the same calls on the bare
``Store``, in the same run, on SQLite (or ``--url``), with ``--workspaces`` workspaces and as many accounts.

Target: per-rerun calls at most 3x the bare store's (each adds one indexed query), a snapshot of a 100,000-comment
workspace at most 1.1x. Rounds interleave the measurements; medians are compared. Exits 1 above a target.
Usage: ``python benchmarks/bench_access.py [--workspaces N] [--comments N] [--rounds R] [--url ...]``.
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

from benchmarks.synth import large_dataset  # noqa: E402
from lib import store  # noqa: E402
from lib.auth import User  # noqa: E402

RERUN_TARGET, SNAPSHOT_TARGET = 3.0, 1.1


def timed(fn, repeat: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workspaces", type=int, default=200)
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--url")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        s = store.Store(args.url or f"sqlite:///{Path(tmp) / 'bench.db'}")
        for i in range(args.workspaces):
            s.create(f"Client {i:04d}")
            s.add_user(f"user{i}@client.it", "client")
            s.grant(f"user{i}@client.it", f"Client {i:04d}")
        name = "Client 0007"
        s.save_dataset(name, large_dataset(comments=args.comments), "bench", kind="file")
        s.add_user("carla@agency.it", "consultant")
        for i in range(0, args.workspaces, 10):
            s.grant("carla@agency.it", f"Client {i:04d}")
        s.grant("carla@agency.it", name)
        us = s.as_user(User("carla@agency.it", "consultant"))

        def rerun(target):
            return lambda: (target.revision(name), target.settings(name), target.list_workspaces())

        bare_rerun, user_rerun, bare_snap, user_snap = [], [], [], []
        for i in range(args.rounds):  # which goes first alternates, so neither always finds the caches warm
            pairs = [(bare_rerun, rerun(s), 50), (user_rerun, rerun(us), 50),
                     (bare_snap, lambda: s.snapshot(name), 1), (user_snap, lambda: us.snapshot(name), 1)]
            for out, fn, repeat in (pairs if i % 2 == 0 else [pairs[1], pairs[0], pairs[3], pairs[2]]):
                out.append(timed(fn, repeat))
        s.close()
    r_bare, r_user = statistics.median(bare_rerun), statistics.median(user_rerun)
    n_bare, n_user = statistics.median(bare_snap), statistics.median(user_snap)
    print(f"{args.workspaces} workspaces and accounts, snapshot of {args.comments:,} comments, {args.rounds} rounds")
    print(f"per rerun (revision + settings + list): bare {r_bare * 1000:.2f} ms, as a consultant {r_user * 1000:.2f} "
          f"ms: {r_user / r_bare:.2f}x (target <= {RERUN_TARGET})")
    print(f"snapshot: bare {n_bare * 1000:.1f} ms, as a consultant {n_user * 1000:.1f} ms: {n_user / n_bare:.2f}x "
          f"(target <= {SNAPSHOT_TARGET})")
    return 0 if r_user / r_bare <= RERUN_TARGET and n_user / n_bare <= SNAPSHOT_TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
