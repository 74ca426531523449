"""Where the database is, opening it, and the CLI saving into it."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from lib import store
from lib.errors import StoreError
from lib.store import engine

ROOT = Path(__file__).resolve().parents[3]


# ------------------------------------------------------------------------------------- configuration


def test_database_url_comes_from_argument_env_secrets_or_data_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(engine, "ROOT", tmp_path / "project")
    assert store.database_url() == f"sqlite:///{tmp_path / 'd' / 'conversa.db'}"
    secrets = tmp_path / ".streamlit" / "secrets.toml"
    secrets.parent.mkdir()
    secrets.write_text('[database]\nurl = "postgresql://u@h/db1"\n', encoding="utf-8")
    assert store.database_url() == "postgresql://u@h/db1"
    secrets.write_text('CONVERSA_DATABASE_URL = "postgresql://u@h/db2"\n', encoding="utf-8")
    assert store.database_url() == "postgresql://u@h/db2"
    monkeypatch.setenv("CONVERSA_DATABASE_URL", "sqlite:///env.db")
    assert store.database_url() == "sqlite:///env.db"
    assert store.database_url("sqlite:///arg.db") == "sqlite:///arg.db"
    secrets.write_text("this is = not toml [", encoding="utf-8")
    monkeypatch.delenv("CONVERSA_DATABASE_URL")
    with pytest.raises(StoreError, match="TOML"):
        store.database_url()


def test_open_store_creates_the_data_folder_and_reuses_the_store(tmp_path, monkeypatch):
    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(tmp_path / "new" / "data"))
    monkeypatch.chdir(tmp_path)
    s = store.open_store()
    assert store.open_store() is s
    s.create("Acme")
    assert (tmp_path / "new" / "data" / "conversa.db").is_file()
    assert "conversa.db" in s.location
    s.close()


# ------------------------------------------------------------------------------------------------ CLI


def test_cli_import_into_a_workspace_then_again_says_already_imported(url, tmp_path, monkeypatch, capsys):
    from lib import cli

    monkeypatch.setenv("CONVERSA_DATABASE_URL", url)
    monkeypatch.setattr(store, "_OPEN", {})
    csv = tmp_path / "posts.csv"
    csv.write_text("platform,account,post_id,published_at,comments\n"
                   "facebook,brand,p1,2025-01-05T10:00:00+00:00,3\nfacebook,brand,p2,2025-01-06T10:00:00+00:00,\n",
                   encoding="utf-8")
    assert cli.main(["import", str(csv), "--workspace", "Acme"]) == 0
    assert "saved to workspace 'Acme' as import #" in capsys.readouterr().out
    assert cli.main(["import", str(csv), "--workspace", "Acme", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out[0]["saved"]["duplicate"] is True and out[0]["rows"] == {"posts": 2}
    assert cli.main(["export", "--workspace", "Acme", "-o", str(tmp_path / "out")]) == 0
    back = pd.read_csv(tmp_path / "out" / "posts.csv", dtype=str)
    assert back["post_id"].tolist() == ["p1", "p2"] and back["comments"].tolist()[0] == "3"
    assert cli.main(["export", "--workspace", "Nope", "-o", str(tmp_path / "x")]) == 2
    assert "no workspace named 'Nope'" in capsys.readouterr().err
    for s in store._OPEN.values():
        s.close()


def test_an_unusable_location_gives_a_sentence_not_a_traceback(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="data folder .* cannot be created"):
        store.Store(f"sqlite:///{blocker / 'sub' / 'conversa.db'}")
    with pytest.raises(StoreError, match="cannot be opened"):
        store.Store("postgresql://nobody@127.0.0.1:1/none")
