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
- Followers with several accounts on one platform (two Facebook pages): each account's series is kept apart,
  its last known total carried forward from its first day in the data to the platform's last day with follower
  data, then the accounts' totals are added per day (a page that stops reporting a day early still counts).
  Gains are added per account (the export's gain, else the change from the account's total the day before, when
  it reported both days), so an account that joins or leaves the data is never a gain or a loss; follower growth
  in a period adds each account's change, so a page added later is not growth.
- Manual follower counts (workspace settings) stand in only for platforms with no follower totals anywhere in
  the data: they give ``followers_end`` and the mean followers of the per-1k rates, never growth, spikes, hollow
  growth or the monthly follower tables (a constant is not a series).
- Pseudonyms: audience authors are numbered "Commenter N" by first appearance in the whole dataset (time, then
  a hash of platform and author), so N stays the same across periods of one workspace.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import SupportsFloat

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lib.dataset import Dataset
from lib.kpis.arrays import (
    arrow,
    as_int,
    byte_lengths,
    encode,
    floats,
    lookup,
    mix,
    norm,
    pair_key,
    str_series,
    string_hash,
    time_order,
    times,
)
from lib.kpis.coverage import Coverage
from lib.schema import PLATFORMS, Comments, Followers, Posts, Traffic

NO_TIME = np.iinfo(np.int64).max
POST_METRICS = ("impressions", "reach", "reactions", "comments", "shares", "saves", "clicks")
INTERACTION_PARTS = ("reactions", "comments", "shares", "saves")
# bits of a comment's flags (compute counts them with one bincount of platform x N_FLAGS + flags)
F_BRAND, F_ROOT, F_ANSWERED, F_DIALOGUE, F_SUBST_KNOWN, F_SUBST = 1, 2, 4, 8, 16, 32
N_FLAGS = 64


def waiting_for_answer(pflags: np.ndarray) -> np.ndarray:
    """Which comments (``comments["pflags"]``) are audience thread roots with no brand reply in their thread yet.

    ``brand_response_rate`` counts these as not answered, and the waiting-for-an-answer list shows exactly these:
    both read this one mask.

    >>> waiting_for_answer(np.array([F_ROOT, F_ROOT | F_ANSWERED, F_ROOT | F_BRAND, 0, N_FLAGS + F_ROOT])).tolist()
    [True, False, False, False, True]
    """
    flags = np.asarray(pflags) % N_FLAGS
    return (flags & (F_BRAND | F_ROOT | F_ANSWERED)) == F_ROOT


@dataclass(frozen=True, eq=False)
class Prepared:
    """Sorted numpy arrays and small frames for fast per-period KPI computation (see module docstring)."""

    dataset: Dataset
    brand: Mapping[str, tuple[str, ...]]
    platforms: tuple[str, ...]
    posts: pd.DataFrame  # sorted by time; columns: plat, t, metrics (float, NaN unknown), interactions, ...
    comments: pd.DataFrame  # sorted by time; columns: plat, t, brand, author, post, postkey, root, is_root, ...
    authors: pd.DataFrame  # one row per author code: platform, author_id, author_name, author_pseudonym
    followers: pd.DataFrame  # plat, date, followers, gained, delta (per platform per day, see _daily_followers)
    traffic: pd.DataFrame  # plat, date, sessions, engaged_sessions, conversions, revenue
    has_posts: np.ndarray  # per platform: any post rows
    has_comments: np.ndarray  # per platform: any comment rows
    has_followers: np.ndarray  # per platform: any non-null follower total
    has_traffic: np.ndarray  # per platform: any traffic rows
    known: Mapping[str, np.ndarray]  # per metric, per platform: the metric is reported on some post
    comment_rows: np.ndarray  # sorted position -> row of dataset.comments
    post_rows: np.ndarray  # sorted position -> row of dataset.posts
    pair_author: np.ndarray  # author code of each (audience author, post) pair code in comments["pair"]
    lang_cache: dict = field(default_factory=dict)  # (kind, row key) -> language code, filled lazily
    manual_followers: Mapping[str, int] = field(default_factory=dict)  # from the settings, see manual_counts
    coverage: Coverage = field(default_factory=dict)  # per platform: the days its post exports cover

    @property
    def n_platforms(self) -> int:
        return len(self.platforms)

    def values(self, table: str, labels: np.ndarray, col: str) -> pd.api.extensions.ExtensionArray:
        """Values of canonical column ``col`` of ``table`` ("posts" or "comments") for prepared rows ``labels``
        (positions in the sorted order)."""
        rows = (self.comment_rows if table == "comments" else self.post_rows)[np.asarray(labels, dtype=np.int64)]
        return self.dataset.table(table)[col].take(rows).array

    @property
    def manual_counts(self) -> np.ndarray:
        """Per platform: the manual follower count standing in for a missing followers series (NaN otherwise)."""
        counts = np.array([self.manual_followers.get(p, np.nan) for p in self.platforms], dtype=float)
        return np.where(self.has_followers, np.nan, counts) if len(counts) else counts


def _accounts(dataset: Dataset, plat_of, n_plat: int) -> list[set[str]]:
    """Per platform code: the accounts (normalised) that appear in the posts, comments or followers tables."""
    out: list[set[str]] = [set() for _ in range(n_plat)]
    for name in ("posts", "comments", "followers"):
        table = dataset.table(name)
        if not len(table) or not n_plat:
            continue
        (codes,), dictionary = encode(arrow(table[Posts.account]))
        plat = plat_of(name)
        ok = (codes >= 0) & (plat >= 0)
        size = len(dictionary)
        present = np.bincount(plat[ok] * size + codes[ok], minlength=n_plat * size).reshape(n_plat, size) > 0
        normed = np.asarray(norm(dictionary).to_pylist(), dtype=object)
        for i in range(n_plat):
            out[i].update(normed[present[i]].tolist())
    return out


def _manual_counts(manual: Mapping[str, SupportsFloat | str | None] | None) -> dict[str, int]:
    """Manual follower counts by platform id (lowercase); values that are not positive numbers are left out."""
    out = {}
    for plat, value in (manual or {}).items():
        if value is None:
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            continue
        if math.isfinite(number) and number > 0:
            out[str(plat).strip().lower()] = int(round(number))
    return out


def _brand_handles(brand: Mapping[str, Sequence[str]] | None) -> dict[str, tuple[str, ...]]:
    out = {}
    for plat, handles in (brand or {}).items():
        if isinstance(handles, str):
            handles = [handles]
        out[str(plat).lower()] = tuple(sorted({h.strip().lower().lstrip("@") for h in handles if h and h.strip()}))
    return out


def _daily_followers(f: pd.DataFrame, plat_code: Mapping[str, int]) -> pd.DataFrame:
    """Per platform and day: followers (accounts' totals added), gained and delta (see the module docstring).

    Each (platform, account) gets one row per day from its first row with a total or a gain to the platform's
    last such day; its last known total is carried forward over days it does not report. ``gained`` is the
    export's gain, else the change from the day before when the account reported both days; ``delta`` is the
    change of the carried totals from the day before (growth in a period adds the deltas after its first day).
    """
    empty = pd.DataFrame({"plat": np.zeros(0, np.int64), "date": pd.Series(dtype="datetime64[us]"),
                          "followers": np.zeros(0), "gained": np.zeros(0), "delta": np.zeros(0)})
    if not len(f):
        return empty
    plat = f[Followers.platform].map(plat_code).fillna(-1).astype(np.int64).to_numpy()
    fv, gv = floats(f[Followers.followers]), floats(f[Followers.gained])
    keep = (plat >= 0) & ~(np.isnan(fv) & np.isnan(gv)) & f[Followers.date].notna().to_numpy()
    if not keep.any():
        return empty
    day = f[Followers.date].to_numpy()[keep].astype("datetime64[D]").astype(np.int64)
    acc = f[Followers.account].fillna("").to_numpy(dtype=object)[keep]
    rows = pd.DataFrame({"plat": plat[keep], "acc": acc, "day": day, "f": fv[keep], "g": gv[keep]})
    # one row per (platform, account, day): values of repeated rows are added
    rows = rows.groupby(["plat", "acc", "day"], sort=True).sum(min_count=1).reset_index()
    acct = rows.groupby(["plat", "acc"], sort=True).ngroup().to_numpy()
    rplat, rday = rows["plat"].to_numpy(), rows["day"].to_numpy()
    n_acct = int(acct.max()) + 1
    start = np.full(n_acct, np.iinfo(np.int64).max)
    np.minimum.at(start, acct, rday)
    a_plat = np.zeros(n_acct, np.int64)
    a_plat[acct] = rplat
    plat_end = np.full(int(rplat.max()) + 1, np.iinfo(np.int64).min)
    np.maximum.at(plat_end, rplat, rday)
    span = plat_end[a_plat] - start + 1
    first = np.r_[0, np.cumsum(span)[:-1]]  # grid row of each account's first day
    total = int(span.sum())
    g_acct = np.repeat(np.arange(n_acct), span)
    g_day = start[g_acct] + np.arange(total) - first[g_acct]
    pos = first[acct] + rday - start[acct]
    raw = np.full(total, np.nan)
    raw[pos] = rows["f"].to_numpy(dtype=float)
    gained = np.full(total, np.nan)
    gained[pos] = rows["g"].to_numpy(dtype=float)
    last = np.maximum.accumulate(np.where(np.isnan(raw), -1, np.arange(total)))
    filled = np.where(last >= first[g_acct], raw[np.maximum(last, 0)], np.nan)
    has_prev = np.arange(total) > first[g_acct]
    prev_raw, prev_filled = np.r_[np.nan, raw[:-1]], np.r_[np.nan, filled[:-1]]
    gained = np.where(np.isnan(gained) & has_prev, raw - prev_raw, gained)
    delta = np.where(has_prev, filled - prev_filled, np.nan)
    grid = pd.DataFrame({"plat": a_plat[g_acct], "day": g_day, "followers": filled, "gained": gained, "delta": delta})
    out = grid.groupby(["plat", "day"], sort=True).sum(min_count=1).reset_index()
    out.insert(1, "date", out.pop("day").to_numpy().astype("datetime64[D]").astype("datetime64[us]"))
    return out


def prepare(dataset: Dataset, brand: Mapping[str, Sequence[str]] | None = None, *,
            manual_followers: Mapping[str, int] | None = None, coverage: Coverage | None = None) -> Prepared:
    """Do the period-independent work once, so each ``compute(prepared, period)`` is fast.

    Parameters
    ----------
    dataset
        The workspace's canonical tables.
    brand
        Handles (or ids) of the brand per platform id, from the workspace settings, e.g. ``{"x": ["@forno"]}``.
        Comments by these authors are the brand's; ``is_brand`` flags and author ids equal to the account count too.
    manual_followers
        Follower counts entered by hand per platform id (the workspace setting ``manual_followers``). A platform
        without a followers series in the data uses its count as its follower total (``followers_end`` and the
        mean followers of the per-1k rates, in every period); a real series is never overridden.
    coverage
        Per platform, the days its post exports cover (``lib.kpis.coverage.coverage`` of the imports' spans):
        continuity counts silences only there. None (or a platform left out): every day is covered.

    Returns
    -------
    Prepared
        Sorted arrays and per-thread facts; pass it to ``compute`` for any period.
    """
    with ThreadPoolExecutor(max_workers=1) as pool:  # arrow and numpy kernels that release the GIL run here
        prepared = _prepare(dataset, _brand_handles(brand), pool)
    return dataclasses.replace(prepared, manual_followers=_manual_counts(manual_followers),
                               coverage=dict(coverage or {}))


def _prepare(dataset: Dataset, handles: dict[str, tuple[str, ...]], pool: ThreadPoolExecutor) -> Prepared:
    P, C = dataset.posts, dataset.comments
    npost, n = len(P), len(C)
    encoded = {name: encode(arrow(dataset.table(name)["platform"])) for name in Dataset.TABLES}
    seen = {v for _, dictionary in encoded.values() for v in dictionary.to_pylist()}
    platforms = tuple(p for p in PLATFORMS if p in seen)
    n_plat = len(platforms)
    plat_code = {p: i for i, p in enumerate(platforms)}

    def plat_of(name: str) -> np.ndarray:
        (codes,), dictionary = encoded[name]
        lut = np.array([plat_code.get(v, -1) for v in dictionary.to_pylist()] + [-1], dtype=np.int64)
        return lut[codes]

    pplat0, cplat0 = plat_of("posts"), plat_of("comments")
    cid_a, pid_a, cpid_a = arrow(C[Comments.comment_id]), arrow(P[Posts.post_id]), arrow(C[Comments.post_id])
    # the id lookups run in the worker meanwhile
    lookups = pool.submit(lambda: (
        lookup(arrow(C[Comments.parent_id]), cid_a, cplat0, cplat0, C[Comments.platform], C[Comments.platform]),
        lookup(cpid_a, pid_a, cplat0, pplat0, C[Comments.platform], P[Posts.platform])))

    # authors: id, else name; compared with accounts and handles lowercase without "@"
    aid_a, aname_a = arrow(C[Comments.author_id]), arrow(C[Comments.author_name])
    (akey0,), who_dict = encode(pc.coalesce(aid_a, aname_a) if aid_a.null_count else aid_a)
    who_hash = string_hash(who_dict)
    akey_hash0 = np.r_[who_hash, np.uint64(0)][akey0]

    # ---- sort posts and comments by time; ties by content (ids, author, text length), so row order never matters
    pt0 = times(P[Posts.published_at])
    numeric_pid = as_int(pid_a)  # numeric ids hash faster as numbers
    pkey0 = mix((mix(numeric_pid) if numeric_pid is not None else string_hash(pid_a)) ^ pplat0.astype(np.uint64))
    post_rows = np.lexsort((pkey0, pt0)) if npost else np.zeros(0, np.int64)
    ct0 = times(C[Comments.created_at])
    tlen = byte_lengths(arrow(C[Comments.text]))
    ckey0 = mix(mix(ct0.astype(np.uint64) ^ akey_hash0) ^ (tlen.astype(np.uint64) * np.uint64(31) + cplat0.astype(np.uint64)))
    comment_rows = time_order(ct0, ckey0)
    o = comment_rows
    inv_o = np.empty(n, np.int64)
    inv_o[o] = np.arange(n)
    inv_p = np.empty(npost, np.int64)
    inv_p[post_rows] = np.arange(npost)
    cplat, ct, ckey, akey = cplat0[o], ct0[o], ckey0[o], akey0[o]

    # ---- brand flags
    brand_flag = C[Comments.is_brand].fillna(False).to_numpy(dtype=bool)[o] if n else np.zeros(0, bool)
    if n:
        # an author id equal to its row's account is covered: every account of the platform is a brand name
        names_by_plat = _accounts(dataset, plat_of, n_plat)
        for i, p in enumerate(platforms):
            names_by_plat[i] |= set(handles.get(p, ()))
        if any(names_by_plat):
            # compare on dictionaries of the values, normalised, per platform (no loop over rows)
            (name_code,), name_dict = encode(aname_a)
            key_tab = np.zeros((n_plat, len(who_dict) + 1), bool)  # [platform, dictionary code (last: null)]
            name_tab = np.zeros((n_plat, len(name_dict) + 1), bool)
            nkey, nname = norm(who_dict), norm(name_dict)
            for i, names in enumerate(names_by_plat):
                if names:
                    vs = pa.array(sorted(names), type=pa.large_string())
                    key_tab[i, :-1] = pc.fill_null(pc.is_in(nkey, value_set=vs), False).to_numpy(zero_copy_only=False)
                    name_tab[i, :-1] = pc.fill_null(pc.is_in(nname, value_set=vs), False).to_numpy(zero_copy_only=False)
            hit = key_tab[cplat0, akey0] | name_tab[cplat0, name_code]
            brand_flag |= hit[o]

    parent0, cpost0 = lookups.result()
    pplat = pplat0[post_rows]
    rows = np.arange(n)
    parent_row = np.where(parent0[o] >= 0, inv_o[np.maximum(parent0[o], 0)], rows) if n else rows
    root = parent_row.copy()
    for _ in range(40):
        nxt = root[root]
        if np.array_equal(nxt, root):
            break
        root = nxt
    is_root = root == rows

    # post of each comment: its own, else its root's (row in the sorted posts, -1 when absent)
    own_post = np.where(cpost0[o] >= 0, inv_p[np.maximum(cpost0[o], 0)], -1) if n and npost else np.full(n, -1, np.int64)
    cpost = np.where(own_post >= 0, own_post, own_post[root]) if n else own_post
    # distinct "post" for returning commenters: the post row, for posts missing from the data a code of their
    # (platform, id), else the thread
    cpk = own_post.copy()
    missing = np.flatnonzero((own_post < 0) & pc.is_valid(cpid_a).to_numpy(zero_copy_only=False)[o]) if n \
        else np.zeros(0, np.int64)
    if missing.size:
        (mcodes,), _ = encode(cpid_a.take(pa.array(o[missing])))
        cpk[missing] = npost + pair_key(cplat[missing], mcodes, n_plat)
    cpk = np.where(cpk >= 0, cpk, cpk[root]) if n else cpk
    big = int(cpk.max()) + 1 if n and cpk.max() >= 0 else 0
    postkey = np.where(cpk >= 0, cpk, big + root)

    # ---- authors (per platform): dense codes of (platform, author key), first row (in time order) of each
    acode = pair_key(cplat, akey, n_plat)
    valid = acode >= 0
    present = np.bincount(acode[valid], minlength=len(who_dict) * n_plat) > 0
    n_auth = int(present.sum())
    author = np.where(valid, (np.cumsum(present) - 1)[np.maximum(acode, 0)], -1) if n_auth else np.full(n, -1, np.int64)
    vrows = np.full(n_auth, n, np.int64)
    np.minimum.at(vrows, author[valid], rows[valid])

    # (audience author, post) pairs, factorised in the worker: distinct posts per commenter become a bincount
    aud_rows = ~brand_flag & (author >= 0)
    span = int(postkey.max()) + 1 if n else 1
    pairs = pool.submit(pd.factorize, author[aud_rows] * span + postkey[aud_rows])

    a_brand = np.bincount(author[valid], weights=brand_flag[valid], minlength=n_auth) > 0
    aud = ~a_brand
    a_hash = mix(who_hash[akey[vrows]] ^ cplat[vrows].astype(np.uint64)) if n_auth else np.zeros(0, np.uint64)
    first = np.lexsort((a_hash, ct[vrows]))  # order of first appearance (time, then content hash): no row order
    order_all = np.empty(n_auth, np.int64)
    order_all[first] = np.arange(n_auth)
    first_rank = np.zeros(n_auth, np.int64)  # audience authors numbered 1, 2, ... in that order
    first_aud = aud[first]
    first_rank[first[first_aud]] = np.arange(1, int(first_aud.sum()) + 1)
    src = o[vrows]
    ids, names = aid_a.take(src), aname_a.take(src)
    shown = pc.coalesce(names, ids)
    large = pa.large_string()
    pseudo = pc.if_else(pa.array(aud), pc.binary_join_element_wise(
        pa.scalar("Commenter ", large), pc.cast(pa.array(first_rank), large), pa.scalar("", large)), shown)
    authors = pd.DataFrame({
        "platform": str_series(pc.take(pa.array(platforms, large), pa.array(cplat[vrows]))),
        "author_id": str_series(ids), "author_name": str_series(names), "author_pseudonym": str_series(pseudo),
        "is_brand": a_brand, "plat": cplat[vrows], "first_seen": order_all,
    })
    # ---- per-thread facts (stored on each root row)
    after_root = ct >= ct[root] if n else np.zeros(0, bool)
    brep = brand_flag & ~is_root & after_root
    first_brand = np.full(n, NO_TIME, np.int64)
    if brep.any():
        u, fi = np.unique(root[brep], return_index=True)  # rows are in time order: first occurrence = earliest
        first_brand[u] = ct[brep][fi]
    size = np.bincount(root, minlength=n) if n else np.zeros(0, np.int64)
    aud_after = ~brand_flag & (ct > first_brand[root]) if n else np.zeros(0, bool)
    dialogue = np.zeros(n, bool)
    dialogue[root[aud_after]] = True
    top_level = C[Comments.parent_id].isna().to_numpy()[o] if n else np.zeros(0, bool)

    subst = floats(C[Comments.is_substantive])[o]
    pair = np.full(n, -1, np.int64)
    pair_codes, pair_uniques = pairs.result()
    pair[aud_rows] = pair_codes
    pair_author = (np.asarray(pair_uniques) // span).astype(np.int64)
    flags = (brand_flag * F_BRAND + is_root * F_ROOT + (first_brand != NO_TIME) * F_ANSWERED + dialogue * F_DIALOGUE
             + ~np.isnan(subst) * F_SUBST_KNOWN + (subst == 1) * F_SUBST)
    comments = pd.DataFrame({
        "plat": cplat, "t": ct, "brand": brand_flag, "author": author, "post": cpost, "postkey": postkey,
        "root": root, "is_root": is_root, "top_level": top_level, "first_brand": first_brand, "size": size,
        "dialogue": dialogue, "subst": subst, "hash": ckey, "pair": pair, "pflags": cplat * N_FLAGS + flags,
        "root_size": np.where(is_root, size, 0).astype(float),
    }, copy=False)

    # ---- posts: metrics as floats (NaN unknown), comment counts completed from threads
    has_comments = np.bincount(cplat[cplat >= 0], minlength=n_plat) > 0 if n_plat else np.zeros(0, bool)
    metrics = {m: floats(P[getattr(Posts, m)])[post_rows] for m in POST_METRICS}
    in_data = np.bincount(cpost[cpost >= 0], minlength=npost).astype(float)
    fill = np.isnan(metrics["comments"]) & (has_comments[pplat] if npost and n_plat else False)
    metrics["comments"] = np.where(fill, in_data, metrics["comments"])
    parts = np.vstack([metrics[m] for m in INTERACTION_PARTS]) if npost else np.zeros((4, 0))
    with np.errstate(invalid="ignore"):
        interactions = np.where(np.isnan(parts).all(axis=0), np.nan, np.nansum(parts, axis=0)) if npost else np.zeros(0)
    posts = pd.DataFrame({"plat": pplat, "t": pt0[post_rows], **metrics, "interactions": interactions,
                          "question": floats(P[Posts.is_question])[post_rows],
                          "brand_replies": np.bincount(cpost[(cpost >= 0) & brand_flag], minlength=npost),
                          "threads": np.bincount(cpost[(cpost >= 0) & is_root], minlength=npost),
                          "comments_in_data": in_data, "hash": pkey0[post_rows]}, copy=False)
    known = {m: (np.bincount(pplat[~np.isnan(metrics[m])], minlength=n_plat) > 0) for m in POST_METRICS}
    known["interactions"] = np.bincount(pplat[~np.isnan(interactions)], minlength=n_plat) > 0
    # ---- followers per platform per day: each account's series first, then added across accounts
    followers = _daily_followers(dataset.followers, plat_code)
    has_followers = np.bincount(followers["plat"][followers["followers"].notna()], minlength=n_plat) > 0

    tr = dataset.traffic
    traffic = pd.DataFrame({"plat": plat_of("traffic"), "date": tr[Traffic.date].to_numpy(),
                            **{k: floats(tr[k]) for k in (Traffic.sessions, Traffic.engaged_sessions, Traffic.conversions, Traffic.revenue)}})
    social = traffic["plat"].isin([plat_code[p] for p in platforms if p != "other"])
    traffic = traffic[social].sort_values("date", kind="stable", ignore_index=True)
    has_traffic = np.bincount(traffic["plat"], minlength=n_plat) > 0

    return Prepared(
        dataset=dataset, brand=handles, platforms=platforms, posts=posts, comments=comments, authors=authors,
        followers=followers, traffic=traffic, has_posts=np.bincount(pplat, minlength=n_plat) > 0,
        has_comments=has_comments, has_followers=has_followers, has_traffic=has_traffic, known=known,
        comment_rows=comment_rows, post_rows=post_rows, pair_author=pair_author,
    )
