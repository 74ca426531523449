"""The demo workspace, from the folder the caller passes in."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from lib.errors import StoreError
from tests.unit.store.data import _by_key

ROOT = Path(__file__).resolve().parents[3]


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
