"""Fetch an X account through tweepy (API v2): posts with metrics, reply threads, mentions, today's followers.

The ``tweepy.Client`` is injected so tests replay recorded HTTP under the real client. Nothing here keeps or
prints the token: errors are rebuilt from the HTTP status alone, and ``lib.connectors.redact`` strips tokens
from every log record (tweepy logs request headers, the bearer token included, at DEBUG level).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import requests
import tweepy

from lib.connectors import redact
from lib.dataset import Dataset
from lib.errors import ConnectorError
from lib.schema import Comments, Followers, Posts

PLATFORM = "x"
TIMELINE_LIMIT = 3200  # X returns at most the 3,200 most recent posts of a user timeline
SEARCH_WINDOW_DAYS = 7  # recent search only covers the last 7 days
NON_PUBLIC_METRICS_DAYS = 30  # non-public and organic metrics exist only for posts of the last 30 days
QUERY_MAX_CHARS = 512  # the shortest query limit of the X plans that include recent search
MENTIONS_LIMIT = 800  # X returns at most the 800 most recent mentions
OAUTH_SCOPES = ("tweet.read", "users.read", "offline.access")
REQUEST_TIMEOUT = (10, 60)  # seconds to connect, seconds to wait for an answer

TWEET_FIELDS = (
    "id", "text", "created_at", "conversation_id", "author_id", "in_reply_to_user_id", "referenced_tweets",
    "public_metrics", "attachments",
)
PRIVATE_FIELDS = ("non_public_metrics", "organic_metrics")
MEDIA_FIELDS = ("media_key", "type", "public_metrics")
USER_FIELDS = ("id", "name", "username", "public_metrics")


# --------------------------------------------------------------------------------------------- errors
class XConnectorError(ConnectorError):
    """X refused or failed. ``partial`` holds what was fetched before the failure (or None).

    ``code`` names the cause for translated messages (``connect.error.<code>`` in the i18n catalogue) and
    ``params`` holds the values those messages need.
    """

    def __init__(self, message: str, *, status: int | None = None, partial: FetchResult | None = None,
                 code: str = "request", params: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.partial = partial
        self.code = code
        self.params = params or {}


class XAuthError(XConnectorError):
    """401: the token is wrong, expired or revoked."""


class XAccessError(XConnectorError):
    """403: the plan does not include the endpoint, or the app is not attached to a Project."""


class XCreditsError(XConnectorError):
    """402: the account's pay-per-use credits are used up."""


class XRateLimitError(XConnectorError):
    """429 before anything arrived; ``reset`` is when the limit resets."""

    def __init__(self, message: str, *, reset: dt.datetime | None, **kwargs: Any):
        super().__init__(message, **kwargs)
        self.reset = reset


class XUnavailableError(XConnectorError):
    """5xx or no connection: X cannot be reached right now."""


class XAccountNotFound(XConnectorError):
    """The username does not exist, or the account is suspended or protected."""


class XRequestError(XConnectorError):
    """400 and other answers: X rejected the request as made."""


# --------------------------------------------------------------------------------------------- results
@dataclass(frozen=True)
class FetchProgress:
    """What has arrived so far, for a progress bar."""

    stage: str  # "account", "posts", "metrics", "replies", "mentions", "done"
    posts: int
    comments: int
    requests: int
    fraction: float


@dataclass(frozen=True)
class FetchResult:
    """A fetch's canonical data and how it ended.

    ``complete`` is False when a rate limit or a cancel stopped it early; what arrived before is in
    ``dataset``. ``rate_limit_reset`` is when X lets the stopped endpoint be called again (UTC).
    """

    dataset: Dataset
    account: str
    account_id: str | None
    complete: bool
    stopped_reason: str | None = None  # None, "rate_limit", "cancelled", or an error class name
    rate_limit_reset: dt.datetime | None = None
    counts: dict[str, int] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    @property
    def source(self) -> str:
        """The source label stored with the fetch (never contains a token)."""
        return f"x:@{self.account}"


# --------------------------------------------------------------------------------------------- fetch
class XFetch:
    """One fetch of one account; ``run()`` does it, ``result()`` returns what arrived so far.

    The Connect page keeps the object while ``run()`` works, so when Streamlit stops the script (the user
    pressed Cancel) the page can still save ``result("cancelled")``.

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
    """

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
    ):
        self.client = client
        self.mentions = mentions
        self.username = username.strip().lstrip("@")
        self.since, self.until = since, until
        self.user_context = user_context
        self.now = (now or _utcnow()).astimezone(dt.UTC)
        self.account_id: str | None = None
        self.account_name: str | None = None
        self.followers_count: int | None = None
        self.posts: dict[str, dict] = {}  # id -> raw tweet
        self.replies: dict[str, dict] = {}  # id -> raw tweet (audience and brand replies)
        self.media: dict[str, dict] = {}  # media_key -> raw media
        self.private: dict[str, dict] = {}  # id -> raw tweet with non-public/organic metrics
        self.authors: dict[str, str] = {}  # user id -> username
        self.requests = 0
        self.timeline_count = 0  # tweets the timeline returned (posts and the account's replies)
        self._fraction = 0.0
        self._expected_posts = TIMELINE_LIMIT
        self._stage = "account"
        self._progress: Callable[[FetchProgress], None] | None = None

    # ---- public
    def run(
        self,
        progress: Callable[[FetchProgress], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> FetchResult:
        """Fetch everything; stop early (keeping what arrived) on a rate limit or when ``cancel()`` is True.

        Raises an ``XConnectorError`` subclass for every other refusal or failure; its ``partial`` holds
        what arrived before (None when nothing did).
        """
        redact.install()
        self._progress = progress
        cancel = cancel or (lambda: False)
        steps: list[Callable[[], Iterator[None]]] = [self._fetch_account, self._fetch_posts]
        if self.user_context:
            steps.append(self._fetch_private_metrics)
        steps.append(self._fetch_replies)
        if self.mentions:
            steps.append(self._fetch_mentions)
        error: XConnectorError | None = None
        try:
            for step in steps:
                for _ in step():
                    self._report()
                    if cancel():
                        return self.result("cancelled")
        except tweepy.TooManyRequests as exc:
            reset = _reset_time(exc)
            if self.account_id is None:
                error = XRateLimitError(_rate_limit_message(reset), reset=reset, status=429, code="rate_limit",
                                        params={"time": f"{reset:%Y-%m-%d %H:%M}" if reset else "?"})
            else:
                return self.result("rate_limit", rate_limit_reset=reset)
        except (tweepy.TweepyException, requests.RequestException) as exc:
            error = _translate(exc)
        if error is not None:  # raised outside the except block: no link to tweepy's response (and its headers)
            if self.account_id is not None:
                error.partial = self.result(type(error).__name__)
            raise error
        self._fraction = 1.0
        self._report("done")
        return self.result()

    def result(self, stopped_reason: str | None = None, rate_limit_reset: dt.datetime | None = None) -> FetchResult:
        """The canonical data fetched so far; ``complete`` when no ``stopped_reason`` is given."""
        dataset = self._dataset()
        counts = {
            "posts": len(dataset.posts),
            "comments": len(dataset.comments),
            "brand_replies": int(dataset.comments[Comments.is_brand].fillna(False).sum()),
            "followers": self.followers_count if self.followers_count is not None else 0,
            "requests": self.requests,
        }
        notes = []
        if self.since is None and self.timeline_count >= TIMELINE_LIMIT - 100:  # X's limit: older posts are missing
            notes.append("timeline_limit")
        return FetchResult(
            dataset=dataset, account=self.username, account_id=self.account_id, complete=stopped_reason is None,
            stopped_reason=stopped_reason, rate_limit_reset=rate_limit_reset, counts=counts, notes=tuple(notes),
        )

    # ---- steps (generators: one yield per API response)
    def _fetch_account(self) -> Iterator[None]:
        self._stage = "account"
        response = self._call(self.client.get_user, username=self.username, user_fields=list(USER_FIELDS))
        if response.data is None:
            raise _NotFound(self.username)
        user = response.data.data
        self.account_id = str(user["id"])
        self.username = user.get("username", self.username)
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
                if _replied_to(raw) is None:
                    self.posts[str(raw["id"])] = raw
                else:
                    self.replies[str(raw["id"])] = raw
            self._fraction = 0.05 + 0.55 * min(1.0, self.timeline_count / self._expected_posts)
            yield

    def _fetch_private_metrics(self) -> Iterator[None]:
        self._stage = "metrics"
        cutoff = self.now - dt.timedelta(days=NON_PUBLIC_METRICS_DAYS)
        recent = [pid for pid, raw in self.posts.items() if _parse_time(raw["created_at"]) >= cutoff]
        for chunk in _chunks(recent, 100):
            response = self._call(self.client.get_tweets, chunk, tweet_fields=["id", *PRIVATE_FIELDS])
            for tweet in response.data or []:
                self.private[str(tweet.data["id"])] = tweet.data
            yield

    def _fetch_replies(self) -> Iterator[None]:
        self._stage = "replies"
        cutoff = self.now - dt.timedelta(days=SEARCH_WINDOW_DAYS)
        conversations = [pid for pid, raw in self.posts.items() if _parse_time(raw["created_at"]) >= cutoff]
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
                    if _replied_to(raw) is not None:
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
    def _call(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        self.requests += 1
        return method(*args, **kwargs)

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
        start = None if self.since is None else dt.datetime.combine(self.since, dt.time(), dt.UTC)
        end = None
        if self.until is not None:
            end = dt.datetime.combine(self.until + dt.timedelta(days=1), dt.time(), dt.UTC)
            if end > self.now - dt.timedelta(seconds=30):  # X rejects an end_time in the future
                end = None
        return start, end

    def _report(self, stage: str | None = None) -> None:
        if self._progress is not None:
            self._progress(FetchProgress(
                stage=stage or self._stage, posts=len(self.posts), comments=len(self.replies),
                requests=self.requests, fraction=self._fraction,
            ))

    def _dataset(self) -> Dataset:
        followers = None
        if self.followers_count is not None:
            followers = pd.DataFrame({
                Followers.platform: [PLATFORM], Followers.account: [self.username],
                Followers.date: [pd.Timestamp(self.now.date())], Followers.followers: [self.followers_count],
            })
        threads = thread_posts(self.replies.values(), self.posts, self.account_id)
        replies = [raw for rid, raw in self.replies.items() if rid not in threads]
        return Dataset.from_frames(
            posts=posts_frame([*self.posts.values(), *threads.values()], self.username, self.media, self.private,
                              threads=set(threads)),
            comments=comments_frame(replies, self.username, self.account_id, self.authors,
                                    post_ids=set(self.posts) | set(threads)),
            followers=followers,
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
    """A requests session whose calls time out (tweepy sets none, so a silent network would hang the page)."""

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", REQUEST_TIMEOUT)
        return super().request(*args, **kwargs)


def make_client(token: str) -> tweepy.Client:
    """A tweepy Client for a bearer token (app-only or OAuth 2.0 user) that never sleeps on rate limits and
    gives up on a silent connection after ``REQUEST_TIMEOUT`` seconds (connect, read)."""
    redact.install()
    client = tweepy.Client(bearer_token=token, wait_on_rate_limit=False)
    client.session = _TimeoutSession()
    return client


# --------------------------------------------------------------------------------------------- canonical rows
def thread_posts(replies: Iterable[dict], posts: dict[str, dict], account_id: str | None) -> dict[str, dict]:
    """The account's replies that continue its own thread (a chain of its own tweets up to one of its posts).

    Like the X archive importer, these are posts (``post_type = "thread"``), not dialogue.
    """
    known = set(posts)
    threads: dict[str, dict] = {}
    own = [r for r in replies if str(r.get("author_id")) == account_id and str(r.get("in_reply_to_user_id")) == account_id]
    for raw in sorted(own, key=lambda r: r["created_at"]):
        if _replied_to(raw) in known:
            known.add(str(raw["id"]))
            threads[str(raw["id"])] = raw
    return threads


def posts_frame(
    tweets: Iterable[dict], account: str, media: dict[str, dict], private: dict[str, dict], threads: set[str] = frozenset(),
) -> pd.DataFrame:
    """Canonical ``posts`` rows for raw v2 tweets of the account (originals, quotes and thread continuations)."""
    rows = []
    for raw in tweets:
        pm = raw.get("public_metrics") or {}
        keys = (raw.get("attachments") or {}).get("media_keys") or []
        types = {media.get(k, {}).get("type") for k in keys}
        views = [(media.get(k, {}).get("public_metrics") or {}).get("view_count") for k in keys]
        views = [v for v in views if v is not None]
        extra = private.get(str(raw["id"]), {})
        non_public = extra.get("non_public_metrics") or {}
        organic = extra.get("organic_metrics") or {}
        refs = {r["type"] for r in raw.get("referenced_tweets") or []}
        rows.append({
            Posts.platform: PLATFORM,
            Posts.account: account,
            Posts.post_id: str(raw["id"]),
            Posts.published_at: raw["created_at"],
            Posts.post_type: "thread" if str(raw["id"]) in threads else _post_type(types, refs),
            Posts.text: raw.get("text"),
            Posts.permalink: f"https://x.com/{account}/status/{raw['id']}",
            Posts.impressions: non_public.get("impression_count", pm.get("impression_count")),
            Posts.reactions: pm.get("like_count"),
            Posts.comments: pm.get("reply_count"),
            Posts.shares: _sum(pm.get("retweet_count"), pm.get("quote_count")),
            Posts.saves: pm.get("bookmark_count"),
            Posts.clicks: non_public.get("url_link_clicks", organic.get("url_link_clicks")),
            Posts.video_views: sum(views) if views else None,
        })
    return pd.DataFrame(rows, columns=list(_POST_COLUMNS))


def comments_frame(
    tweets: Iterable[dict], account: str, account_id: str | None, authors: dict[str, str], post_ids: set[str] = frozenset(),
) -> pd.DataFrame:
    """Canonical ``comments`` rows for raw v2 replies and mentions.

    ``post_id`` is the conversation id. A reply to one of the account's posts (``post_ids``, or the root of
    the account's own conversation) is a top-level comment (``parent_id`` null); any other reply points at
    the tweet it answers. A mention that replies to nothing starts its own thread (no parent).
    """
    tweets = list(tweets)
    parent = pd.Series([_replied_to(r) for r in tweets], dtype="str")
    conversation = pd.Series([r.get("conversation_id") for r in tweets], dtype="str").fillna(parent)
    author = pd.Series([r.get("author_id") for r in tweets], dtype="str")
    replying_to = pd.Series([r.get("in_reply_to_user_id") for r in tweets], dtype="str")
    top_level = parent.isin(post_ids) | ((parent == conversation) & (replying_to == account_id)).fillna(False)
    frame = pd.DataFrame({
        Comments.platform: PLATFORM,
        Comments.account: account,
        Comments.comment_id: pd.Series([r["id"] for r in tweets], dtype="str"),
        Comments.post_id: conversation,
        Comments.parent_id: parent.mask(top_level),
        Comments.author_id: author,
        Comments.author_name: author.map(authors),
        Comments.is_brand: (author == account_id).fillna(False),
        Comments.created_at: pd.Series([r["created_at"] for r in tweets], dtype="str"),
        Comments.text: pd.Series([r.get("text") for r in tweets], dtype="str"),
    }, index=range(len(tweets)))
    return frame[list(_COMMENT_COLUMNS)]


_POST_COLUMNS = (
    Posts.platform, Posts.account, Posts.post_id, Posts.published_at, Posts.post_type, Posts.text, Posts.permalink,
    Posts.impressions, Posts.reactions, Posts.comments, Posts.shares, Posts.saves, Posts.clicks, Posts.video_views,
)
_COMMENT_COLUMNS = (
    Comments.platform, Comments.account, Comments.comment_id, Comments.post_id, Comments.parent_id,
    Comments.author_id, Comments.author_name, Comments.is_brand, Comments.created_at, Comments.text,
)


def _post_type(media_types: set, refs: set) -> str:
    if media_types & {"video", "animated_gif"}:
        return "video"
    if "photo" in media_types:
        return "photo"
    if "quoted" in refs:
        return "quote"
    return "post"


def _sum(*values: int | None) -> int | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def _replied_to(raw: dict) -> str | None:
    for ref in raw.get("referenced_tweets") or []:
        if ref.get("type") == "replied_to":
            return str(ref["id"])
    return None


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


# --------------------------------------------------------------------------------------------- error messages
class _NotFound(tweepy.TweepyException):
    def __init__(self, username: str):
        super().__init__(username)
        self.username = username


def _reset_time(exc: tweepy.TooManyRequests) -> dt.datetime | None:
    reset = getattr(exc, "reset_time", None)
    if reset is None:
        header = exc.response.headers.get("x-rate-limit-reset") if exc.response is not None else None
        reset = int(header) if header and header.isdigit() else None
    return None if reset is None else dt.datetime.fromtimestamp(reset, dt.UTC)


def _rate_limit_message(reset: dt.datetime | None) -> str:
    when = f"at {reset:%H:%M} UTC on {reset:%Y-%m-%d}" if reset else "within 15 minutes"
    return (f"X's rate limit for this endpoint is used up (429 Too Many Requests). It resets {when}; "
            "fetch again after that. Nothing was fetched this time.")


def _translate(exc: Exception) -> XConnectorError:
    """An error with a message in X's terms for a tweepy/requests failure (never including the token)."""
    if isinstance(exc, _NotFound):
        return XAccountNotFound(
            f"X has no public account @{exc.username} (it does not exist, is suspended or is protected). "
            "Check the username as it appears after x.com/.", code="not_found", params={"username": exc.username})
    if isinstance(exc, requests.RequestException):
        return XUnavailableError(
            "Could not reach X (api.twitter.com): check the internet connection or proxy, then try again.",
            code="network")
    status = getattr(getattr(exc, "response", None), "status_code", None)
    api_messages = " ".join(redact.redact(m) for m in getattr(exc, "api_messages", []) if isinstance(m, str))
    reason = _api_reason(exc)
    if status == 401:
        return XAuthError(
            "X did not accept the token (401 Unauthorized): it is wrong, expired or was revoked. Copy the "
            "Bearer Token again from your app's \"Keys and tokens\" page in the X Developer Portal (or sign in "
            "with X again), then retry.", status=401, code="auth")
    if status == 402:
        return XCreditsError(
            "X answered 402 Payment Required: your X API credits are used up. Buy credits in the X Developer "
            "Portal (or wait for your plan's monthly reset), then fetch again.", status=402, code="credits")
    if status == 403:
        if reason == "client-not-enrolled":
            return XAccessError(
                "X refused the request (403 Forbidden): your app is not attached to a Project. In the X "
                "Developer Portal, add the app to a Project and use that app's Bearer Token.", status=403,
                code="not_enrolled")
        return XAccessError(
            "X refused the request (403 Forbidden): your X API plan does not include reading posts, timelines "
            "or search (the Free plan does not). Upgrade to Basic or higher, or use pay-per-use credits, in the "
            "X Developer Portal; or import your free X archive instead (Settings > Your account > Download an "
            "archive of your data).", status=403, code="plan")
    if isinstance(exc, tweepy.TwitterServerError) or (status is not None and status >= 500):
        return XUnavailableError(
            f"X is not answering properly right now ({status} server error). Try again in a few minutes.",
            status=status, code="unavailable", params={"status": str(status)})
    detail = f": {api_messages}" if api_messages else ""
    return XRequestError(f"X rejected the request ({status or 'error'}){detail}.", status=status, code="request",
                         params={"status": str(status or "error"), "detail": detail})


def _api_reason(exc: Exception) -> str | None:
    response = getattr(exc, "response", None)
    try:
        body = response.json() if response is not None else {}
    except ValueError:
        return None
    return body.get("reason") if isinstance(body, dict) else None


# --------------------------------------------------------------------------------------------- OAuth 2.0 PKCE
def oauth2_handler(client_id: str, redirect_uri: str, client_secret: str | None = None) -> tweepy.OAuth2UserHandler:
    """An OAuth 2.0 Authorization Code Flow with PKCE handler (read-only scopes plus a refresh token).

    Keep it in the user's own session (it holds the PKCE code verifier), never in a shared cache.
    """
    redact.install()
    return tweepy.OAuth2UserHandler(
        client_id=client_id, redirect_uri=redirect_uri, scope=list(OAUTH_SCOPES), client_secret=client_secret,
    )


def authorization_url(handler: tweepy.OAuth2UserHandler) -> str:
    """The x.com address where the user approves read access for the app."""
    return handler.get_authorization_url()


def exchange_code(handler: tweepy.OAuth2UserHandler, redirect_response: str) -> str:
    """The user access token for the address X redirected to after approval (with ``code`` and ``state``).

    Raises ``XAuthError`` when X refuses the code (expired, already used, or a different app).
    """
    error: XConnectorError | None = None
    address = redirect_response.strip()
    # oauthlib refuses plain-http addresses; a local app (http://localhost) only hands over code and state here
    address = re.sub(r"^http://(localhost|127\.0\.0\.1)([:/?])", r"https://\1\2", address)
    try:
        token = handler.fetch_token(address)
        return token["access_token"]
    except requests.RequestException:
        error = _translate(requests.RequestException())
    except Exception:  # oauthlib raises many types; none of their texts may reach the user  # noqa: BLE001
        error = XAuthError(
            "X did not accept the sign-in (the code expired, was already used, or the address was not the one "
            "X redirected to). Start the sign-in again.", code="sign_in")
    raise error


def oauth2_settings(secrets: dict | None = None) -> dict[str, str] | None:
    """Client id, secret and redirect URI for OAuth 2.0 from ``secrets`` (a ``[x]`` table) or the environment.

    None when no client id is configured. Environment: X_CLIENT_ID, X_CLIENT_SECRET, X_REDIRECT_URI.
    """
    section = dict((secrets or {}).get("x", {}) or {})
    client_id = section.get("client_id") or os.environ.get("X_CLIENT_ID")
    redirect = section.get("redirect_uri") or os.environ.get("X_REDIRECT_URI")
    if not client_id or not redirect:
        return None
    out = {"client_id": client_id, "redirect_uri": redirect}
    secret = section.get("client_secret") or os.environ.get("X_CLIENT_SECRET")
    if secret:
        out["client_secret"] = secret
    return out


# --------------------------------------------------------------------------------------------- CLI
def cli_fetch(args: Any) -> int:
    """``python -m lib.cli x-fetch USERNAME --workspace NAME [--since D] [--until D]``.

    Reads the token from X_BEARER_TOKEN, prints counts, saves what arrived into the workspace. Returns 0
    when complete, 1 when a rate limit or Ctrl-C stopped it early (what arrived is saved).
    """
    token = os.environ.get("X_BEARER_TOKEN", "").strip()
    if not token:
        raise ConnectorError(
            "Set X_BEARER_TOKEN to your app's Bearer Token (X Developer Portal > your app > Keys and tokens). "
            "Without API access, import your free X archive instead: python -m lib.cli import archive.zip "
            "--workspace NAME.")
    fetch = XFetch(make_client(token), args.username, since=args.since, until=args.until)
    try:
        result = fetch.run(progress=_print_progress)
    except KeyboardInterrupt:
        result = fetch.result("cancelled")
    except XConnectorError as exc:
        if exc.partial is not None and not exc.partial.dataset.is_empty:
            _save(args.workspace, exc.partial)
            print(f"Kept what arrived before the error: {_counts_line(exc.partial)}")
        raise
    print()
    if not result.dataset.is_empty:
        _save(args.workspace, result)
    print(f"@{result.account}: {_counts_line(result)} -> workspace '{args.workspace}'")
    if result.stopped_reason == "rate_limit":
        when = f"{result.rate_limit_reset:%Y-%m-%d %H:%M} UTC" if result.rate_limit_reset else "in 15 minutes"
        print(f"Stopped by X's rate limit; what arrived is saved. The limit resets {when}: run again then.")
    elif result.stopped_reason == "cancelled":
        print("Stopped; what arrived is saved.")
    return 0 if result.complete else 1


def _save(workspace: str, result: FetchResult) -> None:
    from lib.store import open_store

    store = open_store()
    if not store.exists(workspace):
        store.create(workspace)
    save_result(store, workspace, result)


def save_result(store: Any, workspace: str, result: FetchResult) -> Any:
    """Save a fetch into ``workspace`` through the store (one import of kind "fetch"; never the token).

    Returns the store's ImportRecord, or None when nothing arrived.
    """
    if result.dataset.is_empty:
        return None
    return store.save_dataset(workspace, result.dataset, source=result.source, kind="fetch", platform=PLATFORM,
                              account=result.account)


def _counts_line(result: FetchResult) -> str:
    c = result.counts
    return (f"{c.get('posts', 0)} posts, {c.get('comments', 0)} replies ({c.get('brand_replies', 0)} by the account), "
            f"{c.get('followers', 0)} followers today, {c.get('requests', 0)} requests")


def _print_progress(p: FetchProgress) -> None:
    print(f"\r{p.stage}: {p.posts} posts, {p.comments} replies, {p.requests} requests", end="", flush=True)
