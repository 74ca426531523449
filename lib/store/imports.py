"""Imports: every import kept as a version (compressed Arrow blobs), merged into the workspace's current data.

The current view of a workspace is the union of its imports' rows where, for each table key
(``TableSpec.key``), the newest snapshot wins: imports are ranked by ``as_of`` (the last day their data
reaches, or the fetch day for live sources), then by import order. Undoing an import deletes its versions,
so the rows it had overwritten come back. Columnar blobs make saving and loading cost about as much as
reading the same data from CSV with pyarrow (``benchmarks/bench_store.py``), which row-by-row SQL cannot.
Access tokens are never stored here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd
import pyarrow as pa
import pyarrow.ipc as paipc
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from lib import schema
from lib.dataset import Dataset
from lib.errors import StoreError
from lib.store.tables import CHUNKS, IMPORTS, Row
from lib.store.workspaces import Workspaces, bump, find, read_settings, revision_of

if TYPE_CHECKING:
    from lib.importers.base import ImportResult

ROWS_PER_BLOB = 500_000
BATCH_ROWS = 64_000

ARROW_TYPES: dict[str, pa.DataType] = {
    schema.TEXT: pa.large_string(), schema.COUNT: pa.int64(), schema.MONEY: pa.float64(), schema.FLAG: pa.bool_(),
    schema.TIME: pa.timestamp("us", tz="UTC"), schema.DAY: pa.timestamp("us"),
}
PANDAS_TYPES: dict[pa.DataType, Any] = {
    pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype(), pa.float64(): pd.Float64Dtype(),
}
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

    def summary(self) -> dict[str, Any]:
        """JSON-ready description (dates as ISO strings)."""
        return {
            "id": self.id, "workspace": self.workspace, "kind": self.kind, "file": self.source,
            "format": self.importer, "platform": self.platform, "account": self.account, "tables": self.tables,
            "rows": dict(self.rows), "first_date": _iso(self.first_date), "last_date": _iso(self.last_date),
            "as_of": self.as_of.isoformat(), "imported_at": self.imported_at.isoformat(),
            "content_hash": self.content_hash, "warnings": list(self.warnings), "duplicate": self.duplicate,
        }


@dataclass(frozen=True)
class WorkspaceSnapshot:
    """A workspace as one consistent read: its name, revision, settings and current data.

    ``revision`` is the ``Store.revision`` token of exactly this state, so callers may cache on it.
    """

    name: str
    revision: str
    settings: dict[str, Any]
    dataset: Dataset


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _utc(stamp: dt.datetime) -> dt.datetime:
    return stamp.replace(tzinfo=dt.UTC) if stamp.tzinfo is None else stamp.astimezone(dt.UTC)


def record(row: Any, workspace: str, duplicate: bool = False) -> ImportRecord:
    """An ``ImportRecord`` from a ``conversa_imports`` row (or a mapping of its values)."""
    m = row if isinstance(row, Mapping) else row._mapping
    return ImportRecord(
        id=int(m["id"]), workspace=workspace, kind=m["kind"], source=m["source"], importer=m["importer"],
        platform=m["platform"], account=m["account"], rows=dict(m["rows"]), first_date=_day(m["first_date"]),
        last_date=_day(m["last_date"]), as_of=dt.date.fromisoformat(m["as_of"]), imported_at=_utc(m["imported_at"]),
        content_hash=m["content_hash"], warnings=tuple(m["warnings"]), duplicate=duplicate,
    )


# ------------------------------------------------------------------------------------- arrow encoding


@dataclass(frozen=True)
class Encoded:
    """A dataset turned into blobs, ready to insert: ``blobs`` are (table, part, rows, bytes)."""

    blobs: list[tuple[str, int, int, bytes]]
    rows: dict[str, int]
    data_hash: str
    first_date: dt.date | None
    last_date: dt.date | None


def arrow_schema(spec: schema.TableSpec) -> pa.Schema:
    """The Arrow schema of a canonical table (canonical and derived columns)."""
    return pa.schema([(c, ARROW_TYPES[d]) for c, d in spec.all_columns.items()])


def encode(dataset: Dataset) -> Encoded:
    """Serialise every non-empty table as zstd-compressed Arrow IPC streams and hash the result."""
    blobs, rows = [], {}
    digest = hashlib.sha256()
    for name in Dataset.TABLES:
        frame = dataset.table(name)
        if not len(frame):
            continue
        spec = schema.TABLES[name]
        table = pa.Table.from_pandas(frame[list(spec.all_columns)], schema=arrow_schema(spec), preserve_index=False)
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
    return Encoded(blobs, rows, digest.hexdigest(), rng[0] if rng else None, rng[1] if rng else None)


def _frame(name: str, tables: list[pa.Table], deduplicate: bool) -> pd.DataFrame:
    """Blobs of one table (oldest snapshot first) as one frame in canonical dtypes, newest row per key."""
    spec = schema.TABLES[name]
    if not tables:
        return schema.empty(spec)
    table = tables[0] if len(tables) == 1 else pa.concat_tables(tables, promote_options="default")
    if deduplicate:  # find older versions from the key columns only, drop them before converting the rest
        keys = pd.DataFrame({k: table.column(k).to_pandas() for k in spec.key})
        table = table.filter(pa.array(~keys.duplicated(keep="last").to_numpy()))
    frame = table.to_pandas(types_mapper=PANDAS_TYPES.get)
    if list(frame.columns) != list(spec.all_columns) or any(
        str(frame[c].dtype) != d for c, d in spec.all_columns.items()
    ):
        frame = schema.coerce(spec, frame)  # blobs written by an older release (different columns)
    return frame


def chunks(conn: Connection, workspace_id: int) -> Sequence[Row]:
    """The workspace's blobs ``(table_name, import_id, data)``, oldest snapshot first."""
    return conn.execute(
        sa.select(CHUNKS.c.table_name, CHUNKS.c.import_id, CHUNKS.c.data)
        .join(IMPORTS, IMPORTS.c.id == CHUNKS.c.import_id)
        .where(IMPORTS.c.workspace_id == workspace_id)
        .order_by(IMPORTS.c.as_of, IMPORTS.c.id, CHUNKS.c.part)
    ).all()


def decode(rows: Iterable[Row]) -> Dataset:
    """The Dataset those blobs make: every import merged, the newest snapshot of each row winning."""
    tables: dict[str, list[pa.Table]] = {t: [] for t in Dataset.TABLES}
    sources: dict[str, set[int]] = {t: set() for t in Dataset.TABLES}
    for table_name, import_id, blob in rows:
        tables[table_name].append(paipc.open_stream(blob).read_all())
        sources[table_name].add(import_id)
    return Dataset(**{t: _frame(t, tables[t], len(sources[t]) > 1) for t in Dataset.TABLES})


def insert_import(conn: Connection, workspace: Row, enc: Encoded, *, kind: str, source: str,
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
        return record(dup, workspace.name, duplicate=True)
    as_of = as_of or enc.last_date or dt.datetime.now(dt.UTC).date()
    values: dict[str, Any] = dict(
        workspace_id=workspace.id, kind=kind, source=str(source)[:500], importer=str(importer)[:100],
        platform=str(platform)[:200], account=None if account is None else str(account)[:300],
        content_hash=content_hash, data_hash=enc.data_hash, rows=enc.rows, warnings=list(warnings),
        first_date=_iso(enc.first_date), last_date=_iso(enc.last_date), as_of=as_of.isoformat(),
        imported_at=dt.datetime.now(dt.UTC),
    )
    key = conn.execute(IMPORTS.insert().values(**values)).inserted_primary_key
    if key is None:  # every supported database returns it
        raise StoreError("The database did not return the new row's id; nothing was changed.")
    import_id = int(key[0])
    write_chunks(conn, import_id, enc.blobs)
    bump(conn, workspace.id)
    return record({"id": import_id, **values}, workspace.name)


def write_chunks(conn: Connection, import_id: int, blobs: list[tuple[str, int, int, bytes]]) -> None:
    """Insert an import's blobs ``(table, part, rows, bytes)``."""
    for table, part, rows, blob in blobs:  # one statement per blob: a few per import, each up to tens of MB
        conn.execute(CHUNKS.insert().values(import_id=import_id, table_name=table, part=part, rows=rows, data=blob))


def history(conn: Connection, workspace: Row) -> list[ImportRecord]:
    """Every import of the workspace, oldest first."""
    rows = conn.execute(sa.select(IMPORTS).where(IMPORTS.c.workspace_id == workspace.id).order_by(IMPORTS.c.id)).all()
    return [record(r, workspace.name) for r in rows]


# ------------------------------------------------------------------------------------------ the methods


class Imports(Workspaces):
    """Saving imports, the merged current data, the import history and undo."""

    def load(self, name: str) -> Dataset:
        """The workspace's current data: every import merged, the newest snapshot of each row winning.

        Tables are in canonical dtypes with the derived text features; an empty workspace gives an empty
        Dataset. Imports rank by ``as_of`` then import order (see the module docstring).
        """
        with self._reading() as conn:
            rows = chunks(conn, find(conn, name).id)
        return decode(rows)

    def snapshot(self, name: str) -> WorkspaceSnapshot:
        """The workspace's name, revision, settings and current data, read in one transaction (so they agree)."""
        with self._reading() as conn:
            ws = find(conn, name)
            settings = read_settings(conn, name)
            rows = chunks(conn, ws.id)
        return WorkspaceSnapshot(name=ws.name, revision=revision_of(ws), settings=settings, dataset=decode(rows))

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
        enc = encode(dataset)  # the heavy work happens before the transaction takes the lock
        with self._writing() as conn:
            ws = find(conn, name, lock=True)
            return insert_import(conn, ws, enc, **record)

    def imports(self, name: str) -> list[ImportRecord]:
        """Every import of the workspace, oldest first."""
        with self._reading() as conn:
            return history(conn, find(conn, name))

    def undo_import(self, name: str, import_id: int) -> ImportRecord:
        """Remove one import: the rows it added go, rows it had overwritten come back. Returns its record."""
        with self._writing() as conn:
            ws = find(conn, name, lock=True)
            row = conn.execute(
                sa.select(IMPORTS).where(IMPORTS.c.id == import_id, IMPORTS.c.workspace_id == ws.id)
            ).first()
            if row is None:
                raise StoreError(f"Workspace '{name}' has no import number {import_id}; it may be undone already.")
            conn.execute(CHUNKS.delete().where(CHUNKS.c.import_id == import_id))
            conn.execute(IMPORTS.delete().where(IMPORTS.c.id == import_id))
            bump(conn, ws.id)
        self._reclaim()
        return record(row, ws.name)
