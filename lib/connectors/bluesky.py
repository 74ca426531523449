"""Fetch a Bluesky account through ``atproto`` from the public AppView (no sign-in): posts, reply trees, followers.

``app.bsky.actor.getProfile`` gives today's followers, ``app.bsky.feed.getAuthorFeed`` (100 a page, cursor) the
account's posts with like, repost, reply and quote counts, and ``app.bsky.feed.getPostThread`` per post with
replies the whole reply tree. Replies a thread gate hides, deleted (not found) and blocked ones never become
comments; their replies hang from the nearest visible ancestor. Answers stay plain JSON (``invoke_query``) so the
conversion to canonical rows is one pass over dicts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import httpx
from atproto import Client, models
from atproto_client import exceptions as at_exc
from atproto_client.request import Request

from lib.connectors.base import (
    REQUEST_TIMEOUT,
    AccountNotFound,
    Fetch,
    FetchError,
    FetchRequest,
    NoNetwork,
    RateLimited,
    RequestRefused,
    Step,
    Unavailable,
    total,
)
from lib.schema import Comments, Posts

PLATFORM = "bluesky"
PUBLIC_APPVIEW = "https://public.api.bsky.app"
FEED_PAGE = 100  # getAuthorFeed's maximum limit
THREAD_DEPTH = 1000  # getPostThread's maximum depth
HIDDEN_TYPES = ("app.bsky.feed.defs#notFoundPost", "app.bsky.feed.defs#blockedPost")


class BlueskyFetch(Fetch):
    """One fetch of one Bluesky account (handle or DID) from an AppView (public by default)."""

    platform = PLATFORM

    def __init__(self, request: FetchRequest, client: Client):
        super().__init__(request)
        self.client = client
        self.account = self.account.lstrip("@")
        self.handle = self.account

    def steps(self) -> list[Step]:
        return [self._profile, self._feed, self._threads]

    def _query(self, nsid: str, params: Any) -> dict[str, Any]:
        self.requests += 1
        content = self.client.invoke_query(nsid, params=params).content
        return content if isinstance(content, dict) else {}

    def _profile(self) -> Iterator[None]:
        profile = self._query("app.bsky.actor.getProfile", models.AppBskyActorGetProfile.Params(actor=self.account))
        self.account_id = profile["did"]
        self.handle = profile.get("handle") or self.account
        self.followers_count = profile.get("followersCount")
        self.progress_to(0.05, "posts")
        yield

    def _feed(self) -> Iterator[None]:
        cursor: str | None = None
        expected = 1
        while True:
            params = models.AppBskyFeedGetAuthorFeed.Params(actor=self.account_id or self.account, limit=FEED_PAGE,
                                                            cursor=cursor, filter="posts_no_replies")
            page = self._query("app.bsky.feed.getAuthorFeed", params)
            older = False
            for item in page.get("feed") or []:
                if item.get("reason") is not None:  # a repost of someone else's post, or a pinned repeat
                    continue
                post = item.get("post") or {}
                if (post.get("author") or {}).get("did") != self.account_id:
                    continue
                record = post.get("record") or {}
                if self.older_than_start(record.get("createdAt")):
                    older = True
                    break
                self.posts[post["uri"]] = post_row(post, self.account, self.handle)
            cursor = page.get("cursor")
            expected = max(expected, len(self.posts) + (FEED_PAGE if cursor else 0))
            self.progress_to(0.05 + 0.35 * len(self.posts) / expected)
            yield
            if older or not cursor:
                return

    def _threads(self) -> Iterator[None]:
        self._stage = "replies"
        wanted = self.with_threads()
        for i, uri in enumerate(wanted):
            params = models.AppBskyFeedGetPostThread.Params(uri=uri, depth=THREAD_DEPTH, parent_height=0)
            answer = self._query("app.bsky.feed.getPostThread", params)
            thread_rows(answer, uri, self.account, self.comments, self.hidden)
            self.thread_done(uri)
            self.progress_to(0.4 + 0.6 * (i + 1) / len(wanted))
            yield

    def translate(self, exc: Exception) -> FetchError | None:
        return translate(exc, self.account)


def post_row(post: dict[str, Any], account: str, handle: str) -> dict[str, Any]:
    """A canonical posts row for an ``app.bsky.feed.defs#postView``."""
    record = post.get("record") or {}
    embed = (post.get("embed") or {}).get("$type", "")
    rkey = post["uri"].rsplit("/", 1)[-1]
    return {
        Posts.platform: PLATFORM, Posts.account: account, Posts.post_id: post["uri"],
        Posts.published_at: record.get("createdAt") or post.get("indexedAt"),
        Posts.post_type: ("video" if "video" in embed else "photo" if "images" in embed else
                          "quote" if "record" in embed else "link" if "external" in embed else "post"),
        Posts.text: record.get("text"), Posts.permalink: f"https://bsky.app/profile/{handle}/post/{rkey}",
        Posts.reactions: post.get("likeCount"), Posts.comments: post.get("replyCount"),
        Posts.shares: total(post.get("repostCount"), post.get("quoteCount")), Posts.saves: post.get("bookmarkCount"),
    }


def thread_rows(answer: dict[str, Any], post_uri: str, account: str, out: dict[str, dict[str, Any]],
                hidden: dict[str, str | None]) -> None:
    """Canonical comment rows for every reply under a ``getPostThread`` answer (walked without recursion).

    Replies to the post itself have no parent; deeper ones point at the reply they answer. Not-found (deleted),
    blocked and thread-gate-hidden replies go to ``hidden`` (uri -> parent) instead.
    """
    root = answer.get("thread") or {}
    gate = ((answer.get("threadgate") or {}).get("record") or {}).get("hiddenReplies") or []
    gated = set(gate)
    stack: list[tuple[dict[str, Any], str | None]] = [(reply, None) for reply in root.get("replies") or []]
    while stack:
        node, parent = stack.pop()
        uri = node.get("uri") or (node.get("post") or {}).get("uri")
        if not uri:
            continue
        if node.get("$type") in HIDDEN_TYPES or uri in gated or "post" not in node:
            hidden[uri] = parent
        else:
            post = node["post"]
            author = post.get("author") or {}
            record = post.get("record") or {}
            out[uri] = {
                Comments.platform: PLATFORM, Comments.account: account, Comments.comment_id: uri,
                Comments.post_id: post_uri, Comments.parent_id: parent, Comments.author_id: author.get("did"),
                Comments.author_name: author.get("handle"), Comments.created_at: record.get("createdAt"),
                Comments.text: record.get("text"),
            }
        stack.extend((reply, uri) for reply in node.get("replies") or [])


def translate(exc: Exception, account: str) -> FetchError | None:
    """A FetchError in Bluesky's terms for an atproto exception."""
    if not isinstance(exc, at_exc.RequestErrorBase):
        return None
    response = exc.response
    status = response.status_code if response is not None else None
    content = response.content if response is not None else None
    error = getattr(content, "error", None) or ""
    detail = f"{status} {error}: {getattr(content, 'message', '') or ''}".strip(": ") if status else ""
    params = {"detail": detail, "status": str(status or ""), "account": account, "host": "public.api.bsky.app"}
    if isinstance(exc, at_exc.RateLimitExceededError):
        reset = exc.reset_at
        if reset is None and exc.retry_after is not None:
            reset = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=exc.retry_after)
        return RateLimited(resume_at=reset, status=429, platform=PLATFORM, params=params)
    if status is None:
        return NoNetwork(platform=PLATFORM, params=params)
    if status >= 500:
        return Unavailable(status=status, platform=PLATFORM, params=params)
    if status == 400 and ("not found" in detail.lower() or error in ("AccountTakedown", "AccountDeactivated")):
        return AccountNotFound(status=status, platform=PLATFORM, params=params)
    return RequestRefused(status=status, platform=PLATFORM, params={**params, "detail": f": {detail}"})


def make_client(api_url: str | None = None) -> Client:
    """An atproto Client on an AppView or PDS (``api_url``; default the public AppView) with time-outs."""
    connect, read = REQUEST_TIMEOUT
    return Client(base_url=api_url or PUBLIC_APPVIEW, request=Request(timeout=httpx.Timeout(read, connect=connect)))


def make_fetch(request: FetchRequest) -> BlueskyFetch:
    return BlueskyFetch(request, make_client(request.api_url))
