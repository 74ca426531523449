"""Community: a tribe or a crowd? Who comments, how often, what they say, in which languages."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lib import charts
from lib import state_keys as K
from lib.i18n import format as fmt
from pages import _shared as S

KPIS = ("unique_commenters", "returning_commenter_share", "tribe_size", "top10_commenter_share",
        "commenter_gini", "substantive_comment_share")


def _first(frame, *names):
    return next((n for n in names if n in frame.columns), names[0])


def _lorenz(sel: S.Selection, rep) -> None:
    st.subheader(S.tr("community.lorenz"))
    frame = S.table_or_note(rep, "lorenz", "commenter_gini")
    if frame is None:
        return
    top10 = rep.value("top10_commenter_share")
    label = S.tr("community.top10_label", share=fmt.percent(top10, sel.lang, 0)) if fmt.is_number(top10) else ""
    S.safe_chart(charts.lorenz, frame, x=_first(frame, "commenters_share", "commenter_share"),
                 y=_first(frame, "comments_share", "comment_share"), top10=top10 if fmt.is_number(top10) else None,
                 top10_label=label, x_title=S.tr("community.lorenz_x"), y_title=S.tr("community.lorenz_y"),
                 equality_label=S.tr("community.equality"), most_active_first=True)
    if label:
        st.caption(S.tr("community.lorenz_caption", share=fmt.percent(top10, sel.lang, 0)))


def _commenters(sel: S.Selection, rep) -> None:
    st.subheader(S.tr("community.commenters"))
    frame = S.table_or_note(rep, "commenters", "unique_commenters")
    if frame is None:
        return
    frame = S.people_columns(frame, sel.present).head(50)
    frame = frame.drop(columns=[c for c in ("author_id",) if c in frame.columns])
    if "platform" in frame.columns:
        frame["platform"] = frame["platform"].map(S.platform_label)
    S.show_table(frame, height=360)


def _examples(sel: S.Selection, rep) -> None:
    st.subheader(S.tr("community.examples"))
    frame = rep.tables.get("comment_examples")
    if frame is None or not len(frame):
        S.table_or_note(rep, "comment_examples", "substantive_comment_share")
        return
    frame = S.people_columns(frame, sel.present)
    kind_col = _first(frame, "substantive", "is_substantive", "kind")
    if kind_col in frame.columns:
        choice = st.segmented_control(S.tr("community.examples_pick"), ["substantive", "throwaway"],
                                      default="substantive", key=K.COMMUNITY_EXAMPLES_KIND,
                                      format_func=lambda k: S.tr(f"community.{k}"), persist_state="session")
        flags = frame[kind_col]
        wanted = (flags.astype("boolean") if flags.dtype != object and not str(flags.dtype).startswith("str")
                  else flags.astype(str).isin(["substantive", "True", "true"]))
        frame = frame[wanted.fillna(False)] if choice != "throwaway" else frame[~wanted.fillna(False)]
        frame = frame.drop(columns=[kind_col])
    frame = frame[[c for c in ("text", "author_name", "platform", "created_at") if c in frame.columns]]
    if "platform" in frame.columns:
        frame["platform"] = frame["platform"].map(S.platform_label)
    S.show_table(frame)


def _languages(sel: S.Selection, rep) -> None:
    st.subheader(S.tr("community.languages"))
    aud = S.table_or_note(rep, "audience_languages")
    if aud is None:
        return
    brand = rep.tables.get("brand_languages")
    lang_col = _first(aud, "language_name", "language")
    share_col = _first(aud, "share", "comments")
    parts = [aud[[lang_col, share_col]].assign(who=S.tr("community.audience"))]
    if brand is not None and len(brand) and lang_col in brand.columns and share_col in brand.columns:
        parts.append(brand[[lang_col, share_col]].assign(who=S.tr("community.brand")))
    frame = pd.concat(parts, ignore_index=True)
    top = frame.groupby(lang_col)[share_col].sum().sort_values(ascending=False).head(8).index
    frame = frame[frame[lang_col].isin(top)]
    is_share = frame[share_col].astype(float).max() <= 1
    S.safe_chart(charts.grouped_bars, frame, category=lang_col, value=share_col, group="who", fallback=frame,
                 x_title=S.tr("community.language"), y_title=S.tr("community.share"), group_title="",
                 y_format=".0%" if is_share else ",.0f", sort=list(top))


def body() -> None:
    S.page_title("community.title")
    got = S.require_report()
    if got is None:
        return
    sel, rep = got
    S.metric_row(rep, KPIS, per_row=3)
    left, right = st.columns(2, gap="large")
    with left:
        _lorenz(sel, rep)
    with right:
        _commenters(sel, rep)
    _examples(sel, rep)
    _languages(sel, rep)


S.ensure_shell()
body()
