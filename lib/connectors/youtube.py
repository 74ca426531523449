"""Fetch a YouTube channel through google-api-python-client (YouTube Data API v3, an API key): subscribers today,
the public videos with their statistics, every public comment thread.

``channels.list`` (by id or ``forHandle``) gives the channel, its subscribers and its uploads playlist;
``playlistItems.list`` on that playlist (50 a page, newest first) the videos, and one ``videos.list`` per page of
them their statistics and privacy (unlisted and private videos are left out); ``commentThreads.list`` per video
with comments (100 a page) the top-level comments with up to five replies each, and ``comments.list`` the rest of a
thread's replies when it has more. YouTube keeps replies one level deep, so every reply points at its top-level
comment. Every list call costs 1 quota unit of the project's 10,000 a day: ``quota_estimate()`` says what a fetch
will spend before it starts, and a spent quota stops the fetch keeping what arrived (the quota renews at midnight
Pacific time).

The discovery document is the one bundled with the library (``static_discovery``): building the client needs no
network. The key travels in each URL's ``key=``; ``lib.connectors.redact`` strips it from every log record and no
message here is built from the library's exception text (which quotes the URL).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import httplib2
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from lib.connectors import redact
from lib.connectors.base import (
    REQUEST_TIMEOUT,
    AccountNotFound,
    AuthError,
    Fetch,
    FetchError,
    FetchRequest,
    NoNetwork,
    RateLimited,
    RequestRefused,
    Step,
    Unavailable,
)
from lib.i18n import t
from lib.i18n.format import number
from lib.schema import Comments, Posts

PLATFORM = "youtube"
DAILY_QUOTA = 10_000  # a project's default daily quota
VIDEO_PAGE = 50  # playlistItems.list and videos.list maximum
COMMENT_PAGE = 100  # commentThreads.list and comments.list maximum
QUOTA_REASONS = frozenset({"quotaExceeded", "dailyLimitExceeded", "rateLimitExceeded", "userRateLimitExceeded"})
KEY_REASONS = frozenset({"keyInvalid", "keyExpired", "accessNotConfigured", "ipRefererBlocked", "API_KEY_INVALID",
                         "API_KEY_SERVICE_BLOCKED", "SERVICE_DISABLED", "API_KEY_HTTP_REFERRER_BLOCKED"})
PACIFIC = ZoneInfo("America/Los_Angeles")
_CHANNEL_ID = re.compile(r"(?:^|/channel/)(UC[0-9A-Za-z_-]{22})(?:$|[/?])")
_TAG = re.compile(r"<[^>]+>")
_HANDLE = re.compile(r"(?:^|youtube\.com/)@?([0-9A-Za-z_.\-·]{3,30})/?$")


def channel_query(account: str) -> dict[str, str]:
    """The ``channels.list`` filter for a channel id, an ``@handle`` or a channel address.

    >>> channel_query("https://www.youtube.com/@AcmeCoffee")
    {'forHandle': '@AcmeCoffee'}
    """
    text = account.strip()
    m = _CHANNEL_ID.search(text)
    if m:
        return {"id": m.group(1)}
    h = _HANDLE.search(text)
    if h:
        return {"forHandle": f"@{h.group(1)}"}
    raise AccountNotFound(platform=PLATFORM, params={"account": text, "detail": "UC... or @handle"})


class YouTubeFetch(Fetch):
    """One fetch of one YouTube channel (id or @handle) with an API key."""

    platform = PLATFORM

    def __init__(self, request: FetchRequest, client: Any):
        super().__init__(request)
        self.client = client
        self.query = channel_query(self.account)
        self.account = next(iter(self.query.values()))  # until the channel says its @handle
        self.channel: dict[str, Any] | None = None
        self.videos_total = 0

    # ---- the quota, before the fetch starts
    def quota_estimate(self, lang: str = "en") -> str:
        """What the fetch will spend, in the user's language; asks for the channel (1 unit, not asked again).

        Raises a ``FetchError`` (bad key, no such channel, quota spent) as ``run()`` would.
        """
        error: FetchError | None = None
        try:
            self._ensure_channel()
        except (HttpError, httplib2.HttpLib2Error, OSError) as exc:
            error = self.translate(exc)
        if error is not None:
            raise error
        pages = max(1, math.ceil(self.videos_total / VIDEO_PAGE))
        units = 1 + 2 * pages + self.videos_total
        return t("connect.quota", lang, units=number(units, lang), daily=number(DAILY_QUOTA, lang),
                 pages=number(pages, lang))

    def quota_spent(self, lang: str = "en") -> str:
        """What the fetch spent so far (every call 1 unit), in the user's language."""
        return t("connect.quota_spent", lang, units=number(self.requests, lang), daily=number(DAILY_QUOTA, lang))

    def steps(self) -> list[Step]:
        return [self._channel, self._videos, self._threads]

    def _ensure_channel(self) -> None:
        if self.channel is not None:
            return
        answer = self.call(self.client.channels().list(part="snippet,statistics,contentDetails",
                                                       **self.query).execute)
        items = answer.get("items") or []
        if not items:
            raise AccountNotFound(platform=PLATFORM, params={"account": self.account, "detail": "no such channel"})
        channel = items[0]
        self.channel = channel
        self.account_id = channel["id"]
        self.account = (channel.get("snippet") or {}).get("customUrl") or channel["id"]
        stats = channel.get("statistics") or {}
        self.followers_count = None if stats.get("hiddenSubscriberCount") else _int(stats.get("subscriberCount"))
        self.videos_total = _int(stats.get("videoCount")) or 0

    def _channel(self) -> Iterator[None]:
        self._ensure_channel()
        self.progress_to(0.05, "posts")
        yield

    def _videos(self) -> Iterator[None]:
        self._ensure_channel()  # already there after the channel step; a resumed fetch reads it again
        channel = self.channel or {}
        uploads = ((channel.get("contentDetails") or {}).get("relatedPlaylists") or {}).get("uploads")
        token: str | None = None
        while uploads:
            page = self.call(self.client.playlistItems().list(part="contentDetails", playlistId=uploads,
                                                              maxResults=VIDEO_PAGE, pageToken=token).execute)
            details = [item.get("contentDetails") or {} for item in page.get("items") or []]
            recent = [d["videoId"] for d in details if d.get("videoId") and not self.older_than_start(
                d.get("videoPublishedAt"))]
            older = len(recent) < len(details)
            if recent:
                found = self.call(self.client.videos().list(part="snippet,statistics,status", id=",".join(recent),
                                                            maxResults=VIDEO_PAGE).execute)
                for video in found.get("items") or []:
                    if (video.get("status") or {}).get("privacyStatus", "public") == "public":
                        self.posts[video["id"]] = video_row(video, self.account)
            token = page.get("nextPageToken")
            seen = len(self.posts) + (VIDEO_PAGE if token else 0)
            self.progress_to(0.05 + 0.35 * len(self.posts) / max(1, min(self.videos_total, seen) or seen))
            yield
            if older or not token:
                return

    def _threads(self) -> Iterator[None]:
        self._stage = "replies"
        wanted = self.with_threads()
        for i, video_id in enumerate(wanted):
            token: str | None = None
            while True:
                try:
                    page = self.call(self.client.commentThreads().list(
                        part="snippet,replies", videoId=video_id, maxResults=COMMENT_PAGE, textFormat="plainText",
                        pageToken=token).execute)
                except HttpError as exc:
                    if "commentsDisabled" in reasons(exc):  # turned off since the count was taken
                        break
                    raise
                for thread in page.get("items") or []:
                    yield from self._thread(thread, video_id)
                token = page.get("nextPageToken")
                yield
                if not token:
                    break
            self.thread_done(video_id)
            self.progress_to(0.4 + 0.6 * (i + 1) / len(wanted))

    def _thread(self, thread: dict[str, Any], video_id: str) -> Iterator[None]:
        snippet = thread.get("snippet") or {}
        top = snippet.get("topLevelComment") or {}
        if not top.get("id"):
            return
        self.comments[top["id"]] = comment_row(top, video_id, None, self.account)
        included = (thread.get("replies") or {}).get("comments") or []
        for reply in included:
            self.comments[reply["id"]] = comment_row(reply, video_id, top["id"], self.account)
        if (snippet.get("totalReplyCount") or 0) <= len(included):
            return
        token: str | None = None
        while True:
            page = self.call(self.client.comments().list(part="snippet", parentId=top["id"],
                                                         maxResults=COMMENT_PAGE, textFormat="plainText",
                                                         pageToken=token).execute)
            for reply in page.get("items") or []:
                self.comments[reply["id"]] = comment_row(reply, video_id, top["id"], self.account)
            token = page.get("nextPageToken")
            yield
            if not token:
                return

    def translate(self, exc: Exception) -> FetchError | None:
        return translate(exc, self.account, self.now)


def video_row(video: dict[str, Any], account: str) -> dict[str, Any]:
    """A canonical posts row for a ``videos.list`` item."""
    snippet, stats = video.get("snippet") or {}, video.get("statistics") or {}
    return {
        Posts.platform: PLATFORM, Posts.account: account, Posts.post_id: video["id"],
        Posts.published_at: snippet.get("publishedAt"), Posts.post_type: "video", Posts.text: snippet.get("title"),
        Posts.permalink: f"https://www.youtube.com/watch?v={video['id']}",
        Posts.reactions: _int(stats.get("likeCount")), Posts.comments: _int(stats.get("commentCount")),
        Posts.video_views: _int(stats.get("viewCount")),
    }


def comment_row(comment: dict[str, Any], video_id: str, parent: str | None, account: str) -> dict[str, Any]:
    """A canonical comments row for a ``Comment`` resource (a top-level comment or a reply)."""
    s = comment.get("snippet") or {}
    return {
        Comments.platform: PLATFORM, Comments.account: account, Comments.comment_id: comment["id"],
        Comments.post_id: video_id, Comments.parent_id: parent,
        Comments.author_id: (s.get("authorChannelId") or {}).get("value"),
        Comments.author_name: s.get("authorDisplayName"), Comments.created_at: s.get("publishedAt"),
        Comments.text: s.get("textDisplay"),
    }


def translate(exc: Exception, account: str, now: dt.datetime) -> FetchError | None:
    """A FetchError in YouTube's terms for a google-api-python-client or httplib2 failure (never its text: it
    quotes the URL, key included)."""
    if isinstance(exc, httplib2.HttpLib2Error | OSError):
        return NoNetwork(platform=PLATFORM, params={"host": "youtube.googleapis.com"})
    if not isinstance(exc, HttpError):
        return None
    status = int(exc.resp.status)
    why = reasons(exc)
    said = _TAG.sub("", redact.redact(str(getattr(exc, "reason", "") or ""))).strip()
    first = next(iter(sorted(why)), "")
    detail = f"{status} {first}: {said}".strip(": ") if first else f"{status}: {said}".strip(": ")
    params = {"account": account, "status": str(status), "detail": detail}
    if why & QUOTA_REASONS:
        return RateLimited(resume_at=next_quota_day(now), status=status, platform=PLATFORM, params=params)
    if status == 401 or why & KEY_REASONS or (status == 400 and "api key" in said.lower()):
        return AuthError(status=status, platform=PLATFORM, params=params)
    if status == 404:
        return AccountNotFound(status=status, platform=PLATFORM, params=params)
    if status >= 500:
        return Unavailable(status=status, platform=PLATFORM, params=params)
    return RequestRefused(status=status, platform=PLATFORM, params={**params, "detail": f": {detail}"})


def next_quota_day(now: dt.datetime) -> dt.datetime:
    """When the daily quota renews: the next midnight in Pacific time, as UTC."""
    local = now.astimezone(PACIFIC)
    midnight = dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(), PACIFIC)
    return midnight.astimezone(dt.UTC)


def make_client(key: str, api_url: str | None = None) -> Any:
    """A YouTube Data API v3 client from the bundled discovery document (no network), with time-outs."""
    redact.install()
    options = {"api_endpoint": api_url.rstrip("/")} if api_url else None
    return build("youtube", "v3", developerKey=key, http=httplib2.Http(timeout=REQUEST_TIMEOUT[1]),
                 static_discovery=True, cache_discovery=False, client_options=options)


def make_fetch(request: FetchRequest) -> YouTubeFetch:
    return YouTubeFetch(request, make_client(request.token or "", request.api_url))


def reasons(exc: HttpError) -> set[str]:
    """The ``reason`` codes of a Google API error body (``error.errors[]`` and ``error.details[]``)."""
    try:
        body = json.loads(exc.content.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return set()
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return set()
    parts = [*(error.get("errors") or []), *(error.get("details") or [])]
    return {str(p["reason"]) for p in parts if isinstance(p, dict) and p.get("reason")}


def _int(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None
