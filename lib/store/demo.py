"""The demo workspace, created from a folder of canonical CSVs the caller passes in (``lib`` never locates it)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from lib import schema
from lib.dataset import Dataset
from lib.errors import ConversaError, StoreError
from lib.store.imports import Imports, encode, insert_import
from lib.store.tables import WORKSPACES, meta_get, meta_set
from lib.store.workspaces import SETTING_DEFAULTS, delete_workspace, find, insert_workspace

DEMO_NAME = "Demo"


def demo_files(folder: Path) -> tuple[Dataset, dict[str, Any]]:
    """The demo's data (one canonical CSV per table) and settings (``settings.json``) from ``folder``."""
    from lib.importers.base import SourceFile
    from lib.importers.canonical import CanonicalCsvImporter

    folder = Path(folder)
    files = [p for p in sorted(folder.glob("*.csv")) if p.stem in schema.TABLES]
    if not files:
        raise StoreError(f"The demo data is missing from {folder}; run `make demo` to generate it.")
    try:  # through the canonical CSV importer, as a user's upload of these files would be read
        importer = CanonicalCsvImporter()
        dataset = Dataset.merge_all(importer.read(SourceFile(p.name, p.read_bytes())).dataset for p in files)
    except ConversaError as exc:
        raise StoreError(f"The demo data in {folder} cannot be read: {exc}") from exc
    path = folder / "settings.json"
    settings = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return dataset, {k: v for k, v in settings.items() if k in SETTING_DEFAULTS and k != "logo"}


def _create_demo(conn: Connection, dataset: Dataset, settings: dict[str, Any]) -> int:
    ws_id, _ = insert_workspace(conn, DEMO_NAME, settings)
    insert_import(conn, find(conn, DEMO_NAME), encode(dataset), kind="demo", source="sample_data",
                  importer="canonical", platform=",".join(dataset.platforms), account=None, content_hash=None,
                  warnings=(), as_of=None)
    meta_set(conn, "demo_created", dt.datetime.now(dt.UTC).isoformat())
    return ws_id


class Demo(Imports):
    """``ensure_demo`` and ``reset_demo``."""

    def ensure_demo(self, folder: Path) -> str:
        """On first start, create the "Demo" workspace from ``folder``; return a workspace to open.

        The demo is created when this database never had it, and again whenever no workspace is left, so
        the app always has something to show. Returns "Demo" when it exists; when the user deleted it and
        kept others, returns the last used workspace (else the first by name) instead of recreating it.
        """
        with self._reading() as conn:
            created = meta_get(conn, "demo_created") is not None
        names = self.list_workspaces()
        if DEMO_NAME in names:
            return DEMO_NAME
        if created and names:
            return self.last_used() or names[0]
        dataset, settings = demo_files(folder)
        with self._writing() as conn:
            taken = conn.execute(sa.select(WORKSPACES.c.id).where(WORKSPACES.c.name == DEMO_NAME)).first()
            if taken is None:  # another session may have created it meanwhile
                _create_demo(conn, dataset, settings)
        return DEMO_NAME

    def reset_demo(self, folder: Path) -> str:
        """Delete the "Demo" workspace (if any) and create it again from ``folder``; return its name."""
        dataset, settings = demo_files(folder)
        with self._writing() as conn:
            old = conn.execute(
                sa.select(WORKSPACES.c.id).where(WORKSPACES.c.name == DEMO_NAME).with_for_update()
            ).first()
            if old is not None:
                delete_workspace(conn, old.id)
            new_id = _create_demo(conn, dataset, settings)
            if old is not None and meta_get(conn, "last_used") == str(old.id):
                meta_set(conn, "last_used", str(new_id))
        return DEMO_NAME
