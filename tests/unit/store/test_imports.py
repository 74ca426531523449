"""Imports: saving, merging newest-first, undo, snapshots; failures and races lose nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as hs

from lib import schema, store
from lib.dataset import Dataset
from lib.errors import StoreError
from lib.store import imports, tables
from tests.unit.store.data import FEB, JAN, _by_key, _comments, _posts, _result

ROOT = Path(__file__).resolve().parents[3]


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
