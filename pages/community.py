"""Community: a tribe or a crowd? Who comments, how often, what they say, in which languages."""

from __future__ import annotations

import streamlit as st

from lib import charts
from lib.i18n import format as fmt
from lib.kpis.tables import Commenters, Lorenz
from lib.kpis.tables import CommentExamples as Examples
from lib.kpis.tables import LanguageComparison as Langs
from pages import _shared as S
from pages._shared import advice as A
from pages._shared import keys as K

KPIS = ("unique_commenters", "returning_commenter_share", "tribe_size", "top10_commenter_share",
        "commenter_gini", "substantive_comment_share")


def _lorenz(sel: S.Selection, rep) -> None:
    st.subheader(S.tr("community.lorenz"))
    frame = S.table_or_note(rep, "lorenz", "commenter_gini")
    if frame is None:
        return
    top10 = rep.value("top10_commenter_share")
    label = S.tr("community.top10_label", share=fmt.percent(top10, sel.lang, 0)) if fmt.is_number(top10) else ""
    S.safe_chart(charts.lorenz, frame, x=Lorenz.commenters_share,
                 y=Lorenz.comments_share, top10=top10 if fmt.is_number(top10) else None,
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
    frame = frame.drop(columns=[c for c in (Commenters.author_id,) if c in frame.columns])  # dropped when presenting
    frame[Commenters.platform] = frame[Commenters.platform].map(S.platform_label)
    S.show_table(frame, height=360)


def _examples(sel: S.Selection, rep) -> None:
    st.subheader(S.tr("community.examples"))
    frame = rep.tables.get("comment_examples")
    if frame is None or not len(frame):
        S.table_or_note(rep, "comment_examples", "substantive_comment_share")
        return
    frame = S.people_columns(frame, sel.present)
    choice = st.segmented_control(S.tr("community.examples_pick"), ["substantive", "throwaway"],
                                  default="substantive", key=K.COMMUNITY_EXAMPLES_KIND,
                                  format_func=lambda k: S.tr(f"community.{k}"), persist_state="session")
    wanted = frame[Examples.substantive].astype(bool)
    frame = frame[wanted] if choice != "throwaway" else frame[~wanted]
    frame = frame[[Examples.text, Examples.author_name, Examples.platform, Examples.created_at]].copy()
    frame[Examples.platform] = frame[Examples.platform].map(S.platform_label)
    S.show_table(frame)


def _languages(sel: S.Selection, rep) -> None:
    st.subheader(S.tr("community.languages"))
    aud = S.table_or_note(rep, "audience_languages")
    if aud is None:
        return
    ranked = rep.tables["language_comparison"]  # ranked and cut to the top languages by lib
    ranked = ranked.assign(**{Langs.language_name: [fmt.language_name(c, sel.lang) for c in ranked[Langs.language]]})
    who = {Langs.audience_share: S.tr("community.audience"), Langs.brand_share: S.tr("community.brand")}
    frame = ranked.melt(id_vars=[Langs.language_name], value_vars=list(who), var_name="who", value_name="share")
    frame = frame[frame["share"].notna()].assign(who=lambda f: f["who"].map(who))
    S.safe_chart(charts.grouped_bars, frame, category=Langs.language_name, value="share", group="who", fallback=frame,
                 x_title=S.tr("community.language"), y_title=S.tr("community.share"), group_title="",
                 y_format=".0%", sort=list(ranked[Langs.language_name]))


def body() -> None:
    S.page_title("community.title")
    got = S.require_report()
    if got is None:
        return
    sel, rep = got
    A.verdicts_for_page(sel, rep, "community")
    S.metric_row(rep, KPIS, per_row=3)
    _lorenz(sel, rep)
    _commenters(sel, rep)  # at full width: beside the curve its columns would hide behind a scroll
    _examples(sel, rep)
    _languages(sel, rep)


S.ensure_shell()
body()
