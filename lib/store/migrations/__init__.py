"""Bring a database to this release's layout when a store opens: Alembic revisions in ``versions/``.

A database made before Alembic (``conversa_meta`` holding ``schema_version`` 1) is stamped at the baseline
revision, then upgraded like any other. On PostgreSQL the upgrade runs under an advisory lock, so app servers
starting together upgrade once: the others wait, then find it done. How to add a revision: ``README.md``.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from lib.errors import StoreError
from lib.store.tables import META, meta_get

if TYPE_CHECKING:
    from lib.store.engine import Database

HERE = Path(__file__).resolve().parent
BASELINE = "0001_baseline"
LEGACY_VERSION = "1"
"""The ``schema_version`` the release before Alembic wrote; its layout is ``BASELINE``."""
LOCK_KEY = 74261
"""PostgreSQL advisory lock held while upgrading (the release before Alembic used the same key)."""


def config(connection: Connection | None = None) -> Config:
    """Alembic's configuration for ``versions/`` (no alembic.ini needed), running on ``connection``."""
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def heads() -> tuple[str, ...]:
    """The head revisions of ``versions/`` (exactly one: the history is one line)."""
    return tuple(_script().get_heads())


def head() -> str:
    """The revision this release's layout is at."""
    (only,) = heads()
    return only


def current(conn: Connection) -> str | None:
    """The database's Alembic revision, or None when it has none (new, or made before Alembic)."""
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database) -> bool:
    """Create or upgrade the database to ``head()``; True when revisions ran, False when it was up to date.

    Raises ``StoreError`` when the database was written by a newer Conversa (a revision this one does not know).
    """
    target = head()
    with db._reading() as conn:
        if current(conn) == target:
            return False
    with db._writing() as conn:
        if db.is_postgres:  # one process upgrades; the others wait here, then see it done
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({LOCK_KEY})")
        found = current(conn)
        if found == target:
            return False
        if found is not None and found not in {r.revision for r in _script().walk_revisions()}:
            raise _newer(db, found)
        cfg = config(conn)
        if found is None and sa.inspect(conn).has_table(META.name):
            legacy = meta_get(conn, "schema_version")
            if legacy != LEGACY_VERSION:
                raise _newer(db, f"data format {legacy}")
            command.stamp(cfg, BASELINE)
        command.upgrade(cfg, "head")
    return True


def _newer(db: Database, found: str) -> StoreError:
    return StoreError(f"The workspaces in {db.location} were saved by a newer version of Conversa ({found}; this "
                      f"version reads up to {head()}). Update Conversa to open them.")
