"""X archive import (``tweets.js``): streamed with ijson against loading the whole JSON, in the same run.

Generates (seeded, outside git) a synthetic ``data/tweets.js`` in the archive's own layout (``window.YTD.tweets.
part0 = [ {"tweet" : {...}} ]``, pretty-printed, every number a string, entities with media, hashtags and mentions,
a share of replies to the account's own tweets and to others, some retweets), then measures in fresh
subprocesses (so each peak RSS belongs to one measurement):

- baseline: the loader before streaming: the whole file decoded and ``json.loads``-ed, then the same fields
  taken from the list of dicts (everything after that is the importer's own code, shared by both);
- import: ``lib.importers.import_file`` as shipped (``x_archive._stream``: ijson, one tweet at a time).

Prints the file size, seconds and peak memory above the process's start (VmHWM after resetting it, after a
warm-up import of a 50-tweet archive so one-time lazy imports and caches do not count) of each,
and the ratios; the target is a peak under 2x the file's size. Each figure is the best of ``--repeat`` runs,
alternating, because the machine is shared.

Usage: ``python benchmarks/bench_import_archive.py [--tweets N] [--repeat N] [--keep DIR]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_import import _reset_peak, _status_kb  # noqa: E402  (after the path is set)

OWNER = "AcmeBakery"


def write_archive(path: Path, tweets: int, seed: int) -> Path:
    """A synthetic ``tweets.js``: 60% posts, 15% self-thread replies, 20% replies to others, 5% retweets."""
    rng = random.Random(seed)
    start = dt.datetime(2019, 1, 1, tzinfo=dt.UTC)
    words = ["bread", "fresh", "oven", "today", "sourdough", "croissant", "open", "weekend", "thanks", "order", "delivery", "new", "menu", "question", "price", "gluten", "vegan", "pastry", "coffee", "morning"]
    items = []
    for i in range(tweets):
        tid = str(1100000000000000000 + i * 7)
        when = start + dt.timedelta(minutes=37 * i)
        text = " ".join(rng.choice(words) for _ in range(rng.randint(8, 30)))
        roll = rng.random()
        tweet = {
            "retweeted": False, "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
            "entities": {
                "user_mentions": [], "urls": [], "symbols": [],
                "hashtags": [{"text": rng.choice(words), "indices": ["0", "9"]} for _ in range(rng.randint(0, 3))],
            },
            "display_text_range": ["0", str(len(text))], "favorite_count": str(rng.randint(0, 400)),
            "id_str": tid, "truncated": False, "retweet_count": str(rng.randint(0, 60)), "id": tid,
            "created_at": when.strftime("%a %b %d %H:%M:%S +0000 %Y"), "favorited": False, "full_text": text,
            "lang": "en",
        }
        if rng.random() < 0.3:
            tweet["entities"]["media"] = [{
                "expanded_url": f"https://twitter.com/{OWNER}/status/{tid}/photo/1", "indices": ["100", "123"],
                "url": "https://t.co/abcdefghij", "media_url": f"http://pbs.twimg.com/media/{tid}.jpg",
                "id_str": tid, "id": tid, "media_url_https": f"https://pbs.twimg.com/media/{tid}.jpg",
                "sizes": {s: {"w": "1080", "h": "720", "resize": "fit"} for s in ("small", "thumb", "medium", "large")},
                "type": "photo", "display_url": "pic.twitter.com/abcdefghij"}]
        if 0.6 <= roll < 0.75 and i:
            parent = str(1100000000000000000 + rng.randrange(i) * 7)
            tweet |= {"in_reply_to_status_id_str": parent, "in_reply_to_status_id": parent,
                      "in_reply_to_screen_name": OWNER, "in_reply_to_user_id_str": "42"}
        elif 0.75 <= roll < 0.95:
            parent = str(1500000000000000000 + i)
            tweet |= {"in_reply_to_status_id_str": parent, "in_reply_to_status_id": parent,
                      "in_reply_to_screen_name": f"customer{i % 997}", "in_reply_to_user_id_str": str(i)}
            tweet["full_text"] = f"@customer{i % 997} {text}"
            tweet["entities"]["user_mentions"] = [{"name": "C", "screen_name": f"customer{i % 997}",
                                                   "indices": ["0", "12"], "id_str": str(i), "id": str(i)}]
        elif roll >= 0.95:
            tweet["full_text"] = f"RT @friend: {text}"
        items.append({"tweet": tweet})
    path.write_text("window.YTD.tweets.part0 = " + json.dumps(items, indent=2, separators=(",", " : ")),
                    encoding="utf-8")
    return path


def _whole_json(f):  # the loader before streaming, kept here as the baseline
    from lib.importers import x_archive

    text = f.text
    m = x_archive._PREFIX.match(text)
    items = json.loads(text[m.end():].strip().rstrip(";"))
    raw = [i.get("tweet", i) for i in items if isinstance(i, dict)]
    out = x_archive._Archive()
    for t in raw:
        out.add(t)
    return out


def measure(kind: str, path: str) -> dict:
    """One measurement in this process: seconds, peak RSS above the start, posts and comments imported."""
    import pandas as pd  # noqa: F401  (imported before the start line, like the importer's own imports)

    from lib.importers import import_file, x_archive
    from lib.importers.base import SourceFile
    from lib.importers.registry import importers

    importers()
    if kind == "whole_json":
        x_archive._stream = _whole_json  # the same importer with the old loader in place of the stream
    with tempfile.TemporaryDirectory() as tmp:  # warm-up: one-time lazy imports and caches are not the loader's
        small = write_archive(Path(tmp) / "tweets.js", 50, 1)
        import_file(SourceFile(name="warm-up.js", data=small.read_bytes()))
    _reset_peak()
    start_rss = _status_kb("VmRSS")
    t0 = time.perf_counter()
    results = import_file(SourceFile(name=Path(path).name, data=Path(path).read_bytes()))
    seconds = time.perf_counter() - t0
    peak_kb = _status_kb("VmHWM")
    ds = results[0].dataset
    return {"kind": kind, "seconds": seconds, "peak_bytes": (peak_kb - start_rss) * 1024,
            "posts": len(ds.posts), "comments": len(ds.comments)}


def _once(kind: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", kind, str(path)], capture_output=True,
                         text=True, cwd=ROOT, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tweets", type=int, default=30_000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--repeat", type=int, default=2, help="measurements per figure; the best is printed")
    ap.add_argument("--keep", help="write the generated file here instead of a temporary folder")
    ap.add_argument("--measure", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(*args.measure)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = write_archive(folder / "tweets.js", args.tweets, args.seed)
        size = path.stat().st_size
        runs: dict[str, list[dict]] = {"whole_json": [], "stream": []}
        for _ in range(args.repeat):
            for kind in runs:
                runs[kind].append(_once(kind, path))
        best = {k: {"seconds": min(r["seconds"] for r in v), "peak_bytes": min(r["peak_bytes"] for r in v),
                    "posts": v[0]["posts"], "comments": v[0]["comments"]} for k, v in runs.items()}
    base, new = best["whole_json"], best["stream"]
    assert (base["posts"], base["comments"]) == (new["posts"], new["comments"]), "both loaders must import the same"
    print(f"tweets.js: {size / 2**20:.1f} MB, {args.tweets} tweets -> {new['posts']} posts, {new['comments']} comments")
    for label, r in (("whole JSON (before)", base), ("streamed with ijson", new)):
        print(f"  {label:22s} {r['seconds']:6.2f} s   peak {r['peak_bytes'] / 2**20:7.1f} MB "
              f"({r['peak_bytes'] / size:.2f}x the file)")
    print(f"  ratio stream/whole: time {new['seconds'] / base['seconds']:.2f}x, "
          f"peak {new['peak_bytes'] / base['peak_bytes']:.2f}x; target peak < 2x the file: "
          f"{'met' if new['peak_bytes'] < 2 * size else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
