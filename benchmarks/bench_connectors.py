"""Connector speed (issue 12): converting fetched JSON to canonical tables, and what a fetch costs in HTTP calls.

1. Conversion: the JSON a Mastodon, a YouTube and a Facebook fetch receive for N posts with M comments (plain dicts shaped
   like the APIs' answers, no HTTP) turned into the canonical Dataset by the connector's own code (rows per
   status / comment, HTML to text, threads re-hung, brand flagged, ``Dataset.from_frames``), against a plain
   ``pandas.json_normalize`` of the same records, measured in the same run. Target: ratio <= 2.
2. A fetch over HTTP: a Mastodon account with P posts (every fourth with a thread), a YouTube channel with V
   videos, a Facebook Page and a Threads account with P / 4 posts, each replayed by a server on loopback (``tests.connector_tape.serve``) to the real client library.
   Prints the calls the fetch made against the minimum the APIs' largest page sizes allow (target: equal), and
   the fetch's time against plain ``requests.get`` of the same addresses (the HTTP alone; reported, no target).

Usage: ``python benchmarks/bench_connectors.py [--posts N] [--comments M] [--fetch-posts P] [--videos V]
[--rounds R]``. Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402
import requests  # noqa: E402

from lib.connectors import base  # noqa: E402
from lib.connectors import facebook as fb  # noqa: E402
from lib.connectors import mastodon as md  # noqa: E402
from lib.connectors import threads as th  # noqa: E402
from lib.connectors import youtube as yt  # noqa: E402
from lib.connectors.base import FetchRequest  # noqa: E402
from tests.connector_tape import answer, serve  # noqa: E402

TARGET = 2.0
NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
HOST = "https://mastodon.social"
ACME = {"id": "1", "username": "acme", "acct": "acme", "url": f"{HOST}/@acme", "uri": f"{HOST}/users/acme",
        "followers_count": 930, "created_at": "2022-11-01T00:00:00.000Z"}
CHANNEL = "UCAcmeCoffeeChannel00001"
FAKE_KEY = "AIzaBench"  # noqa: S105 (the loopback server ignores it)


def _when(minutes: int) -> str:
    return (START + dt.timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


# ------------------------------------------------------------------------------------------ Mastodon JSON
def mastodon_json(posts: int, comments: int, every: int = 1) -> tuple[list[dict], dict[str, list[dict]]]:
    """``posts`` statuses of the account, newest first, and the descendants of every ``every``-th one (``comments``
    replies in all: half answer the post, half the reply before them, one in five by the account)."""
    people = [{"id": str(100 + k), "acct": f"user{k}@example.social", "url": f"https://example.social/@user{k}",
               "uri": f"https://example.social/users/user{k}"} for k in range(max(1, comments // 20))]
    statuses = [{"id": str(10_000_000 + i), "created_at": _when(posts - i), "visibility": "public",
                 "uri": f"{HOST}/users/acme/statuses/{10_000_000 + i}", "url": f"{HOST}/@acme/{10_000_000 + i}",
                 "content": f"<p>Post {i}: which roast do you want next?</p>", "replies_count": 0,
                 "reblogs_count": i % 7, "favourites_count": i % 31, "media_attachments": [], "card": None,
                 "poll": None, "reblog": None, "account": ACME} for i in range(posts)]
    threaded = statuses[::every]
    contexts: dict[str, list[dict]] = {s["id"]: [] for s in threaded}
    for j in range(comments):
        post = threaded[j % len(threaded)]
        siblings = contexts[post["id"]]
        brand = j % 5 == 4
        who = ACME if brand else people[j % len(people)]
        parent = siblings[-1]["id"] if siblings and j % 2 else post["id"]
        rid = str(50_000_000 + j)
        siblings.append({"id": rid, "created_at": _when(posts + j), "in_reply_to_id": parent, "visibility": "public",
                         "uri": f"{who['uri']}/statuses/{rid}", "account": who,
                         "content": f"<p>Reply {j} &amp; a thought about the roast</p>"})
        post["replies_count"] += 1
    return statuses, contexts


def mastodon_convert(statuses: list[dict], contexts: dict[str, list[dict]]) -> Any:
    fetch = md.MastodonFetch(FetchRequest("acme@mastodon.social", now=NOW), md.make_client(HOST)[0])
    fetch.account_id = ACME["uri"]
    for s in statuses:
        row = md.post_row(s, fetch.account, fetch.account_id)
        fetch.posts[row["post_id"]] = row
    for local, descendants in contexts.items():
        md.thread_rows(descendants, local, local, fetch.account, fetch.account_id, fetch.comments, fetch.hidden)
    return fetch.dataset()


# ------------------------------------------------------------------------------------------ YouTube JSON
def youtube_json(videos: int, comments: int) -> tuple[list[dict], dict[str, list[dict]]]:
    """``videos`` videos.list items and, per video, commentThreads items (``comments`` comments in all: each
    thread a top-level comment with up to four replies, one in five replies by the channel)."""
    items = [{"id": f"v{i:010d}", "snippet": {"publishedAt": _when(videos - i), "title": f"Video {i}?"},
              "statistics": {"viewCount": str(i * 13), "likeCount": str(i % 97), "commentCount": "0"},
              "status": {"privacyStatus": "public"}} for i in range(videos)]
    threads: dict[str, list[dict]] = {v["id"]: [] for v in items}

    def comment(cid: str, video: str, j: int, parent: str | None) -> dict:
        who = CHANNEL if parent and j % 5 == 4 else f"UCuser{j % 5000:017d}"
        return {"id": cid, "snippet": {"videoId": video, "textDisplay": f"Comment {j} about the roast",
                                       "authorDisplayName": f"@user{j % 5000}", "authorChannelId": {"value": who},
                                       "publishedAt": _when(videos + j), **({"parentId": parent} if parent else {})}}

    j = 0
    while j < comments:
        video = items[j % videos]["id"]
        top = comment(f"Ugx{j}", video, j, None)
        replies = [comment(f"Ugx{j}.{k}", video, j + k, top["id"]) for k in range(1, min(5, comments - j))]
        threads[video].append({"id": top["id"], "snippet": {"topLevelComment": top, "totalReplyCount": len(replies)},
                               **({"replies": {"comments": replies}} if replies else {})})
        items[j % videos]["statistics"]["commentCount"] = str(int(items[j % videos]["statistics"]["commentCount"])
                                                              + 1 + len(replies))
        j += 1 + len(replies)
    return items, threads


def youtube_convert(items: list[dict], threads: dict[str, list[dict]]) -> Any:
    fetch = yt.YouTubeFetch(FetchRequest("@acmecoffee", now=NOW), client=None)
    fetch.account_id = CHANNEL
    for v in items:
        fetch.posts[v["id"]] = yt.video_row(v, fetch.account)
    for video, found in threads.items():
        for thread in found:
            for _ in fetch._thread(thread, video):
                pass
    return fetch.dataset()


# ------------------------------------------------------------------------------------------ Facebook JSON
PAGE_ID = "100064197037125"


def facebook_json(posts: int, comments: int) -> tuple[list[dict], dict[str, list[dict]]]:
    """``posts`` /posts items and each post's ``filter=stream`` comments (half answer the one before them)."""
    items = [{"id": f"{PAGE_ID}_{1_000_000 + i}", "created_time": _when(posts - i).replace(".000Z", "+0000"),
              "message": f"Post {i}: which roast next?", "status_type": "added_photos",
              "permalink_url": f"https://www.facebook.com/acme/posts/{i}", "shares": {"count": i % 5},
              "reactions": {"summary": {"total_count": i % 40}}, "comments": {"summary": {"total_count": 0}}}
             for i in range(posts)]
    found: dict[str, list[dict]] = {p["id"]: [] for p in items}
    for j in range(comments):
        post = items[j % posts]
        siblings = found[post["id"]]
        who = {"id": PAGE_ID, "name": "Acme"} if j % 5 == 4 else {"id": str(7000 + j % 5000), "name": f"User {j % 5000}"}
        c = {"id": f"{post['id'].split('_')[1]}_{j}", "message": f"Comment {j} about the roast",
             "created_time": _when(posts + j).replace(".000Z", "+0000"), "from": who, "is_hidden": j % 97 == 0}
        if siblings and j % 2:
            c["parent"] = {"id": siblings[-1]["id"]}
        siblings.append(c)
        post["comments"]["summary"]["total_count"] += 1
    return items, found


def facebook_convert(items: list[dict], found: dict[str, list[dict]]) -> Any:
    fetch = fb.FacebookFetch(FetchRequest(PAGE_ID, now=NOW), graph=None)  # type: ignore[arg-type]
    fetch.account_id, fetch.account = PAGE_ID, "Acme Coffee"
    for p in items:
        row = fb.post_row(p, fetch.account)
        fetch.posts[row["post_id"]] = row
        fb.comment_rows(found[p["id"]], row["post_id"], fetch.account, fetch.comments, fetch.hidden)
    return fetch.dataset()


def flat_records(threads: dict[str, list[dict]]) -> list[dict]:
    out = []
    for found in threads.values():
        for thread in found:
            out.append(thread["snippet"]["topLevelComment"])
            out.extend((thread.get("replies") or {}).get("comments") or [])
    return out


def timed(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def compare(label: str, convert: Callable[[], Any], baseline: Callable[[], Any], rounds: int) -> float:
    ours, plain = [], []
    for _ in range(rounds):  # interleaved, so both share the machine's load
        ours.append(timed(convert))
        plain.append(timed(baseline))
    c, b = statistics.median(ours), statistics.median(plain)
    print(f"{label}: connector {c:.3f} s; pandas.json_normalize {b:.3f} s; ratio {c / b:.2f} (target <= {TARGET})")
    return c / b


# ------------------------------------------------------------------------------------------ fetch over HTTP
def mastodon_interactions(posts: int) -> tuple[list[dict], int]:
    statuses, contexts = mastodon_json(posts, posts // 4 * 3, every=4)
    api = f"{HOST}/api/v1"
    out = [answer(f"{api}/accounts/lookup", ACME, query={"acct": "acme@mastodon.social"})]
    for page in range(math.ceil(posts / md.PAGE)):
        chunk = statuses[page * md.PAGE:(page + 1) * md.PAGE]
        last = page == math.ceil(posts / md.PAGE) - 1
        link = {} if last else {"Link": f'<{api}/accounts/1/statuses?max_id={chunk[-1]["id"]}>; rel="next"'}
        query = {"exclude_replies": 1, "exclude_reblogs": 1, "limit": md.PAGE,
                 **({"max_id": statuses[page * md.PAGE - 1]["id"]} if page else {})}
        out.append(answer(f"{api}/accounts/1/statuses", chunk, query=query, headers=link))
    for local, descendants in contexts.items():
        if descendants:
            out.append(answer(f"{api}/statuses/{local}/context", {"ancestors": [], "descendants": descendants}))
    minimum = 1 + math.ceil(posts / md.PAGE) + sum(1 for d in contexts.values() if d)
    return out, minimum


def youtube_interactions(videos: int) -> tuple[list[dict], int]:
    items, threads = youtube_json(videos, videos * 8)
    api = "https://youtube.googleapis.com/youtube/v3"
    channel = {"items": [{"id": CHANNEL, "snippet": {"customUrl": "@acmecoffee"},
                          "statistics": {"subscriberCount": "5120", "videoCount": str(videos)},
                          "contentDetails": {"relatedPlaylists": {"uploads": "UU1"}}}]}
    out = [answer(f"{api}/channels", channel, query={"part": "snippet,statistics,contentDetails",
                                                     "forHandle": "@acmecoffee", "alt": "json"})]
    pages = math.ceil(videos / yt.VIDEO_PAGE)
    for page in range(pages):
        chunk = items[page * yt.VIDEO_PAGE:(page + 1) * yt.VIDEO_PAGE]
        body: dict[str, Any] = {"items": [{"contentDetails": {"videoId": v["id"],
                                                              "videoPublishedAt": v["snippet"]["publishedAt"]}}
                                          for v in chunk]}
        if page < pages - 1:
            body["nextPageToken"] = f"T{page + 1}"
        out.append(answer(f"{api}/playlistItems", body, query={
            "part": "contentDetails", "playlistId": "UU1", "maxResults": 50, "alt": "json",
            **({"pageToken": f"T{page}"} if page else {})}))
        out.append(answer(f"{api}/videos", {"items": chunk}, query={
            "part": "snippet,statistics,status", "id": ",".join(v["id"] for v in chunk), "maxResults": 50,
            "alt": "json"}))
    for video, found in threads.items():
        if found:
            out.append(answer(f"{api}/commentThreads", {"items": found}, query={
                "part": "snippet,replies", "videoId": video, "maxResults": 100, "textFormat": "plainText",
                "alt": "json"}))
    minimum = 1 + 2 * pages + sum(math.ceil(len(f) / yt.COMMENT_PAGE) for f in threads.values() if f)
    return out, minimum


def facebook_interactions(posts: int) -> tuple[list[dict], int]:
    items, found = facebook_json(posts, posts // 4 * 30)
    api = f"https://graph.facebook.com/{fb.VERSION}"
    out = [answer(f"{api}/{PAGE_ID}", {"id": PAGE_ID, "name": "Acme Coffee", "followers_count": 2300},
                  query={"fields": "id,name,username,followers_count,fan_count"})]
    pages = math.ceil(posts / fb.PAGE)
    since = int((NOW - dt.timedelta(days=base.DEFAULT_HISTORY_DAYS)).replace(hour=0, minute=0).timestamp())
    for page in range(pages):
        body: dict[str, Any] = {"data": items[page * fb.PAGE:(page + 1) * fb.PAGE],
                                "paging": {"cursors": {"after": f"A{page + 1}"}}}
        if page < pages - 1:
            body["paging"]["next"] = "more"
        out.append(answer(f"{api}/{PAGE_ID}/posts", body, query={
            "fields": fb.POST_FIELDS, "limit": fb.PAGE, "since": since, **({"after": f"A{page}"} if page else {})}))
    minimum = 1 + pages
    for post in items:
        comments = found[post["id"]]
        if not comments:
            continue
        chunks = math.ceil(len(comments) / fb.PAGE)
        minimum += chunks
        for k in range(chunks):
            body = {"data": comments[k * fb.PAGE:(k + 1) * fb.PAGE], "paging": {"cursors": {"after": f"C{k + 1}"}}}
            if k < chunks - 1:
                body["paging"]["next"] = "more"
            out.append(answer(f"{api}/{post['id']}/comments", body, query={
                "filter": "stream", "order": "chronological", "fields": fb.COMMENT_FIELDS, "limit": fb.PAGE,
                **({"after": f"C{k}"} if k else {})}))
    return out, minimum


def threads_interactions(posts: int) -> tuple[list[dict], int]:
    api = f"https://graph.threads.net/{th.VERSION}"
    uid = "25000000000000001"
    items = [{"id": str(18_000_000 + i), "media_type": "TEXT_POST", "text": f"Post {i}?", "timestamp":
              _when(posts - i).replace(".000Z", "+0000"), "permalink": f"https://www.threads.com/p/{i}"}
             for i in range(posts)]
    since = int((NOW - dt.timedelta(days=base.DEFAULT_HISTORY_DAYS)).replace(hour=0, minute=0).timestamp())
    out = [answer(f"{api}/{uid}", {"id": uid, "username": "acmecoffee"}, query={"fields": "id,username,name"}),
           answer(f"{api}/{uid}/threads_insights", {"data": [{"name": "followers_count", "total_value": {"value": 760}}]},
                  query={"metric": "followers_count"})]
    pages = math.ceil(posts / th.PAGE)
    for page in range(pages):
        body: dict[str, Any] = {"data": items[page * th.PAGE:(page + 1) * th.PAGE],
                                "paging": {"cursors": {"after": f"A{page + 1}"}}}
        if page < pages - 1:
            body["paging"]["next"] = "more"
        out.append(answer(f"{api}/{uid}/threads", body, query={
            "fields": th.POST_FIELDS, "limit": th.PAGE, "since": since, **({"after": f"A{page}"} if page else {})}))
    threaded = 0
    for i, post in enumerate(items):
        replies = 3 if i % 4 == 0 else 0
        out.append(answer(f"{api}/{post['id']}/insights", {"data": [
            {"name": "views", "values": [{"value": 100 + i}]}, {"name": "likes", "values": [{"value": i % 9}]},
            {"name": "replies", "values": [{"value": replies}]}]}, query={"metric": th.METRICS}))
        if replies:
            threaded += 1
            out.append(answer(f"{api}/{post['id']}/conversation", {"data": [
                {"id": f"{post['id']}{k}", "text": f"Reply {k}", "timestamp": post["timestamp"],
                 "username": f"user{k}", "replied_to": {"id": post["id"]}} for k in range(replies)],
                "paging": {"cursors": {"after": "end"}}}, query={
                "fields": th.REPLY_FIELDS, "reverse": "false", "limit": th.PAGE}))
    return out, 2 + pages + posts + threaded


def fetch_over_http(label: str, interactions: list[dict], minimum: int, make: Callable[[str], Any],
                    ignore: tuple[str, ...] = ()) -> bool:
    with serve(list(interactions), ignore_query=ignore) as url:
        t0 = time.perf_counter()
        result = make(url).run()
        took = time.perf_counter() - t0
    paths = [i["request"]["uri"].split("/", 3)[3] for i in interactions]
    with serve(list(interactions)) as url, requests.Session() as session:
        t0 = time.perf_counter()
        for path in paths:
            session.get(f"{url}/{path}", timeout=60)
        plain = time.perf_counter() - t0
    calls = result.counts["requests"]
    print(f"{label}: {result.counts['posts']:,} posts, {result.counts['comments']:,} comments in {calls:,} calls "
          f"(minimum at the largest page sizes: {minimum:,}); {took:.2f} s, plain requests.get of the same "
          f"{len(paths):,} addresses {plain:.2f} s, ratio {took / plain:.2f}")
    return calls == minimum


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--comments", type=int, default=200_000)
    parser.add_argument("--fetch-posts", type=int, default=2_000)
    parser.add_argument("--videos", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    base.utcnow = lambda: NOW  # the synthetic posts are dated 2026

    statuses, contexts = mastodon_json(args.posts, args.comments)
    descendants = [d for found in contexts.values() for d in found]
    ok = compare(f"Mastodon, {args.posts:,} posts + {args.comments:,} comments",
                 lambda: mastodon_convert(statuses, contexts),
                 lambda: (pd.json_normalize(statuses), pd.json_normalize(descendants)), args.rounds) <= TARGET
    items, threads = youtube_json(args.posts, args.comments)
    records = flat_records(threads)
    ok &= compare(f"YouTube, {args.posts:,} videos + {args.comments:,} comments",
                  lambda: youtube_convert(items, threads),
                  lambda: (pd.json_normalize(items), pd.json_normalize(records)), args.rounds) <= TARGET

    items_fb, found_fb = facebook_json(args.posts, args.comments)
    fb_records = [c for found in found_fb.values() for c in found]
    ok &= compare(f"Facebook, {args.posts:,} posts + {args.comments:,} comments",
                  lambda: facebook_convert(items_fb, found_fb),
                  lambda: (pd.json_normalize(items_fb), pd.json_normalize(fb_records)), args.rounds) <= TARGET

    interactions, minimum = mastodon_interactions(args.fetch_posts)
    ok &= fetch_over_http(f"Mastodon fetch over loopback, {args.fetch_posts:,} posts", interactions, minimum,
                          lambda url: md.make_fetch(FetchRequest("acme@mastodon.social", api_url=url)))
    interactions, minimum = youtube_interactions(args.videos)
    ok &= fetch_over_http(f"YouTube fetch over loopback, {args.videos:,} videos", interactions, minimum,
                          lambda url: yt.make_fetch(FetchRequest("@acmecoffee", token=FAKE_KEY, api_url=url)),
                          ignore=("key",))
    quarter = max(1, args.fetch_posts // 4)
    interactions, minimum = facebook_interactions(quarter)
    ok &= fetch_over_http(f"Facebook fetch over loopback, {quarter:,} posts", interactions, minimum,
                          lambda url: fb.make_fetch(FetchRequest(PAGE_ID, token=FAKE_KEY, api_url=url)),
                          ignore=("access_token",))
    interactions, minimum = threads_interactions(quarter)
    ok &= fetch_over_http(f"Threads fetch over loopback, {quarter:,} posts", interactions, minimum,
                          lambda url: th.make_fetch(FetchRequest("25000000000000001", token=FAKE_KEY, api_url=url)),
                          ignore=("access_token",))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
