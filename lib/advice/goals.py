"""Goals per workspace: a target for any scalar KPI ("response rate at least 60%"), and progress against it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from lib.errors import ConversaError
from lib.i18n import format as fmt
from lib.i18n import t
from lib.kpis import BY_KEY, SCALAR_KEYS, KpiReport
from lib.kpis.texts import describe, reason_text

Op = Literal["at_least", "at_most"]


@dataclass(frozen=True)
class Goal:
    """``kpi`` should be ``at_least`` / ``at_most`` ``target`` (rates as fractions: 0.6 is 60%)."""

    kpi: str
    target: float
    op: Op = "at_least"

    @classmethod
    def of(cls, kpi: str, target: float, op: Op | None = None) -> Goal:
        """A goal with the KPI's natural direction (lower is better for response time, gaps, silent posts...)."""
        if kpi not in SCALAR_KEYS:
            raise ConversaError(f"'{kpi}' is not a KPI with a single value; choose one of the KPIs on the pages.")
        try:
            number = float(target)
        except (TypeError, ValueError) as exc:
            raise ConversaError(f"The goal for {describe(kpi).label} must be a number.") from exc
        if number != number:
            raise ConversaError(f"The goal for {describe(kpi).label} must be a number.")
        return cls(kpi, number, op or ("at_most" if BY_KEY[kpi].direction == "down" else "at_least"))

    def met(self, value: float) -> bool:
        return value >= self.target if self.op == "at_least" else value <= self.target

    def goal_text(self, lang: str = "en") -> str:
        return t(f"advice.goal.{self.op}", lang, target=fmt.kpi_value(self.kpi, self.target, lang))

    def to_json(self) -> dict[str, Any]:
        return {"kpi": self.kpi, "target": self.target, "op": self.op}


@dataclass(frozen=True)
class Progress:
    """Where a KPI stands against its goal in a period (``met`` None when the KPI is unavailable)."""

    goal: Goal
    value: float | None
    met: bool | None
    gap: float | None  # how far from the target, in the KPI's unit (0 when met)
    reason: str | None = None

    def text(self, lang: str = "en") -> str:
        label = describe(self.goal.kpi, lang).label
        goal = self.goal.goal_text(lang)
        if self.value is None:
            return t("advice.goal.na", lang, label=label, goal=goal, reason=reason_text(self.reason, lang) or "")
        value = fmt.kpi_value(self.goal.kpi, self.value, lang)
        if self.met:
            return t("advice.goal.met", lang, label=label, value=value, goal=goal)
        return t("advice.goal.missed", lang, label=label, value=value, goal=goal, gap=gap_text(self.goal.kpi,
                                                                                              self.gap or 0, lang))

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {**self.goal.to_json(), "value": self.value, "met": self.met, "gap": self.gap, "text": self.text(lang)}


def gap_text(kpi: str, gap: float, lang: str) -> str:
    """A distance to a target: percentage points for rates, the KPI's own unit otherwise."""
    if BY_KEY[kpi].kind == "rate":
        return t("advice.points", lang, n=fmt.number(abs(gap) * 100, lang))
    return fmt.kpi_value(kpi, abs(gap), lang)


def progress(report: KpiReport, goals: Iterable[Goal], platform: str | None = None) -> list[Progress]:
    """Progress of each goal in ``report`` (overall, or for one platform)."""
    out = []
    for goal in goals:
        value = report.value(goal.kpi, platform)
        if value is None:
            out.append(Progress(goal, None, None, None, report.reason(goal.kpi, platform)))
            continue
        v = float(value)
        met = goal.met(v)
        out.append(Progress(goal, v, met, 0.0 if met else abs(goal.target - v)))
    return out


def by_kpi(goals: Iterable[Goal]) -> Mapping[str, Goal]:
    return {g.kpi: g for g in goals}
