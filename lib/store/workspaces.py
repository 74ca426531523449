"""Workspaces: names (case-insensitively unique), settings, the write counter behind revisions, the last used one."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from lib import schema
from lib.errors import StoreError
from lib.i18n import LANGUAGES
from lib.store.engine import Database
from lib.store.tables import CHUNKS, IMPORTS, WORKSPACES, Row, meta_get, meta_set

MAX_NAME = 80

SETTING_DEFAULTS: dict[str, Any] = {
    "client_name": "", "logo": None, "brand_handles": {}, "tz": "UTC", "language": "en", "currency": "EUR",
    "manual_followers": {}, "mappings": {},
}


# ------------------------------------------------------------------------------------------ settings


def _check_platform(platform: object, what: str) -> str:
    if platform not in schema.PLATFORMS:
        raise StoreError(f"Unknown platform '{platform}' in {what}; use one of {', '.join(schema.PLATFORMS)}.")
    return str(platform)


def normalise_settings(values: Mapping[str, Any]) -> dict[str, Any]:
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


def read_settings(conn: Connection, name: str) -> dict[str, Any]:
    """Every setting of workspace ``name``, defaults filled in, as a deep copy callers may change freely."""
    row = conn.execute(sa.select(WORKSPACES.c.settings, WORKSPACES.c.logo).where(WORKSPACES.c.name == name)).first()
    if row is None:
        raise StoreError(f"There is no workspace named '{name}'.")
    stored = json.loads(json.dumps(row.settings))
    return {**json.loads(json.dumps(SETTING_DEFAULTS)), **stored, "logo": None if row.logo is None else bytes(row.logo)}


# ----------------------------------------------------------------------------- rows (inside a transaction)


def find(conn: Connection, name: str, lock: bool = False) -> Row:
    """The workspace's ``id, name, writes`` (locked for the transaction with ``lock``); ``StoreError`` if none."""
    query = sa.select(WORKSPACES.c.id, WORKSPACES.c.name, WORKSPACES.c.writes).where(WORKSPACES.c.name == name)
    row = conn.execute(query.with_for_update() if lock else query).first()
    if row is None:
        raise StoreError(f"There is no workspace named '{name}'.")
    return row


def revision_of(row: Row) -> str:
    """The revision token of a ``find`` row."""
    return f"{row.id}.{row.writes}"


def bump(conn: Connection, workspace_id: int) -> None:
    """Count one more write to the workspace (its revision changes)."""
    conn.execute(WORKSPACES.update().where(WORKSPACES.c.id == workspace_id).values(writes=WORKSPACES.c.writes + 1))


def check_name(conn: Connection, name: str, except_id: int | None = None) -> str:
    """``name`` with spaces collapsed, or ``StoreError`` when empty, too long or taken (case-insensitively)."""
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


def insert_workspace(conn: Connection, name: str, settings: Mapping[str, Any] | None) -> tuple[int, str]:
    """Create a workspace; returns its id and cleaned name."""
    name = check_name(conn, name)
    values = normalise_settings({"client_name": name, **(settings or {})})
    logo = values.pop("logo", None)
    try:
        key = conn.execute(WORKSPACES.insert().values(
            name=name, writes=1, created_at=dt.datetime.now(dt.UTC), settings=values, logo=logo,
        )).inserted_primary_key
    except sa.exc.IntegrityError as exc:
        raise StoreError(f"A workspace named '{name}' already exists; choose another name.") from exc
    if key is None:  # every supported database returns it
        raise StoreError("The database did not return the new row's id; nothing was changed.")
    return int(key[0]), name


def delete_workspace(conn: Connection, workspace_id: int) -> None:
    """Delete a workspace with its imports and their rows."""
    ids = sa.select(IMPORTS.c.id).where(IMPORTS.c.workspace_id == workspace_id)
    conn.execute(CHUNKS.delete().where(CHUNKS.c.import_id.in_(ids)))
    conn.execute(IMPORTS.delete().where(IMPORTS.c.workspace_id == workspace_id))
    conn.execute(WORKSPACES.delete().where(WORKSPACES.c.id == workspace_id))


def names(conn: Connection) -> list[str]:
    """Workspace names, sorted case-insensitively."""
    return sorted((str(n) for n in conn.execute(sa.select(WORKSPACES.c.name)).scalars()), key=str.casefold)


# ------------------------------------------------------------------------------------------ the methods


class Workspaces(Database):
    """Workspace names, settings, revisions and the last used workspace."""

    def list_workspaces(self) -> list[str]:
        """Workspace names, sorted case-insensitively."""
        with self._reading() as conn:
            return names(conn)

    def exists(self, name: str) -> bool:
        """Whether a workspace with exactly this name exists."""
        with self._reading() as conn:
            return conn.execute(sa.select(WORKSPACES.c.id).where(WORKSPACES.c.name == name)).first() is not None

    def create(self, name: str, settings: Mapping[str, Any] | None = None) -> str:
        """Create an empty workspace and return its cleaned name (spaces collapsed).

        ``settings`` as in ``update_settings``; ``client_name`` defaults to the workspace name.
        """
        with self._writing() as conn:
            return insert_workspace(conn, name, settings)[1]

    def rename(self, old: str, new: str) -> str:
        """Rename a workspace (its data, settings and history stay); return the cleaned new name."""
        with self._writing() as conn:
            ws = find(conn, old, lock=True)
            clean = check_name(conn, new, except_id=ws.id)
            conn.execute(WORKSPACES.update().where(WORKSPACES.c.id == ws.id).values(name=clean))
            bump(conn, ws.id)
        return clean

    def delete(self, name: str) -> None:
        """Delete a workspace with its data, settings and history (the page asks for confirmation first)."""
        with self._writing() as conn:
            ws = find(conn, name, lock=True)
            delete_workspace(conn, ws.id)
        self._reclaim()

    def revision(self, name: str) -> str:
        """A token that changes on every write to the workspace (data, settings, name); for cache keys.

        Tokens never repeat, even after a workspace is deleted and created again with the same name.
        """
        with self._reading() as conn:
            return revision_of(find(conn, name))

    def settings(self, name: str) -> dict[str, Any]:
        """Every setting of the workspace, defaults filled in: ``client_name`` (str), ``logo`` (bytes or
        None), ``brand_handles`` ({platform: [handles]}), ``tz`` (IANA name), ``language`` ("en"/"it"),
        ``currency`` (ISO 4217), ``manual_followers`` ({platform: int}), ``mappings`` ({header_signature:
        mapping})."""
        with self._reading() as conn:
            return read_settings(conn, name)

    def update_settings(self, name: str, **values: Any) -> dict[str, Any]:
        """Change the given settings (others stay) and return all settings.

        Each value replaces the stored one whole (``mappings={...}`` replaces every mapping). ``logo=None``
        removes the logo. Raises ``StoreError`` for an unknown key or a bad value; nothing changes then.
        """
        clean = normalise_settings(values)
        with self._writing() as conn:
            ws = find(conn, name, lock=True)
            stored = conn.execute(sa.select(WORKSPACES.c.settings).where(WORKSPACES.c.id == ws.id)).scalar_one()
            update: dict[str, Any] = {}
            if "logo" in clean:
                update["logo"] = clean.pop("logo")
            update["settings"] = {**stored, **clean}
            conn.execute(WORKSPACES.update().where(WORKSPACES.c.id == ws.id).values(**update))
            bump(conn, ws.id)
        return self.settings(name)

    def save_mapping(self, name: str, signature: str, mapping: Mapping[str, Any]) -> None:
        """Remember one column mapping under its header signature, keeping every other mapping.

        Unlike reading ``settings()["mappings"]`` and writing them all back, two sessions saving different
        mappings at once both keep theirs.
        """
        clean = normalise_settings({"mappings": {signature: dict(mapping)}})["mappings"]
        with self._writing() as conn:
            ws = find(conn, name, lock=True)
            stored = conn.execute(sa.select(WORKSPACES.c.settings).where(WORKSPACES.c.id == ws.id)).scalar_one()
            merged = {**stored, "mappings": {**stored.get("mappings", {}), **clean}}
            conn.execute(WORKSPACES.update().where(WORKSPACES.c.id == ws.id).values(settings=merged))
            bump(conn, ws.id)

    def last_used(self) -> str | None:
        """The workspace opened last (``set_last_used``), or None when there is none or it was deleted."""
        with self._reading() as conn:
            value = meta_get(conn, "last_used")
            if value is None:
                return None
            found = conn.execute(sa.select(WORKSPACES.c.name).where(WORKSPACES.c.id == int(value))).scalar_one_or_none()
            return None if found is None else str(found)

    def set_last_used(self, name: str) -> None:
        """Remember ``name`` as the workspace to open next time (follows renames)."""
        with self._reading() as conn:
            ws = find(conn, name)
            if meta_get(conn, "last_used") == str(ws.id):
                return
        with self._writing() as conn:
            meta_set(conn, "last_used", str(find(conn, name).id))
