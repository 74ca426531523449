"""Goals and notes on dates per workspace: stored on SQLite and PostgreSQL, checked, undone change by change, backed
up and restored, gone with their workspace, and added to a database of the release before them."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pytest
import sqlalchemy as sa

from lib import store
from lib.advice import DateNote, Goal
from lib.errors import StoreError
from lib.store import tables
from tests.unit.store.data import JAN, _result
from tests.unit.store.test_migrations import _old_database

D = dt.date


def test_goals_are_set_replaced_and_removed(st):
    st.create("Acme")
    rev = st.revision("Acme")
    assert st.goals("Acme") == []
    assert st.set_goal("Acme", "brand_response_rate", 0.6) == Goal("brand_response_rate", 0.6, "at_least")
    assert st.revision("Acme") != rev  # pages' caches see the change
    st.set_goal("Acme", "brand_response_time_median_h", "4", due="2026-03-31")
    st.set_goal("Acme", "brand_response_rate", 0.75)  # replaces the 60% goal
    assert st.goals("Acme") == [Goal("brand_response_rate", 0.75, "at_least"),
                                Goal("brand_response_time_median_h", 4.0, "at_most", D(2026, 3, 31))]
    assert st.remove_goal("Acme", "brand_response_rate") == Goal("brand_response_rate", 0.75, "at_least")
    assert [g.kpi for g in st.goals("Acme")] == ["brand_response_time_median_h"]
    with pytest.raises(StoreError, match="no goal for"):
        st.remove_goal("Acme", "brand_response_rate")


@pytest.mark.parametrize(("kpi", "target", "message"), [
    ("channel_scorecard", 1, "single value"), ("posts", "many", "must be a number"),
    ("brand_response_rate", 60, "between 0% and 100%"), ("longest_gap_days", -1, "below zero"),
    ("posts", float("nan"), "must be a number"),
])
def test_a_bad_goal_is_refused_with_a_sentence_and_changes_nothing(st, kpi, target, message):
    st.create("Acme")
    rev = st.revision("Acme")
    with pytest.raises(StoreError, match=message):
        st.set_goal("Acme", kpi, target)
    with pytest.raises(StoreError, match="not a day"):
        st.set_goal("Acme", "posts", 10, due="next spring")
    assert st.goals("Acme") == [] and st.revision("Acme") == rev


def test_notes_are_added_changed_and_removed_and_stay_plain_text(st):
    st.create("Acme")
    a = st.add_note("Acme", D(2026, 3, 12), "  Giveaway with\nthe local radio\t ")
    formula = st.add_note("Acme", "2026-01-05", '=HYPERLINK("http://x","win")', platform="instagram")
    markup = st.add_note("Acme", D(2026, 1, 5), "<b>Shop</b> closed ![x](http://host/p.png) **now**")
    assert a.text == "Giveaway with the local radio" and a.id is not None  # one line, blanks collapsed
    # stored and read back exactly as typed: no formula run, no markup made or stripped
    assert [(n.day, n.platform, n.text) for n in st.notes("Acme")] == [
        (D(2026, 1, 5), "instagram", '=HYPERLINK("http://x","win")'),
        (D(2026, 1, 5), None, "<b>Shop</b> closed ![x](http://host/p.png) **now**"),
        (D(2026, 3, 12), None, "Giveaway with the local radio")]
    changed = st.update_note("Acme", formula.id, D(2026, 1, 6), "TV spot", platform=None)
    assert changed == DateNote(D(2026, 1, 6), "TV spot") and changed.id != formula.id
    assert st.remove_note("Acme", markup.id).text.startswith("<b>Shop")
    assert [(n.day, n.text) for n in st.notes("Acme")] == [(D(2026, 1, 6), "TV spot"),
                                                          (D(2026, 3, 12), "Giveaway with the local radio")]
    with pytest.raises(StoreError, match="no note number"):
        st.remove_note("Acme", markup.id)


@pytest.mark.parametrize(("day", "text", "platform", "message"), [
    (D(2026, 1, 1), " \n\t ", None, "empty"), (D(2026, 1, 1), "x" * 281, None, "at most 280"),
    ("31/01/2026", "Sale", None, "not a day"), (D(2026, 1, 1), "Sale", "myspace", "Unknown platform"),
    (None, "Sale", None, "needs the day"),
])
def test_a_bad_note_is_refused_with_a_sentence_and_changes_nothing(st, day, text, platform, message):
    st.create("Acme")
    rev = st.revision("Acme")
    with pytest.raises(StoreError, match=message):
        st.add_note("Acme", day, text, platform)
    assert st.notes("Acme") == [] and st.revision("Acme") == rev


def test_undo_takes_back_one_change_at_a_time_newest_first(st):
    st.create("Acme")
    assert st.last_goals_notes_change("Acme") is None
    with pytest.raises(StoreError, match="no change to goals or notes"):
        st.undo_goals_notes_change("Acme")
    st.set_goal("Acme", "brand_response_rate", 0.6)                 # 1
    note = st.add_note("Acme", D(2026, 3, 12), "Giveaway")          # 2
    st.save_import("Acme", _result(JAN))                            # an import in between is not a goals change
    st.set_goal("Acme", "brand_response_rate", 0.8)                 # 3: replaces 60%
    edited = st.update_note("Acme", note.id, D(2026, 3, 13), "Giveaway (radio)")  # 4: one change, not two
    st.remove_goal("Acme", "brand_response_rate")                   # 5

    def state():
        return [(g.kpi, g.target) for g in st.goals("Acme")], [(n.day, n.text) for n in st.notes("Acme")]

    assert state() == ([], [(D(2026, 3, 13), "Giveaway (radio)")])
    last = st.last_goals_notes_change("Acme")
    assert (last.kind, last.action, last.item) == ("goal", "removed", Goal("brand_response_rate", 0.8))
    assert st.undo_goals_notes_change("Acme") == last                                           # undo 5
    assert state() == ([("brand_response_rate", 0.8)], [(D(2026, 3, 13), "Giveaway (radio)")])
    change = st.undo_goals_notes_change("Acme")                                                 # undo 4
    assert (change.kind, change.action, change.item) == ("note", "changed", edited)
    assert state() == ([("brand_response_rate", 0.8)], [(D(2026, 3, 12), "Giveaway")])
    assert st.undo_goals_notes_change("Acme").action == "changed"                               # undo 3
    assert state() == ([("brand_response_rate", 0.6)], [(D(2026, 3, 12), "Giveaway")])
    assert st.undo_goals_notes_change("Acme").action == "added"                                 # undo 2
    assert state() == ([("brand_response_rate", 0.6)], [])
    st.undo_goals_notes_change("Acme")                                                          # undo 1
    assert state() == ([], []) and st.last_goals_notes_change("Acme") is None
    assert len(st.load("Acme").posts) == 2  # the import stayed: its undo is the import history's


def test_backup_carries_goals_and_notes_and_the_restore_is_not_undone_by_them(st):
    st.create("Acme")
    st.set_goal("Acme", "brand_response_rate", 0.6, due=D(2026, 6, 30))
    gone = st.add_note("Acme", D(2026, 1, 2), "removed before the backup")
    st.remove_note("Acme", gone.id)
    st.add_note("Acme", D(2026, 3, 12), "=1+1 \u201cgiveaway\u201d, città", platform="facebook")
    backup = st.export_backup("Acme")
    payload = json.loads(zipfile.ZipFile(io.BytesIO(backup)).read("goals_notes.json"))
    assert payload == {"goals": [{"kpi": "brand_response_rate", "target": 0.6, "op": "at_least", "due": "2026-06-30"}],
                       "notes": [{"day": "2026-03-12", "platform": "facebook", "text": "=1+1 \u201cgiveaway\u201d, città"}]}
    restored = st.import_backup(backup)
    assert st.goals(restored) == st.goals("Acme")
    assert [(n.day, n.platform, n.text) for n in st.notes(restored)] == [
        (D(2026, 3, 12), "facebook", "=1+1 \u201cgiveaway\u201d, città")]
    assert st.last_goals_notes_change(restored) is None  # the restore is where its history starts


def test_a_backup_with_a_damaged_goal_is_refused_and_creates_nothing(st):
    st.create("Acme")
    st.set_goal("Acme", "posts", 10)
    raw = zipfile.ZipFile(io.BytesIO(st.export_backup("Acme")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name in raw.namelist():
            data = raw.read(name)
            if name == "goals_notes.json":
                data = json.dumps({"goals": [{"kpi": "brand_response_rate", "target": 7}], "notes": []}).encode()
            zf.writestr(name, data)
    with pytest.raises(StoreError, match="damaged.*between 0% and 100%"):
        st.import_backup(out.getvalue())
    assert st.list_workspaces() == ["Acme"]


def test_a_backup_made_before_goals_and_notes_restores_without_them(st):
    st.create("Acme")
    st.save_import("Acme", _result(JAN))
    raw = zipfile.ZipFile(io.BytesIO(st.export_backup("Acme")))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name in raw.namelist():
            if name != "goals_notes.json":
                zf.writestr(name, raw.read(name))
    restored = st.import_backup(out.getvalue())
    assert st.goals_and_notes(restored) == ([], []) and len(st.load(restored).posts) == 2


def test_goals_and_notes_go_with_their_workspace_and_follow_a_rename(st):
    st.create("Acme")
    st.create("Beta")
    st.set_goal("Acme", "posts", 10)
    st.add_note("Acme", D(2026, 3, 12), "Giveaway")
    st.add_note("Beta", D(2026, 3, 12), "Beta's own")
    st.rename("Acme", "Acme Bakery")
    assert [n.text for n in st.notes("Acme Bakery")] == ["Giveaway"] and len(st.goals("Acme Bakery")) == 1
    st.delete("Acme Bakery")
    with st.engine.connect() as conn:
        left = conn.execute(sa.select(tables.NOTES.c.text)).scalars().all()
        assert conn.execute(sa.select(sa.func.count()).select_from(tables.GOALS)).scalar_one() == 0
    assert left == ["Beta's own"]
    with pytest.raises(StoreError, match="no workspace named"):
        st.notes("Acme Bakery")


def test_a_database_of_the_release_before_alembic_takes_goals_and_notes_after_the_upgrade(url):
    _old_database(url)
    s = store.Store(url)
    assert s.goals_and_notes("Acme") == ([], [])
    s.set_goal("Acme", "brand_response_rate", 0.6)
    s.add_note("Acme", D(2025, 1, 20), "Sale")
    s.close()
    again = store.Store(url)
    assert [g.target for g in again.goals("Acme")] == [0.6]
    assert [n.text for n in again.notes("Acme")] == ["Sale"] and again.notes("Beta Client") == []
    again.close()
