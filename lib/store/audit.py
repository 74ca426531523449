"""The audit log: who imported, fetched, undid, deleted, restored, granted, signed in (and failed to), and when.

Rows are only ever added. Each keeps the workspace's id and name as they were (no foreign key: the row of a
deletion outlives its workspace). A workspace's rows travel in its backup (``audit.json``) and come back with a
restore. Details name files, imports and accounts, never a password or a token. Failed sign-ins are read back by
the password throttle, so every app server sharing the database applies the same wait.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from lib.errors import StoreError
from lib.store.engine import Database
from lib.store.tables import AUDIT, WORKSPACES

ACTIONS: tuple[str, ...] = (
    "sign_in", "sign_in_failed", "sign_out", "import", "fetch", "undo", "delete", "restore", "backup", "create",
    "rename", "settings", "goal_set", "goal_remove", "note_add", "note_change", "note_remove", "goals_notes_undo",
    "demo_reset", "credential_remember", "credential_forget", "grant", "revoke", "user_add", "user_remove", "role", "password",
)
"""What a row records; each has its label ``action.<name>`` in ``lib/i18n/catalog_auth.py``."""
MAX_DETAIL = 500


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    actor: str
    action: str
    workspace: str | None
    detail: str
    address: str | None


def _utc(stamp: dt.datetime) -> dt.datetime:
    return stamp.replace(tzinfo=dt.UTC) if stamp.tzinfo is None else stamp.astimezone(dt.UTC)


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(int(row.id), _utc(row.at), str(row.actor), str(row.action), row.workspace, str(row.detail),
                      row.address)


def insert_event(conn: Connection, actor: str, action: str, *, workspace: str | None = None,
                 workspace_id: int | None = None, detail: str = "", address: str | None = None,
                 at: dt.datetime | None = None) -> None:
    """Add one row (``workspace_id`` looked up from ``workspace`` when not given)."""
    if action not in ACTIONS:
        raise StoreError(f"'{action}' is not an audited action.")
    if workspace is not None and workspace_id is None:
        workspace_id = conn.execute(sa.select(WORKSPACES.c.id).where(WORKSPACES.c.name == workspace)).scalar()
    conn.execute(AUDIT.insert().values(
        at=at or dt.datetime.now(dt.UTC), actor=str(actor)[:254], action=action, workspace_id=workspace_id,
        workspace=None if workspace is None else str(workspace)[:200], detail=str(detail or "")[:MAX_DETAIL],
        address=None if address is None else str(address)[:64]))


def workspace_rows(conn: Connection, workspace_id: int) -> list[dict[str, Any]]:
    """A workspace's rows, oldest first, JSON-ready (the backup's ``audit.json``)."""
    rows = conn.execute(sa.select(AUDIT).where(AUDIT.c.workspace_id == workspace_id).order_by(AUDIT.c.id)).all()
    return [{"at": _utc(r.at).isoformat(), "actor": r.actor, "action": r.action, "workspace": r.workspace,
             "detail": r.detail, "address": r.address} for r in rows]


def restore_rows(conn: Connection, workspace_id: int, rows: Sequence[Mapping[str, Any]]) -> None:
    """Put a backup's rows back, now on the restored workspace (``StoreError`` on a damaged row)."""
    for r in rows:
        try:
            at = _utc(dt.datetime.fromisoformat(str(r["at"])))
            insert_event(conn, str(r["actor"]), str(r["action"]), workspace=r.get("workspace"),
                         workspace_id=workspace_id, detail=str(r.get("detail") or ""), address=r.get("address"),
                         at=at)
        except (KeyError, ValueError, TypeError) as exc:
            raise StoreError(f"The backup's audit log is damaged: {exc}") from exc


class Audit(Database):
    """Recording events and reading them back."""

    def record_event(self, actor: str, action: str, *, workspace: str | None = None, detail: str = "",
                     address: str | None = None) -> None:
        """Add one row to the audit log (``action`` one of ``ACTIONS``)."""
        with self._writing() as conn:
            insert_event(conn, actor, action, workspace=workspace, detail=detail, address=address)

    def audit_log(self, workspace: str | None = None, *, limit: int = 500) -> list[AuditEntry]:
        """The newest ``limit`` rows, newest first: every row, or those of one existing ``workspace``."""
        query = sa.select(AUDIT).order_by(AUDIT.c.id.desc()).limit(max(1, int(limit)))
        with self._reading() as conn:
            if workspace is not None:
                ws_id = conn.execute(sa.select(WORKSPACES.c.id).where(WORKSPACES.c.name == workspace)).scalar()
                if ws_id is None:
                    raise StoreError(f"There is no workspace named '{workspace}'.")
                query = query.where(AUDIT.c.workspace_id == ws_id)
            return [_entry(r) for r in conn.execute(query).all()]

    def sign_in_failures(self, email: str, address: str | None, since: dt.datetime) -> tuple[list[dt.datetime],
                                                                                          list[dt.datetime]]:
        """When sign-ins failed since ``since``: for the account ``email``, and from ``address`` (any account)."""
        failed = AUDIT.c.action == "sign_in_failed", AUDIT.c.at >= since
        with self._reading() as conn:
            by_account = conn.execute(sa.select(AUDIT.c.at).where(*failed, AUDIT.c.actor == email)).scalars().all()
            by_address = ([] if not address else
                          conn.execute(sa.select(AUDIT.c.at).where(*failed, AUDIT.c.address == address)).scalars().all())
        return [_utc(a) for a in by_account], [_utc(a) for a in by_address]

