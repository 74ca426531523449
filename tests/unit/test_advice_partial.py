"""The advice on partial data: a scorecard without a column, follower files without posts, posts that stop
before the period ends, and workspaces built from subsets of the real exports in ../shared/samples. No crash, no
raw None/nan, no all-clear or alarm the data cannot back, and "not enough data" names the export that fills it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pandas as pd
import pytest

from lib.advice import advise
from lib.advice import waiting as W
from lib.dataset import Dataset
from lib.kpis import Period, compute, prepare
from lib.kpis.texts import reason
from tests.unit.test_advice import MARCH, advice_of, codes, data, follower_series, post, weekly_posts


def _with_scorecard(frame: pd.DataFrame):
    rep = compute(prepare(data(weekly_posts(5, reactions=10, comments=1))), MARCH)
    return dataclasses.replace(rep, tables={**rep.tables, "channel_scorecard": frame})


def test_a_scorecard_without_posts_reads_the_visits_and_says_the_posts_are_unknown():
    # comments and traffic, no posts: Instagram rethink with 100 of 400 visits (25%), Facebook keep with 300
    card = pd.DataFrame({"platform": ["facebook", "instagram"], "sessions": [300.0, 100.0],
                         "conversation_share": [None, None], "brand_response_rate": [0.8, 0.1],
                         "verdict": ["keep", "rethink"]})
    card["verdict_reason"] = pd.Series([reason("verdict_keep", kpis=["brand_response_rate"]),
                                        reason("verdict_rethink", kpis=["brand_response_rate"])], dtype=object)
    adv = advise(_with_scorecard(card))
    v = adv.verdict("channels")
    assert (v.status, v.code, v.platform, v.value) == ("watch", "channels.channel_scorecard.watch_no_posts",
                                                      "instagram", None)
    assert v.text("en") == ("Instagram is below target on Brand response rate. A posts export would show how much "
                            "of your posting it takes.")
    assert "Un export dei post" in v.text("it")
    act = next(a for a in adv.actions if a.code == "channel_rethink")
    assert (act.platform, act.tier, act.effect) == ("instagram", 1, 0.0)
    assert act.evidence_text("en") == ("Instagram is below target on Brand response rate. It brought 25% of your "
                                       "website visits.")
    assert "Facebook" in act.done_text("en")


def test_a_scorecard_with_only_a_platform_column_is_not_enough_data():
    adv = advise(_with_scorecard(pd.DataFrame({"platform": ["facebook", "x"]})))
    v = adv.verdict("channels")
    assert v.status == "unknown" and "n/a" not in v.text("en")
    assert not [a for a in adv.actions if a.area == "channels"]


def test_followers_without_posts_are_a_spike_to_check_not_bought():
    # a follower file only: 5,000 followers on 12 March, nothing to compare them with
    ds = Dataset.from_frames(followers=follower_series(spike_day=11))
    rep = compute(prepare(ds), MARCH)
    adv = advise(rep)
    v = adv.verdict("authenticity")
    assert (v.status, v.code, v.need) == ("watch", "authenticity.follower_spike_days.no_data", "posts")
    assert "bought" not in v.text("en") and "5,000 followers on 12 Mar 2025" in v.text("en")
    assert "export dei post" in v.text("it")
    spike = next(a for a in adv.actions if a.code == "check_spike")
    assert spike.tier == 1 and "no telling whether people engaged" in spike.evidence_text("en")
    assert adv.verdict("continuity").status == "unknown" and adv.verdict("conversation").status == "unknown"


def test_followers_without_posts_and_no_spike_claim_no_engagement():
    adv = advise(compute(prepare(Dataset.from_frames(followers=follower_series(daily=3))), MARCH))
    v = adv.verdict("authenticity")
    assert (v.status, v.code) == ("good", "authenticity.follower_spike_days.good_gains_only")
    assert "engaging" not in v.text("en") and "only the gains" in v.text("en")


def test_a_spike_on_days_without_a_post_says_nothing_was_published():
    # posts on 1, 8, 15, 22, 29 March; the spike on 10 March: no post on 10, 11 or 12 March
    posts = weekly_posts(5, reactions=10, comments=1, shares=0, saves=0)
    rep, adv = advice_of(data(posts, followers=follower_series(spike_day=9)))
    assert rep.tables["follower_spike_days"]["date"].dt.date.tolist() == [dt.date(2025, 3, 10)]
    v = adv.verdict("authenticity")
    assert (v.status, v.code) == ("act", "authenticity.follower_spike_days.no_post")
    spike = next(a for a in adv.actions if a.code == "check_spike")
    assert spike.tier == 0 and "you published nothing that day or the next two" in spike.evidence_text("en")
    # a post every day with 11 interactions each: the spike's days had posts, and they stayed at the usual level
    daily = weekly_posts(31, every_days=1, reactions=10, comments=1, shares=0, saves=0)
    _, flat = advice_of(data(daily, followers=follower_series(spike_day=9)))
    spike = next(a for a in flat.actions if a.code == "check_spike")
    assert spike.evidence_text("en").startswith("Facebook gained 5,000 followers on 10 Mar 2025 while that day's "
                                                "posts got 11 interactions, no more than usual")


def test_no_post_in_the_period_is_not_enough_data_not_a_silence():
    # posts in February only; March has followers but no post: the posts export may not cover March
    posts = weekly_posts(3, start="2025-02-01 10:00", reactions=5, comments=1)
    rep, adv = advice_of(data(posts, followers=follower_series(daily=3)))
    assert rep.overall["posts"] == 0
    v = adv.verdict("continuity")
    assert (v.status, v.need) == ("unknown", "posts")
    assert v.text("en").startswith("No post of yours in these 6 weeks is in the data.")
    assert "post_regularly" not in codes(adv)
    assert "n/a" not in " ".join(a.evidence_text("en") for a in adv.actions)


def test_posts_that_stop_before_the_period_ends_say_the_export_may_not_cover_it():
    # daily posts 1-14 March, then nothing to 31 March: 17 days after the last post, longest gap 1 day
    posts = [post(f"p{i}", f"2025-03-{i + 1:02d} 10:00", reactions=10, comments=2) for i in range(14)]
    rep, adv = advice_of(data(posts))
    assert rep.overall["longest_gap_days"] == pytest.approx(1)
    edge = "The data has no post after 14 Mar 2025 (17 days to the end of the period)"
    assert edge in adv.verdict("continuity").text("en")
    act = next(a for a in adv.actions if a.code == "post_regularly")
    assert act.evidence_text("en").startswith("The longest silence between two posts lasted 1 day;")
    assert edge in act.evidence_text("en")
    assert "Nei dati non ci sono post dopo il 14 mar 2025 (17 giorni" in act.evidence_text("it")


def test_one_post_has_no_gap_and_says_only_the_silent_weeks():
    rep, adv = advice_of(data([post("a", "2025-03-05 10:00", reactions=3, comments=1)]))
    assert rep.overall["longest_gap_days"] is None
    act = next(a for a in adv.actions if a.code == "post_regularly")
    assert act.evidence.__len__() >= 1 and act.evidence[0].text("en") == "5 of 6 weeks had no post."


# ------------------------------------------------------------------------------------------------ real samples
SUBSETS = {
    "one platform (Facebook posts and page files)": ["meta_facebook/pc_merchandise_2025"],
    "Meta and X": ["meta_facebook/pc_merchandise_2025",
                   "x_twitter/kaiadevintern_account_analytics_content_2024-12-22_2025-03-22.csv",
                   "x_twitter/kaiadevintern_account_overview_analytics.csv"],
    "GA4 only": ["ga4/higherdose"],
    "followers only": ["tiktok/pc_merchandise_2025/FollowerHistory.csv"],
    "threads only": ["support_threads"],
}
RAW = re.compile(r"\bn/a\b|\bn\.d\.|\bnan\b|\bNone\b|\bNaT\b|[{}]", re.IGNORECASE)


@pytest.fixture(scope="module")
def real_workspaces(samples):
    from lib.importers import import_paths

    out = {}
    for name, paths in SUBSETS.items():
        results = import_paths([str(samples / p) for p in paths])
        out[name] = prepare(Dataset.merge_all([r.dataset for r in results]))
    return out


@pytest.mark.parametrize("name", list(SUBSETS))
def test_every_verdict_and_action_reads_well_on_real_subsets(real_workspaces, name):
    prep = real_workspaces[name]
    first, last = prep.dataset.date_range()
    for since in (first, max(first, last - dt.timedelta(days=29))):  # the whole data, and its last 30 days
        period = Period.with_previous(since, last)
        rep = compute(prep, period)
        adv = advise(rep, waiting=W.waiting_list(prep, period) if W.has_threads(prep) else None)
        for lang in ("en", "it"):
            texts = [v.text(lang) for v in adv.verdicts] + [a.title_text(lang) + a.evidence_text(lang) +
                                                            a.done_text(lang) for a in adv.actions]
            texts += adv.findings(lang)
            bad = [t for t in texts if RAW.search(t)]
            assert not bad, bad
        for v in adv.verdicts:
            if v.status == "unknown":  # not enough data names what would fill it
                assert re.search(r"export|connect|Workspaces", v.text("en")), v.text("en")


def test_real_ga4_only_judges_nothing_but_the_channels_it_cannot_judge(real_workspaces):
    prep = real_workspaces["GA4 only"]
    period = Period.with_previous(dt.date(2025, 1, 1), dt.date(2025, 7, 29))
    rep = compute(prep, period)
    adv = advise(rep)
    assert [v.status for v in adv.verdicts] == ["unknown"] * 6
    assert not adv.actions
    channels = adv.verdict("channels").text("en")  # the visits are said, and what would let them be judged
    assert f"your website visits are here ({rep.value('social_sessions'):,.0f} from social media)" in channels
    assert "posts export" in channels


# ------------------------------------------------------------------------------------------------ waiting list
def test_presented_waiting_list_hides_mentioned_names_and_the_csv_never_runs_a_formula():
    from tests.unit.test_advice import comment

    comments = [
        comment("c1", "2025-03-02 09:00", "ann", "Lovely bread", post_id="facebook0"),
        comment("c2", "2025-03-03 09:00", "bob", "@ann told me about it, @bakery do you deliver?",
                post_id="facebook0"),
        comment("c3", "2025-03-04 09:00", "bakery", "Yes we do", parent="c9", brand=True),  # a brand root elsewhere
        comment("c4", "2025-03-05 09:00", "cat", "+39 333 123 4567 call me", post_id="facebook1"),
        comment("c5", "2025-03-06 09:00", "=cmd|'/C calc'!A0", "-1+1", post_id="facebook1"),
        comment("c6", "2025-03-07 09:00", "dan", "\uff1dSUM(A1)", post_id="facebook1"),
        comment("c7", "2025-03-08 09:00", "eve", "  @SUM(1)", post_id="facebook1"),
    ]
    prep = prepare(data(weekly_posts(), comments))
    shown = W.waiting_list(prep, MARCH, anonymized=True)
    bob = shown.set_index("comment_id").loc["c2"]
    pseudonym_ann = shown.set_index("comment_id").loc["c1", "author_name"]
    assert bob["text"] == f"@{pseudonym_ann} told me about it, @bakery do you deliver?"  # the brand's handle stays
    assert not any("@ann" in t for t in shown["text"])
    body = W.to_csv(shown).decode("utf-8-sig")
    for unsafe in ("+39 333", "-1+1", "\uff1dSUM", "  @SUM", "=cmd"):
        assert f",{unsafe}" not in body and f'"{unsafe}' not in body  # never at the start of a cell
    assert "'+39 333" in body and "'-1+1" in body and "'\uff1dSUM" in body and "'  @SUM" in body
    raw = W.to_csv(W.waiting_list(prep, MARCH)).decode("utf-8-sig")
    assert "'=cmd|" in raw and "@ann told me" in raw  # not presenting: the real names, still formula-safe


def test_the_channel_kept_for_visits_is_one_rule_for_verdict_actions_and_page():
    from lib.advice.verdicts import kept_for_visits
    from tests.unit.test_advice import channel_workspace

    rep, adv = advice_of(channel_workspace(900))  # Instagram: 900 of 1,000 visits with half the posts
    assert kept_for_visits(rep) == {"instagram"}
    assert adv.verdict("channels").code == "channels.channel_scorecard.watch_visits"
    rep, adv = advice_of(channel_workspace(100))  # 100 of 200 visits, 50% with 50% of the posts: still kept
    assert kept_for_visits(rep) == {"instagram"}
    rep, adv = advice_of(channel_workspace(99))  # 99 of 199: 49.7%, below its half of the posts
    assert kept_for_visits(rep) == set() and adv.verdict("channels").status == "act"


def test_weeks_are_counted_inside_what_the_posts_export_covers():
    from lib.kpis import coverage

    # posts on Saturdays 1, 8 and 15 March; the export covers 1-15 March: ISO weeks 9, 10 and 11, all with a post
    posts = weekly_posts(3, reactions=10, comments=2)
    prep = prepare(data(posts), coverage=coverage([("facebook", dt.date(2025, 3, 1), dt.date(2025, 3, 15))]))
    rep = compute(prep, MARCH)
    assert rep.overall["active_week_share"] == pytest.approx(1.0)
    adv = advise(rep)
    text = adv.verdict("continuity").text("en")
    assert text.startswith("You post regularly: 3 of 3 weeks had a post.")  # not "6 of 6": 3 weeks are covered
    assert "no post after 15 Mar 2025 (16 days to the end of the period)" in text
    # without coverage the same posts are 3 of the 6 weeks March touches
    assert advice_of(data(posts))[1].verdict("continuity").text("en").startswith(
        "You post now and then: only 3 of 6 weeks had a post.")


def test_a_spike_in_a_period_without_the_platforms_posts_is_not_called_unexplained():
    # posts in February only (the export may not reach March); the 5,000-follower jump on 12 March
    posts = weekly_posts(3, start="2025-02-01 10:00", reactions=5, comments=1)
    rep, adv = advice_of(data(posts, followers=follower_series(spike_day=11)))
    assert rep.by_platform["facebook"]["posts"] == 0
    v = adv.verdict("authenticity")
    assert (v.status, v.code) == ("watch", "authenticity.follower_spike_days.no_data")
    assert "published nothing" not in " ".join(a.evidence_text("en") for a in adv.actions)
