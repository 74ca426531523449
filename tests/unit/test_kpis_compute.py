"""KPIs on tiny datasets with hand-computed expectations (the arithmetic is in the comments)."""

from __future__ import annotations

import datetime as dt
import json
import math

import pandas as pd
import pytest

from lib.dataset import Dataset
from lib.kpis import SCALAR_KEYS, Period, anonymize, compute, findings, prepare
from lib.kpis.catalog import KPIS
from lib.kpis.texts import describe

MARCH = Period.with_previous(dt.date(2025, 3, 1), dt.date(2025, 3, 31))  # previous: 29 Jan .. 28 Feb


def ts(s: str) -> pd.Timestamp:
    return pd.Timestamp(s, tz="UTC")


def post(pid, when, text="A post", platform="facebook", **counts):
    return {"platform": platform, "account": "bakery", "post_id": pid, "published_at": ts(when), "text": text,
            "post_type": counts.pop("post_type", "photo"), **counts}


def comment(cid, when, author, text, post_id=None, parent=None, brand=None, platform="facebook", name=None):
    return {"platform": platform, "account": "bakery", "comment_id": cid, "post_id": post_id, "parent_id": parent,
            "author_id": author, "author_name": name or author, "is_brand": brand, "created_at": ts(when), "text": text}


def bakery(followers: bool = True) -> Dataset:
    """One Facebook page: 3 posts in March 2025 and 1 in February, threads, a mention, daily followers."""
    posts = pd.DataFrame([
        post("p0", "2025-02-20 10:00", "Hello", reactions=10, comments=1, shares=1, saves=0, reach=100),
        post("p1", "2025-03-03 10:00", "Which bread do you like?", reactions=100, comments=4, shares=10, saves=2,
             reach=1000, impressions=1500),
        post("p2", "2025-03-10 10:00", "New opening hours", reactions=50, comments=0, shares=5, reach=500),
        post("p3", "2025-03-24 10:00", "Our focaccia", reactions=30, shares=0, saves=0),  # no comment count
    ])
    comments = pd.DataFrame([
        comment("c1", "2025-03-03 11:00", "u1", "Sourdough, always, with olive oil", post_id="p1", name="Anna"),
        comment("c2", "2025-03-03 12:00", "bakery", "Thanks Anna!", post_id="p1", parent="c1", brand=True),
        comment("c3", "2025-03-03 13:00", "u1", "Will you bake it on Sunday too?", post_id="p1", parent="c2", name="Anna"),
        comment("c4", "2025-03-05 09:00", "u2", "wow 😍", post_id="p1", name="Bruno"),
        comment("c5", "2025-03-25 08:00", "u1", "great!", post_id="p3", name="Anna"),
        # replies without post_id inherit the root's post; c7 is the brand (author id = account), nested two
        # levels deep and written after the period ends
        comment("c6", "2025-03-25 09:00", "u3", "Is the focaccia vegan friendly at all?", parent="c5", name="Carla"),
        comment("c7", "2025-04-02 08:00", "bakery", "Yes it is!", parent="c6"),
        # a thread started by a mention, on no post
        comment("c8", "2025-03-15 10:00", "u4", "@bakery do you deliver to Milan on Sundays?", name="Dario"),
        # previous period
        comment("c9", "2025-02-21 10:00", "u2", "Lovely bread, see you tomorrow morning", post_id="p0", name="Bruno"),
        comment("c10", "2025-02-21 10:30", "bakery", "See you!", post_id="p0", parent="c9", brand=True),
    ])
    fol = None
    if followers:
        days = pd.date_range("2025-03-01", "2025-03-31", freq="D")
        fol = pd.DataFrame({"platform": "facebook", "account": "bakery", "date": days,
                            "followers": 1000 + 10 * pd.RangeIndex(len(days))})
    return Dataset.from_frames(posts=posts, comments=comments, followers=fol)


@pytest.fixture(scope="module")
def report():
    return compute(bakery(), MARCH)


def test_quantity_and_kaushik(report):
    v = report.overall
    assert v["posts"] == 3
    assert v["reactions"] == 180  # 100 + 50 + 30
    assert v["comments"] == 7  # 4 + 0 + 3 (p3 has no count: c5, c6, c7 are its comments in the data)
    assert v["shares"] == 15
    assert v["saves"] == 2  # p2 reports no saves: 2 + 0
    assert v["reach"] == 1500  # p3 reports no reach
    assert v["impressions"] == 1500  # only p1 reports impressions
    assert v["interactions"] == 204  # p1 100+4+10+2=116, p2 50+0+5=55, p3 30+3+0+0=33
    assert v["conversation_rate_per_post"] == pytest.approx(7 / 3)
    assert v["amplification_rate_per_post"] == pytest.approx(5.0)
    assert v["applause_rate_per_post"] == pytest.approx(60.0)
    assert v["followers_end"] == 1300  # 1000 + 10 x 30
    assert v["follower_growth"] == 300
    # mean followers = 1000 + 10 x mean(0..30) = 1150
    assert v["conversation_rate_per_1k_followers"] == pytest.approx(7 / 3 / 1150 * 1000)
    assert v["amplification_rate_per_1k_followers"] == pytest.approx(5 / 1150 * 1000)
    assert v["applause_rate_per_1k_followers"] == pytest.approx(60 / 1150 * 1000)


def test_conversation_kpis(report):
    v = report.overall
    assert v["conversation_share"] == pytest.approx(7 / 204)
    assert v["engagement_rate_by_reach"] == pytest.approx((116 + 55) / 1500)  # posts with reach only
    assert v["silent_post_share"] == pytest.approx(1 / 3)  # p2
    assert v["question_post_lift"] is None
    assert report.unavailable["question_post_lift"] == "fewer than 5 question posts"
    # audience roots in March: c1, c4, c5, c8 (mention); answered: c1 (by c2, 1 h), c5 (by c7, 8 days later,
    # after the period, nested under c6)
    assert v["brand_response_rate"] == pytest.approx(2 / 4)
    assert v["brand_response_time_median_h"] == pytest.approx((1 + 192) / 2)
    assert v["brand_response_time_p90_h"] == pytest.approx(1 + 0.9 * 191)
    hist = report.tables["brand_response_time_histogram"].set_index("bucket")["comments"]
    assert hist.to_dict() == {"<1 h": 0, "1-4 h": 1, "4-24 h": 0, "1-3 d": 0, ">3 d": 1}
    # brand comments in March: c2 only (c7 is in April) -> 1 / (1 + 3 posts)
    assert v["networking_index"] == pytest.approx(0.25)
    assert report.extras["networking_band"] == "mixed"
    # threads rooted in March: c1+c2+c3, c4, c5+c6+c7, c8 -> 8 comments / 4 threads
    assert v["thread_depth_mean"] == pytest.approx(2.0)
    # only c1's thread has an audience comment (c3) after a brand reply (c2)
    assert v["dialogue_thread_share"] == pytest.approx(0.25)
    depth = report.tables["thread_depth_distribution"].set_index("comments_per_thread")["threads"]
    assert depth["1"] == 2 and depth["3"] == 2


def test_community_kpis(report):
    v = report.overall
    # audience comments in March: u1 x3 (c1, c3 on p1; c5 on p3), u2 (c4), u3 (c6), u4 (c8, mention thread)
    assert v["unique_commenters"] == 4
    assert v["returning_commenter_share"] == pytest.approx(1 / 4)  # u1 on p1 and p3
    assert v["tribe_size"] == 0
    assert v["top10_commenter_share"] == pytest.approx(3 / 6)  # k = ceil(0.4) = 1: u1's 3 of 6
    # Gini of [1, 1, 1, 3]: pairs with the 3 differ by 2: 3 x 2 x 2 = 12 / (2 x 16 x 1.5) = 0.25
    assert v["commenter_gini"] == pytest.approx(0.25)
    # substantive: c1, c3, c6, c8 (mention stripped: 7 words); not: "wow 😍", "great!"
    assert v["substantive_comment_share"] == pytest.approx(4 / 6)
    com = report.tables["commenters"]
    assert com.iloc[0]["author_name"] == "Anna" and com.iloc[0]["comments"] == 3 and com.iloc[0]["posts"] == 2
    assert report.extras["half_comments_commenters"] == 1


def test_continuity_and_hollow_growth(report):
    v = report.overall
    # March 2025 touches ISO weeks 9..14 (6); posts on 3, 10 and 24 March -> weeks 10, 11, 13
    assert v["active_week_share"] == pytest.approx(3 / 6)
    assert v["longest_gap_days"] == pytest.approx(14.0)
    # halves of 15 and 16 days: mean followers 1070 -> 1225; interactions per day 171/15 (p1+p2) -> 33/16 (p3)
    assert v["hollow_growth"] == pytest.approx(155 / 1070 - (33 / 16 - 171 / 15) / (171 / 15))


def test_previous_period_and_changes(report):
    p = report.previous
    assert p["posts"] == 1 and p["comments"] == 1
    assert p["brand_response_rate"] == pytest.approx(1.0)  # c9 answered by c10 after 30 minutes
    assert p["brand_response_time_median_h"] == pytest.approx(0.5)
    assert p["followers_end"] is None  # no followers series in February
    c = report.changes["brand_response_rate"]
    assert c.absolute == pytest.approx(-0.5) and c.relative == pytest.approx(-0.5) and c.better is False
    silent = report.changes["silent_post_share"]  # 0 -> 1/3: worse, no relative change from 0
    assert silent.relative is None and silent.better is False
    assert report.changes["posts"].better is None  # neutral direction
    # no followers series in February: no earlier data, not a change
    assert report.changes["followers_end"] == report.changes["followers_end"].__class__(None, None, None, no_earlier=True)
    assert report.changes["brand_response_time_median_h"].better is False  # 0.5 h -> 96.5 h


def test_per_platform_equals_overall_for_one_platform(report):
    assert report.platforms == ("facebook",)
    fb = report.by_platform["facebook"]
    for key in SCALAR_KEYS:
        assert fb[key] == report.overall[key] or (fb[key] is not None and fb[key] == pytest.approx(report.overall[key]))


def test_tables_and_json(report):
    out = json.loads(json.dumps(report.to_json()))
    assert set(out["overall"]) == set(SCALAR_KEYS)
    for key in ("brand_response_time_histogram", "follower_spike_days", "scale_curve", "channel_scorecard",
                "audience_languages", "engagement_per_1k_followers_trend", "posts_ranked", "daily", "commenters"):
        assert isinstance(out["tables"][key], list)
    assert out["tables"]["brand_response_time_histogram"][1] == {"bucket": "1-4 h", "comments": 1, "share": 0.5}
    ranked = report.tables["posts_ranked"]
    assert list(ranked["post_id"]) == ["p1", "p3", "p2"]  # 4, 3, 0 comments
    assert len(report.tables["daily"]) == 31
    langs = report.tables["audience_languages"].set_index("language")["comments"]
    assert langs.to_dict() == {"en": 4}
    starts = report.tables["conversation_starts"]
    assert starts["threads"].sum() == 4  # audience roots in March


def test_findings_en_it(report):
    en = findings(report, "en")
    assert en[0] == "Half of your comments come from 1 person."
    assert en[1] == "You answered 50% of comments, down from 100%."
    assert en[2] == "For every 100 reactions you got 3.9 comments."  # 7 / 180 x 100
    it = findings(report, "it")
    assert it[1] == "Avete risposto al 50% dei commenti, in calo dal 100%."
    assert it[2] == "Ogni 100 reazioni avete ricevuto 3,9 commenti."


def test_anonymize_keeps_brand_and_numbers(report):
    anon = anonymize(report)
    com = anon.tables["commenters"]
    # pseudonyms by first appearance in the whole dataset: u2 (Feb), u1 (3 Mar), u4 (15 Mar), u3 (25 Mar)
    assert dict(zip(report.tables["commenters"]["author_name"], com["author_name"])) == {
        "Anna": "Commenter 2", "Bruno": "Commenter 1", "Dario": "Commenter 3", "Carla": "Commenter 4"}
    assert "Anna" not in set(anon.tables["comment_examples"]["author_name"].dropna())
    assert anon.overall == report.overall
    # the same numbering for another period of the same workspace
    feb = compute(bakery(), Period.with_previous(dt.date(2025, 2, 1), dt.date(2025, 2, 28)))
    assert list(anonymize(feb).tables["commenters"]["author_name"]) == ["Commenter 1"]


def test_nothing_unavailable_is_zero(report):
    for key, value in report.overall.items():
        assert (value is None) == (key in report.unavailable)


def test_no_followers_series():
    r = compute(bakery(followers=False), MARCH)
    for key in ("followers_end", "follower_growth", "conversation_rate_per_1k_followers", "hollow_growth",
                "applause_rate_per_1k_followers"):
        assert r.overall[key] is None and r.unavailable[key] == "needs a followers series"
    assert r.tables["follower_spike_days"].empty and r.unavailable["follower_spike_days"] == "needs a followers series"
    assert r.overall["conversation_rate_per_post"] == pytest.approx(7 / 3)


def test_no_comments_data():
    posts = pd.DataFrame([post("p1", "2025-03-03 10:00", reactions=10, comments=2),
                          post("p2", "2025-03-04 10:00", reactions=20, comments=0)])
    r = compute(Dataset.from_frames(posts=posts), MARCH)
    assert r.overall["comments"] == 2 and r.overall["silent_post_share"] == pytest.approx(0.5)
    for key in ("brand_response_rate", "brand_response_time_median_h", "networking_index", "thread_depth_mean",
                "unique_commenters", "top10_commenter_share", "substantive_comment_share"):
        assert r.overall[key] is None and r.unavailable[key] == "needs comment threads"
    # neither counts nor threads: comments are unknown, not zero
    r2 = compute(Dataset.from_frames(posts=posts.drop(columns="comments")), MARCH)
    assert r2.overall["comments"] is None and r2.unavailable["comments"] == "needs comment counts"
    assert r2.overall["silent_post_share"] is None


def test_overall_networking_index_pools_only_platforms_with_comment_threads():
    # Facebook: 10 posts, an export without threads (its replies are unknown). X: 3 posts and 1 brand reply.
    posts = pd.DataFrame([post(f"f{i}", f"2025-03-{i + 1:02d} 10:00", reactions=1, comments=0) for i in range(10)]
                         + [post(f"x{i}", f"2025-03-{i + 1:02d} 12:00", platform="x", reactions=1) for i in range(3)])
    comments = pd.DataFrame([comment("c1", "2025-03-01 13:00", "ann", "When do you open?", "x0", platform="x"),
                             comment("c2", "2025-03-01 14:00", "bakery", "At 7!", "x0", parent="c1", brand=True,
                                     platform="x")])
    r = compute(Dataset.from_frames(posts=posts, comments=comments), MARCH)
    assert r.by_platform["facebook"]["networking_index"] is None
    assert r.by_platform["x"]["networking_index"] == pytest.approx(1 / (1 + 3))
    # overall: 1 brand comment / (1 + 3 X posts); Facebook's 10 posts say nothing about its replies
    assert r.overall["networking_index"] == pytest.approx(0.25)
    assert "networking_index" not in r.unavailable


def test_overall_networking_index_is_unavailable_when_no_threaded_platform_posted():
    posts = pd.DataFrame([post("f1", "2025-03-03 10:00", reactions=1, comments=0)])
    comments = pd.DataFrame([comment("c1", "2025-01-05 13:00", "ann", "Hi", "x9", platform="x")])
    r = compute(Dataset.from_frames(posts=posts, comments=comments), MARCH)
    assert r.overall["networking_index"] is None and r.unavailable["networking_index"]


def test_single_post():
    posts = pd.DataFrame([post("p1", "2025-03-03 10:00", reactions=10, comments=2, shares=1)])
    r = compute(Dataset.from_frames(posts=posts), MARCH)
    assert r.overall["posts"] == 1 and r.overall["conversation_rate_per_post"] == 2.0
    assert r.overall["longest_gap_days"] is None
    assert r.unavailable["longest_gap_days"] == "needs at least two posts in the period"
    assert r.overall["active_week_share"] == pytest.approx(1 / 6)


def test_period_with_no_posts():
    r = compute(bakery(), Period.with_previous(dt.date(2025, 5, 1), dt.date(2025, 5, 31)))
    assert r.overall["posts"] == 0 and r.overall["reactions"] == 0
    assert r.overall["conversation_rate_per_post"] is None
    assert r.unavailable["conversation_rate_per_post"] == "no posts in the period"
    assert r.overall["active_week_share"] == 0.0
    assert r.overall["brand_response_rate"] is None
    assert r.tables["posts_ranked"].empty


def test_question_lift_and_top10_ties():
    posts = [post(f"q{i}", f"2025-03-0{i + 1} 10:00", "Why?", reactions=1, comments=6) for i in range(5)]
    posts += [post(f"s{i}", f"2025-03-1{i} 10:00", "Hello", reactions=1, comments=2) for i in range(6)]
    # 20 commenters: three with 3 comments (tied at the top), seventeen with 1
    rows, n = [], 0
    for a in range(20):
        for _ in range(3 if a < 3 else 1):
            n += 1
            rows.append(comment(f"c{n}", f"2025-03-20 10:{n:02d}", f"u{a}", "ok", post_id=f"q{n % 5}"))
    r = compute(Dataset.from_frames(posts=pd.DataFrame(posts), comments=pd.DataFrame(rows)), MARCH)
    assert r.overall["question_post_lift"] == pytest.approx(6 / 2)
    assert r.overall["unique_commenters"] == 20
    assert r.overall["top10_commenter_share"] == pytest.approx(6 / 26)  # k = 2: any two of the tied 3s
    assert r.overall["substantive_comment_share"] == 0.0


def test_brand_handles_and_overall_ratio_of_sums():
    posts = pd.DataFrame([post("p1", "2025-03-03 10:00", reactions=10, comments=1),
                          post("p1", "2025-03-03 11:00", platform="x", reactions=90, comments=1)])
    comments = pd.DataFrame([
        comment("1", "2025-03-03 12:00", "a1", "When do you open?", post_id="p1"),
        comment("1", "2025-03-03 12:00", "a9", "When do you open on Monday?", post_id="p1", platform="x"),
        comment("2", "2025-03-03 13:00", "99", "At 8!", post_id="p1", parent="1", platform="x", name="@Forno"),
    ])
    data = Dataset.from_frames(posts=posts, comments=comments)
    without = compute(data, MARCH)
    assert without.by_platform["x"]["brand_response_rate"] == 0.0  # "@Forno" is not known as the brand
    r = compute(data, MARCH, brand={"x": ["forno"]})
    assert r.by_platform["x"]["brand_response_rate"] == 1.0
    assert r.by_platform["facebook"]["brand_response_rate"] == 0.0
    assert r.overall["brand_response_rate"] == pytest.approx(0.5)  # 1 of 2 roots, ids equal across platforms
    assert r.overall["conversation_share"] == pytest.approx(2 / 102)  # (1 + 1) / (11 + 91), not a mean of ratios
    assert r.overall["unique_commenters"] == 2
    prep = prepare(data, {"x": ["@FORNO"]})
    assert compute(prep, MARCH).by_platform["x"]["brand_response_rate"] == 1.0


def test_follower_spike_days():
    days = pd.date_range("2025-03-01", "2025-03-31", freq="D")
    gained = pd.Series(10, index=days)
    gained["2025-03-15"] = 1010  # within 2% of 1,000: a round number
    gained["2025-03-20"] = 120  # a spike, but interactions rise the next day
    fol = pd.DataFrame({"platform": "instagram", "account": "bakery", "date": days, "followers": 5000 + gained.cumsum().to_numpy(),
                        "gained": gained.to_numpy()})
    posts = pd.DataFrame([post("p1", "2025-03-21 10:00", platform="instagram", reactions=500, comments=3)])
    r = compute(Dataset.from_frames(posts=posts, followers=fol), MARCH)
    spikes = r.tables["follower_spike_days"]
    # median gain 10, MAD 0: bar = max(50, 30, 10) = 50; daily interactions: median 0, MAD 0 -> bar 0
    assert list(spikes["date"]) == [pd.Timestamp("2025-03-15")]
    assert spikes.iloc[0]["gained"] == 1010 and bool(spikes.iloc[0]["round_number"])
    assert "round number" in spikes.iloc[0]["reasons"]


def test_traffic_scorecard_and_scale_curve():
    days = pd.date_range("2025-03-01", "2025-03-31", freq="D")
    traffic = pd.DataFrame({"date": days[:2], "platform": ["facebook", "other"], "sessions": [30, 500],
                            "conversions": [2, 50], "revenue": [40.0, 1000.0]})
    data = bakery()
    data = Dataset.from_frames(posts=data.posts, comments=data.comments, followers=data.followers, traffic=traffic)
    r = compute(data, MARCH)
    assert r.overall["social_sessions"] == 30  # "other" is not social
    assert r.overall["social_conversions"] == 2 and r.overall["economic_value"] == 2
    assert r.overall["social_revenue"] == pytest.approx(40.0)
    assert r.overall["sessions_per_post"] == pytest.approx(10.0)  # 30 / 3 posts
    card = r.tables["channel_scorecard"].set_index("platform").loc["facebook"]
    # signals: conversation share 0.034 < 0.05, per 1k 2.03 >= 0.5, response 0.5 >= 0.5, substantive 0.67 >= 0.3,
    # sessions per post 10 >= 1 -> 4 of 5 met
    assert card["signals_met"] == 4 and card["signals_available"] == 5 and card["verdict"] == "keep"
    scale = r.tables["scale_curve"]
    row = scale[(scale["platform"] == "all")].iloc[0]
    assert row["mean_followers"] == pytest.approx(1150) and row["brand_response_rate"] == pytest.approx(0.5)


def test_every_kpi_has_texts():
    for info in KPIS:
        for lang in ("en", "it"):
            text = describe(info.key, lang)
            assert text.label and text.explanation and text.why and text.improve and text.formula
    assert describe("brand_response_rate", "it").label != describe("brand_response_rate", "en").label
    with pytest.raises(KeyError):
        describe("not_a_kpi")


def test_period_days_follow_the_time_zone():
    # 23:30 UTC on 31 March is 1 April in Rome: outside March there, inside March in UTC
    posts = pd.DataFrame([post("p1", "2025-03-31 23:30", reactions=1, comments=0),
                          post("p2", "2025-03-10 10:00", reactions=1, comments=0)])
    data = Dataset.from_frames(posts=posts)
    assert compute(data, MARCH).overall["posts"] == 2
    rome = Period.with_previous(dt.date(2025, 3, 1), dt.date(2025, 3, 31), tz="Europe/Rome")
    assert compute(data, rome).overall["posts"] == 1
    assert not math.isnan(compute(data, rome).overall["active_week_share"])


def test_numeric_ids_give_the_same_report(report):
    data = bakery()
    ids = {f"c{i}": str(100 + i) for i in range(1, 11)} | {f"p{i}": str(200 + i) for i in range(4)}
    comments = data.comments.copy()
    for col in ("comment_id", "parent_id", "post_id"):
        comments[col] = comments[col].map(ids)
    posts = data.posts.assign(post_id=data.posts["post_id"].map(ids))
    numeric = compute(Dataset.from_frames(posts=posts, comments=comments, followers=data.followers), MARCH)
    assert numeric.overall == report.overall


def test_per_1k_overall_pools_platforms_with_followers_and_says_so():
    data = bakery()
    x_post = pd.DataFrame([post("x1", "2025-03-05 10:00", platform="x", reactions=500, comments=90)])
    posts = pd.concat([data.posts.drop(columns="is_question"), x_post], ignore_index=True)
    r = compute(Dataset.from_frames(posts=posts, comments=data.comments, followers=data.followers), MARCH)
    # x has no followers series: the overall figure is Facebook's (7 comments / 3 posts / 1150 x 1000)
    assert r.overall["conversation_rate_per_1k_followers"] == pytest.approx(7 / 3 / 1150 * 1000)
    assert r.overall["conversation_rate_per_post"] == pytest.approx(97 / 4)
    assert r.by_platform["x"]["conversation_rate_per_1k_followers"] is None
    assert any("leave out x" in note for note in r.notes)


def test_findings_trend_and_fallbacks():
    from lib.kpis.model import KpiReport

    def rep(overall, previous, extras):
        return KpiReport(period=MARCH, overall=overall, previous=previous, by_platform={}, previous_by_platform={},
                         unavailable={}, unavailable_by_platform={}, tables={}, changes={}, extras=extras)

    r = rep({"brand_response_rate": 0.31, "followers_end": 2000, "silent_post_share": 0.25, "question_post_lift": 2.5},
            {"brand_response_rate": 0.48, "followers_end": 1500}, {})
    assert findings(r) == ["You answered 31% of comments, down from 48% as your audience grew.",
                           "25% of your posts got no comments.",
                           "Posts that ask a question get 2.5 times the comments of the others."]
    assert findings(r, "it")[0] == "Avete risposto al 31% dei commenti, in calo dal 48% mentre il pubblico cresceva."
    # unavailable KPIs never make a sentence
    assert findings(rep({"brand_response_rate": None}, {}, {})) == []


def test_language_sample_is_capped_stable_and_noted(monkeypatch):
    from lib.kpis.tables import languages as kpi_languages

    monkeypatch.setattr(kpi_languages, "LANG_SAMPLE", 2)
    first = compute(bakery(), MARCH)
    again = compute(bakery(), MARCH)
    assert first.tables["audience_languages"]["comments"].sum() == 2  # 2 of the 4 substantive comments
    pd.testing.assert_frame_equal(first.tables["audience_languages"], again.tables["audience_languages"])
    assert any("sample of 2 of the period's 4 substantive comments" in n for n in first.notes)


def test_unknown_time_zone_is_a_user_error():
    from lib.errors import ConversaError

    with pytest.raises(ConversaError, match="not a time zone"):
        compute(bakery(), Period.with_previous(dt.date(2025, 3, 1), dt.date(2025, 3, 31), tz="Mars/Olympus"))
