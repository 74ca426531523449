"""Advice over the frozen KpiReport: verdicts per area, ranked actions, findings, goals, notes, waiting comments.

UI-free rules (docs/ADVICE.md documents them and their thresholds); every sentence has an English and an Italian
text in ``lib/i18n/catalog_advice.py``. ``advise(report)`` is the one entry point pages, the workbook and the CLI
read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from lib.advice.actions import actions
from lib.advice.dates import DateNote, in_period, note_for
from lib.advice.findings import findings
from lib.advice.goals import Goal, Progress, by_kpi, for_area, progress
from lib.advice.model import AREAS, Action, Fig, Sentence, Verdict
from lib.advice.verdicts import verdicts
from lib.kpis import KpiReport


@dataclass(frozen=True)
class Advice:
    """Everything the advice says about one KpiReport."""

    verdicts: tuple[Verdict, ...]
    actions: tuple[Action, ...]
    goals: tuple[Progress, ...]
    notes: tuple[DateNote, ...]
    report: KpiReport

    def verdict(self, area: str) -> Verdict:
        return next(v for v in self.verdicts if v.area == area)

    def findings(self, lang: str = "en") -> list[str]:
        return findings(self.report, self.verdicts, self.actions, lang, goals=self.goals)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {"period": self.report.period.to_json(), "lang": lang,
                "verdicts": [v.to_json(lang) for v in self.verdicts],
                "actions": [a.to_json(lang) for a in self.actions],
                "findings": self.findings(lang),
                "goals": [g.to_json(lang) for g in self.goals],
                "notes": [{"date": n.day.isoformat(), "platform": n.platform, "text": n.text} for n in self.notes]}


def advise(report: KpiReport, *, waiting: pd.DataFrame | None = None, goals: Sequence[Goal] = (),
           notes: Sequence[DateNote] = ()) -> Advice:
    """Verdicts, ranked actions (at most five), goal progress and the period's notes for ``report``.

    ``waiting`` is the period's ``lib.advice.waiting.waiting_list`` (it adds the number of waiting questions and the
    oldest age to the answer-the-waiting action); ``goals`` set the targets of "done"; ``notes`` explain days (a
    follower spike on a noted day is reported with its note, not as suspicious). Each verdict shows its area's goal
    (``goals.for_area``); a missed goal is said in the action that works on it, or gets its own.
    """
    reached = tuple(progress(report, goals))
    found = tuple(dataclasses.replace(v, goal=for_area(reached, v.area, v.kpi)) for v in verdicts(report, notes))
    return Advice(found, actions(report, found, waiting=waiting, goals=by_kpi(goals), notes=notes, progress=reached),
                  reached, tuple(in_period(notes, report.period.since, report.period.until)), report)


__all__ = ["AREAS", "Action", "Advice", "DateNote", "Fig", "Goal", "Progress", "Sentence", "Verdict", "advise",
           "note_for"]
