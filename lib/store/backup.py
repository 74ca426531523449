"""Backups: a workspace as one zip of canonical CSVs (with its settings and history), and back."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections.abc import Mapping
from typing import Any, Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import sqlalchemy as sa

from lib import schema
from lib.dataset import Dataset
from lib.errors import ConversaError, SchemaError, StoreError
from lib.store.audit import restore_rows, workspace_rows
from lib.store.imports import ARROW_TYPES, PANDAS_TYPES, Imports, chunks, decode, encode, history, insert_import
from lib.store.migrations import head
from lib.store.notes import from_json, insert_goals_notes, read_goals, read_notes, to_json
from lib.store.tables import WORKSPACES
from lib.store.workspaces import SETTING_DEFAULTS, find, insert_workspace, read_settings

BACKUP_FORMAT = "conversa-backup"
BACKUP_VERSION = 1


def csv_bytes(frame: pd.DataFrame, spec: schema.TableSpec) -> bytes:
    """A table as CSV: canonical and derived columns, ISO 8601 times with offset, true/false, empty = null."""
    cols = {}
    for col, dtype in spec.all_columns.items():
        s = frame[col]
        if dtype == schema.TIME:
            naive = s.dt.tz_localize(None).to_numpy()
            unit: Literal["s", "us"] = "s" if not (naive.astype("int64") % 1_000_000).any() else "us"
            text = np.char.add(np.datetime_as_string(naive, unit=unit), "+00:00").astype(object)
            text[s.isna().to_numpy()] = None
            cols[col] = pa.array(text, pa.large_string())
        elif dtype == schema.DAY:
            text = np.datetime_as_string(s.to_numpy().astype("datetime64[D]"), unit="D").astype(object)
            text[s.isna().to_numpy()] = None
            cols[col] = pa.array(text, pa.large_string())
        else:
            cols[col] = pa.Array.from_pandas(s, type=ARROW_TYPES[dtype])
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
        types = {c: (pa.large_string() if d in (schema.TIME, schema.DAY) else ARROW_TYPES[d])
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
        frames[name] = table.to_pandas(types_mapper=PANDAS_TYPES.get)
    return Dataset.from_frames(**frames)


class Backup(Imports):
    """``export_backup`` and ``import_backup``."""

    def export_backup(self, name: str) -> bytes:
        """The workspace as one zip: ``manifest.json`` (format, schema version, tables, import history),
        ``settings.json``, ``logo.bin`` (when set), ``goals_notes.json`` (the current goals and notes on dates),
        ``audit.json`` (the workspace's audit log) and one canonical CSV per non-empty table (with the derived
        columns, so ``import_backup`` gives back exactly the same frames)."""
        with self._reading() as conn:  # one transaction, so data, settings, goals, notes and history agree
            ws = find(conn, name)
            settings, rows, records = read_settings(conn, name), chunks(conn, ws.id), history(conn, ws)
            goals_notes = to_json(read_goals(conn, ws.id), read_notes(conn, ws.id))
            audit = workspace_rows(conn, ws.id)
        dataset = decode(rows)
        logo = settings.pop("logo")
        manifest: dict[str, Any] = {
            "format": BACKUP_FORMAT, "backup_version": BACKUP_VERSION, "schema_version": head(),
            "workspace": name, "exported_at": dt.datetime.now(dt.UTC).isoformat(),
            "tables": {t: len(dataset.table(t)) for t in Dataset.TABLES if len(dataset.table(t))},
            "imports": [r.summary() for r in records],
        }
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
            zf.writestr("settings.json", json.dumps(settings, ensure_ascii=False, indent=2))
            zf.writestr("goals_notes.json", json.dumps(goals_notes, ensure_ascii=False, indent=2))
            zf.writestr("audit.json", json.dumps(audit, ensure_ascii=False, indent=2))
            if logo is not None:
                zf.writestr("logo.bin", logo)
            for table in manifest["tables"]:
                zf.writestr(f"{table}.csv", csv_bytes(dataset.table(table), schema.TABLES[table]))
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
            goals, notes = (from_json(json.loads(zf.read("goals_notes.json")))
                            if "goals_notes.json" in zf.namelist() else ([], []))
            audit = json.loads(zf.read("audit.json")) if "audit.json" in zf.namelist() else []
            if not isinstance(audit, list):
                raise ValueError("audit.json is not a list")
        except (KeyError, ValueError, TypeError, zipfile.BadZipFile, ConversaError) as exc:
            raise StoreError(f"This backup is damaged and was not restored: {exc}") from exc
        settings = {k: v for k, v in settings.items() if k in SETTING_DEFAULTS}
        base = name or str(manifest.get("workspace") or "Restored workspace")
        with self._writing() as conn:
            target = base
            if name is None:
                n = 1
                existing = {str(s).casefold() for s in conn.execute(sa.select(WORKSPACES.c.name)).scalars()}
                while target.casefold() in existing:
                    n += 1
                    target = f"{base} ({n})"
            ws_id, target = insert_workspace(conn, target, settings)
            insert_goals_notes(conn, ws_id, goals, notes)
            restore_rows(conn, ws_id, audit)
            if not dataset.is_empty:
                insert_import(
                    conn, find(conn, target), encode(dataset), kind="backup",
                    source=f"backup of '{manifest.get('workspace')}'", importer="backup",
                    platform=",".join(dataset.platforms), account=None, content_hash=None, warnings=(), as_of=None,
                )
        return target
