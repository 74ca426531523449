"""The advice in the app (AppTest): verdicts and actions first on the Overview, the Waiting page with its count in
the navigation, pseudonyms in presentation mode, and a workspace without threads told which export fills it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from lib.dataset import Dataset
from lib.i18n import t
from pages._shared import keys as K

ROOT = Path(__file__).resolve().parents[2]


def _app(page: str, lang: str = "en", present: bool = False) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.session_state[K.LANGUAGE] = lang
    at.session_state[K.PRESENT] = present
    at.run()
    if page != "overview":
        at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def _texts(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown) + "\n".join(c.value for c in at.caption)


@pytest.mark.parametrize("lang", ["en", "it"])
def test_overview_opens_with_verdicts_and_actions(demo, lang):
    at = _app("overview", lang)
    text = _texts(at)
    for area in ("conversation", "responsiveness", "community", "continuity", "authenticity", "channels"):
        assert t(f"advice.area.{area}", lang) in text
    assert t("overview.actions", lang) in [s.value for s in at.subheader]
    assert t("advice.action.answer_waiting.title", lang) in text  # the demo's last 90 days: comments wait
    assert "1. " in text


def test_waiting_page_lists_the_reports_waiting_comments(demo):
    at = _app("waiting")
    (frame,) = [d.value for d in at.dataframe]
    frame = frame.data if hasattr(frame, "data") else frame
    count_line = next(m.value for m in at.markdown if "comments are waiting" in m.value)
    n = int(count_line.split()[0].replace(",", ""))
    assert len(frame) == n > 0
    assert at.get("download_button")


def test_waiting_in_presentation_shows_pseudonyms(demo):
    at = _app("waiting", present=True)
    (frame,) = [d.value for d in at.dataframe]
    frame = frame.data if hasattr(frame, "data") else frame
    assert frame["author_name"].str.startswith("Commenter ").all()


def test_workspace_without_threads_says_which_export_fills_the_list(app_store):
    posts = pd.DataFrame([{"platform": "facebook", "account": "shop", "post_id": f"p{i}",
                           "published_at": pd.Timestamp("2026-11-01", tz="UTC") + pd.Timedelta(days=i),
                           "text": "New in", "reactions": 3, "comments": 1} for i in range(5)])
    name = app_store.create("Shop")
    from lib.importers.base import ImportResult

    app_store.save_import(name, ImportResult(source="posts.csv", importer="canonical", platform="facebook",
                                             dataset=Dataset.from_frames(posts=posts)))
    app_store.set_last_used(name)
    at = _app("waiting")
    assert any("WordPress" in i.value for i in at.info)
    overview = _app("overview")
    text = _texts(overview)
    assert f"{t('advice.area.responsiveness', 'en')}: {t('advice.status.unknown', 'en')}" in text
    assert "needs comment threads" in text


def test_channels_page_keeps_for_visits_what_the_verdict_keeps(demo):
    """Instagram is weak for conversation and strong for visits: the scorecard says "keep for the visits", as the
    verdict does, never a bare "rethink" beside "keep it"."""
    at = _app("channels")
    (table,) = [d.value for d in at.dataframe][:1]
    table = table.data if hasattr(table, "data") else table
    verdicts = table[table["signal"] == t("col.verdict", "en")].iloc[0].drop("signal").to_dict()  # per platform
    assert verdicts["Instagram"] == t("verdict.keep_visits", "en")
    assert t("verdict.rethink", "en") not in verdicts.values()
    assert "keep it" in _texts(at)


def test_audience_page_judges_the_spikes_when_followers_have_daily_gains(demo):
    at = _app("audience", "it")
    assert t("audience.no_spikes", "it") in [s.value for s in at.success]  # the demo's last 90 days: none
    assert not any("followers export" in i.value or "export dei follower" in i.value for i in at.info)


def test_waiting_page_says_how_long_in_words_and_gives_the_comment_room(demo):
    at = _app("waiting", "it")
    (frame,) = [d.value for d in at.dataframe]
    frame = frame.data if hasattr(frame, "data") else frame
    assert list(frame.columns[:4]) == ["question", "text", "platform", "waited"]
    assert frame["waited"].str.fullmatch(r"\d+ (giorni|h|min)|1 giorno|\d+,\d h").all()
    assert (frame["post"].str.len() <= 40).all()


def test_waiting_in_a_period_without_threads_is_no_all_clear(app_store):
    """Threads in 2025 only, a period in 2026 (a follower file reaches it): nobody spoke, so no "every comment has
    a reply"; the page says where the threads are."""
    comments = pd.DataFrame([{"platform": "x", "account": "shop", "comment_id": f"c{i}", "post_id": None,
                              "parent_id": None, "author_id": f"u{i}", "author_name": f"User {i}", "is_brand": False,
                              "created_at": pd.Timestamp("2025-03-02 09:00", tz="UTC") + pd.Timedelta(days=i),
                              "text": "Are you open?"} for i in range(3)])
    followers = pd.DataFrame({"platform": "x", "account": "shop",
                              "date": pd.date_range("2026-01-01", periods=60, freq="D"), "followers": 100,
                              "gained": 1})
    name = app_store.create("Shop")
    from lib.importers.base import ImportResult

    app_store.save_import(name, ImportResult(source="threads.csv", importer="canonical", platform="x",
                                             dataset=Dataset.from_frames(comments=comments, followers=followers)))
    app_store.set_last_used(name)
    at = _app("waiting")
    assert not at.success
    (info,) = [i.value for i in at.info]
    assert info.startswith("No comment of this period starts a conversation") and "2 Mar 2025" in info
    assert "4 Mar 2025" in info


def test_a_spike_on_a_noted_day_is_explained_on_the_audience_page(demo, app_store):
    """The demo's Instagram jump of 12 March 2026 with a note on that day: no "bought followers" warning for it,
    the note beside it in the table; without the note the warning stays."""
    import datetime as dt

    at = _app("audience")
    at.selectbox(key=K.PERIOD_PRESET).set_value("last_12_months").run()
    assert [w.value for w in at.warning if "gained many followers" in w.value]  # not explained yet
    app_store.add_note(demo, dt.date(2026, 3, 12), "Giveaway with Radio Uno", "instagram")
    at.run()
    assert not [w.value for w in at.warning if "gained many followers" in w.value]
    assert any(i.value.startswith("1 spike day(s) have your note") for i in at.info)
    spikes = next(d.value for d in at.dataframe if "note" in d.value.columns)
    assert spikes["note"].tolist() == ["Giveaway with Radio Uno"]


def test_a_followers_file_alone_never_calls_a_spike_bought(app_store):
    """Followers with a jump of 400 on 10 March and no posts: the page cannot compare with engagement, so the
    spike is one to check, its interactions unknown, and no "bought followers" warning."""
    gained = [3] * 40
    gained[9] = 400
    followers = pd.DataFrame({"platform": "tiktok", "account": "shop",
                              "date": pd.date_range("2026-03-01", periods=40, freq="D"),
                              "followers": 1000 + pd.Series(gained).cumsum(), "gained": gained})
    name = app_store.create("Shop")
    from lib.importers.base import ImportResult

    app_store.save_import(name, ImportResult(source="FollowerHistory.csv", importer="canonical", platform="tiktok",
                                             dataset=Dataset.from_frames(followers=followers)))
    app_store.set_last_used(name)
    at = _app("audience")
    assert not [w.value for w in at.warning if "gained many followers" in w.value]
    assert any("no post figures to show whether people engaged" in i.value for i in at.info)
    spikes = next(d.value for d in at.dataframe if "reason" in d.value.columns)
    assert spikes["reason"].tolist() == ["many new followers, no post figures to compare with"]
    assert "interactions" not in spikes.columns  # unknown for every spike: the column goes, never a 0
    assert "Authenticity: Watch" in _texts(at)
    charts_missing = [i.value for i in at.info if i.value.startswith("No data")]
    assert charts_missing and not any("followers export" in i for i in charts_missing)  # they have followers
    assert any("posts export" in i for i in charts_missing)


def test_conversations_page_leads_from_the_answering_verdict_to_the_waiting_list(demo, app_store):
    from lib.i18n import format as fmt
    from lib.kpis import compute, prepare

    at = _app("conversations")
    settings = app_store.settings(demo)
    rep = compute(prepare(app_store.load(demo), brand=settings.get("brand_handles") or None),
                  at.session_state[K.SELECTION].period)
    n = fmt.number(rep.extras["waiting_comments"], "en")
    links = [link for link in at.get("page_link") if "waiting" in link.proto.page]
    assert [link.proto.label for link in links] == [t("advice.page", "en", page=t("waiting.nav", "en", n=n))]


def test_waiting_filter_by_platform_in_italian(demo):
    at = _app("waiting", "it")
    box = at.selectbox(key="waiting_platform")
    assert box.options[0] == "Tutte le piattaforme"
    box.set_value("instagram").run()
    (frame,) = [d.value for d in at.dataframe]
    frame = frame.data if hasattr(frame, "data") else frame
    assert len(frame) and (frame["platform"] == "Instagram").all()
    count = next(m.value for m in at.markdown if "commenti sono in attesa" in m.value)
    assert count.startswith(f"{len(frame)} commenti")
