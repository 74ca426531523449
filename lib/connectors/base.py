"""What every connector shares: the request, the fetch loop (progress, cancel, rate-limit stop), errors, results.

A connector module subclasses ``Fetch``: ``steps()`` lists generators that call the platform (one ``yield`` per
HTTP answer) and fill ``posts``/``comments`` with canonical rows; ``translate()`` turns the client library's
exceptions into ``FetchError``s in the platform's terms. ``Fetch.run`` does the rest the same way for every
platform: progress with counts, Cancel keeping what arrived, a rate limit or quota stop keeping what arrived and
saying when to resume, and no token in any message (``lib.connectors.redact``). Nothing here stores anything:
the caller (page or CLI) saves ``FetchResult.dataset``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

import pandas as pd

from lib.connectors import redact
from lib.dataset import Dataset
from lib.errors import ConnectorError
from lib.i18n import catalogues, t
from lib.schema import Comments, Followers, Posts

DEFAULT_HISTORY_DAYS = 365  # a first fetch goes back 12 months unless --since says otherwise
DEFAULT_REFRESH_DAYS = 14  # a refresh re-reads the posts of the last 14 days: their counts and threads still move
REQUEST_TIMEOUT = (10, 60)  # seconds to connect, seconds to wait for an answer

POST_COLUMNS: tuple[str, ...] = (
    Posts.platform, Posts.account, Posts.post_id, Posts.published_at, Posts.post_type, Posts.text, Posts.permalink,
    Posts.impressions, Posts.reach, Posts.reactions, Posts.comments, Posts.shares, Posts.saves, Posts.clicks,
    Posts.video_views,
)
COMMENT_COLUMNS: tuple[str, ...] = (
    Comments.platform, Comments.account, Comments.comment_id, Comments.post_id, Comments.parent_id,
    Comments.author_id, Comments.author_name, Comments.is_brand, Comments.created_at, Comments.text,
)


# --------------------------------------------------------------------------------------------- errors
class FetchError(ConnectorError):
    """A platform refused or failed. ``str(err)`` is the English sentence; ``message(err, lang)`` translates it.

    ``code`` names the cause (``connect.error.<code>`` in lib/i18n/catalog_connect.py), ``params`` the values
    the sentence needs (never a token), ``partial`` what arrived before the failure (None when nothing did).
    """

    default_code: ClassVar[str] = "request"

    def __init__(self, message: str | None = None, *, code: str | None = None, status: int | None = None,
                 partial: FetchResult | None = None, platform: str = "", params: Mapping[str, str] | None = None):
        self.code: str = code or type(self).default_code
        self.platform = platform
        self.status = status
        self.params = {"platform": LABELS.get(platform, platform), **{k: redact.redact(str(v)) for k, v in
                                                                      (params or {}).items()}}
        self.partial = partial
        super().__init__(message if message is not None else error_message(self, "en"))


class AuthError(FetchError):
    """The token or key is wrong, expired or revoked."""

    default_code = "auth"


class MissingPermission(FetchError):
    """The token works but lacks a permission (``params["permission"]`` names it)."""

    default_code = "permission"


class AccountNotFound(FetchError):
    """No such account (``params["account"]``)."""

    default_code = "not_found"


class PrivateAccount(FetchError):
    """The account exists but its content is not public."""

    default_code = "private"


class RateLimited(FetchError):
    """A rate limit or a daily quota stopped the fetch; ``resume_at`` is when to fetch again (UTC, or None)."""

    default_code = "rate_limit"

    def __init__(self, message: str | None = None, *, resume_at: dt.datetime | None = None, **kwargs: Any):
        self.resume_at = resume_at
        params = dict(kwargs.pop("params", None) or {})
        params.setdefault("time", f"{resume_at:%Y-%m-%d %H:%M} UTC" if resume_at else "?")
        super().__init__(message, params=params, **kwargs)


class Unavailable(FetchError):
    """5xx: the platform is not answering properly (``params["status"]``)."""

    default_code = "unavailable"


class NoNetwork(FetchError):
    """The platform could not be reached at all (no connection, DNS, timeout)."""

    default_code = "network"


class RequestRefused(FetchError):
    """Any other refusal; ``params["detail"]`` holds the platform's own words."""

    default_code = "request"


def error_message(err: FetchError, lang: str) -> str:
    """The error's sentence in ``lang``: the cause, then the platform's own fix when the catalogue has one."""
    params = {"status": "", "detail": "", "permission": "", "account": "", "time": "?", **err.params}
    text = t(f"connect.error.{err.code}", lang, **params)
    fix = f"connect.fix.{err.platform}.{err.code}"
    if fix in catalogues()["en"]:
        text += " " + t(fix, lang, **params)
    return text


def message(err: Exception, lang: str) -> str:
    """What to show a user for ``err`` (a FetchError translated; any other ConversaError as written)."""
    return error_message(err, lang) if isinstance(err, FetchError) else str(err)


# --------------------------------------------------------------------------------------------- request, results
@dataclass(frozen=True)
class FetchRequest:
    """What to fetch: an account in the platform's usual form, a credential, how far back, where.

    ``newest`` is the newest post of this account already in the workspace: when set, the fetch is a refresh
    and asks only for posts newer than it plus those of the last ``refresh_days`` days.
    """

    account: str
    token: str | None = field(default=None, repr=False)
    since: dt.date | None = None
    api_url: str | None = None
    newest: dt.datetime | None = None
    refresh_days: int = DEFAULT_REFRESH_DAYS
    now: dt.datetime | None = None

    def __getstate__(self) -> dict[str, Any]:  # a pickled request (a cache, a session dump) never holds the token
        return {**self.__dict__, "token": None}

    def start(self, now: dt.datetime) -> dt.datetime:
        """The oldest publication time this fetch asks for: ``since`` when given (a user's choice, or where a
        stopped fetch asked to go on), else 12 months back, narrowed on a refresh to the newer posts and the last
        ``refresh_days``."""
        if self.since is not None:
            return dt.datetime.combine(self.since, dt.time(), dt.UTC)
        start = dt.datetime.combine((now - dt.timedelta(days=DEFAULT_HISTORY_DAYS)).date(), dt.time(), dt.UTC)
        if self.newest is not None:
            start = max(start, min(self.newest, now - dt.timedelta(days=self.refresh_days)))
        return start


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

    ``complete`` is False when a rate limit, a quota or a cancel stopped it early; what arrived before is in
    ``dataset``. ``rate_limit_reset`` is when the platform lets the fetch go on (UTC), when it says.
    """

    dataset: Dataset
    account: str
    account_id: str | None
    complete: bool
    stopped_reason: str | None = None  # None, "rate_limit", "cancelled", or an error class name
    rate_limit_reset: dt.datetime | None = None
    resume_since: dt.date | None = None  # a stopped fetch: fetch again from this day to get the rest
    counts: dict[str, int] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    platform: str = ""

    @property
    def source(self) -> str:
        """The source label stored with the fetch (never contains a token)."""
        return f"{self.platform}:@{self.account}" if self.platform == "x" else f"{self.platform}:{self.account}"


# --------------------------------------------------------------------------------------------- the fetch loop
Step = Callable[[], Iterator[None]]


class Fetch:
    """One fetch of one account; ``run()`` does it, ``result()`` returns what arrived so far.

    The page keeps the object while ``run()`` works, so when Streamlit stops the script (the user pressed
    Cancel) it can still save ``result("cancelled")``. Subclasses fill ``account_id``, ``followers_count``,
    ``posts`` and ``comments`` (canonical rows keyed by id) and ``hidden`` (id -> parent of comments a platform
    marks hidden or deleted: their replies hang from the nearest visible ancestor instead).
    """

    platform: ClassVar[str] = "other"

    def __init__(self, request: FetchRequest):
        self.request = request
        self.now = (request.now or utcnow()).astimezone(dt.UTC)
        self.start = request.start(self.now)
        self.account = request.account.strip()
        self.account_id: str | None = None
        self.followers_count: int | None = None
        self.posts: dict[str, dict[str, Any]] = {}
        self.comments: dict[str, dict[str, Any]] = {}
        self.hidden: dict[str, str | None] = {}
        self.brand_names: set[str] = set()  # author names that are the account (platforms without author ids)
        self.notes: list[str] = []
        self.requests = 0
        self._thread_queue: list[str] | None = None  # with_threads(): the posts whose threads are fetched, in order
        self._threads_done: set[str] = set()
        self._fraction = 0.0
        self._stage = "account"
        self._progress: Callable[[FetchProgress], None] | None = None

    # ---- to implement
    def steps(self) -> list[Step]:
        raise NotImplementedError

    def translate(self, exc: Exception) -> FetchError | None:
        """A FetchError for the client library's exception, or None when ``exc`` is not the platform's."""
        raise NotImplementedError

    # ---- the loop
    def run(self, progress: Callable[[FetchProgress], None] | None = None,
            cancel: Callable[[], bool] | None = None) -> FetchResult:
        """Fetch everything; stop early (keeping what arrived) on a rate limit or when ``cancel()`` is True.

        Raises a ``FetchError`` for every other refusal or failure; its ``partial`` holds what arrived before
        (None when nothing did).
        """
        redact.install()
        self._progress = progress
        cancel = cancel or (lambda: False)
        error: FetchError | None = None
        try:
            for step in self.steps():
                for _ in step():
                    self._report()
                    if cancel():
                        return self.result("cancelled")
        except Exception as exc:  # the client libraries raise many types; translate() sorts out the platform's
            error = self.translate(exc)
            if error is None:
                raise
            error.platform = error.platform or self.platform
        if error is not None:  # raised outside the except block: no link to the library's response and headers
            if isinstance(error, RateLimited) and self.account_id is not None:
                return self.result("rate_limit", rate_limit_reset=error.resume_at)
            if self.account_id is not None:
                error.partial = self.result(type(error).__name__)
            raise error
        self._fraction = 1.0
        self._report("done")
        return self.result()

    def result(self, stopped_reason: str | None = None, rate_limit_reset: dt.datetime | None = None) -> FetchResult:
        """The canonical data fetched so far; ``complete`` when no ``stopped_reason`` is given."""
        dataset = self.dataset()
        counts = {
            "posts": len(dataset.posts),
            "comments": len(dataset.comments),
            "brand_replies": int(dataset.comments[Comments.is_brand].fillna(False).sum()),
            "followers": self.followers_count if self.followers_count is not None else 0,
            "requests": self.requests,
        }
        return FetchResult(
            dataset=dataset, account=self.account, account_id=self.account_id, complete=stopped_reason is None,
            stopped_reason=stopped_reason, rate_limit_reset=rate_limit_reset, counts=counts,
            notes=tuple(self.notes), platform=self.platform,
            resume_since=None if stopped_reason is None else self.resume_since(),
        )

    def with_threads(self) -> list[str]:
        """The posts whose threads to fetch, oldest first (call once, then ``thread_done`` after each): a fetch that
        stops has every thread older than the first one it did not finish, so it can go on from there."""
        self._thread_queue = sorted((pid for pid, row in self.posts.items() if row.get(Posts.comments)),
                                    key=lambda pid: _stamp(self.posts[pid].get(Posts.published_at)))
        return list(self._thread_queue)

    def thread_done(self, post_id: str) -> None:
        self._threads_done.add(post_id)

    def resume_since(self) -> dt.date | None:
        """Where a stopped fetch goes on: the day of the oldest post whose thread it did not finish, or its own
        start when it stopped before the threads (None when only later steps were left)."""
        if self._thread_queue is None:
            return self.start.date()
        pending = [pid for pid in self._thread_queue if pid not in self._threads_done and pid in self.posts]
        return _stamp(self.posts[pending[0]].get(Posts.published_at)).date() if pending else None

    def dataset(self) -> Dataset:
        """Posts, comments (brand flagged, threads re-hung around hidden ones) and today's follower total."""
        return Dataset.from_frames(posts=posts_frame(self.posts.values()),
                                   comments=self.comments_frame(), followers=self.followers_frame())

    def comments_frame(self) -> pd.DataFrame:
        rows = list(self.comments.values())
        if self.hidden:
            rows = [_rehang(row, self.hidden) for row in rows]
        frame = comments_frame(rows)
        brand = frame[Comments.author_id].eq(self.account_id) if self.account_id else frame[Comments.is_brand]
        if self.brand_names:
            brand = brand | frame[Comments.author_name].isin(self.brand_names)
        frame[Comments.is_brand] = brand.fillna(False).astype(bool)
        return frame

    def followers_frame(self) -> pd.DataFrame | None:
        if self.followers_count is None:
            return None
        return pd.DataFrame({
            Followers.platform: [self.platform], Followers.account: [self.account],
            Followers.date: [pd.Timestamp(self.now.date())], Followers.followers: [self.followers_count],
        })

    # ---- helpers for subclasses
    def call(self, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """One HTTP call through the client library, counted."""
        self.requests += 1
        return method(*args, **kwargs)

    def older_than_start(self, when: str | dt.datetime | None) -> bool:
        """True for a post published before this fetch's window (the newest-first paging can stop)."""
        if when is None:
            return False
        stamp = when if isinstance(when, dt.datetime) else parse_time(when)
        return stamp < self.start

    def progress_to(self, fraction: float, stage: str | None = None) -> None:
        self._fraction = max(self._fraction, min(0.99, fraction))
        if stage:
            self._stage = stage

    def _report(self, stage: str | None = None) -> None:
        if self._progress is not None:
            self._progress(FetchProgress(stage=stage or self._stage, posts=len(self.posts),
                                         comments=len(self.comments), requests=self.requests,
                                         fraction=self._fraction))


def _rehang(row: dict[str, Any], hidden: Mapping[str, str | None]) -> dict[str, Any]:
    parent = row.get(Comments.parent_id)
    seen = 0
    while parent is not None and parent in hidden and seen < 1000:
        parent, seen = hidden[parent], seen + 1
    return row if parent == row.get(Comments.parent_id) else {**row, Comments.parent_id: parent}


# --------------------------------------------------------------------------------------------- canonical frames
def posts_frame(rows: Any) -> pd.DataFrame:
    """Canonical posts columns from row dicts (missing keys are null)."""
    return pd.DataFrame.from_records(list(rows), columns=list(POST_COLUMNS))


def comments_frame(rows: Any) -> pd.DataFrame:
    """Canonical comments columns from row dicts (missing keys are null)."""
    return pd.DataFrame.from_records(list(rows), columns=list(COMMENT_COLUMNS))


def newest_post(dataset: Dataset, platform: str, account: str) -> dt.datetime | None:
    """The newest post of ``account`` on ``platform`` in a workspace's data: a refresh starts from it."""
    p = dataset.posts
    handle = p[Posts.account].str.lstrip("@").str.lower()  # the Mastodon archive keeps "@user@instance"
    mine = p[(p[Posts.platform] == platform) & (handle == account.strip().lstrip("@").lower())]
    if not len(mine):
        return None
    return pd.Timestamp(mine[Posts.published_at].max()).to_pydatetime()


def total(*values: int | None) -> int | None:
    """The sum of the counts a platform gave (None when it gave none): reposts + quotes, say."""
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def _stamp(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return parse_time(value) if isinstance(value, str) and value else dt.datetime.min.replace(tzinfo=dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def parse_time(value: str) -> dt.datetime:
    """An aware datetime for the ISO 8601 forms platforms send (``Z``, ``+0000``, fractions)."""
    text = value.strip().replace("Z", "+00:00")
    if len(text) > 5 and text[-5] in "+-" and text[-3] != ":":  # +0000 -> +00:00 (Graph API)
        text = f"{text[:-2]}:{text[-2:]}"
    stamp = dt.datetime.fromisoformat(text)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)


LABELS = {"x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon", "youtube": "YouTube", "facebook": "Facebook",
          "instagram": "Instagram", "threads": "Threads"}
