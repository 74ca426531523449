"""The command line acts as a user: ``user add/list/grant/revoke/remove`` (admins), ``audit``, and ``--as EMAIL``
applying that account's role and grants to every workspace command (real SQLite store in a temp folder)."""

from __future__ import annotations

import io
import json

import pytest

from lib import cli
from lib.store import open_store
from tests.conftest import SAMPLE_DATA

PASSWORD = "correct horse battery"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    monkeypatch.delenv("CONVERSA_CLI_USER", raising=False)
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(tmp_path))
    s = open_store()
    for name in ("Acme", "Secret"):
        s.create(name)
    return s


def test_an_admin_adds_users_with_grants_and_a_password_from_stdin(store, capsys, monkeypatch):
    assert cli.main(["user", "add", "boss@agency.it", "--role", "admin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert cli.main(["user", "add", "Kim@Acme.it", "--role", "client", "--workspace", "Acme", "--password-stdin"]) == 0
    assert "Added kim@acme.it as client with Acme." in capsys.readouterr().out
    assert store.check_password("kim@acme.it", PASSWORD).role == "client"
    assert cli.main(["user", "grant", "kim@acme.it", "--workspace", "Secret"]) == 0
    assert cli.main(["user", "revoke", "kim@acme.it", "--workspace", "Secret"]) == 0
    capsys.readouterr()
    assert cli.main(["user", "list", "--json"]) == 0
    listed = {u["email"]: u for u in json.loads(capsys.readouterr().out)}
    assert listed["kim@acme.it"]["workspaces"] == ["Acme"] and listed["kim@acme.it"]["password"] is True
    assert PASSWORD not in json.dumps(listed)
    assert cli.main(["audit", "--json"]) == 0
    actions = [e["action"] for e in json.loads(capsys.readouterr().out)]
    assert actions == ["revoke", "grant", "grant", "user_add", "user_add"]
    assert cli.main(["user", "remove", "kim@acme.it"]) == 0 and store.user("kim@acme.it") is None


def test_a_client_acting_through_the_cli_reads_only_their_workspace(store, capsys):
    store.add_user("kim@acme.it", "client")
    store.grant("kim@acme.it", "Acme")
    assert cli.main(["import", str(SAMPLE_DATA / "posts.csv"), "--workspace", "Secret"]) == 0  # the local admin
    capsys.readouterr()
    assert cli.main(["--as", "kim@acme.it", "kpis", "--workspace", "Secret", "--json"]) == 2
    err = capsys.readouterr().err
    assert "There is no workspace named 'Secret' that you can use." in err
    assert cli.main(["--as", "kim@acme.it", "kpis", "--workspace", "Nowhere", "--json"]) == 2
    assert capsys.readouterr().err.replace("Nowhere", "Secret") == err  # the same whether it exists or not
    assert cli.main(["--as", "kim@acme.it", "import", str(SAMPLE_DATA / "posts.csv"), "--workspace", "Acme"]) == 2
    assert "client" in capsys.readouterr().err and store.imports("Acme") == []
    assert cli.main(["--as", "kim@acme.it", "user", "list"]) == 2
    assert cli.main(["--as", "nobody@x.it", "user", "list"]) == 2
    assert "There is no account for nobody@x.it" in capsys.readouterr().err


def test_a_client_cannot_fetch_with_the_servers_token(store, capsys, monkeypatch):
    store.add_user("kim@acme.it", "client")
    store.grant("kim@acme.it", "Acme")
    monkeypatch.setenv("MASTODON_ACCESS_TOKEN", "server-token-123")
    monkeypatch.setenv("CONVERSA_CLI_USER", "kim@acme.it")
    assert cli.main(["fetch", "mastodon", "brand@example.social", "--workspace", "Acme",
                     "--api-url", "http://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert "does not allow this" in err and "server-token" not in err
    assert store.imports("Acme") == [] and store.list_workspaces() == ["Acme", "Secret"]


def test_a_consultant_imports_into_a_granted_workspace_under_their_name(store, capsys):
    store.add_user("carla@agency.it", "consultant")
    store.grant("carla@agency.it", "Acme")
    assert cli.main(["--as", "carla@agency.it", "import", str(SAMPLE_DATA / "posts.csv"), "--workspace", "Acme"]) == 0
    assert cli.main(["--as", "carla@agency.it", "import", str(SAMPLE_DATA / "posts.csv"), "--workspace",
                     "Secret"]) == 2
    assert "that you can use" in capsys.readouterr().err and store.imports("Secret") == []
    log = store.audit_log("Acme")
    assert (log[0].actor, log[0].action) == ("carla@agency.it", "import") and "posts.csv" in log[0].detail


def test_an_admin_changes_a_role_and_the_last_admin_stays(store, capsys):
    store.add_user("boss@agency.it", "admin")
    store.add_user("kim@acme.it", "client")
    assert cli.main(["user", "role", "kim@acme.it", "--role", "consultant"]) == 0
    assert "kim@acme.it is now consultant." in capsys.readouterr().out and store.user("kim@acme.it").role == "consultant"
    assert cli.main(["user", "role", "boss@agency.it", "--role", "client"]) == 2
    assert "last admin" in capsys.readouterr().err and store.user("boss@agency.it").role == "admin"
    assert store.audit_log()[0].action == "role"
