"""The list-like KPIs of a period as DataFrames (``KpiReport.tables``), built from a computed window.

Tables and columns (current period only):

- ``brand_response_time_histogram``: bucket (<1 h, 1-4 h, 4-24 h, 1-3 d, >3 d), comments, share
- ``thread_depth_distribution``: comments_per_thread (1, 2, 3, 4-5, 6-10, >10), threads, share
- ``conversation_starts``: weekday (0 = Monday), hour (local), threads (audience thread roots)
- ``commenters``: rank, platform, author_id, author_name, author_pseudonym, comments, posts, substantive, tribe
- ``lorenz``: commenters_share, comments_share (at most 101 points)
- ``comment_examples``: platform, created_at, author_name, author_pseudonym, text, substantive (5 + 5, by hash)
- ``posts_ranked``: rank, platform, post_id, published_at, post_type, text, permalink, comments, reactions,
  shares, saves, interactions, conversation_share, threads, brand_replies, is_question (most comments first)
- ``post_types``: platform, post_type, posts, comments, interactions, conversation_rate_per_post,
  conversation_share
- ``question_vs_statement``: kind (question / statement), posts, comments, mean_comments
- ``daily``: date, platform, followers, gained, interactions, posts (every day of the period x platform)
- ``follower_spike_days``: platform, date, gained, threshold, interactions, interactions_threshold,
  round_number, reasons
- ``engagement_per_1k_followers_trend``: month, platform, posts, interactions, mean_followers,
  engagement_per_1k_followers
- ``scale_curve``: month, platform, mean_followers, brand_response_rate, conversation_rate_per_1k_followers
- ``traffic_by_platform``: platform, sessions, engaged_sessions, conversions, revenue, posts, sessions_per_post
- ``channel_scorecard``: platform, posts, followers_end, conversation_rate_per_1k_followers, conversation_share,
  brand_response_rate, substantive_comment_share, sessions, conversions, sessions_per_post, signals_met,
  signals_available, verdict (keep / rethink / None), verdict_reason
- ``audience_languages``: language (ISO 639-1 or "unknown"), language_name, comments, share;
  ``brand_languages``: language, language_name, posts, share (most first);
  ``language_comparison``: language, language_name, audience_share, brand_share (see ``LanguageComparison``)

The classes of ``columns`` (``Daily.followers``, ``ChannelScorecard.verdict``, ...), importable from here, name
these columns; ``COLUMNS`` maps each table name to its class. ``channel_scorecard.verdict_reason`` is a coded
reason: ``lib.kpis.texts.reason_text`` gives it in English or Italian.

One module per page area builds its tables (``conversations``, ``community``, ``content``, ``audience``,
``channels``, ``languages``); ``build`` runs them in that order.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from lib.kpis.tables import audience, channels, community, content, conversations, languages
from lib.kpis.tables.columns import (
    ALL,
    COLUMNS,
    AudienceLanguages,
    BrandLanguages,
    ChannelScorecard,
    Commenters,
    CommentExamples,
    ConversationStarts,
    Daily,
    EngagementTrend,
    LanguageComparison,
    Lorenz,
    PostsRanked,
    PostTypes,
    QuestionVsStatement,
    ResponseTimeHistogram,
    ScaleCurve,
    SpikeDays,
    ThreadDepth,
    TrafficByPlatform,
)
from lib.kpis.tables.community import MENTION
from lib.kpis.texts import reason
from lib.kpis.window import R_THREADS, _Window

__all__ = [
    "ALL", "COLUMNS", "MENTION", "MENTIONS", "AudienceLanguages", "BrandLanguages", "ChannelScorecard",
    "CommentExamples", "Commenters", "ConversationStarts", "Daily", "EngagementTrend", "LanguageComparison",
    "Lorenz", "PostTypes", "PostsRanked", "QuestionVsStatement", "ResponseTimeHistogram", "ScaleCurve", "SpikeDays",
    "ThreadDepth", "TrafficByPlatform", "build", "start_languages",
]

#: extras key: lowercase @handle (without "@") of an audience author mentioned in a table's text -> pseudonym
MENTIONS = "mention_pseudonyms"
start_languages = languages.start


def build(w: _Window, overall: dict, by_platform: dict, finish_languages: languages.Finish | None = None
          ) -> tuple[dict[str, pd.DataFrame], dict, list[str], dict]:
    """Every table of the period, extras for the findings, notes (sampling), and reasons for empty KPI tables.

    ``finish_languages`` is what ``start_languages(w)`` returned (started early so detection overlaps the rest).
    """
    if finish_languages is None:
        finish_languages = start_languages(w)
    names = np.array(w.prep.platforms, dtype=object)
    tables: dict[str, pd.DataFrame] = {}
    extras: dict = {}
    notes: list[str] = []
    reasons: dict[str, str] = {}

    conversations.add(w, tables, reasons)
    community.add(w, names, tables, extras, reasons)
    content.add(w, names, tables)
    audience.add(w, names, tables, reasons)
    channels.add(w, names, by_platform, tables, reasons)

    aud_langs, brand_langs, sample_note = finish_languages()
    tables["audience_languages"] = aud_langs
    tables["brand_languages"] = brand_langs
    tables["language_comparison"] = languages.comparison(aud_langs, brand_langs)
    if sample_note:
        notes.append(sample_note)
    if not w.prep.has_comments.any():
        reasons["audience_languages"] = R_THREADS
    elif aud_langs.empty:
        reasons["audience_languages"] = reason("no_substantive")

    extras[MENTIONS] = community.mention_pseudonyms(w.prep, tables)
    if overall.get("comments") is not None and overall.get("reactions"):
        extras["comments_per_100_reactions"] = 100.0 * overall["comments"] / overall["reactions"]
    return tables, extras, notes, reasons
