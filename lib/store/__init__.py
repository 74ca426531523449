"""Workspaces that remember: one per client, every import kept as a version, on SQLite or PostgreSQL.

One module per job: ``engine`` (URL, engine, transactions), ``tables`` (table definitions), ``migrations``
(Alembic revisions, run when a store opens), ``workspaces`` (names, settings, revisions), ``imports``
(encoding, merge, history, undo, snapshots), ``notes`` (goals and notes on dates), ``credentials`` (remembered
tokens, encrypted), ``backup``, ``demo``, ``users`` (accounts), ``grants`` (who may use which workspace) and
``audit`` (who did what). ``Store`` gathers their methods; use ``open_store()``, and ``Store.as_user(user)``
(``access``) wherever a person acts.
"""

from __future__ import annotations

import threading

from lib.auth.model import User
from lib.store.access import UserStore
from lib.store.audit import Audit, AuditEntry
from lib.store.backup import BACKUP_FORMAT, BACKUP_VERSION, Backup, read_csv_tables
from lib.store.credentials import Credentials, Vault
from lib.store.demo import DEMO_NAME, Demo
from lib.store.engine import database_url
from lib.store.grants import Grants
from lib.store.imports import ImportRecord, WorkspaceSnapshot
from lib.store.notes import MAX_NOTE, Change, Notes
from lib.store.users import UserRecord
from lib.store.workspaces import MAX_NAME, SETTING_DEFAULTS

__all__ = [
    "BACKUP_FORMAT", "BACKUP_VERSION", "DEMO_NAME", "MAX_NAME", "MAX_NOTE", "SETTING_DEFAULTS", "AuditEntry",
    "Change", "ImportRecord", "Store", "UserRecord", "UserStore", "Vault", "WorkspaceSnapshot", "database_url",
    "open_store", "read_csv_tables",
]


class Store(Backup, Demo, Notes, Credentials, Grants, Audit):
    """Workspaces in one database. Use ``open_store()``; every method is safe to call from several threads.

    Each job module contributes its methods as a class built on ``engine.Database`` (``Workspaces`` <-
    ``Imports`` <- ``Backup``, ``Demo``; ``Workspaces`` <- ``Notes``, ``Credentials``; ``Users`` <- ``Grants``;
    ``Audit``); a new job adds its class to the bases here.

    Names are case-insensitively unique. Methods raise ``StoreError`` (a user-facing sentence) when a
    workspace is missing or an argument is wrong; nothing is changed then.
    """

    def as_user(self, user: User, *, address: str | None = None) -> UserStore:
        """This store as ``user`` may use it: every workspace read or change checks their role and grant, and
        changes are audited under their e-mail (``address``: where they connect from, for the audit log)."""
        return UserStore(self, user, address=address)


_OPEN: dict[str, Store] = {}
_OPEN_LOCK = threading.Lock()


def open_store(url: str | None = None) -> Store:
    """The store at ``database_url(url)``, opened (and created or upgraded) once per process and URL.

    Raises ``StoreError`` when the database cannot be reached or was written by a newer Conversa.
    """
    resolved = database_url(url)
    with _OPEN_LOCK:
        store = _OPEN.get(resolved)
        if store is None:
            store = _OPEN[resolved] = Store(resolved)
    return store
