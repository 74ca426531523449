"""Conversations: does the brand answer, how fast, and does it talk with people or broadcast at them."""

from __future__ import annotations

import streamlit as st

from lib import charts
from lib.kpis.tables import QuestionVsStatement as QS
from lib.kpis.tables import ResponseTimeHistogram as Hist
from lib.kpis.tables import ThreadDepth as Depth
from pages import _shared as S
from pages._shared import advice as A

RESPONSE = ("brand_response_rate", "brand_response_time_median_h", "brand_response_time_p90_h", "networking_index")
THREADS = ("thread_depth_mean", "dialogue_thread_share", "question_post_lift", "silent_post_share")


def _bucket_labels(frame, col) -> dict[str, str]:
    out = {}
    for b in frame[col].astype(str):
        label = S.tr(f"bucket.{b}")
        out[b] = label if label != f"bucket.{b}" else b
    return out


def body() -> None:
    S.page_title("conversations.title")
    got = S.require_report()
    if got is None:
        return
    sel, rep = got
    A.verdicts_for_page(sel, rep, "conversations")
    S.metric_row(rep, RESPONSE)
    band = rep.extras.get("networking_band")
    if band:
        st.caption(S.tr("conversations.band", band=S.tr(f"band.{band}")))

    left, right = st.columns(2, gap="large")
    with left:
        st.subheader(S.tr("conversations.histogram"))
        hist = S.table_or_note(rep, "brand_response_time_histogram")
        if hist is not None:
            S.safe_chart(charts.response_time_histogram, hist, bucket=Hist.bucket, count=Hist.comments, fallback=hist,
                         labels=_bucket_labels(hist, Hist.bucket), x_title=S.tr("conversations.hist_x"),
                         y_title=S.tr("conversations.hist_y"))
    with right:
        st.subheader(S.tr("conversations.depth"))
        depth = S.table_or_note(rep, "thread_depth_distribution", "thread_depth_mean")
        if depth is not None:
            S.safe_chart(charts.bar, depth, Depth.comments_per_thread, Depth.threads, fallback=depth, x_title=S.tr("conversations.depth_x"),
                         y_title=S.tr("conversations.depth_y"))

    st.subheader(S.tr("conversations.threads"))
    S.metric_row(rep, THREADS)
    qs = rep.tables.get("question_vs_statement")
    if qs is not None and len(qs):
        st.subheader(S.tr("conversations.questions"))
        x, y = QS.kind, QS.mean_comments
        frame = qs.copy()
        frame[x] = frame[x].astype(str).map(lambda v: S.tr(f"qs.{v}") if S.tr(f"qs.{v}") != f"qs.{v}" else v)
        cols = st.columns(2)
        with cols[0]:
            S.safe_chart(charts.bar, frame, x, y, fallback=frame, x_title="", y_title=S.tr("conversations.questions_y"),
                         y_format=",.1f")
        with cols[1]:
            S.show_table(frame.drop(columns=[QS.comments], errors="ignore"))  # the chart's mean says it


S.ensure_shell()
body()
