"""The ranked action list: at most five things to do, the most urgent and largest first (rules in docs/ADVICE.md).

Each rule fires from the verdicts and the KpiReport's figures and says how much it concerns (``effect``, in its own
unit: comments, followers, visits or posts). Actions are ranked by urgency (act before watch), then by effect.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from typing import SupportsFloat, cast

import pandas as pd

from lib.advice.dates import DateNote, note_for
from lib.advice.goals import AREA_PAGE, GOAL_AREA, Goal, Progress
from lib.advice.model import Action, Fig, Sentence, Verdict
from lib.advice.thresholds import (
    CHANNEL_POSTS_SHARE_ACT,
    DEFAULT_TARGETS,
    MAX_ACTIONS,
    QUESTION_CONVERT_SHARE,
    QUESTION_LIFT_MIN,
    QUESTION_SHARE_MAX,
)
from lib.advice.verdicts import channel_rows, kept_for_visits, posting_edge, spike_kind, week_counts
from lib.kpis import KpiReport

HIST_SLOW = ("4-24 h", "1-3 d", ">3 d")  # answered later than the default 4 h target
#: the KPIs each action works on: a missed goal on one of them is said in that action's evidence (the first such
#: action in the list), and needs no action of its own
ACTION_KPIS: dict[str, tuple[str, ...]] = {
    "answer_waiting": ("brand_response_rate",),
    "answer_faster": ("brand_response_rate", "brand_response_time_median_h", "brand_response_time_p90_h"),
    "check_spike": ("hollow_growth",),
    "post_regularly": ("active_week_share", "longest_gap_days", "posts"),
    "ask_questions": ("question_post_lift", "conversation_rate_per_post"),
}


def _num(x: object) -> float | None:
    if x is None:
        return None
    try:
        v = float(cast("SupportsFloat | str", x))
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) else v


def _target(goals: Mapping[str, Goal], kpi: str) -> float:
    goal = goals.get(kpi)
    return goal.target if goal is not None else DEFAULT_TARGETS[kpi]


def _by_area(verdicts: Sequence[Verdict]) -> dict[str, Verdict]:
    return {v.area: v for v in verdicts}


def _tier(verdict: Verdict | None) -> int:
    return 0 if verdict is not None and verdict.status == "act" else 1


def answer_waiting(report: KpiReport, verdicts: Sequence[Verdict], waiting: pd.DataFrame | None) -> Action | None:
    """The comments of the period nobody answered: fires when there is at least one."""
    n = report.extras.get("waiting_comments")
    if not n:
        return None
    questions = int(waiting["is_question"].sum()) if waiting is not None and "is_question" in waiting else None
    age = _num(waiting["age_hours"].max()) if waiting is not None and "age_hours" in waiting and len(waiting) else None
    resp = _by_area(verdicts).get("responsiveness")
    tier = 0 if (questions or 0) > 0 or (resp is not None and resp.status == "act") else 1
    figs = {"n": Fig("int", n), "questions": Fig("int", questions if questions is not None else 0),
            "age": Fig("hours", age)}
    return Action("answer_waiting", "responsiveness", tier, float(n), "waiting",
                  Sentence("advice.action.answer_waiting.title"),
                  (Sentence("advice.action.answer_waiting.evidence", figs),),
                  Sentence("advice.action.answer_waiting.done"))


def answer_faster(report: KpiReport, verdicts: Sequence[Verdict], goals: Mapping[str, Goal]) -> Action | None:
    """Fires when the responsiveness verdict is watch or act; effect: comments to answer more to reach the target
    rate, or answers that came later than the target time."""
    verdict = _by_area(verdicts).get("responsiveness")
    rate = _num(report.value("brand_response_rate"))
    if verdict is None or verdict.status not in ("watch", "act") or rate is None:
        return None
    waiting = report.extras.get("waiting_comments") or 0
    roots = round(waiting / (1 - rate)) if rate < 1 else None
    answered = (roots - waiting) if roots is not None else None
    target_rate = _target(goals, "brand_response_rate")
    target_h = _target(goals, "brand_response_time_median_h")
    median = _num(report.value("brand_response_time_median_h"))
    more = max(0.0, (roots or 0) * (target_rate - rate))
    hist = report.tables.get("brand_response_time_histogram")
    slow = float(hist[hist["bucket"].isin(HIST_SLOW)]["comments"].sum()) if hist is not None and len(hist) else 0.0
    figs = {"rate": Fig("pct", rate), "answered": Fig("int", answered), "roots": Fig("int", roots)}
    fast = median is None or median <= target_h
    if median is None:
        evidence = [Sentence("advice.action.answer_faster.evidence_no_time", figs)]
    else:
        evidence = [Sentence("advice.action.answer_faster.evidence" + ("_fast" if fast else ""),
                             {**figs, "median": Fig("hours", median)})]
    if verdict.trend is not None:
        evidence.append(verdict.trend)
    title = "title_more" if fast else "title_sooner" if rate >= target_rate else "title"
    return Action("answer_faster", "responsiveness", _tier(verdict), max(more, slow), "conversations",
                  Sentence(f"advice.action.answer_faster.{title}"), tuple(evidence),
                  Sentence("advice.action.answer_faster.done", {"target_rate": Fig("pct", target_rate),
                                                                "target_time": Fig("hours", target_h)}))


def check_spikes(report: KpiReport, notes: Sequence[DateNote]) -> Action | None:
    """The largest follower spike day without a note; effect: the followers gained that day."""
    spikes = report.tables.get("follower_spike_days")
    if spikes is None or not len(spikes):
        return None
    rows = [r for _, r in spikes.sort_values(["gained", "date"], ascending=[False, True]).iterrows()
            if note_for(notes, pd.Timestamp(r["date"]).date(), r["platform"]) is None]
    if not rows:
        return None
    top = rows[0]
    day = pd.Timestamp(top["date"]).date()
    figs = {"platform": Fig("platform", top["platform"]), "gained": Fig("int", int(top["gained"])),
            "date": Fig("date", day),
            "interactions": Fig("int", 0 if pd.isna(top["interactions"]) else int(top["interactions"]))}
    kind = spike_kind(report, str(top["platform"]), day)
    evidence = [Sentence("advice.action.check_spike.evidence" + ("" if kind == "flat" else f"_{kind}"), figs)]
    if bool(top["round_number"]):
        evidence.append(Sentence("advice.action.check_spike.round", {"gained": figs["gained"]}))
    if len(rows) > 1:
        evidence.append(Sentence("advice.action.check_spike.others", {"n": Fig("int", len(rows) - 1)}))
    return Action("check_spike", "authenticity", 1 if kind == "no_data" else 0, float(top["gained"]), "audience",
                  Sentence("advice.action.check_spike.title", {"date": figs["date"]}), tuple(evidence),
                  Sentence("advice.action.check_spike.done", {"platform": figs["platform"]}),
                  platform=str(top["platform"]))


def post_regularly(report: KpiReport, verdicts: Sequence[Verdict]) -> Action | None:
    """Fires when the continuity verdict is watch or act; effect: the comments the silent weeks would have brought
    at the period's pace (silent weeks x posts per active week x comments per post; weeks when comments are
    unknown)."""
    verdict = _by_area(verdicts).get("continuity")
    share, gap = _num(report.value("active_week_share")), _num(report.value("longest_gap_days"))
    if verdict is None or verdict.status not in ("watch", "act") or share is None:
        return None
    active, weeks = week_counts(report) or (0, 0)
    silent = weeks - active
    posts = _num(report.value("posts")) or 0.0
    per_post = _num(report.value("conversation_rate_per_post"))
    effect = silent * (posts / active if active else 0.0) * per_post if per_post is not None else float(silent)
    figs = {"days": Fig("days", gap), "silent": Fig("int", silent), "weeks": Fig("int", weeks)}
    evidence = [Sentence("advice.action.post_regularly.evidence" + ("" if gap is not None else "_no_gap"), figs)]
    edge = posting_edge(report)
    if edge is not None:
        evidence.append(edge)
    return Action("post_regularly", "continuity", _tier(verdict), float(effect), "content",
                  Sentence("advice.action.post_regularly.title"), tuple(evidence),
                  Sentence("advice.action.post_regularly.done"))


def ask_questions(report: KpiReport, verdicts: Sequence[Verdict]) -> Action | None:
    """Fires when question posts get at least ``QUESTION_LIFT_MIN`` times the comments and are fewer than
    ``QUESTION_SHARE_MAX`` of the posts; effect: the comments gained if a quarter of the other posts asked."""
    lift = _num(report.value("question_post_lift"))
    table = report.tables.get("question_vs_statement")
    if lift is None or lift < QUESTION_LIFT_MIN or table is None or len(table) < 2:
        return None
    by = table.set_index("kind")
    q, s = float(by.loc["question", "posts"]), float(by.loc["statement", "posts"])
    if not q + s or q / (q + s) >= QUESTION_SHARE_MAX:
        return None
    mq, ms = float(by.loc["question", "mean_comments"]), float(by.loc["statement", "mean_comments"])
    effect = QUESTION_CONVERT_SHARE * s * (mq - ms)
    conversation = _by_area(verdicts).get("conversation")
    figs = {"lift": Fig("num", lift), "mean_q": Fig("num", mq), "mean_s": Fig("num", ms),
            "questions": Fig("int", int(q)), "posts": Fig("int", int(q + s))}
    return Action("ask_questions", "conversation", _tier(conversation), float(effect), "content",
                  Sentence("advice.action.ask_questions.title"),
                  (Sentence("advice.action.ask_questions.evidence", figs),),
                  Sentence("advice.action.ask_questions.done"))


def channel_actions(report: KpiReport, goals: Mapping[str, Goal]) -> list[Action]:
    """One action per "rethink" channel: kept for the visits when it brings at least its share of the posts in
    website visits (effect: its visits), else rethought (effect: its posts; act from a fifth of the posts)."""
    card = channel_rows(report)
    if not len(card):
        return []
    judged = card[card["verdict"].notna()]
    keep = judged[judged["verdict"] == "keep"]
    best = None
    if len(keep):
        best = keep.sort_values("conversation_rate_per_1k_followers", ascending=False, na_position="last").iloc[0]
    total = pd.to_numeric(card["sessions"], errors="coerce").sum()
    out = []
    kept = kept_for_visits(report)
    for _, row in judged[judged["verdict"] == "rethink"].iterrows():
        plat = Fig("platform", row["platform"])
        if row["platform"] in kept:
            evidence = [Sentence("advice.action.channel_keep.evidence", {
                "platform": plat, "sessions": Fig("int", row["sessions"]), "total": Fig("int", total),
                "share": Fig("pct", row["sessions_share"]), "n": Fig("per100", row["conversation_share"])})]
            if _num(row["brand_response_rate"]) is not None:
                evidence.append(Sentence("advice.action.channel_keep.answered",
                                         {"rate": Fig("pct", row["brand_response_rate"])}))
            out.append(Action("channel_keep", "channels", 1, float(row["sessions"]), "channels",
                              Sentence("advice.action.channel_keep.title", {"platform": plat}), tuple(evidence),
                              Sentence("advice.action.channel_keep.done",
                                       {"platform": plat,
                                        "target": Fig("per100", _target(goals, "conversation_share"))}),
                              platform=str(row["platform"])))
            continue
        missed = list(getattr(row["verdict_reason"], "params", {}).get("kpis", ()))
        share = _num(row["posts_share"])
        evidence = [Sentence("advice.action.channel_rethink.evidence", {
            "platform": plat, "posts_share": Fig("pct", share), "posts": Fig("int", row["posts"]),
            "kpis": Fig("kpis", missed)}) if share is not None else
            Sentence("advice.action.channel_rethink.evidence_no_posts", {"platform": plat, "kpis": Fig("kpis", missed)})]
        if _num(row["sessions_share"]) is not None:
            evidence.append(Sentence("advice.action.channel_rethink.visits",
                                     {"share": Fig("pct", row["sessions_share"])}))
        done = (Sentence("advice.action.channel_rethink.done", {"platform": plat,
                                                                "best": Fig("platform", best["platform"])})
                if best is not None else Sentence("advice.action.channel_rethink.done_alone", {"platform": plat}))
        tier = 0 if share is not None and share >= CHANNEL_POSTS_SHARE_ACT else 1
        out.append(Action("channel_rethink", "channels", tier, _num(row["posts"]) or 0.0, "channels",
                          Sentence("advice.action.channel_rethink.title", {"platform": plat}), tuple(evidence), done,
                          platform=str(row["platform"])))
    return out


def reach_goal(report: KpiReport, found: Progress) -> Action:
    """A missed goal that no other action works on: act when its day has passed, else watch; effect: the share of
    the target still missing (own goals come first within their urgency)."""
    kpi = found.goal.kpi
    return Action("reach_goal", GOAL_AREA.get(kpi, "goals"), 0 if found.overdue else 1, found.share_missing,
                  AREA_PAGE.get(GOAL_AREA.get(kpi, ""), "overview"),
                  Sentence("advice.action.reach_goal.title", {"kpi": Fig("kpis", [kpi])}),
                  (found.sentence(),),
                  Sentence("advice.action.reach_goal.done", {"kpi": Fig("kpis", [kpi]), "goal": Fig("goal", found.goal)}))


def _with_goal(action: Action, found: Progress) -> Action:
    return dataclasses.replace(action, evidence=(*action.evidence, found.sentence(short=True)))


def actions(report: KpiReport, verdicts: Sequence[Verdict], *, waiting: pd.DataFrame | None = None,
            goals: Mapping[str, Goal] | None = None, notes: Sequence[DateNote] = (),
            progress: Sequence[Progress] = ()) -> tuple[Action, ...]:
    """At most ``MAX_ACTIONS`` actions: act before watch; within each, the workspace's own missed goals first, then
    the largest effect (ties: rule order). A missed goal is said in the first listed action that works on its KPI
    (``ACTION_KPIS``), else it gets a ``reach_goal`` action."""
    goals = goals or {}
    found = [answer_waiting(report, verdicts, waiting), answer_faster(report, verdicts, goals),
             check_spikes(report, notes), post_regularly(report, verdicts), ask_questions(report, verdicts),
             *channel_actions(report, goals)]
    fired = [a for a in found if a is not None]
    worked_on = {k for a in fired for k in ACTION_KPIS.get(a.code, ())}
    missed = [p for p in progress if p.met is False]
    fired += [reach_goal(report, p) for p in missed if p.goal.kpi not in worked_on]
    ranked = sorted(fired, key=lambda a: (a.tier, a.code != "reach_goal", -a.effect))[:MAX_ACTIONS]
    said: set[str] = set()
    out = []
    for action in ranked:
        for p in missed:
            if p.goal.kpi in ACTION_KPIS.get(action.code, ()) and p.goal.kpi not in said:
                said.add(p.goal.kpi)
                action = _with_goal(action, p)
        out.append(action)
    return tuple(out)
