"""Grants enforced in lib: every public Store method has a rule here (a new one without a rule fails the test), and
each workspace operation, called through ``Store.as_user``, refuses a user without the grant or the role's right,
reveals nothing of the workspace, changes nothing, and audits what it changed. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import inspect
import json
import zipfile
from io import BytesIO

import pytest
from cryptography.fernet import Fernet

from lib.auth import User
from lib.errors import AccessError, StoreError
from lib.store import Store, UserStore, Vault
from sample_data import DEMO_FOLDER

from .data import FEB, JAN, _result

D = dt.date
ADMIN = User("boss@agency.it", "admin")
CONSULTANT = User("carla@agency.it", "consultant")
CLIENT = User("kim@client.it", "client")
STRANGER = User("sam@other.it", "consultant")  # an account with no grant at all

# every public Store method -> its rule: the action the role needs, whether it names a workspace ("ws") or lists
# only the user's workspaces ("filtered"), or "server" (sign-in and process housekeeping: not on UserStore).
# ``call`` runs it through a UserStore on workspace ``ws``.
OPERATIONS = {
    "list_workspaces": ("filtered", None, lambda us, ws: us.list_workspaces()),
    "exists": ("filtered", None, lambda us, ws: us.exists(ws)),
    "last_used": ("filtered", None, lambda us, ws: us.last_used()),
    "ensure_demo": ("filtered", None, lambda us, ws: us.ensure_demo(DEMO_FOLDER)),
    "revision": ("ws", "read", lambda us, ws: us.revision(ws)),
    "settings": ("ws", "read", lambda us, ws: us.settings(ws)),
    "load": ("ws", "read", lambda us, ws: us.load(ws)),
    "snapshot": ("ws", "read", lambda us, ws: us.snapshot(ws)),
    "imports": ("ws", "read", lambda us, ws: us.imports(ws)),
    "set_last_used": ("ws", "read", lambda us, ws: us.set_last_used(ws)),
    "goals": ("ws", "read", lambda us, ws: us.goals(ws)),
    "notes": ("ws", "read", lambda us, ws: us.notes(ws)),
    "goals_and_notes": ("ws", "read", lambda us, ws: us.goals_and_notes(ws)),
    "last_goals_notes_change": ("ws", "read", lambda us, ws: us.last_goals_notes_change(ws)),
    "rename": ("ws", "write", lambda us, ws: us.rename(ws, ws + " renamed")),
    "update_settings": ("ws", "write", lambda us, ws: us.update_settings(ws, currency="USD")),
    "save_mapping": ("ws", "write", lambda us, ws: us.save_mapping(ws, "sig", {"table": "posts"})),
    "save_import": ("ws", "write", lambda us, ws: us.save_import(ws, _result(FEB, "feb.csv"))),
    "save_dataset": ("ws", "fetch", lambda us, ws: us.save_dataset(ws, FEB, "X @brand", kind="fetch")),
    "undo_import": ("ws", "write", lambda us, ws: us.undo_import(ws, us.imports(ws)[0].id
                                                                 if us.user.sees_everything else 1)),
    "set_goal": ("ws", "write", lambda us, ws: us.set_goal(ws, "brand_response_rate", 0.6)),
    "remove_goal": ("ws", "write", lambda us, ws: us.remove_goal(ws, "posts")),
    "add_note": ("ws", "write", lambda us, ws: us.add_note(ws, D(2025, 1, 9), "Radio")),
    "update_note": ("ws", "write", lambda us, ws: us.update_note(ws, 1, D(2025, 1, 9), "Radio show")),
    "remove_note": ("ws", "write", lambda us, ws: us.remove_note(ws, 1)),
    "undo_goals_notes_change": ("ws", "write", lambda us, ws: us.undo_goals_notes_change(ws)),
    "check_fetch": ("ws", "fetch", lambda us, ws: us.check_fetch(ws)),  # UserStore only (USER_STORE_ONLY)
    "remembered_platforms": ("ws", "fetch", lambda us, ws: us.remembered_platforms(ws)),
    "credential": ("ws", "fetch", lambda us, ws: us.credential(ws, "x", VAULT)),
    "remember_credential": ("ws", "fetch", lambda us, ws: us.remember_credential(ws, "x", "tok-123456", VAULT)),
    "forget_credential": ("ws", "fetch", lambda us, ws: us.forget_credential(ws, "x")),
    "delete": ("ws", "delete", lambda us, ws: us.delete(ws)),
    "export_backup": ("ws", "backup", lambda us, ws: us.export_backup(ws)),
    "reset_demo": ("role", "create", lambda us, ws: us.reset_demo(DEMO_FOLDER)),
    "create": ("role", "create", lambda us, ws: us.create("Brand new")),
    "import_backup": ("role", "backup", lambda us, ws: us.import_backup(BACKUP[0])),
    "users": ("role", "manage_users", lambda us, ws: us.users()),
    "add_user": ("role", "manage_users", lambda us, ws: us.add_user("new@x.it", "client")),
    "set_role": ("role", "manage_users", lambda us, ws: us.set_role(CLIENT.email, "consultant")),
    "set_password": ("role", "manage_users", lambda us, ws: us.set_password(CLIENT.email, "a long new secret")),
    "remove_user": ("role", "manage_users", lambda us, ws: us.remove_user(CLIENT.email)),
    "grant": ("role", "manage_users", lambda us, ws: us.grant(STRANGER.email, ws)),
    "revoke": ("role", "manage_users", lambda us, ws: us.revoke(CLIENT.email, ws)),
    "granted": ("role", "manage_users", lambda us, ws: us.granted(CLIENT.email)),
    "audit_log": ("role", "audit", lambda us, ws: us.audit_log()),
    "as_user": ("server", None, None),
    "close": ("server", None, None),
    "user": ("server", None, None),  # the sign-in gate: which account an e-mail has
    "check_password": ("server", None, None),
    "record_event": ("server", None, None),  # the sign-in gate: sign-ins and failures
    "sign_in_failures": ("server", None, None),  # the password throttle
    "rotate_credentials": ("server", None, None),  # key rotation by whoever runs Conversa, every workspace
}
USER_STORE_ONLY = {"check_fetch"}
BACKUP: list[bytes] = []
VAULT = Vault.of(Fernet.generate_key().decode())
WS_OPS = [k for k, (kind, _, _) in OPERATIONS.items() if kind == "ws"]
ROLE_OPS = [k for k, (kind, _, _) in OPERATIONS.items() if kind == "role"]


def _public(cls: type) -> set[str]:
    return {n for n, v in inspect.getmembers(cls) if not n.startswith("_") and callable(v)}


def test_every_public_store_method_has_a_rule():
    missing = _public(Store) - set(OPERATIONS)
    assert not missing, f"Store methods without a rule in OPERATIONS (and a check in lib/store/access.py): {missing}"
    assert not set(OPERATIONS) - USER_STORE_ONLY - _public(Store), "rules for methods the Store no longer has"


def test_user_store_offers_exactly_the_non_server_methods():
    offered = {k for k, (kind, _, _) in OPERATIONS.items() if kind != "server"}
    assert _public(UserStore) == offered
    for name in offered - USER_STORE_ONLY:  # same arguments as the Store's, so pages and the CLI call either the same way
        store_params = list(inspect.signature(getattr(Store, name)).parameters)
        user_params = list(inspect.signature(getattr(UserStore, name)).parameters)
        assert user_params[:len(store_params)] == store_params, name


@pytest.fixture
def hosted(st: Store) -> Store:
    """Two clients' workspaces with data, goals and notes; a consultant and a client granted "Mine" only."""
    for name in ("Mine", "Secret"):
        st.create(name)
        st.save_import(name, _result(JAN, "jan.csv"))
        st.set_goal(name, "posts", 10)
        st.add_note(name, D(2025, 1, 5), "Launch")
        st.remember_credential(name, "x", "tok-of-" + name, VAULT)
    for user in (ADMIN, CONSULTANT, CLIENT, STRANGER):
        st.add_user(user.email, user.role, password="correct horse battery")
    st.grant(CONSULTANT.email, "Mine")
    st.grant(CLIENT.email, "Mine")
    BACKUP[:] = [st.export_backup("Secret")]
    return st


def _state(st: Store, name: str) -> tuple:
    return (st.revision(name), st.settings(name), [r.id for r in st.imports(name)], st.goals_and_notes(name),
            st.credential(name, "x", VAULT))


@pytest.mark.parametrize("op", WS_OPS)
def test_a_user_without_the_grant_is_refused_and_learns_nothing(hosted, op):
    _, _, call = OPERATIONS[op]
    before, audit_rows = _state(hosted, "Secret"), len(hosted.audit_log())
    for user in (CONSULTANT, CLIENT, STRANGER):
        us = hosted.as_user(user)
        with pytest.raises(AccessError) as refused:
            call(us, "Secret")
        with pytest.raises(AccessError) as missing:
            call(us, "No such workspace")
        # the same sentence whether the workspace exists or not, with nothing of its content
        assert str(refused.value).replace("Secret", "?") == str(missing.value).replace("No such workspace", "?")
    assert _state(hosted, "Secret") == before and len(hosted.audit_log()) == audit_rows


@pytest.mark.parametrize("op", WS_OPS)
def test_each_workspace_operation_needs_its_roles_right(hosted, op):
    _, action, call = OPERATIONS[op]
    client = hosted.as_user(CLIENT)
    if action == "read":
        call(client, "Mine")
        return
    before = _state(hosted, "Mine")
    with pytest.raises(AccessError, match="client"):
        call(client, "Mine")
    assert _state(hosted, "Mine") == before


@pytest.mark.parametrize("op", WS_OPS)
def test_a_granted_consultant_may_do_each_workspace_operation_and_changes_are_audited(hosted, op):
    kind, action, call = OPERATIONS[op]
    us = hosted.as_user(CONSULTANT, address="10.0.0.7")
    if op == "undo_import":
        call = lambda us, ws: us.undo_import(ws, us.imports(ws)[0].id)  # noqa: E731
    if op in ("update_note", "remove_note"):
        note_id = us.notes("Mine")[0].id
        call = (lambda us, ws: us.update_note(ws, note_id, D(2025, 1, 9), "Radio")) if op == "update_note" \
            else (lambda us, ws: us.remove_note(ws, note_id))  # noqa: E731
    rows = len(hosted.audit_log())
    call(us, "Mine")
    log = hosted.audit_log()
    if action == "read" or op in ("save_mapping", "credential", "remembered_platforms", "check_fetch"):
        assert len(log) == rows
    else:
        assert len(log) == rows + 1
        assert log[0].actor == CONSULTANT.email and log[0].address == "10.0.0.7"
        assert log[0].workspace in ("Mine", "Mine renamed")


@pytest.mark.parametrize("op", ROLE_OPS)
def test_role_operations_need_the_roles_right(hosted, op):
    _, action, call = OPERATIONS[op]
    for user in (CONSULTANT, CLIENT):
        us = hosted.as_user(user)
        if user.may(action):
            continue
        users_before, names_before = hosted.users(), hosted.list_workspaces()
        with pytest.raises(AccessError):
            call(us, "Mine")
        assert hosted.users() == users_before and hosted.list_workspaces() == names_before
    call(hosted.as_user(ADMIN), "Mine")  # admins may do all of them


def test_lists_hold_only_the_users_workspaces(hosted):
    hosted.set_last_used("Secret")
    assert hosted.as_user(ADMIN).list_workspaces() == ["Mine", "Secret"]
    for user in (CONSULTANT, CLIENT):
        us = hosted.as_user(user)
        assert us.list_workspaces() == ["Mine"] and us.exists("Mine") and not us.exists("Secret")
        assert us.last_used() is None  # the last workspace opened is somebody else's
        assert us.ensure_demo(DEMO_FOLDER) == "Mine"
    assert hosted.as_user(STRANGER).list_workspaces() == [] and hosted.as_user(STRANGER).ensure_demo(DEMO_FOLDER) \
        is None
    hosted.as_user(CLIENT).set_last_used("Mine")
    assert hosted.as_user(CONSULTANT).last_used() == "Mine"


def test_what_a_consultant_creates_or_restores_is_theirs_alone(hosted):
    us = hosted.as_user(CONSULTANT)
    made = us.create("Carla's new client")
    restored = us.import_backup(BACKUP[0])
    assert restored == "Secret (2)" and us.list_workspaces() == ["Carla's new client", "Mine", "Secret (2)"]
    assert hosted.as_user(CLIENT).list_workspaces() == ["Mine"]
    assert hosted.granted(CONSULTANT.email) == sorted([made, restored, "Mine"], key=str.casefold)
    log = hosted.audit_log()
    assert [(e.action, e.workspace) for e in log[:2]] == [("restore", restored), ("create", made)]


def test_revoking_a_grant_closes_the_workspace_at_once(hosted):
    us = hosted.as_user(CLIENT)
    assert us.load("Mine").posts.shape[0] == 2
    hosted.as_user(ADMIN).revoke(CLIENT.email, "Mine")
    with pytest.raises(AccessError, match="that you can use"):
        us.load("Mine")
    assert us.list_workspaces() == []
    log = hosted.audit_log()
    assert (log[0].actor, log[0].action, log[0].workspace, log[0].detail) == (ADMIN.email, "revoke", "Mine",
                                                                              CLIENT.email)


def test_accounts_hold_argon2_hashes_and_check_passwords(hosted):
    assert hosted.check_password(" KIM@client.it ", "correct horse battery") == CLIENT
    assert hosted.check_password(CLIENT.email, "correct horse batterx") is None
    assert hosted.check_password("nobody@x.it", "correct horse battery") is None
    assert hosted.check_password("not an address", "x") is None
    with hosted.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT password_hash FROM conversa_users").scalars().all()
    assert all(h.startswith("$argon2id$") and "correct" not in h for h in stored)
    with pytest.raises(StoreError, match="has an account already"):
        hosted.add_user("Kim@Client.it", "client")
    with pytest.raises(AccessError, match="not a role"):
        hosted.add_user("x@y.it", "owner")
    record = next(u for u in hosted.users() if u.email == CLIENT.email)
    assert record.workspaces == ("Mine",) and record.has_password and record.role == "client"


def test_the_last_admin_stays_and_nobody_removes_themselves(hosted):
    with pytest.raises(StoreError, match="last admin"):
        hosted.set_role(ADMIN.email, "client")
    with pytest.raises(AccessError, match="your own account"):
        hosted.as_user(ADMIN).remove_user(ADMIN.email)
    hosted.as_user(ADMIN).remove_user(CLIENT.email)
    assert hosted.user(CLIENT.email) is None and hosted.granted(CONSULTANT.email) == ["Mine"]


def test_failed_sign_ins_are_read_back_per_account_and_address(hosted):
    t0 = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=5)
    for address in ("10.0.0.1", "10.0.0.1", "10.0.0.2"):
        hosted.record_event(CLIENT.email, "sign_in_failed", address=address)
    hosted.record_event("other@x.it", "sign_in_failed", address="10.0.0.1")
    by_account, by_address = hosted.sign_in_failures(CLIENT.email, "10.0.0.1", t0)
    assert len(by_account) == 3 and len(by_address) == 3
    assert hosted.sign_in_failures(CLIENT.email, None, dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)) == ([], [])
    with pytest.raises(StoreError, match="not an audited action"):
        hosted.record_event(CLIENT.email, "sneeze")


def test_a_backup_carries_its_workspaces_audit_log_and_the_restore_brings_it_back(hosted):
    us = hosted.as_user(CONSULTANT)
    us.save_import("Mine", _result(FEB, "feb.csv"))
    us.add_note("Mine", D(2025, 2, 1), "Promo")
    data = us.export_backup("Mine")
    rows = json.loads(zipfile.ZipFile(BytesIO(data)).read("audit.json"))
    assert [r["action"] for r in rows] == ["import", "note_add"]  # the download itself is logged after it
    assert all(r["actor"] == CONSULTANT.email for r in rows)
    assert "correct horse" not in data.decode("latin-1")
    restored = hosted.as_user(ADMIN).import_backup(data, "Mine again")
    again = [(e.actor, e.action) for e in hosted.audit_log(restored)]
    assert again[0] == (ADMIN.email, "restore")
    assert again[1:] == [(CONSULTANT.email, "note_add"), (CONSULTANT.email, "import")]
    assert hosted.as_user(CONSULTANT).list_workspaces() == ["Mine"]  # the admin's restore is not Carla's


def test_a_deleted_workspace_leaves_its_audit_rows_and_its_grants_go(hosted):
    hosted.as_user(CONSULTANT).delete("Mine")
    log = hosted.audit_log()
    assert (log[0].actor, log[0].action, log[0].workspace) == (CONSULTANT.email, "delete", "Mine")
    assert hosted.granted(CLIENT.email) == []
    hosted.create("Mine")  # a new workspace of the same name is not granted to the old one's users
    assert hosted.as_user(CLIENT).list_workspaces() == []


def test_a_database_of_the_first_release_upgrades_and_its_workspaces_can_be_granted(url):
    from .test_migrations import DATA_TABLES, OLD, _old_database, _rows

    _old_database(url)
    s = Store(url)
    for name in DATA_TABLES:  # nothing lost
        assert _rows(s.engine, name) == OLD[name]["rows"], name
    assert s.users() == [] and s.audit_log() == []
    s.add_user(CLIENT.email, "client")
    s.grant(CLIENT.email, "Acme")
    us = s.as_user(CLIENT)
    assert us.list_workspaces() == ["Acme"]
    assert us.load("Acme").posts.set_index("post_id")["comments"].to_dict() == {"p1": 3, "p2": 5, "p3": 9}
    with pytest.raises(AccessError):
        us.settings("Beta Client")
    s.close()


def test_every_audited_action_has_a_label_in_both_languages():
    from lib.i18n import LANGUAGES, catalogues
    from lib.store.audit import ACTIONS

    for lang in LANGUAGES:
        missing = [a for a in ACTIONS if f"action.{a}" not in catalogues()[lang]]
        assert not missing, (lang, missing)


def test_a_name_taken_by_somebody_elses_workspace_is_refused_with_the_missing_workspace_sentence(hosted):
    us = hosted.as_user(CONSULTANT)
    with pytest.raises(AccessError) as refused:
        us.create(" secret ")
    assert str(refused.value) == "There is no workspace named ' secret ' that you can use."
    with pytest.raises(AccessError):
        us.import_backup(BACKUP[0], "SECRET")
    assert hosted.list_workspaces() == ["Mine", "Secret"]
    with pytest.raises(StoreError, match="already exists"):  # one's own name: the store's sentence
        us.create("mine")
