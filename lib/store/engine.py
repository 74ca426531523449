"""Where the database is and how to talk to it: the URL, the engine, and read and write transactions.

Every write is one transaction that first locks what it changes (``SELECT ... FOR UPDATE`` on PostgreSQL,
``BEGIN IMMEDIATE`` on SQLite in WAL mode with a busy timeout), so a failure leaves the data as it was and
concurrent writers queue instead of losing each other's rows.
"""

from __future__ import annotations

import os
import sqlite3
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from lib.errors import ConversaError, StoreError

ROOT = Path(__file__).resolve().parents[2]
BUSY_TIMEOUT_S = 120


def database_url(url: str | None = None) -> str:
    """The SQLAlchemy URL to use: ``url``, else ``$CONVERSA_DATABASE_URL``, else ``.streamlit/secrets.toml``
    (top-level ``CONVERSA_DATABASE_URL`` or ``[database] url``, in the working folder or the project), else a
    SQLite file ``conversa.db`` in ``$CONVERSA_DATA_DIR`` (default: the project's ``data/`` folder)."""
    if url:
        return url
    env = os.environ.get("CONVERSA_DATABASE_URL", "").strip()
    if env:
        return env
    for path in dict.fromkeys((Path.cwd() / ".streamlit" / "secrets.toml", ROOT / ".streamlit" / "secrets.toml")):
        if not path.is_file():
            continue
        try:
            secrets = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise StoreError(f"{path} could not be read as TOML ({exc}); fix or remove it.") from exc
        database = secrets.get("database")
        found = secrets.get("CONVERSA_DATABASE_URL") or (database.get("url") if isinstance(database, dict) else None)
        if found:
            return str(found)
    folder = Path(os.environ.get("CONVERSA_DATA_DIR") or ROOT / "data")
    return f"sqlite:///{(folder / 'conversa.db').resolve()}"


def reason(exc: sa.exc.DBAPIError) -> str:
    """The driver's own message (first line), without SQL or parameters."""
    return str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else type(exc.orig).__name__


def make_engine(url: str) -> Engine:
    """An engine for ``url``: psycopg 3 on PostgreSQL; on SQLite WAL, a busy timeout and writers that lock first."""
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"'{url}' is not a database URL (e.g. postgresql://user@host/db).") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3 is the supported driver
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(parsed, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
        folder = Path(parsed.database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"The data folder {folder} cannot be created ({exc.strerror}); set CONVERSA_DATA_DIR "
                             "to a folder you can write to.") from exc
    engine = sa.create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_S})

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy's begin event below issues BEGIN itself
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        cursor.execute("PRAGMA auto_vacuum = INCREMENTAL")  # takes effect in a new file: space can be given back
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA journal_size_limit = 67108864")  # the WAL shrinks back after a big import
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # writers take the write lock up front (they queue on busy_timeout); readers read a snapshot
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("conversa_write") else "BEGIN")

    return engine


class Database:
    """One database: its engine and its transactions. The store's job modules build on this class."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self.is_postgres = self.engine.dialect.name == "postgresql"
        try:
            self._upgrade()
        except ConversaError as exc:
            self.engine.dispose()
            if isinstance(exc.__cause__, sa.exc.DBAPIError):
                raise StoreError(f"The database at {self.location} cannot be opened: {reason(exc.__cause__)}") from exc
            raise

    def _upgrade(self) -> None:
        """Bring the database to this release's layout (see ``lib.store.migrations``)."""
        from lib.store.migrations import upgrade

        upgrade(self)

    @property
    def location(self) -> str:
        """The database URL with any password hidden (for messages and the settings page)."""
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Close pooled connections (the store can still be used; it reconnects)."""
        self.engine.dispose()

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write transaction: committed at the end, rolled back (nothing changed) on any exception."""
        try:
            with self.engine.connect() as conn, conn.execution_options(conversa_write=True).begin():
                yield conn
        except sa.exc.DBAPIError as exc:
            raise StoreError(f"The database could not save this, so nothing was changed: {reason(exc)}") from exc

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """One read transaction: every query in it sees the same snapshot."""
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except sa.exc.DBAPIError as exc:
            raise StoreError(f"The database could not be read: {reason(exc)}") from exc

    def _reclaim(self) -> None:
        """Give the space of deleted rows back to the disk (SQLite files created by this release)."""
        if self.engine.dialect.name != "sqlite":
            return
        raw = self.engine.raw_connection()
        driver: Any = raw.driver_connection
        try:  # executescript steps the pragma to the end (execute would free a single page)
            driver.executescript(f"PRAGMA busy_timeout = 1000; PRAGMA incremental_vacuum; "
                                 f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000};")
        except sqlite3.Error:  # only housekeeping (busy: another import runs): free pages are reused later
            driver.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        finally:
            raw.close()
