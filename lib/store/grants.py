"""Grants: which workspaces each account may use. Admins use every workspace without one; consultants and clients
only those granted to them (what they may do there is their role's: ``lib.auth.model.ROLE_ACTIONS``).

A grant goes with its account or its workspace (foreign keys cascade). ``Store.as_user`` checks grants on every
workspace read or change (``lib/store/access.py``).
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from lib.auth.model import User
from lib.store.tables import GRANTS, USERS, WORKSPACES
from lib.store.users import Users, find_user
from lib.store.workspaces import find


def granted_names(conn: Connection, email: str) -> list[str]:
    """The names of the workspaces granted to ``email``, sorted case-insensitively."""
    rows = conn.execute(sa.select(WORKSPACES.c.name)
                        .join(GRANTS, GRANTS.c.workspace_id == WORKSPACES.c.id)
                        .join(USERS, USERS.c.id == GRANTS.c.user_id)
                        .where(USERS.c.email == email)).scalars()
    return sorted((str(n) for n in rows), key=str.casefold)


def has_grant(conn: Connection, user: User, name: str) -> bool:
    """Whether ``user`` may use workspace ``name`` (admins: when it exists)."""
    if user.sees_everything:
        return conn.execute(sa.select(WORKSPACES.c.id).where(WORKSPACES.c.name == name)).first() is not None
    found = conn.execute(sa.select(WORKSPACES.c.id)
                         .join(GRANTS, GRANTS.c.workspace_id == WORKSPACES.c.id)
                         .join(USERS, USERS.c.id == GRANTS.c.user_id)
                         .where(WORKSPACES.c.name == name, USERS.c.email == user.email)).first()
    return found is not None


def insert_grant(conn: Connection, email: str, name: str) -> bool:
    """Grant workspace ``name`` to ``email``; False when it was granted already."""
    user_id, ws_id = find_user(conn, email, lock=True).id, find(conn, name, lock=True).id
    mine = GRANTS.c.user_id == user_id, GRANTS.c.workspace_id == ws_id
    if conn.execute(sa.select(GRANTS.c.user_id).where(*mine)).first() is not None:
        return False
    conn.execute(GRANTS.insert().values(user_id=user_id, workspace_id=ws_id, granted_at=dt.datetime.now(dt.UTC)))
    return True


class Grants(Users):
    """Granting and revoking workspaces."""

    def grant(self, email: str, workspace: str) -> bool:
        """Let ``email`` use ``workspace``; False when it could already. ``StoreError`` when either is missing."""
        with self._writing() as conn:
            return insert_grant(conn, email, workspace)

    def revoke(self, email: str, workspace: str) -> bool:
        """Stop ``email`` using ``workspace``; False when it could not anyway."""
        with self._writing() as conn:
            user_id, ws_id = find_user(conn, email, lock=True).id, find(conn, workspace, lock=True).id
            done = conn.execute(GRANTS.delete().where(GRANTS.c.user_id == user_id, GRANTS.c.workspace_id == ws_id))
            return bool(done.rowcount)

    def granted(self, email: str) -> list[str]:
        """The workspaces granted to ``email`` (an admin uses every workspace whatever this says)."""
        with self._reading() as conn:
            return granted_names(conn, str(find_user(conn, email).email))
