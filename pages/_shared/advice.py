"""The advice on pages: cached verdicts, actions and waiting comments of the selection, and how they are drawn.

Rules live in ``lib.advice``; this module only caches their results (keys hold the store, workspace, revision,
platforms, period and presentation mode) and draws them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import streamlit as st

from lib.advice import Advice, Verdict, advise
from lib.advice import waiting as W
from lib.i18n import format as fmt
from lib.i18n import t
from lib.kpis import KpiReport, Period
from lib.safe_text import markdown_literal
from pages._shared.data import _data_key, _prepared, report, revision
from pages._shared.notes import goals_and_notes
from pages._shared.selection import Selection, lang, selection

STATUS_COLOR = {"good": "green", "watch": "orange", "act": "red", "unknown": "gray"}
STATUS_ICON = {"good": ":material/check_circle:", "watch": ":material/visibility:", "act": ":material/priority_high:",
               "unknown": ":material/help:"}
ACTION_ICON = {True: ":material/priority_high:", False: ":material/flag:"}  # urgent or not: app icons, no emoji font
PAGE_FILES = {"conversations": "pages/conversations.py", "community": "pages/community.py",
              "content": "pages/content.py", "audience": "pages/audience.py", "channels": "pages/channels.py",
              "waiting": "pages/waiting.py", "overview": "pages/overview.py"}
#: the area each page opens with
PAGE_AREAS = {"conversations": ("conversation", "responsiveness"), "community": ("community",),
              "content": ("continuity",), "audience": ("authenticity",), "channels": ("channels",)}


def _key(sel: Selection) -> tuple[Any, ...]:
    period = sel.period
    return (_data_key(), sel.workspace, revision(sel.workspace), tuple(sorted(sel.platforms)),
            (period.since, period.until, period.previous_since, period.previous_until), period.tz)


@st.cache_resource(show_spinner=False, max_entries=24)
def _waiting(data_key: str, workspace: str, rev: str, plats: tuple[str, ...],
             days: tuple[dt.date, dt.date, dt.date, dt.date], tz: str, anonymized: bool) -> pd.DataFrame | None:
    prepared = _prepared(data_key, workspace, rev, plats)
    if not W.has_threads(prepared):
        return None
    return W.waiting_list(prepared, Period(*days, tz=tz), anonymized=anonymized)


def waiting(sel: Selection | None = None) -> pd.DataFrame | None:
    """The selection's waiting comments (pseudonyms in presentation mode); None without comment threads."""
    sel = sel or selection()
    if sel is None:
        return None
    return _waiting(*_key(sel), sel.present)


@st.cache_resource(show_spinner=False, max_entries=24)
def _advice(data_key: str, workspace: str, rev: str, plats: tuple[str, ...],
            days: tuple[dt.date, dt.date, dt.date, dt.date], tz: str, anonymized: bool, _rep: KpiReport) -> Advice:
    goals, notes = goals_and_notes(workspace)
    return advise(_rep, waiting=_waiting(data_key, workspace, rev, plats, days, tz, anonymized), goals=goals,
                  notes=notes)


def advice(sel: Selection, rep: KpiReport) -> Advice:
    """Verdicts, actions and findings for the selection's report, with the workspace's goals and notes."""
    return _advice(*_key(sel), sel.present, rep)


def waiting_count(sel: Selection | None) -> int | None:
    """How many comments of the selection wait for an answer (None without a selection or comment threads)."""
    if sel is None:
        return None
    rep = report(sel)
    return None if rep is None else rep.extras.get("waiting_comments")


def verdict_box(v: Verdict, container: Any = None) -> None:
    """One verdict in a bordered box: its area and status in the status colour, then the sentence with the
    figure that decided it (a warning colour, not an error message: nothing failed)."""
    box = (container or st).container(border=True)
    language = lang()
    color = STATUS_COLOR[v.status]
    box.markdown(f"{STATUS_ICON[v.status]} :{color}[**{_plain(t(f'advice.area.{v.area}', language))}: "
                 f"{_plain(t(f'advice.status.{v.status}', language))}**]")
    box.markdown(_plain(v.text(language)))


def verdicts_for_page(sel: Selection, rep: KpiReport, page: str) -> None:
    """The verdicts of the areas a page shows, first on that page."""
    adv = advice(sel, rep)
    areas = PAGE_AREAS.get(page, ())
    cols = st.columns(len(areas)) if len(areas) > 1 else [st.container()]
    for col, area in zip(cols, areas):
        verdict = adv.verdict(area)
        verdict_box(verdict, col)
        waiting = rep.extras.get("waiting_comments")
        if area == "responsiveness" and waiting and verdict.status in ("watch", "act"):  # the list to work through
            col.page_link(PAGE_FILES["waiting"], icon=":material/arrow_forward:",
                          label=t("advice.page", lang(), page=t("waiting.nav", lang(), n=fmt.number(waiting, lang()))))


def verdict_grid(adv: Advice) -> None:
    """All six verdicts, three per row."""
    for start in range(0, len(adv.verdicts), 3):
        for col, v in zip(st.columns(3), adv.verdicts[start:start + 3]):
            verdict_box(v, col)


def action_list(adv: Advice) -> None:
    """The ranked actions: what to do, the evidence, what done looks like, and the page that shows it."""
    language = lang()
    if not adv.actions:
        unknown = sum(v.status == "unknown" for v in adv.verdicts)
        code = "none" if not unknown else "none_without_data" if unknown == len(adv.verdicts) else "none_partial"
        st.info(t(f"advice.action.{code}", language))
        return
    for i, a in enumerate(adv.actions, 1):
        with st.container(border=True):
            color = "red" if a.tier == 0 else "orange"
            st.markdown(f":{color}[{ACTION_ICON[a.tier == 0]}] **{i}. {_plain(a.title_text(language))}**")
            st.write(a.evidence_text(language))
            st.caption(a.done_text(language))
            path = PAGE_FILES.get(a.page)
            if path:
                st.page_link(path, label=t("advice.page", language, page=_page_title(a.page, language)),
                             icon=":material/arrow_forward:")


def _page_title(page: str, language: str) -> str:
    return t("waiting.title", language) if page == "waiting" else t(f"nav.{page}", language)


def _plain(text: str) -> str:
    """Advice sentences may quote a user's note: shown as literal text, never markdown."""
    return markdown_literal(text)
