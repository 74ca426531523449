"""Waiting for an answer: the audience comments of the period that nobody from the brand has answered yet."""

from __future__ import annotations

import streamlit as st

from lib.advice import waiting as W
from lib.i18n import format as fmt
from pages import _shared as S
from pages._shared import advice as A

SHOWN = ("platform", "created_at", W.AGE_DAYS, "is_question", "author_name", "text", "post_text", "permalink")


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
    if len(present) > 1:
        chosen = st.selectbox(S.tr("waiting.filter"), [""] + present, key="waiting_platform",
                              format_func=lambda p: S.tr("waiting.all") if not p else S.platform_label(p))
        if chosen:
            frame = frame[frame["platform"] == chosen]
    if not len(frame):
        st.success(S.tr("waiting.none"))
        return
    st.markdown(S.tr("waiting.count", n=fmt.number(len(frame), sel.lang),
                     questions=fmt.number(int(frame["is_question"].sum()), sel.lang)))
    shown = frame[[c for c in SHOWN if c in frame.columns]].copy()
    shown["platform"] = shown["platform"].map(S.platform_label)
    shown = shown.rename(columns={"is_question": "question", "post_text": "post"})
    S.show_table(shown, height=560)
    st.download_button(S.tr("waiting.download"), W.to_csv(frame), file_name=f"waiting-{sel.since}-{sel.until}.csv",
                       mime="text/csv", icon=":material/download:", key="waiting_download")


S.ensure_shell()
body()
