"""Workspaces made of a few real exports (subsets of ../shared/samples, read by lib's importers) walked page by
page in English and Italian: no exception, no raw None/nan/NaT in a table, no chart without data, no all-clear
about follower spikes without follower data, no raw catalogue key, no English word on an Italian page."""

from __future__ import annotations

import json
import re

import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from lib.i18n import LANGUAGES, catalogues
from lib.importers import import_file
from lib.importers.base import SourceFile
from lib.importers.registry import importers
from lib.kpis.texts import describe
from pages._shared import keys as K
from tests.app.conftest import ROOT

PAGES = ("overview", "waiting", "conversations", "community", "content", "audience", "channels", "report", "workspaces")
SUBSETS = {
    "fb-and-x": ["meta_facebook/pro_efficient_data_entry_2025/Feb-01-2025_Mar-15-2025_613168031534769.csv",
                 "x_twitter/kaiadevintern_account_analytics_content_2024-12-22_2025-03-22.csv"],
    "ga4-only": ["ga4/higherdose/daily-traffic_acquisition_Session_source_medium-2025-07-01-2025-07-29-2025.csv"],
    "youtube": ["youtube/timaghostresonance/Table data.csv"],
    "tiktok": ["tiktok/creator_haileytupy_2026/Content.csv", "tiktok/creator_haileytupy_2026/FollowerHistory.csv"],
    "two-months-apart": ["meta_sv_locale_sveriges_radio/FB Riks Jan-01-2026_Jan-31-2026_1909489173296485.csv",
                         "meta_sv_locale_sveriges_radio/Insta riks Feb-01-2026_Feb-28-2026_1165513388845152.csv"],
    "support-threads": ["support_threads/twcs_first5000_pandas_index.csv"],
}
RAW_NULLS = {"None", "nan", "NaN", "NaT", "<NA>"}


@pytest.fixture(scope="module")
def partial_store(samples, tmp_path_factory):
    """One store holding a workspace per subset (its path is set for each test by ``env``)."""
    import os

    folder = tmp_path_factory.mktemp("partial")
    old = os.environ.get("CONVERSA_DATA_DIR")
    os.environ["CONVERSA_DATA_DIR"] = str(folder)
    try:
        from lib.store import open_store

        store = open_store()
        for name, files in SUBSETS.items():
            store.create(name)
            for rel in files:
                path = samples / rel
                data = path.read_bytes()
                for result in import_file(SourceFile(path.name, data)):
                    store.save_import(name, result, data)
        return folder
    finally:
        if old is None:
            os.environ.pop("CONVERSA_DATA_DIR", None)
        else:
            os.environ["CONVERSA_DATA_DIR"] = old


@pytest.fixture
def env(partial_store, monkeypatch):
    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(partial_store))


def _walk(workspace: str, page: str, lang: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state[K.LANGUAGE] = lang
    at.session_state[K.WORKSPACE] = workspace
    at.run()
    if page != "overview":
        at.switch_page(f"pages/{page}.py").run()
    return at


def shown_nulls(element) -> list[str]:
    """Cells a reader would see as a raw null: None/nan in a text column, or a numeric gap without a formatter."""
    frame = element.value
    styled = bool(element.proto.arrow_data.styler.display_values)
    bad = []
    for column in frame.columns:
        values = frame[column]
        numeric = values.dtype.kind in "iuf"
        texts = values.astype(str)
        if values.isna().any() and not (numeric and styled):
            bad.append(f"{column}: {int(values.isna().sum())} empty")
        if not numeric and texts.isin(RAW_NULLS).any():
            bad.append(f"{column}: {int(texts.isin(RAW_NULLS).sum())} raw null texts")
    return bad


def chart_rows(element) -> int:
    """Rows of data a Vega-Lite chart draws (every dataset Streamlit sent with it)."""
    rows = 0
    for ds in element.proto.datasets:
        if ds.data.data:
            rows += pa.ipc.open_stream(ds.data.data).read_all().num_rows
    if element.proto.data.data:
        rows += pa.ipc.open_stream(element.proto.data.data).read_all().num_rows
    spec = json.loads(element.proto.spec)
    rows += sum(len(v) for v in (spec.get("datasets") or {}).values() if isinstance(v, list))
    return rows


def texts(at: AppTest) -> list[str]:
    out = [str(e.value) for kind in ("markdown", "caption", "info", "warning", "success", "subheader", "title")
           for e in getattr(at, kind)]
    out += [m.label for m in at.metric] + [str(m.value) for m in at.metric]
    return out


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ']{4,}", text)}


#: words of the English catalogue that no Italian string uses: one of them on an Italian page is a string left
#: in English (icon names, file names and paths are not words)
ENGLISH_ONLY = (set().union(*(_words(v) for v in catalogues()["en"].values()))
                - set().union(*(_words(v) for v in catalogues()["it"].values())))
NOT_WORDS = re.compile(r":material/[a-z_]+:|:[a-z]+(-badge)?\[|\S*(_|/|\.xlsx|\.csv|\.pdf|\.pptx)\S*")


def english_words(at: AppTest, workspace: str = "") -> list[str]:
    """English-only words in what an Italian page shows (texts, metric labels, widget labels), not in tables. The
    workspace's name is the user's, and the export formats' names come from the importers' registry, English only
    for now (issue 14: left to the importers)."""
    shown = texts(at) + [w.label for kind in ("selectbox", "multiselect", "text_input", "button", "checkbox",
                                               "radio", "toggle", "number_input", "date_input")
                         for w in getattr(at, kind)]
    names = [workspace] + sorted({imp.label for imp in importers()}, key=len, reverse=True)
    shown = [text.replace("\\", "") for text in shown]  # markdown escapes
    for name in filter(None, names):
        shown = [text.replace(name, " ") for text in shown]
    return sorted({w for text in shown for w in _words(NOT_WORDS.sub(" ", text)) if w in ENGLISH_ONLY})


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("workspace", list(SUBSETS))
def test_every_page_reads_cleanly_on_partial_real_data(env, workspace, lang):
    problems = []
    for page in PAGES:
        at = _walk(workspace, page, lang)
        problems += [f"{page}: exception {e.value[:200]}" for e in at.exception]
        problems += [f"{page}: error {e.value[:200]}" for e in at.error]
        for table in at.dataframe:
            problems += [f"{page}: table shows {p}" for p in shown_nulls(table)]
        problems += [f"{page}: a chart with no data" for c in at.get("vega_lite_chart") if chart_rows(c) == 0]
        for text in texts(at):
            if re.search(r"\b(None|nan|NaT|<NA>)\b", text):
                problems.append(f"{page}: raw null in {text[:120]!r}")
            if re.search(r"\b[a-z_]+\.[a-z_]+\b", text) and re.search(r"\b(verdict|common|need|col|platform)\.[a-z_]+", text):
                problems.append(f"{page}: catalogue key in {text[:120]!r}")
        if lang == "it":
            problems += [f"{page}: English word {w!r}" for w in english_words(at, workspace)]
    assert problems == []


def test_no_spike_all_clear_without_follower_data(env):
    at = _walk("fb-and-x", "audience", "en")
    assert not at.exception
    assert not any("spike" in s.value.lower() for s in at.success)  # no green "No suspicious follower spikes"
    assert any("followers export" in i.value for i in at.info)


def test_scorecard_says_not_enough_data_for_a_platform_without_signals(env):
    at = _walk("fb-and-x", "channels", "it")
    card = at.dataframe[0].value  # one row per signal, one column per platform
    verdicts = set(card[card["signal"] == "Verdetto"].iloc[0].drop("signal"))
    assert verdicts == {"dati insufficienti"}  # neither platform has followers: no "da tenere" without data
    assert not at.get("vega_lite_chart")  # no collapsed chart: one line says what is missing instead
    assert any("follower" in i.value for i in at.info)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_empty_previous_period_reads_no_earlier_data_not_growth(env, lang):
    from lib.i18n import t

    at = _walk("fb-and-x", "overview", lang)  # the exports start in the default period: nothing before them
    assert not at.exception
    posts = next(m for m in at.metric if m.label == describe("posts", lang).label)
    assert posts.delta is None or posts.delta == ""  # not "+193"
    assert t("common.no_earlier", lang) in [c.value for c in at.caption]


def test_the_default_period_follows_the_data(env):
    import datetime as dt

    at = _walk("ga4-only", "overview", "en")  # one GA4 export, 1-29 July 2025: 29 of the last 90 days
    assert not at.exception
    assert at.selectbox(key=K.PERIOD_PRESET).value == "all_data"
    sel = at.session_state[K.SELECTION]
    assert (sel.since, sel.until) == (dt.date(2025, 7, 1), dt.date(2025, 7, 29))
    at.selectbox(key=K.WORKSPACE).select("tiktok").run()  # exports over most of the last 90 days
    assert at.selectbox(key=K.PERIOD_PRESET).value == "last_90"
    at.selectbox(key=K.PERIOD_PRESET).select("last_30").run()  # a choice the user made is kept
    at.selectbox(key=K.WORKSPACE).select("ga4-only").run()
    assert at.selectbox(key=K.PERIOD_PRESET).value == "last_30"
    assert not at.exception


def test_switching_language_keeps_period_and_platforms(env):
    at = _walk("fb-and-x", "overview", "en")
    at.selectbox(key=K.PERIOD_PRESET).select("last_30").run()
    at.multiselect(key=K.PLATFORMS).select("x").run()
    at.selectbox(key=K.LANGUAGE).select("it").run()
    at.switch_page("pages/content.py").run()
    sel = at.session_state[K.SELECTION]
    assert (sel.lang, sel.platforms) == ("it", ("x",))
    assert at.selectbox(key=K.PERIOD_PRESET).value == "last_30" and at.multiselect(key=K.PLATFORMS).value == ["x"]


def test_the_english_word_check_sees_english(env):
    at = _walk("fb-and-x", "overview", "en")
    assert {"conversation", "comments"} & set(english_words(at))  # the same page in English: caught
