"""Remembered credentials (a platform's token per workspace), encrypted at rest with Fernet.

The key is never kept beside the data: ``Vault.configured(secrets)`` reads ``CONVERSA_SECRET_KEY`` from the
environment, else from the app's secrets, and every method that reads or writes a credential is handed that vault.
The value may list several Fernet keys separated by commas, newest first: new credentials are encrypted with the
first, any of them decrypts, and ``Store.rotate_credentials(vault)`` re-encrypts every stored credential with the
first key, after which the old keys can be dropped. The database holds only ciphertext and the fingerprint of the
key that made it; backups never include credentials (``Backup`` reads data, settings, goals and notes only), and
no message or exception here ever holds a credential.

Make a key: ``python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from lib.errors import StoreError
from lib.store.tables import CREDENTIALS
from lib.store.workspaces import Workspaces, find

KEY_ENV = "CONVERSA_SECRET_KEY"
MAX_CREDENTIAL = 4096  # characters; real tokens are well under 1,000


@dataclass(frozen=True)
class Vault:
    """The Fernet keys credentials are encrypted with (the first encrypts, any decrypts)."""

    keys: tuple[bytes, ...] = field(repr=False)

    def __post_init__(self) -> None:
        if not self.keys:
            raise StoreError(f"{KEY_ENV} holds no key.")
        for key in self.keys:
            try:
                Fernet(key)
            except (ValueError, TypeError):
                raise StoreError(
                    f"{KEY_ENV} is not a list of Fernet keys (each 44 characters of URL-safe base64, separated by "
                    "commas, newest first). Make one with: python -c \"from cryptography.fernet import Fernet; "
                    "print(Fernet.generate_key().decode())\"") from None

    def __reduce__(self) -> Any:  # never pickled into a cache or a session dump
        raise TypeError("a Vault is never pickled")

    @classmethod
    def of(cls, value: str) -> Vault:
        """The vault for ``CONVERSA_SECRET_KEY``'s text: keys separated by commas, newest first."""
        return cls(tuple(k.strip().encode("ascii", "replace") for k in value.split(",") if k.strip()))

    @classmethod
    def configured(cls, secrets: Mapping[str, Any] | None = None) -> Vault | None:
        """The vault set up by whoever runs Conversa (environment first, then ``secrets``), or None."""
        value = os.environ.get(KEY_ENV) or (secrets or {}).get(KEY_ENV)
        return cls.of(value) if isinstance(value, str) and value.strip() else None

    @property
    def fingerprint(self) -> str:
        """Names the encrypting key without revealing it (stored beside each ciphertext)."""
        return fingerprint(self.keys[0])

    def encrypt(self, secret: str) -> bytes:
        return self._fernet().encrypt(secret.encode("utf-8"))

    def decrypt(self, token: bytes) -> str:
        return self._fernet().decrypt(token).decode("utf-8")

    def rotate(self, token: bytes) -> bytes:
        return self._fernet().rotate(token)

    def _fernet(self) -> MultiFernet:
        return MultiFernet([Fernet(k) for k in self.keys])


def fingerprint(key: bytes) -> str:
    return hashlib.sha256(b"conversa-key:" + key).hexdigest()[:12]


def _clean(secret: object) -> str:
    text = "" if secret is None else str(secret).strip()
    if not text:
        raise StoreError("There is no credential to remember (it is empty).")
    if len(text) > MAX_CREDENTIAL or any(c in text for c in "\r\n\x00"):
        raise StoreError("That does not look like a credential (too long, or on several lines); nothing was saved.")
    return text


class Credentials(Workspaces):
    """Remember, read, forget and re-encrypt one credential per workspace and platform."""

    def remember_credential(self, name: str, platform: str, secret: str, vault: Vault) -> None:
        """Store ``secret`` for ``platform`` in the workspace, encrypted with the vault's first key (replacing any)."""
        ciphertext = vault.encrypt(_clean(secret))
        with self._writing() as conn:
            ws = find(conn, name, lock=True)
            conn.execute(CREDENTIALS.delete().where(CREDENTIALS.c.workspace_id == ws.id,
                                                    CREDENTIALS.c.platform == platform))
            conn.execute(CREDENTIALS.insert().values(workspace_id=ws.id, platform=platform, secret=ciphertext,
                                                     key_id=vault.fingerprint, saved_at=dt.datetime.now(dt.UTC)))

    def credential(self, name: str, platform: str, vault: Vault) -> str | None:
        """The remembered credential of ``platform`` in the workspace, or None when none is remembered.

        Raises ``StoreError`` when it was encrypted with a key the vault no longer holds.
        """
        with self._reading() as conn:
            ws = find(conn, name)
            row = conn.execute(sa.select(CREDENTIALS.c.secret).where(
                CREDENTIALS.c.workspace_id == ws.id, CREDENTIALS.c.platform == platform)).first()
        if row is None:
            return None
        try:
            return vault.decrypt(bytes(row.secret))
        except InvalidToken:
            raise StoreError(
                f"The remembered {platform} credential of '{name}' was encrypted with a key {KEY_ENV} no longer "
                f"holds. Put the old key after the new one in {KEY_ENV} (comma-separated), or forget the credential "
                "and type it again.") from None

    def remembered_platforms(self, name: str) -> list[str]:
        """The platforms with a remembered credential in the workspace (no key needed: nothing is decrypted)."""
        with self._reading() as conn:
            ws = find(conn, name)
            return sorted(str(p) for p in conn.execute(sa.select(CREDENTIALS.c.platform).where(
                CREDENTIALS.c.workspace_id == ws.id)).scalars())

    def forget_credential(self, name: str, platform: str) -> bool:
        """Delete the remembered credential; True when there was one."""
        with self._writing() as conn:
            ws = find(conn, name, lock=True)
            gone = conn.execute(CREDENTIALS.delete().where(CREDENTIALS.c.workspace_id == ws.id,
                                                           CREDENTIALS.c.platform == platform)).rowcount
        self._reclaim()
        return bool(gone)

    def rotate_credentials(self, vault: Vault) -> int:
        """Re-encrypt every remembered credential of every workspace with the vault's first key; how many.

        Raises ``StoreError`` (nothing changed) when one was encrypted with a key the vault does not hold.
        """
        with self._writing() as conn:
            rows = conn.execute(sa.select(CREDENTIALS.c.id, CREDENTIALS.c.secret, CREDENTIALS.c.platform)).all()
            for row in rows:
                try:
                    fresh = vault.rotate(bytes(row.secret))
                except InvalidToken:
                    raise StoreError(
                        f"A remembered {row.platform} credential was encrypted with a key {KEY_ENV} does not hold: "
                        "keep the old key after the new one until the rotation is done. Nothing was changed."
                    ) from None
                conn.execute(CREDENTIALS.update().where(CREDENTIALS.c.id == row.id).values(
                    secret=fresh, key_id=vault.fingerprint))
        return len(rows)
