"""A workspace's goals and notes on dates on pages: read once per revision, and the section that edits them.

Rules and storage live in ``lib.advice`` and ``lib.store.notes``; this module caches the workspace's goals and
notes under its revision (every change bumps it) and draws the goals and notes section.
"""

from __future__ import annotations

import streamlit as st

from lib.advice import DateNote, Goal
from pages._shared.data import _data_key, revision, store


@st.cache_resource(show_spinner=False, max_entries=16)
def _goals_notes(data_key: str, workspace: str, rev: str) -> tuple[tuple[Goal, ...], tuple[DateNote, ...]]:
    goals, notes = store().goals_and_notes(workspace)
    return tuple(goals), tuple(notes)


def goals_and_notes(workspace: str) -> tuple[tuple[Goal, ...], tuple[DateNote, ...]]:
    """The workspace's goals and notes at its current revision (shared by sessions: never change them)."""
    return _goals_notes(_data_key(), workspace, revision(workspace))
