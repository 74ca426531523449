"""One entry per KPI of KPIS.md: its key, kind (how to format it), direction, area, and its texts.

Pages, charts, the workbook and the CLI read labels and explanations from here, never from elsewhere.
Texts are per language (``en``, ``it``) and filled in ``lib/kpis/texts.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["count", "rate", "ratio", "hours", "days", "money", "index", "table"]
Direction = Literal["up", "down", "neutral"]  # which way is "better"
Area = Literal["quantity", "kaushik", "conversation", "community", "continuity", "authenticity", "scale", "channels"]


@dataclass(frozen=True)
class KpiInfo:
    key: str
    kind: Kind
    direction: Direction
    area: Area
    quality: bool  # True: a quality KPI (the headline); False: quantity, shown for contrast


def _k(key: str, kind: Kind, direction: Direction, area: Area, quality: bool = True) -> KpiInfo:
    return KpiInfo(key, kind, direction, area, quality)


KPIS: tuple[KpiInfo, ...] = (
    # quantity
    _k("posts", "count", "neutral", "quantity", False),
    _k("followers_end", "count", "up", "quantity", False),
    _k("follower_growth", "count", "up", "quantity", False),
    _k("impressions", "count", "up", "quantity", False),
    _k("reach", "count", "up", "quantity", False),
    _k("reactions", "count", "up", "quantity", False),
    _k("comments", "count", "up", "quantity", False),
    _k("shares", "count", "up", "quantity", False),
    _k("saves", "count", "up", "quantity", False),
    _k("interactions", "count", "up", "quantity", False),
    # Kaushik's four
    _k("conversation_rate_per_post", "ratio", "up", "kaushik"),
    _k("amplification_rate_per_post", "ratio", "up", "kaushik"),
    _k("applause_rate_per_post", "ratio", "up", "kaushik", False),
    _k("conversation_rate_per_1k_followers", "ratio", "up", "kaushik"),
    _k("amplification_rate_per_1k_followers", "ratio", "up", "kaushik"),
    _k("applause_rate_per_1k_followers", "ratio", "up", "kaushik", False),
    _k("economic_value", "count", "up", "kaushik"),
    # conversation, not broadcasting
    _k("conversation_share", "rate", "up", "conversation"),
    _k("engagement_rate_by_reach", "rate", "up", "conversation"),
    _k("silent_post_share", "rate", "down", "conversation"),
    _k("question_post_lift", "ratio", "up", "conversation"),
    _k("brand_response_rate", "rate", "up", "conversation"),
    _k("brand_response_time_median_h", "hours", "down", "conversation"),
    _k("brand_response_time_p90_h", "hours", "down", "conversation"),
    _k("brand_response_time_histogram", "table", "neutral", "conversation"),
    _k("networking_index", "index", "up", "conversation"),
    _k("thread_depth_mean", "ratio", "up", "conversation"),
    _k("dialogue_thread_share", "rate", "up", "conversation"),
    # community
    _k("unique_commenters", "count", "up", "community"),
    _k("returning_commenter_share", "rate", "up", "community"),
    _k("tribe_size", "count", "up", "community"),
    _k("top10_commenter_share", "rate", "neutral", "community"),
    _k("commenter_gini", "index", "neutral", "community"),
    _k("substantive_comment_share", "rate", "up", "community"),
    _k("audience_languages", "table", "neutral", "community"),
    # continuity
    _k("active_week_share", "rate", "up", "continuity"),
    _k("longest_gap_days", "days", "down", "continuity"),
    # authenticity
    _k("follower_spike_days", "table", "neutral", "authenticity"),
    _k("hollow_growth", "rate", "down", "authenticity"),  # a difference of two growth rates: shown in % and pp
    _k("engagement_per_1k_followers_trend", "table", "neutral", "authenticity"),
    # humans don't scale
    _k("scale_curve", "table", "neutral", "scale"),
    # channels and ROI
    _k("channel_scorecard", "table", "neutral", "channels"),
    _k("social_sessions", "count", "up", "channels"),
    _k("social_conversions", "count", "up", "channels"),
    _k("social_revenue", "money", "up", "channels"),
    _k("sessions_per_post", "ratio", "up", "channels"),
)

BY_KEY: dict[str, KpiInfo] = {k.key: k for k in KPIS}
SCALAR_KEYS: tuple[str, ...] = tuple(k.key for k in KPIS if k.kind != "table")
TABLE_KEYS: tuple[str, ...] = tuple(k.key for k in KPIS if k.kind == "table")

#: Which export a KPI needs (one of the UI's ``need.*`` strings): tells the user what file would make an unavailable
#: KPI available, and which table a previous period must hold for a change to mean something ("reach" is on posts).
NEEDS: dict[str, str] = {
    **{k: "comments" for k in ("brand_response_rate", "brand_response_time_median_h", "brand_response_time_p90_h",
                               "brand_response_time_histogram", "networking_index", "thread_depth_mean",
                               "dialogue_thread_share", "unique_commenters", "returning_commenter_share",
                               "tribe_size", "top10_commenter_share", "commenter_gini", "substantive_comment_share",
                               "audience_languages", "silent_post_share")},
    **{k: "followers" for k in ("followers_end", "follower_growth", "conversation_rate_per_1k_followers",
                                "amplification_rate_per_1k_followers", "applause_rate_per_1k_followers",
                                "follower_spike_days", "hollow_growth", "engagement_per_1k_followers_trend",
                                "scale_curve")},
    **{k: "reach" for k in ("reach", "engagement_rate_by_reach", "impressions")},
    **{k: "traffic" for k in ("economic_value", "social_sessions", "social_conversions", "social_revenue",
                              "sessions_per_post")},
    **{k: "posts" for k in ("posts", "reactions", "comments", "shares", "saves", "interactions",
                            "conversation_rate_per_post", "amplification_rate_per_post", "applause_rate_per_post",
                            "conversation_share", "question_post_lift", "active_week_share", "longest_gap_days")},
}
