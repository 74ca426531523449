"""X connector speed: turning a maximal fetch (3,200 timeline posts, N replies) into canonical tables, and the
cost of redacting every log record.

1. Conversion: ``XFetch`` building its Dataset from raw v2 tweets, against the generic route on the same
   tweets: ``pandas.json_normalize`` to flatten them, plus ``Dataset.from_frames`` on the rows in canonical
   form (the coercion, text features and validation every source pays). Target: no slower (ratio <= 1).
2. Redaction: formatting N DEBUG records shaped like tweepy's request log through a handler, with the redacting
   record factory installed, against the same without it (measured first). Reported, no target.

Usage: ``python benchmarks/bench_x_connector.py [--replies N] [--records N] [--rounds R]``. Exits 1 above target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import logging
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from lib.connectors import redact  # noqa: E402
from lib.connectors import x as xc  # noqa: E402
from lib.dataset import Dataset  # noqa: E402

TARGET = 1.0
ACCOUNT_ID = "1520000000000000001"


def raw_fetch(posts: int, replies: int, seed: int = 7) -> xc.XFetch:
    """An XFetch holding synthetic raw v2 tweets, as if X had answered (no HTTP)."""
    rng = np.random.default_rng(seed)
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    fetch = xc.XFetch(client=None, username="AcmeCoffee", now=dt.datetime(2026, 11, 20, tzinfo=dt.UTC))  # type: ignore[arg-type]
    fetch.account_id = ACCOUNT_ID
    post_ids = [str(1800000000000000000 + i) for i in range(posts)]
    for i, pid in enumerate(post_ids):
        fetch.posts[pid] = {
            "id": pid, "author_id": ACCOUNT_ID, "conversation_id": pid, "text": f"Post {i}: what do you think?",
            "created_at": (start + dt.timedelta(hours=2 * i)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "public_metrics": {k: int(v) for k, v in zip(
                ("retweet_count", "reply_count", "like_count", "quote_count", "bookmark_count", "impression_count"),
                rng.integers(0, 5000, 6))},
        }
    users = [str(1400000000000000000 + u) for u in range(max(1, replies // 10))]
    fetch.authors.update({u: f"user{k}" for k, u in enumerate(users)})
    fetch.authors[ACCOUNT_ID] = "AcmeCoffee"
    conv = rng.integers(0, posts, replies)
    brand = rng.random(replies) < 0.2  # the account answers the reply before it
    who = rng.integers(0, len(users), replies)
    for j in range(replies):
        cid, pid = str(1900000000000000000 + j), post_ids[conv[j]]
        answering = brand[j] and j > 0
        fetch.replies[cid] = {
            "id": cid, "conversation_id": pid, "author_id": ACCOUNT_ID if answering else users[who[j]],
            "in_reply_to_user_id": users[who[j - 1]] if answering else ACCOUNT_ID,
            "referenced_tweets": [{"type": "replied_to", "id": str(1900000000000000000 + j - 1) if answering else pid}],
            "text": f"Reply {j}", "created_at": (start + dt.timedelta(minutes=j)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        }
    return fetch


def timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def log_records(n: int) -> float:
    """Seconds to emit ``n`` DEBUG records shaped like tweepy's request log through a formatting handler."""
    logger = logging.getLogger("bench.tweepy.client")
    logger.handlers[:] = [logging.StreamHandler(io.StringIO())]
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    headers = {"User-Agent": "Python/3.11 Requests/2.34 Tweepy/4.17",
               "Authorization": "Bearer AAAAAAAAAAAAAAAAAAAAABenchToken%2Bq9xYz0%3DkPqL8sZ3vN1mR7tW2yB5cD0eF6gH"}
    t0 = time.perf_counter()
    for i in range(n):
        logger.debug(f"Making API request: GET https://api.twitter.com/2/users/1/tweets\nParameters: {{'page': {i}}}\n"
                     f"Headers: {headers}\nBody: None")
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=3200)
    parser.add_argument("--replies", type=int, default=50_000)
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    fetch = raw_fetch(args.posts, args.replies)
    built = fetch.result().dataset
    canonical = {name: built.table(name).drop(columns=["is_question", "is_substantive"], errors="ignore")
                 for name in ("posts", "comments", "followers")}
    raw_posts, raw_replies = list(fetch.posts.values()), list(fetch.replies.values())

    def generic() -> Dataset:
        pd.json_normalize(raw_posts)
        pd.json_normalize(raw_replies)
        return Dataset.from_frames(**canonical)

    convert, baseline = [], []
    for _ in range(args.rounds):  # interleaved, so both share the machine's load
        convert.append(timed(fetch.result)[0])
        baseline.append(timed(generic)[0])
    c, b = statistics.median(convert), statistics.median(baseline)
    ratio = c / b
    print(f"conversion of {args.posts:,} posts + {args.replies:,} replies: {c:.3f} s; json_normalize + "
          f"Dataset.from_frames: {b:.3f} s; ratio {ratio:.2f} (target <= {TARGET})")

    plain = statistics.median(log_records(args.records) for _ in range(args.rounds))
    redact.install()
    redacted = statistics.median(log_records(args.records) for _ in range(args.rounds))
    print(f"{args.records:,} DEBUG request records: {plain:.3f} s plain, {redacted:.3f} s redacted; "
          f"ratio {redacted / plain:.2f} ({redacted / args.records * 1e6:.1f} us per record)")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
