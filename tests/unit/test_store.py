"""The workspace store on real SQLite (always) and PostgreSQL (when CONVERSA_TEST_DATABASE_URL is set)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import subprocess
import sys
import threading
import uuid
import zipfile
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as hs

from lib import schema, store
from lib.dataset import Dataset
from lib.errors import StoreError
from lib.importers.base import ImportResult
from lib.store import engine, imports, migrations, tables

ROOT = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------------------------------------- fixtures


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request, tmp_path):
    """A fresh, empty database: a SQLite file, or a new PostgreSQL schema dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'conversa.db'}"
        return
    base = os.environ.get("CONVERSA_TEST_DATABASE_URL")
    if not base:
        pytest.skip("CONVERSA_TEST_DATABASE_URL is not set (source .ci/postgres.sh; start_postgres)")
    name = f"t_{uuid.uuid4().hex[:12]}"
    base = sa.make_url(base)
    if base.drivername == "postgresql":
        base = base.set(drivername="postgresql+psycopg")
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    yield base.update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(hide_password=False)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA "{name}" CASCADE')
    admin.dispose()


@pytest.fixture
def st(url):
    s = store.Store(url)
    yield s
    s.close()


def _posts(rows):
    """rows: (post_id, published_at, comments, text)."""
    return pd.DataFrame(rows, columns=["post_id", "published_at", "comments", "text"]).assign(
        platform="facebook", account="brand")


def _comments(rows):
    """rows: (comment_id, post_id, created_at, text)."""
    return pd.DataFrame(rows, columns=["comment_id", "post_id", "created_at", "text"]).assign(
        platform="facebook", account="brand", author_name="Ann")


def _result(dataset, source="export.csv"):
    return ImportResult(source=source, importer="test_format", platform="facebook", dataset=dataset)


JAN = Dataset.from_frames(
    posts=_posts([("p1", "2025-01-05T10:00:00Z", 3, "Hello"), ("p2", "2025-01-20T10:00:00Z", 1, "Sale?")]),
    comments=_comments([("c1", "p1", "2025-01-05T11:00:00Z", "nice"), ("c2", "p2", "2025-01-21T09:00:00Z", "when?")]),
    followers=pd.DataFrame({"platform": "facebook", "account": "brand", "date": ["2025-01-30", "2025-01-31"],
                            "followers": [100, 101]}),
)
FEB = Dataset.from_frames(
    posts=_posts([("p2", "2025-01-20T10:00:00Z", 5, "Sale?"), ("p3", "2025-02-10T10:00:00Z", 0, "News")]),
    comments=_comments([("c2", "p2", "2025-01-21T09:00:00Z", "when? (edited)"), ("c3", "p3", "2025-02-11T09:00:00Z", "ok")]),
    followers=pd.DataFrame({"platform": "facebook", "account": "brand", "date": ["2025-01-31", "2025-02-01"],
                            "followers": [111, 112]}),
)


def _by_key(frame, key):
    return frame.set_index(key).sort_index()


# ----------------------------------------------------------------------------------------- workspaces


def test_create_list_rename_delete(st):
    assert st.list_workspaces() == []
    assert st.create("  beta   Bakery ") == "beta Bakery"
    st.create("Acme")
    assert st.list_workspaces() == ["Acme", "beta Bakery"]
    with pytest.raises(StoreError, match="already exists"):
        st.create("ACME")
    with pytest.raises(StoreError, match="name"):
        st.create("   ")
    assert st.rename("Acme", "Zeta") == "Zeta"
    assert st.list_workspaces() == ["beta Bakery", "Zeta"]
    with pytest.raises(StoreError, match="already exists"):
        st.rename("Zeta", "Beta bakery")
    st.delete("Zeta")
    assert st.list_workspaces() == ["beta Bakery"]
    with pytest.raises(StoreError, match="no workspace named 'Zeta'"):
        st.load("Zeta")


def test_settings_defaults_update_and_validation(st):
    st.create("Acme")
    s = st.settings("Acme")
    assert s == {"client_name": "Acme", "logo": None, "brand_handles": {}, "tz": "UTC", "language": "en",
                 "currency": "EUR", "manual_followers": {}, "mappings": {}}
    out = st.update_settings("Acme", client_name="Acme S.p.A.", logo=b"\x89PNG fake", tz="Europe/Rome",
                             brand_handles={"instagram": ["@acme", " @acme ", ""], "x": "acme_it"},
                             manual_followers={"linkedin": 1200}, currency="usd", language="it",
                             mappings={"sig1": {"table": "posts", "columns": {"post_id": "ID"}}})
    assert out["brand_handles"] == {"instagram": ["@acme"], "x": ["acme_it"]}
    assert out["currency"] == "USD" and out["logo"] == b"\x89PNG fake" and out["tz"] == "Europe/Rome"
    assert st.settings("Acme") == out
    rev = st.revision("Acme")
    for bad in ({"tz": "Mars/Olympus"}, {"language": "xx"}, {"colour": "red"}, {"manual_followers": {"x": -1}},
                {"brand_handles": {"myspace": ["a"]}}):
        with pytest.raises(StoreError):
            st.update_settings("Acme", **bad)
    assert st.settings("Acme") == out and st.revision("Acme") == rev
    assert st.update_settings("Acme", logo=None)["logo"] is None


def test_mappings_saved_one_at_a_time_from_two_threads_are_all_kept(st):
    st.create("Acme")
    st.update_settings("Acme", mappings={"old": {"table": "posts", "columns": {"post_id": "Id"}}})
    threads = [threading.Thread(target=st.save_mapping, args=("Acme", f"sig{i}", {"table": "comments", "n": i}))
               for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    maps = st.settings("Acme")["mappings"]
    assert sorted(maps) == ["old", "sig0", "sig1", "sig2", "sig3"] and maps["sig2"] == {"table": "comments", "n": 2}


def test_revision_changes_on_every_write_and_never_repeats(st):
    st.create("Acme")
    seen = [st.revision("Acme")]
    st.update_settings("Acme", tz="Europe/Rome")
    seen.append(st.revision("Acme"))
    rec = st.save_import("Acme", _result(JAN))
    seen.append(st.revision("Acme"))
    st.save_import("Acme", _result(JAN))  # duplicate: nothing changes
    assert st.revision("Acme") == seen[-1]
    st.undo_import("Acme", rec.id)
    seen.append(st.revision("Acme"))
    st.rename("Acme", "Acme 2")
    seen.append(st.revision("Acme 2"))
    st.delete("Acme 2")
    st.create("Acme 2")
    seen.append(st.revision("Acme 2"))
    assert len(set(seen)) == len(seen)
    st.load("Acme 2")
    assert st.revision("Acme 2") == seen[-1]


# -------------------------------------------------------------------------------------------- imports


def test_load_gives_back_exactly_what_was_saved_in_canonical_dtypes(st):
    st.create("Acme")
    assert st.load("Acme").is_empty
    rec = st.save_import("Acme", _result(JAN, "jan.csv"), data=b"raw jan bytes")
    assert (rec.rows, rec.tables, rec.duplicate) == ({"posts": 2, "comments": 2, "followers": 2},
                                                     ["posts", "comments", "followers"], False)
    assert (rec.first_date, rec.last_date, rec.as_of) == (dt.date(2025, 1, 5), dt.date(2025, 1, 31), dt.date(2025, 1, 31))
    assert rec.content_hash == hashlib.sha256(b"raw jan bytes").hexdigest()
    back = st.load("Acme")
    for name in Dataset.TABLES:
        pd.testing.assert_frame_equal(back.table(name), JAN.table(name))
        assert schema.validate(schema.TABLES[name], back.table(name)) == []
    assert [r.summary()["file"] for r in st.imports("Acme")] == ["jan.csv"]


def test_snapshot_is_name_revision_settings_and_data_of_one_moment(st):
    st.create("Acme", settings={"tz": "Europe/Rome"})
    st.save_import("Acme", _result(JAN))
    snap = st.snapshot("Acme")
    assert (snap.name, snap.revision, snap.settings) == ("Acme", st.revision("Acme"), st.settings("Acme"))
    assert snap.settings["tz"] == "Europe/Rome"
    for name in Dataset.TABLES:
        pd.testing.assert_frame_equal(snap.dataset.table(name), st.load("Acme").table(name))
    st.save_import("Acme", _result(FEB))
    later = st.snapshot("Acme")
    assert later.revision != snap.revision and len(later.dataset.posts) == 3 and len(snap.dataset.posts) == 2
    with pytest.raises(StoreError, match="no workspace named 'Nope'"):
        st.snapshot("Nope")


def test_same_content_again_changes_nothing_and_says_duplicate(st):
    st.create("Acme")
    first = st.save_import("Acme", _result(JAN, "jan.csv"), data=b"jan file")
    rev = st.revision("Acme")
    again = st.save_import("Acme", _result(JAN, "jan (1).csv"), data=b"jan file")
    assert again.duplicate and again.id == first.id and again.source == "jan.csv"
    # a different file with exactly the same rows (e.g. downloaded twice) is also a duplicate
    same_rows = st.save_import("Acme", _result(JAN, "jan-copy.csv"), data=b"jan file, other bytes")
    assert same_rows.duplicate and same_rows.id == first.id
    assert len(st.imports("Acme")) == 1 and st.revision("Acme") == rev
    assert len(st.load("Acme").posts) == 2


def test_overlapping_exports_merge_newest_snapshot_wins(st):
    st.create("Acme")
    st.save_import("Acme", _result(JAN, "jan.csv"))
    st.save_import("Acme", _result(FEB, "feb.csv"))
    data = st.load("Acme")
    posts = _by_key(data.posts, "post_id")
    assert list(posts.index) == ["p1", "p2", "p3"]
    assert posts["comments"].tolist() == [3, 5, 0]  # p2 from the newer export, no double count
    assert _by_key(data.comments, "comment_id").loc["c2", "text"] == "when? (edited)"
    fol = _by_key(data.followers, "date")["followers"]
    assert fol.tolist() == [100, 111, 112]


def test_an_older_export_imported_later_does_not_overwrite_newer_counts(st):
    st.create("Acme")
    st.save_import("Acme", _result(FEB, "feb.csv"))
    st.save_import("Acme", _result(JAN, "jan.csv"))  # last month's export uploaded after this month's
    posts = _by_key(st.load("Acme").posts, "post_id")
    assert posts["comments"].tolist() == [3, 5, 0]


def test_undo_removes_what_an_import_added_and_restores_what_it_overwrote(st):
    st.create("Acme")
    jan = st.save_import("Acme", _result(JAN, "jan.csv"))
    feb = st.save_import("Acme", _result(FEB, "feb.csv"))
    undone = st.undo_import("Acme", feb.id)
    assert undone.id == feb.id and undone.source == "feb.csv"
    data = st.load("Acme")
    for name in Dataset.TABLES:
        pd.testing.assert_frame_equal(data.table(name), JAN.table(name))
    with pytest.raises(StoreError, match="no import number"):
        st.undo_import("Acme", feb.id)
    feb = st.save_import("Acme", _result(FEB, "feb.csv"))  # after an undo the file can be imported again
    assert not feb.duplicate
    st.undo_import("Acme", jan.id)
    data = st.load("Acme")
    assert sorted(data.posts["post_id"]) == ["p2", "p3"]
    assert _by_key(data.posts, "post_id")["comments"].tolist() == [5, 0]
    assert [r.id for r in st.imports("Acme")] == [feb.id]


def test_a_fetch_outranks_earlier_exports_of_the_same_rows(st):
    st.create("Acme")
    st.save_dataset("Acme", FEB, source="X @brand", kind="fetch")
    older = Dataset.from_frames(posts=_posts([("p2", "2025-01-20T10:00:00Z", 2, "Sale?")]))
    rec = st.save_import("Acme", _result(older, "old.csv"))
    assert rec.as_of == dt.date(2025, 1, 20)
    assert _by_key(st.load("Acme").posts, "post_id").loc["p2", "comments"] == 5
    fetches = [r for r in st.imports("Acme") if r.kind == "fetch"]
    assert fetches[0].as_of == dt.datetime.now(dt.UTC).date() and fetches[0].platform == "facebook"


def test_empty_import_is_refused(st):
    st.create("Acme")
    with pytest.raises(StoreError, match="no rows"):
        st.save_import("Acme", _result(Dataset(), "empty.csv"))
    with pytest.raises(StoreError, match="no workspace"):
        st.save_import("Nope", _result(JAN))


# --------------------------------------------------------------------------------- failures and races


def test_a_failure_mid_import_leaves_the_workspace_as_it_was(st, monkeypatch):
    st.create("Acme")
    st.save_import("Acme", _result(JAN, "jan.csv"))
    before, rev, history = st.load("Acme"), st.revision("Acme"), st.imports("Acme")
    real = imports.write_chunks

    def write_one_then_fail(conn, import_id, blobs):
        real(conn, import_id, blobs[:1])  # the first table is written, then the disk "fills up"
        raise OSError("disk full")

    monkeypatch.setattr(imports, "write_chunks", write_one_then_fail)
    with pytest.raises(OSError, match="disk full"):
        st.save_import("Acme", _result(FEB, "feb.csv"))
    monkeypatch.undo()
    assert st.revision("Acme") == rev and st.imports("Acme") == history
    after = st.load("Acme")
    for name in Dataset.TABLES:
        pd.testing.assert_frame_equal(after.table(name), before.table(name))
    with st.engine.connect() as conn:  # no orphan blobs either
        assert conn.execute(sa.select(sa.func.count()).select_from(tables.CHUNKS)).scalar_one() == 3


CHILD = """
import os, sys
import pandas as pd
from lib import store
from lib.store import imports
from lib.dataset import Dataset
from lib.importers.base import ImportResult
url, mode, tag = sys.argv[1], sys.argv[2], sys.argv[3]
s = store.Store(url)
def data(i):
    return Dataset.from_frames(posts=pd.DataFrame({"platform": "x", "post_id": [f"{tag}-{i}-{k}" for k in range(50)],
                                                   "published_at": f"2025-03-{i + 1:02d}T08:00:00Z"}))
if mode == "crash":
    real = imports.write_chunks
    def crash(conn, import_id, blobs):
        real(conn, import_id, blobs)
        os._exit(3)  # the process dies before the transaction commits (like a killed server)
    imports.write_chunks = crash
    s.save_import("Acme", ImportResult("crash.csv", "t", "x", data(0)))
else:
    for i in range(int(mode)):
        s.save_import("Acme", ImportResult(f"{tag}-{i}.csv", "t", "x", data(i)))
"""


def _child(url, mode, tag):
    return subprocess.Popen([sys.executable, "-c", CHILD, url, mode, tag], cwd=ROOT, stderr=subprocess.PIPE)


def test_a_crash_mid_import_leaves_the_workspace_as_it_was(st, url):
    st.create("Acme")
    st.save_import("Acme", _result(JAN, "jan.csv"))
    rev = st.revision("Acme")
    proc = _child(url, "crash", "c")
    assert proc.wait(timeout=120) == 3, proc.stderr.read().decode()
    assert st.revision("Acme") == rev
    assert [r.source for r in st.imports("Acme")] == ["jan.csv"]
    pd.testing.assert_frame_equal(st.load("Acme").posts, JAN.posts)
    st.save_import("Acme", _result(FEB, "feb.csv"))  # and the database is usable afterwards
    assert len(st.load("Acme").posts) == 3


def test_two_importing_processes_lose_nothing(st, url):
    st.create("Acme")
    procs = [_child(url, "4", tag) for tag in ("a", "b")]
    for p in procs:
        assert p.wait(timeout=300) == 0, p.stderr.read().decode()
    assert len(st.imports("Acme")) == 8
    posts = st.load("Acme").posts
    assert len(posts) == 8 * 50 and posts["post_id"].is_unique


def test_two_importing_threads_lose_nothing_and_record_a_shared_file_once(st):
    st.create("Acme")
    barrier = threading.Barrier(2)
    errors, records = [], []

    def work(tag):
        try:
            barrier.wait()
            for i in range(3):
                ds = Dataset.from_frames(posts=_posts([(f"{tag}{i}-{k}", "2025-03-01T08:00:00Z", k, "t") for k in range(20)]))
                records.append(st.save_import("Acme", _result(ds, f"{tag}{i}.csv")))
            records.append(st.save_import("Acme", _result(JAN, "shared.csv"), data=b"the same upload"))
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(tag,)) for tag in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(r.duplicate for r in records) == [False] * 7 + [True]
    assert len(st.imports("Acme")) == 7
    assert len(st.load("Acme").posts) == 6 * 20 + 2


# ---------------------------------------------------------------------------------------------- backup


def test_backup_round_trip_is_exact(st):
    tricky = Dataset.from_frames(
        posts=pd.DataFrame({
            "platform": ["instagram", "facebook", "x"], "account": ["brand", None, "brand"],
            "post_id": ["1790000000000000001", "2", "3"],
            "published_at": pd.to_datetime(["2025-01-01T00:00:00.123456Z", "2025-02-01T23:59:59Z", "2025-03-01T12:00:00Z"], format="ISO8601"),
            "text": ['Line one\nline "two", with commas', "", None],
            "comments": pd.array([1, None, 0], dtype="Int64"), "reach": pd.array([10, 20, None], dtype="Int64"),
        }),
        comments=_comments([("c1", "2", "2025-02-02T01:02:03Z", "città 😍\r\nok")]),
        followers=pd.DataFrame({"platform": "x", "account": "brand", "date": ["2025-03-01"], "followers": [5],
                                "gained": pd.array([None], dtype="Int64")}),
        traffic=pd.DataFrame({"date": ["2025-03-01", "2025-03-02"], "platform": ["x", "facebook"], "sessions": [3, 4],
                              "revenue": [0.1 + 0.2, None]}),
    )
    tricky.posts.loc[1, "is_question"] = True  # a stored flag that differs from what the text would give
    st.create("Acme", settings={"tz": "Europe/Rome", "logo": b"\x00\x01logo", "brand_handles": {"x": ["@brand"]},
                                "manual_followers": {"linkedin": 7}, "mappings": {"abc": {"table": "posts"}}})
    st.save_import("Acme", _result(tricky, "tricky.csv"))
    backup = st.export_backup("Acme")
    names = zipfile.ZipFile(io.BytesIO(backup)).namelist()
    assert {"manifest.json", "settings.json", "logo.bin", "posts.csv", "traffic.csv"} <= set(names)
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(backup)).read("manifest.json"))
    assert manifest["schema_version"] == migrations.SCHEMA_VERSION and manifest["tables"]["posts"] == 3

    restored = st.import_backup(backup)
    assert restored == "Acme (2)"
    assert st.settings(restored) == st.settings("Acme")
    a, b = st.load("Acme"), st.load(restored)
    for name in Dataset.TABLES:
        pd.testing.assert_frame_equal(b.table(name), a.table(name))
    assert b.posts.loc[b.posts["post_id"] == "2", "text"].item() == ""
    assert st.import_backup(backup, name="Moved") == "Moved"
    with pytest.raises(StoreError, match="already exists"):
        st.import_backup(backup, name="moved")


def test_restoring_something_that_is_not_a_backup_says_so(st):
    with pytest.raises(StoreError, match="not a Conversa workspace backup"):
        st.import_backup(b"PK but not really a zip")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("posts.csv", "platform,post_id\n")
    with pytest.raises(StoreError, match="not a Conversa workspace backup"):
        st.import_backup(buf.getvalue())
    assert st.list_workspaces() == []


# ------------------------------------------------------------------------------------------ migrations


def test_an_older_database_is_upgraded_by_the_migration_hook(url, monkeypatch):
    old = store.Store(url)
    old.create("Acme")
    old.save_import("Acme", _result(JAN))
    old.close()
    calls = []

    def to_v2(conn):
        calls.append(1)
        conn.execute(sa.text("CREATE TABLE conversa_v2_extra (id INTEGER PRIMARY KEY)"))

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", migrations.SCHEMA_VERSION + 1)
    monkeypatch.setitem(migrations.MIGRATIONS, migrations.SCHEMA_VERSION, to_v2)
    new = store.Store(url)
    assert calls == [1]
    assert sa.inspect(new.engine).has_table("conversa_v2_extra")
    with new.engine.connect() as conn:
        assert conn.execute(sa.select(tables.META.c.value).where(tables.META.c.key == "schema_version")).scalar_one() == str(migrations.SCHEMA_VERSION)
    pd.testing.assert_frame_equal(new.load("Acme").posts, JAN.posts)
    new.close()
    store.Store(url).close()
    assert calls == [1]  # already upgraded: the step does not run again


def test_a_database_from_a_newer_release_is_refused_clearly(url):
    s = store.Store(url)
    with s.engine.begin() as conn:
        conn.execute(tables.META.update().where(tables.META.c.key == "schema_version").values(value=str(migrations.SCHEMA_VERSION + 1)))
    s.close()
    with pytest.raises(StoreError, match="newer version of Conversa"):
        store.Store(url)


# -------------------------------------------------------------------------------- last used and demo


def test_last_used_follows_renames_and_forgets_deleted_workspaces(st):
    assert st.last_used() is None
    st.create("Acme")
    st.create("Beta")
    st.set_last_used("Beta")
    assert st.last_used() == "Beta"
    st.rename("Beta", "Gamma")
    assert st.last_used() == "Gamma"
    st.delete("Gamma")
    assert st.last_used() is None
    with pytest.raises(StoreError):
        st.set_last_used("Nope")


@pytest.fixture
def demo_folder(tmp_path):
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / "posts.csv").write_text(
        "platform,account,post_id,published_at,text,comments\n"
        'instagram,fornorossi,101,2025-05-01T09:00:00+00:00,"Ciao, ""amici""\nnuova focaccia?",4\n'
        "facebook,fornorossi,102,2025-05-02T09:00:00+00:00,,\n", encoding="utf-8")
    (folder / "followers.csv").write_text(
        "platform,account,date,followers,gained,lost\ninstagram,fornorossi,2025-05-01,1000,5,1\n", encoding="utf-8")
    (folder / "settings.json").write_text(json.dumps({
        "client_name": "Forno Rossi", "brand_handles": {"instagram": ["fornorossi"]}, "tz": "Europe/Rome",
        "language": "it", "note": "ignored"}), encoding="utf-8")
    return folder


def test_demo_is_created_on_first_start_and_can_be_reset(st, demo_folder):
    assert st.ensure_demo(demo_folder) == "Demo"
    data = st.load("Demo")
    posts = _by_key(data.posts, "post_id")
    assert posts.loc["101", "text"] == 'Ciao, "amici"\nnuova focaccia?'
    assert bool(posts.loc["101", "is_question"]) and pd.isna(posts.loc["102", "is_question"])
    assert pd.isna(posts.loc["102", "comments"]) and len(data.followers) == 1
    s = st.settings("Demo")
    assert (s["client_name"], s["tz"], s["language"], s["brand_handles"]) == (
        "Forno Rossi", "Europe/Rome", "it", {"instagram": ["fornorossi"]})
    assert st.ensure_demo(demo_folder) == "Demo" and len(st.imports("Demo")) == 1

    st.update_settings("Demo", client_name="Changed")
    st.set_last_used("Demo")
    assert st.reset_demo(demo_folder) == "Demo"
    assert st.settings("Demo")["client_name"] == "Forno Rossi" and st.last_used() == "Demo"

    st.create("Client")
    st.delete("Demo")
    assert st.ensure_demo(demo_folder) == "Client"  # deleted on purpose: not forced back while others exist
    assert st.list_workspaces() == ["Client"]
    st.delete("Client")
    assert st.ensure_demo(demo_folder) == "Demo"  # nothing left: the demo comes back


def test_missing_demo_files_give_a_clear_message(st, tmp_path):
    with pytest.raises(StoreError, match="make demo"):
        st.ensure_demo(tmp_path / "nothing")


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


# ------------------------------------------------------------------------------ merge/undo vs a model

_one_import = hs.lists(
    hs.tuples(hs.sampled_from(["p1", "p2", "p3", "p4"]), hs.integers(1, 28), hs.integers(0, 9)),
    min_size=1, max_size=4, unique_by=lambda r: r[0],
)
_steps = hs.lists(hs.one_of(_one_import.map(lambda rows: ("import", rows)), hs.integers(0, 5).map(lambda i: ("undo", i))),
                  min_size=1, max_size=8)


@settings(max_examples=25, deadline=None)
@given(steps=_steps)
def test_any_sequence_of_imports_and_undos_matches_merging_the_remaining_imports_newest_last(steps, tmp_path_factory):
    """Model: the current view = Dataset.merge_all of the imports still there, ranked by (last day, order)."""
    s = store.Store(f"sqlite:///{tmp_path_factory.mktemp('model') / 'm.db'}")
    s.create("W")
    alive: list[tuple[int, Dataset]] = []  # (import id, dataset), in import order
    for kind, arg in steps:
        if kind == "import":
            ds = Dataset.from_frames(posts=_posts([(pid, f"2025-02-{day:02d}T09:00:00Z", n, "t") for pid, day, n in arg]))
            rec = s.save_import("W", _result(ds))
            same = [i for i, d in alive if d.posts.equals(ds.posts)]
            assert rec.duplicate == bool(same)
            if not rec.duplicate:
                alive.append((rec.id, ds))
        elif alive:
            import_id, _ = alive.pop(arg % len(alive))
            s.undo_import("W", import_id)
    ranked = sorted(alive, key=lambda a: (a[1].posts["published_at"].max(), a[0]))
    expected = Dataset.merge_all(d for _, d in ranked).posts
    pd.testing.assert_frame_equal(s.load("W").posts, expected if len(expected) else schema.empty(schema.POSTS))
    assert [r.id for r in s.imports("W")] == [i for i, _ in alive]
    s.close()


def test_deleting_gives_the_space_back_to_the_disk(tmp_path):
    path = tmp_path / "conversa.db"
    s = store.Store(f"sqlite:///{path}")
    s.create("Big")
    big = Dataset.from_frames(comments=_comments(
        [(f"c{i}", "p1", "2025-01-01T00:00:00Z", hashlib.sha256(str(i).encode()).hexdigest()) for i in range(20_000)]))
    s.save_import("Big", _result(big))

    def used_pages():
        with s.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
            return pages - conn.exec_driver_sql("PRAGMA freelist_count").scalar_one()

    with s.engine.connect() as conn:
        full = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
    s.delete("Big")
    with s.engine.connect() as conn:
        after = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
    assert full > 200 and after < full / 4 and used_pages() == after
    s.close()
