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
"""

from __future__ import annotations

import json
import re

import pandas as pd

from lib.errors import FileImportError
from lib.importers._social import isin, thread_roots, twitter_time, unescape
from lib.importers._tabular import result
from lib.importers.base import ImportResult, SourceFile

PLATFORM = "x"
_PREFIX = re.compile(r"^\s*window\.YTD\.(tweets?)\.part\d+\s*=\s*", re.ASCII)
_OWN_LINK = re.compile(r"(?:twitter|x)\.com/([A-Za-z0-9_]+)/status/(\d+)")


def _tweets(f: SourceFile) -> list[dict]:
    text = f.text
    m = _PREFIX.match(text)
    if not m:
        raise FileImportError(f"{f.name} does not start with window.YTD.tweets.part0 = [...]; it is not an X archive tweet file.")
    body = text[m.end():].strip().rstrip(";")
    try:
        items = json.loads(body)
    except json.JSONDecodeError as exc:
        raise FileImportError(f"{f.name} is an X archive tweet file but its JSON is cut or damaged ({exc.msg} at "
                              f"character {exc.pos}); extract it from the archive zip again.") from exc
    if not isinstance(items, list):
        raise FileImportError(f"{f.name}: expected a list of tweets after the '=' sign.")
    return [i.get("tweet", i) for i in items if isinstance(i, dict)]


def _owner(tweets: pd.DataFrame, raw: list[dict]) -> str | None:
    """The account's screen name: from links to its own tweets (media, quoted self), else self-replies."""
    own_ids = set(tweets["id"])
    names = [m.group(1) for t in raw for m in _OWN_LINK.finditer(json.dumps(t.get("entities", {})))
             if m.group(2) in own_ids]
    if names:
        return pd.Series(names).mode().iloc[0]
    self_reply = isin(tweets["parent"], tweets["id"]) & tweets["parent_user"].notna()
    names = tweets.loc[self_reply, "parent_user"]
    return str(names.mode().iloc[0]) if len(names) else None


class XArchive:
    """The account's own tweets from an X/Twitter archive download."""

    key = "x_archive"
    label = "X/Twitter account archive (tweets.js / tweet.js, or the archive .zip)"
    how_to_get = ("x.com > Settings > Your account > Download an archive of your data; upload the zip or its "
                  "data/tweets.js.")

    def detect(self, f: SourceFile) -> float:
        return 0.95 if _PREFIX.match(f.head) else 0.0

    def read(self, f: SourceFile) -> ImportResult:
        raw = _tweets(f)
        if not raw:
            raise FileImportError(f"{f.name} is an X archive tweet file with no tweets in it.")

        def col(name: str) -> list:
            return [t.get(name) for t in raw]

        def as_str(values: list) -> pd.Series:
            return pd.Series([None if v in (None, "") else str(v) for v in values], dtype="str")

        tw = pd.DataFrame({
            "id": as_str([t.get("id_str") or t.get("id") for t in raw]),
            "text": unescape(pd.Series(col("full_text"), dtype="str").fillna(pd.Series(col("text"), dtype="str"))),
            "created_at": twitter_time(pd.Series(col("created_at"), dtype="str")),
            "parent": as_str([t.get("in_reply_to_status_id_str") or t.get("in_reply_to_status_id") for t in raw]),
            "parent_user": as_str(col("in_reply_to_screen_name")),
            "likes": pd.to_numeric(pd.Series(col("favorite_count"), dtype="object"), errors="coerce"),
            "retweets": pd.to_numeric(pd.Series(col("retweet_count"), dtype="object"), errors="coerce"),
        })
        warnings: list[str] = []
        bad = tw["id"].isna() | tw["created_at"].isna()
        if bad.any():
            warnings.append(f"{int(bad.sum())} tweets without an id or a readable date were skipped.")
            tw = tw[~bad]
        rt = tw["text"].str.startswith("RT @").fillna(False) & tw["parent"].isna()
        if rt.any():
            warnings.append(f"{int(rt.sum())} retweets of other accounts were skipped (they are not the account's own posts).")
            tw = tw[~rt]
        tw = tw.drop_duplicates("id", keep="last").sort_values("created_at", kind="stable").reset_index(drop=True)
        account = _owner(tw, raw)

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
        warnings.append(f"{len(comments)} replies to other people were imported as the account's own comments"
                        f" ({in_posts} under its posts); the archive holds no one else's replies.")
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
        raise FileImportError(f"{f.name} is part of an X archive but holds no posts; Conversa reads the archive's "
                              "data/tweets.js (or the whole archive zip).")


IMPORTERS = [XArchive(), XArchiveOther()]
