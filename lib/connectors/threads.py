"""Fetch a Threads account through Meta's Threads API on plain requests (a user token with threads_basic,
threads_read_replies and threads_manage_insights): followers today, the posts with their insights, every reply.

``GET /{user-id}`` gives the account and ``GET /{user-id}/threads_insights?metric=followers_count`` today's
followers; ``GET /{user-id}/threads`` (100 a page, ``since`` the fetch's start) the posts (reposts of other
people's posts left out); ``GET /{media-id}/insights`` per post its views, likes, replies, reposts and quotes; and
``GET /{media-id}/conversation`` per post with replies every reply, top-level and nested, each naming the post or
reply it answers (``replied_to``). Replies the account hid (``hide_status``) never become comments (their replies
hang from the nearest visible ancestor); the account's own replies are the brand's. Replies carry a username, not
a user id: the username is the author.

There is no official Python SDK for the Threads API (the third-party wrappers are small and young), so the
Graph layer of ``lib.connectors.graph`` talks to graph.threads.net.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lib.connectors.base import FetchError, FetchRequest, Step, total
from lib.connectors.graph import Graph, GraphFetch, translate
from lib.schema import Comments, Posts

PLATFORM = "threads"
HOST = "https://graph.threads.net"
VERSION = "v1.0"
PAGE = 100
POST_FIELDS = "id,media_product_type,media_type,text,permalink,timestamp,username,is_quote_post"
METRICS = "views,likes,replies,reposts,quotes"
REPLY_FIELDS = "id,text,timestamp,username,replied_to,is_reply,hide_status,is_reply_owned_by_me"
HIDDEN = frozenset({"HIDDEN", "COVERED", "BLOCKED", "RESTRICTED"})
_TYPES = {"IMAGE": "photo", "VIDEO": "video", "CAROUSEL_ALBUM": "carousel", "TEXT_POST": "text"}


class ThreadsFetch(GraphFetch):
    """One fetch of one Threads account (its user id, or ``me`` for the token's own)."""

    platform = PLATFORM

    def steps(self) -> list[Step]:
        return [self._account, self._posts, self._insights, self._replies]

    def _account(self) -> Iterator[None]:
        user = self.get(self.node_id, fields="id,username,name")
        self.account_id = str(user["id"])
        self.account = user.get("username") or self.account_id
        self.brand_names = {self.account}
        yield
        followers = self.get(f"{self.account_id}/threads_insights", metric="followers_count")
        self.followers_count = _metrics(followers).get("followers_count")
        self.progress_to(0.05, "posts")
        yield

    def _posts(self) -> Iterator[None]:
        expected = PAGE
        for page in self.pages(f"{self.account_id}/threads", fields=POST_FIELDS, limit=PAGE,
                               since=int(self.start.timestamp())):
            older = False
            for post in page.get("data") or []:
                if self.older_than_start(post.get("timestamp")):
                    older = True
                    continue
                if post.get("media_type") == "REPOST_FACADE":  # a repost of someone else's post
                    continue
                self.posts[str(post["id"])] = post_row(post, self.account)
            expected = max(expected, len(self.posts) + PAGE)
            self.progress_to(0.05 + 0.2 * len(self.posts) / expected)
            yield
            if older:
                return

    def _insights(self) -> Iterator[None]:
        self._stage = "metrics"
        for i, (post_id, row) in enumerate(list(self.posts.items())):
            values = _metrics(self.get(f"{post_id}/insights", metric=METRICS))
            row.update({Posts.impressions: values.get("views"), Posts.reactions: values.get("likes"),
                        Posts.comments: values.get("replies"),
                        Posts.shares: total(values.get("reposts"), values.get("quotes"))})
            self.progress_to(0.25 + 0.25 * (i + 1) / len(self.posts))
            yield

    def _replies(self) -> Iterator[None]:
        self._stage = "replies"
        wanted = self.with_threads()
        for i, post_id in enumerate(wanted):
            found: list[dict[str, Any]] = []
            for page in self.pages(f"{post_id}/conversation", fields=REPLY_FIELDS, reverse="false", limit=PAGE):
                found.extend(page.get("data") or [])
                yield
            reply_rows(found, post_id, self.account, self.comments, self.hidden)
            self.thread_done(post_id)
            self.progress_to(0.5 + 0.5 * (i + 1) / len(wanted))

    def translate(self, exc: Exception) -> FetchError | None:
        return translate(exc, PLATFORM, self.account, "graph.threads.net", "threads_manage_insights", self.now)


def post_row(post: dict[str, Any], account: str) -> dict[str, Any]:
    """A canonical posts row for a ``/{user-id}/threads`` item (counts come from its insights)."""
    kind = "quote" if post.get("is_quote_post") else _TYPES.get(str(post.get("media_type") or ""), "post")
    return {
        Posts.platform: PLATFORM, Posts.account: account, Posts.post_id: str(post["id"]),
        Posts.published_at: post.get("timestamp"), Posts.post_type: kind, Posts.text: post.get("text"),
        Posts.permalink: post.get("permalink"), Posts.impressions: None, Posts.reactions: None,
        Posts.comments: None, Posts.shares: None,
    }


def reply_rows(found: list[dict[str, Any]], post_id: str, account: str, out: dict[str, dict[str, Any]],
               hidden: dict[str, str | None]) -> None:
    """Canonical comment rows for a post's ``conversation`` (flat, each reply naming what it answers)."""
    ids = {str(r["id"]) for r in found}
    for r in found:
        rid = str(r["id"])
        answered = str((r.get("replied_to") or {}).get("id") or "") or None
        parent = answered if answered in ids else None  # the post itself, or a reply that is gone
        if r.get("hide_status") in HIDDEN:
            hidden[rid] = parent
            continue
        out[rid] = {
            Comments.platform: PLATFORM, Comments.account: account, Comments.comment_id: rid,
            Comments.post_id: post_id, Comments.parent_id: parent, Comments.author_id: r.get("username"),
            Comments.author_name: r.get("username"), Comments.created_at: r.get("timestamp"),
            Comments.text: r.get("text"),
        }


def make_fetch(request: FetchRequest) -> ThreadsFetch:
    return ThreadsFetch(request, Graph(HOST, VERSION, request.token or "", request.api_url))


def _metrics(answer: dict[str, Any]) -> dict[str, int]:
    """``{name: value}`` of an insights answer (``values[0].value`` or ``total_value.value``)."""
    out: dict[str, int] = {}
    for metric in answer.get("data") or []:
        value = (metric.get("total_value") or {}).get("value")
        if value is None and metric.get("values"):
            value = (metric["values"][0] or {}).get("value")
        if isinstance(value, int | float):
            out[str(metric.get("name"))] = int(value)
    return out
