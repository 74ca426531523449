"""Channels: the scorecard with a keep/rethink verdict per platform, and website traffic and revenue per channel."""

from __future__ import annotations

import streamlit as st

from lib import charts
from pages import _shared as S

TRAFFIC = ("social_sessions", "social_conversions", "social_revenue", "sessions_per_post")


def _first(frame, *names):
    return next((n for n in names if n in frame.columns), names[0])


def _scorecard(rep) -> None:
    st.subheader(S.tr("channels.scorecard"))
    frame = S.table_or_note(rep, "channel_scorecard")
    if frame is None:
        return
    frame = frame.copy()
    verdict = _first(frame, "verdict")
    if verdict in frame.columns:
        frame[verdict] = frame[verdict].fillna("unknown").astype(str)
    labels = {v: S.tr(f"verdict.{v}") for v in frame[verdict].unique()} if verdict in frame.columns else {}
    if {"signals_met", "signals_available"} <= set(frame.columns):
        frame["verdict_reason"] = [S.tr("channels.signals", met=int(m or 0), of=int(a or 0))
                                   for m, a in zip(frame["signals_met"], frame["signals_available"])]
        frame = frame.drop(columns=["signals_met", "signals_available"])
    S.safe_chart(charts.verdict_bars, frame, platform=_first(frame, "platform"),
                 value=_first(frame, "conversation_rate_per_1k_followers", "conversation_share"), verdict=verdict,
                 verdict_labels=labels, x_title="", y_title=S.describe("conversation_rate_per_1k_followers").label,
                 verdict_title=S.tr("col.verdict"))
    if "platform" in frame.columns:
        frame["platform"] = frame["platform"].map(S.platform_label)
    if verdict in frame.columns:
        frame[verdict] = frame[verdict].astype(str).map(lambda v: labels.get(v, v))
    S.show_table(frame)


def _traffic(rep) -> None:
    st.subheader(S.tr("channels.traffic"))
    S.metric_row(rep, TRAFFIC)
    frame = rep.tables.get("traffic_by_platform")
    if frame is None or not len(frame):
        S.table_or_note(rep, "traffic_by_platform", "social_sessions")
        return
    left, right = st.columns([3, 2], gap="large")
    with left:
        S.safe_chart(charts.bar, frame, _first(frame, "platform"), _first(frame, "sessions"), x_title="",
                     y_title=S.tr("col.sessions"), fallback=None)
    with right:
        table = frame.copy()
        if "platform" in table.columns:
            table["platform"] = table["platform"].map(S.platform_label)
        S.show_table(table)


def body() -> None:
    S.page_title("channels.title")
    got = S.require_report()
    if got is None:
        return
    _sel, rep = got
    _scorecard(rep)
    _traffic(rep)


S.ensure_shell()
body()
