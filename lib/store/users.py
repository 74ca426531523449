"""Accounts: e-mail, role (``lib.auth.ROLES``), display name and, for password sign-in, an argon2id hash.

Whatever the auth mode, a visitor is somebody only when their e-mail has an account here (proxy and OIDC sign-ins
bring the e-mail; the role and the grants come from the store). The password itself is never stored, logged or
returned; ``check_password`` answers with the ``User`` or None.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from lib.auth import passwords
from lib.auth.model import User, check_role, normalise_email
from lib.errors import AccessError, StoreError
from lib.store.engine import Database
from lib.store.tables import GRANTS, USERS, WORKSPACES, Row

MAX_USER_NAME = 200


@dataclass(frozen=True)
class UserRecord:
    """An account as the Users page lists it (never its hash)."""

    email: str
    role: str
    name: str
    has_password: bool
    created_at: dt.datetime
    workspaces: tuple[str, ...]

    @property
    def user(self) -> User:
        return User(self.email, self.role, self.name)


def find_user(conn: Connection, email: str, lock: bool = False) -> Row:
    """The account's row (``id, email, name, role, password_hash``); ``StoreError`` when there is none."""
    query = sa.select(USERS).where(USERS.c.email == normalise_email(email))
    row = conn.execute(query.with_for_update() if lock else query).first()
    if row is None:
        raise StoreError(f"There is no account for {normalise_email(email)}.")
    return row


def _user(row: Row) -> User:
    return User(str(row.email), str(row.role), str(row.name or ""))


def _clean_name(name: object) -> str:
    text = " ".join(str(name or "").split())
    if len(text) > MAX_USER_NAME:
        raise StoreError(f"Names can have at most {MAX_USER_NAME} characters.")
    return text


def _admins(conn: Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(USERS).where(USERS.c.role == "admin")).scalar_one())


class Users(Database):
    """Accounts and their passwords."""

    def add_user(self, email: str, role: str, *, name: str = "", password: str | None = None) -> User:
        """Create an account; ``password`` (checked, then stored as an argon2id hash) for password sign-in.

        Raises ``StoreError`` when the e-mail has an account already, ``AccessError`` for a bad e-mail or role.
        """
        email, role = normalise_email(email), check_role(role)
        hashed = None if password is None else passwords.hash_password(password)
        with self._writing() as conn:
            if conn.execute(sa.select(USERS.c.id).where(USERS.c.email == email)).first() is not None:
                raise StoreError(f"{email} has an account already.")
            conn.execute(USERS.insert().values(email=email, name=_clean_name(name), role=role, password_hash=hashed,
                                               created_at=dt.datetime.now(dt.UTC)))
        return User(email, role, _clean_name(name))

    def user(self, email: str) -> User | None:
        """The account of ``email`` as a ``User``, or None when it has none (or is not an e-mail address)."""
        try:
            email = normalise_email(email)
        except AccessError:
            return None
        with self._reading() as conn:
            row = conn.execute(sa.select(USERS).where(USERS.c.email == email)).first()
        return None if row is None else _user(row)

    def users(self) -> list[UserRecord]:
        """Every account, by e-mail, with the workspaces granted to it."""
        with self._reading() as conn:
            rows = conn.execute(sa.select(USERS).order_by(USERS.c.email)).all()
            granted: dict[int, list[str]] = {}
            for user_id, ws in conn.execute(sa.select(GRANTS.c.user_id, WORKSPACES.c.name)
                                            .join(WORKSPACES, WORKSPACES.c.id == GRANTS.c.workspace_id)):
                granted.setdefault(int(user_id), []).append(str(ws))
        return [UserRecord(str(r.email), str(r.role), str(r.name or ""), r.password_hash is not None,
                           r.created_at, tuple(sorted(granted.get(int(r.id), []), key=str.casefold))) for r in rows]

    def set_role(self, email: str, role: str) -> User:
        """Change an account's role; the last admin cannot stop being one."""
        role = check_role(role)
        with self._writing() as conn:
            row = find_user(conn, email, lock=True)
            if row.role == "admin" and role != "admin" and _admins(conn) <= 1:
                raise StoreError("This is the last admin account; make another admin first.")
            conn.execute(USERS.update().where(USERS.c.id == row.id).values(role=role))
        return User(str(row.email), role, str(row.name or ""))

    def set_password(self, email: str, password: str | None) -> None:
        """Set (or with None, remove) the account's password."""
        hashed = None if password is None else passwords.hash_password(password)
        with self._writing() as conn:
            row = find_user(conn, email, lock=True)
            conn.execute(USERS.update().where(USERS.c.id == row.id).values(password_hash=hashed))

    def remove_user(self, email: str) -> None:
        """Delete an account and its grants; the last admin cannot be removed."""
        with self._writing() as conn:
            row = find_user(conn, email, lock=True)
            if row.role == "admin" and _admins(conn) <= 1:
                raise StoreError("This is the last admin account; make another admin first.")
            conn.execute(GRANTS.delete().where(GRANTS.c.user_id == row.id))
            conn.execute(USERS.delete().where(USERS.c.id == row.id))

    def check_password(self, email: str, password: str) -> User | None:
        """The account's ``User`` when ``password`` is its password, else None (same work for a missing account).

        A hash made with weaker parameters than today's is replaced after a good check.
        """
        try:
            email = normalise_email(email)
        except AccessError:
            email = ""
        with self._reading() as conn:
            row = conn.execute(sa.select(USERS).where(USERS.c.email == email)).first() if email else None
        stored = None if row is None else row.password_hash
        if not passwords.verify(stored, str(password or "")) or row is None or stored is None:
            return None
        if passwords.needs_rehash(stored):
            with self._writing() as conn:
                conn.execute(USERS.update().where(USERS.c.id == row.id)
                             .values(password_hash=passwords.hash_password(password)))
        return _user(row)
