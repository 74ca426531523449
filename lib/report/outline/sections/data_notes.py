"""Data notes: time zone, sources and their warnings, what could not be computed and why, caveats."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping

import pandas as pd

from lib.kpis.catalog import BY_KEY
from lib.kpis.texts import note_text, reason_need, reason_text
from lib.report.outline.build import OutlineContext, label
from lib.report.outline.model import Column, Section, Table, ValueKind


def _sources(ctx: OutlineContext) -> tuple[Table, Table | None]:
    title = ctx.t("report.notes.sources")
    if not ctx.sources:
        return Table("sources", title, (), pd.DataFrame(), missing=ctx.t("report.notes.no_sources")), None
    keys = [k for k in ("file", "platform", "format", "rows", "first_date", "last_date")
            if any(k in s for s in ctx.sources)]
    rows, warnings = [], []
    for s in ctx.sources:
        row = {k: s.get(k) for k in keys}
        counts = row.get("rows")
        if isinstance(counts, Mapping):  # rows per table, as an import's summary gives them
            row["rows"] = sum(counts.values())
        if "platform" in row and row["platform"] is not None:
            row["platform"] = ctx.platform_name(row["platform"])
        for k in ("first_date", "last_date"):
            if isinstance(row.get(k), str):
                with contextlib.suppress(ValueError):
                    row[k] = dt.date.fromisoformat(str(row[k])[:10])
        rows.append(row)
        warnings += [(str(s.get("file", "")), _said(w, ctx.lang)) for w in s.get("warnings") or ()]
    kinds: dict[str, ValueKind] = {"rows": "count", "first_date": "date", "last_date": "date"}
    columns = tuple(Column(k, label(k, ctx.lang), kinds.get(k, "text")) for k in keys)
    sources = Table("sources", title, columns, pd.DataFrame(rows, columns=keys), len(rows))
    if not warnings:
        return sources, None
    warn = Table("warnings", ctx.t("report.notes.warnings"),
                 (Column("file", label("file", ctx.lang), "text"), Column("warning", ctx.t("report.notes.warning"), "text")),
                 pd.DataFrame(warnings, columns=["file", "warning"]), len(warnings))
    return sources, warn


def _said(warning: object, lang: str) -> str:
    """An import warning in ``lang``: a coded note (``lib.importers.messages.Note``) in the reader's language, any
    other as it was recorded."""
    said = getattr(warning, "said", None)
    return str(said(lang)) if callable(said) else str(warning)


def _unavailable(ctx: OutlineContext) -> Table:
    report = ctx.report
    title = ctx.t("report.notes.unavailable")
    missing = [(ctx.t("report.notes.overall"), k, r) for k, r in report.unavailable.items()]
    missing += [(ctx.platform_name(p), k, r) for p, reasons in report.unavailable_by_platform.items()
                for k, r in reasons.items()]
    if not missing:
        return Table("unavailable", title, (), pd.DataFrame(), missing=ctx.t("report.notes.nothing_unavailable"))
    rows = []
    for platform, key, reason in missing:
        need = reason_need(reason)
        rows.append((label(key, ctx.lang) if key in BY_KEY else ctx.t(f"report.table.{key}"), platform,
                     reason_text(reason, ctx.lang), ctx.t(f"need.{need}") if need else None))
    columns = (Column("kpi", ctx.t("report.kpi.label"), "text"), Column("platform", ctx.t("report.notes.platform"), "text"),
               Column("reason", ctx.t("report.notes.reason"), "text"), Column("need", ctx.t("report.notes.need"), "text"))
    return Table("unavailable", title, columns, pd.DataFrame(rows, columns=[c.key for c in columns]), len(rows))


def build(ctx: OutlineContext) -> Section:
    notes = [ctx.t("report.notes.timezone", tz=ctx.report.period.tz)]
    if ctx.anonymized:
        notes.append(ctx.t("report.notes.anonymized"))
    sources, warnings = _sources(ctx)
    tables = [t for t in (sources, warnings, _unavailable(ctx)) if t is not None]
    caveats = tuple(dict.fromkeys(note_text(n, ctx.lang) for n in ctx.report.notes))
    return Section(key="data_notes", title=ctx.t("report.notes.title"), notes=tuple(notes), tables=tuple(tables),
                   items=caveats)
