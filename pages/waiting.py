"""Waiting for an answer: the audience comments of the period that nobody from the brand has answered yet."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lib.advice import waiting as W
from lib.advice.model import Fig, show
from lib.i18n import format as fmt
from pages import _shared as S
from pages._shared import advice as A

POST_CHARS = 40
SHOWN = ("is_question", "text", "platform", "waited", "author_name", "post_text", "permalink")  # when: in the CSV


def body() -> None:
    S.page_title("waiting.title")
    got = S.require_report()
    if got is None:
        return
    sel, rep = got
    frame = A.waiting(sel)
    if frame is None:
        st.info(S.tr("waiting.no_threads"))
        return
    st.caption(S.tr("waiting.intro"))
    present = sorted(frame["platform"].unique().tolist())
    chosen = ""
    if len(present) > 1:
        everything = S.tr("waiting.all")  # format functions run again later, outside this run: no lookups in them
        names = {p: S.platform_label(p) for p in present}
        chosen = st.selectbox(S.tr("waiting.filter"), [""] + present, key="waiting_platform",
                              format_func=lambda p: names.get(p, everything))
        if chosen:
            frame = frame[frame["platform"] == chosen]
    if not len(frame):
        if fmt.is_missing(rep.value("brand_response_rate", chosen or None)):  # nobody spoke: no all-clear
            days = pd.to_datetime(S.dataset(sel.workspace).comments["created_at"], utc=True).dt.tz_convert(sel.tz)
            first, last = (fmt.date(d.date(), sel.lang) for d in (days.min(), days.max()))
            st.info(S.tr("waiting.none_in_period", first=first, last=last))
        else:
            st.success(S.tr("waiting.none"))
        return
    st.markdown(S.tr("waiting.count", n=fmt.number(len(frame), sel.lang),
                     questions=fmt.number(int(frame["is_question"].sum()), sel.lang)))
    # how long in plain words ("3 days", "5 h"); the list is already in its order, questions then the oldest
    waited = frame[W.AGE].map(lambda h: "" if h != h else show(Fig("hours", h), sel.lang))
    shown = frame.assign(waited=waited)[[c for c in SHOWN if c in frame.columns or c == "waited"]].copy()
    shown["platform"] = shown["platform"].map(S.platform_label)
    shown = shown.rename(columns={"is_question": "question", "post_text": "post"})
    if "post" in shown:  # the post is context: its start is enough, and the comment gets the room
        post = shown["post"].fillna("").astype(str)
        shown["post"] = post.where(post.str.len() <= POST_CHARS, post.str[:POST_CHARS - 1].str.rstrip() + "\u2026")
    S.show_table(shown, height=560,
                 column_config={"text": st.column_config.TextColumn(S.tr("col.text"), width=260),
                                "post": st.column_config.TextColumn(S.tr("col.post"), width=120)})  # all in sight at 1280 px
    st.download_button(S.tr("waiting.download"), W.to_csv(frame), file_name=f"waiting-{sel.since}-{sel.until}.csv",
                       mime="text/csv", icon=":material/download:", key="waiting_download")


S.ensure_shell()
body()
