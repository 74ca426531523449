"""X's API v2 payloads as canonical rows: the account's posts (originals, quotes, thread continuations) and the
replies and mentions around them as comments."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from lib.connectors.base import total
from lib.schema import Comments, Posts

PLATFORM = "x"


def thread_posts(replies: Iterable[dict], posts: dict[str, dict], account_id: str | None) -> dict[str, dict]:
    """The account's replies that continue its own thread (a chain of its own tweets up to one of its posts).

    Like the X archive importer, these are posts (``post_type = "thread"``), not dialogue.
    """
    known = set(posts)
    threads: dict[str, dict] = {}
    own = [r for r in replies if str(r.get("author_id")) == account_id and str(r.get("in_reply_to_user_id")) == account_id]
    for raw in sorted(own, key=lambda r: r["created_at"]):
        if replied_to(raw) in known:
            known.add(str(raw["id"]))
            threads[str(raw["id"])] = raw
    return threads


def posts_frame(
    tweets: Iterable[dict], account: str, media: dict[str, dict], private: dict[str, dict], threads: set[str] | frozenset[str] = frozenset(),
) -> pd.DataFrame:
    """Canonical ``posts`` rows for raw v2 tweets of the account (originals, quotes and thread continuations)."""
    rows = []
    for raw in tweets:
        pm = raw.get("public_metrics") or {}
        keys = (raw.get("attachments") or {}).get("media_keys") or []
        types = {media.get(k, {}).get("type") for k in keys}
        found = [(media.get(k, {}).get("public_metrics") or {}).get("view_count") for k in keys]
        views = [int(v) for v in found if v is not None]
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
            Posts.shares: total(pm.get("retweet_count"), pm.get("quote_count")),
            Posts.saves: pm.get("bookmark_count"),
            Posts.clicks: non_public.get("url_link_clicks", organic.get("url_link_clicks")),
            Posts.video_views: sum(views) if views else None,
        })
    return pd.DataFrame(rows, columns=list(_POST_COLUMNS))


def comments_frame(
    tweets: Iterable[dict], account: str, account_id: str | None, authors: dict[str, str], post_ids: set[str] | frozenset[str] = frozenset(),
) -> pd.DataFrame:
    """Canonical ``comments`` rows for raw v2 replies and mentions.

    ``post_id`` is the conversation id. A reply to one of the account's posts (``post_ids``, or the root of
    the account's own conversation) is a top-level comment (``parent_id`` null); any other reply points at
    the tweet it answers. A mention that replies to nothing starts its own thread (no parent).
    """
    tweets = list(tweets)
    parent = pd.Series([replied_to(r) for r in tweets], dtype="str")
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


def replied_to(raw: dict) -> str | None:
    for ref in raw.get("referenced_tweets") or []:
        if ref.get("type") == "replied_to":
            return str(ref["id"])
    return None
