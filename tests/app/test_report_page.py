"""The Report page in the running app (AppTest): it builds the workbook of the demo workspace and offers it."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from pages._shared import keys as K

ROOT = Path(__file__).resolve().parents[2]


def _report_page(workspace: str, **state) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[K.WORKSPACE] = workspace
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    at.switch_page("pages/report.py").run()
    assert not at.exception
    return at


@pytest.mark.parametrize(("lang", "label"), [("en", "Download the Excel report"), ("it", "Scarica il report Excel")])
def test_the_page_offers_the_workbook(demo, lang, label):
    at = _report_page(demo, **{K.LANGUAGE: lang})
    buttons = at.get("download_button")
    assert len(buttons) == 1
    proto = buttons[0].proto
    assert proto.label == label
    assert proto.id.endswith(K.REPORT_DOWNLOAD) or K.REPORT_DOWNLOAD in proto.id
    assert proto.url  # the workbook bytes were handed to Streamlit's media store
