"""Workspaces: names, settings, revisions, the last used one."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from lib.errors import StoreError
from tests.unit.store.data import JAN, _result

ROOT = Path(__file__).resolve().parents[3]


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
