"""Period-independent work behind the KPIs: brand flags, thread roots, first brand replies, per-post counts.

``prepare(dataset, brand)`` runs once per workspace (cache it); ``compute(prepared, period)`` then only slices
sorted numpy arrays. Choices where KPIS.md is silent are written here and in ``lib/kpis/compute.py``:

- A comment is the brand's when ``is_brand`` is true, or its author id equals the account of its row, or its
  author id or name (lowercase, without a leading ``@``) equals an account of that platform in the data
  (posts, comments or followers) or a handle the user listed for that platform (``brand={"x": ["@forno"]}``).
- Threads: a comment whose parent is missing from the data (or is itself) starts its own thread, so partial
  exports and mentions still count as threads. Cycles in bad data stop after 40 pointer-jumps.
- Commenters are identified per platform by author id, else author name; comments with neither are counted
  as comments but not as commenters.
- A comment's post is its own ``post_id``, else its thread root's; comments on no post (mentions) count their
  thread as the "post" for returning commenters.
- A post's comment count is the platform's count; where it is missing and the platform has comment rows in the
  data, it is the number of comments (brand replies included) the data holds for that post (0 when none).
- Brand replies: the first brand comment in a thread that is not its root and is created at or after the root.
  Dialogue: an audience comment created strictly after that first brand reply.
- Pseudonyms: audience authors are numbered "Commenter N" by first appearance in the whole dataset (time, then
  a hash of platform and author), so N stays the same across periods of one workspace.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lib.dataset import Dataset
from lib.schema import PLATFORMS, TIME, Comments, Followers, Posts, Traffic

NO_TIME = np.iinfo(np.int64).max
POST_METRICS = ("impressions", "reach", "reactions", "comments", "shares", "saves", "clicks")
INTERACTION_PARTS = ("reactions", "comments", "shares", "saves")


@dataclass(frozen=True, eq=False)
class Prepared:
    """Sorted numpy arrays and small frames for fast per-period KPI computation (see module docstring)."""

    dataset: Dataset
    brand: Mapping[str, tuple[str, ...]]
    platforms: tuple[str, ...]
    posts: pd.DataFrame  # sorted by time; columns: plat, t, metrics (float, NaN unknown), interactions, ...
    comments: pd.DataFrame  # sorted by time; columns: plat, t, brand, author, post, postkey, root, is_root, ...
    authors: pd.DataFrame  # one row per author code: platform, author_id, author_name, author_pseudonym
    followers: pd.DataFrame  # plat, date, followers, gained (per platform per day, accounts summed)
    traffic: pd.DataFrame  # plat, date, sessions, engaged_sessions, conversions, revenue
    has_posts: np.ndarray  # per platform: any post rows
    has_comments: np.ndarray  # per platform: any comment rows
    has_followers: np.ndarray  # per platform: any non-null follower total
    has_traffic: np.ndarray  # per platform: any traffic rows
    known: Mapping[str, np.ndarray]  # per metric, per platform: the metric is reported on some post
    lang_cache: dict = field(default_factory=dict)  # comment/post hash -> language code, filled lazily

    @property
    def n_platforms(self) -> int:
        return len(self.platforms)


def _times(s: pd.Series) -> np.ndarray:
    """Microseconds since the epoch (UTC) as int64."""
    return s.astype(TIME).array.asi8.astype(np.int64, copy=False)


def _norm(s: pd.Series) -> pa.Array:
    """Lowercase, trimmed, without leading ``@``: how handles and ids are compared."""
    arr = pa.array(s.astype("str").to_numpy(dtype=object, na_value=None), type=pa.large_string(), from_pandas=True)
    return pc.utf8_ltrim(pc.utf8_trim_whitespace(pc.utf8_lower(arr)), characters="@")


def _codes(values: pd.Series) -> np.ndarray:
    codes, _ = pd.factorize(values.astype("str").to_numpy(dtype=object, na_value=None), use_na_sentinel=True)
    return codes.astype(np.int64)


def _pair(plat: np.ndarray, codes: np.ndarray, n_plat: int) -> np.ndarray:
    """One int64 key per (platform, id code); -1 where the id is missing."""
    return np.where(codes >= 0, codes * max(n_plat, 1) + plat, -1)


def _hash(*cols: pd.Series) -> np.ndarray:
    frame = pd.DataFrame({str(i): c.astype("str") for i, c in enumerate(cols)})
    return pd.util.hash_pandas_object(frame, index=False).to_numpy()


def _brand_handles(brand: Mapping[str, Sequence[str]] | None) -> dict[str, tuple[str, ...]]:
    out = {}
    for plat, handles in (brand or {}).items():
        if isinstance(handles, str):
            handles = [handles]
        out[str(plat).lower()] = tuple(sorted({h.strip().lower().lstrip("@") for h in handles if h and h.strip()}))
    return out


def prepare(dataset: Dataset, brand: Mapping[str, Sequence[str]] | None = None) -> Prepared:
    """Do the period-independent work once, so each ``compute(prepared, period)`` is fast.

    Parameters
    ----------
    dataset
        The workspace's canonical tables.
    brand
        Handles (or ids) of the brand per platform id, from the workspace settings, e.g. ``{"x": ["@forno"]}``.
        Comments by these authors are the brand's; ``is_brand`` flags and author ids equal to the account count too.

    Returns
    -------
    Prepared
        Sorted arrays and per-thread facts; pass it to ``compute`` for any period.
    """
    handles = _brand_handles(brand)
    platforms = tuple(p for p in PLATFORMS if p in set(dataset.platforms))
    n_plat = len(platforms)
    plat_code = {p: i for i, p in enumerate(platforms)}

    def plat_of(s: pd.Series) -> np.ndarray:
        return s.map(plat_code).fillna(-1).astype(np.int64).to_numpy()

    # ---- posts, sorted by time (ties by platform and id, so row order never matters)
    posts_raw = dataset.posts.sort_values([Posts.published_at, Posts.platform, Posts.post_id], kind="stable",
                                          ignore_index=True)
    pplat = plat_of(posts_raw[Posts.platform])
    npost = len(posts_raw)
    post_ids = _codes(posts_raw[Posts.post_id])

    # ---- comments, sorted by time (ties by a hash of platform and id)
    c = dataset.comments
    chash = _hash(c[Comments.platform], c[Comments.comment_id]) if len(c) else np.zeros(0, np.uint64)
    order = np.lexsort((chash, _times(c[Comments.created_at]))) if len(c) else np.zeros(0, np.int64)
    c = c.take(order).reset_index(drop=True)
    chash = chash[order]
    n = len(c)
    cplat = plat_of(c[Comments.platform])
    ct = _times(c[Comments.created_at])

    # ids: one factorisation over comment ids, parent ids and post ids of both tables keeps codes comparable
    all_ids = pd.concat([c[Comments.comment_id], c[Comments.parent_id], c[Comments.post_id], posts_raw[Posts.post_id]],
                        ignore_index=True)
    codes = _codes(all_ids)
    cid = _pair(cplat, codes[:n], n_plat)
    par = _pair(cplat, codes[n:2 * n], n_plat)
    cpost_key = _pair(cplat, codes[2 * n:3 * n], n_plat)
    post_key = _pair(pplat, codes[3 * n:], n_plat)
    del post_ids

    # parent row of each comment (self when top-level, orphan or self-parented)
    rows = np.arange(n)
    sorter = np.argsort(cid, kind="stable")
    pos = np.searchsorted(cid[sorter], par) if n else np.zeros(0, np.int64)
    pos = np.clip(pos, 0, max(n - 1, 0))
    found = (par >= 0) & (cid[sorter][pos] == par) if n else np.zeros(0, bool)
    parent_row = np.where(found, sorter[pos] if n else pos, rows)
    root = parent_row.copy()
    for _ in range(40):
        nxt = root[root]
        if np.array_equal(nxt, root):
            break
        root = nxt
    is_root = root == rows

    # post of each comment: its own, else its root's; post row index in the sorted posts (-1 when absent)
    cpost_key = np.where(cpost_key >= 0, cpost_key, cpost_key[root]) if n else cpost_key
    psorter = np.argsort(post_key, kind="stable")
    ppos = np.clip(np.searchsorted(post_key[psorter], cpost_key), 0, max(npost - 1, 0)) if npost else np.zeros(n, np.int64)
    pfound = (cpost_key >= 0) & (post_key[psorter][ppos] == cpost_key) if npost else np.zeros(n, bool)
    cpost = np.where(pfound, psorter[ppos] if npost else ppos, -1)
    # distinct "post" for returning commenters: the post key, else the thread
    big = int(cpost_key.max()) + 1 if n and cpost_key.max() >= 0 else 0
    postkey = np.where(cpost_key >= 0, cpost_key, big + root)

    # ---- brand flags
    brand_flag = c[Comments.is_brand].fillna(False).to_numpy(dtype=bool) if n else np.zeros(0, bool)
    if n:
        aid = _norm(c[Comments.author_id])
        aname = _norm(c[Comments.author_name])
        acc = _norm(c[Comments.account])
        brand_flag |= pc.fill_null(pc.equal(aid, acc), False).to_numpy(zero_copy_only=False)
        accounts = pd.concat([dataset.posts[[Posts.platform, Posts.account]],
                              dataset.comments[[Comments.platform, Comments.account]],
                              dataset.followers[[Followers.platform, Followers.account]]], ignore_index=True).dropna()
        for p in platforms:
            names = set(accounts.loc[accounts[Posts.platform] == p, Posts.account].astype("str").str.strip()
                        .str.lower().str.lstrip("@").unique()) | set(handles.get(p, ()))
            if not names:
                continue
            vs = pa.array(sorted(names), type=pa.large_string())
            hit = (pc.fill_null(pc.is_in(aid, value_set=vs), False).to_numpy(zero_copy_only=False)
                   | pc.fill_null(pc.is_in(aname, value_set=vs), False).to_numpy(zero_copy_only=False))
            brand_flag |= hit & (cplat == plat_code[p])

    # ---- authors (per platform; id, else name)
    akey = c[Comments.author_id].where(c[Comments.author_id].notna(), c[Comments.author_name]) if n else c[Comments.author_id]
    acode = _pair(cplat, _codes(akey), n_plat) if n else np.zeros(0, np.int64)
    valid = acode >= 0
    uniq, first_idx, inv = np.unique(acode[valid], return_index=True, return_inverse=True)
    author = np.full(n, -1, np.int64)
    author[valid] = inv
    vrows = rows[valid][first_idx]  # first row (in time order) of each author
    a_brand = np.bincount(inv, weights=brand_flag[valid], minlength=len(uniq)) > 0
    first_rank = np.empty(len(uniq), np.int64)
    aud = ~a_brand
    order_aud = np.argsort(vrows[aud], kind="stable")
    ranks = np.empty(int(aud.sum()), np.int64)
    ranks[order_aud] = np.arange(1, int(aud.sum()) + 1)
    first_rank[aud] = ranks
    first_rank[~aud] = 0
    names = c[Comments.author_name].take(vrows).reset_index(drop=True) if n else pd.Series([], dtype="str")
    ids = c[Comments.author_id].take(vrows).reset_index(drop=True) if n else pd.Series([], dtype="str")
    pseudo = pd.Series("Commenter " + pd.Series(first_rank).astype("str"), dtype="str")
    pseudo = pseudo.where(aud, names.where(names.notna(), ids).to_numpy())
    authors = pd.DataFrame({
        "platform": pd.Series(np.array(platforms, dtype=object)[cplat[vrows]] if len(vrows) else [], dtype="str"),
        "author_id": ids.astype("str"), "author_name": names.astype("str"), "author_pseudonym": pseudo.astype("str"),
        "is_brand": a_brand, "plat": cplat[vrows] if len(vrows) else np.zeros(0, np.int64),
    })

    # ---- per-thread facts (stored on each root row)
    after_root = ct >= ct[root] if n else np.zeros(0, bool)
    brep = brand_flag & ~is_root & after_root
    first_brand = np.full(n, NO_TIME, np.int64)
    if brep.any():
        r_b = root[brep]
        u, fi = np.unique(r_b, return_index=True)  # rows are in time order: first occurrence = earliest
        first_brand[u] = ct[brep][fi]
    size = np.bincount(root, minlength=n) if n else np.zeros(0, np.int64)
    aud_after = ~brand_flag & (ct > first_brand[root]) if n else np.zeros(0, bool)
    dialogue = np.zeros(n, bool)
    dialogue[root[aud_after]] = True
    top_level = c[Comments.parent_id].isna().to_numpy() if n else np.zeros(0, bool)

    subst = c[Comments.is_substantive].astype("Float64").to_numpy(dtype=float, na_value=np.nan) if n else np.zeros(0)
    comments = pd.DataFrame({
        "plat": cplat, "t": ct, "brand": brand_flag, "author": author, "post": cpost, "postkey": postkey,
        "root": root, "is_root": is_root, "top_level": top_level, "first_brand": first_brand, "size": size,
        "dialogue": dialogue, "subst": subst, "hash": chash,
    })

    # ---- posts: metrics as floats (NaN unknown), comment counts completed from threads
    has_comments = np.bincount(cplat[cplat >= 0], minlength=n_plat) > 0 if n_plat else np.zeros(0, bool)
    metrics = {m: posts_raw[getattr(Posts, m)].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
               for m in POST_METRICS}
    in_data = np.bincount(cpost[cpost >= 0], minlength=npost).astype(float)
    fill = np.isnan(metrics["comments"]) & (has_comments[pplat] if npost and n_plat else False)
    metrics["comments"] = np.where(fill, in_data, metrics["comments"])
    parts = np.vstack([metrics[m] for m in INTERACTION_PARTS]) if npost else np.zeros((4, 0))
    interactions = np.where(np.isnan(parts).all(axis=0), np.nan, np.nansum(parts, axis=0)) if npost else np.zeros(0)
    brand_in_data = np.bincount(cpost[(cpost >= 0) & brand_flag], minlength=npost)
    threads_in_data = np.bincount(cpost[(cpost >= 0) & is_root], minlength=npost)
    posts = pd.DataFrame({"plat": pplat, "t": _times(posts_raw[Posts.published_at]), **metrics,
                          "interactions": interactions,
                          "question": posts_raw[Posts.is_question].astype("Float64").to_numpy(dtype=float, na_value=np.nan),
                          "brand_replies": brand_in_data, "threads": threads_in_data,
                          "comments_in_data": in_data,
                          "hash": _hash(posts_raw[Posts.platform], posts_raw[Posts.post_id]) if npost else np.zeros(0, np.uint64)})
    for col in (Posts.post_id, Posts.post_type, Posts.text, Posts.permalink, Posts.published_at):
        posts["raw_" + col] = posts_raw[col].to_numpy()
    known = {m: (np.bincount(pplat[~np.isnan(metrics[m])], minlength=n_plat) > 0) for m in POST_METRICS}
    known["interactions"] = np.bincount(pplat[~np.isnan(interactions)], minlength=n_plat) > 0

    # ---- followers per platform per day (accounts summed); gains from the export, else day-to-day change
    f = dataset.followers
    fday = f.groupby([Followers.platform, Followers.date], observed=True, sort=True).agg(
        followers=(Followers.followers, "sum"),
        n_known=(Followers.followers, "count"), gained=(Followers.gained, "sum"), n_gained=(Followers.gained, "count"),
    ).reset_index()
    fday["followers"] = fday["followers"].astype(float).where(fday["n_known"] > 0)
    fday["gained"] = fday["gained"].astype(float).where(fday["n_gained"] > 0)
    fday["plat"] = plat_of(fday[Followers.platform])
    prev_f = fday.groupby("plat")["followers"].shift(1)
    prev_d = fday.groupby("plat")[Followers.date].shift(1)
    consecutive = (fday[Followers.date] - prev_d) == pd.Timedelta(days=1)
    fday["gained"] = fday["gained"].where(fday["gained"].notna(), (fday["followers"] - prev_f).where(consecutive))
    followers = (fday[["plat", Followers.date, "followers", "gained"]].rename(columns={Followers.date: "date"})
                 .sort_values(["plat", "date"], kind="stable", ignore_index=True))
    has_followers = np.bincount(followers["plat"][followers["followers"].notna()], minlength=n_plat) > 0

    tr = dataset.traffic
    traffic = pd.DataFrame({"plat": plat_of(tr[Traffic.platform]), "date": tr[Traffic.date].to_numpy(),
                            **{k: tr[k].astype("Float64").to_numpy(dtype=float, na_value=np.nan)
                               for k in (Traffic.sessions, Traffic.engaged_sessions, Traffic.conversions, Traffic.revenue)}})
    social = traffic["plat"].isin([plat_code[p] for p in platforms if p != "other"])
    traffic = traffic[social].sort_values("date", kind="stable", ignore_index=True)
    has_traffic = np.bincount(traffic["plat"], minlength=n_plat) > 0

    # keep text columns of the comments that tables show
    for col in (Comments.comment_id, Comments.author_name, Comments.text, Comments.created_at):
        comments["raw_" + col] = c[col].to_numpy() if n else np.array([], dtype=object)

    return Prepared(
        dataset=dataset, brand=handles, platforms=platforms, posts=posts, comments=comments, authors=authors,
        followers=followers, traffic=traffic, has_posts=np.bincount(pplat, minlength=n_plat) > 0,
        has_comments=has_comments, has_followers=has_followers, has_traffic=has_traffic, known=known,
    )
