"""The store's tables (SQLAlchemy Core, the same definitions on SQLite and PostgreSQL).

- ``conversa_meta``: key/value pairs (last used workspace, whether the demo was created, the old schema version).
- ``conversa_workspaces``: name, settings (JSON), logo (bytes) and a write counter behind ``revision()``.
- ``conversa_imports``: one row per import (file name, content hash, importer, platform, rows, dates).
- ``conversa_chunks``: the rows each import brought, per canonical table, as compressed Arrow IPC blobs.
- ``conversa_goals`` and ``conversa_notes``: a workspace's goals (a KPI's target) and notes on dates, kept with
  the change that added and the one that removed each row, so the last change can be undone (``notes.py``).
- ``conversa_credentials``: a platform's credential remembered for a workspace, Fernet ciphertext only, with the
  fingerprint of the key that encrypted it (``credentials.py``).
- ``conversa_users``: accounts (e-mail, role, argon2 hash or none); ``conversa_grants``: which workspaces each
  may use; ``conversa_audit``: who did what to which workspace, and sign-ins (``users.py``, ``grants.py``,
  ``audit.py``). Audit rows keep the workspace's id and name without a foreign key, so they outlive it.

A change to these definitions needs a migration revision (``lib/store/migrations/README.md``).
"""

from __future__ import annotations

from typing import Any, TypeAlias

import sqlalchemy as sa
from sqlalchemy.engine import Connection

Row: TypeAlias = sa.Row[*tuple[Any, ...]]
"""A result row of any width (what ``conn.execute(...).first()`` returns)."""

metadata = sa.MetaData()
META = sa.Table(
    "conversa_meta", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)
WORKSPACES = sa.Table(
    "conversa_workspaces", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("writes", sa.Integer, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("settings", sa.JSON, nullable=False),
    sa.Column("logo", sa.LargeBinary, nullable=True),
    sqlite_autoincrement=True,  # ids are never reused, so a revision never repeats after delete + create
)
IMPORTS = sa.Table(
    "conversa_imports", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("conversa_workspaces.id", ondelete="CASCADE"), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("source", sa.String(500), nullable=False),
    sa.Column("importer", sa.String(100), nullable=False),
    sa.Column("platform", sa.String(200), nullable=False),
    sa.Column("account", sa.String(300), nullable=True),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("data_hash", sa.String(64), nullable=False),
    sa.Column("rows", sa.JSON, nullable=False),
    sa.Column("warnings", sa.JSON, nullable=False),
    sa.Column("first_date", sa.String(10), nullable=True),
    sa.Column("last_date", sa.String(10), nullable=True),
    sa.Column("as_of", sa.String(10), nullable=False),
    sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("workspace_id", "content_hash", name="uq_conversa_imports_content"),
    sa.Index("ix_conversa_imports_data", "workspace_id", "data_hash"),
    sa.Index("ix_conversa_imports_rank", "workspace_id", "as_of", "id"),
    sqlite_autoincrement=True,
)
CHUNKS = sa.Table(
    "conversa_chunks", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("import_id", sa.Integer, sa.ForeignKey("conversa_imports.id", ondelete="CASCADE"), nullable=False),
    sa.Column("table_name", sa.String(32), nullable=False),
    sa.Column("part", sa.Integer, nullable=False),
    sa.Column("rows", sa.Integer, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Index("ix_conversa_chunks_import", "import_id"),
)

GOALS = sa.Table(
    "conversa_goals", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("conversa_workspaces.id", ondelete="CASCADE"), nullable=False),
    sa.Column("kpi", sa.String(64), nullable=False),
    sa.Column("op", sa.String(8), nullable=False),
    sa.Column("target", sa.Float, nullable=False),
    sa.Column("due", sa.String(10), nullable=True),
    sa.Column("added_in", sa.Integer, nullable=False),
    sa.Column("removed_in", sa.Integer, nullable=True),
    sa.Index("ix_conversa_goals_workspace", "workspace_id", "removed_in"),
    sqlite_autoincrement=True,
)
NOTES = sa.Table(
    "conversa_notes", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("conversa_workspaces.id", ondelete="CASCADE"), nullable=False),
    sa.Column("day", sa.String(10), nullable=False),
    sa.Column("platform", sa.String(32), nullable=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("added_in", sa.Integer, nullable=False),
    sa.Column("removed_in", sa.Integer, nullable=True),
    sa.Index("ix_conversa_notes_workspace", "workspace_id", "removed_in"),
    sqlite_autoincrement=True,
)
CREDENTIALS = sa.Table(
    "conversa_credentials", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("conversa_workspaces.id", ondelete="CASCADE"), nullable=False),
    sa.Column("platform", sa.String(32), nullable=False),
    sa.Column("secret", sa.LargeBinary, nullable=False),
    sa.Column("key_id", sa.String(16), nullable=False),
    sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("workspace_id", "platform", name="uq_conversa_credentials_platform"),
    sqlite_autoincrement=True,
)

USERS = sa.Table(
    "conversa_users", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("email", sa.String(254), nullable=False, unique=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.Text, nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sqlite_autoincrement=True,
)
GRANTS = sa.Table(
    "conversa_grants", metadata,
    sa.Column("user_id", sa.Integer, sa.ForeignKey("conversa_users.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("conversa_workspaces.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_conversa_grants_workspace", "workspace_id"),
)
AUDIT = sa.Table(
    "conversa_audit", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("actor", sa.String(254), nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("workspace_id", sa.Integer, nullable=True),
    sa.Column("workspace", sa.String(200), nullable=True),
    sa.Column("detail", sa.Text, nullable=False),
    sa.Column("address", sa.String(64), nullable=True),
    sa.Index("ix_conversa_audit_workspace", "workspace_id", "id"),
    sa.Index("ix_conversa_audit_actor", "action", "actor", "at"),
    sa.Index("ix_conversa_audit_address", "action", "address", "at"),
    sqlite_autoincrement=True,
)


def meta_get(conn: Connection, key: str) -> str | None:
    """The value stored under ``key`` in ``conversa_meta``, or None."""
    value = conn.execute(sa.select(META.c.value).where(META.c.key == key)).scalar_one_or_none()
    return None if value is None else str(value)


def meta_set(conn: Connection, key: str, value: str | None) -> None:
    """Store ``value`` under ``key`` (None removes it)."""
    conn.execute(META.delete().where(META.c.key == key))
    if value is not None:
        conn.execute(META.insert().values(key=key, value=value))
