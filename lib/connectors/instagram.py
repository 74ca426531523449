"""Fetch an Instagram professional account through the Graph API (a token with instagram_basic and
instagram_manage_comments): followers today, the media with likes and comments, every comment with its replies.

``GET /{ig-user-id}`` gives the account and ``followers_count``; ``GET /{ig-user-id}/media`` (100 a page, newest
first) the media with ``like_count`` and ``comments_count``; ``GET /{media-id}/comments`` (50 a page) the top-level
comments with their ``replies``, and ``GET /{comment-id}/replies`` the rest of a long reply list. Instagram keeps
replies one level deep (an answer to a reply is filed under the first comment), which the fetch notes. Comments the
account hid (``hidden``) never become comments; the account's own comments are the brand's. Media ids and the
account's username are those Meta Business Suite exports, so a fetch and an export of the same account merge.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lib.connectors.base import FetchError, FetchRequest, Step
from lib.connectors.graph import Graph, GraphFetch, translate
from lib.schema import Comments, Posts

PLATFORM = "instagram"
HOST = "https://graph.facebook.com"
VERSION = "v23.0"
MEDIA_PAGE = 100
COMMENT_PAGE = 50
MEDIA_FIELDS = "id,caption,media_type,media_product_type,permalink,timestamp,like_count,comments_count"
REPLY_FIELDS = "id,text,timestamp,username,from{id,username},hidden"
COMMENT_FIELDS = f"{REPLY_FIELDS},replies{{{REPLY_FIELDS}}}"
_TYPES = {"IMAGE": "photo", "VIDEO": "video", "CAROUSEL_ALBUM": "carousel"}


class InstagramFetch(GraphFetch):
    """One fetch of one Instagram professional account by its Instagram user id."""

    platform = PLATFORM

    def steps(self) -> list[Step]:
        return [self._account, self._media, self._comments]

    def _account(self) -> Iterator[None]:
        user = self.get(self.node_id, fields="id,username,name,followers_count,media_count")
        self.account_id = str(user["id"])
        self.account = user.get("username") or self.account_id
        self.brand_names = {self.account}  # comments name their author's username; ids are app-scoped
        self.followers_count = user.get("followers_count")
        self.progress_to(0.05, "posts")
        yield

    def _media(self) -> Iterator[None]:
        expected = MEDIA_PAGE
        for page in self.pages(f"{self.account_id}/media", fields=MEDIA_FIELDS, limit=MEDIA_PAGE):
            older = False
            for media in page.get("data") or []:
                if self.older_than_start(media.get("timestamp")):
                    older = True
                    break
                self.posts[str(media["id"])] = media_row(media, self.account)
            expected = max(expected, len(self.posts) + MEDIA_PAGE)
            self.progress_to(0.05 + 0.35 * len(self.posts) / expected)
            yield
            if older:
                return

    def _comments(self) -> Iterator[None]:
        self._stage = "replies"
        wanted = self.with_threads()
        for i, media_id in enumerate(wanted):
            for page in self.pages(f"{media_id}/comments", fields=COMMENT_FIELDS, limit=COMMENT_PAGE):
                for top in page.get("data") or []:
                    self._comment(top, media_id, None)
                    replies = top.get("replies") or {}
                    for reply in replies.get("data") or []:
                        self._comment(reply, media_id, str(top["id"]))
                    if (replies.get("paging") or {}).get("next"):
                        yield from self._more_replies(top, media_id, replies)
                yield
            self.thread_done(media_id)
            self.progress_to(0.4 + 0.6 * (i + 1) / len(wanted))
        if any(row[Comments.parent_id] for row in self.comments.values()) and "instagram_depth" not in self.notes:
            self.notes.append("instagram_depth")

    def _more_replies(self, top: dict[str, Any], media_id: str, first: dict[str, Any]) -> Iterator[None]:
        after = ((first.get("paging") or {}).get("cursors") or {}).get("after")
        while after:
            page = self.get(f"{top['id']}/replies", fields=REPLY_FIELDS, limit=COMMENT_PAGE, after=after)
            for reply in page.get("data") or []:
                self._comment(reply, media_id, str(top["id"]))
            paging = page.get("paging") or {}
            after = (paging.get("cursors") or {}).get("after") if paging.get("next") else None
            yield

    def _comment(self, c: dict[str, Any], media_id: str, parent: str | None) -> None:
        cid = str(c["id"])
        if c.get("hidden"):
            self.hidden[cid] = parent
            return
        author = c.get("from") or {}
        self.comments[cid] = {
            Comments.platform: PLATFORM, Comments.account: self.account, Comments.comment_id: cid,
            Comments.post_id: media_id, Comments.parent_id: parent,
            Comments.author_id: str(author["id"]) if author.get("id") else None,
            Comments.author_name: c.get("username") or author.get("username"),
            Comments.created_at: c.get("timestamp"), Comments.text: c.get("text"),
        }

    def translate(self, exc: Exception) -> FetchError | None:
        return translate(exc, PLATFORM, self.account, "graph.facebook.com", "instagram_manage_comments", self.now)


def media_row(media: dict[str, Any], account: str) -> dict[str, Any]:
    """A canonical posts row for a ``/{ig-user-id}/media`` item."""
    reel = media.get("media_product_type") == "REELS"
    return {
        Posts.platform: PLATFORM, Posts.account: account, Posts.post_id: str(media["id"]),
        Posts.published_at: media.get("timestamp"),
        Posts.post_type: "reel" if reel else _TYPES.get(str(media.get("media_type") or ""), "post"),
        Posts.text: media.get("caption"), Posts.permalink: media.get("permalink"),
        Posts.reactions: media.get("like_count"), Posts.comments: media.get("comments_count"),
    }


def make_fetch(request: FetchRequest) -> InstagramFetch:
    return InstagramFetch(request, Graph(HOST, VERSION, request.token or "", request.api_url))
