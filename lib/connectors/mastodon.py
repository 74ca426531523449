"""Fetch a Mastodon account through Mastodon.py: followers today, posts with their counts, every reply thread.

``GET /api/v1/accounts/lookup`` gives the account and today's followers, ``GET /api/v1/accounts/:id/statuses``
(40 a page, ``max_id`` paging through the ``Link`` header; boosts and replies left out) the account's posts with
favourites, boosts and replies, and ``GET /api/v1/statuses/:id/context`` per post with replies its
``descendants``: the thread, each reply pointing at the status it answers (``in_reply_to_id``).

Public reads need no token. With a token of the account itself its unlisted posts are fetched too; without it
only public posts are. Direct and followers-only statuses never become posts or comments (their replies hang
from the nearest visible ancestor), nor do replies to a status that was deleted lose their thread: they become
replies to the post. Ids match the Mastodon archive importer: the account's own statuses keep their number on
its home server, everybody else's statuses are named by their URI (numbers repeat across servers).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import requests
from mastodon import Mastodon
from mastodon import errors as m_exc

from lib.connectors.base import (
    REQUEST_TIMEOUT,
    AccountNotFound,
    AuthError,
    Fetch,
    FetchError,
    FetchRequest,
    NoNetwork,
    PrivateAccount,
    RateLimited,
    RequestRefused,
    Step,
    Unavailable,
    parse_time,
    posts_frame,
    total,
)
from lib.dataset import Dataset
from lib.importers._social import html_to_text
from lib.schema import Comments, Posts

PLATFORM = "mastodon"
PAGE = 40  # accounts/:id/statuses' maximum limit
PUBLIC_DESCENDANTS = 60  # statuses/:id/context without a token: at most 60 descendants, 20 levels deep
VISIBLE = frozenset({"public", "unlisted"})
_ACCOUNT = re.compile(r"^@?([^@\s/]+)(?:@([^@\s/]+))?$")
_OWN_ID = re.compile(r"/statuses/(\d+)$")


def parse_account(account: str) -> tuple[str, str | None]:
    """``(username, instance)`` of ``user@instance`` / ``@user@instance`` (instance None for a bare name).

    >>> parse_account("@acme@mastodon.social")
    ('acme', 'mastodon.social')
    """
    m = _ACCOUNT.match(account.strip())
    if not m:
        raise AccountNotFound(platform=PLATFORM, params={"account": account.strip(), "detail": "user@instance"})
    return m.group(1), (m.group(2).lower() if m.group(2) else None)


class MastodonFetch(Fetch):
    """One fetch of one Mastodon account from its instance (or from ``api_url``)."""

    platform = PLATFORM

    def __init__(self, request: FetchRequest, client: Mastodon, session: _RecordingSession | None = None):
        super().__init__(request)
        self.client = client
        self.session = session
        self.username, self.instance = parse_account(self.account)
        host = self.instance or _host(client.api_base_url)
        self.account = f"@{self.username}@{host}"
        self.acct = f"{self.username}@{self.instance}" if self.instance else self.username
        self.local_id: str | None = None  # the account's id on the server asked (API calls)
        self.owner = False  # the token is the account's own: its unlisted posts are fetched too
        self.local_posts: dict[str, str] = {}  # local status id -> canonical post id

    def steps(self) -> list[Step]:
        return [self._account, self._statuses, self._threads]

    def _account(self) -> Iterator[None]:
        account = self.call(self.client.account_lookup, self.acct)
        self.local_id = str(account["id"])
        self.username = str(account.get("username") or self.username)  # as the account spells it (the archive's)
        self.account = f"@{self.username}@{self.instance or _host(self.client.api_base_url)}"
        self.account_id = str(account.get("uri") or f"https://{self.instance or _host(self.client.api_base_url)}"
                              f"/users/{self.username}")
        self.followers_count = account.get("followers_count")
        if self.request.token:
            try:
                me = self.call(self.client.account_verify_credentials)
            except m_exc.MastodonUnauthorizedError:
                raise
            except m_exc.MastodonAPIError:  # 403: a token without read:accounts reads, but is nobody's own
                me = {}
            self.owner = str(me.get("id")) == self.local_id
        self.progress_to(0.05, "posts")
        yield

    def _statuses(self) -> Iterator[None]:
        page = self.call(self.client.account_statuses, self.local_id, limit=PAGE, exclude_reblogs=True,
                         exclude_replies=True)
        expected = 1
        while True:
            older = False
            for status in page or []:
                if self.older_than_start(status.get("created_at")):
                    older = True
                    break
                if status.get("reblog") or status.get("visibility") not in self.visible_posts:
                    continue
                row = post_row(status, self.account, self.account_id)
                self.posts[row[Posts.post_id]] = row
                self.local_posts[str(status["id"])] = row[Posts.post_id]
            more = getattr(page, "_pagination_next", None) is not None and len(page or []) > 0
            expected = max(expected, len(self.posts) + (PAGE if more else 0))
            self.progress_to(0.05 + 0.35 * len(self.posts) / expected)
            yield
            if older or not more:
                return
            page = self.call(self.client.fetch_next, page)

    @property
    def visible_posts(self) -> frozenset[str]:
        return VISIBLE if self.owner else frozenset({"public"})

    def _threads(self) -> Iterator[None]:
        self._stage = "replies"
        local_of = {pid: local for local, pid in self.local_posts.items()}
        wanted = [(local_of[pid], pid) for pid in self.with_threads()]
        capped = 0
        for i, (local, post_id) in enumerate(wanted):
            try:
                context = self.call(self.client.status_context, local)
            except m_exc.MastodonNotFoundError:  # deleted since it was listed: it has no thread any more
                self.posts.pop(post_id, None)
                continue
            descendants = context.get("descendants") or []
            capped += not self.request.token and len(descendants) >= PUBLIC_DESCENDANTS
            thread_rows(descendants, local, post_id, self.account, self.account_id, self.comments, self.hidden)
            self.thread_done(post_id)
            self.progress_to(0.4 + 0.6 * (i + 1) / len(wanted))
            yield
        if capped and "mastodon_context_limit" not in self.notes:
            self.notes.append("mastodon_context_limit")

    def dataset(self) -> Dataset:
        posts = posts_frame(self.posts.values())
        posts[Posts.text] = html_to_text(posts[Posts.text])
        comments = self.comments_frame()
        comments[Comments.text] = html_to_text(comments[Comments.text])
        return Dataset.from_frames(posts=posts, comments=comments, followers=self.followers_frame())

    def translate(self, exc: Exception) -> FetchError | None:
        return translate(exc, self.account, _host(self.client.api_base_url), bool(self.request.token),
                         self.session.last_headers if self.session else {})


def status_id(status: dict[str, Any], account_uri: str | None) -> str:
    """The canonical id of a status: its number on the account's home server for the account's own, else its URI."""
    uri = str(status.get("uri") or "")
    if account_uri and uri.startswith(f"{account_uri}/statuses/"):
        m = _OWN_ID.search(uri)
        if m:
            return m.group(1)
    return uri or str(status["id"])


def post_row(status: dict[str, Any], account: str, account_uri: str | None) -> dict[str, Any]:
    """A canonical posts row for one of the account's statuses (text still HTML)."""
    media = {m.get("type") for m in status.get("media_attachments") or []}
    return {
        Posts.platform: PLATFORM, Posts.account: account, Posts.post_id: status_id(status, account_uri),
        Posts.published_at: status.get("created_at"),
        Posts.post_type: ("video" if media & {"video", "gifv"} else "photo" if "image" in media else
                          "poll" if status.get("poll") else "link" if status.get("card") else "post"),
        Posts.text: status.get("content"), Posts.permalink: status.get("url") or status.get("uri"),
        Posts.reactions: status.get("favourites_count"), Posts.comments: status.get("replies_count"),
        Posts.shares: total(status.get("reblogs_count"), status.get("quotes_count")),
    }


def thread_rows(descendants: list[dict[str, Any]], root_local: str, post_id: str, account: str,
                account_uri: str | None, out: dict[str, dict[str, Any]], hidden: dict[str, str | None]) -> None:
    """Canonical comment rows (text still HTML) for a context's ``descendants`` under the post ``post_id``.

    Replies to the post have no parent; deeper ones point at the reply they answer. Direct and followers-only
    replies go to ``hidden`` (their replies re-hang above them); a reply to a status the context does not hold
    (deleted, or from a server that is gone) becomes a reply to the post.
    """
    canonical = {str(s["id"]): status_id(s, account_uri) for s in descendants}
    for status in descendants:
        cid = canonical[str(status["id"])]
        parent_local = str(status.get("in_reply_to_id") or "")
        parent = None if parent_local == root_local else canonical.get(parent_local)
        if status.get("visibility") not in VISIBLE:
            hidden[cid] = parent
            continue
        author = status.get("account") or {}
        out[cid] = {
            Comments.platform: PLATFORM, Comments.account: account, Comments.comment_id: cid,
            Comments.post_id: post_id, Comments.parent_id: parent,
            Comments.author_id: str(author.get("uri") or author.get("url") or author.get("id") or "") or None,
            Comments.author_name: _handle(author), Comments.created_at: status.get("created_at"),
            Comments.text: status.get("content"),
        }


def translate(exc: Exception, account: str, host: str, with_token: bool,
              headers: dict[str, str]) -> FetchError | None:
    """A FetchError in Mastodon's terms for a Mastodon.py exception."""
    if not isinstance(exc, m_exc.MastodonError):
        return None
    params = {"account": account, "host": host, "detail": ""}
    if isinstance(exc, m_exc.MastodonRatelimitError):
        reset = _reset(headers)
        return RateLimited(resume_at=reset, status=429, platform=PLATFORM,
                           params={**params, "detail": f"429 Too Many Requests, {headers.get('x-ratelimit-limit', '300')}"
                                                       " requests per 5 minutes"})
    if isinstance(exc, m_exc.MastodonNetworkError):
        return NoNetwork(platform=PLATFORM, params=params)
    args = exc.args
    status = args[1] if len(args) > 1 and isinstance(args[1], int) else None
    reason = args[2] if len(args) > 2 and isinstance(args[2], str) else ""
    said = args[3] if len(args) > 3 and isinstance(args[3], str) else ""
    params["detail"] = f"{status} {reason}: {said}".strip(": ") if status else said
    params["status"] = str(status or "")
    if isinstance(exc, m_exc.MastodonServerError) or (status or 0) >= 500:
        return Unavailable(status=status, platform=PLATFORM, params=params)
    if status == 401:
        if with_token:
            return AuthError(status=status, platform=PLATFORM, params=params)
        return PrivateAccount(status=status, platform=PLATFORM, params=params)
    if status == 403:
        return PrivateAccount(status=status, platform=PLATFORM, params=params)
    if status in (404, 410):  # 410: the account was suspended or deleted
        return AccountNotFound(status=status, platform=PLATFORM, params=params)
    return RequestRefused(status=status, platform=PLATFORM,
                          params={**params, "status": str(status or "error"),
                                  "detail": f": {params['detail']}" if params["detail"] else ""})


class _RecordingSession(requests.Session):
    """A requests session that keeps the headers of the last answer (the 429's rate-limit reset time: Mastodon.py
    drops a reset it cannot use) and times out instead of hanging on a silent server."""

    def __init__(self) -> None:
        super().__init__()
        self.last_headers: dict[str, str] = {}

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs["timeout"] = REQUEST_TIMEOUT
        response = super().request(method, url, *args, **kwargs)
        self.last_headers = {k.lower(): v for k, v in response.headers.items()}
        return response


def make_client(api_url: str, token: str | None = None) -> tuple[Mastodon, _RecordingSession]:
    """A Mastodon.py client on ``api_url`` that raises on a rate limit (never sleeps) and times out."""
    session = _RecordingSession()
    client = Mastodon(api_base_url=api_url, access_token=token or None, ratelimit_method="throw",
                      version_check_mode="none", session=session, user_agent="Conversa")
    return client, session


def make_fetch(request: FetchRequest) -> MastodonFetch:
    """The registry's entry point: the account's own instance, or ``request.api_url``."""
    _, instance = parse_account(request.account)
    if not request.api_url and not instance:
        raise AccountNotFound(platform=PLATFORM, params={"account": request.account.strip(),
                                                         "detail": "user@instance"})
    client, session = make_client(request.api_url or f"https://{instance}", request.token)
    return MastodonFetch(request, client, session)


def _reset(headers: dict[str, str]) -> dt.datetime | None:
    value = headers.get("x-ratelimit-reset")
    if not value:
        return None
    try:
        return parse_time(value)
    except ValueError:
        return dt.datetime.fromtimestamp(int(value), dt.UTC) if value.isdigit() else None


def _handle(author: dict[str, Any]) -> str | None:
    acct = author.get("acct")
    if not acct:
        return None
    if "@" in acct:
        return f"@{acct}"
    host = _host(str(author.get("url") or ""))
    return f"@{acct}@{host}" if host else f"@{acct}"


def _host(url: str | None) -> str:
    m = re.match(r"^[a-z]+://([^/]+)", url or "")
    return m.group(1) if m else ""
