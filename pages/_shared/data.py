"""Cached data access: the store, one workspace snapshot per revision, and the KPI reports built from it.

Every cache key holds the store, the workspace and its revision, so no session ever sees another workspace's
data and every write to a workspace invalidates its entries. A workspace name goes down into the store once per
rerun (for its revision); everything else reads the snapshot cached under that revision.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import streamlit as st

from lib import kpis
from lib.dataset import Dataset
from lib.errors import AccessError
from lib.kpis import KpiReport, Period, prepare
from lib.store import Store, UserStore, open_store
from pages._shared import keys as K
from pages._shared.selection import Selection, selection
from sample_data import DEMO_FOLDER


@dataclass(frozen=True)
class Snapshot:
    """One workspace at one revision: its settings and its whole dataset, read together."""

    name: str
    revision: str
    settings: Mapping[str, Any]
    dataset: Dataset
    date_range: tuple[dt.date, dt.date] | None = field(init=False)
    platforms: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "date_range", self.dataset.date_range())
        object.__setattr__(self, "platforms", tuple(self.dataset.platforms))


def _data_key() -> str:
    """Identifies the store this process reads, part of every cache key."""
    return f"{os.environ.get('CONVERSA_DATABASE_URL', '')}|{os.environ.get('CONVERSA_DATA_DIR', '')}"


@st.cache_resource(show_spinner=False, max_entries=4)
def _open_store(data_key: str) -> Store:
    return open_store()


def server_store() -> Store:
    """The workspace store of this process (SQLite in $CONVERSA_DATA_DIR unless a database URL is set), for the
    sign-in gate only: pages use ``store()``."""
    return _open_store(_data_key())


def store() -> UserStore:
    """The store as this session's signed-in user may use it (their workspaces, their role's rights)."""
    user = st.session_state.get(K.AUTH_USER)
    if user is None:
        raise AccessError("Sign in first.")
    return server_store().as_user(user)


def workspace_names() -> list[str]:
    """The signed-in user's workspaces; for an admin, the demo workspace is created on first use."""
    s = store()
    names = list(s.list_workspaces())
    if not names and s.ensure_demo(DEMO_FOLDER):
        names = list(s.list_workspaces())
    return names


def revision(workspace: str) -> str:
    """The workspace's revision (changes on every write), part of every cache key."""
    return str(store().revision(workspace))


@st.cache_resource(show_spinner=False, max_entries=4)
def _snapshot(data_key: str, workspace: str, rev: str) -> Snapshot:
    snap = store().snapshot(workspace)  # settings and data in one transaction
    return Snapshot(snap.name, snap.revision, snap.settings, snap.dataset)


def snapshot(workspace: str) -> Snapshot:
    """The workspace's settings and data at its current revision (shared by sessions: never change it)."""
    return _snapshot(_data_key(), workspace, revision(workspace))


def dataset(workspace: str) -> Dataset:
    """The workspace's whole dataset (cached per store, workspace and revision)."""
    return snapshot(workspace).dataset


def data_range(workspace: str) -> tuple[dt.date, dt.date] | None:
    """First and last day with data in the workspace."""
    return snapshot(workspace).date_range


def platforms(workspace: str) -> list[str]:
    """Platforms present in the workspace."""
    return list(snapshot(workspace).platforms)


def settings(workspace: str) -> dict[str, Any]:
    """The workspace's settings (a deep copy, safe to change)."""
    return copy.deepcopy(dict(snapshot(workspace).settings))


@dataclass(frozen=True)
class _Import:
    kind: str
    platform: str
    first: dt.date | None
    last: dt.date | None
    posts: bool


@st.cache_resource(show_spinner=False, max_entries=16)
def _imports(data_key: str, workspace: str, rev: str) -> tuple[_Import, ...]:
    return tuple(_Import(rec.kind, rec.platform, rec.first_date, rec.last_date, bool(rec.rows.get("posts")))
                 for rec in store().imports(workspace))


def data_spans(workspace: str) -> list[tuple[dt.date, dt.date]]:
    """First and last day of each import of the workspace (its whole date range when it has no import record)."""
    spans = [(i.first, i.last) for i in _imports(_data_key(), workspace, revision(workspace)) if i.first and i.last]
    rng = data_range(workspace)
    return spans or ([rng] if rng else [])


def is_demo(workspace: str | None) -> bool:
    """Whether the workspace holds the demo's sample data (whatever it is called now)."""
    return bool(workspace) and any(i.kind == "demo" for i in _imports(_data_key(), workspace, revision(workspace)))


@st.cache_resource(show_spinner=False, max_entries=6)
def _prepared(data_key: str, workspace: str, rev: str, plats: tuple[str, ...]) -> Any:
    snap = _snapshot(data_key, workspace, rev)
    data = snap.dataset.filter(platforms=plats) if plats else snap.dataset
    posts_spans = [(i.platform, i.first, i.last) for i in _imports(data_key, workspace, rev) if i.posts]
    return prepare(data, brand=snap.settings.get("brand_handles") or None,
                   manual_followers=snap.settings.get("manual_followers") or None,
                   coverage=kpis.coverage(posts_spans))


@st.cache_resource(show_spinner=False, max_entries=48)
def _report(data_key: str, workspace: str, rev: str, plats: tuple[str, ...],
            days: tuple[dt.date, dt.date, dt.date, dt.date], tz: str, anonymized: bool) -> KpiReport:
    report = kpis.compute(_prepared(data_key, workspace, rev, plats), Period(*days, tz=tz))
    return kpis.anonymize(report) if anonymized else report


def report(sel: Selection | None = None, *, anonymized: bool | None = None) -> KpiReport | None:
    """The KpiReport of the selection (anonymized in presentation mode); None when there is no selection."""
    sel = sel or selection()
    if sel is None:
        return None
    period = sel.period
    days = (period.since, period.until, period.previous_since, period.previous_until)
    anon = sel.present if anonymized is None else anonymized
    return _report(_data_key(), sel.workspace, revision(sel.workspace), tuple(sorted(sel.platforms)), days,
                   period.tz, anon)


@st.cache_data(show_spinner=False, max_entries=64)
def _findings(_report_obj: KpiReport, report_id: str, language: str) -> list[str]:
    return list(kpis.findings(_report_obj, lang=language))


def findings(rep: KpiReport, sel: Selection) -> list[str]:
    """The three most important findings, as sentences in the UI language."""
    rid = f"{_data_key()}|{sel.workspace}|{revision(sel.workspace)}|{sel.platforms}|{sel.period}|{sel.present}"
    return _findings(rep, rid, sel.lang)[:3]
