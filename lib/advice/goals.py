"""Goals per workspace: a target for any scalar KPI ("response rate at least 60%"), and progress against it."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, SupportsFloat, cast

from lib.advice.model import Fig, Sentence, show
from lib.advice.thresholds import SIGNALS
from lib.errors import ConversaError
from lib.i18n import format as fmt
from lib.i18n import t
from lib.kpis import BY_KEY, KPIS, SCALAR_KEYS, KpiReport
from lib.kpis.texts import describe

Op = Literal["at_least", "at_most"]
OPS: dict[str, Op] = {"at_least": "at_least", "at_most": "at_most"}

_CATALOG_AREA = {"conversation": "conversation", "kaushik": "conversation", "community": "community",
                 "continuity": "continuity", "authenticity": "authenticity", "channels": "channels"}
#: the advice area whose verdict shows a KPI's goal: the area of its signal, else of its KPI family (counts such as
#: posts or followers belong to no area: their goals show in the goals list, the findings and the actions only)
GOAL_AREA: dict[str, str] = {
    **{k.key: _CATALOG_AREA[k.area] for k in KPIS if k.kind != "table" and k.area in _CATALOG_AREA},
    "brand_response_time_p90_h": "responsiveness", "economic_value": "channels",
    **{s.kpi: s.area for s in SIGNALS},
}
#: the page that shows each area's figures (a goal's action links there; no area: the Overview)
AREA_PAGE = {"conversation": "conversations", "responsiveness": "conversations", "community": "community",
             "continuity": "content", "authenticity": "audience", "channels": "channels"}


@dataclass(frozen=True)
class Goal:
    """``kpi`` should be ``at_least`` / ``at_most`` ``target`` (rates as fractions: 0.6 is 60%), by ``due`` when
    given."""

    kpi: str
    target: float
    op: Op = "at_least"
    due: dt.date | None = None

    @classmethod
    def of(cls, kpi: str, target: object, op: str | None = None, due: object = None) -> Goal:
        """A goal with the KPI's natural direction (lower is better for response time, gaps, silent posts...).

        Raises ``ConversaError`` for a KPI without a single value, a target that is not a finite number, a rate
        outside 0-100% or a negative count, time or gap.
        """
        if kpi not in SCALAR_KEYS:
            raise ConversaError(f"'{kpi}' is not a KPI with a single value; choose one of the KPIs on the pages.")
        label = describe(kpi).label
        try:
            number = float(cast("SupportsFloat | str", target))
        except (TypeError, ValueError) as exc:
            raise ConversaError(f"The goal for {label} must be a number.") from exc
        if not math.isfinite(number):
            raise ConversaError(f"The goal for {label} must be a number.")
        info = BY_KEY[kpi]
        if info.kind == "rate" and kpi != "hollow_growth" and not 0 <= number <= 1:
            raise ConversaError(f"The goal for {label} is a share: give it between 0% and 100%.")
        if kpi != "hollow_growth" and number < 0:
            raise ConversaError(f"The goal for {label} cannot be below zero.")
        if op is not None and op not in OPS:
            raise ConversaError(f"A goal is 'at_least' or 'at_most' its target, not '{op}'.")
        if due is not None and not isinstance(due, dt.date):
            raise ConversaError(f"The goal's date for {label} must be a day like 2027-03-31.")
        day = due if isinstance(due, dt.date) else None
        return cls(kpi, number, OPS[op] if op else "at_most" if info.direction == "down" else "at_least", day)

    def met(self, value: float) -> bool:
        return value >= self.target if self.op == "at_least" else value <= self.target

    def goal_text(self, lang: str = "en") -> str:
        text = t(f"advice.goal.{self.op}", lang, target=show(Fig("kpi_value", self.target, self.kpi), lang))
        return text if self.due is None else t("advice.goal.by", lang, goal=text, date=fmt.date(self.due, lang))

    def to_json(self) -> dict[str, Any]:
        return {"kpi": self.kpi, "target": self.target, "op": self.op,
                "due": None if self.due is None else self.due.isoformat()}


@dataclass(frozen=True)
class Progress:
    """Where a KPI stands against its goal in a period (``met`` None when the KPI is unavailable)."""

    goal: Goal
    value: float | None
    met: bool | None
    gap: float | None  # how far from the target, in the KPI's unit (0 when met)
    reason: str | None = None
    overdue: bool = False  # missed, and its day is at or before the end of the period

    @property
    def status(self) -> str:
        """met, overdue, missed or na: the last word of its sentence codes."""
        return "na" if self.met is None else "met" if self.met else "overdue" if self.overdue else "missed"

    def sentence(self, short: bool = False) -> Sentence:
        """"Response rate: 45%, goal at least 60%: 15 points to go."; ``short``, after a sentence that gave the
        value already: "Your goal is at least 60%: 15 points to go." """
        kpi = self.goal.kpi
        if self.value is None:
            return Sentence("advice.goal.na", {"label": Fig("kpis", [kpi]), "goal": Fig("goal", self.goal),
                                               "reason": Fig("reason", self.reason)})
        figs = {"goal": Fig("goal", self.goal), "gap": Fig("kpi_gap", self.gap or 0.0, kpi)}
        if short:
            return Sentence(f"advice.goal.short_{self.status}", figs)
        return Sentence(f"advice.goal.{self.status}", {"label": Fig("kpis", [kpi]),
                                                       "value": Fig("kpi_value", self.value, kpi), **figs})

    def text(self, lang: str = "en") -> str:
        return self.sentence().text(lang)

    def short_text(self, lang: str = "en") -> str:
        return self.sentence(short=True).text(lang)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {**self.goal.to_json(), "value": self.value, "met": self.met, "gap": self.gap,
                "overdue": self.overdue, "text": self.text(lang)}

    @property
    def share_missing(self) -> float:
        """How much of the target is still missing, as a share of it (0 when met or unknown): 45% against a 60%
        goal is 0.25."""
        if self.met is not False or self.gap is None:
            return 0.0
        return self.gap / abs(self.goal.target) if self.goal.target else 1.0


def for_area(found: Sequence[Progress], area: str, kpi: str | None) -> Progress | None:
    """The goal a verdict shows: the one on the KPI that decided it, else the first missed goal of its area, else the
    first goal of its area."""
    mine = [p for p in found if GOAL_AREA.get(p.goal.kpi) == area]
    return (next((p for p in mine if p.goal.kpi == kpi), None) or next((p for p in mine if p.met is False), None)
            or (mine[0] if mine else None))


def gap_text(kpi: str, gap: float, lang: str) -> str:
    """A distance to a target: percentage points for rates, the KPI's own unit otherwise."""
    return show(Fig("kpi_gap", gap, kpi), lang)


def progress(report: KpiReport, goals: Iterable[Goal], platform: str | None = None) -> list[Progress]:
    """Progress of each goal in ``report`` (overall, or for one platform); a missed goal whose day is at or before
    the period's last day is overdue."""
    out = []
    for goal in goals:
        value = report.value(goal.kpi, platform)
        if value is None:
            out.append(Progress(goal, None, None, None, report.reason(goal.kpi, platform)))
            continue
        v = float(value)
        met = goal.met(v)
        late = not met and goal.due is not None and goal.due <= report.period.until
        out.append(Progress(goal, v, met, 0.0 if met else abs(goal.target - v), overdue=late))
    return out


def by_kpi(goals: Iterable[Goal]) -> Mapping[str, Goal]:
    return {g.kpi: g for g in goals}
