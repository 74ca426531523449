"""The Overview's findings: the strongest signal of the period first, then the KPI findings that do not repeat it."""

from __future__ import annotations

from lib.advice.model import Action, Verdict
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


def findings(report: KpiReport, verdicts: tuple[Verdict, ...], actions: tuple[Action, ...],
             lang: str = "en", limit: int = 3) -> list[str]:
    """At most ``limit`` sentences: the strongest signal (an action's evidence when it leads), then the KPI
    findings."""
    out: list[str] = []
    top = strongest(verdicts, actions)
    if actions and (top is None or actions[0].area == top.area):
        out.append(actions[0].evidence_text(lang))
    elif top is not None:
        out.append(top.text(lang))
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
