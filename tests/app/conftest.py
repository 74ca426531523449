"""Fixtures for AppTest runs: a fresh workspace store in a temporary data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from sample_data import DEMO_FOLDER

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app_store(tmp_path, monkeypatch):
    """A store of its own for this test (SQLite in tmp_path); the app started by AppTest opens the same one."""
    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(tmp_path))
    from lib.store import open_store

    return open_store()


@pytest.fixture
def demo(app_store) -> str:
    """The Demo workspace's name, created in the test's own store."""
    return app_store.ensure_demo(DEMO_FOLDER)
