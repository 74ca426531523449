"""The advice reads the workspace's goals: verdicts and actions say where a KPI stands against its goal, a missed goal
no action works on gets its own, overdue goals are urgent, and the findings say how many goals are reached. Values
are hand-computed on the small workspaces of ``test_advice``."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from lib.advice import Goal
from lib.advice.findings import goals_finding
from tests.unit.test_advice import advice_of, codes, data, threads, weekly_posts

D = dt.date


def test_the_verdict_on_the_goals_kpi_says_how_far_it_is():
    # 1 of 4 roots answered: 25% against a 60% goal, 35 points to go; the answer-the-waiting action says it too
    _, adv = advice_of(data(weekly_posts(), threads(1, 3)), goals=[Goal.of("brand_response_rate", 0.6)])
    resp = adv.verdict("responsiveness")
    assert (resp.kpi, resp.goal.value, resp.goal.met) == ("brand_response_rate", 0.25, False)
    assert resp.goal.gap == pytest.approx(0.35)
    assert resp.text("en").endswith("you answered only 25% of comments. Your goal is at least 60%: 35 points to go.")
    assert "60.0%" not in resp.text("en")  # a target reads as typed
    assert resp.text("it").endswith("Il vostro obiettivo è almeno 60%: mancano 35 punti.")
    assert resp.to_json("en")["goal"]["gap"] == pytest.approx(0.35)
    first = adv.actions[0]
    assert first.code == "answer_waiting"
    assert first.evidence_text("en").endswith("Your goal is at least 60%: 35 points to go.")
    assert "reach_goal" not in codes(adv)  # the answering actions work on it already
    assert sum("Your goal" in a.evidence_text("en") for a in adv.actions) == 1  # said once, in the first


def test_a_reached_goal_is_said_reached():
    # every answer after 1 h: median 1 h against a goal of at most 4 h
    _, adv = advice_of(data(weekly_posts(), threads(4, 1, reply_after_h=1)),
                       goals=[Goal.of("brand_response_time_median_h", 4)])
    resp = adv.verdict("responsiveness")
    assert resp.status == "good" and resp.goal.met is True and resp.goal.gap == 0
    # the verdict was decided by the response rate, so the goal's sentence gives its own value
    assert resp.text("en").endswith("of comments got a reply from you. Median response time: 1 h, goal at most 4 h: "
                                    "reached.")
    assert resp.text("it").endswith("obiettivo al massimo 4 h: raggiunto.")


def test_a_missed_goal_no_action_works_on_gets_its_own_action():
    # 5 weekly posts against a goal of at least 10: 5 to go, half the target missing; continuity is good, so only the
    # goal asks for more posts
    _, adv = advice_of(data(weekly_posts(5, reactions=4, comments=1)), goals=[Goal.of("posts", 10)])
    assert adv.verdict("continuity").status == "good"
    goal = next(a for a in adv.actions if a.code == "reach_goal")
    assert (goal.tier, goal.effect, goal.page, goal.area) == (1, pytest.approx(0.5), "overview", "goals")
    assert goal.title_text("en") == "Reach your goal for Posts"
    assert goal.evidence_text("en") == "Posts: 5, goal at least 10: 5 to go."
    assert goal.done_text("it") == "Fatto quando Post è almeno 10."
    assert goal.figures()["goal"] == {"kpi": "posts", "target": 10.0, "op": "at_least", "due": None}
    json.dumps(adv.to_json("it"))


def test_an_overdue_goal_is_urgent_and_one_still_ahead_is_not():
    ds = data(weekly_posts(5, reactions=4, comments=1))
    _, late = advice_of(ds, goals=[Goal.of("posts", 10, due=D(2025, 3, 15))])  # the period ends on 31 March
    action = next(a for a in late.actions if a.code == "reach_goal")
    assert action.tier == 0 and action is late.actions[0]
    assert action.evidence_text("en") == "Posts: 5, goal at least 10 by 15 Mar 2025: 5 short, and that day has passed."
    _, ahead = advice_of(ds, goals=[Goal.of("posts", 10, due=D(2025, 6, 30))])
    assert next(a for a in ahead.actions if a.code == "reach_goal").tier == 1
    assert ahead.goals[0].overdue is False


def test_own_goals_come_first_within_their_urgency():
    # a long silence (act) outranks a goal ahead (watch); the goal leads the watch actions whatever their effect
    posts = [dict(p, reactions=4) for p in weekly_posts(2, every_days=24, comments=2)]
    _, adv = advice_of(data(posts), goals=[Goal.of("conversation_share", 0.9)])
    order = [a.code for a in adv.actions]
    assert order[0] == "post_regularly" and order[1] == "reach_goal"


def test_a_goal_without_its_data_says_why_and_asks_for_nothing():
    _, adv = advice_of(data(weekly_posts(5, reactions=4, comments=1)), goals=[Goal.of("brand_response_rate", 0.6)])
    resp = adv.verdict("responsiveness")
    assert resp.status == "unknown" and resp.goal.met is None
    assert "goal at least 60%" in resp.text("en") and "n/a" in resp.goal.text("en")
    assert "n.d." in resp.goal.text("it")
    assert "reach_goal" not in codes(adv)


def test_findings_say_how_many_goals_are_reached_and_the_furthest_first():
    ds = data(weekly_posts(), threads(4, 1, reply_after_h=1))  # 80% answered, median 1 h, 5 posts
    goals = [Goal.of("brand_response_rate", 0.9), Goal.of("brand_response_time_median_h", 4), Goal.of("posts", 10)]
    _, adv = advice_of(ds, goals=goals)
    # response rate 10 of 90 points missing (11%), posts 5 of 10 (50%): posts is furthest
    line = goals_finding(adv.goals, "en")
    assert line == "Goals reached: 1 of 3. Furthest off: Posts: 5, goal at least 10: 5 to go."
    assert line in adv.findings("en") and len(adv.findings("en")) <= 3
    assert goals_finding(adv.goals, "it").startswith("Obiettivi raggiunti: 1 su 3.")
    _, met = advice_of(ds, goals=[Goal.of("posts", 5), Goal.of("brand_response_rate", 0.8)])
    assert goals_finding(met.goals, "en") == "Goals reached: all 2."
    assert goals_finding((), "en") is None


def test_cli_advice_of_a_workspace_reads_its_goals_and_notes(tmp_path, monkeypatch, capsys):
    from lib import store
    from lib.cli import main
    from lib.importers.canonical import write_canonical
    from tests.unit.test_advice import follower_series

    monkeypatch.delenv("CONVERSA_DATABASE_URL", raising=False)
    monkeypatch.setenv("CONVERSA_DATA_DIR", str(tmp_path / "data"))
    write_canonical(data(weekly_posts(5, reactions=10, comments=1, shares=0, saves=0),
                         followers=follower_series(spike_day=11)), tmp_path / "files")
    assert main(["import", str(tmp_path / "files"), "--workspace", "Bakery", "--json"]) == 0
    st = store.open_store()
    st.set_goal("Bakery", "posts", 10)
    st.add_note("Bakery", dt.date(2025, 3, 12), "Giveaway with the local radio")
    capsys.readouterr()
    assert main(["advice", "--workspace", "Bakery", "--since", "2025-03-01", "--until", "2025-03-31", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [g["kpi"] for g in out["goals"]] == ["posts"] and out["goals"][0]["met"] is False
    assert out["notes"] == [{"date": "2025-03-12", "platform": None, "text": "Giveaway with the local radio"}]
    assert "check_spike" not in {a["code"] for a in out["actions"]}  # the noted day is explained, not suspicious
    assert "reach_goal" in {a["code"] for a in out["actions"]}
