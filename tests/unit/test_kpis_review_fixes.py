"""Hand-computed checks of the reviewer's fixes: hollow growth halves, several accounts per platform, mentions in
anonymized tables, ranked language tables, translatable scorecard verdicts."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from lib.dataset import Dataset
from lib.kpis import Period, anonymize, compute
from lib.kpis.tables import COLUMNS, ChannelScorecard, CommentExamples, LanguageComparison
from lib.kpis.tables.channels import scorecard
from lib.kpis.tables.languages import comparison as language_comparison
from lib.kpis.texts import reason_text

MARCH = Period.with_previous(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
TEN = Period.with_previous(dt.date(2025, 3, 1), dt.date(2025, 3, 10))


def _posts(days, platform="facebook", reactions=10):
    return pd.DataFrame({"platform": platform, "account": "bakery", "post_id": [f"p{i}" for i in range(len(days))],
                         "published_at": [pd.Timestamp(d, tz="UTC") + pd.Timedelta(hours=10) for d in days],
                         "text": "A post", "reactions": reactions})


def test_hollow_growth_is_zero_when_flat_over_an_odd_number_of_days():
    days = pd.date_range("2025-03-01", "2025-03-31", freq="D")  # 31 days: halves of 15 and 16
    fol = pd.DataFrame({"platform": "facebook", "account": "bakery", "date": days, "followers": 1000})
    r = compute(Dataset.from_frames(posts=_posts(days), followers=fol), MARCH)
    # 10 interactions every day: 10/day in both halves; followers 1000 in both halves (was 0 - 10/150 = -0.0667)
    assert r.overall["hollow_growth"] == pytest.approx(0.0)


def test_hollow_growth_compares_daily_means():
    days = pd.date_range("2025-03-01", "2025-03-31", freq="D")
    fol = pd.DataFrame({"platform": "facebook", "account": "bakery", "date": days,
                        "followers": [1000] * 15 + [1100] * 16})
    # one post of 30 reactions in the first half (2/day over 15 days), one of 64 in the second (4/day over 16)
    posts = pd.concat([_posts(["2025-03-02"], reactions=30), _posts(["2025-03-20"], reactions=64).assign(post_id="q")])
    r = compute(Dataset.from_frames(posts=posts, followers=fol), MARCH)
    assert r.overall["hollow_growth"] == pytest.approx(100 / 1000 - (4 - 2) / 2)  # 0.1 - 1.0 = -0.9


def _two_pages(gained: bool = False) -> Dataset:
    a = pd.date_range("2025-03-01", "2025-03-10", freq="D")
    b = pd.date_range("2025-03-01", "2025-03-09", freq="D")
    fol = pd.concat([pd.DataFrame({"platform": "facebook", "account": "page_a", "date": a, "followers": 1200}),
                     pd.DataFrame({"platform": "facebook", "account": "page_b", "date": b, "followers": 500})])
    return Dataset.from_frames(posts=_posts(a[:1]), followers=fol)


def test_several_accounts_on_one_platform_are_added_per_account():
    r = compute(_two_pages(), TEN)
    # page B's last total (500, day 9) is carried to day 10: 1200 + 500 (was 1200 and a growth of -500)
    assert r.overall["followers_end"] == 1700
    assert r.overall["follower_growth"] == 0
    daily = r.tables["daily"]
    assert daily["followers"].tolist() == [1700.0] * 10
    assert daily["gained"].iloc[1:].tolist() == [0.0] * 9  # no -500 on day 10
    # per 1k: 10 reactions... conversation needs comments; applause per post 10 over mean followers 1700
    assert r.overall["applause_rate_per_1k_followers"] == pytest.approx(10 / 1700 * 1000)


def test_an_account_added_later_is_not_growth():
    a = pd.date_range("2025-03-01", "2025-03-10", freq="D")
    b = pd.date_range("2025-03-06", "2025-03-10", freq="D")
    fol = pd.concat([pd.DataFrame({"platform": "facebook", "account": "page_a", "date": a,
                                   "followers": 1000 + 10 * pd.RangeIndex(10)}),
                     pd.DataFrame({"platform": "facebook", "account": "page_b", "date": b, "followers": 5000})])
    r = compute(Dataset.from_frames(posts=_posts(a[:1]), followers=fol), TEN)
    assert r.overall["followers_end"] == 1090 + 5000
    assert r.overall["follower_growth"] == 90  # page A's 1000 -> 1090; page B 5000 -> 5000
    assert r.tables["follower_spike_days"].empty  # page B's arrival on day 6 is no spike of 5,000
    # mean of the daily totals: A's mean 1045 + B on 5 of 10 days
    assert r.overall["applause_rate_per_1k_followers"] == pytest.approx(10 / (1045 + 2500) * 1000)


def test_anonymize_replaces_mentions_of_commenters_in_texts():
    posts = _posts(["2025-03-02"])
    comments = pd.DataFrame({
        "platform": "facebook", "account": "bakery", "comment_id": ["c1", "c2", "c3"], "post_id": "p0",
        "parent_id": [None, "c1", None], "author_id": ["u1", "bakery", "u2"],
        "author_name": ["anna_b", "bakery", "Bruno"], "is_brand": [None, True, None],
        "created_at": [pd.Timestamp("2025-03-02 11:00", tz="UTC"), pd.Timestamp("2025-03-02 12:00", tz="UTC"),
                       pd.Timestamp("2025-03-02 13:00", tz="UTC")],
        "text": ["Do you bake sourdough on Sundays, really?", "@anna_b yes we do!",
                 "@Anna_B @bakery @bruno me too, every Sunday with the kids @someone"]})
    r = compute(Dataset.from_frames(posts=posts, comments=comments), MARCH)
    anon = anonymize(r)
    texts = set(anon.tables["comment_examples"][CommentExamples.text])
    # anna_b is Commenter 1, Bruno Commenter 2; the brand and unknown handles stay
    assert "@Commenter 1 @bakery @Commenter 2 me too, every Sunday with the kids @someone" in texts
    assert "@anna_b" not in " ".join(texts).lower()
    assert set(r.tables["comment_examples"][CommentExamples.text]) != texts  # the report itself is untouched


def test_language_comparison_is_ranked_in_lib():
    aud = pd.DataFrame({"language": ["it", "en", "de"], "language_name": ["Italian", "English", "German"],
                        "comments": [6, 3, 1], "share": [0.6, 0.3, 0.1]})
    brand = pd.DataFrame({"language": ["en", "fr"], "language_name": ["English", "French"], "posts": [1, 3],
                          "share": [0.25, 0.75]})
    out = language_comparison(aud, brand)
    assert list(out.columns) == list(LanguageComparison.columns())
    assert out[LanguageComparison.language].tolist() == ["it", "en", "de", "fr"]
    assert out[LanguageComparison.brand_share].tolist() == [0.0, 0.25, 0.0, 0.75]
    many = pd.DataFrame({"language": list("abcdefghij"), "language_name": list("ABCDEFGHIJ"), "comments": 1,
                         "share": 0.1})
    out = language_comparison(many, brand.iloc[:0])
    assert len(out) == 8 and out[LanguageComparison.brand_share].isna().all()


def test_every_table_has_the_columns_of_its_class():
    r = compute(_two_pages(), TEN)
    assert set(COLUMNS) <= set(r.tables)
    for name, cls in COLUMNS.items():
        assert tuple(r.tables[name].columns) == cls.columns(), name


def test_scorecard_verdict_reason_is_translatable():
    r = compute(_two_pages(), TEN)
    row = r.tables["channel_scorecard"].iloc[0]
    why = row[ChannelScorecard.verdict_reason]
    assert row[ChannelScorecard.verdict] is None or pd.isna(row[ChannelScorecard.verdict])
    assert reason_text(why, "en") == "not enough data"
    assert reason_text(why, "it") == "dati insufficienti"


def test_scorecard_verdict_reason_names_kpis_in_the_language():
    from lib.kpis.texts import describe
    card = scorecard({"x": {"conversation_share": 0.01, "brand_response_rate": 0.9, "sessions_per_post": 0.5}})
    row = card.iloc[0]
    assert row[ChannelScorecard.verdict] == "rethink" and row[ChannelScorecard.signals_met] == 1
    labels = [describe(k, "it").label for k in ("conversation_share", "sessions_per_post")]
    assert reason_text(row[ChannelScorecard.verdict_reason], "it") == "sotto l'obiettivo per " + ", ".join(labels)
