"""Goals and notes on the Workspaces page (AppTest): set and remove a goal, add and remove a dated note, undo the
last change; every change lands in the workspace's store, the page and the advice read it back, in English and
Italian, and a note's text is shown as the words typed, never as markup."""

from __future__ import annotations

import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

from lib.i18n import t
from lib.kpis.texts import describe
from pages._shared import keys as K
from pages._shared.notes import GOAL_KPIS
from tests.app.conftest import ROOT


def _workspaces(lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.session_state[K.LANGUAGE] = lang
    at.run()
    at.switch_page("pages/workspaces.py").run()
    _ok(at)
    return at


def _pick_kpi(at: AppTest, kpi: str) -> None:
    at.selectbox(key=K.GOAL_KPI).select_index(GOAL_KPIS.index(kpi)).run()  # labels are in the page's language


def _ok(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def _text(at: AppTest) -> str:
    return "\n".join([m.value for m in at.markdown] + [c.value for c in at.caption] + [s.value for s in at.success])


@pytest.mark.parametrize("lang", ["en", "it"])
def test_set_a_goal_see_its_progress_remove_it_and_undo(demo, app_store, lang):
    at = _workspaces(lang)
    assert t("goals.title", lang) in [s.value for s in at.subheader]
    assert t("goals.none", lang) in _text(at)
    _pick_kpi(at, "brand_response_rate")
    at.number_input(key=K.GOAL_TARGET.format(kpi="brand_response_rate")).set_value(75.0).run()
    at.button(key=K.GOAL_SET).click().run()
    _ok(at)
    (goal,) = app_store.goals(demo)
    assert (goal.kpi, goal.target, goal.op, goal.due) == ("brand_response_rate", 0.75, "at_least", None)
    text = _text(at)
    assert t("goals.set_done", lang, kpi=describe("brand_response_rate", lang).label) in text
    # the goal's progress in the sidebar's period, in the page's language
    assert ("goal at least 75%" if lang == "en" else "obiettivo almeno 75%") in text
    assert t("goals.last_change", lang, change="").rstrip(".") in text

    at.button(key=K.GOAL_REMOVE.format(kpi="brand_response_rate")).click().run()
    _ok(at)
    assert app_store.goals(demo) == []
    at.button(key=K.GOALS_UNDO).click().run()  # the removal is taken back: the goal is there again
    _ok(at)
    assert [(g.kpi, g.target) for g in app_store.goals(demo)] == [("brand_response_rate", 0.75)]
    assert t("goals.undone", lang, change="").split(":")[0] in _text(at)


def test_a_time_goal_defaults_to_at_most_and_a_due_date_is_stored(demo, app_store):
    at = _workspaces()
    _pick_kpi(at, "brand_response_time_median_h")
    assert at.radio(key=K.GOAL_OP.format(kpi="brand_response_time_median_h")).value == "at_most"
    assert at.number_input(key=K.GOAL_TARGET.format(kpi="brand_response_time_median_h")).value == 4.0
    at.checkbox(key=K.GOAL_DUE_ON).check().run()
    at.date_input(key=K.GOAL_DUE).set_value(dt.date(2027, 3, 31)).run()
    at.button(key=K.GOAL_SET).click().run()
    _ok(at)
    (goal,) = app_store.goals(demo)
    assert (goal.kpi, goal.op, goal.target, goal.due) == ("brand_response_time_median_h", "at_most", 4.0,
                                                          dt.date(2027, 3, 31))


def test_add_a_note_shown_as_typed_remove_it_and_undo(demo, app_store):
    at = _workspaces()
    assert t("notes.none", "en") in _text(at)
    words = "Giveaway with **Radio** <b>Uno</b> =1+1"
    at.date_input(key=K.NOTE_DAY).set_value(dt.date(2026, 3, 12))
    at.selectbox(key=K.NOTE_PLATFORM).select_index(at.selectbox(key=K.NOTE_PLATFORM).options.index("Instagram"))
    at.text_input(key=K.NOTE_TEXT).input(words)
    next(b for b in at.button if b.label == t("notes.add", "en")).click().run()
    _ok(at)
    (note,) = app_store.notes(demo)
    assert (note.day, note.platform, note.text) == (dt.date(2026, 3, 12), "instagram", words)
    shown = [m.value for m in at.markdown if "Giveaway" in m.value]
    assert shown and all("**Radio**" not in v and "<b>" not in v for v in shown)  # escaped: shown, not rendered
    assert "12 Mar 2026" in _text(at)

    at.button(key=K.NOTE_REMOVE.format(id=note.id)).click().run()
    _ok(at)
    assert app_store.notes(demo) == []
    at.button(key=K.GOALS_UNDO).click().run()
    _ok(at)
    assert [n.text for n in app_store.notes(demo)] == [words]


def test_an_empty_note_says_what_is_missing_and_stores_nothing(demo, app_store):
    at = _workspaces("it")
    next(b for b in at.button if b.label == t("notes.add", "it")).click().run()
    assert [e.value for e in at.error] == ["Write what happened on that day (the note is empty)."]
    assert app_store.notes(demo) == []


def test_the_overview_reads_the_goal_set_on_the_page(demo, app_store):
    app_store.set_goal(demo, "brand_response_rate", 0.9)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.run()
    _ok(at)
    assert "Your goal is at least 90%" in "\n".join(m.value for m in at.markdown)


def _chart_texts(at: AppTest) -> list[str]:
    """Everything each Vega-Lite chart of the page carries: its spec and the rows of its datasets."""
    import json

    import pyarrow as pa

    out = []
    for element in at.get("vega_lite_chart"):
        parts = [element.proto.spec]
        for ds in element.proto.datasets:
            if ds.data.data:
                parts.append(json.dumps(pa.ipc.open_stream(ds.data.data).read_all().to_pylist(), default=str))
        out.append("\n".join(parts))
    return out


def test_time_charts_draw_the_periods_notes_and_only_those(demo, app_store):
    app_store.add_note(demo, dt.date(2026, 9, 15), "Shop closed for the holidays")
    app_store.add_note(demo, dt.date(2026, 9, 20), "Instagram giveaway", "instagram")
    app_store.add_note(demo, dt.date(2024, 1, 10), "Long before the period")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.run()
    _ok(at)
    sel = at.session_state[K.SELECTION]
    assert sel.since <= dt.date(2026, 9, 15) <= sel.until  # the demo's default period holds both notes
    charts = _chart_texts(at)
    assert charts and all("Shop closed for the holidays" in c and "Instagram giveaway" in c for c in charts)
    assert not any("Long before the period" in c for c in charts)
    from lib.i18n import format as fmt

    day = fmt.date(dt.date(2026, 9, 15), "en")
    assert f"{day}: Shop closed for the holidays" in "\n".join(c.value for c in at.caption)

    at.switch_page("pages/audience.py").run()
    _ok(at)
    charts = _chart_texts(at)
    with_notes = [c for c in charts if "Shop closed for the holidays" in c]
    assert len(with_notes) >= 2  # followers against interactions, and the daily gains with their spikes
    assert not any("Long before the period" in c for c in charts)

    at.multiselect(key=K.PLATFORMS).set_value(["facebook"]).run()  # a note for Instagram is not Facebook's
    assert at.session_state[K.SELECTION].platforms == ("facebook",)
    _ok(at)
    charts = _chart_texts(at)
    assert any("Shop closed for the holidays" in c for c in charts)
    assert not any("Instagram giveaway" in c for c in charts)
