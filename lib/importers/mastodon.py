"""Mastodon account archive: ``outbox.json`` (ActivityStreams ``OrderedCollection`` of the account's activities).

- Only **public and unlisted** statuses are read: a status whose audience (``to``/``cc`` of the note or its
  activity) does not include ``https://www.w3.org/ns/activitystreams#Public`` is direct or followers-only,
  i.e. private, and is never imported (counted in a warning). A status with no audience at all is treated
  the same way, since nothing shows it is public.
- ``Create`` of a ``Note`` without ``inReplyTo`` -> ``posts``; a note replying to the account's own post (or
  its thread) continues that post's thread and is a post too (``post_type = "thread"``).
- A note replying to someone else (or inside such a conversation) -> ``comments`` with ``is_brand = True``;
  ``parent_id`` is the status replied to, ``post_id`` the top of the reply chain as far as the archive reaches.
- ``Announce`` (a boost; its ``object`` is just the URL of someone else's status) is skipped and counted.
- Ids: the account's own statuses keep their numeric id (``108620707827530645``); statuses on other servers
  are identified by their full URL, since numbers repeat across servers. Newer archives give each note's
  ``likes.totalItems`` and ``shares.totalItems`` (-> reactions, shares); older ones have no counts (null).
  ``published`` is UTC (``Z``). HTML content becomes plain text.
- The account is shown as a handle, ``@name@server``: from the actor URL (``/users/name``), or, for the new
  URL scheme (``/ap/users/123456``), from the statuses' public URLs (``https://server/@name/...``).
- The file is streamed (ijson): one activity at a time is decoded and reduced to the fields above, so a
  large archive's peak memory stays near its own size.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import ijson
import pandas as pd

from lib.importers._social import html_to_text, isin, thread_roots
from lib.importers._tabular import result
from lib.importers.base import ImportResult, SourceFile
from lib.importers.messages import Note, refusal

PLATFORM = "mastodon"
PUBLIC = {"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"}
_OUTBOX = re.compile(r'"type"\s*:\s*"OrderedCollection"')
_ITEMS = re.compile(r'"orderedItems"\s*:')
_ACTIVITY = re.compile(r'"type"\s*:\s*"(?:Create|Announce)"')
_HANDLE_URL = re.compile(r"https?://([^/]+)/@([^/?#]+)")


@dataclass
class _Note:
    """The fields Conversa keeps of one status (the rest of the activity is dropped as it is read)."""

    id: str | None
    actor: str | None
    parent: str | None
    published: str | None
    content: str | None
    url: str | None
    likes: int | None
    shares: int | None


def _ref(v: object) -> str | None:
    if isinstance(v, dict):
        v = v.get("id") or v.get("url")
    return str(v) if isinstance(v, str) and v else None


def _audience(*parts: object) -> set[str]:
    out: set[str] = set()
    for p in parts:
        if isinstance(p, str):
            out.add(p)
        elif isinstance(p, list):
            out.update(x for x in p if isinstance(x, str))
    return out


def _total(v: object) -> int | None:
    n = v.get("totalItems") if isinstance(v, dict) else None
    return int(n) if isinstance(n, (int, float)) and not isinstance(n, bool) else None


@dataclass
class _Outbox:
    notes: list[_Note]
    boosts: int
    private: int


def _stream(f: SourceFile) -> _Outbox:
    notes: list[_Note] = []
    boosts = private = 0
    seen_items = False
    try:
        for item in ijson.items(f.data, "orderedItems.item", use_float=True):
            seen_items = True
            if not isinstance(item, dict):
                continue
            kind, obj = item.get("type"), item.get("object")
            if kind == "Announce":
                boosts += 1
                continue
            if kind != "Create" or not isinstance(obj, dict):
                continue
            audience = _audience(obj.get("to"), obj.get("cc"), item.get("to"), item.get("cc"))
            if not audience & PUBLIC:
                private += 1
                continue
            content = obj.get("content")
            url = obj.get("url")
            notes.append(_Note(id=_ref(obj.get("id")), actor=_ref(item.get("actor")) or _ref(obj.get("attributedTo")),
                               parent=_ref(obj.get("inReplyTo")), published=obj.get("published") if isinstance(
                                   obj.get("published"), str) else None,
                               content=content if isinstance(content, str) else None,
                               url=url if isinstance(url, str) else None,
                               likes=_total(obj.get("likes")), shares=_total(obj.get("shares"))))
    except ijson.JSONError as exc:
        raise refusal("mastodon_damaged", file=f.name, detail=str(exc)) from exc
    if not seen_items:
        raise refusal("mastodon_not_outbox", file=f.name)
    return _Outbox(notes=notes, boosts=boosts, private=private)


def account_handle(actor: str | None, urls: Iterable[str | None] = ()) -> str | None:
    """``@name@server`` from the actor URL (``/users/name``) or, for numeric actor ids (the new
    ``/ap/users/123`` scheme), from the first public status URL ``https://server/@name/...``."""
    m = re.match(r"https?://([^/]+)/users/([^/?#]+)$", actor or "")
    if m and not m.group(2).isdigit():
        return f"@{m.group(2)}@{m.group(1)}"
    for url in urls:
        h = _HANDLE_URL.match(url or "")
        if h:
            return f"@{h.group(2)}@{h.group(1)}"
    return actor


class Outbox:
    """The account's public notes from a Mastodon archive's ``outbox.json``."""

    key = "mastodon_outbox"
    label = "Mastodon account archive (outbox.json)"
    how_to_get = ("Mastodon > Preferences > Import and export > Data export > Request your archive; upload the "
                  "archive or its outbox.json.")

    def detect(self, f: SourceFile) -> float:
        head = f.head[:20000]
        if head.lstrip()[:1] != "{" or not _OUTBOX.search(head):
            return 0.0
        return 0.95 if _ITEMS.search(head) and _ACTIVITY.search(head) else 0.0

    def read(self, f: SourceFile) -> ImportResult:
        box = _stream(f)
        notes = box.notes
        warnings: list[str] = []
        if box.private:
            warnings.append(Note.counted("mastodon_private", box.private))
        if box.boosts:
            warnings.append(Note.counted("mastodon_boosts", box.boosts))
        if not notes:
            raise refusal("mastodon_no_notes", file=f.name)
        actor = next((n.actor for n in notes if n.actor), None)
        account = account_handle(actor, (n.url for n in notes if n.id and actor and n.id.startswith(actor)))
        uri = pd.Series([n.id for n in notes], dtype="str")
        own = uri.str.extract(r"/statuses/(\d+)$", expand=False)
        own_prefix = f"{actor}/statuses/" if actor else None
        ids = own.where(uri.str.startswith(own_prefix) if own_prefix else False, uri).fillna(uri)
        parent_uri = pd.Series([n.parent for n in notes], dtype="str")
        parent = parent_uri.str.extract(r"/statuses/(\d+)$", expand=False).where(
            parent_uri.str.startswith(own_prefix) if own_prefix else False).fillna(parent_uri)
        frame = pd.DataFrame({
            "id": ids,
            "parent": parent,
            "created_at": pd.to_datetime(pd.Series([n.published for n in notes], dtype="str"),
                                         utc=True, format="ISO8601", errors="coerce"),
            "text": html_to_text(pd.Series([n.content for n in notes], dtype="str")),
            "url": pd.Series([n.url for n in notes], dtype="str"),
            "likes": pd.array([n.likes for n in notes], dtype="Int64"),
            "shares": pd.array([n.shares for n in notes], dtype="Int64"),
        })
        del notes, box
        bad = frame["id"].isna() | frame["created_at"].isna()
        if bad.any():
            warnings.append(Note("mastodon_bad", n=int(bad.sum())))
            frame = frame[~bad]
        repeated = int(frame["id"].duplicated(keep="last").sum())
        if repeated:
            warnings.append(Note.counted("mastodon_repeated", repeated))
            frame = frame.drop_duplicates("id", keep="last")
        frame = frame.reset_index(drop=True)
        is_reply = frame["parent"].notna()
        roots = thread_roots(frame["id"], frame["parent"].where(isin(frame["parent"], frame["id"])))
        is_post = ~is_reply | isin(roots, frame.loc[~is_reply, "id"])
        p, c = frame[is_post], frame[~is_post]
        posts = pd.DataFrame({
            "platform": PLATFORM, "account": account, "post_id": p["id"], "published_at": p["created_at"],
            "post_type": is_reply[is_post].map({True: "thread", False: "post"}).astype("str"),
            "text": p["text"], "permalink": p["url"], "reactions": p["likes"], "shares": p["shares"],
        })
        comments = pd.DataFrame({
            "platform": PLATFORM, "account": account, "comment_id": c["id"],
            "post_id": thread_roots(c["id"], c["parent"]), "parent_id": c["parent"],
            "author_id": actor, "author_name": account, "is_brand": True,
            "created_at": c["created_at"], "text": c["text"],
        })
        if len(comments):
            warnings.append(Note("mastodon_replies", n=len(comments)))
        return result(f, self.key, PLATFORM, account=account, warnings=warnings, posts=posts, comments=comments)


class ArchiveOther:
    """The archive's ``actor.json``, ``likes.json``, ``bookmarks.json``: recognised so the message can explain."""

    key = "mastodon_other"
    label = "Mastodon archive files other than outbox.json"
    how_to_get = Outbox.how_to_get

    def detect(self, f: SourceFile) -> float:
        head = f.head[:20000]
        if head.lstrip()[:1] != "{" or "activitystreams" not in head or _ACTIVITY.search(head):
            return 0.0
        return 0.85 if re.search(r'"type"\s*:\s*"(Person|Service|Group|OrderedCollection)"', head) else 0.0

    def read(self, f: SourceFile) -> ImportResult:
        raise refusal("mastodon_other", file=f.name)


IMPORTERS = [Outbox(), ArchiveOther()]
