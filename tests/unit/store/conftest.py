"""Fixtures of the store tests: a fresh database on real SQLite (always) and PostgreSQL (when
CONVERSA_TEST_DATABASE_URL is set), and a store on it."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from lib import store

ROOT = Path(__file__).resolve().parents[3]


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
