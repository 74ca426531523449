"""Workspaces that remember: one per client, every import kept as a version, on SQLite or PostgreSQL.

Layout (SQLAlchemy Core, the same code on both databases):

- ``conversa_meta``: key/value pairs (schema version, last used workspace, whether the demo was created).
- ``conversa_workspaces``: name, settings (JSON), logo (bytes) and a write counter behind ``revision()``.
- ``conversa_imports``: one row per import (file name, content hash, importer, platform, rows, dates).
- ``conversa_chunks``: the rows each import brought, per canonical table, as compressed Arrow IPC blobs of
  up to ``ROWS_PER_BLOB`` rows in canonical dtypes (derived text features included).

The current view of a workspace is the union of its imports' rows where, for each table key
(``TableSpec.key``), the newest snapshot wins: imports are ranked by ``as_of`` (the last day their data
reaches, or the fetch day for live sources), then by import order. Undoing an import deletes its versions,
so the rows it had overwritten come back. Columnar blobs make saving and loading cost about as much as
reading the same data from CSV with pyarrow (``benchmarks/bench_store.py``), which row-by-row SQL cannot.

Every write is one transaction that first locks the workspace (``SELECT ... FOR UPDATE`` on PostgreSQL,
``BEGIN IMMEDIATE`` on SQLite in WAL mode with a busy timeout), so a failure leaves the workspace as it was and
concurrent importers queue instead of losing each other's rows. Access tokens are never stored here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import sqlite3
import threading
import tomllib
import zipfile
import zoneinfo
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.ipc as paipc
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from lib import schema
from lib.dataset import Dataset
from lib.errors import ConversaError, SchemaError, StoreError
from lib.i18n import LANGUAGES

if TYPE_CHECKING:
    from lib.importers.base import ImportResult

ROOT = Path(__file__).resolve().parents[1]
DEMO_NAME = "Demo"
DEMO_FOLDER = ROOT / "sample_data"

SCHEMA_VERSION = 1
"""Version of the database layout this release writes. Bump it and add a step to ``MIGRATIONS``."""

MIGRATIONS: dict[int, Callable[[Connection], None]] = {}
"""``{version: step}``: ``step(conn)`` upgrades a database at ``version - 1`` to ``version`` (inside the
transaction that also records the new version). A fresh database is created directly at ``SCHEMA_VERSION``."""

BACKUP_FORMAT = "conversa-backup"
BACKUP_VERSION = 1
ROWS_PER_BLOB = 500_000
BATCH_ROWS = 64_000
BUSY_TIMEOUT_S = 120
MAX_NAME = 80

SETTING_DEFAULTS: dict[str, Any] = {
    "client_name": "", "logo": None, "brand_handles": {}, "tz": "UTC", "language": "en", "currency": "EUR",
    "manual_followers": {}, "mappings": {},
}

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

_ARROW_TYPES = {
    schema.TEXT: pa.large_string(), schema.COUNT: pa.int64(), schema.MONEY: pa.float64(), schema.FLAG: pa.bool_(),
    schema.TIME: pa.timestamp("us", tz="UTC"), schema.DAY: pa.timestamp("us"),
}
_PANDAS_TYPES = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype(), pa.float64(): pd.Float64Dtype()}
_IPC_OPTIONS = paipc.IpcWriteOptions(compression="zstd")


# ---------------------------------------------------------------------------------------------- records


@dataclass(frozen=True)
class ImportRecord:
    """One import into a workspace, as recorded (or, with ``duplicate=True``, the earlier import it repeats).

    ``kind`` is ``"file"`` (an uploaded export), ``"fetch"`` (a live source such as X), ``"backup"`` (a
    restored backup) or ``"demo"``. ``rows`` counts the rows per table the import brought.
    """

    id: int
    workspace: str
    kind: str
    source: str
    importer: str
    platform: str
    account: str | None
    rows: dict[str, int]
    first_date: dt.date | None
    last_date: dt.date | None
    as_of: dt.date
    imported_at: dt.datetime
    content_hash: str
    warnings: tuple[str, ...] = ()
    duplicate: bool = False

    @property
    def tables(self) -> list[str]:
        """Tables the import brought rows to, in canonical order."""
        return [t for t in Dataset.TABLES if self.rows.get(t)]

    def summary(self) -> dict:
        """JSON-ready description (dates as ISO strings)."""
        return {
            "id": self.id, "workspace": self.workspace, "kind": self.kind, "file": self.source,
            "format": self.importer, "platform": self.platform, "account": self.account, "tables": self.tables,
            "rows": dict(self.rows), "first_date": _iso(self.first_date), "last_date": _iso(self.last_date),
            "as_of": self.as_of.isoformat(), "imported_at": self.imported_at.isoformat(),
            "content_hash": self.content_hash, "warnings": list(self.warnings), "duplicate": self.duplicate,
        }


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _reason(exc: sa.exc.DBAPIError) -> str:
    """The driver's own message (first line), without SQL or parameters."""
    return str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else type(exc.orig).__name__


def _utc(stamp: dt.datetime) -> dt.datetime:
    return stamp.replace(tzinfo=dt.UTC) if stamp.tzinfo is None else stamp.astimezone(dt.UTC)


@dataclass(frozen=True)
class _Encoded:
    """A dataset turned into blobs, ready to insert: ``blobs`` are (table, part, rows, bytes)."""

    blobs: list[tuple[str, int, int, bytes]]
    rows: dict[str, int]
    data_hash: str
    first_date: dt.date | None
    last_date: dt.date | None


# ------------------------------------------------------------------------------------- arrow encoding


def _arrow_schema(spec: schema.TableSpec) -> pa.Schema:
    return pa.schema([(c, _ARROW_TYPES[d]) for c, d in spec.all_columns.items()])


def _encode(dataset: Dataset) -> _Encoded:
    """Serialise every non-empty table as zstd-compressed Arrow IPC streams and hash the result."""
    blobs, rows = [], {}
    digest = hashlib.sha256()
    for name in Dataset.TABLES:
        frame = dataset.table(name)
        if not len(frame):
            continue
        spec = schema.TABLES[name]
        table = pa.Table.from_pandas(frame[list(spec.all_columns)], schema=_arrow_schema(spec), preserve_index=False)
        table = table.replace_schema_metadata(None)
        rows[name] = table.num_rows
        for part, start in enumerate(range(0, table.num_rows, ROWS_PER_BLOB)):
            piece = table.slice(start, ROWS_PER_BLOB)
            sink = pa.BufferOutputStream()
            with paipc.new_stream(sink, piece.schema, options=_IPC_OPTIONS) as writer:
                writer.write_table(piece, max_chunksize=BATCH_ROWS)
            blob = sink.getvalue().to_pybytes()
            digest.update(f"{name}:{part}:{piece.num_rows}:".encode())
            digest.update(hashlib.sha256(blob).digest())
            blobs.append((name, part, piece.num_rows, blob))
    rng = dataset.date_range()
    return _Encoded(blobs, rows, digest.hexdigest(), rng[0] if rng else None, rng[1] if rng else None)


def _frame(name: str, tables: list[pa.Table], deduplicate: bool) -> pd.DataFrame:
    """Blobs of one table (oldest snapshot first) as one frame in canonical dtypes, newest row per key."""
    spec = schema.TABLES[name]
    if not tables:
        return schema.empty(spec)
    table = tables[0] if len(tables) == 1 else pa.concat_tables(tables, promote_options="default")
    if deduplicate:  # find older versions from the key columns only, drop them before converting the rest
        keys = pd.DataFrame({k: table.column(k).to_pandas() for k in spec.key})
        table = table.filter(pa.array(~keys.duplicated(keep="last").to_numpy()))
    frame = table.to_pandas(types_mapper=_PANDAS_TYPES.get)
    if list(frame.columns) != list(spec.all_columns) or any(
        str(frame[c].dtype) != d for c, d in spec.all_columns.items()
    ):
        frame = schema.coerce(spec, frame)  # blobs written by an older release (different columns)
    return frame


# ----------------------------------------------------------------------------------------- csv (backup)


def _csv_bytes(frame: pd.DataFrame, spec: schema.TableSpec) -> bytes:
    """A table as CSV: canonical and derived columns, ISO 8601 times with offset, true/false, empty = null."""
    cols = {}
    for col, dtype in spec.all_columns.items():
        s = frame[col]
        if dtype == schema.TIME:
            naive = s.dt.tz_localize(None).to_numpy()
            unit = "s" if not (naive.astype("int64") % 1_000_000).any() else "us"
            text = np.char.add(np.datetime_as_string(naive, unit=unit), "+00:00").astype(object)
            cols[col] = pa.array(np.where(s.isna().to_numpy(), None, text), pa.large_string())
        elif dtype == schema.DAY:
            text = np.datetime_as_string(s.to_numpy().astype("datetime64[D]"), unit="D").astype(object)
            cols[col] = pa.array(np.where(s.isna().to_numpy(), None, text), pa.large_string())
        else:
            cols[col] = pa.Array.from_pandas(s, type=_ARROW_TYPES[dtype])
    sink = io.BytesIO()
    pacsv.write_csv(pa.table(cols), sink)
    return sink.getvalue()


def read_csv_tables(files: Mapping[str, bytes]) -> Dataset:
    """Canonical CSVs (``{table: bytes}``, as written into backups) as a validated Dataset.

    Empty unquoted cells are null, ``""`` is an empty text; missing columns are added as null and missing
    derived text features are computed. Raises ``SchemaError`` naming what is wrong.
    """
    frames = {}
    for name, data in files.items():
        spec = schema.TABLES[name]
        types = {c: (pa.large_string() if d in (schema.TIME, schema.DAY) else _ARROW_TYPES[d])
                 for c, d in spec.all_columns.items()}
        try:
            table = pacsv.read_csv(
                io.BytesIO(data),
                parse_options=pacsv.ParseOptions(newlines_in_values=True),
                convert_options=pacsv.ConvertOptions(
                    column_types=types, null_values=[""], strings_can_be_null=True, quoted_strings_can_be_null=False,
                    true_values=["true", "True", "TRUE"], false_values=["false", "False", "FALSE"],
                ),
            )
        except pa.ArrowInvalid as exc:
            raise SchemaError(f"{name}.csv could not be read as a canonical table: {exc}") from exc
        frames[name] = table.to_pandas(types_mapper=_PANDAS_TYPES.get)
    return Dataset.from_frames(**frames)


# ------------------------------------------------------------------------------------------ settings


def _check_platform(platform: object, what: str) -> str:
    if platform not in schema.PLATFORMS:
        raise StoreError(f"Unknown platform '{platform}' in {what}; use one of {', '.join(schema.PLATFORMS)}.")
    return str(platform)


def _normalise_settings(values: Mapping[str, Any]) -> dict[str, Any]:
    """Check and normalise setting values; raise ``StoreError`` naming the first bad one."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in SETTING_DEFAULTS:
            raise StoreError(f"'{key}' is not a workspace setting; settings are {', '.join(SETTING_DEFAULTS)}.")
        if key == "client_name":
            value = "" if value is None else str(value).strip()
        elif key == "logo":
            if value is not None and not isinstance(value, bytes | bytearray | memoryview):
                raise StoreError("The logo must be the bytes of an image file.")
            value = None if value is None or not len(value) else bytes(value)
        elif key == "brand_handles":
            handles = {}
            for platform, names in dict(value or {}).items():
                names = [names] if isinstance(names, str) else list(names or [])
                cleaned = list(dict.fromkeys(str(n).strip() for n in names if str(n).strip()))
                if cleaned:
                    handles[_check_platform(platform, "the brand handles")] = cleaned
            value = handles
        elif key == "tz":
            try:
                zoneinfo.ZoneInfo(str(value))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
                raise StoreError(f"'{value}' is not a time zone; use a name like Europe/Rome or UTC.") from exc
            value = str(value)
        elif key == "language":
            if value not in LANGUAGES:
                raise StoreError(f"'{value}' is not a supported language; use one of {', '.join(LANGUAGES)}.")
        elif key == "currency":
            value = str(value).strip().upper()
            if len(value) != 3 or not value.isalpha():
                raise StoreError(f"'{value}' is not a currency code; use three letters like EUR or USD.")
        elif key == "manual_followers":
            counts = {}
            for platform, count in dict(value or {}).items():
                if count is None:
                    continue
                if isinstance(count, bool) or not float(count).is_integer() or int(count) < 0:
                    raise StoreError(f"The follower count for {platform} must be a whole number of 0 or more.")
                counts[_check_platform(platform, "the follower counts")] = int(count)
            value = counts
        elif key == "mappings":
            value = {str(k): v for k, v in dict(value or {}).items()}
            try:
                json.dumps(value)
            except (TypeError, ValueError) as exc:
                raise StoreError(f"Column mappings must be plain text and lists: {exc}") from exc
        out[key] = value
    return out


# ------------------------------------------------------------------------------------------ locating


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


def _make_engine(url: str) -> Engine:
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
    def _connect(dbapi_connection, _record) -> None:
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


# ---------------------------------------------------------------------------------------------- store


class Store:
    """Workspaces in one database. Use ``open_store()``; every method is safe to call from several threads.

    Names are case-insensitively unique. Methods raise ``StoreError`` (a user-facing sentence) when a
    workspace is missing or an argument is wrong; nothing is changed then.
    """

    def __init__(self, url: str) -> None:
        self.engine = _make_engine(url)
        self.is_postgres = self.engine.dialect.name == "postgresql"
        try:
            self._migrate()
        except ConversaError as exc:
            self.engine.dispose()
            if isinstance(exc.__cause__, sa.exc.DBAPIError):
                raise StoreError(f"The database at {self.location} cannot be opened: {_reason(exc.__cause__)}") from exc
            raise

    @property
    def location(self) -> str:
        """The database URL with any password hidden (for messages and the settings page)."""
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Close pooled connections (the store can still be used; it reconnects)."""
        self.engine.dispose()

    # -- transactions and small helpers

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write transaction: committed at the end, rolled back (nothing changed) on any exception."""
        try:
            with self.engine.connect() as conn, conn.execution_options(conversa_write=True).begin():
                yield conn
        except sa.exc.DBAPIError as exc:
            raise StoreError(f"The database could not save this, so nothing was changed: {_reason(exc)}") from exc

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except sa.exc.DBAPIError as exc:
            raise StoreError(f"The database could not be read: {_reason(exc)}") from exc

    def _meta_get(self, conn: Connection, key: str) -> str | None:
        return conn.execute(sa.select(META.c.value).where(META.c.key == key)).scalar_one_or_none()

    def _meta_set(self, conn: Connection, key: str, value: str | None) -> None:
        conn.execute(META.delete().where(META.c.key == key))
        if value is not None:
            conn.execute(META.insert().values(key=key, value=value))

    def _migrate(self) -> None:
        """Create the tables at ``SCHEMA_VERSION``, or run ``MIGRATIONS`` from the stored version."""
        with self._reading() as conn:
            if sa.inspect(conn).has_table(META.name) and self._meta_get(conn, "schema_version") == str(SCHEMA_VERSION):
                return
        with self._writing() as conn:
            if self.is_postgres:  # one process creates or upgrades; the others wait and then see it done
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(74261)")
            if not sa.inspect(conn).has_table(META.name):
                metadata.create_all(conn)
                self._meta_set(conn, "schema_version", str(SCHEMA_VERSION))
                return
            found = int(self._meta_get(conn, "schema_version") or 0)
            if found > SCHEMA_VERSION:
                raise StoreError(
                    f"The workspaces in {self.location} were saved by a newer version of Conversa (data format "
                    f"{found}; this version reads up to {SCHEMA_VERSION}). Update Conversa to open them."
                )
            for version in range(found + 1, SCHEMA_VERSION + 1):
                if version not in MIGRATIONS:
                    raise StoreError(f"This version of Conversa cannot upgrade data format {version - 1} to {version}.")
                MIGRATIONS[version](conn)
            self._meta_set(conn, "schema_version", str(SCHEMA_VERSION))

    def _find(self, conn: Connection, name: str, lock: bool = False) -> sa.Row:
        query = sa.select(WORKSPACES.c.id, WORKSPACES.c.name, WORKSPACES.c.writes).where(WORKSPACES.c.name == name)
        row = conn.execute(query.with_for_update() if lock else query).first()
        if row is None:
            raise StoreError(f"There is no workspace named '{name}'.")
        return row

    def _bump(self, conn: Connection, workspace_id: int) -> None:
        conn.execute(WORKSPACES.update().where(WORKSPACES.c.id == workspace_id).values(writes=WORKSPACES.c.writes + 1))

    def _check_name(self, conn: Connection, name: str, except_id: int | None = None) -> str:
        clean = " ".join(str(name or "").split())
        if not clean:
            raise StoreError("Give the workspace a name.")
        if len(clean) > MAX_NAME:
            raise StoreError(f"Workspace names can have at most {MAX_NAME} characters.")
        query = sa.select(WORKSPACES.c.name).where(sa.func.lower(WORKSPACES.c.name) == clean.lower())
        if except_id is not None:
            query = query.where(WORKSPACES.c.id != except_id)
        taken = conn.execute(query).scalar_one_or_none()
        if taken is not None:
            raise StoreError(f"A workspace named '{taken}' already exists; choose another name.")
        return clean

    def _insert_workspace(self, conn: Connection, name: str, settings: Mapping[str, Any] | None) -> tuple[int, str]:
        name = self._check_name(conn, name)
        values = _normalise_settings({"client_name": name, **(settings or {})})
        logo = values.pop("logo", None)
        try:
            new_id = conn.execute(WORKSPACES.insert().values(
                name=name, writes=1, created_at=dt.datetime.now(dt.UTC), settings=values, logo=logo,
            )).inserted_primary_key[0]
        except sa.exc.IntegrityError as exc:
            raise StoreError(f"A workspace named '{name}' already exists; choose another name.") from exc
        return int(new_id), name

    def _insert_import(self, conn: Connection, workspace: sa.Row, enc: _Encoded, *, kind: str, source: str,
                       importer: str, platform: str, account: str | None, content_hash: str | None,
                       warnings: Iterable[str], as_of: dt.date | None) -> ImportRecord:
        """Record one import and its blobs (or find the earlier import with the same content)."""
        content_hash = content_hash or enc.data_hash
        dup = conn.execute(
            sa.select(IMPORTS).where(
                IMPORTS.c.workspace_id == workspace.id,
                sa.or_(IMPORTS.c.content_hash == content_hash, IMPORTS.c.data_hash == enc.data_hash),
            ).order_by(IMPORTS.c.id).limit(1)
        ).first()
        if dup is not None:
            return self._record(dup, workspace.name, duplicate=True)
        as_of = as_of or enc.last_date or dt.datetime.now(dt.UTC).date()
        values = dict(
            workspace_id=workspace.id, kind=kind, source=str(source)[:500], importer=str(importer)[:100],
            platform=str(platform)[:200], account=None if account is None else str(account)[:300],
            content_hash=content_hash, data_hash=enc.data_hash, rows=enc.rows, warnings=list(warnings),
            first_date=_iso(enc.first_date), last_date=_iso(enc.last_date), as_of=as_of.isoformat(),
            imported_at=dt.datetime.now(dt.UTC),
        )
        import_id = conn.execute(IMPORTS.insert().values(**values)).inserted_primary_key[0]
        self._write_chunks(conn, import_id, enc.blobs)
        self._bump(conn, workspace.id)
        return self._record({"id": import_id, **values}, workspace.name)

    def _write_chunks(self, conn: Connection, import_id: int, blobs: list[tuple[str, int, int, bytes]]) -> None:
        for table, part, rows, blob in blobs:  # one statement per blob: a few per import, each up to tens of MB
            conn.execute(CHUNKS.insert().values(import_id=import_id, table_name=table, part=part, rows=rows, data=blob))

    def _record(self, row: Any, workspace: str, duplicate: bool = False) -> ImportRecord:
        m = row if isinstance(row, Mapping) else row._mapping
        return ImportRecord(
            id=int(m["id"]), workspace=workspace, kind=m["kind"], source=m["source"], importer=m["importer"],
            platform=m["platform"], account=m["account"], rows=dict(m["rows"]), first_date=_day(m["first_date"]),
            last_date=_day(m["last_date"]), as_of=dt.date.fromisoformat(m["as_of"]), imported_at=_utc(m["imported_at"]),
            content_hash=m["content_hash"], warnings=tuple(m["warnings"]), duplicate=duplicate,
        )

    def _delete_workspace(self, conn: Connection, workspace_id: int) -> None:
        ids = sa.select(IMPORTS.c.id).where(IMPORTS.c.workspace_id == workspace_id)
        conn.execute(CHUNKS.delete().where(CHUNKS.c.import_id.in_(ids)))
        conn.execute(IMPORTS.delete().where(IMPORTS.c.workspace_id == workspace_id))
        conn.execute(WORKSPACES.delete().where(WORKSPACES.c.id == workspace_id))

    # -- workspaces

    def list_workspaces(self) -> list[str]:
        """Workspace names, sorted case-insensitively."""
        with self._reading() as conn:
            names = conn.execute(sa.select(WORKSPACES.c.name)).scalars().all()
        return sorted(names, key=str.casefold)

    def exists(self, name: str) -> bool:
        """Whether a workspace with exactly this name exists."""
        with self._reading() as conn:
            return conn.execute(sa.select(WORKSPACES.c.id).where(WORKSPACES.c.name == name)).first() is not None

    def create(self, name: str, settings: Mapping[str, Any] | None = None) -> str:
        """Create an empty workspace and return its cleaned name (spaces collapsed).

        ``settings`` as in ``update_settings``; ``client_name`` defaults to the workspace name.
        """
        with self._writing() as conn:
            return self._insert_workspace(conn, name, settings)[1]

    def rename(self, old: str, new: str) -> str:
        """Rename a workspace (its data, settings and history stay); return the cleaned new name."""
        with self._writing() as conn:
            ws = self._find(conn, old, lock=True)
            clean = self._check_name(conn, new, except_id=ws.id)
            conn.execute(WORKSPACES.update().where(WORKSPACES.c.id == ws.id).values(name=clean))
            self._bump(conn, ws.id)
        return clean

    def delete(self, name: str) -> None:
        """Delete a workspace with its data, settings and history (the page asks for confirmation first)."""
        with self._writing() as conn:
            ws = self._find(conn, name, lock=True)
            self._delete_workspace(conn, ws.id)
        self._reclaim()

    def _reclaim(self) -> None:
        """Give the space of deleted rows back to the disk (SQLite files created by this release)."""
        if self.engine.dialect.name != "sqlite":
            return
        raw = self.engine.raw_connection()
        try:  # executescript steps the pragma to the end (execute would free a single page)
            raw.driver_connection.executescript(f"PRAGMA busy_timeout = 1000; PRAGMA incremental_vacuum; "
                                                f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000};")
        except sqlite3.Error:  # only housekeeping (busy: another import runs): free pages are reused later
            raw.driver_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        finally:
            raw.close()

    def revision(self, name: str) -> str:
        """A token that changes on every write to the workspace (data, settings, name); for cache keys.

        Tokens never repeat, even after a workspace is deleted and created again with the same name.
        """
        with self._reading() as conn:
            ws = self._find(conn, name)
        return f"{ws.id}.{ws.writes}"

    # -- settings

    def settings(self, name: str) -> dict[str, Any]:
        """Every setting of the workspace, defaults filled in: ``client_name`` (str), ``logo`` (bytes or
        None), ``brand_handles`` ({platform: [handles]}), ``tz`` (IANA name), ``language`` ("en"/"it"),
        ``currency`` (ISO 4217), ``manual_followers`` ({platform: int}), ``mappings`` ({header_signature:
        mapping})."""
        with self._reading() as conn:
            row = conn.execute(
                sa.select(WORKSPACES.c.settings, WORKSPACES.c.logo).where(WORKSPACES.c.name == name)
            ).first()
        if row is None:
            raise StoreError(f"There is no workspace named '{name}'.")
        stored = json.loads(json.dumps(row.settings))  # a deep copy callers may change freely
        return {**json.loads(json.dumps(SETTING_DEFAULTS)), **stored, "logo": None if row.logo is None else bytes(row.logo)}

    def update_settings(self, name: str, **values: Any) -> dict[str, Any]:
        """Change the given settings (others stay) and return all settings.

        Each value replaces the stored one whole (``mappings={...}`` replaces every mapping). ``logo=None``
        removes the logo. Raises ``StoreError`` for an unknown key or a bad value; nothing changes then.
        """
        clean = _normalise_settings(values)
        with self._writing() as conn:
            ws = self._find(conn, name, lock=True)
            stored = conn.execute(sa.select(WORKSPACES.c.settings).where(WORKSPACES.c.id == ws.id)).scalar_one()
            update: dict[str, Any] = {}
            if "logo" in clean:
                update["logo"] = clean.pop("logo")
            update["settings"] = {**stored, **clean}
            conn.execute(WORKSPACES.update().where(WORKSPACES.c.id == ws.id).values(**update))
            self._bump(conn, ws.id)
        return self.settings(name)

    def save_mapping(self, name: str, signature: str, mapping: Mapping[str, Any]) -> None:
        """Remember one column mapping under its header signature, keeping every other mapping.

        Unlike reading ``settings()["mappings"]`` and writing them all back, two sessions saving different
        mappings at once both keep theirs.
        """
        clean = _normalise_settings({"mappings": {signature: dict(mapping)}})["mappings"]
        with self._writing() as conn:
            ws = self._find(conn, name, lock=True)
            stored = conn.execute(sa.select(WORKSPACES.c.settings).where(WORKSPACES.c.id == ws.id)).scalar_one()
            merged = {**stored, "mappings": {**stored.get("mappings", {}), **clean}}
            conn.execute(WORKSPACES.update().where(WORKSPACES.c.id == ws.id).values(settings=merged))
            self._bump(conn, ws.id)

    # -- data

    def load(self, name: str) -> Dataset:
        """The workspace's current data: every import merged, the newest snapshot of each row winning.

        Tables are in canonical dtypes with the derived text features; an empty workspace gives an empty
        Dataset. Imports rank by ``as_of`` then import order (see the module docstring).
        """
        with self._reading() as conn:
            ws = self._find(conn, name)
            rows = conn.execute(
                sa.select(CHUNKS.c.table_name, CHUNKS.c.import_id, CHUNKS.c.data)
                .join(IMPORTS, IMPORTS.c.id == CHUNKS.c.import_id)
                .where(IMPORTS.c.workspace_id == ws.id)
                .order_by(IMPORTS.c.as_of, IMPORTS.c.id, CHUNKS.c.part)
            ).all()
        tables: dict[str, list[pa.Table]] = {t: [] for t in Dataset.TABLES}
        sources: dict[str, set[int]] = {t: set() for t in Dataset.TABLES}
        for table_name, import_id, blob in rows:
            tables[table_name].append(paipc.open_stream(blob).read_all())
            sources[table_name].add(import_id)
        return Dataset(**{t: _frame(t, tables[t], len(sources[t]) > 1) for t in Dataset.TABLES})

    def save_import(self, name: str, result: ImportResult, data: bytes | None = None, *,
                    as_of: dt.date | None = None) -> ImportRecord:
        """Save what an importer read (an ``ImportResult``) into workspace ``name``, in one transaction.

        Parameters
        ----------
        name
            An existing workspace.
        result
            The ``ImportResult`` (its ``dataset``, ``source``, ``importer``, ``platform``, ``account``,
            ``warnings`` are recorded).
        data
            The uploaded file's bytes: their SHA-256 is the content hash. Without them the hash of the
            canonical data is used.
        as_of
            The day the export was taken, when known; default: the last day its data reaches.

        Returns
        -------
        ImportRecord
            The new record; or, when the same file (or exactly the same data) was imported before, that
            earlier record with ``duplicate=True`` and nothing changed.
        """
        return self._save(
            name, result.dataset, kind="file", source=result.source, importer=result.importer,
            platform=result.platform, account=result.account, warnings=result.warnings,
            content_hash=None if data is None else hashlib.sha256(data).hexdigest(), as_of=as_of,
        )

    def save_dataset(self, name: str, dataset: Dataset, source: str, kind: str = "fetch", *,
                     platform: str | None = None, account: str | None = None,
                     as_of: dt.date | None = None) -> ImportRecord:
        """Save a Dataset from a live source (``kind="fetch"``, e.g. the X connector) as one import.

        Only data is stored (never tokens). ``as_of`` defaults to today (UTC) for fetches, so a fetch
        outranks earlier exports of the same rows; for other kinds, to the last day the data reaches.
        Same content as an earlier import: that record is returned with ``duplicate=True``.
        """
        if as_of is None and kind == "fetch":
            as_of = dt.datetime.now(dt.UTC).date()
        return self._save(
            name, dataset, kind=kind, source=source, importer=kind, platform=platform or ",".join(dataset.platforms),
            account=account, warnings=(), content_hash=None, as_of=as_of,
        )

    def _save(self, name: str, dataset: Dataset, **record: Any) -> ImportRecord:
        if dataset.is_empty:
            raise StoreError(f"'{record['source']}' has no rows to import; nothing was changed.")
        enc = _encode(dataset)  # the heavy work happens before the transaction takes the lock
        with self._writing() as conn:
            ws = self._find(conn, name, lock=True)
            return self._insert_import(conn, ws, enc, **record)

    def imports(self, name: str) -> list[ImportRecord]:
        """Every import of the workspace, oldest first."""
        with self._reading() as conn:
            ws = self._find(conn, name)
            rows = conn.execute(sa.select(IMPORTS).where(IMPORTS.c.workspace_id == ws.id).order_by(IMPORTS.c.id)).all()
        return [self._record(r, ws.name) for r in rows]

    def undo_import(self, name: str, import_id: int) -> ImportRecord:
        """Remove one import: the rows it added go, rows it had overwritten come back. Returns its record."""
        with self._writing() as conn:
            ws = self._find(conn, name, lock=True)
            row = conn.execute(
                sa.select(IMPORTS).where(IMPORTS.c.id == import_id, IMPORTS.c.workspace_id == ws.id)
            ).first()
            if row is None:
                raise StoreError(f"Workspace '{name}' has no import number {import_id}; it may be undone already.")
            conn.execute(CHUNKS.delete().where(CHUNKS.c.import_id == import_id))
            conn.execute(IMPORTS.delete().where(IMPORTS.c.id == import_id))
            self._bump(conn, ws.id)
        self._reclaim()
        return self._record(row, ws.name)

    # -- last used and demo

    def last_used(self) -> str | None:
        """The workspace opened last (``set_last_used``), or None when there is none or it was deleted."""
        with self._reading() as conn:
            value = self._meta_get(conn, "last_used")
            if value is None:
                return None
            return conn.execute(sa.select(WORKSPACES.c.name).where(WORKSPACES.c.id == int(value))).scalar_one_or_none()

    def set_last_used(self, name: str) -> None:
        """Remember ``name`` as the workspace to open next time (follows renames)."""
        with self._reading() as conn:
            ws = self._find(conn, name)
            if self._meta_get(conn, "last_used") == str(ws.id):
                return
        with self._writing() as conn:
            self._meta_set(conn, "last_used", str(self._find(conn, name).id))

    def ensure_demo(self) -> str:
        """On first start, create the "Demo" workspace from ``sample_data``; return a workspace to open.

        The demo is created when this database never had it, and again whenever no workspace is left, so
        the app always has something to show. Returns "Demo" when it exists; when the user deleted it and
        kept others, returns the last used workspace (else the first by name) instead of recreating it.
        """
        with self._reading() as conn:
            created = self._meta_get(conn, "demo_created") is not None
        names = self.list_workspaces()
        if DEMO_NAME in names:
            return DEMO_NAME
        if created and names:
            return self.last_used() or names[0]
        dataset, settings = _demo_files()
        with self._writing() as conn:
            taken = conn.execute(sa.select(WORKSPACES.c.id).where(WORKSPACES.c.name == DEMO_NAME)).first()
            if taken is None:  # another session may have created it meanwhile
                self._create_demo(conn, dataset, settings)
        return DEMO_NAME

    def reset_demo(self) -> str:
        """Delete the "Demo" workspace (if any) and create it again from ``sample_data``; return its name."""
        dataset, settings = _demo_files()
        with self._writing() as conn:
            old = conn.execute(
                sa.select(WORKSPACES.c.id).where(WORKSPACES.c.name == DEMO_NAME).with_for_update()
            ).first()
            if old is not None:
                self._delete_workspace(conn, old.id)
            new_id = self._create_demo(conn, dataset, settings)
            if old is not None and self._meta_get(conn, "last_used") == str(old.id):
                self._meta_set(conn, "last_used", str(new_id))
        return DEMO_NAME

    def _create_demo(self, conn: Connection, dataset: Dataset, settings: Mapping[str, Any]) -> int:
        ws_id, _ = self._insert_workspace(conn, DEMO_NAME, settings)
        ws = self._find(conn, DEMO_NAME)
        self._insert_import(conn, ws, _encode(dataset), kind="demo", source="sample_data", importer="canonical",
                            platform=",".join(dataset.platforms), account=None, content_hash=None, warnings=(),
                            as_of=None)
        self._meta_set(conn, "demo_created", dt.datetime.now(dt.UTC).isoformat())
        return ws_id

    # -- backup

    def export_backup(self, name: str) -> bytes:
        """The workspace as one zip: ``manifest.json`` (format, schema version, tables, import history),
        ``settings.json``, ``logo.bin`` (when set) and one canonical CSV per non-empty table (with the derived
        columns, so ``import_backup`` gives back exactly the same frames)."""
        for _ in range(5):  # read until no write happened in between, so data, settings and history agree
            revision = self.revision(name)
            settings, dataset, history = self.settings(name), self.load(name), [r.summary() for r in self.imports(name)]
            if self.revision(name) == revision:
                break
        logo = settings.pop("logo")
        manifest = {
            "format": BACKUP_FORMAT, "backup_version": BACKUP_VERSION, "schema_version": SCHEMA_VERSION,
            "workspace": name, "exported_at": dt.datetime.now(dt.UTC).isoformat(),
            "tables": {t: len(dataset.table(t)) for t in Dataset.TABLES if len(dataset.table(t))},
            "imports": history,
        }
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
            zf.writestr("settings.json", json.dumps(settings, ensure_ascii=False, indent=2))
            if logo is not None:
                zf.writestr("logo.bin", logo)
            for table in manifest["tables"]:
                zf.writestr(f"{table}.csv", _csv_bytes(dataset.table(table), schema.TABLES[table]))
        return out.getvalue()

    def import_backup(self, data: bytes, name: str | None = None) -> str:
        """Create a workspace from ``export_backup`` bytes and return its name.

        ``name`` defaults to the backed-up workspace's name, with " (2)", " (3)"... added when taken (an
        explicit ``name`` that is taken is an error). The data arrives as one import of kind "backup".
        """
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
            manifest = json.loads(zf.read("manifest.json"))
        except (zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise StoreError("This file is not a Conversa workspace backup (a .zip made by 'Back up').") from exc
        if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
            raise StoreError("This file is not a Conversa workspace backup (a .zip made by 'Back up').")
        if int(manifest.get("backup_version", 0)) > BACKUP_VERSION:
            raise StoreError("This backup was made by a newer version of Conversa; update Conversa to restore it.")
        try:
            settings = json.loads(zf.read("settings.json"))
            if "logo.bin" in zf.namelist():
                settings["logo"] = zf.read("logo.bin")
            files = {t: zf.read(f"{t}.csv") for t in manifest.get("tables", {}) if t in schema.TABLES}
            dataset = read_csv_tables(files)
        except (KeyError, ValueError, zipfile.BadZipFile, ConversaError) as exc:
            raise StoreError(f"This backup is damaged and was not restored: {exc}") from exc
        settings = {k: v for k, v in settings.items() if k in SETTING_DEFAULTS}
        base = name or str(manifest.get("workspace") or "Restored workspace")
        with self._writing() as conn:
            target = base
            if name is None:
                n = 1
                existing = {s.casefold() for s in conn.execute(sa.select(WORKSPACES.c.name)).scalars()}
                while target.casefold() in existing:
                    n += 1
                    target = f"{base} ({n})"
            ws_id, target = self._insert_workspace(conn, target, settings)
            if not dataset.is_empty:
                self._insert_import(
                    conn, self._find(conn, target), _encode(dataset), kind="backup",
                    source=f"backup of '{manifest.get('workspace')}'", importer="backup",
                    platform=",".join(dataset.platforms), account=None, content_hash=None, warnings=(), as_of=None,
                )
        return target


def _demo_files() -> tuple[Dataset, dict[str, Any]]:
    """The demo workspace's data and settings from ``sample_data`` (generated by sample_data/generate.py)."""
    from lib.importers.base import SourceFile
    from lib.importers.canonical import CanonicalCsvImporter

    files = [p for p in sorted(DEMO_FOLDER.glob("*.csv")) if p.stem in schema.TABLES]
    if not files:
        raise StoreError(f"The demo data is missing from {DEMO_FOLDER}; run `make demo` to generate it.")
    try:  # through the canonical CSV importer, as a user's upload of these files would be read
        importer = CanonicalCsvImporter()
        dataset = Dataset.merge_all(importer.read(SourceFile(p.name, p.read_bytes())).dataset for p in files)
    except ConversaError as exc:
        raise StoreError(f"The demo data in {DEMO_FOLDER} cannot be read: {exc}") from exc
    path = DEMO_FOLDER / "settings.json"
    settings = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return dataset, {k: v for k, v in settings.items() if k in SETTING_DEFAULTS and k != "logo"}
