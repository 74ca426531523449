"""Fetch a Facebook Page through the Graph API (a Page access token with pages_read_engagement and
pages_read_user_content): followers today, the Page's posts with reactions, comments and shares, every comment
thread.

``GET /{page-id}`` gives the Page and ``followers_count``; ``GET /{page-id}/posts`` (100 a page, ``since`` the
fetch's start) the posts with ``reactions`` and ``comments`` summaries and ``shares``; ``GET /{post-id}/comments``
with ``filter=stream`` every comment of a post at every level, each reply naming its ``parent``. Comments the Page
hid (``is_hidden``) never become comments (their replies hang from the nearest visible ancestor), nor do deleted
ones (a reply whose parent is gone becomes a reply to the post); the Page's own comments are the brand's. Post ids
are the part after the Page id (``{page-id}_{post-id}``), as Meta Business Suite exports them, and the account is
the Page's name, so a fetch and an export of the same Page merge.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lib.connectors.base import FetchError, FetchRequest, Step
from lib.connectors.graph import Graph, GraphFetch, translate
from lib.schema import Comments, Posts

PLATFORM = "facebook"
HOST = "https://graph.facebook.com"
VERSION = "v23.0"
PAGE = 100
POST_FIELDS = ("id,created_time,message,permalink_url,status_type,shares,"
               "reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0)")
COMMENT_FIELDS = "id,message,created_time,from{id,name},parent{id},is_hidden"
_TYPES = {"added_photos": "photo", "added_video": "video", "shared_story": "link", "mobile_status_update": "text",
          "created_event": "event", "published_story": "text"}  # as the Meta Business Suite importer names them


class FacebookFetch(GraphFetch):
    """One fetch of one Facebook Page by id."""

    platform = PLATFORM

    def __init__(self, request: FetchRequest, graph: Graph):
        super().__init__(request, graph)
        self.graph_ids: dict[str, str] = {}  # canonical post id -> the Graph's {page-id}_{post-id}

    def steps(self) -> list[Step]:
        return [self._page, self._posts, self._comments]

    def _page(self) -> Iterator[None]:
        page = self.get(self.node_id, fields="id,name,username,followers_count,fan_count")
        self.account_id = str(page["id"])
        self.account = page.get("name") or page.get("username") or self.account_id
        self.followers_count = page.get("followers_count", page.get("fan_count"))
        self.progress_to(0.05, "posts")
        yield

    def _posts(self) -> Iterator[None]:
        expected = PAGE
        for page in self.pages(f"{self.account_id}/posts", fields=POST_FIELDS, limit=PAGE,
                               since=int(self.start.timestamp())):
            older = False
            for post in page.get("data") or []:
                if self.older_than_start(post.get("created_time")):
                    older = True
                    continue
                row = post_row(post, self.account)
                self.posts[row[Posts.post_id]] = row
                self.graph_ids[row[Posts.post_id]] = str(post["id"])
            expected = max(expected, len(self.posts) + PAGE)
            self.progress_to(0.05 + 0.35 * len(self.posts) / expected)
            yield
            if older:
                return

    def _comments(self) -> Iterator[None]:
        self._stage = "replies"
        wanted = [(pid, self.graph_ids[pid]) for pid in self.with_threads()]
        for i, (post_id, graph_id) in enumerate(wanted):
            found: list[dict[str, Any]] = []
            for page in self.pages(f"{graph_id}/comments", filter="stream", order="chronological",
                                   fields=COMMENT_FIELDS, limit=PAGE):
                found.extend(page.get("data") or [])
                yield
            comment_rows(found, post_id, self.account, self.comments, self.hidden)
            self.thread_done(post_id)
            self.progress_to(0.4 + 0.6 * (i + 1) / len(wanted))

    def translate(self, exc: Exception) -> FetchError | None:
        return translate(exc, PLATFORM, self.account, "graph.facebook.com", "pages_read_engagement", self.now)


def post_row(post: dict[str, Any], account: str) -> dict[str, Any]:
    """A canonical posts row for a ``/{page-id}/posts`` item."""
    return {
        Posts.platform: PLATFORM, Posts.account: account, Posts.post_id: str(post["id"]).rsplit("_", 1)[-1],
        Posts.published_at: post.get("created_time"),
        Posts.post_type: _TYPES.get(str(post.get("status_type") or ""), "post"), Posts.text: post.get("message"),
        Posts.permalink: post.get("permalink_url"),
        Posts.reactions: _summary(post.get("reactions")), Posts.comments: _summary(post.get("comments")),
        Posts.shares: (post.get("shares") or {}).get("count", 0),  # the Graph leaves out shares when there are none
    }


def comment_rows(found: list[dict[str, Any]], post_id: str, account: str, out: dict[str, dict[str, Any]],
                 hidden: dict[str, str | None]) -> None:
    """Canonical comment rows for a post's ``filter=stream`` comments (parents kept; hidden ones to ``hidden``)."""
    ids = {str(c["id"]) for c in found}
    for c in found:
        cid = str(c["id"])
        parent = str((c.get("parent") or {}).get("id") or "") or None
        if parent is not None and parent not in ids:  # its parent was deleted: a reply to the post
            parent = None
        if c.get("is_hidden"):
            hidden[cid] = parent
            continue
        author = c.get("from") or {}
        out[cid] = {
            Comments.platform: PLATFORM, Comments.account: account, Comments.comment_id: cid,
            Comments.post_id: post_id, Comments.parent_id: parent,
            Comments.author_id: str(author["id"]) if author.get("id") else None,
            Comments.author_name: author.get("name"), Comments.created_at: c.get("created_time"),
            Comments.text: c.get("message"),
        }


def make_fetch(request: FetchRequest) -> FacebookFetch:
    return FacebookFetch(request, Graph(HOST, VERSION, request.token or "", request.api_url))


def _summary(edge: Any) -> int | None:
    total = ((edge or {}).get("summary") or {}).get("total_count") if isinstance(edge, dict) else None
    return int(total) if total is not None else None
