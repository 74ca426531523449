"""Content: which posts start conversations (not which collect likes), post types, and when talk starts."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lib import charts
from lib.kpis.tables import ConversationStarts as Starts
from lib.kpis.tables import PostsRanked as Ranked
from lib.kpis.tables import PostTypes
from pages import _shared as S
from pages._shared import advice as A
from pages._shared import keys as K

KPIS = ("posts", "conversation_rate_per_post", "active_week_share", "longest_gap_days")
TABLE_COLUMNS = (Ranked.rank, Ranked.text, Ranked.comments, Ranked.reactions, Ranked.shares, Ranked.platform,
                 Ranked.published_at, Ranked.post_type, Ranked.permalink)


def _brushed(frame: pd.DataFrame, event) -> pd.DataFrame:
    """Rows inside the scatter's brush (all rows when nothing is selected)."""
    try:
        brush = event.selection.get("brush") or {}
    except AttributeError:
        return frame
    mask = pd.Series(True, index=frame.index)
    for col, bounds in brush.items():
        if col in frame.columns and isinstance(bounds, list | tuple) and len(bounds) == 2:
            values = frame[col].astype(float)
            mask &= values.between(min(bounds), max(bounds))
    return frame[mask]


def _ranked(sel: S.Selection, rep) -> None:
    st.subheader(S.tr("content.ranked"))
    st.caption(S.tr("content.ranked_caption"))
    posts = S.table_or_note(rep, "posts_ranked", "conversation_rate_per_post")
    if posts is None:
        return
    tips = [(c, S.tr(f"col.{c}")) for c in (Ranked.platform, Ranked.text, Ranked.reactions, Ranked.comments,
                                            Ranked.published_at)]
    # the chart, then the table under it at full width (beside it, its columns would hide behind a scroll)
    event = S.safe_chart(charts.scatter_posts, posts, x=Ranked.reactions, y=Ranked.comments,
                         tooltip=tips, x_title=S.tr("content.scatter_x"), y_title=S.tr("content.scatter_y"),
                         platform_title=S.tr("col.platform"), key=K.CONTENT_PLATFORM_PICK,
                         on_select="rerun", selection_mode="brush")
    st.caption(S.tr("content.scatter_caption", shown=min(len(posts), charts.MAX_POINTS), total=len(posts)))
    shown = _brushed(posts, event) if event is not None else posts
    if len(shown) < len(posts):
        st.caption(S.tr("content.filtered", n=len(shown)))
    table = shown[list(TABLE_COLUMNS)].head(200).copy()
    table[Ranked.platform] = table[Ranked.platform].map(S.platform_label)
    table[Ranked.post_type] = table[Ranked.post_type].fillna("unknown").map(S.post_type_label)
    S.show_table(table, height=420, key=K.CONTENT_TABLE)


def _types(rep) -> None:
    st.subheader(S.tr("content.types"))
    frame = S.table_or_note(rep, "post_types")
    if frame is None:
        return
    frame = frame[frame[PostTypes.conversation_rate_per_post].notna()].copy()  # types without comment counts: no bar
    frame[PostTypes.post_type] = frame[PostTypes.post_type].astype(str).map(S.post_type_label)
    S.safe_chart(charts.grouped_bars, frame, need="conversation_rate_per_post", category=PostTypes.post_type, value=PostTypes.conversation_rate_per_post,
                 group=PostTypes.platform,
                 fallback=frame, x_title=S.tr("col.post_type"), y_title=S.tr("content.types_y"), y_format=",.1f",
                 group_title=S.tr("col.platform"))


def _heatmap(sel: S.Selection, rep) -> None:
    st.subheader(S.tr("content.heatmap"))
    frame = S.table_or_note(rep, "conversation_starts")
    if frame is None:
        return
    S.safe_chart(charts.heatmap, frame, weekday=Starts.weekday, hour=Starts.hour, value=Starts.threads,
                 day_names=[S.tr(f"day.{i}") for i in range(7)], x_title=S.tr("content.hour"), y_title="",
                 value_title=S.tr("content.heat_value"), fallback=frame)
    st.caption(S.tr("content.heatmap_caption", tz=sel.tz))


def body() -> None:
    S.page_title("content.title")
    got = S.require_report()
    if got is None:
        return
    sel, rep = got
    A.verdicts_for_page(sel, rep, "content")
    S.metric_row(rep, KPIS)
    _ranked(sel, rep)
    left, right = st.columns(2, gap="large")
    with left:
        _types(rep)
    with right:
        _heatmap(sel, rep)


S.ensure_shell()
body()
