"""Every page of the app in AppTest on the demo workspace: runs in English and Italian and in presentation mode,
shows the KpiReport's figures, keeps state across pages, anonymizes commenters, uploads and manages workspaces."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from lib import kpis
from lib.i18n import t
from lib.kpis import formatting as kpi_fmt
from lib.kpis.texts import describe
from lib.periods import make_period, preset_range
from pages._shared import keys as K
from sample_data import DEMO_FOLDER

ROOT = Path(__file__).resolve().parents[2]
INSIGHTS = ("overview", "conversations", "community", "content", "audience", "channels")
OTHER = ("upload", "workspaces")
TITLES = {"overview": "overview.title", "conversations": "conversations.title", "community": "community.title",
          "content": "content.title", "audience": "audience.title", "channels": "channels.title",
          "upload": "upload.title", "workspaces": "ws.title"}


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("conversa-app")


@pytest.fixture
def env(data_dir, monkeypatch):
    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture(scope="module")
def demo(data_dir):
    """The demo workspace's dataset and settings as the app's store holds them."""
    import os

    old = os.environ.get("CONVERSA_DATA_DIR")
    os.environ["CONVERSA_DATA_DIR"] = str(data_dir)
    try:
        from lib.store import open_store

        store = open_store()
        name = store.ensure_demo(DEMO_FOLDER)
        return store.load(name), store.settings(name)
    finally:
        if old is None:
            os.environ.pop("CONVERSA_DATA_DIR")
        else:
            os.environ["CONVERSA_DATA_DIR"] = old


def _report(demo, preset="last_90", platforms=None, anonymized=False):
    dataset, settings = demo
    if platforms:
        dataset = dataset.filter(platforms=platforms)
    last = min(dataset.date_range()[1], dt.date.today())
    since, until = preset_range(preset, last)
    rep = kpis.compute(kpis.prepare(dataset, brand=settings.get("brand_handles") or None),
                       make_period(since, until, tz=settings.get("tz") or "UTC"))
    return kpis.anonymize(rep) if anonymized else rep


def _app(page: str, lang: str = "en", present: bool = False) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[K.LANGUAGE] = lang
    at.session_state[K.PRESENT] = present
    at.run()
    if page != "overview":
        at.switch_page(f"pages/{page}.py").run()
    return at


def _no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def _metrics(at: AppTest) -> dict[str, tuple[str, str | None]]:
    return {m.label: (m.value, m.delta or None) for m in at.metric}


def _check_figures(at: AppTest, rep, lang: str, currency: str = "EUR") -> int:
    """Every metric on the page shows the report's value and change for the KPI with that label."""
    shown = _metrics(at)
    by_label = {describe(key, lang).label: key for key in kpis.SCALAR_KEYS}
    checked = 0
    for label, (value, delta) in shown.items():
        key = by_label[label]
        assert value == kpi_fmt.kpi_value(key, rep.value(key), lang, currency), key
        if rep.value(key) is not None:
            assert delta == kpi_fmt.kpi_delta(key, rep.changes.get(key), lang, currency), key
        checked += 1
    return checked


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("page", INSIGHTS + OTHER)
def test_every_page_runs_and_shows_the_report(env, demo, page, lang):
    at = _app(page, lang)
    _no_errors(at)
    assert at.title[0].value == t(TITLES[page], lang)
    if page in INSIGHTS:
        assert _check_figures(at, _report(demo), lang) >= 4
        assert all(m.help for m in at.metric), "every KPI has a help tooltip"


@pytest.mark.parametrize("page", INSIGHTS)
def test_presentation_mode_runs_every_page_without_private_names(env, demo, page):
    at = _app(page, "it", present=True)
    _no_errors(at)
    assert _check_figures(at, _report(demo, anonymized=True), "it") >= 4
    dataset, _ = demo
    audience = dataset.comments[~dataset.comments["is_brand"].fillna(False).astype(bool)]
    names = set(audience["author_name"].dropna().unique())
    frames = [d.value for d in at.dataframe]
    shown = set()
    for frame in frames:
        for col in frame.columns:
            shown.update(map(str, frame[col].dropna().unique()))
    texts = " ".join(str(e.value) for e in [*at.markdown, *at.caption, *at.info])
    assert not names & shown
    assert not [n for n in names if len(n) > 5 and n in texts]
    assert at.button(key=K.EXIT_PRESENT)  # the way out is on every page


def test_without_presentation_mode_commenters_are_named(env, demo):
    at = _app("community")
    dataset, _ = demo
    names = set(dataset.comments["author_name"].dropna().unique())
    shown = {str(v) for d in at.dataframe for col in d.value.columns for v in d.value[col].dropna().unique()}
    assert names & shown  # the anonymization test above is meaningful


def test_query_parameter_turns_presentation_mode_on(env):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params[K.QP_PRESENT] = "1"
    at.run()
    _no_errors(at)
    assert at.session_state[K.PRESENT] is True
    at.button(key=K.EXIT_PRESENT).click().run()
    assert at.session_state[K.PRESENT] is False
    assert K.QP_PRESENT not in at.query_params


def test_period_and_comparison_switch_change_the_figures(env, demo):
    at = _app("overview")
    at.selectbox(key=K.PERIOD_PRESET).set_value("last_30").run()
    _no_errors(at)
    _check_figures(at, _report(demo, "last_30"), "en")
    at.radio(key=K.COMPARE).set_value("year").run()
    _no_errors(at)
    dataset, settings = demo
    since, until = preset_range("last_30", min(dataset.date_range()[1], dt.date.today()))
    rep = kpis.compute(kpis.prepare(dataset, brand=settings.get("brand_handles") or None),
                       make_period(since, until, compare="year", tz=settings.get("tz") or "UTC"))
    _check_figures(at, rep, "en")


def test_state_survives_switching_pages(env, demo):
    at = _app("overview")
    at.multiselect(key=K.PLATFORMS).set_value(["facebook"]).run()
    at.selectbox(key=K.PERIOD_PRESET).set_value("last_12_months").run()
    at.switch_page("pages/community.py").run()
    _no_errors(at)
    assert at.multiselect(key=K.PLATFORMS).value == ["facebook"]
    assert at.selectbox(key=K.PERIOD_PRESET).value == "last_12_months"
    _check_figures(at, _report(demo, "last_12_months", platforms=["facebook"]), "en")


def test_custom_dates_in_the_future_are_refused(env, demo):
    at = _app("overview")
    at.selectbox(key=K.PERIOD_PRESET).set_value("custom").run()
    _no_errors(at)
    today = dt.date.today()
    at.session_state[K.kept(K.CUSTOM_DATES)] = (today - dt.timedelta(days=10), today + dt.timedelta(days=5))
    at.run()
    assert [e.value for e in at.sidebar.error] == [t("sidebar.error_future", "en")]
    _check_figures(at, _report(demo, "last_90"), "en")  # the last 90 days instead


def test_language_follows_the_choice(env):
    at = _app("overview")
    at.selectbox(key=K.LANGUAGE).set_value("it").run()
    _no_errors(at)
    assert at.title[0].value == "Panoramica"
    assert at.selectbox(key=K.PERIOD_PRESET).format_func("last_30") == "Ultimi 30 giorni"


def _posts_csv(n: int = 6) -> bytes:
    rows = pd.DataFrame({
        "platform": ["mastodon"] * n, "account": ["@forno"] * n, "post_id": [f"p{i}" for i in range(n)],
        "published_at": [f"2025-01-0{i + 1}T10:00:00+00:00" for i in range(n)],
        "text": [f"Post {i}?" for i in range(n)], "reactions": list(range(n)), "comments": [1] * n,
    })
    buf = io.StringIO()
    rows.to_csv(buf, index=False)
    return buf.getvalue().encode()


def test_upload_shows_what_a_file_holds_and_saves_it(env):
    from lib.store import open_store

    store = open_store()
    store.create("Upload test")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[K.WORKSPACE] = "Upload test"
    at.run()
    at.switch_page("pages/upload.py").run()
    at.file_uploader(key=K.UPLOAD_FILES).set_value([("posts.csv", _posts_csv(), "text/csv")]).run()
    _no_errors(at)
    text = " ".join(m.value for m in at.markdown)
    assert "Mastodon" in text and "6" in text
    at.button(key=K.UPLOAD_SAVE).click().run()
    _no_errors(at)
    assert at.success
    assert len(store.load("Upload test").posts) == 6


def test_unknown_table_gets_the_mapping_form(env):
    from lib.store import open_store

    store = open_store()
    store.create("Mapping test")
    data = b"Data,Testo,Commenti,ID\n2025-01-02,Ciao?,3,a1\n2025-01-03,Buongiorno,1,a2\n"
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[K.WORKSPACE] = "Mapping test"
    at.run()
    at.switch_page("pages/upload.py").run()
    at.file_uploader(key=K.UPLOAD_FILES).set_value([("strano.csv", data, "text/csv")]).run()
    assert at.error  # not a known export: the importer's sentence
    assert at.selectbox(key=K.UPLOAD_MAP_TABLE.format(i=0)).value == "posts"
    assert at.selectbox(key=K.UPLOAD_MAP_COLUMN.format(i=0, column="comments")).value == "Commenti"
    at.selectbox(key=K.UPLOAD_MAP_PLATFORM.format(i=0)).set_value("blog")
    at.button(key=K.UPLOAD_MAP_APPLY.format(i=0)).click().run()
    at.button(key=K.UPLOAD_SAVE).click().run()
    assert len(store.load("Mapping test").posts) == 2
    assert store.settings("Mapping test")["mappings"]  # remembered for the next file


@pytest.mark.parametrize(("lang", "said"), [("en", "never imports private messages"),
                                            ("it", "non importa mai messaggi privati")])
def test_private_messages_are_refused_in_the_users_language_and_get_no_mapping_form(env, lang, said):
    from lib.store import open_store

    store = open_store()
    name = f"Inbox test {lang}"
    store.create(name)
    data = (b"CONVERSATION ID,FROM,TO,DATE,CONTENT\n2-abc,Ada,Acme,2026-01-02 10:00:00 UTC,Is my order shipped?\n")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[K.WORKSPACE] = name
    at.session_state[K.LANGUAGE] = lang
    at.run()
    at.switch_page("pages/upload.py").run()
    at.file_uploader(key=K.UPLOAD_FILES).set_value([("messages.csv", data, "text/csv")]).run()
    assert [e.value for e in at.error if said in e.value]
    assert not [s for s in at.selectbox if s.key == K.UPLOAD_MAP_TABLE.format(i=0)]  # nothing to map
    assert not [b for b in at.button if b.key == K.UPLOAD_SAVE]
    assert len(store.load(name).posts) == 0


def test_workspaces_create_rename_and_delete_with_confirmation(env):
    from lib.store import open_store

    store = open_store()
    at = _app("workspaces")
    at.text_input(key=K.WS_NEW_NAME).input("Cliente A")
    at.button[0].click().run()  # the create form's submit button
    _no_errors(at)
    assert "Cliente A" in store.list_workspaces()
    assert at.selectbox(key=K.WORKSPACE).value == "Cliente A"
    assert at.button(key=K.WS_DELETE).disabled
    at.text_input(key=K.WS_DELETE_CONFIRM).input("Cliente A").run()
    at.button(key=K.WS_DELETE).click().run()
    assert "Cliente A" in store.list_workspaces()  # asked once more first
    at.button(key=K.WS_DELETE_YES).click().run()
    _no_errors(at)
    assert "Cliente A" not in store.list_workspaces()


def test_unavailable_kpis_say_why_and_which_file(env):
    from lib.importers import import_file
    from lib.importers.base import SourceFile
    from lib.store import open_store

    store = open_store()
    store.create("Posts only")
    for res in import_file(SourceFile("posts.csv", _posts_csv())):
        store.save_import("Posts only", res)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[K.WORKSPACE] = "Posts only"
    at.session_state[K.kept(K.PERIOD_PRESET)] = "last_12_months"
    at.run()
    _no_errors(at)
    shown = _metrics(at)
    assert shown[describe("brand_response_rate", "en").label][0] == "n/a"
    captions = " ".join(c.value for c in at.caption)
    assert "Needs comment threads." in captions and t("need.comments", "en") in captions
    assert "Why it matters" in at.metric[0].help


def test_presentation_shows_the_clients_name_and_logo(env):
    from PIL import Image

    from lib.store import open_store

    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (0, 114, 178)).save(buf, format="PNG")
    store = open_store()
    store.create("Logo test")
    store.update_settings("Logo test", client_name="Pasticceria Bianchi", logo=buf.getvalue())
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[K.WORKSPACE] = "Logo test"
    at.session_state[K.PRESENT] = True
    at.run()
    _no_errors(at)
    assert any("Pasticceria Bianchi" in m.value for m in at.markdown)
    assert [type(node).__name__ for node in at.main].count("Image") == 1


def test_channels_shows_libs_verdict_reasons_translated(env, demo):
    from lib.i18n import t
    from lib.kpis.tables import ChannelScorecard as Card
    from lib.kpis.texts import reason_text

    def platform_label(p: str) -> str:
        return t(f"platform.{p}", "it")

    at = _app("channels", "it")
    _no_errors(at)
    card = _report(demo).tables["channel_scorecard"]
    expected = []
    for why in card[Card.verdict_reason]:
        text = reason_text(why, "it")
        expected.append(text[:1].upper() + text[1:] + ".")
    shown = next(d.value for d in at.dataframe if "signal" in d.value.columns)  # one column per platform
    row = shown[shown["signal"] == t("col.verdict_reason", "it")].iloc[0]
    assert [row[platform_label(p)] for p in card[Card.platform]] == expected
    assert not any("meets" in s or "below target" in s for s in expected)
