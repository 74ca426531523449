"""Verdicts and actions: the advice's judgement of each area and its ranked list of what to do (``lib.advice``).

The sentences are the advice's own (the same as on the pages), in the outline's language; nothing is judged here.
"""

from __future__ import annotations

from lib.report.outline.build import OutlineContext
from lib.report.outline.model import Judgement, Section, Step


def _page(ctx: OutlineContext, page: str) -> str:
    return ctx.t("waiting.title") if page == "waiting" else ctx.t(f"nav.{page}")


def build(ctx: OutlineContext) -> Section:
    advice = ctx.advice
    if advice is None:  # none given: the advice of the report alone (no goals, notes or waiting list)
        from lib.advice import advise

        advice = advise(ctx.report)
    verdicts = tuple(Judgement(ctx.t(f"advice.area.{v.area}"), v.status, ctx.t(f"advice.status.{v.status}"),
                               v.text(ctx.lang)) for v in advice.verdicts)
    actions = tuple(Step(i, a.tier == 0, ctx.t("advice.status.act" if a.tier == 0 else "advice.status.watch"),
                         a.title_text(ctx.lang), a.evidence_text(ctx.lang), a.done_text(ctx.lang), _page(ctx, a.page))
                    for i, a in enumerate(advice.actions, 1))
    notes: tuple[str, ...] = ()
    if not actions:
        unknown = any(v.status == "unknown" for v in advice.verdicts)
        notes = (ctx.t("report.advice.none_without_data" if unknown else "advice.action.none"),)  # (no "above")
    return Section(key="advice", title=ctx.t("report.sheet.advice"), subtitle=ctx.subtitle(), verdicts=verdicts,
                   actions=actions, notes=notes)
