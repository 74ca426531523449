"""Audience: followers against interactions, suspicious spike days, hollow growth, and whether humans scale."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lib import charts
from lib.advice import note_for
from lib.advice.verdicts import spike_kind
from lib.i18n import format as fmt
from lib.kpis.tables import ALL, Daily, EngagementTrend, ScaleCurve, SpikeDays
from pages import _shared as S
from pages._shared import advice as A
from pages._shared import notes as N

KPIS = ("followers_end", "follower_growth", "hollow_growth", "conversation_rate_per_1k_followers")


def _over_time(sel: S.Selection, rep) -> None:
    daily = rep.tables.get("daily")
    followers = daily is not None and bool(daily[Daily.followers].notna().any())
    st.subheader(S.tr("audience.over_time" if followers else "audience.interactions_over_time"))
    daily = S.table_or_note(rep, "daily", "followers_end")
    if daily is None:
        return
    S.safe_chart(charts.followers_vs_interactions, daily, date=Daily.date,
                 followers=Daily.followers, interactions=Daily.interactions,
                 followers_title=S.tr("audience.followers"), interactions_title=S.tr("audience.interactions"),
                 x_title="", fallback=None, need="followers_end", notes=N.chart_notes(sel))
    N.notes_caption(sel)


def _spikes(sel: S.Selection, rep) -> None:
    st.subheader(S.tr("audience.spikes"))
    spikes = rep.tables.get("follower_spike_days")
    daily = rep.tables.get("daily")
    if daily is None or not len(daily) or not daily[Daily.gained].notna().any():  # no daily gains: no judgement
        st.info(S.unavailable(rep.reason("follower_spike_days"), "follower_spike_days"))  # no all-clear without data
        return
    if spikes is not None and len(spikes):
        spikes = spikes.copy()
        # a platform without post figures was judged on its gains alone: its interactions are unknown, not 0
        blind = [spike_kind(rep, p, pd.Timestamp(d).date()) == "no_data"
                 for d, p in zip(spikes[SpikeDays.date], spikes[SpikeDays.platform])]
        spikes["reason"] = [S.tr("audience.reason_no_posts" if b else "audience.reason_spike")
                            + (S.tr("audience.reason_round") if r else "")
                            for b, r in zip(blind, spikes[SpikeDays.round_number].fillna(False))]
        spikes[SpikeDays.interactions] = spikes[SpikeDays.interactions].astype(float).mask(blind)
        spikes["blind"] = blind
        _, notes = N.goals_and_notes(sel.workspace)  # a spike on a noted day is explained, not suspicious
        found = [note_for(notes, pd.Timestamp(d).date(), p)
                 for d, p in zip(spikes[SpikeDays.date], spikes[SpikeDays.platform])]
        spikes["note"] = [n.text if n is not None else "" for n in found]
    S.safe_chart(charts.spike_days, daily, spikes, date=Daily.date, gained=Daily.gained, reason="reason",
                 x_title="", y_title=S.tr("audience.gained"), reason_title=S.tr("audience.reason"),
                 need="follower_spike_days", notes=N.chart_notes(sel))
    if spikes is not None and len(spikes):
        noted = int((spikes["note"] != "").sum())
        unjudged = int((spikes["blind"] & (spikes["note"] == "")).sum())
        if noted + unjudged < len(spikes):
            st.warning(S.tr("audience.spikes_found", n=len(spikes) - noted - unjudged), icon=":material/warning:")
        if unjudged:
            st.info(S.tr("audience.spikes_unjudged", n=unjudged), icon=":material/help:")
        if noted:
            st.info(S.tr("audience.spikes_noted", n=noted), icon=":material/edit_note:")
        columns = [SpikeDays.date, SpikeDays.platform, SpikeDays.gained, SpikeDays.interactions, "reason"]
        table = spikes[columns + (["note"] if noted else [])].copy()
        table[SpikeDays.platform] = table[SpikeDays.platform].map(S.platform_label)
        table[SpikeDays.date] = pd.to_datetime(table[SpikeDays.date]).dt.date
        S.show_table(table)
    else:
        st.success(S.tr("audience.no_spikes"), icon=":material/verified:")


def _need(rep, chart: str, other: str) -> str:
    """What a chart of followers and ``other`` lacks: the followers series when there is none, else ``other``'s
    export (a followers file alone has its series, not the posts or comments)."""
    return chart if fmt.is_missing(rep.value("followers_end")) else other


def _trend(sel: S.Selection, rep) -> None:
    st.subheader(S.tr("audience.trend"))
    frame = S.table_or_note(rep, "engagement_per_1k_followers_trend")
    if frame is None:
        return
    T = EngagementTrend
    per_platform = frame[frame[T.platform] != ALL]
    frame = per_platform if per_platform[T.platform].nunique() > 1 else frame[frame[T.platform] == ALL]
    colour = T.platform if frame[T.platform].nunique() > 1 else None
    S.safe_chart(charts.time_lines, frame, x=T.month, y=T.engagement_per_1k_followers,
                 colour=colour, x_title="", y_title=S.tr("audience.trend_y"), y_format=",.1f", points=True,
                 time_unit="yearmonth", need=_need(rep, "engagement_per_1k_followers_trend", "interactions"),
                 colour_title=S.tr("col.platform"), fallback=frame, notes=N.chart_notes(sel))


def _scale(rep) -> None:
    st.subheader(S.tr("audience.scale"))
    frame = S.table_or_note(rep, "scale_curve")
    if frame is None:
        return
    frame = frame[frame[ScaleCurve.platform] == ALL]
    S.safe_chart(charts.scale_curve, frame, month=ScaleCurve.month, followers=ScaleCurve.mean_followers,
                 rate=ScaleCurve.brand_response_rate, x_title=S.tr("audience.scale_x"),
                 y_title=S.tr("audience.scale_y"), month_title=S.tr("audience.month"), fallback=frame,
                 need=_need(rep, "scale_curve", "brand_response_rate"))
    st.caption(S.tr("audience.scale_caption"))


def body() -> None:
    S.page_title("audience.title")
    got = S.require_report()
    if got is None:
        return
    sel, rep = got
    A.verdicts_for_page(sel, rep, "audience")
    S.metric_row(rep, KPIS)
    hollow = rep.value("hollow_growth")
    if fmt.is_number(hollow) and hollow > 0.1:
        st.warning(S.tr("audience.hollow_warning", value=fmt.number(hollow * 100, sel.lang, 0)), icon=":material/warning:")
    _over_time(sel, rep)
    _spikes(sel, rep)
    left, right = st.columns(2, gap="large")
    with left:
        _trend(sel, rep)
    with right:
        _scale(rep)


S.ensure_shell()
body()
