"""WordPress export (WXR, the RSS-based XML of Tools > Export) -> ``posts`` and ``comments`` on platform ``blog``.

- Published items of type ``post`` and ``page`` -> ``posts`` (``wp:post_id``, ``wp:post_date_gmt``, title and
  text, ``link``). The export has no view or share counts; those stay null, and the comment count is left to
  the comments in the data.
- ``wp:comment`` -> ``comments``: only approved comments (``wp:comment_approved = 1``) of type comment;
  pingbacks, trackbacks, spam, pending and trashed ones are skipped and counted in the warnings.
  ``wp:comment_parent`` (0 = top level) -> parent_id, the item's ``wp:post_id`` -> post_id.
- Brand: a comment is the blog's own when its ``wp:comment_user_id`` is one of the export's ``wp:author``
  users or its author e-mail is one of theirs; old exports without an author list count any registered
  user (``comment_user_id`` not 0) as the blog.
- ``author_id``: the WordPress user id for registered users, otherwise a short hash of the e-mail address
  (``email:…``), so commenters can be told apart without storing their addresses.
- Times: the ``*_gmt`` fields are UTC; where they are empty (drafts, very old comments) the local time is
  taken in the workspace zone (UTC by default).
"""

from __future__ import annotations

import hashlib
import re

import pandas as pd

from lib.importers._social import html_to_text
from lib.importers._tabular import result, to_utc
from lib.importers.base import ImportResult, SourceFile
from lib.importers.messages import Note, refusal

PLATFORM = "blog"
_WP_NS = re.compile(r'xmlns:wp="(http://wordpress\.org/export/[^"]+)"')
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def _parse(f: SourceFile):
    from defusedxml import ElementTree

    try:
        return ElementTree.fromstring(f.data)
    except Exception as exc:  # ParseError, or defusedxml refusing entity tricks
        raise refusal("wordpress_damaged", file=f.name, detail=str(exc)) from exc


def _utc(gmt: pd.Series, local: pd.Series, tz: str | None) -> pd.Series:
    g = gmt.where(~gmt.fillna("").str.startswith("0000"))
    out = pd.to_datetime(g, format="%Y-%m-%d %H:%M:%S", errors="coerce").dt.tz_localize("UTC")
    fallback = to_utc(local.where(~local.fillna("").str.startswith("0000")), tz=tz or "UTC")
    return out.fillna(fallback).astype("datetime64[us, UTC]")


def _email_id(emails: pd.Series) -> pd.Series:
    return emails.str.strip().str.lower().map(
        lambda e: "email:" + hashlib.sha256(e.encode()).hexdigest()[:12] if e else None, na_action="ignore")


class WordPressExport:
    """Posts and comment threads from a WordPress WXR export."""

    key = "wordpress_wxr"
    label = "WordPress export (WXR .xml: posts and comments)"
    how_to_get = "WordPress admin > Tools > Export > All content (or Posts) > Download Export File (.xml)."

    def detect(self, f: SourceFile) -> float:
        head = f.head[:5000]
        return 0.95 if "<rss" in head and _WP_NS.search(head) else 0.0

    def read(self, f: SourceFile, tz: str | None = None) -> ImportResult:
        m = _WP_NS.search(f.head[:5000])
        if not m:
            raise refusal("wordpress_not", file=f.name)
        wp = "{" + m.group(1) + "}"
        channel = _parse(f).find("channel")
        if channel is None:
            raise refusal("wordpress_no_channel", file=f.name)
        site = (channel.findtext("title") or channel.findtext("link") or "").strip() or None
        authors = channel.findall(wp + "author")
        author_ids = {(a.findtext(wp + "author_id") or "").strip() for a in authors} - {""}
        author_emails = {(a.findtext(wp + "author_email") or "").strip().lower() for a in authors} - {""}

        post_rows, comment_rows = [], []
        for item in channel.iter("item"):
            kind = item.findtext(wp + "post_type") or "post"
            status = item.findtext(wp + "status") or ""
            if kind not in ("post", "page") or status != "publish":
                continue
            pid = (item.findtext(wp + "post_id") or "").strip()
            post_rows.append((pid, kind, item.findtext("title") or "", item.findtext(_CONTENT) or "",
                              item.findtext("link"), item.findtext(wp + "post_date_gmt"), item.findtext(wp + "post_date")))
            for c in item.findall(wp + "comment"):
                comment_rows.append((pid, *(c.findtext(wp + k) for k in (
                    "comment_id", "comment_parent", "comment_author", "comment_author_email", "comment_user_id",
                    "comment_date_gmt", "comment_date", "comment_content", "comment_approved", "comment_type"))))
        if not post_rows:
            raise refusal("wordpress_no_posts", file=f.name)
        warnings: list[str] = []
        p = pd.DataFrame(post_rows, columns=["post_id", "kind", "title", "content", "link", "gmt", "local"], dtype="str")
        title, body = p["title"].str.strip(), html_to_text(p["content"])
        posts = pd.DataFrame({
            "platform": PLATFORM, "account": site, "post_id": p["post_id"],
            "published_at": _utc(p["gmt"], p["local"], tz), "post_type": p["kind"],
            "text": title.where(body.eq(""), title + "\n\n" + body), "permalink": p["link"],
        })
        cols = ["post_id", "comment_id", "parent", "author", "email", "user_id", "gmt", "local", "content",
                "approved", "type"]
        c = pd.DataFrame(comment_rows, columns=cols, dtype="str")
        keep = c["approved"].fillna("").str.strip().eq("1") & c["type"].fillna("").isin(["", "comment"])
        if (~keep).any():
            pings = int((~c["type"].fillna("").isin(["", "comment"])).sum())
            warnings.append(Note("wordpress_skipped", n=int((~keep).sum()), pings=pings,
                                 unapproved=int((~keep).sum()) - pings))
        c = c[keep]
        user = c["user_id"].fillna("0").str.strip()
        email = c["email"].fillna("").str.strip().str.lower()
        if authors:
            is_brand = user.isin(author_ids) | (email.ne("") & email.isin(author_emails))
        else:
            is_brand = user.ne("0") & user.ne("")
        comments = pd.DataFrame({
            "platform": PLATFORM, "account": site, "comment_id": c["comment_id"].str.strip(),
            "post_id": c["post_id"], "parent_id": c["parent"].str.strip().where(~c["parent"].fillna("0").str.strip().isin(["0", ""])),
            "author_id": ("user:" + user).where(user.ne("0") & user.ne(""), _email_id(c["email"])),
            "author_name": c["author"], "is_brand": is_brand,
            "created_at": _utc(c["gmt"], c["local"], tz), "text": html_to_text(c["content"]),
        })
        if len(comments):
            warnings.append(Note("wordpress_brand", brand=int(is_brand.sum()), n=len(comments)))
        return result(f, self.key, PLATFORM, account=site, warnings=warnings, posts=posts,
                      comments=comments if len(comments) else None)


IMPORTERS = [WordPressExport()]
