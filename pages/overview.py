"""Overview: the verdicts per area and what to do first, the main findings, then quantity beside quality."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lib import charts
from pages import _shared as S
from pages._shared import advice as A
from pages._shared import notes as N

QUANTITY = ("posts", "followers_end", "reactions", "impressions")
QUALITY = ("conversation_rate_per_post", "conversation_share", "brand_response_rate", "returning_commenter_share")
BY_PLATFORM = ("posts", "followers_end", "conversation_rate_per_1k_followers", "conversation_share",
               "brand_response_rate", "substantive_comment_share")


def _advice(sel: S.Selection, rep):
    adv = A.advice(sel, rep)
    A.verdict_grid(adv)
    st.subheader(S.tr("overview.actions"))
    A.action_list(adv)
    return adv


def _findings(sel: S.Selection, rep, adv) -> None:
    items = adv.findings(sel.lang)
    if not items:
        return
    st.subheader(S.tr("overview.findings"))
    cols = st.columns(len(items))
    for col, (i, text) in zip(cols, enumerate(items, 1)):
        col.info(text, icon=":material/lightbulb:" if i == 1 else ":material/insights:")


def _column(title: str, caption: str, rep, keys) -> None:
    st.subheader(title)
    st.caption(caption)
    for start in range(0, len(keys), 2):
        cols = st.columns(2)
        for col, key in zip(cols, keys[start:start + 2]):
            S.metric(rep, key, container=col)


def _platform_table(sel: S.Selection, rep) -> None:
    if len(rep.by_platform) < 2:
        return
    st.subheader(S.tr("overview.by_platform"))
    rows = [{"platform": p, **{k: vals.get(k) for k in BY_PLATFORM}} for p, vals in rep.by_platform.items()]
    S.show_table(S.by_platform(pd.DataFrame(rows)))


def body() -> None:
    S.page_title("overview.title")
    got = S.require_report()
    if got is None:
        return
    sel, rep = got
    adv = _advice(sel, rep)
    _findings(sel, rep, adv)
    left, right = st.columns(2, gap="large")
    with left:
        _column(S.tr("overview.quantity"), S.tr("overview.quantity_caption"), rep, QUANTITY)
    with right:
        _column(S.tr("overview.quality"), S.tr("overview.quality_caption"), rep, QUALITY)
    _platform_table(sel, rep)
    daily = rep.tables.get("daily")
    if daily is not None and len(daily):
        st.subheader(S.tr("audience.over_time" if daily["followers"].notna().any() else "audience.interactions_over_time"))
        S.safe_chart(charts.followers_vs_interactions, daily, followers_title=S.tr("audience.followers"),
                     interactions_title=S.tr("audience.interactions"), notes=N.chart_notes(sel))
        N.notes_caption(sel)
    for note in rep.notes:
        st.caption(S.note_text(note))


S.ensure_shell()
body()
