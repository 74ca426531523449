"""Onboarding: files dropped while the demo is open go into a new workspace named after the client (never into the
demo), and the demo says it is the demo."""

from __future__ import annotations

import importlib.util

from streamlit.testing.v1 import AppTest

from lib.i18n import t
from pages._shared import keys as K
from tests.app.conftest import ROOT

_spec = importlib.util.spec_from_file_location("importers_core_fixtures", ROOT / "tests" / "fixtures" / "importers_core.py")
fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fixtures)


def _badges(at: AppTest, lang: str) -> list[str]:
    """The demo badges drawn (st.badge is markdown: ``:orange-badge[...]``)."""
    return [m.value for m in at.markdown if "badge[" in m.value and t("ws.demo_badge", lang) in m.value]


def _upload_page(lang: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[K.LANGUAGE] = lang
    at.run()
    at.switch_page("pages/upload.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_an_upload_while_the_demo_is_open_asks_for_the_client_and_creates_its_workspace(demo, app_store):
    before = [r.id for r in app_store.imports(demo)]
    name, data, expected = fixtures.meta_posts("it", n=12)
    at = _upload_page("it")
    assert at.selectbox(key=K.WORKSPACE).value == demo
    assert t("upload.demo_intro", "it") in [i.value for i in at.info]
    at.file_uploader[0].set_value([(name, data, "text/csv")]).run()

    at.button(key=K.UPLOAD_SAVE).click().run()  # no name yet: asked, nothing saved anywhere
    assert [e.value for e in at.error] == [t("upload.new_workspace_needed", "it")]
    assert app_store.list_workspaces() == [demo] and [r.id for r in app_store.imports(demo)] == before

    at.text_input(key=K.UPLOAD_NEW_WORKSPACE).input("Panificio Bianchi").run()
    assert at.button(key=K.UPLOAD_SAVE).label == t("upload.save", "it", n=1, rows=expected["rows"],
                                                  workspace="Panificio Bianchi")
    at.button(key=K.UPLOAD_SAVE).click().run()
    assert not at.exception and not at.error
    assert "Panificio Bianchi" in app_store.list_workspaces()
    assert len(app_store.load("Panificio Bianchi").posts) == expected["rows"]
    assert [r.id for r in app_store.imports(demo)] == before  # the demo got nothing
    settings = app_store.settings("Panificio Bianchi")
    assert settings["client_name"] == "Panificio Bianchi" and settings["language"] == "it"
    assert at.selectbox(key=K.WORKSPACE).value == "Panificio Bianchi"  # the sidebar opened it
    assert not _badges(at, "it")


def test_the_demo_is_marked_as_the_demo(demo, app_store):
    app_store.create("Cliente")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[K.LANGUAGE] = "en"
    at.session_state[K.WORKSPACE] = demo
    at.run()
    assert at.selectbox(key=K.WORKSPACE).value == demo
    assert len(_badges(at, "en")) == 2  # in the sidebar and under the page's title
    at.selectbox(key=K.WORKSPACE).select("Cliente").run()
    assert not _badges(at, "en")
    at.switch_page("pages/upload.py").run()  # a client's workspace: the files go there, no question asked
    assert t("upload.demo_intro", "en") not in [i.value for i in at.info]
    assert t("upload.intro", "en", workspace="Cliente") in [m.value for m in at.markdown]


def test_the_upload_preview_of_a_real_export_reads_cleanly(demo, app_store, samples):
    from tests.app.test_partial_data import shown_nulls

    path = samples / "x_twitter/kaiadevintern_account_analytics_content_2024-12-22_2025-03-22.csv"
    at = _upload_page("it")
    at.file_uploader[0].set_value([(path.name, path.read_bytes(), "text/csv")]).run()
    assert not at.exception and at.dataframe
    preview = at.dataframe[0]
    assert shown_nulls(preview) == []  # no grey None where the export has no value
    assert set(preview.value["platform"]) == {"X"}  # the platform's name, not its code
