"""Column names of every table of ``KpiReport.tables``, as class attributes like ``lib.schema.Posts``.

``COLUMNS`` maps each table name to its class; ``ALL`` is the ``platform`` of the rows that pool the platforms in
the monthly tables.
"""

from __future__ import annotations

ALL = "all"


class _Columns:
    """Column names of one table, in order (``columns()``), as class attributes like ``lib.schema.Posts``."""

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        return tuple(v for k, v in vars(cls).items() if not k.startswith("_") and isinstance(v, str))


class ResponseTimeHistogram(_Columns):
    """``brand_response_time_histogram``."""

    bucket = "bucket"
    comments = "comments"
    share = "share"


class ThreadDepth(_Columns):
    """``thread_depth_distribution``."""

    comments_per_thread = "comments_per_thread"
    threads = "threads"
    share = "share"


class ConversationStarts(_Columns):
    """``conversation_starts``."""

    weekday = "weekday"
    hour = "hour"
    threads = "threads"


class Commenters(_Columns):
    """``commenters``."""

    rank = "rank"
    platform = "platform"
    author_id = "author_id"
    author_name = "author_name"
    author_pseudonym = "author_pseudonym"
    comments = "comments"
    posts = "posts"
    substantive = "substantive"
    tribe = "tribe"


class Lorenz(_Columns):
    """``lorenz``."""

    commenters_share = "commenters_share"
    comments_share = "comments_share"


class CommentExamples(_Columns):
    """``comment_examples``."""

    platform = "platform"
    created_at = "created_at"
    author_name = "author_name"
    author_pseudonym = "author_pseudonym"
    text = "text"
    substantive = "substantive"


class PostsRanked(_Columns):
    """``posts_ranked``."""

    rank = "rank"
    platform = "platform"
    post_id = "post_id"
    published_at = "published_at"
    post_type = "post_type"
    text = "text"
    permalink = "permalink"
    comments = "comments"
    reactions = "reactions"
    shares = "shares"
    saves = "saves"
    interactions = "interactions"
    conversation_share = "conversation_share"
    threads = "threads"
    brand_replies = "brand_replies"
    is_question = "is_question"


class PostTypes(_Columns):
    """``post_types``."""

    platform = "platform"
    post_type = "post_type"
    posts = "posts"
    comments = "comments"
    interactions = "interactions"
    conversation_rate_per_post = "conversation_rate_per_post"
    conversation_share = "conversation_share"


class QuestionVsStatement(_Columns):
    """``question_vs_statement``; ``kind`` is "question" or "statement"."""

    kind = "kind"
    posts = "posts"
    comments = "comments"
    mean_comments = "mean_comments"


class Daily(_Columns):
    """``daily``."""

    date = "date"
    platform = "platform"
    followers = "followers"
    gained = "gained"
    interactions = "interactions"
    posts = "posts"


class SpikeDays(_Columns):
    """``follower_spike_days``."""

    platform = "platform"
    date = "date"
    gained = "gained"
    threshold = "threshold"
    interactions = "interactions"
    interactions_threshold = "interactions_threshold"
    round_number = "round_number"
    reasons = "reasons"


class EngagementTrend(_Columns):
    """``engagement_per_1k_followers_trend`` (rows with ``platform == ALL`` pool the platforms)."""

    month = "month"
    platform = "platform"
    posts = "posts"
    interactions = "interactions"
    mean_followers = "mean_followers"
    engagement_per_1k_followers = "engagement_per_1k_followers"


class ScaleCurve(_Columns):
    """``scale_curve`` (rows with ``platform == ALL`` pool the platforms)."""

    month = "month"
    platform = "platform"
    mean_followers = "mean_followers"
    brand_response_rate = "brand_response_rate"
    conversation_rate_per_1k_followers = "conversation_rate_per_1k_followers"


class TrafficByPlatform(_Columns):
    """``traffic_by_platform``."""

    platform = "platform"
    sessions = "sessions"
    engaged_sessions = "engaged_sessions"
    conversions = "conversions"
    revenue = "revenue"
    posts = "posts"
    sessions_per_post = "sessions_per_post"


class ChannelScorecard(_Columns):
    """``channel_scorecard``; ``verdict_reason`` is a coded reason (``lib.kpis.texts.reason_text`` translates it)."""

    platform = "platform"
    posts = "posts"
    followers_end = "followers_end"
    conversation_rate_per_1k_followers = "conversation_rate_per_1k_followers"
    conversation_share = "conversation_share"
    brand_response_rate = "brand_response_rate"
    substantive_comment_share = "substantive_comment_share"
    sessions = "sessions"
    conversions = "conversions"
    sessions_per_post = "sessions_per_post"
    signals_met = "signals_met"
    signals_available = "signals_available"
    verdict = "verdict"
    verdict_reason = "verdict_reason"


class AudienceLanguages(_Columns):
    """``audience_languages`` (most comments first)."""

    language = "language"
    language_name = "language_name"
    comments = "comments"
    share = "share"


class BrandLanguages(_Columns):
    """``brand_languages`` (most posts first)."""

    language = "language"
    language_name = "language_name"
    posts = "posts"
    share = "share"


class LanguageComparison(_Columns):
    """``language_comparison``: the audience's languages beside the brand's, at most
    ``lib.kpis.tables.languages.TOP_LANGUAGES`` rows, ranked by audience share, then brand share."""

    language = "language"
    language_name = "language_name"
    audience_share = "audience_share"
    brand_share = "brand_share"


#: table name -> its columns class
COLUMNS: dict[str, type[_Columns]] = {
    "brand_response_time_histogram": ResponseTimeHistogram, "thread_depth_distribution": ThreadDepth,
    "conversation_starts": ConversationStarts, "commenters": Commenters, "lorenz": Lorenz,
    "comment_examples": CommentExamples, "posts_ranked": PostsRanked, "post_types": PostTypes,
    "question_vs_statement": QuestionVsStatement, "daily": Daily, "follower_spike_days": SpikeDays,
    "engagement_per_1k_followers_trend": EngagementTrend, "scale_curve": ScaleCurve,
    "traffic_by_platform": TrafficByPlatform, "channel_scorecard": ChannelScorecard,
    "audience_languages": AudienceLanguages, "brand_languages": BrandLanguages,
    "language_comparison": LanguageComparison,
}
