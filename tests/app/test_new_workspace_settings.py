"""A new workspace starts with its own empty settings: the open workspace's client name, handles and time zone
are neither shown in its settings form nor saved into it (client A's name on client B's report cover)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from pages._shared import keys as K
from tests.app.conftest import ROOT


def _settings_input(at: AppTest, label_key: str, lang: str = "en"):
    from lib.i18n import t

    return next(w for w in at.text_input if w.label == t(label_key, lang))


def test_creating_a_workspace_does_not_carry_the_open_ones_settings(app_store):
    app_store.create("Client A", settings={"client_name": "Client A S.p.A.", "tz": "Asia/Tokyo",
                                           "brand_handles": {"instagram": ["clienta"]}})
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[K.LANGUAGE] = "it"
    at.session_state[K.WORKSPACE] = "Client A"
    at.run()
    at.switch_page("pages/workspaces.py").run()
    assert _settings_input(at, "ws.client_name", "it").value == "Client A S.p.A."  # A's form shows A's name

    at.text_input(key=K.WS_NEW_NAME).input("Client B")
    at.button[0].click().run()  # the create form's submit button
    assert not at.exception
    assert at.selectbox(key=K.WORKSPACE).value == "Client B"
    assert "Client A S.p.A." not in [w.value for w in at.text_input]
    assert "clienta" not in " ".join(str(w.value) for w in at.text_input)
    fresh = app_store.settings("Client B")
    assert fresh["tz"] != "Asia/Tokyo" and fresh["language"] == "it"  # the interface's language, not A's zone

    save = next(b for b in at.button if "save" in str(b.proto.id).lower() or b.label.startswith("Salva"))
    save.click().run()
    saved = app_store.settings("Client B")
    assert saved["client_name"] != "Client A S.p.A."
    assert saved["brand_handles"] == {}
    assert saved["tz"] != "Asia/Tokyo"
    assert app_store.settings("Client A")["client_name"] == "Client A S.p.A."
