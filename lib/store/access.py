"""``UserStore``: the store as one signed-in user may use it. Pages and the CLI read and change workspaces only
through it (``Store.as_user(user)``), so the checks live here in ``lib`` and not in a page.

Every method that reads or changes a workspace checks the role (``user.require(action)``) and then the grant (admins
use every workspace). A workspace the user lacks raises ``AccessError`` with the same sentence whether it exists or
not, so nothing about it shows: not its data, its settings, its history, nor its existence (``list_workspaces`` and
``exists`` leave it out). Changes, downloads of backups and user management are written to the audit log with the
user's e-mail. Names are unique, so creating a workspace under the name of one the user cannot see is refused (with
the same sentence as a missing workspace): that a name is taken is the one thing a consultant can learn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lib.advice.dates import DateNote
from lib.advice.goals import Goal
from lib.auth.model import User
from lib.dataset import Dataset
from lib.errors import AccessError
from lib.store.audit import AuditEntry
from lib.store.credentials import Vault
from lib.store.demo import DEMO_NAME
from lib.store.grants import granted_names, has_grant
from lib.store.imports import ImportRecord, WorkspaceSnapshot
from lib.store.notes import Change
from lib.store.users import UserRecord

if TYPE_CHECKING:
    from lib.importers.base import ImportResult
    from lib.store import Store


def no_access(name: str) -> AccessError:
    """The one refusal for a workspace the user may not use (the same whether it exists or not)."""
    return AccessError(f"There is no workspace named '{str(name)[:80]}' that you can use.")


class UserStore:
    """The workspaces one ``user`` may use, with what their role allows there. Cheap: make one per request."""

    def __init__(self, store: Store, user: User, *, address: str | None = None) -> None:
        self._store = store
        self.user = user
        self.address = address

    # -------------------------------------------------------------------------------------------- checks

    def _check(self, name: str, *actions: str) -> None:
        """Raise ``AccessError`` unless the role allows every action and the user has the workspace."""
        for action in actions:
            self.user.require(action)
        if self.user.sees_everything:
            return  # admins: the store's own message when the workspace is missing
        with self._store._reading() as conn:
            if not has_grant(conn, self.user, name):
                raise no_access(name)

    def _audit(self, action: str, workspace: str | None = None, detail: str = "") -> None:
        self._store.record_event(self.user.email, action, workspace=workspace, detail=detail, address=self.address)

    def _grant_new(self, name: str) -> None:
        """A workspace this user just made is theirs (admins need no grant)."""
        if not self.user.sees_everything:
            self._store.grant(self.user.email, name)

    # ---------------------------------------------------------------------------------------- workspaces

    @property
    def location(self) -> str:
        """Where the data is (the database URL without password)."""
        return self._store.location

    def list_workspaces(self) -> list[str]:
        """The workspaces this user may use, sorted case-insensitively."""
        if self.user.sees_everything:
            return self._store.list_workspaces()
        with self._store._reading() as conn:
            return granted_names(conn, self.user.email)

    def exists(self, name: str) -> bool:
        """Whether this user has a workspace with exactly this name (others' workspaces do not exist for them)."""
        return name in self.list_workspaces()

    def revision(self, name: str) -> str:
        self._check(name, "read")
        return self._store.revision(name)

    def settings(self, name: str) -> dict[str, Any]:
        self._check(name, "read")
        return self._store.settings(name)

    def load(self, name: str) -> Dataset:
        self._check(name, "read")
        return self._store.load(name)

    def snapshot(self, name: str) -> WorkspaceSnapshot:
        self._check(name, "read")
        return self._store.snapshot(name)

    def imports(self, name: str) -> list[ImportRecord]:
        self._check(name, "read")
        return self._store.imports(name)

    def last_used(self) -> str | None:
        """The workspace opened last, when this user may use it."""
        found = self._store.last_used()
        return found if found is not None and found in self.list_workspaces() else None

    def set_last_used(self, name: str) -> None:
        self._check(name, "read")
        self._store.set_last_used(name)

    def _not_others(self, name: str | None) -> None:
        """Refuse a new workspace named like one this user cannot see, with the sentence a missing one gets."""
        if name is None or self.user.sees_everything:
            return
        wanted = " ".join(str(name).split()).casefold()
        mine = {n.casefold() for n in self.list_workspaces()}
        if wanted not in mine and wanted in {n.casefold() for n in self._store.list_workspaces()}:
            raise no_access(name)

    def create(self, name: str, settings: Mapping[str, Any] | None = None) -> str:
        self.user.require("create")
        self._not_others(name)
        made = self._store.create(name, settings)
        self._grant_new(made)
        self._audit("create", made)
        return made

    def rename(self, old: str, new: str) -> str:
        self._check(old, "write")
        made = self._store.rename(old, new)
        self._audit("rename", made, detail=f"from '{old}'")
        return made

    def delete(self, name: str) -> None:
        self._check(name, "delete")
        self._store.delete(name)
        self._audit("delete", name)  # the workspace is gone: the row keeps its name only

    def update_settings(self, name: str, **values: Any) -> dict[str, Any]:
        self._check(name, "write")
        out = self._store.update_settings(name, **values)
        self._audit("settings", name, detail=", ".join(sorted(values)))
        return out

    def save_mapping(self, name: str, signature: str, mapping: Mapping[str, Any]) -> None:
        self._check(name, "write")
        self._store.save_mapping(name, signature, mapping)

    # ------------------------------------------------------------------------------------------- imports

    def save_import(self, name: str, result: ImportResult, data: bytes | None = None, *,
                    as_of: dt.date | None = None) -> ImportRecord:
        self._check(name, "write")
        rec = self._store.save_import(name, result, data, as_of=as_of)
        if not rec.duplicate:
            self._audit("import", name, detail=_import_detail(rec))
        return rec

    def save_dataset(self, name: str, dataset: Dataset, source: str, kind: str = "fetch", *,
                     platform: str | None = None, account: str | None = None,
                     as_of: dt.date | None = None) -> ImportRecord:
        """As ``Store.save_dataset``; a fetch needs the role's ``fetch`` right as well as ``write``."""
        self._check(name, "write", *(("fetch",) if kind == "fetch" else ()))
        rec = self._store.save_dataset(name, dataset, source, kind, platform=platform, account=account, as_of=as_of)
        if not rec.duplicate:
            self._audit("fetch" if kind == "fetch" else "import", name, detail=_import_detail(rec))
        return rec

    def undo_import(self, name: str, import_id: int) -> ImportRecord:
        self._check(name, "write")
        rec = self._store.undo_import(name, import_id)
        self._audit("undo", name, detail=_import_detail(rec))
        return rec

    # ------------------------------------------------------------------------------------------- backups

    def export_backup(self, name: str) -> bytes:
        self._check(name, "backup")
        data = self._store.export_backup(name)
        self._audit("backup", name)
        return data

    def import_backup(self, data: bytes, name: str | None = None) -> str:
        """Restore a backup as a new workspace, which becomes this user's."""
        self.user.require("backup")
        self.user.require("create")
        self._not_others(name)
        made = self._store.import_backup(data, name)
        self._grant_new(made)
        self._audit("restore", made)
        return made

    def ensure_demo(self, folder: Path) -> str | None:
        """The workspace to open, or None when this user has none. Only an admin's visit creates the demo (as
        ``Store.ensure_demo``): on a hosted instance nobody else's first visit adds a workspace."""
        if self.user.sees_everything:
            found = self._store.ensure_demo(folder)
            if found in self.list_workspaces():
                return found
        mine = self.list_workspaces()
        return mine[0] if mine else None

    def reset_demo(self, folder: Path) -> str:
        if DEMO_NAME in self._store.list_workspaces():
            self._check(DEMO_NAME, "delete", "create")
        else:
            self.user.require("create")
        made = self._store.reset_demo(folder)
        self._grant_new(made)
        self._audit("demo_reset", made)
        return made

    # ------------------------------------------------------------------------------------- goals and notes

    def goals(self, name: str) -> list[Goal]:
        self._check(name, "read")
        return self._store.goals(name)

    def notes(self, name: str) -> list[DateNote]:
        self._check(name, "read")
        return self._store.notes(name)

    def goals_and_notes(self, name: str) -> tuple[list[Goal], list[DateNote]]:
        self._check(name, "read")
        return self._store.goals_and_notes(name)

    def last_goals_notes_change(self, name: str) -> Change | None:
        self._check(name, "read")
        return self._store.last_goals_notes_change(name)

    def set_goal(self, name: str, kpi: str, target: object, *, op: str | None = None, due: object = None) -> Goal:
        self._check(name, "write")
        goal = self._store.set_goal(name, kpi, target, op=op, due=due)
        self._audit("goal_set", name, detail=f"{goal.kpi} {goal.op} {goal.target:g}")
        return goal

    def remove_goal(self, name: str, kpi: str) -> Goal:
        self._check(name, "write")
        goal = self._store.remove_goal(name, kpi)
        self._audit("goal_remove", name, detail=goal.kpi)
        return goal

    def add_note(self, name: str, day: object, text: object, platform: object = None) -> DateNote:
        self._check(name, "write")
        note = self._store.add_note(name, day, text, platform)
        self._audit("note_add", name, detail=note.day.isoformat())
        return note

    def update_note(self, name: str, note_id: int, day: object, text: object, platform: object = None) -> DateNote:
        self._check(name, "write")
        note = self._store.update_note(name, note_id, day, text, platform)
        self._audit("note_change", name, detail=note.day.isoformat())
        return note

    def remove_note(self, name: str, note_id: int) -> DateNote:
        self._check(name, "write")
        note = self._store.remove_note(name, note_id)
        self._audit("note_remove", name, detail=note.day.isoformat())
        return note

    def undo_goals_notes_change(self, name: str) -> Change:
        self._check(name, "write")
        change = self._store.undo_goals_notes_change(name)
        self._audit("goals_notes_undo", name, detail=f"{change.kind} {change.action}")
        return change

    # ------------------------------------------------------------------------------------------ credentials

    def check_fetch(self, name: str) -> None:
        """Raise ``AccessError`` unless this user may fetch into workspace ``name`` (before a fetch spends a token's
        quota: the server's tokens serve only roles with the ``fetch`` right)."""
        self._check(name, "write", "fetch")

    def remembered_platforms(self, name: str) -> list[str]:
        self._check(name, "fetch")
        return self._store.remembered_platforms(name)

    def credential(self, name: str, platform: str, vault: Vault) -> str | None:
        """A remembered credential: only roles that may fetch read it (it never leaves the server otherwise)."""
        self._check(name, "fetch")
        return self._store.credential(name, platform, vault)

    def remember_credential(self, name: str, platform: str, secret: str, vault: Vault) -> None:
        self._check(name, "fetch")
        self._store.remember_credential(name, platform, secret, vault)
        self._audit("credential_remember", name, detail=platform)  # the platform, never the secret

    def forget_credential(self, name: str, platform: str) -> bool:
        self._check(name, "fetch")
        gone = self._store.forget_credential(name, platform)
        if gone:
            self._audit("credential_forget", name, detail=platform)
        return gone

    # ------------------------------------------------------------------------------------ users and grants

    def users(self) -> list[UserRecord]:
        self.user.require("manage_users")
        return self._store.users()

    def add_user(self, email: str, role: str, *, name: str = "", password: str | None = None,
                 workspaces: Iterable[str] = ()) -> User:
        """Create an account (and grant it ``workspaces``)."""
        self.user.require("manage_users")
        made = self._store.add_user(email, role, name=name, password=password)
        self._audit("user_add", detail=f"{made.email} as {made.role}")
        for ws in workspaces:
            self.grant(made.email, ws)
        return made

    def set_role(self, email: str, role: str) -> User:
        self.user.require("manage_users")
        changed = self._store.set_role(email, role)
        self._audit("role", detail=f"{changed.email} to {changed.role}")
        return changed

    def set_password(self, email: str, password: str | None) -> None:
        self.user.require("manage_users")
        self._store.set_password(email, password)
        self._audit("password", detail=str(email).strip().lower())  # which account, never the password

    def remove_user(self, email: str) -> None:
        self.user.require("manage_users")
        if str(email).strip().lower() == self.user.email:
            raise AccessError("You cannot remove your own account.")
        self._store.remove_user(email)
        self._audit("user_remove", detail=str(email).strip().lower())

    def grant(self, email: str, workspace: str) -> bool:
        self.user.require("manage_users")
        done = self._store.grant(email, workspace)
        if done:
            self._audit("grant", workspace, detail=str(email).strip().lower())
        return done

    def revoke(self, email: str, workspace: str) -> bool:
        self.user.require("manage_users")
        done = self._store.revoke(email, workspace)
        if done:
            self._audit("revoke", workspace, detail=str(email).strip().lower())
        return done

    def granted(self, email: str) -> list[str]:
        self.user.require("manage_users")
        return self._store.granted(email)

    def audit_log(self, workspace: str | None = None, *, limit: int = 500) -> list[AuditEntry]:
        self.user.require("audit")
        return self._store.audit_log(workspace, limit=limit)


def _import_detail(rec: ImportRecord) -> str:
    return f"#{rec.id} {rec.source} ({sum(rec.rows.values())} rows)"
