"""The subcommands that read a period: KPIs, advice, waiting comments, the documents, the canonical CSVs."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from lib.cli.source import PeriodData, compute_report, load_source, prepare_period, user_store
from lib.errors import ConversaError


def cmd_kpis(args: argparse.Namespace) -> int:
    report = compute_report(args)
    if args.json:
        json.dump(report.to_json(large_tables=args.tables), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for key, value in report.overall.items():
            reason = report.reason(key)
            print(f"{key:40s} {'n/a (' + reason + ')' if value is None else value}")
    return 0


def advice_of(args: argparse.Namespace, got: PeriodData, report: Any) -> Any:
    """The advice of ``report`` with the period's waiting list and, with ``--workspace``, the workspace's goals
    (they set the targets) and notes (they explain days)."""
    from lib.advice import advise
    from lib.advice.waiting import has_threads, waiting_list

    goals: list[Any] = []
    notes: list[Any] = []
    if getattr(args, "workspace", None):
        goals, notes = user_store(args).goals_and_notes(args.workspace)
    waiting = waiting_list(got.data, got.period) if has_threads(got.data) else None
    return advise(report, waiting=waiting, goals=goals, notes=notes)


def cmd_advice(args: argparse.Namespace) -> int:
    from lib.kpis import compute

    got = prepare_period(args)
    advice = advice_of(args, got, compute(got.data, got.period))
    if args.json:
        json.dump(advice.to_json(args.lang), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for v in advice.verdicts:
        print(f"[{v.status}] {v.area}: {v.text(args.lang)}")
    for i, a in enumerate(advice.actions, 1):
        print(f"{i}. {a.title_text(args.lang)}\n   {a.evidence_text(args.lang)}\n   {a.done_text(args.lang)}")
    return 0


def cmd_unanswered(args: argparse.Namespace) -> int:
    from lib.advice import waiting

    got = prepare_period(args)
    if not waiting.has_threads(got.data):
        print("error: there are no comment threads in this data, so nobody can be seen waiting; import an export "
              "with comments and replies (WordPress .xml, support threads, a Conversa comments CSV) or connect an "
              "account.", file=sys.stderr)
        return 2
    frame = waiting.waiting_list(got.data, got.period, platforms=args.platform or ())
    if args.json:
        json.dump(waiting.to_records(frame), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        sys.stdout.write(waiting.to_csv(frame).decode("utf-8"))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from lib.importers.canonical import write_canonical

    written = write_canonical(load_source(args).dataset, args.output)
    for path in written:
        print(path)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from lib.report.documents import build_document, format_of

    try:
        fmt = format_of(args.output)
    except ValueError as exc:
        raise ConversaError(str(exc)) from exc
    from lib.kpis import compute

    sources: list = []
    got = prepare_period(args, sources)
    report = compute(got.data, got.period)
    document = build_document(report, fmt, settings=got.settings, lang=args.lang, anonymize=args.anonymize,
                              sources=sources, sections=args.section, platforms=args.platform or (),
                              workspace=getattr(args, "workspace", None), advice=advice_of(args, got, report))
    with open(args.output, "wb") as fh:
        fh.write(document.data)
    print(args.output)
    return 0
