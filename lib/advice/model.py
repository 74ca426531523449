"""What the advice says: verdicts per area, ranked actions, and the figures behind each sentence.

Every sentence is a code of ``lib/i18n/catalog_advice.py`` with its figures (``Fig``); ``text(lang)`` formats the
figures for the language and fills the sentence, so the same verdict reads in English and Italian.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from lib.i18n import format as fmt
from lib.i18n import t
from lib.kpis import BY_KEY
from lib.kpis.texts import describe, reason_text

if TYPE_CHECKING:
    from lib.advice.goals import Progress

Status = Literal["good", "watch", "act", "unknown"]
Kind = Literal["pct", "ratio10", "ratio100", "per100", "int", "num", "hours", "days", "points", "date", "platform", "kpis",
               "text", "page", "reason", "need", "goal",
               "kpi_value", "kpi_gap"]
AREAS: tuple[str, ...] = ("conversation", "responsiveness", "community", "continuity", "authenticity", "channels")
STATUSES: tuple[Status, ...] = ("good", "watch", "act", "unknown")


@dataclass(frozen=True)
class Fig:
    """One figure in a sentence: its raw ``value`` and how to show it (``kind``; ``kpi_value`` and ``kpi_gap`` are
    shown in the unit of ``kpi``)."""

    kind: Kind
    value: Any
    kpi: str | None = None


@dataclass(frozen=True)
class Sentence:
    """A catalogue code and its figures."""

    code: str
    figs: dict[str, Fig] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        out = t(self.code, lang, **{k: show(f, lang) for k, f in self.figs.items()})
        return elide_it(out) if lang == "it" else out


_IT_ARTICLE = re.compile(r"\b(il|al|del|dal|nel|sul) (?=(?:1|11|8\d*)(?:[.,]\d+)?\s?%)")
_IT_ELIDED = {"il": "l'", "al": "all'", "del": "dell'", "dal": "dall'", "nel": "nell'", "sul": "sull'"}


def elide_it(text: str) -> str:
    """Italian articles before a percentage read with a vowel (1, 11, 8, 80-89, 800-899...) are elided.

    >>> elide_it("avete risposto al 11% e il 8%, dal 18% al 80,5%")
    "avete risposto all'11% e l'8%, dal 18% all'80,5%"
    """
    return _IT_ARTICLE.sub(lambda m: _IT_ELIDED[m.group(1)], text)


def show(fig: Fig, lang: str) -> str:
    """A figure as text in ``lang``."""
    v, kind = fig.value, fig.kind
    if kind == "text":
        return str(v)
    if kind == "goal":  # a lib.advice.goals.Goal
        return str(v.goal_text(lang))
    if kind == "platform":
        key = f"platform.{v}"
        label = t(key, lang)
        return label if label != key else str(v).capitalize()
    if kind == "kpis":
        return ", ".join(describe(k, lang).label for k in v)
    if kind == "page":
        return t(f"nav.{v}", lang) if v != "waiting" else t("waiting.title", lang)
    if kind == "reason":
        return str(reason_text(v, lang) or t("common.na", lang))
    if kind == "need":
        return t(f"need.{v}", lang)
    if kind == "date":
        return fmt.date(v, lang)
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return t("common.na", lang)
    if kind == "pct":
        return fmt.percent(v, lang, 0)
    if kind in ("ratio10", "ratio100"):
        base = 10 if kind == "ratio10" else 100
        n = round(float(v) * base)
        if base == 10 and n == 0 and v > 0:
            return t("advice.ratio.of100", lang, n=max(1, round(float(v) * 100)))
        return t("advice.ratio.of10" if base == 10 else "advice.ratio.of100", lang, n=n)
    if kind == "per100":
        per = float(v) * 100
        return fmt.number(per, lang, 1 if 0 < abs(per) < 10 and round(per, 1) != round(per) else 0)
    if kind in ("kpi_value", "kpi_gap"):
        return _kpi_figure(str(fig.kpi), float(v), lang, gap=kind == "kpi_gap")
    if kind == "int":
        return fmt.number(v, lang)
    if kind == "num":
        return fmt.number(v, lang, 1 if abs(float(v)) < 10 and not float(v).is_integer() else 0)
    if kind == "points":
        return t("advice.points", lang, n=fmt.number(abs(float(v)) * 100, lang))
    if kind == "hours":
        hours = float(v)
        if hours < 1:
            return t("advice.unit.minutes", lang, n=fmt.number(max(1, round(hours * 60)), lang))
        if hours < 48:
            one = 1 if hours < 10 and round(hours, 1) != round(hours) else 0
            return t("advice.unit.hours", lang, n=fmt.number(hours, lang, one))
        return show(Fig("days", hours / 24), lang)
    if kind == "days":
        days = round(float(v))
        return t("advice.unit.day", lang) if days == 1 else t("advice.unit.days", lang, n=fmt.number(days, lang))
    raise ValueError(f"unknown figure kind {kind!r}")


def _kpi_figure(kpi: str, v: float, lang: str, gap: bool = False) -> str:
    """A KPI's value (or, with ``gap``, a distance to its target) as a person would type it: 60%, 62.5%, 4 h, 7 days,
    10; a gap in a rate is in percentage points."""
    kind = BY_KEY[kpi].kind
    if gap:
        v = abs(v)
    if kind == "rate":
        if gap:
            return t("advice.points", lang, n=fmt.number(v * 100, lang, 0 if round(v * 100, 1).is_integer() else 1))
        return fmt.percent(v, lang, 0 if round(v * 100, 1).is_integer() else 1)
    if kind in ("hours", "days"):
        return show(Fig(kind, v), lang)
    if kind == "money":
        return fmt.money(v, lang)
    return fmt.number(v, lang, 0 if round(v, 2).is_integer() else 2 if abs(v) < 10 else 1)


def _json(value: Any) -> Any:
    if hasattr(value, "to_json"):  # a Goal
        return value.to_json()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    if hasattr(value, "item"):
        return value.item()
    return value


@dataclass(frozen=True)
class Verdict:
    """The judgement of one area: ``status``, the one figure that decided it (``kpi``, ``value``), the sentence."""

    area: str
    status: Status
    code: str  # a stable code: "<area>.<signal>.<status>" (or "<area>.unknown")
    kpi: str | None
    value: float | None
    sentence: Sentence
    trend: Sentence | None = None  # the change that moved it, when it did (or that backs it up)
    platform: str | None = None
    worsened: bool = False  # the change against the comparison period lowered the status by one step
    need: str | None = None  # for "unknown": which export would provide the data ("comments", "followers", ...)
    goal: Progress | None = None  # the workspace's goal in this area and where it stands (``goals.for_area``)

    def text(self, lang: str = "en") -> str:
        parts = [self.sentence.text(lang)]
        if self.trend is not None:
            parts.append(self.trend.text(lang))
        if self.goal is not None:  # after the sentence that gave its value, only the goal and the distance
            parts.append(self.goal.short_text(lang) if self.goal.goal.kpi == self.kpi else self.goal.text(lang))
        return " ".join(parts)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {"area": self.area, "status": self.status, "code": self.code, "kpi": self.kpi,
                "value": _json(self.value), "platform": self.platform, "worsened": self.worsened, "need": self.need,
                "label": t(f"advice.area.{self.area}", lang), "status_label": t(f"advice.status.{self.status}", lang),
                "evidence": {k: _json(f.value) for k, f in self.sentence.figs.items()},
                "goal": None if self.goal is None else self.goal.to_json(lang), "text": self.text(lang)}


@dataclass(frozen=True)
class Action:
    """One thing to do: what, the figures that show it is needed, the page that shows them, and what done means.

    ``tier`` is the urgency (0 = act, 1 = watch); ``effect`` how much it concerns in its own unit (comments,
    followers, visits: see docs/ADVICE.md); actions are ranked by tier, then effect.
    """

    code: str
    area: str
    tier: int
    effect: float
    page: str  # url path of the page that shows the evidence ("conversations", "waiting", ...)
    title: Sentence
    evidence: tuple[Sentence, ...]
    done: Sentence
    platform: str | None = None

    def title_text(self, lang: str = "en") -> str:
        return self.title.text(lang)

    def evidence_text(self, lang: str = "en") -> str:
        return " ".join(s.text(lang) for s in self.evidence)

    def done_text(self, lang: str = "en") -> str:
        return self.done.text(lang)

    def figures(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for s in (self.title, *self.evidence, self.done):
            out.update({k: _json(f.value) for k, f in s.figs.items()})
        return out

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {"code": self.code, "area": self.area, "status": "act" if self.tier == 0 else "watch",
                "effect": _json(self.effect), "page": self.page, "platform": self.platform,
                "evidence": self.figures(), "title": self.title_text(lang), "text": self.evidence_text(lang),
                "done": self.done_text(lang)}
