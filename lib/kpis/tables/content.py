"""Content tables: every post ranked by the conversation it started, post types, questions against statements."""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.kpis.window import _Window


def add(w: _Window, names: np.ndarray, tables: dict[str, pd.DataFrame]) -> None:
    """``posts_ranked``, ``post_types`` and ``question_vs_statement``."""
    prep = w.prep
    ps = w.posts
    inter = ps["interactions"].to_numpy()
    conv_share = np.where(inter > 0, ps["comments"].to_numpy() / np.where(inter > 0, inter, 1), np.nan)
    cm_ = ps["comments"].to_numpy()
    order = np.lexsort((ps["hash"].to_numpy(), ps["t"].to_numpy(), -np.nan_to_num(conv_share, nan=-1.0),
                        -np.nan_to_num(cm_, nan=-1.0)))  # most comments first, then conversation share, then time
    ps = ps.iloc[order]
    conv_share = conv_share[order]
    rows = ps.index.to_numpy()
    ranked = pd.DataFrame({
        "platform": names[ps["plat"].to_numpy()] if len(ps) else np.array([], dtype=object),
        "post_id": prep.values("posts", rows, "post_id"), "published_at": prep.values("posts", rows, "published_at"),
        "post_type": prep.values("posts", rows, "post_type"), "text": prep.values("posts", rows, "text"),
        "permalink": prep.values("posts", rows, "permalink"),
        "comments": ps["comments"].to_numpy(), "reactions": ps["reactions"].to_numpy(),
        "shares": ps["shares"].to_numpy(), "saves": ps["saves"].to_numpy(),
        "interactions": ps["interactions"].to_numpy(), "conversation_share": conv_share,
        "threads": ps["threads"].to_numpy(), "brand_replies": ps["brand_replies"].to_numpy(),
        "is_question": ps["question"].to_numpy() == 1})
    ranked.insert(0, "rank", np.arange(1, len(ranked) + 1))
    tables["posts_ranked"] = ranked
    tables["post_types"] = _post_types(ranked)
    tables["question_vs_statement"] = _question_vs_statement(ps)


def _post_types(ranked: pd.DataFrame) -> pd.DataFrame:
    pt = ranked.assign(post_type=ranked["post_type"].fillna("unknown"),
                       _ck=ranked["comments"].notna(), _ik=ranked["interactions"].notna(),
                       _cs_den=ranked["interactions"].where(ranked["comments"].notna()))
    grp = pt.groupby(["platform", "post_type"], sort=True, observed=True).agg(
        posts=("rank", "size"), comments=("comments", "sum"), posts_with_comments=("_ck", "sum"),
        interactions=("interactions", "sum"), cs_den=("_cs_den", "sum")).reset_index()
    grp["conversation_rate_per_post"] = grp["comments"] / grp["posts_with_comments"].where(grp["posts_with_comments"] > 0)
    grp["conversation_share"] = grp["comments"] / grp["cs_den"].where(grp["cs_den"] > 0)
    return grp.drop(columns=["cs_den", "posts_with_comments"])


def _question_vs_statement(ps: pd.DataFrame) -> pd.DataFrame:
    q = ps["question"].to_numpy()
    cm = ps["comments"].to_numpy()
    rows = []
    for label, mask in (("question", q == 1), ("statement", q == 0)):
        known = mask & ~np.isnan(cm)
        rows.append({"kind": label, "posts": int(mask.sum()), "comments": float(np.nansum(cm[known])),
                     "mean_comments": float(cm[known].mean()) if known.any() else np.nan})
    return pd.DataFrame(rows)
