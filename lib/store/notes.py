"""Goals and notes on dates, per workspace: set, changed, removed, backed up, and the last change undone.

Rows are never changed in place. A change stamps the rows it adds (``added_in``) and the rows it removes
(``removed_in``) with one number, the workspace's write counter after the change; so editing a goal or a note is
one change (the old row removed, the new one added), and undo takes back exactly the last change: the rows it added
go, the rows it removed come back, and undoing again goes one change further back. Only current rows (``removed_in``
null) are read, backed up and restored; rows a restore brings are stamped 0 (not undoable: the restore is the
starting point).

A note's text is plain text on one line (breaks and control characters become spaces, at most ``MAX_NOTE``
characters); whoever shows it shows it as text (never markdown, markup or a spreadsheet formula).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from lib import schema
from lib.advice.dates import DateNote
from lib.advice.goals import Goal
from lib.errors import ConversaError, StoreError
from lib.kpis import SCALAR_KEYS
from lib.store.tables import GOALS, NOTES, Row
from lib.store.workspaces import Workspaces, bump, find

MAX_NOTE = 280
_BLANKS_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\s]+")


# ------------------------------------------------------------------------------------------ values


def clean_note(day: object, text: object, platform: object = None, note_id: int | None = None) -> DateNote:
    """A checked note: ``day`` a date (or ISO text), ``text`` one line of 1 to ``MAX_NOTE`` characters, ``platform``
    one of ``lib.schema.PLATFORMS`` or None (every platform). Raises ``StoreError`` naming what is wrong."""
    if isinstance(day, dt.datetime):
        day = day.date()
    elif isinstance(day, str):
        try:
            day = dt.date.fromisoformat(day.strip())
        except ValueError as exc:
            raise StoreError(f"'{day}' is not a day; give it like 2026-03-31.") from exc
    if not isinstance(day, dt.date):
        raise StoreError("A note needs the day it is about.")
    line = _BLANKS_RE.sub(" ", "" if text is None else str(text)).strip()
    if not line:
        raise StoreError("Write what happened on that day (the note is empty).")
    if len(line) > MAX_NOTE:
        raise StoreError(f"A note can have at most {MAX_NOTE} characters; this one has {len(line)}.")
    if platform in (None, ""):
        platform = None
    elif platform not in schema.PLATFORMS:
        raise StoreError(f"Unknown platform '{platform}' for a note; use one of {', '.join(schema.PLATFORMS)}, or "
                         "none for every platform.")
    return DateNote(day, line, None if platform is None else str(platform), note_id)


def clean_goal(kpi: str, target: object, op: str | None = None, due: object = None) -> Goal:
    """A checked goal (see ``lib.advice.goals.Goal.of``); ``due`` a date, ISO text or None. Raises
    ``StoreError``."""
    if isinstance(due, str):
        try:
            due = dt.date.fromisoformat(due.strip()) if due.strip() else None
        except ValueError as exc:
            raise StoreError(f"'{due}' is not a day; give the goal's date like 2026-03-31.") from exc
    if isinstance(due, dt.datetime):
        due = due.date()
    try:
        return Goal.of(kpi, target, op, due)
    except ConversaError as exc:
        raise StoreError(str(exc)) from exc


def to_json(goals: Iterable[Goal], notes: Iterable[DateNote]) -> dict[str, Any]:
    """Goals and notes as JSON-ready lists (the backup's ``goals_notes.json``)."""
    return {"goals": [g.to_json() for g in goals],
            "notes": [{"day": n.day.isoformat(), "platform": n.platform, "text": n.text} for n in notes]}


def from_json(payload: Mapping[str, Any]) -> tuple[list[Goal], list[DateNote]]:
    """``to_json``'s lists back, each value checked again (``StoreError`` on the first bad one)."""
    goals = [clean_goal(str(g["kpi"]), g["target"], g.get("op"), g.get("due")) for g in payload.get("goals", [])]
    notes = [clean_note(n["day"], n["text"], n.get("platform")) for n in payload.get("notes", [])]
    return goals, notes


@dataclass(frozen=True)
class Change:
    """One change to a workspace's goals or notes (what undo would take back): ``goal`` or ``note`` ``added``,
    ``changed`` or ``removed``; ``item`` is the goal or note as the change left it (as it was, when removed)."""

    kind: Literal["goal", "note"]
    action: Literal["added", "changed", "removed"]
    item: Goal | DateNote


# ----------------------------------------------------------------------------- rows (inside a transaction)


def _goal(row: Row) -> Goal:
    return Goal(row.kpi, float(row.target), row.op, None if row.due is None else dt.date.fromisoformat(row.due))


def _note(row: Row) -> DateNote:
    return DateNote(dt.date.fromisoformat(row.day), row.text, row.platform, int(row.id))


def read_goals(conn: Connection, workspace_id: int) -> list[Goal]:
    """The workspace's current goals, by KPI (goals for a KPI this release does not know are left out)."""
    rows = conn.execute(sa.select(GOALS).where(GOALS.c.workspace_id == workspace_id, GOALS.c.removed_in.is_(None))
                        .order_by(GOALS.c.kpi)).all()
    return [_goal(r) for r in rows if r.kpi in SCALAR_KEYS]


def read_notes(conn: Connection, workspace_id: int) -> list[DateNote]:
    """The workspace's current notes, by day, then as written."""
    rows = conn.execute(sa.select(NOTES).where(NOTES.c.workspace_id == workspace_id, NOTES.c.removed_in.is_(None))
                        .order_by(NOTES.c.day, NOTES.c.id)).all()
    return [_note(r) for r in rows]


def insert_goals_notes(conn: Connection, workspace_id: int, goals: Sequence[Goal], notes: Sequence[DateNote],
                       stamp: int = 0) -> None:
    """Add goals and notes to a workspace, stamped ``stamp`` (0: not undoable, as a restore brings them)."""
    for g in goals:
        _add_goal(conn, workspace_id, g, stamp)
    for n in notes:
        _add_note(conn, workspace_id, n, stamp)


def _add_goal(conn: Connection, workspace_id: int, goal: Goal, stamp: int) -> None:
    conn.execute(GOALS.insert().values(workspace_id=workspace_id, kpi=goal.kpi, op=goal.op, target=goal.target,
                                       due=None if goal.due is None else goal.due.isoformat(), added_in=stamp))


def _add_note(conn: Connection, workspace_id: int, note: DateNote, stamp: int) -> int:
    key = conn.execute(NOTES.insert().values(workspace_id=workspace_id, day=note.day.isoformat(),
                                             platform=note.platform, text=note.text, added_in=stamp)
                       ).inserted_primary_key
    if key is None:  # every supported database returns it
        raise StoreError("The database did not return the new note's id; nothing was changed.")
    return int(key[0])


def _last_stamp(conn: Connection, workspace_id: int) -> int | None:
    stamps = [conn.execute(sa.select(sa.func.max(col)).where(table.c.workspace_id == workspace_id)).scalar()
              for table in (GOALS, NOTES) for col in (table.c.added_in, table.c.removed_in)]
    found = [int(s) for s in stamps if s]
    return max(found) if found else None


def _change(conn: Connection, workspace_id: int, stamp: int) -> Change:
    kinds: tuple[tuple[Literal["goal", "note"], sa.Table, Callable[[Row], Goal | DateNote]], ...] = (
        ("goal", GOALS, _goal), ("note", NOTES, _note))
    for kind, table, make in kinds:
        mine = table.c.workspace_id == workspace_id
        added = conn.execute(sa.select(table).where(mine, table.c.added_in == stamp)).all()
        removed = conn.execute(sa.select(table).where(mine, table.c.removed_in == stamp)).all()
        if added or removed:
            action: Literal["added", "changed", "removed"] = "changed" if added and removed else "added" if added else "removed"
            return Change(kind, action, make((added or removed)[0]))
    raise StoreError("There is no change to goals or notes to undo.")  # not reached: the stamp came from a row


# ------------------------------------------------------------------------------------------ the methods


class Notes(Workspaces):
    """A workspace's goals and notes on dates, and undo of their last change."""

    def goals(self, name: str) -> list[Goal]:
        """The workspace's goals, by KPI."""
        with self._reading() as conn:
            return read_goals(conn, find(conn, name).id)

    def notes(self, name: str) -> list[DateNote]:
        """The workspace's notes on dates, by day (each with its ``id``)."""
        with self._reading() as conn:
            return read_notes(conn, find(conn, name).id)

    def goals_and_notes(self, name: str) -> tuple[list[Goal], list[DateNote]]:
        """Both, read in one transaction (so they agree)."""
        with self._reading() as conn:
            ws = find(conn, name)
            return read_goals(conn, ws.id), read_notes(conn, ws.id)

    def set_goal(self, name: str, kpi: str, target: object, *, op: str | None = None, due: object = None) -> Goal:
        """Set the workspace's goal for ``kpi`` (replacing the one it had): ``target`` in the KPI's unit (rates as
        fractions, 0.6 = 60%; hours; days), ``op`` "at_least"/"at_most" (default: the KPI's better direction),
        ``due`` the day it should be reached, or None."""
        goal = clean_goal(kpi, target, op, due)
        with self._writing() as conn:
            ws = find(conn, name, lock=True)
            stamp = int(ws.writes) + 1
            conn.execute(GOALS.update().where(GOALS.c.workspace_id == ws.id, GOALS.c.kpi == kpi,
                                              GOALS.c.removed_in.is_(None)).values(removed_in=stamp))
            _add_goal(conn, ws.id, goal, stamp)
            bump(conn, ws.id)
        return goal

    def remove_goal(self, name: str, kpi: str) -> Goal:
        """Remove the workspace's goal for ``kpi`` and return it."""
        with self._writing() as conn:
            ws = find(conn, name, lock=True)
            current = GOALS.c.workspace_id == ws.id, GOALS.c.kpi == kpi, GOALS.c.removed_in.is_(None)
            row = conn.execute(sa.select(GOALS).where(*current)).first()
            if row is None:
                raise StoreError(f"Workspace '{name}' has no goal for '{kpi}'; it may be removed already.")
            conn.execute(GOALS.update().where(*current).values(removed_in=int(ws.writes) + 1))
            bump(conn, ws.id)
        return _goal(row)

    def add_note(self, name: str, day: object, text: object, platform: object = None) -> DateNote:
        """Add a note on ``day`` (for ``platform``, or every platform) and return it with its id."""
        note = clean_note(day, text, platform)
        with self._writing() as conn:
            ws = find(conn, name, lock=True)
            note_id = _add_note(conn, ws.id, note, int(ws.writes) + 1)
            bump(conn, ws.id)
        return clean_note(note.day, note.text, note.platform, note_id)

    def update_note(self, name: str, note_id: int, day: object, text: object, platform: object = None) -> DateNote:
        """Change a note (its day, text and platform) and return it with its new id."""
        note = clean_note(day, text, platform)
        with self._writing() as conn:
            ws = find(conn, name, lock=True)
            stamp = int(ws.writes) + 1
            self._remove_note_row(conn, name, ws.id, note_id, stamp)
            new_id = _add_note(conn, ws.id, note, stamp)
            bump(conn, ws.id)
        return clean_note(note.day, note.text, note.platform, new_id)

    def remove_note(self, name: str, note_id: int) -> DateNote:
        """Remove a note and return it."""
        with self._writing() as conn:
            ws = find(conn, name, lock=True)
            row = self._remove_note_row(conn, name, ws.id, note_id, int(ws.writes) + 1)
            bump(conn, ws.id)
        return _note(row)

    @staticmethod
    def _remove_note_row(conn: Connection, name: str, workspace_id: int, note_id: int, stamp: int) -> Row:
        current = NOTES.c.id == note_id, NOTES.c.workspace_id == workspace_id, NOTES.c.removed_in.is_(None)
        row = conn.execute(sa.select(NOTES).where(*current)).first()
        if row is None:
            raise StoreError(f"Workspace '{name}' has no note number {note_id}; it may be removed already.")
        conn.execute(NOTES.update().where(*current).values(removed_in=stamp))
        return row

    def last_goals_notes_change(self, name: str) -> Change | None:
        """The change to goals or notes that undo would take back, or None."""
        with self._reading() as conn:
            ws = find(conn, name)
            stamp = _last_stamp(conn, ws.id)
            return None if stamp is None else _change(conn, ws.id, stamp)

    def undo_goals_notes_change(self, name: str) -> Change:
        """Take back the last change to the workspace's goals or notes: what it added goes, what it removed or
        replaced comes back. Returns that change; ``StoreError`` when there is none."""
        with self._writing() as conn:
            ws = find(conn, name, lock=True)
            stamp = _last_stamp(conn, ws.id)
            if stamp is None:
                raise StoreError(f"Workspace '{name}' has no change to goals or notes to undo.")
            change = _change(conn, ws.id, stamp)
            for table in (GOALS, NOTES):
                mine = table.c.workspace_id == ws.id
                conn.execute(table.delete().where(mine, table.c.added_in == stamp))
                conn.execute(table.update().where(mine, table.c.removed_in == stamp).values(removed_in=None))
            bump(conn, ws.id)
        return change
