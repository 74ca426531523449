"""Remembered credentials: encrypted at rest (Fernet), per workspace and platform, key rotation, and never in clear
on disk, in backups, in logs or in messages; on SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import pickle

import pytest
import sqlalchemy as sa
from cryptography.fernet import Fernet

from lib.errors import StoreError
from lib.store import Vault
from lib.store.credentials import KEY_ENV, fingerprint

TOKEN = "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0"
OTHER = "AIzaSyD-fake-youtube-key-0123456789abcdef"
KEY1, KEY2 = Fernet.generate_key(), Fernet.generate_key()


@pytest.fixture
def vault() -> Vault:
    return Vault((KEY1,))


def test_remember_read_forget_per_workspace_and_platform(st, vault):
    st.create("acme")
    st.create("bravo")
    assert st.credential("acme", "mastodon", vault) is None
    st.remember_credential("acme", "mastodon", f"  {TOKEN} ", vault)
    st.remember_credential("acme", "youtube", OTHER, vault)
    assert st.credential("acme", "mastodon", vault) == TOKEN
    assert st.credential("bravo", "mastodon", vault) is None  # another client's workspace sees nothing
    assert st.remembered_platforms("acme") == ["mastodon", "youtube"]
    st.remember_credential("acme", "mastodon", "second-token-value", vault)  # replaces
    assert st.credential("acme", "mastodon", vault) == "second-token-value"
    assert st.forget_credential("acme", "mastodon") is True
    assert st.forget_credential("acme", "mastodon") is False
    assert st.remembered_platforms("acme") == ["youtube"]


def test_the_database_holds_only_ciphertext_and_the_key_fingerprint(st, vault):
    st.create("acme")
    st.remember_credential("acme", "mastodon", TOKEN, vault)
    with st.engine.connect() as conn:
        row = conn.execute(sa.text("SELECT secret, key_id FROM conversa_credentials")).one()
    assert TOKEN.encode() not in bytes(row.secret) and bytes(row.secret).startswith(b"gAAAAA")  # Fernet token
    assert row.key_id == fingerprint(KEY1) and KEY1.decode() not in row.key_id
    assert Fernet(KEY1).decrypt(bytes(row.secret)).decode() == TOKEN


def test_nothing_on_disk_nor_in_the_backup_holds_the_token_in_clear(tmp_path, vault, caplog):
    from lib.store import Store

    caplog.set_level(logging.DEBUG)
    st = Store(f"sqlite:///{tmp_path / 'conversa.db'}")
    st.create("acme")
    st.remember_credential("acme", "mastodon", TOKEN, vault)
    backup = st.export_backup("acme")
    st.forget_credential("acme", "youtube")
    st.close()
    assert TOKEN.encode() not in backup
    files = [f for f in tmp_path.rglob("*") if f.is_file()]
    assert files and all(TOKEN.encode() not in f.read_bytes() for f in files)
    assert TOKEN not in caplog.text
    restored = Store(f"sqlite:///{tmp_path / 'restored.db'}")
    name = restored.import_backup(backup, "acme copy")
    assert restored.remembered_platforms(name) == []  # a backup never carries credentials
    restored.close()


def test_a_wrong_key_says_what_to_do_and_never_shows_the_token(st, vault):
    st.create("acme")
    st.remember_credential("acme", "youtube", OTHER, vault)
    with pytest.raises(StoreError, match=f"{KEY_ENV} no longer holds") as info:
        st.credential("acme", "youtube", Vault((KEY2,)))
    assert OTHER not in str(info.value) and OTHER.encode() not in pickle.dumps(info.value)


def test_key_rotation_reencrypts_with_the_new_key(st):
    st.create("acme")
    st.create("bravo")
    old = Vault((KEY1,))
    st.remember_credential("acme", "mastodon", TOKEN, old)
    st.remember_credential("bravo", "youtube", OTHER, old)
    both = Vault.of(f"{KEY2.decode()}, {KEY1.decode()}")  # newest first
    assert st.credential("acme", "mastodon", both) == TOKEN  # the old key still decrypts
    assert st.rotate_credentials(both) == 2
    new = Vault((KEY2,))
    assert st.credential("acme", "mastodon", new) == TOKEN and st.credential("bravo", "youtube", new) == OTHER
    with st.engine.connect() as conn:
        assert set(conn.execute(sa.text("SELECT key_id FROM conversa_credentials")).scalars()) == {fingerprint(KEY2)}
    with pytest.raises(StoreError):
        st.credential("acme", "mastodon", old)


def test_rotation_without_the_old_key_changes_nothing(st):
    st.create("acme")
    st.remember_credential("acme", "mastodon", TOKEN, Vault((KEY1,)))
    with pytest.raises(StoreError, match="Nothing was changed"):
        st.rotate_credentials(Vault((KEY2,)))
    assert st.credential("acme", "mastodon", Vault((KEY1,))) == TOKEN


def test_deleting_the_workspace_deletes_its_credentials(st, vault):
    st.create("acme")
    st.remember_credential("acme", "mastodon", TOKEN, vault)
    st.delete("acme")
    st.create("acme")
    assert st.remembered_platforms("acme") == []
    with st.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM conversa_credentials")).scalar() == 0


def test_the_key_comes_from_the_environment_or_the_secrets(monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    assert Vault.configured() is None and Vault.configured({}) is None
    assert Vault.configured({KEY_ENV: KEY1.decode()}).fingerprint == fingerprint(KEY1)
    monkeypatch.setenv(KEY_ENV, f"{KEY2.decode()},{KEY1.decode()}")
    vault = Vault.configured({KEY_ENV: KEY1.decode()})
    assert vault.keys == (KEY2, KEY1)  # the environment wins
    assert KEY2.decode() not in repr(vault)
    with pytest.raises(TypeError):
        pickle.dumps(vault)


def test_a_malformed_key_is_explained(monkeypatch):
    monkeypatch.setenv(KEY_ENV, "not-a-fernet-key")
    with pytest.raises(StoreError, match="Fernet.generate_key") as info:
        Vault.configured()
    assert "not-a-fernet-key" not in str(info.value)


@pytest.mark.parametrize("bad", ["", "   ", "two\nlines", "x" * 5000])
def test_empty_or_odd_credentials_are_refused(st, vault, bad):
    st.create("acme")
    with pytest.raises(StoreError):
        st.remember_credential("acme", "mastodon", bad, vault)
    assert st.remembered_platforms("acme") == []


def test_an_unknown_workspace_is_refused(st, vault):
    with pytest.raises(StoreError, match="no workspace named 'ghost'"):
        st.remember_credential("ghost", "mastodon", TOKEN, vault)
