"""Fetch an X account through tweepy (API v2): posts with metrics, reply threads, mentions, today's followers.

The ``tweepy.Client`` is injected so tests replay recorded HTTP under the real client. Nothing here keeps or
prints the token: errors are rebuilt from the HTTP status alone, and ``lib.connectors.redact`` strips tokens
from every log record (tweepy logs request headers, the bearer token included, at DEBUG level).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import requests
import tweepy

from lib.connectors import redact
from lib.connectors.base import (
    DEFAULT_REFRESH_DAYS,
    REQUEST_TIMEOUT,
    Fetch,
    FetchError,
    FetchProgress,
    FetchRequest,
    FetchResult,
    Step,
)
from lib.connectors.x_errors import (
    NotFound,
    XAccessError,
    XAccountNotFound,
    XAuthError,
    XConnectorError,
    XCreditsError,
    XRateLimitError,
    XRequestError,
    XUnavailableError,
    reset_time,
    translate,
)
from lib.connectors.x_tables import PLATFORM, comments_frame, posts_frame, replied_to, thread_posts
from lib.dataset import Dataset
from lib.errors import ConnectorError

__all__ = [
    "PLATFORM", "ConnectorError", "FetchProgress", "FetchResult", "XAccessError", "XAccountNotFound", "XAuthError",
    "XConnectorError", "XCreditsError", "XFetch", "XRateLimitError", "XRequestError", "XUnavailableError",
    "fetch_account", "make_client",
]

API_HOST = "https://api.twitter.com"
TIMELINE_LIMIT = 3200  # X returns at most the 3,200 most recent posts of a user timeline
SEARCH_WINDOW_DAYS = 7  # recent search only covers the last 7 days
NON_PUBLIC_METRICS_DAYS = 30  # non-public and organic metrics exist only for posts of the last 30 days
QUERY_MAX_CHARS = 512  # the shortest query limit of the X plans that include recent search
MENTIONS_LIMIT = 800  # X returns at most the 800 most recent mentions

TWEET_FIELDS = (
    "id", "text", "created_at", "conversation_id", "author_id", "in_reply_to_user_id", "referenced_tweets",
    "public_metrics", "attachments",
)
PRIVATE_FIELDS = ("non_public_metrics", "organic_metrics")
MEDIA_FIELDS = ("media_key", "type", "public_metrics")
USER_FIELDS = ("id", "name", "username", "public_metrics")


# --------------------------------------------------------------------------------------------- fetch
class XFetch(Fetch):
    """One fetch of one X account (see ``Fetch``: ``run()`` does it, ``result()`` returns what arrived so far).

    Parameters
    ----------
    client
        A ``tweepy.Client`` with ``wait_on_rate_limit=False`` (a page must never sleep for 15 minutes).
    username
        The account's handle, with or without ``@``.
    since, until
        Optional first and last day (UTC) of posts to fetch.
    user_context
        True when the client's token is an OAuth 2.0 user-context token of this account: non-public and
        organic metrics (link clicks) are then fetched for the last 30 days.
    mentions
        Also fetch the account's recent mentions (at most 800): posts that talk to the brand outside its own
        conversations start threads too, answered or not, so the brand's replies to them can be measured.
    now
        The current time (tests pass a fixed one); today's follower total is dated by it.
    newest, refresh_days
        A refresh: only posts newer than ``newest`` (the newest stored) and those of the last ``refresh_days``.
    """

    platform = PLATFORM

    def __init__(
        self,
        client: tweepy.Client,
        username: str,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        user_context: bool = False,
        mentions: bool = True,
        now: dt.datetime | None = None,
        newest: dt.datetime | None = None,
        refresh_days: int = DEFAULT_REFRESH_DAYS,
    ):
        super().__init__(FetchRequest(username.strip().lstrip("@"), since=since, now=now or _utcnow(),
                                      newest=newest, refresh_days=refresh_days))
        self.client = client
        self.mentions = mentions
        self.username = self.account
        self.windowed = since is not None or newest is not None  # else: the whole timeline X gives (3,200)
        self.until = until
        self.user_context = user_context
        self.account_name: str | None = None
        self.replies = self.comments  # id -> raw tweet (audience and brand replies)
        self.raw_posts = self.posts  # id -> raw tweet (canonical rows are built at the end: see dataset())
        self.media: dict[str, dict] = {}  # media_key -> raw media
        self.private: dict[str, dict] = {}  # id -> raw tweet with non-public/organic metrics
        self.authors: dict[str, str] = {}  # user id -> username
        self.timeline_count = 0  # tweets the timeline returned (posts and the account's replies)
        self._expected_posts = TIMELINE_LIMIT

    def steps(self) -> list[Step]:
        steps: list[Step] = [self._fetch_account, self._fetch_posts]
        if self.user_context:
            steps.append(self._fetch_private_metrics)
        steps.append(self._fetch_replies)
        if self.mentions:
            steps.append(self._fetch_mentions)
        return steps

    def translate(self, exc: Exception) -> FetchError | None:
        if isinstance(exc, tweepy.TooManyRequests):
            return XRateLimitError(resume_at=reset_time(exc), status=429, platform=PLATFORM,
                                   params={"detail": "429 Too Many Requests"})
        if isinstance(exc, tweepy.TweepyException | requests.RequestException):
            return translate(exc)
        return None

    def result(self, stopped_reason: str | None = None, rate_limit_reset: dt.datetime | None = None) -> FetchResult:
        if not self.windowed and self.timeline_count >= TIMELINE_LIMIT - 100 and "timeline_limit" not in self.notes:
            self.notes.append("timeline_limit")  # X's limit: older posts are missing
        return super().result(stopped_reason, rate_limit_reset)

    # ---- steps (generators: one yield per API response)
    def _fetch_account(self) -> Iterator[None]:
        self._stage = "account"
        response = self.call(self.client.get_user, username=self.username, user_fields=list(USER_FIELDS))
        if response.data is None:
            raise NotFound(self.username)
        user = response.data.data
        self.account_id = str(user["id"])
        self.username = self.account = user.get("username", self.username)
        self.account_name = user.get("name")
        metrics = user.get("public_metrics") or {}
        self.followers_count = metrics.get("followers_count")
        self._expected_posts = max(1, min(TIMELINE_LIMIT, metrics.get("tweet_count") or TIMELINE_LIMIT))
        self.authors[self.account_id] = self.username
        self._fraction = 0.05
        yield

    def _fetch_posts(self) -> Iterator[None]:
        self._stage = "posts"
        start, end = self._window()
        pages = tweepy.Paginator(
            self.client.get_users_tweets, self.account_id, max_results=100,
            tweet_fields=list(TWEET_FIELDS), expansions=["attachments.media_keys"], media_fields=list(MEDIA_FIELDS),
            exclude=["retweets"], start_time=start, end_time=end, limit=TIMELINE_LIMIT // 100,
        )
        for response in self._pages(pages):
            for media in response.includes.get("media", []):
                self.media[media.data["media_key"]] = media.data
            for tweet in response.data or []:
                raw = tweet.data
                self.timeline_count += 1
                if replied_to(raw) is None:
                    self.raw_posts[str(raw["id"])] = raw
                else:
                    self.replies[str(raw["id"])] = raw
            self._fraction = 0.05 + 0.55 * min(1.0, self.timeline_count / self._expected_posts)
            yield

    def _fetch_private_metrics(self) -> Iterator[None]:
        self._stage = "metrics"
        cutoff = self.now - dt.timedelta(days=NON_PUBLIC_METRICS_DAYS)
        recent = [pid for pid, raw in self.raw_posts.items() if _parse_time(raw["created_at"]) >= cutoff]
        for chunk in _chunks(recent, 100):
            response = self.call(self.client.get_tweets, chunk, tweet_fields=["id", *PRIVATE_FIELDS])
            for tweet in response.data or []:
                self.private[str(tweet.data["id"])] = tweet.data
            yield

    def _fetch_replies(self) -> Iterator[None]:
        self._stage = "replies"
        cutoff = self.now - dt.timedelta(days=SEARCH_WINDOW_DAYS)
        conversations = [pid for pid, raw in self.raw_posts.items() if _parse_time(raw["created_at"]) >= cutoff]
        queries = list(conversation_queries(conversations))
        for i, query in enumerate(queries):
            pages = tweepy.Paginator(
                self.client.search_recent_tweets, query, max_results=100, tweet_fields=list(TWEET_FIELDS),
                expansions=["author_id"], user_fields=["id", "name", "username"],
            )
            for response in self._pages(pages):
                for user in response.includes.get("users", []):
                    self.authors[str(user.data["id"])] = user.data.get("username")
                for tweet in response.data or []:
                    raw = tweet.data
                    if replied_to(raw) is not None:
                        self.replies[str(raw["id"])] = raw
                yield
            self._fraction = 0.6 + 0.3 * (i + 1) / len(queries)

    def _fetch_mentions(self) -> Iterator[None]:
        self._stage = "mentions"
        start, end = self._window()
        pages = tweepy.Paginator(
            self.client.get_users_mentions, self.account_id, max_results=100, tweet_fields=list(TWEET_FIELDS),
            expansions=["author_id"], user_fields=["id", "name", "username"], start_time=start, end_time=end,
            limit=MENTIONS_LIMIT // 100,
        )
        for response in self._pages(pages):
            for user in response.includes.get("users", []):
                self.authors[str(user.data["id"])] = user.data.get("username")
            for tweet in response.data or []:
                raw = tweet.data
                if str(raw.get("author_id")) != self.account_id:
                    self.replies[str(raw["id"])] = raw
            self._fraction = min(0.99, self._fraction + 0.1 / (MENTIONS_LIMIT // 100))
            yield

    # ---- helpers
    def _pages(self, paginator: tweepy.Paginator) -> Iterator[Any]:
        iterator = iter(paginator)
        while True:
            self.requests += 1
            try:
                response = next(iterator)
            except StopIteration:
                self.requests -= 1
                return
            yield response

    def _window(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        start = self.start if self.windowed else None
        end = None
        if self.until is not None:
            end = dt.datetime.combine(self.until + dt.timedelta(days=1), dt.time(), dt.UTC)
            if end > self.now - dt.timedelta(seconds=30):  # X rejects an end_time in the future
                end = None
        return start, end

    def dataset(self) -> Dataset:
        threads = thread_posts(self.replies.values(), self.raw_posts, self.account_id)
        replies = [raw for rid, raw in self.replies.items() if rid not in threads]
        return Dataset.from_frames(
            posts=posts_frame([*self.raw_posts.values(), *threads.values()], self.username, self.media, self.private,
                              threads=set(threads)),
            comments=comments_frame(replies, self.username, self.account_id, self.authors,
                                    post_ids=set(self.raw_posts) | set(threads)),
            followers=self.followers_frame(),
        )


def fetch_account(
    client: tweepy.Client,
    username: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    progress: Callable[[FetchProgress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    user_context: bool = False,
    mentions: bool = True,
    now: dt.datetime | None = None,
) -> FetchResult:
    """Fetch an X account's posts, the replies in their conversations, its mentions and today's follower total.

    Parameters
    ----------
    client
        ``tweepy.Client`` (bearer token, app-only or OAuth 2.0 user context), ``wait_on_rate_limit=False``.
    username
        The account's handle.
    since, until
        Optional first and last day (UTC) of the posts to fetch (the timeline holds the last 3,200 posts).
    progress
        Called after every API response with a ``FetchProgress``.
    cancel
        Polled after every API response; when it returns True the fetch stops and keeps what arrived.
    user_context
        The token is this account's OAuth 2.0 user token: also fetch non-public metrics (last 30 days).
    mentions
        Also fetch the 800 most recent mentions (threads the audience starts outside the brand's posts).
    now
        The current time (UTC); dates today's follower total and the 7-day reply window.

    Returns
    -------
    FetchResult
        The canonical Dataset (posts, comments with brand replies flagged, one followers row) and how the
        fetch ended. A rate limit mid-way returns ``complete=False`` with ``rate_limit_reset``.

    Raises
    ------
    XConnectorError
        A subclass per cause (401 ``XAuthError``, 403 ``XAccessError``, 402 ``XCreditsError``, 429 before any
        data ``XRateLimitError``, 5xx/connection ``XUnavailableError``, ``XAccountNotFound``), with a message
        in X's terms saying what to do.
    """
    fetch = XFetch(client, username, since=since, until=until, user_context=user_context, mentions=mentions, now=now)
    return fetch.run(progress, cancel)


class _TimeoutSession(requests.Session):
    """A requests session whose calls time out (tweepy sets none, so a silent network would hang the page), and
    that sends them to ``api_url`` instead of api.twitter.com when one is given (a proxy or a test server)."""

    def __init__(self, api_url: str | None = None):
        super().__init__()
        self.api_url = api_url.rstrip("/") if api_url else None

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", REQUEST_TIMEOUT)
        if self.api_url and isinstance(url, str) and url.startswith(API_HOST):
            url = self.api_url + url[len(API_HOST):]
        return super().request(method, url, *args, **kwargs)


def make_client(token: str, api_url: str | None = None) -> tweepy.Client:
    """A tweepy Client for a bearer token (app-only or OAuth 2.0 user) that never sleeps on rate limits and
    gives up on a silent connection after ``REQUEST_TIMEOUT`` seconds (connect, read)."""
    redact.install()
    client = tweepy.Client(bearer_token=token, wait_on_rate_limit=False)
    client.session = _TimeoutSession(api_url)
    return client


def make_fetch(request: FetchRequest) -> XFetch:
    """The registry's entry point: an X fetch for ``request`` (its token is a bearer token)."""
    return XFetch(make_client(request.token or "", request.api_url), request.account, since=request.since,
                  now=request.now, newest=request.newest, refresh_days=request.refresh_days)



def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _parse_time(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def conversation_queries(conversation_ids: Iterable[str], max_chars: int = QUERY_MAX_CHARS) -> Iterator[str]:
    """Recent-search queries ``conversation_id:A OR conversation_id:B ...``, each within ``max_chars``.

    >>> list(conversation_queries(["1", "2", "3"], max_chars=40))
    ['conversation_id:1 OR conversation_id:2', 'conversation_id:3']
    """
    query = ""
    for cid in conversation_ids:
        term = f"conversation_id:{cid}"
        candidate = f"{query} OR {term}" if query else term
        if len(candidate) > max_chars and query:
            yield query
            candidate = term
        query = candidate
    if query:
        yield query
