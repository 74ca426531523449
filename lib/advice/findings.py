"""The Overview's findings: the strongest signal of the period first, then where the workspace's goals stand, then the
KPI findings that do not repeat them."""

from __future__ import annotations

from collections.abc import Sequence

from lib.advice.goals import Progress
from lib.advice.model import Action, Verdict
from lib.i18n import format as fmt
from lib.i18n import t
from lib.kpis import KpiReport
from lib.kpis import findings as kpi_findings

#: the area of each KPI finding sentence (``lib.kpis.findings``), so the strongest signal is not said twice
_FINDING_AREA = {"answered": "responsiveness", "half": "community", "band": "conversation", "silent": "conversation",
                 "lift": "conversation", "per100": "conversation"}


def strongest(verdicts: tuple[Verdict, ...], actions: tuple[Action, ...]) -> Verdict | None:
    """The verdict behind the first action (the most urgent and largest), else the first "act" verdict."""
    if actions:
        area = actions[0].area
        for v in verdicts:
            if v.area == area and v.status in ("act", "watch"):
                return v
    return next((v for v in verdicts if v.status == "act"), None)


def goals_finding(goals: Sequence[Progress], lang: str = "en") -> str | None:
    """One sentence on the goals: the goal itself when there is one; else how many are reached and the furthest
    from its target (an overdue one first)."""
    if not goals:
        return None
    if len(goals) == 1:
        return goals[0].text(lang)
    met = sum(1 for p in goals if p.met)
    missed = sorted((p for p in goals if p.met is False), key=lambda p: (not p.overdue, -p.share_missing))
    if missed:
        return t("advice.finding.goals_missed", lang, met=fmt.number(met, lang), n=fmt.number(len(goals), lang),
                 progress=missed[0].text(lang))
    if met == len(goals):
        return t("advice.finding.goals_met", lang, n=fmt.number(len(goals), lang))
    return t("advice.finding.goals_some", lang, met=fmt.number(met, lang), n=fmt.number(len(goals), lang))


def findings(report: KpiReport, verdicts: tuple[Verdict, ...], actions: tuple[Action, ...],
             lang: str = "en", limit: int = 3, goals: Sequence[Progress] = ()) -> list[str]:
    """At most ``limit`` sentences: the strongest signal (an action's evidence when it leads), where the goals
    stand (``goals_finding``, unless the first sentence said it), then the KPI findings."""
    out: list[str] = []
    top = strongest(verdicts, actions)
    if actions and (top is None or actions[0].area == top.area):
        out.append(actions[0].evidence_text(lang))
    elif top is not None:
        out.append(top.text(lang))
    on_goals = goals_finding(goals, lang)
    if on_goals is not None and not any(on_goals in s or s in on_goals for s in out):
        out.append(on_goals)
    for sentence in kpi_findings(report, lang):
        if len(out) >= limit:
            break
        if top is not None and top.area == "responsiveness" and _is_answered(sentence, report, lang):
            continue
        out.append(sentence)
    return out[:limit]


def _is_answered(sentence: str, report: KpiReport, lang: str) -> bool:
    """Whether a KPI finding is the response-rate one (already said by the strongest signal)."""
    rate = report.value("brand_response_rate")
    return rate is not None and f"{round(100 * float(rate))}%" in sentence
