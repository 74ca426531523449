"""Bring a database to this release's layout when a store opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from lib.errors import StoreError
from lib.store.tables import META, meta_get, meta_set, metadata

if TYPE_CHECKING:
    from lib.store.engine import Database

SCHEMA_VERSION = 1
"""Version of the database layout this release writes. Bump it and add a step to ``MIGRATIONS``."""

MIGRATIONS: dict[int, Callable[[Connection], None]] = {}
"""``{version: step}``: ``step(conn)`` upgrades a database at ``version - 1`` to ``version`` (inside the
transaction that also records the new version). A fresh database is created directly at ``SCHEMA_VERSION``."""


def upgrade(db: Database) -> None:
    """Create the tables at ``SCHEMA_VERSION``, or run ``MIGRATIONS`` from the stored version."""
    with db._reading() as conn:
        if sa.inspect(conn).has_table(META.name) and meta_get(conn, "schema_version") == str(SCHEMA_VERSION):
            return
    with db._writing() as conn:
        if db.is_postgres:  # one process creates or upgrades; the others wait and then see it done
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(74261)")
        if not sa.inspect(conn).has_table(META.name):
            metadata.create_all(conn)
            meta_set(conn, "schema_version", str(SCHEMA_VERSION))
            return
        found = int(meta_get(conn, "schema_version") or 0)
        if found > SCHEMA_VERSION:
            raise StoreError(
                f"The workspaces in {db.location} were saved by a newer version of Conversa (data format "
                f"{found}; this version reads up to {SCHEMA_VERSION}). Update Conversa to open them."
            )
        for version in range(found + 1, SCHEMA_VERSION + 1):
            if version not in MIGRATIONS:
                raise StoreError(f"This version of Conversa cannot upgrade data format {version - 1} to {version}.")
            MIGRATIONS[version](conn)
        meta_set(conn, "schema_version", str(SCHEMA_VERSION))
