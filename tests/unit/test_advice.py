"""Advice rules on hand-built workspaces (fires / does not fire / boundary), the demo's story, the waiting list
against the response rate, and English and Italian texts for every code."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from lib.advice import DateNote, Goal, advise
from lib.advice import waiting as W
from lib.advice.model import Fig, Sentence
from lib.advice.thresholds import SIGNALS
from lib.advice.verdicts import judge, verdicts
from lib.dataset import Dataset
from lib.i18n import catalogues
from lib.kpis import Period, compute, prepare
from lib.kpis.prepare import F_ROOT

ROOT = Path(__file__).resolve().parents[2]
MARCH = Period.with_previous(dt.date(2025, 3, 1), dt.date(2025, 3, 31))


def ts(s: str) -> pd.Timestamp:
    return pd.Timestamp(s, tz="UTC")


def post(pid, when, text="A post", platform="facebook", **counts):
    return {"platform": platform, "account": "bakery", "post_id": pid, "published_at": ts(when), "text": text,
            "post_type": "photo", "permalink": f"https://example.com/{pid}", **counts}


def comment(cid, when, author, text, post_id=None, parent=None, brand=None, platform="facebook"):
    return {"platform": platform, "account": "bakery", "comment_id": cid, "post_id": post_id, "parent_id": parent,
            "author_id": author, "author_name": author.capitalize(), "is_brand": brand, "created_at": ts(when),
            "text": text}


def weekly_posts(n=5, start="2025-03-01 10:00", every_days=7, platform="facebook", question_every=0, **counts):
    out = []
    for i in range(n):
        q = question_every and i % question_every == 0
        out.append(post(f"{platform}{i}", str(ts(start) + pd.Timedelta(days=every_days * i)),
                        "Which one do you like?" if q else "Fresh bread", platform=platform, **counts))
    return out


def threads(answered: int, waiting: int, when="2025-03-02 09:00", reply_after_h=2.0, platform="facebook",
            post_id="facebook0", text="Lovely bread number {i}, really good"):
    """``answered`` audience roots with a brand reply ``reply_after_h`` later, then ``waiting`` without one."""
    rows = []
    t0 = ts(when)
    for i in range(answered + waiting):
        t = t0 + pd.Timedelta(hours=i)
        rows.append(comment(f"{platform}c{i}", str(t), f"u{i}", text.format(i=i),
                            post_id=post_id, platform=platform))
        if i < answered:
            rows.append(comment(f"{platform}r{i}", str(t + pd.Timedelta(hours=reply_after_h)), "bakery", "Thanks!",
                                post_id=post_id, parent=f"{platform}c{i}", brand=True, platform=platform))
    return rows


def data(posts, comments=(), followers=None, traffic=None) -> Dataset:
    return Dataset.from_frames(posts=pd.DataFrame(posts), comments=pd.DataFrame(list(comments)) if comments else None,
                               followers=followers, traffic=traffic)


def advice_of(ds: Dataset, period: Period = MARCH, **kw):
    prep = prepare(ds)
    report = compute(prep, period)
    waiting = W.waiting_list(prep, period) if W.has_threads(prep) else None
    return report, advise(report, waiting=waiting, **kw)


def codes(adv) -> set[str]:
    return {a.code for a in adv.actions}


# ------------------------------------------------------------------------------------------------ thresholds
@pytest.mark.parametrize("signal", SIGNALS, ids=lambda s: s.kpi)
def test_thresholds_boundaries(signal):
    """At the good threshold: good; just past it: watch; at the act threshold: watch; past it: act."""
    down = signal.good < signal.act
    eps = 1e-6 if down else -1e-6
    assert judge(signal, signal.good) == "good"
    assert judge(signal, signal.good + eps) == "watch"
    assert judge(signal, signal.act) == "watch"
    assert judge(signal, signal.act + eps) == "act"


# ------------------------------------------------------------------------------------------- responsiveness
def test_response_rate_low_fires_answer_faster_and_waiting():
    # 1 of 4 roots answered (25%) within 2 h: rate act; 3 waiting
    rep, adv = advice_of(data(weekly_posts(), threads(1, 3)))
    assert rep.overall["brand_response_rate"] == pytest.approx(0.25)
    resp = adv.verdict("responsiveness")
    assert (resp.status, resp.kpi, resp.value) == ("act", "brand_response_rate", 0.25)
    assert "25%" in resp.text("en") and "25%" in resp.text("it")
    assert {"answer_faster", "answer_waiting"} <= codes(adv)
    faster = next(a for a in adv.actions if a.code == "answer_faster")
    assert faster.figures()["answered"] == 1 and faster.figures()["roots"] == 4
    assert faster.effect == pytest.approx(4 * (0.6 - 0.25))  # comments to answer more to reach 60%
    assert faster.page == "conversations"


def test_response_rate_good_does_not_fire():
    # 4 of 5 answered within 1 h: 80%, median 1 h: good, and nothing to do about answering but the one waiting
    _, adv = advice_of(data(weekly_posts(), threads(4, 1, reply_after_h=1)))
    assert adv.verdict("responsiveness").status == "good"
    assert "answer_faster" not in codes(adv)
    assert "answer_waiting" in codes(adv)


def test_response_rate_boundary_at_sixty_percent_and_four_hours():
    # 3 of 5 answered = 60% exactly, every answer after exactly 4 h: both at their good threshold
    rep, adv = advice_of(data(weekly_posts(), threads(3, 2, reply_after_h=4)))
    assert rep.overall["brand_response_rate"] == pytest.approx(0.6)
    assert rep.overall["brand_response_time_median_h"] == pytest.approx(4.0)
    assert adv.verdict("responsiveness").status == "good"
    assert "answer_faster" not in codes(adv)


def test_slow_answers_decide_when_the_rate_is_fine():
    # 4 of 5 answered (80%) but after 30 h: the median decides, act
    _, adv = advice_of(data(weekly_posts(), threads(4, 1, reply_after_h=30)))
    resp = adv.verdict("responsiveness")
    assert (resp.status, resp.kpi) == ("act", "brand_response_time_median_h")
    assert "30 h" in resp.text("en")


def test_worsening_against_previous_lowers_one_step():
    rep, _ = advice_of(data(weekly_posts(), threads(4, 1, reply_after_h=1)))  # 80%: good
    worse = dataclasses.replace(rep, previous={**rep.previous, "brand_response_rate": 0.95})  # -15 pp
    v = verdicts(worse)[1]
    assert (v.status, v.worsened) == ("watch", True)
    assert "95%" in v.text("en") and "95%" in v.text("it")
    slight = dataclasses.replace(rep, previous={**rep.previous, "brand_response_rate": 0.85})  # -5 pp: not material
    assert verdicts(slight)[1].status == "good"


def test_goal_sets_the_target_of_done():
    _, adv = advice_of(data(weekly_posts(), threads(1, 3)), goals=[Goal.of("brand_response_rate", 0.8)])
    faster = next(a for a in adv.actions if a.code == "answer_faster")
    assert "80%" in faster.done_text("en")
    (progress,) = adv.goals
    assert progress.met is False and progress.gap == pytest.approx(0.55)
    assert progress.text("en") == "Brand response rate: 25%, goal at least 80%: 55 points to go."
    assert "mancano 55 punti" in progress.text("it")


def test_goal_direction_and_validation():
    assert Goal.of("brand_response_time_median_h", 4).op == "at_most"
    assert Goal.of("brand_response_rate", 0.6).op == "at_least"
    from lib.errors import ConversaError

    with pytest.raises(ConversaError):
        Goal.of("channel_scorecard", 1)
    with pytest.raises(ConversaError):
        Goal.of("posts", "many")


# ------------------------------------------------------------------------------------------------ waiting list
def waiting_workspace() -> Dataset:
    comments = [
        comment("a1", "2025-03-02 09:00", "ann", "Do you open on Sunday?", post_id="facebook0"),  # question, waits
        comment("a2", "2025-03-02 08:00", "bob", "Nice loaf", post_id="facebook0"),  # answered
        comment("a2r", "2025-03-02 10:00", "bakery", "Thanks", parent="a2", brand=True),
        comment("a3", "2025-03-01 07:00", "cat", "=HYPERLINK(\"http://evil\")", post_id="facebook1"),  # oldest
        comment("a4", "2025-03-20 07:00", "dan", "Gluten free?", post_id="facebook1"),
        comment("a4r", "2025-04-03 07:00", "bakery", "Yes", parent="a4", brand=True),  # answered after the period
        comment("a5", "2025-03-21 07:00", "eve", "I agree", parent="a3"),  # a reply, not a root: never listed
        comment("a6", "2025-03-22 07:00", "fay", "Lost parent here", parent="gone"),  # parent missing: a root
        comment("b1", "2025-03-05 07:00", "bakery", "Our new loaf", brand=True),  # a brand root: not audience
        comment("p1", "2025-02-20 07:00", "gus", "Earlier?", post_id="facebook0"),  # previous period
        comment("x1", "2025-03-03 07:00", "hal", "Any vegan options?", platform="x", post_id="x0"),
    ]
    return data(weekly_posts() + weekly_posts(2, platform="x"), comments)


def test_waiting_list_is_the_response_rates_unanswered():
    prep = prepare(waiting_workspace())
    rep = compute(prep, MARCH)
    frame = W.waiting_list(prep, MARCH)
    # roots of the audience in March: a1, a2, a3, a4, a6, x1 = 6; answered: a2, a4 -> rate 2/6
    assert rep.overall["brand_response_rate"] == pytest.approx(2 / 6)
    assert rep.extras["waiting_comments"] == 4 == len(frame)
    # questions first (a1, x1 by time), then the others by time (a3, a6)
    assert frame["comment_id"].tolist() == ["a1", "x1", "a3", "a6"]
    assert frame["is_question"].tolist() == [True, True, False, False]
    assert frame["post_text"].iloc[0] == "Fresh bread"
    assert frame["permalink"].iloc[0] == "https://example.com/facebook0"
    # ages up to the newest moment in the data (a4r, 3 April 07:00)
    assert frame["age_hours"].iloc[0] == pytest.approx((ts("2025-04-03 07:00") - ts("2025-03-02 09:00")).total_seconds() / 3600)
    assert W.waiting_list(prep, MARCH, platforms=["x"])["comment_id"].tolist() == ["x1"]
    assert rep.extras["waiting_comments_by_platform"] == {"facebook": 3, "x": 1}


def test_waiting_csv_is_formula_safe_and_anonymized_hides_names():
    prep = prepare(waiting_workspace())
    frame = W.waiting_list(prep, MARCH, anonymized=True)
    assert "Ann" not in frame["author_name"].tolist() and "author_id" not in frame.columns
    assert frame["author_name"].str.startswith("Commenter ").all()
    body = W.to_csv(frame).decode("utf-8-sig")
    assert "'=HYPERLINK" in body and ",=HYPERLINK" not in body and "\"=HYPERLINK" not in body
    assert body.splitlines()[0].split(",")[:3] == ["platform", "comment_id", "post_id"]
    records = W.to_records(frame)
    assert records[0]["created_at"] == "2025-03-02T09:00:00+00:00" and records[0]["is_question"] is True


@pytest.mark.parametrize("period", [
    Period.with_previous(dt.date(2026, 8, 3), dt.date(2026, 10, 31), tz="Europe/Rome"),
    Period.with_previous(dt.date(2025, 11, 1), dt.date(2026, 10, 31), tz="Europe/Rome"),
    Period.with_previous(dt.date(2026, 3, 1), dt.date(2026, 3, 7), tz="UTC"),
])
def test_demo_waiting_count_matches_the_response_rate_denominator(demo_prepared, period):
    from lib.kpis.compute import _Window
    from lib.kpis.prepare import F_BRAND

    rep = compute(demo_prepared, period)
    frame = W.waiting_list(demo_prepared, period)
    w = _Window(demo_prepared, period.since, period.until, period.tz)
    audience_root = (w.comments["pflags"] % 64 & (F_ROOT | F_BRAND)) == F_ROOT  # the rate's denominator
    roots = audience_root.groupby(w.comments["plat"]).sum()
    assert len(frame) == round(int(roots.sum()) * (1 - rep.overall["brand_response_rate"]))
    for i, plat in enumerate(demo_prepared.platforms):
        rate = rep.by_platform[plat]["brand_response_rate"]
        assert (frame["platform"] == plat).sum() == round(int(roots.get(i, 0)) * (1 - rate))


def test_no_threads_is_no_all_clear():
    ds = data(weekly_posts(6, reactions=10, comments=2, shares=1))
    rep, adv = advice_of(ds)
    assert adv.verdict("responsiveness").status == "unknown"
    assert adv.verdict("responsiveness").need == "comments"
    assert adv.verdict("authenticity").status == "unknown"
    assert not W.has_threads(prepare(ds))
    assert "answer_waiting" not in codes(adv) and rep.extras["waiting_comments"] is None
    text = adv.verdict("community").text("it")
    assert text.startswith("Dati insufficienti") and "commenti" in text


# ------------------------------------------------------------------------------------------------ spikes, notes
def follower_series(spike_day=None, gain=5000, days=31, daily=10):
    dates = pd.date_range("2025-03-01", periods=days, freq="D")
    gained = [daily] * days
    if spike_day is not None:
        gained[spike_day] = gain
    total = 1000 + pd.Series(gained).cumsum()
    return pd.DataFrame({"platform": "facebook", "account": "bakery", "date": dates, "followers": total,
                         "gained": gained})


def test_spike_fires_check_spike_and_a_note_explains_it():
    posts = weekly_posts(5, reactions=10, comments=1, shares=0, saves=0)
    rep, adv = advice_of(data(posts, followers=follower_series(spike_day=11)))
    spike = rep.tables["follower_spike_days"]
    assert spike["gained"].tolist() == [5000] and bool(spike["round_number"].iloc[0])
    assert adv.verdict("authenticity").status == "act"
    top = adv.actions[0]
    assert (top.code, top.page, top.figures()["gained"], top.figures()["date"]) == ("check_spike", "audience", 5000,
                                                                                   "2025-03-12")
    assert "round number" in top.evidence_text("en") and "numero tondo" in top.evidence_text("it")
    note = DateNote(dt.date(2025, 3, 12), "Giveaway with the local radio")
    _, noted = advice_of(data(posts, followers=follower_series(spike_day=11)), notes=[note])
    assert "check_spike" not in codes(noted)
    v = noted.verdict("authenticity")
    assert v.status != "act" or v.kpi != "follower_spike_days"
    assert any("Giveaway with the local radio" in c.text("en") for c in _candidates(noted))
    assert noted.notes == (note,)


def _candidates(adv):
    from lib.advice.verdicts import area_candidates

    return area_candidates(adv.report, "authenticity", adv.notes)


def test_no_spike_with_steady_gains_is_good_and_nothing_fires():
    _, adv = advice_of(data(weekly_posts(31, every_days=1, reactions=10, comments=1), followers=follower_series(daily=1)))
    assert "check_spike" not in codes(adv)
    assert adv.verdict("authenticity").status == "good"


# ------------------------------------------------------------------------------------------------ continuity
def test_long_silence_fires_post_regularly():
    posts = [post("a", "2025-03-01 10:00", comments=2), post("b", "2025-03-25 10:00", comments=2)]
    rep, adv = advice_of(data(posts))
    assert rep.overall["longest_gap_days"] == pytest.approx(24)
    cont = adv.verdict("continuity")
    assert cont.status == "act"
    act = next(a for a in adv.actions if a.code == "post_regularly")
    # March 2025 touches 6 ISO weeks (9, 10, 11, 12, 13, 14), 2 with a post: 4 silent
    assert act.figures()["weeks"] == 6 and act.figures()["silent"] == 4
    assert act.effect == pytest.approx(4 * (2 / 2) * 2.0)  # silent weeks x posts per active week x comments/post


def test_weekly_posting_is_good_and_seven_days_is_the_boundary():
    posts = weekly_posts(5)  # Saturdays 1 .. 29 March: 5 of the 6 ISO weeks March touches (31 March is alone)
    rep, adv = advice_of(data(posts))
    assert rep.overall["longest_gap_days"] == pytest.approx(7)
    assert rep.overall["active_week_share"] == pytest.approx(5 / 6)
    assert adv.verdict("continuity").status == "good"
    assert "post_regularly" not in codes(adv)


# ------------------------------------------------------------------------------------------------ questions
def test_questions_that_work_fire_ask_questions_and_not_without_lift():
    posts = []
    for i in range(25):
        q = i % 5 == 0  # 5 questions of 25: 20%
        posts.append(post(f"p{i}", str(ts("2025-03-01 10:00") + pd.Timedelta(days=i)),
                          "Which one?" if q else "Fresh bread", comments=10 if q else 2, reactions=20))
    rep, adv = advice_of(data(posts))
    assert rep.overall["question_post_lift"] == pytest.approx(5.0)
    act = next(a for a in adv.actions if a.code == "ask_questions")
    assert act.effect == pytest.approx(0.25 * 20 * (10 - 2))
    assert act.figures()["questions"] == 5 and act.figures()["posts"] == 25
    flat = [dict(p, comments=2) for p in posts]
    _, adv2 = advice_of(data(flat))
    assert "ask_questions" not in codes(adv2)


# ------------------------------------------------------------------------------------------------ channels
def traffic(rows):
    return pd.DataFrame([{"date": pd.Timestamp("2025-03-10"), "platform": p, "sessions": s, "engaged_sessions": s,
                          "conversions": c, "revenue": None} for p, s, c in rows])


def channel_workspace(instagram_sessions):
    fb = weekly_posts(5, reactions=10, comments=5, shares=1, saves=0)
    ig = weekly_posts(5, platform="instagram", reactions=200, comments=1, shares=0, saves=0)
    comments = threads(3, 1) + threads(0, 4, platform="instagram", post_id="instagram0", text="wow")
    return data(fb + ig, comments, traffic=traffic([("facebook", 100, 5), ("instagram", instagram_sessions, 1)]))


def test_weak_conversation_strong_traffic_is_kept_for_visits():
    rep, adv = advice_of(channel_workspace(900))
    card = rep.tables["channel_scorecard"].set_index("platform")
    assert card.loc["instagram", "verdict"] == "rethink" and card.loc["facebook", "verdict"] == "keep"
    v = adv.verdict("channels")
    assert (v.status, v.platform) == ("watch", "instagram")
    assert "90%" in v.text("en") and "900" in v.text("en")
    act = next(a for a in adv.actions if a.platform == "instagram")
    assert act.code == "channel_keep" and act.effect == 900
    assert "0.5 comments per 100 interactions" in act.evidence_text("en")


def test_weak_conversation_weak_traffic_is_rethought():
    _, adv = advice_of(channel_workspace(10))
    v = adv.verdict("channels")
    assert (v.status, v.platform) == ("act", "instagram")
    act = next(a for a in adv.actions if a.platform == "instagram")
    assert act.code == "channel_rethink" and act.tier == 0
    assert "Facebook" in act.done_text("en")


# ------------------------------------------------------------------------------------------------ the demo
@pytest.fixture(scope="module")
def demo_prepared():
    from lib.importers import import_paths

    return prepare(Dataset.merge_all([r.dataset for r in import_paths([str(ROOT / "sample_data")])]))


def test_demo_twelve_months_tells_the_story(demo_prepared):
    period = Period.with_previous(dt.date(2025, 11, 1), dt.date(2026, 10, 31), tz="Europe/Rome")
    rep = compute(demo_prepared, period)
    adv = advise(rep, waiting=W.waiting_list(demo_prepared, period))
    by = {a.code: a for a in adv.actions}
    spike = by["check_spike"]
    assert (spike.platform, spike.figures()["gained"], spike.figures()["date"]) == ("instagram", 5012, "2026-03-12")
    assert adv.actions[0].code == "check_spike"
    faster = by["answer_faster"]  # the falling response rate, inside the period (no earlier data)
    assert "first months" in faster.evidence_text("en") and faster.figures()["first"] > faster.figures()["last"] + 0.1
    keep = by["channel_keep"]  # Instagram: weak conversation, strong traffic
    assert keep.platform == "instagram" and keep.figures()["sessions"] == rep.by_platform["instagram"]["social_sessions"]
    assert "5,012" in adv.findings("en")[0] and "5.012" in adv.findings("it")[0]
    assert len(adv.actions) <= 5


def test_demo_last_ninety_days_falling_response_rate(demo_prepared):
    period = Period.with_previous(dt.date(2026, 8, 3), dt.date(2026, 10, 31), tz="Europe/Rome")
    rep = compute(demo_prepared, period)
    adv = advise(rep, waiting=W.waiting_list(demo_prepared, period))
    resp = adv.verdict("responsiveness")
    assert resp.status == "act" and resp.worsened
    assert "40%" in resp.text("en")  # 39.9% in the previous period
    assert [a.code for a in adv.actions][:2] == ["answer_waiting", "answer_faster"]
    assert any(a.code == "channel_keep" and a.platform == "instagram" for a in adv.actions)
    wait = adv.actions[0]
    assert wait.figures()["n"] == rep.extras["waiting_comments"] and wait.page == "waiting"


# ------------------------------------------------------------------------------------------------ texts
def _all_codes() -> set[str]:
    found = set()
    for path in (ROOT / "lib" / "advice").glob("*.py"):
        found |= set(re.findall(r'"((?:advice|waiting)\.[a-z0-9_.]+)"', path.read_text()))
    found |= {f"advice.verdict.{s.kpi}.{st}" for s in SIGNALS for st in ("good", "watch", "act")}
    found |= {f"advice.verdict.follower_spike_days.{st}" for st in ("good", "good_gains_only", "noted", "act",
                                                                     "no_post", "no_data")}
    found |= {f"advice.action.check_spike.evidence_{k}" for k in ("no_post", "no_data")}
    found |= {"advice.action.post_regularly.evidence_no_gap"}
    found |= {f"advice.status.{st}" for st in ("good", "watch", "act", "unknown")}
    found |= {f"advice.area.{a}" for a in ("conversation", "responsiveness", "community", "continuity",
                                             "authenticity", "channels")}
    return {c for c in found if not c.endswith(".")}


def test_every_code_has_an_english_and_an_italian_text():
    cats = catalogues()
    codes_ = _all_codes()
    assert len(codes_) > 60
    missing = sorted(c for c in codes_ if c not in cats["en"] or c not in cats["it"])
    assert not missing
    same = sorted(c for c in codes_ if cats["en"][c] == cats["it"][c] and re.search(r"[a-z]{4,}", cats["en"][c]))
    assert not same, f"English left in Italian: {same}"


def test_action_and_verdict_json_carry_code_evidence_and_text(demo_prepared):
    period = Period.with_previous(dt.date(2026, 8, 3), dt.date(2026, 10, 31), tz="Europe/Rome")
    out = advise(compute(demo_prepared, period)).to_json("it")
    json.dumps(out)
    for a in out["actions"]:
        assert a["code"] and a["evidence"] and a["text"] and a["done"] and a["page"]
    assert [v["area"] for v in out["verdicts"]] == ["conversation", "responsiveness", "community", "continuity",
                                                    "authenticity", "channels"]
    assert all(v["text"] and v["status"] in ("good", "watch", "act", "unknown") for v in out["verdicts"])


def test_italian_articles_before_percentages():
    s = Sentence("advice.action.channel_keep.answered", {"rate": Fig("pct", 0.11)})
    assert s.text("it") == "Avete risposto all'11% dei suoi commenti."
    assert s.text("en") == "You answered 11% of its comments."


# ------------------------------------------------------------------------------------------------ CLI
def test_cli_advice_and_unanswered_agree_with_kpis(capsys):
    from lib.cli import main

    period = ["--since", "2026-08-03", "--until", "2026-10-31"]
    assert main(["kpis", str(ROOT / "sample_data"), *period, "--json"]) == 0
    kpis = json.loads(capsys.readouterr().out)
    assert main(["unanswered", str(ROOT / "sample_data"), *period, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == kpis["extras"]["waiting_comments"] > 0
    assert {"platform", "comment_id", "post_id", "created_at", "text"} <= set(rows[0])
    assert main(["advice", str(ROOT / "sample_data"), *period, "--lang", "it", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["lang"] == "it" and 1 <= len(out["actions"]) <= 5
    first = out["actions"][0]
    assert first["code"] == "answer_waiting" and first["evidence"]["n"] == len(rows)
    assert "commenti" in first["text"]


def test_cli_unanswered_without_threads_says_what_would_fill_it(tmp_path, capsys):
    from lib.cli import main
    from lib.importers.canonical import write_canonical

    write_canonical(data(weekly_posts(3, reactions=1, comments=1)), tmp_path)
    assert main(["unanswered", str(tmp_path), "--json"]) == 2
    err = capsys.readouterr().err
    assert "no comment threads" in err and "WordPress" in err


def test_docs_table_matches_the_thresholds():
    doc = (ROOT / "docs" / "ADVICE.md").read_text(encoding="utf-8")
    for s in SIGNALS:
        row = next(line for line in doc.splitlines() if line.startswith(f"| {s.area} | {s.kpi} |"))
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert float(cells[2].split()[-1]) == s.good and float(cells[3].split()[-1]) == s.act, row
