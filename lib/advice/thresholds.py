"""The documented thresholds of the verdicts (docs/ADVICE.md prints this table; a test keeps them in step).

A signal is *good* at or beyond ``good``, *act* beyond ``act`` on the bad side, *watch* in between. "Beyond" follows
the KPI's direction in ``lib.kpis.catalog`` (for response time and gaps, lower is better). A worsening against the
comparison period of at least ``worse_by`` (percentage points for rates, ``worse_by_relative`` of the previous
value otherwise) lowers the status one step (good -> watch, watch -> act).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Signal:
    area: str
    kpi: str
    good: float
    act: float
    worse_by: float | None = None  # absolute change (rates: 0.10 = 10 percentage points)
    worse_by_relative: float | None = None  # relative change (0.5 = 50% worse than the previous value)


#: area -> its signals, in the order they are judged; the verdict is the worst of the available signals, and the
#: first signal with that status decides it.
SIGNALS: tuple[Signal, ...] = (
    Signal("conversation", "networking_index", good=0.5, act=0.2, worse_by=0.15),
    Signal("conversation", "conversation_share", good=0.05, act=0.02, worse_by=0.02),
    Signal("responsiveness", "brand_response_rate", good=0.6, act=0.4, worse_by=0.10),
    Signal("responsiveness", "brand_response_time_median_h", good=4.0, act=24.0, worse_by_relative=0.5),
    Signal("community", "returning_commenter_share", good=0.2, act=0.1, worse_by=0.05),
    Signal("community", "substantive_comment_share", good=0.5, act=0.3, worse_by=0.10),
    Signal("continuity", "active_week_share", good=0.8, act=0.6, worse_by=0.15),
    Signal("continuity", "longest_gap_days", good=7.0, act=21.0),
    Signal("authenticity", "hollow_growth", good=0.1, act=0.3),
)

#: channels: a "rethink" channel with at least this share of the posts is an "act"; one that brings at least its
#: share of the posts in website visits is kept for the visits ("watch").
CHANNEL_POSTS_SHARE_ACT = 0.2
#: in-period trend of the response rate (when the comparison period has no value): mean of the first and of the
#: last ``TREND_MONTHS`` months of the scale curve, with at least ``TREND_MIN_MONTHS`` months in the period.
TREND_MONTHS = 3
TREND_MIN_MONTHS = 4
#: targets of "done" when the workspace has no goal for the KPI
DEFAULT_TARGETS: dict[str, float] = {"brand_response_rate": 0.6, "brand_response_time_median_h": 4.0,
                                     "conversation_share": 0.05}
#: ask_questions fires when question posts get at least this lift and are fewer than this share of the posts
QUESTION_LIFT_MIN = 1.2
QUESTION_SHARE_MAX = 0.33
#: ask_questions' expected effect: this share of the other posts asking a question instead
QUESTION_CONVERT_SHARE = 0.25
MAX_ACTIONS = 5
