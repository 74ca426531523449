"""Mastodon account archive: ``outbox.json`` (ActivityStreams ``OrderedCollection`` of the account's activities).

- ``Create`` of a ``Note`` without ``inReplyTo`` -> ``posts``; a note replying to the account's own post (or
  its thread) continues that post's thread and is a post too (``post_type = "thread"``).
- A note replying to someone else (or inside such a conversation) -> ``comments`` with ``is_brand = True``;
  ``parent_id`` is the status replied to, ``post_id`` the top of the reply chain as far as the archive reaches.
- ``Announce`` (a boost; its ``object`` is just the URL of someone else's status) is skipped and counted.
- Ids: the account's own statuses keep their numeric id (``108620707827530645``); statuses on other servers
  are identified by their full URL, since numbers repeat across servers. Engagement counts are not in the
  archive and stay null. ``published`` is UTC (``Z``). HTML content becomes plain text.
"""

from __future__ import annotations

import json
import re

import pandas as pd

from lib.errors import FileImportError
from lib.importers._social import html_to_text, isin, thread_roots
from lib.importers._tabular import result
from lib.importers.base import ImportResult, SourceFile

PLATFORM = "mastodon"
_OUTBOX = re.compile(r'"type"\s*:\s*"OrderedCollection"')
_ITEMS = re.compile(r'"orderedItems"\s*:')
_ACTIVITY = re.compile(r'"type"\s*:\s*"(?:Create|Announce)"')


def _load(f: SourceFile) -> dict:
    try:
        doc = json.loads(f.text)
    except json.JSONDecodeError as exc:
        raise FileImportError(f"{f.name} is a Mastodon outbox whose JSON is cut or damaged ({exc.msg} at character "
                              f"{exc.pos}); extract it from the archive again.") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("orderedItems"), list):
        raise FileImportError(f"{f.name} has no orderedItems list, so it is not a Mastodon outbox.")
    return doc


def _ref(v: object) -> str | None:
    if isinstance(v, dict):
        v = v.get("id") or v.get("url")
    return str(v) if isinstance(v, str) and v else None


def _account(actor: str | None) -> str | None:
    m = re.match(r"https?://([^/]+)/users/([^/?#]+)", actor or "")
    return f"@{m.group(2)}@{m.group(1)}" if m else actor


class Outbox:
    """The account's notes from a Mastodon archive's ``outbox.json``."""

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
        items = _load(f)["orderedItems"]
        warnings: list[str] = []
        creates = [i for i in items if isinstance(i, dict) and i.get("type") == "Create" and isinstance(i.get("object"), dict)]
        boosts = sum(1 for i in items if isinstance(i, dict) and i.get("type") == "Announce")
        if boosts:
            warnings.append(f"{boosts} boost{'s' if boosts != 1 else ''} of other people's posts "
                            f"{'were' if boosts != 1 else 'was'} skipped (not the account's own posts).")
        notes = [i["object"] for i in creates]
        if not notes:
            raise FileImportError(f"{f.name} is a Mastodon outbox with no notes the account wrote.")
        actor = next((i.get("actor") for i in creates if i.get("actor")), None)
        account = _account(actor)
        uri = pd.Series([_ref(n.get("id")) for n in notes], dtype="str")
        own = uri.str.extract(r"/statuses/(\d+)$", expand=False)
        own_prefix = f"{actor}/statuses/" if actor else None
        ids = own.where(uri.str.startswith(own_prefix) if own_prefix else False, uri).fillna(uri)
        parent_uri = pd.Series([_ref(n.get("inReplyTo")) for n in notes], dtype="str")
        parent = parent_uri.str.extract(r"/statuses/(\d+)$", expand=False).where(
            parent_uri.str.startswith(own_prefix) if own_prefix else False).fillna(parent_uri)
        frame = pd.DataFrame({
            "id": ids,
            "parent": parent,
            "created_at": pd.to_datetime(pd.Series([n.get("published") for n in notes], dtype="str"),
                                         utc=True, format="ISO8601", errors="coerce"),
            "text": html_to_text(pd.Series([n.get("content") for n in notes], dtype="str")),
            "url": pd.Series([n.get("url") if isinstance(n.get("url"), str) else None for n in notes], dtype="str"),
        })
        bad = frame["id"].isna() | frame["created_at"].isna()
        if bad.any():
            warnings.append(f"{int(bad.sum())} notes without an id or date were skipped.")
            frame = frame[~bad]
        frame = frame.drop_duplicates("id", keep="last").reset_index(drop=True)
        is_reply = frame["parent"].notna()
        roots = thread_roots(frame["id"], frame["parent"].where(isin(frame["parent"], frame["id"])))
        is_post = ~is_reply | isin(roots, frame.loc[~is_reply, "id"])
        p, c = frame[is_post], frame[~is_post]
        posts = pd.DataFrame({
            "platform": PLATFORM, "account": account, "post_id": p["id"], "published_at": p["created_at"],
            "post_type": is_reply[is_post].map({True: "thread", False: "post"}).astype("str"),
            "text": p["text"], "permalink": p["url"],
        })
        comments = pd.DataFrame({
            "platform": PLATFORM, "account": account, "comment_id": c["id"],
            "post_id": thread_roots(c["id"], c["parent"]), "parent_id": c["parent"],
            "author_id": actor, "author_name": account, "is_brand": True,
            "created_at": c["created_at"], "text": c["text"],
        })
        if len(comments):
            warnings.append(f"{len(comments)} replies to other people were imported as the account's own comments; "
                            "the archive holds no one else's replies.")
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
        raise FileImportError(f"{f.name} is part of a Mastodon archive but holds no posts; Conversa reads the "
                              "archive's outbox.json (or the whole archive).")


IMPORTERS = [Outbox(), ArchiveOther()]
