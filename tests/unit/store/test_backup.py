"""Backups: a workspace to a zip and back, exactly."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from lib.dataset import Dataset
from lib.errors import StoreError
from lib.store import migrations
from tests.unit.store.data import _comments, _result

ROOT = Path(__file__).resolve().parents[3]


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
    assert manifest["schema_version"] == migrations.head() and manifest["tables"]["posts"] == 3

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
