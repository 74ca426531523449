"""Channel tables: website traffic per platform and the channel scorecard (keep or rethink each platform)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from lib.kpis.tables.columns import ChannelScorecard
from lib.kpis.texts import reason
from lib.kpis.window import R_POSTS, R_TRAFFIC, SCORECARD_THRESHOLDS, _Window


def add(w: _Window, names: np.ndarray, by_platform: dict, tables: dict[str, pd.DataFrame], reasons: dict) -> None:
    """``traffic_by_platform`` and ``channel_scorecard`` (from the per-platform scalars ``by_platform``)."""
    prep = w.prep
    tr = w.traffic
    tg = tr.groupby("plat").agg(sessions=("sessions", "sum"), engaged_sessions=("engaged_sessions", "sum"),
                                conversions=("conversions", "sum"), revenue=("revenue", "sum")).reset_index()
    tg["platform"] = names[tg["plat"].to_numpy()] if len(tg) else np.array([], dtype=object)
    tg["posts"] = w.grid_posts.sum(axis=1)[tg["plat"].to_numpy()] if len(tg) else np.array([], dtype=int)
    tg["sessions_per_post"] = tg["sessions"] / tg["posts"].where(tg["posts"] > 0)
    tables["traffic_by_platform"] = tg[["platform", "sessions", "engaged_sessions", "conversions", "revenue", "posts",
                                        "sessions_per_post"]]
    tables["channel_scorecard"] = scorecard(by_platform)
    if not prep.has_traffic.any():
        reasons.setdefault("traffic_by_platform", R_TRAFFIC)
    if not prep.has_posts.any() and not prep.has_comments.any():
        reasons["channel_scorecard"] = R_POSTS


def scorecard(by_platform: dict) -> pd.DataFrame:
    rows = []
    for p, v in by_platform.items():
        signals = {k: v.get(k) for k in SCORECARD_THRESHOLDS}
        avail = {k: x for k, x in signals.items() if x is not None}
        met = [k for k, x in avail.items() if x >= SCORECARD_THRESHOLDS[k]]
        missed = [k for k in avail if k not in met]
        if len(avail) < 2:
            verdict, why = None, reason("verdict_no_data")
        elif len(met) >= math.ceil(len(avail) / 2):
            verdict, why = "keep", reason("verdict_keep", kpis=met)
        else:
            verdict, why = "rethink", reason("verdict_rethink", kpis=missed)
        rows.append({"platform": p, "posts": v.get("posts"), "followers_end": v.get("followers_end"),
                     "conversation_rate_per_1k_followers": v.get("conversation_rate_per_1k_followers"),
                     "conversation_share": v.get("conversation_share"),
                     "brand_response_rate": v.get("brand_response_rate"),
                     "substantive_comment_share": v.get("substantive_comment_share"),
                     "sessions": v.get("social_sessions"), "conversions": v.get("social_conversions"),
                     "sessions_per_post": v.get("sessions_per_post"),
                     "signals_met": len(met), "signals_available": len(avail), "verdict": verdict,
                     "verdict_reason": why})
    out = pd.DataFrame(rows, columns=list(ChannelScorecard.columns()))
    # object dtype keeps the coded reasons (a string column would keep only their English sentences)
    out[ChannelScorecard.verdict_reason] = pd.Series([row["verdict_reason"] for row in rows], dtype=object)
    return out

