"""Navigation in AppTest: the Overview answers at /overview as well as at the root, the Report page is part of
presentation mode (with the anonymized workbook), and leaving presentation mode turns everything back."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from lib.i18n import t
from pages._shared import keys as K

ROOT = Path(__file__).resolve().parents[2]


def _marker(at: AppTest) -> str:
    return next(h.proto.body for h in at.get("html") if "conversa-ready" in h.proto.body)


def test_the_overview_has_its_own_url_besides_the_root(demo):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    assert "data-page='overview'" in _marker(at)
    pages = {info["url_pathname"]: info for info in at._registered_pages.values()}
    assert {"", "overview", "conversations", "community", "content", "audience", "channels", "report", "upload",
            "connect", "workspaces"} <= set(pages)
    assert pages[""]["script_path"] == pages["overview"]["script_path"]
    at.switch_page("pages/overview.py").run()  # the page registered at /overview
    assert not at.exception
    assert at.title[0].value == t("overview.title", "en")
    assert "data-page='overview'" in _marker(at)


def test_presentation_mode_includes_the_report_with_pseudonyms(demo):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params[K.QP_PRESENT] = "1"
    at.run()
    pages = {info["url_pathname"] for info in at._registered_pages.values()}
    assert {"report", "overview", "upload", "workspaces"} <= pages  # every bookmark resolves
    at.switch_page("pages/report.py").run()
    assert not at.exception
    assert t("docs.page.anonymize_forced", "en") in [i.value for i in at.info]
    assert len(at.get("download_button")) == 1
    at.button(key=K.EXIT_PRESENT).click().run()
    assert at.toggle(key=K.PRESENT).value is False
    assert t("docs.page.anonymize_forced", "en") not in [i.value for i in at.info]
