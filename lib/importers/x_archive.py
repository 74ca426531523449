"""X (Twitter) account archive: ``data/tweet.js`` / ``data/tweets.js``, loose or inside the archive zip.

Every tweet in the file was written by the account. Mapping:

- Original tweets -> ``posts`` (``favorite_count`` -> reactions, ``retweet_count`` -> shares; the archive has
  no reply or impression counts, so those stay null). A reply to the account's own post or thread post
  continues the thread: it is a post too (``post_type = "thread"``), not dialogue.
- Replies to other people (and the account's follow-ups inside such conversations) -> ``comments`` with
  ``is_brand = True``; ``parent_id`` is the tweet replied to, ``post_id`` the top of the reply chain as far as
  the archive reaches (the brand post it hangs under, or the other person's tweet that started it).
- Retweets (``RT @…``) are not the account's own content and are skipped (counted in the warnings).
- ``created_at`` carries ``+0000``. The account name comes from the archive's own links to its tweets.
- The file is streamed (ijson, one tweet at a time, only the fields above kept), so a large archive's peak
  memory stays near its own size; ``benchmarks/bench_import_archive.py`` measures it against loading the whole
  JSON.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

import ijson
import numpy as np
import pandas as pd
import pyarrow as pa

from lib.importers._social import isin, thread_roots, twitter_time, unescape
from lib.importers._tabular import result
from lib.importers.base import ImportResult, SourceFile
from lib.importers.messages import Note, refusal

PLATFORM = "x"
_PREFIX = re.compile(r"^\s*window\.YTD\.(tweets?)\.part\d+\s*=\s*", re.ASCII)
_PREFIX_BYTES = re.compile(rb"\s*window\.YTD\.tweets?\.part\d+\s*=\s*")
_OWN_LINK = re.compile(r"(?:twitter|x)\.com/([A-Za-z0-9_]+)/status/(\d+)")


_FIELDS = ("id", "text", "created_at", "parent", "parent_user", "likes", "retweets")
CHUNK = 4096  # tweets held as Python values before they are packed into Arrow strings


@dataclass
class _Archive:
    """The fields Conversa keeps of each tweet, packed into Arrow strings every ``CHUNK`` tweets (so only one
    chunk of Python strings is alive at a time), and the account's links to its own tweets."""

    pending: dict[str, list[str | None]] = field(default_factory=lambda: {k: [] for k in _FIELDS})
    chunks: dict[str, list[pa.Array]] = field(default_factory=lambda: {k: [] for k in _FIELDS})
    own_links: list[tuple[str, str]] = field(default_factory=list)  # (screen name, tweet id) from entities
    count: int = 0

    def add(self, t: dict) -> None:
        p = self.pending
        p["id"].append(_str(t.get("id_str") or t.get("id")))
        p["text"].append(_str(t.get("full_text") if t.get("full_text") is not None else t.get("text")))
        p["created_at"].append(_str(t.get("created_at")))
        p["parent"].append(_str(t.get("in_reply_to_status_id_str") or t.get("in_reply_to_status_id")))
        p["parent_user"].append(_str(t.get("in_reply_to_screen_name")))
        p["likes"].append(_str(t.get("favorite_count")))
        p["retweets"].append(_str(t.get("retweet_count")))
        self.own_links.extend(_links(t.get("entities")))
        self.count += 1
        if len(p["id"]) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        for name, values in self.pending.items():
            if values:
                self.chunks[name].append(pa.array(values, type=pa.string()))
            self.pending[name] = []

    def take(self, name: str) -> pd.Series:
        """One field as a string column (its chunks are released)."""
        self.flush()
        return pd.Series(pd.array(pa.chunked_array(self.chunks.pop(name), type=pa.string()), dtype="str"))


class _Slice:
    """A read-only file over ``data[start:end]`` without copying it (ijson reads it in chunks)."""

    def __init__(self, data: bytes, start: int, end: int) -> None:
        self._view, self._pos, self._end = memoryview(data), start, end

    def read(self, n: int = -1) -> bytes:
        stop = self._end if n < 0 else min(self._pos + n, self._end)
        out = bytes(self._view[self._pos:stop])
        self._pos = stop
        return out


def _str(v: object) -> str | None:
    return None if v in (None, "") else str(v)


def _links(entities: object) -> list[tuple[str, str]]:
    if not isinstance(entities, dict):
        return []
    urls = [e.get("expanded_url") for key in ("urls", "media") for e in entities.get(key) or []
            if isinstance(e, dict)]
    return [(m.group(1), m.group(2)) for u in urls if isinstance(u, str) for m in _OWN_LINK.finditer(u)]


def _stream(f: SourceFile) -> _Archive:
    """Every tweet of the file, read one at a time (ijson): only the fields above are kept, so the peak memory
    is the file plus the columns, never the whole decoded JSON."""
    start = len(codecs.BOM_UTF8) if f.data.startswith(codecs.BOM_UTF8) else 0
    m = _PREFIX_BYTES.match(f.data, start)
    if not m:
        raise refusal("x_archive_not", file=f.name)
    end = f.data.rfind(b"]") + 1  # the list ends there; a ';' or newline may follow
    if end <= m.end():
        end = len(f.data)  # no end at all: the file is cut, which the parser reports
    out = _Archive()
    try:
        for item in ijson.items(_Slice(f.data, m.end(), end), "item", use_float=True):
            t = item.get("tweet", item) if isinstance(item, dict) else None
            if isinstance(t, dict):
                out.add(t)
    except ijson.JSONError as exc:
        raise refusal("x_archive_damaged", file=f.name, detail=str(exc)) from exc
    return out


def _owner(tweets: pd.DataFrame, links: list[tuple[str, str]]) -> str | None:
    """The account's screen name: from links to its own tweets (media, quoted self), else self-replies."""
    own_ids = set(tweets["id"])
    names = [name for name, tid in links if tid in own_ids]
    if names:
        return str(pd.Series(names).mode().iloc[0])
    self_reply = isin(tweets["parent"], tweets["id"]) & tweets["parent_user"].notna()
    replied = tweets.loc[self_reply, "parent_user"]
    return str(replied.mode().iloc[0]) if len(replied) else None


class XArchive:
    """The account's own tweets from an X/Twitter archive download."""

    key = "x_archive"
    label = "X/Twitter account archive (tweets.js / tweet.js, or the archive .zip)"
    how_to_get = ("x.com > Settings > Your account > Download an archive of your data; upload the zip or its "
                  "data/tweets.js.")

    def detect(self, f: SourceFile) -> float:
        return 0.95 if _PREFIX.match(f.head) else 0.0

    def read(self, f: SourceFile) -> ImportResult:
        archive = _stream(f)
        if not archive.count:
            raise refusal("x_archive_empty", file=f.name)
        tw = pd.DataFrame({
            "id": archive.take("id"),
            "text": unescape(archive.take("text")),
            "created_at": twitter_time(archive.take("created_at")),
            "parent": archive.take("parent"),
            "parent_user": archive.take("parent_user"),
            "likes": pd.to_numeric(archive.take("likes"), errors="coerce"),
            "retweets": pd.to_numeric(archive.take("retweets"), errors="coerce"),
        })
        warnings: list[str] = []
        bad = (tw["id"].isna() | tw["created_at"].isna()).to_numpy()
        if bad.any():
            warnings.append(Note("x_bad", n=int(bad.sum())))
        rt = (tw["text"].str.startswith("RT @").fillna(False) & tw["parent"].isna()).to_numpy() & ~bad
        if rt.any():
            warnings.append(Note("x_retweets", n=int(rt.sum())))
        keep = ~bad & ~rt
        repeated = tw["id"].where(keep).duplicated(keep="last").to_numpy() & keep
        if repeated.any():
            n = int(repeated.sum())
            warnings.append(Note.counted("x_repeated", n))
        rows = np.flatnonzero(keep & ~repeated)
        when = tw["created_at"].to_numpy(dtype="datetime64[us]", na_value=np.datetime64("NaT"))
        rows = rows[np.argsort(when[rows], kind="stable")]  # one copy of the frame, in time order
        tw = tw.take(rows).reset_index(drop=True)
        account = _owner(tw, archive.own_links)

        # A reply is a post when its chain climbs to an original tweet through the account's own tweets only.
        is_reply = tw["parent"].notna()
        roots = thread_roots(tw["id"], tw["parent"].where(isin(tw["parent"], tw["id"])))
        own_root = isin(roots, tw.loc[~is_reply, "id"])
        # a root that is itself a reply to someone else makes the chain a conversation
        is_post = ~is_reply | own_root
        posts_f, comm_f = tw[is_post], tw[~is_post]
        post_ids = posts_f["id"]
        posts = pd.DataFrame({
            "platform": PLATFORM,
            "account": account,
            "post_id": posts_f["id"],
            "published_at": posts_f["created_at"],
            "post_type": is_reply[is_post].map({True: "thread", False: "post"}).astype("str"),
            "text": posts_f["text"],
            "permalink": (f"https://x.com/{account}/status/" if account else "https://x.com/i/status/") + posts_f["id"],
            "reactions": posts_f["likes"],
            "shares": posts_f["retweets"],
        })
        chain_top = thread_roots(comm_f["id"], comm_f["parent"])
        comments = pd.DataFrame({
            "platform": PLATFORM,
            "account": account,
            "comment_id": comm_f["id"],
            "post_id": chain_top,
            "parent_id": comm_f["parent"],
            "author_id": account,
            "author_name": account,
            "is_brand": True,
            "created_at": comm_f["created_at"],
            "text": comm_f["text"],
        })
        in_posts = int(isin(chain_top, post_ids).sum())
        warnings.append(Note("x_replies", n=len(comments), under=in_posts))
        return result(f, self.key, PLATFORM, account=account, warnings=warnings, posts=posts, comments=comments)


_OTHER = re.compile(r"^\s*window\.(?:YTD\.\w+\.part\d+|__THAR_CONFIG)\s*=", re.ASCII)


class XArchiveOther:
    """The archive's other files (likes, manifest, account, ...): recognised so the message can explain."""

    key = "x_archive_other"
    label = "X/Twitter archive data files other than tweets.js"
    how_to_get = XArchive.how_to_get

    def detect(self, f: SourceFile) -> float:
        return 0.9 if _OTHER.match(f.head) and not _PREFIX.match(f.head) else 0.0

    def read(self, f: SourceFile) -> ImportResult:
        raise refusal("x_archive_other", file=f.name)


IMPORTERS = [XArchive(), XArchiveOther()]
