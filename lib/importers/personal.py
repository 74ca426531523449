"""Files that are recognised in order to be refused: personal data downloads and private messages.

- **Private messages are never imported**, as posts or in any other table: a Facebook/Instagram/Messenger
  inbox thread (JSON with ``participants`` and ``messages``), X direct messages (``window.YTD.direct_messages``
  and its group and header files), TikTok's chat history, or any table of conversations with senders and message
  texts (LinkedIn's ``messages.csv``: ``CONVERSATION ID``, ``FROM``, ``CONTENT``). They are refused with a
  sentence saying so, here and in the column-mapping form (``is_private_messages``), so they cannot reach a
  workspace, a report or a workbook.
- **Meta "Download your information" JSON** (a person's own Facebook posts, comments, reactions; Instagram
  ``string_map_data`` records) is refused with what it holds and which Page export to make instead.

Detection reads the content (JSON keys, the X archive's variable names, a table's header), never the file name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lib.importers import _tabular as tab
from lib.importers.base import ImportResult, SourceFile
from lib.importers.closest import file_columns
from lib.importers.messages import refusal

_X_DMS = re.compile(r"^\s*window\.YTD\.direct_message(?:s|_headers|s_group|_group_headers)?\w*\.part\d+\s*=",
                    re.ASCII)
_INBOX = re.compile(r'"participants"\s*:\s*\[.*?"messages"\s*:\s*\[|"messages"\s*:\s*\[.*?"participants"\s*:\s*\[',
                    re.DOTALL)
_SENDER = re.compile(r'"sender_name"\s*:')
_TIKTOK_DMS = re.compile(r'"(?:Direct Messages|Direct Message|ChatHistory|Chat History)"\s*:')
_MESSAGE_ID = {"conversation id", "conversation_id", "thread id", "thread_id", "chat id", "chat_id", "conversation"}
_MESSAGE_SENDER = {"from", "sender", "sender name", "sender_name", "author", "sender profile url"}
_MESSAGE_TEXT = {"content", "message", "body", "text", "message text"}

_DYI = {  # marker in the JSON -> (platform, what it holds)
    "comments_v2": ("Facebook", "comments"),
    "reactions_v2": ("Facebook", "reactions"),
    "likes_v2": ("Facebook", "reactions"),
    "likes_media_likes": ("Instagram", "reactions"),
    "comments_media_comments": ("Instagram", "comments"),
    "comments_reels_comments": ("Instagram", "comments"),
    "string_map_data": ("Instagram", "activity"),
    "string_list_data": ("Instagram", "activity"),
    "creation_timestamp": ("Instagram", "posts"),
    "profile_user": ("Instagram", "activity"),
}
_KEY = re.compile(r'"([A-Za-z_0-9]+)"\s*:')
_FB_POST = re.compile(r'^\s*\[\s*\{\s*"timestamp"\s*:\s*\d+.*?"(?:data|attachments|title)"\s*:', re.DOTALL)


def _json_head(f: SourceFile) -> str | None:
    head = f.head
    return head if head.lstrip()[:1] in ("{", "[") else None


def private_messages(f: SourceFile) -> str | None:
    """What kind of private messages ``f`` holds (a catalogue ``importers.what`` code), or None."""
    head = f.head
    if _X_DMS.match(head):
        return "x_dms"
    json_head = _json_head(f)
    if json_head is not None:
        if _INBOX.search(json_head) or (_SENDER.search(json_head) and '"messages"' in json_head):
            return "inbox"
        if _TIKTOK_DMS.search(json_head):
            return "tiktok_dms"
        return None
    return "message_table" if is_message_table(file_columns(f)) else None


def is_message_table(columns: Iterable[object]) -> bool:
    """True for a header with a conversation id, a sender and a message text (LinkedIn's messages.csv)."""
    cols = {tab.norm(c) for c in columns}
    return bool(cols & _MESSAGE_ID and cols & _MESSAGE_SENDER and cols & _MESSAGE_TEXT)


def is_private_messages(f: SourceFile) -> bool:
    """True when ``f`` holds private messages (checked again by the column-mapping form before it reads)."""
    return private_messages(f) is not None


def personal_archive(f: SourceFile) -> tuple[str, str] | None:
    """``(platform, what)`` for a Meta "Download your information" JSON file, or None."""
    json_head = _json_head(f)
    if json_head is None:
        return None
    keys = set(_KEY.findall(json_head[:20000]))
    for marker, found in _DYI.items():
        if marker in keys:
            return found
    if _FB_POST.match(json_head):
        return ("Facebook", "posts")
    return None


class PrivateMessages:
    """Inbox and direct-message files: recognised so they are refused, never imported."""

    key = "private_messages"
    supported = False  # recognised in order to be refused
    label = "Private messages (inboxes, direct messages): never imported"
    how_to_get = "Not imported: Conversa measures public posts and comments only."

    def detect(self, f: SourceFile) -> float:
        return 0.99 if private_messages(f) else 0.0

    def read(self, f: SourceFile) -> ImportResult:
        raise refusal("private_messages", file=f.name, what=private_messages(f) or "message_table")


class MetaPersonalArchive:
    """A person's own Facebook or Instagram data download: refused with the export to make instead."""

    key = "meta_personal_archive"
    supported = False
    label = "Facebook/Instagram 'Download your information' files: not a Page export"
    how_to_get = ("Not imported: export the Page's posts in Meta Business Suite > Insights > Content > "
                  "Export data instead.")

    def detect(self, f: SourceFile) -> float:
        return 0.9 if personal_archive(f) else 0.0

    def read(self, f: SourceFile) -> ImportResult:
        platform, what = personal_archive(f) or ("Facebook", "activity")
        raise refusal("personal_archive", file=f.name, platform=platform, what=what)


IMPORTERS = [PrivateMessages(), MetaPersonalArchive()]
