"""A workspace's goals and notes on dates on pages: read once per revision, and the section that edits them.

Rules and storage live in ``lib.advice`` and ``lib.store.notes``; this module caches the workspace's goals and
notes under its revision (every change bumps it) and draws the goals and notes section of the Workspaces page.
Every change goes through the page's store (``store()``), which checks the user's grant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import streamlit as st

from lib.advice import DateNote, Goal
from lib.advice.goals import progress
from lib.advice.thresholds import DEFAULT_TARGETS, SIGNALS
from lib.errors import ConversaError
from lib.i18n import format as fmt
from lib.i18n import t
from lib.kpis import BY_KEY, SCALAR_KEYS
from lib.kpis import texts as kpi_texts
from lib.safe_text import markdown_literal
from pages._shared import keys as K
from pages._shared.data import _data_key, platforms, report, revision, store
from pages._shared.labels import describe, platform_label
from pages._shared.selection import Selection, date_format, lang, selection, tr

#: the KPIs offered for a goal: the ones the verdicts judge first, then the other quality KPIs, then the counts
GOAL_KPIS: tuple[str, ...] = tuple(dict.fromkeys(
    [s.kpi for s in SIGNALS] + [k for k in SCALAR_KEYS if BY_KEY[k].quality] + list(SCALAR_KEYS)))


@st.cache_resource(show_spinner=False, max_entries=16)
def _goals_notes(data_key: str, workspace: str, rev: str) -> tuple[tuple[Goal, ...], tuple[DateNote, ...]]:
    goals, notes = store().goals_and_notes(workspace)
    return tuple(goals), tuple(notes)


def goals_and_notes(workspace: str) -> tuple[tuple[Goal, ...], tuple[DateNote, ...]]:
    """The workspace's goals and notes at its current revision (shared by sessions: never change them)."""
    return _goals_notes(_data_key(), workspace, revision(workspace))


def chart_notes(sel: Selection) -> tuple[tuple[dt.date, str], ...]:
    """The selection's notes as time charts draw them, ``(day, text)``: those of its period, for every platform or
    for one it shows (each chart then keeps only those inside the days it draws)."""
    _, notes = goals_and_notes(sel.workspace)
    return tuple((n.day, n.text) for n in notes if sel.since <= n.day <= sel.until
                 and (n.platform is None or not sel.platforms or n.platform in sel.platforms))


def notes_caption(sel: Selection) -> None:
    """The period's notes in one caption under a time chart ("12 Mar 2026: Giveaway ..."), as plain text."""
    shown = chart_notes(sel)
    if shown:
        st.caption("; ".join(tr("advice.note.on_day", date=fmt.date(day, lang()), text=markdown_literal(text))
                             for day, text in shown))


# ------------------------------------------------------------------------------------------------ the section


def _changed(action: Callable[[], Any], message: str) -> None:
    """Run one store change; lib's sentence on failure, else the success message after the rerun."""
    try:
        action()
    except ConversaError as err:
        st.error(str(err))
        return
    st.session_state[K.GOALS_FLASH] = message
    st.rerun()


def _unit(kpi: str) -> str:
    kind = BY_KEY[kpi].kind
    return tr("goals.unit.pct") if kind == "rate" else tr(f"goals.unit.{kind}") if kind in ("hours", "days") \
        else tr("goals.unit.number")


def _shown(kpi: str, value: float) -> float:
    """A stored value as the form shows it (rates in percent)."""
    return round(value * 100, 1) if BY_KEY[kpi].kind == "rate" else round(value, 2)


def _stored(kpi: str, value: float) -> float:
    return value / 100 if BY_KEY[kpi].kind == "rate" else value


def _suggested(kpi: str) -> float:
    """The target the form starts from: the documented default, else the verdict's good threshold, else 0."""
    found = DEFAULT_TARGETS.get(kpi, next((s.good for s in SIGNALS if s.kpi == kpi), 0.0))
    return _shown(kpi, found)


def _change_text(change: Any, language: str) -> str:
    item = change.item
    what = describe(item.kpi).label if change.kind == "goal" else fmt.date(item.day, language)
    return tr(f"goals.change.{change.kind}.{change.action}", what=what)


def _goals(ws: str, goals: tuple[Goal, ...], language: str) -> None:
    st.markdown(f"**{tr('goals.goals')}**")
    sel = selection()
    rep = report(sel) if sel is not None and sel.workspace == ws else None
    if not goals:
        st.caption(tr("goals.none"))
    elif rep is not None:
        st.caption(tr("goals.progress_period", period=fmt.date_range(sel.since, sel.until, language)))
    found = progress(rep, goals) if rep is not None else []
    for i, goal in enumerate(goals):
        row = st.columns([9, 2], vertical_alignment="center")
        line = found[i].text(language) if found else f"{describe(goal.kpi).label}: {goal.goal_text(language)}"
        row[0].markdown(markdown_literal(line))
        if row[1].button(tr("goals.remove"), key=K.GOAL_REMOVE.format(kpi=goal.kpi), icon=":material/delete:"):
            _changed(lambda kpi=goal.kpi: store().remove_goal(ws, kpi),
                     tr("goals.removed", kpi=describe(goal.kpi).label))
    with st.container(border=True):
        c1, c2, c3 = st.columns([3, 2, 2])
        # format functions get the language now: they are called again later, outside this run
        kpi = c1.selectbox(tr("goals.kpi"), GOAL_KPIS, key=K.GOAL_KPI,
                           format_func=lambda k: kpi_texts.describe(k, language).label)
        ops = ("at_least", "at_most")
        op = c2.radio(tr("goals.op"), ops, key=K.GOAL_OP.format(kpi=kpi), horizontal=True,
                      index=1 if BY_KEY[kpi].direction == "down" else 0, format_func=lambda o: t(f"goals.op.{o}", language))
        rate = BY_KEY[kpi].kind == "rate"
        target = c3.number_input(tr("goals.target", unit=_unit(kpi)), value=_suggested(kpi),
                                 min_value=None if kpi == "hollow_growth" else 0.0,
                                 max_value=100.0 if rate and kpi != "hollow_growth" else None,
                                 step=1.0 if rate or BY_KEY[kpi].kind in ("count", "days") else 0.5,
                                 key=K.GOAL_TARGET.format(kpi=kpi))
        d1, d2, d3 = st.columns([2, 3, 4], vertical_alignment="bottom")
        by_day = d1.checkbox(tr("goals.due_set"), key=K.GOAL_DUE_ON)
        due = d2.date_input(tr("goals.due"), value=None, key=K.GOAL_DUE, disabled=not by_day, format=date_format())
        if d3.button(tr("goals.set"), key=K.GOAL_SET, type="primary", icon=":material/flag:"):
            goal_due = due if by_day else None
            _changed(lambda: store().set_goal(ws, kpi, _stored(kpi, float(target)), op=op, due=goal_due),
                     tr("goals.set_done", kpi=describe(kpi).label))


def _notes(ws: str, notes: tuple[DateNote, ...], language: str) -> None:
    st.markdown(f"**{tr('advice.note.title')}**")
    if not notes:
        st.caption(tr("notes.none"))
    for note in notes:
        row = st.columns([2, 2, 9, 2], vertical_alignment="center")
        row[0].markdown(fmt.date(note.day, language))
        row[1].markdown(platform_label(note.platform) if note.platform else tr("notes.all"))
        row[2].markdown(markdown_literal(note.text))  # the user's words, shown as they were typed
        if row[3].button(tr("goals.remove"), key=K.NOTE_REMOVE.format(id=note.id), icon=":material/delete:"):
            _changed(lambda nid=note.id: store().remove_note(ws, nid),
                     tr("notes.removed", date=fmt.date(note.day, language)))
    sel = selection()
    with st.form(K.NOTE_FORM, clear_on_submit=True, border=True):
        c1, c2, c3 = st.columns([2, 2, 5])
        day = c1.date_input(tr("notes.day"), value=sel.until if sel else dt.date.today(), key=K.NOTE_DAY,
                            format=date_format())
        where = c2.selectbox(tr("notes.platform"), ["", *platforms(ws)], key=K.NOTE_PLATFORM,
                             format_func=lambda p: platform_label(p) if p else t("notes.all", language))
        text = c3.text_input(tr("notes.text"), key=K.NOTE_TEXT, max_chars=280, placeholder=tr("notes.placeholder"))
        if st.form_submit_button(tr("notes.add"), icon=":material/edit_note:"):
            _changed(lambda: store().add_note(ws, day, text, where or None),
                     tr("notes.added", date=fmt.date(day, language) if isinstance(day, dt.date) else ""))


def goals_notes_section(ws: str) -> None:
    """Goals (set, remove; progress in the sidebar's period) and notes on dates (add, remove) of workspace ``ws``,
    and undo of the last change to either."""
    language = lang()
    st.subheader(tr("goals.title"))
    st.caption(tr("goals.caption"))
    flash = st.session_state.pop(K.GOALS_FLASH, None)
    if flash:
        st.success(flash, icon=":material/check_circle:")
    goals, notes = goals_and_notes(ws)
    _goals(ws, goals, language)
    _notes(ws, notes, language)
    last = store().last_goals_notes_change(ws)
    if last is not None:
        what = _change_text(last, language)
        c1, c2 = st.columns([2, 5], vertical_alignment="center")
        if c1.button(tr("goals.undo"), key=K.GOALS_UNDO, icon=":material/undo:"):
            _changed(lambda: store().undo_goals_notes_change(ws), tr("goals.undone", change=what))
        c2.caption(tr("goals.last_change", change=what))
