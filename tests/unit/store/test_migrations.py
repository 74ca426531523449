"""Migrations: one line of Alembic revisions; a database of the release before Alembic upgrades in place with every
row kept; a fresh database matches ``tables.py``; servers starting together upgrade once (PostgreSQL)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from lib import store
from lib.errors import StoreError
from lib.store import migrations, tables
from lib.store.engine import make_engine

ROOT = Path(__file__).resolve().parents[3]
FIXTURE = ROOT / "tests" / "fixtures" / "store_release_1"
OLD = json.loads((FIXTURE / "rows.json").read_text(encoding="utf-8"))
TYPES = {"int": sa.Integer, "text": sa.Text, "json": sa.JSON, "bytes": sa.LargeBinary,
         "datetime": lambda: sa.DateTime(timezone=True)}
DATA_TABLES = [t for t in OLD if t != "sqlite_sequence"]


def _table(name: str) -> sa.TableClause:
    return sa.table(name, *(sa.column(c, TYPES[k]()) for c, k in OLD[name]["columns"].items()))


def _decode(kind: str, value):
    if value is None:
        return None
    if kind == "bytes":
        return base64.b64decode(value)
    if kind == "datetime":
        return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)  # that release wrote UTC
    return value


def _encode(kind: str, value):
    if value is None:
        return None
    if kind == "bytes":
        return base64.b64encode(bytes(value)).decode()
    if kind == "datetime":
        return (value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value).isoformat()
    return value


def _old_database(url: str) -> None:
    """The database the release before Alembic would have left: its DDL, its rows, its id counters."""
    engine = make_engine(url)
    ddl = (FIXTURE / f"schema.{engine.dialect.name}.sql").read_text(encoding="utf-8")
    with engine.begin() as conn:
        for statement in ddl.split(";\n"):
            statement = "\n".join(line for line in statement.splitlines() if not line.startswith("--")).strip()
            if statement:
                conn.exec_driver_sql(statement)
        for name in DATA_TABLES:
            kinds = OLD[name]["columns"]
            rows = [{c: _decode(k, v) for (c, k), v in zip(kinds.items(), row)} for row in OLD[name]["rows"]]
            conn.execute(_table(name).insert(), rows)
        for name, seq in OLD["sqlite_sequence"]["rows"]:  # ids never reused: the counters go on where they were
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql(f"UPDATE sqlite_sequence SET seq = {int(seq)} WHERE name = '{name}'")
            else:
                conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), {int(seq)})")
    engine.dispose()


def _rows(engine: sa.Engine, name: str) -> list[list]:
    kinds = OLD[name]["columns"]
    table = _table(name)
    with engine.connect() as conn:
        found = conn.execute(sa.select(table).order_by(table.c[next(iter(kinds))])).all()
    return [[_encode(k, v) for k, v in zip(kinds.values(), row)] for row in found]


def test_the_history_is_one_line_with_one_head():
    script = migrations._script()
    revisions = list(script.walk_revisions())
    assert migrations.heads() == (migrations.head(),)
    assert [r.revision for r in revisions if r.down_revision is None] == [migrations.BASELINE]
    assert all(isinstance(r.down_revision, str | None) for r in revisions)  # no merge points
    out = subprocess.run([sys.executable, "-m", "alembic", "-c", "lib/store/migrations/alembic.ini", "heads"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and f"{migrations.head()} (head)" in out.stdout, out.stderr


def test_a_fresh_database_matches_the_table_definitions(url):
    s = store.Store(url)
    with s.engine.connect() as conn:
        assert migrations.current(conn) == migrations.head()
        assert compare_metadata(MigrationContext.configure(conn), tables.metadata) == []
        assert tables.meta_get(conn, "schema_version") == migrations.LEGACY_VERSION  # the old release opens it too
    s.close()


def test_a_database_of_the_release_before_alembic_upgrades_in_place_with_every_row_kept(url):
    _old_database(url)
    s = store.Store(url)
    with s.engine.connect() as conn:
        assert migrations.current(conn) == migrations.head()
        assert compare_metadata(MigrationContext.configure(conn), tables.metadata) == []
    for name in DATA_TABLES:
        assert _rows(s.engine, name) == OLD[name]["rows"], name
    # and it reads as that release showed it: jan, then feb (p2 edited), then the fetch of p3 (as of Feb 11)
    assert s.list_workspaces() == ["Acme", "Beta Client"] and s.last_used() == "Acme"
    assert s.revision("Acme") == "1.6" and [r.source for r in s.imports("Acme")] == ["jan.csv", "feb.csv", "X @brand"]
    posts = s.load("Acme").posts.set_index("post_id")["comments"]
    assert posts.to_dict() == {"p1": 3, "p2": 5, "p3": 9}
    settings = s.settings("Acme")
    assert settings["logo"] == b"\x89PNG\r\n\x1a\nlogo" and settings["tz"] == "Europe/Rome"
    assert settings["mappings"] == {"abc123": {"table": "posts", "columns": {"Id": "post_id"}}}
    assert s.settings("Beta Client")["currency"] == "USD"
    s.create("New")
    assert s.revision("New") == "4.1"  # the id counter went on: a deleted workspace's revision never comes back
    s.close()
    store.Store(url).close()  # opening again finds it up to date
    pd.testing.assert_series_equal(store.Store(url).load("Acme").posts.set_index("post_id")["comments"], posts)


def test_a_database_from_a_newer_release_is_refused_clearly(url):
    s = store.Store(url)
    with s.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    s.close()
    with pytest.raises(StoreError, match="newer version of Conversa"):
        store.Store(url)


def test_a_pre_alembic_database_of_an_unknown_format_is_refused_clearly(url):
    _old_database(url)
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(tables.META.update().where(tables.META.c.key == "schema_version").values(value="2"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer version of Conversa"):
        store.Store(url)


CHILD = """
import sys
from lib.store import migrations
from lib.store.engine import Database

class Probe(Database):
    def _upgrade(self):
        self.ran = migrations.upgrade(self)

print("ran" if Probe(sys.argv[1]).ran else "skipped", flush=True)
"""


def test_two_servers_starting_together_upgrade_once(url):
    if not url.startswith("postgresql"):
        pytest.skip("the advisory lock is PostgreSQL's; SQLite writers queue on BEGIN IMMEDIATE")
    _old_database(url)
    holder = make_engine(url)
    waiting = sa.text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = :key AND NOT granted")
    with holder.connect() as conn:
        conn.execute(sa.text("SELECT pg_advisory_lock(:key)"), {"key": migrations.LOCK_KEY})  # hold both at the door
        procs = [subprocess.Popen([sys.executable, "-c", CHILD, url], cwd=ROOT, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
        deadline = time.monotonic() + 120
        while conn.execute(waiting, {"key": migrations.LOCK_KEY}).scalar_one() < 2:
            assert time.monotonic() < deadline and all(p.poll() is None for p in procs), "servers did not queue"
            time.sleep(0.1)
        conn.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": migrations.LOCK_KEY})
        conn.commit()
    holder.dispose()
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outs]
    assert sorted(out.strip() for out, _ in outs) == ["ran", "skipped"]
    s = store.Store(url)
    with s.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all() == [migrations.head()]
    for name in DATA_TABLES:
        assert _rows(s.engine, name) == OLD[name]["rows"], name
    s.close()
