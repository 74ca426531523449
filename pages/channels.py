"""Channels: the scorecard with a keep/rethink verdict per platform, and website traffic and revenue per channel."""

from __future__ import annotations

import streamlit as st

from lib import charts
from lib.advice.verdicts import kept_for_visits
from lib.kpis.tables import ChannelScorecard as Card
from lib.kpis.tables import TrafficByPlatform as Traffic
from pages import _shared as S
from pages._shared import advice as A

KEEP_VISITS = "keep_visits"
TRAFFIC = ("social_sessions", "social_conversions", "social_revenue", "sessions_per_post")


def _scorecard(rep) -> None:
    st.subheader(S.tr("channels.scorecard"))
    frame = S.table_or_note(rep, "channel_scorecard")
    if frame is None:
        return
    frame = frame.copy()
    frame[Card.verdict] = frame[Card.verdict].fillna("unknown").astype(str)
    # weak for conversation, strong for visits: the advice keeps it, and so does the scorecard shown here
    frame.loc[frame[Card.platform].isin(kept_for_visits(rep)), Card.verdict] = KEEP_VISITS
    labels = {v: S.tr(f"verdict.{v}") for v in frame[Card.verdict].unique()}
    frame[Card.verdict_reason] = frame[Card.verdict_reason].map(S.reason_text)  # lib's coded reason, translated
    frame = frame.drop(columns=[Card.signals_met, Card.signals_available])
    S.safe_chart(charts.verdict_bars, frame, need="conversation_rate_per_1k_followers", platform=Card.platform, value=Card.conversation_rate_per_1k_followers,
                 verdict=Card.verdict, verdict_labels=labels, middle=KEEP_VISITS, x_title="",
                 y_title=S.describe("conversation_rate_per_1k_followers").label, verdict_title=S.tr("col.verdict"))
    frame[Card.verdict] = frame[Card.verdict].map(lambda v: labels.get(v, v))
    S.show_table(S.by_platform(frame))


def _traffic(rep) -> None:
    st.subheader(S.tr("channels.traffic"))
    S.metric_row(rep, TRAFFIC)
    frame = rep.tables.get("traffic_by_platform")
    if frame is None or not len(frame):
        S.table_or_note(rep, "traffic_by_platform", "social_sessions")
        return
    S.safe_chart(charts.bar, frame, Traffic.platform, Traffic.sessions, x_title="", y_title=S.tr("col.sessions"),
                 fallback=None)
    table = frame.copy()  # under the chart at full width: beside it, its columns would hide behind a scroll
    table[Traffic.platform] = table[Traffic.platform].map(S.platform_label)
    S.show_table(table)


def body() -> None:
    S.page_title("channels.title")
    got = S.require_report()
    if got is None:
        return
    _sel, rep = got
    A.verdicts_for_page(_sel, rep, "channels")
    _scorecard(rep)
    _traffic(rep)


S.ensure_shell()
body()
