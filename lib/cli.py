"""``python -m lib.cli``: import files, print KPIs as JSON, write the Excel report, fetch X, manage the demo.

Every subcommand prints a user-facing message (no traceback) and exits non-zero when it cannot do its job.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence

from lib.errors import ConversaError


def _date(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{s}' is not a date like 2025-01-31") from exc


def _add_period(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", type=_date, help="first day of the period (YYYY-MM-DD); default: first day with data")
    p.add_argument("--until", type=_date, help="last day of the period (YYYY-MM-DD); default: last day with data")
    p.add_argument("--platform", action="append", help="only this platform (repeatable)")
    p.add_argument("--tz", default=None, help="time zone of the period's days (default: workspace's, else UTC)")
    p.add_argument("--compare", choices=["previous", "year"], default="previous",
                   help="compare with the previous period of equal length or the same period last year")


def _add_source(p: argparse.ArgumentParser, paths_required: bool = False) -> None:
    p.add_argument("paths", nargs="+" if paths_required else "*", help="export files, zips or folders")
    p.add_argument("--workspace", help="use (and for import: save into) this stored workspace")


def load_dataset(args: argparse.Namespace):
    """The Dataset named by ``paths`` and/or ``--workspace`` (paths merged on top of the workspace)."""
    from lib.dataset import Dataset

    parts = []
    if getattr(args, "workspace", None):
        from lib import store

        parts.append(store.open_store().load(args.workspace))
    if args.paths:
        from lib.importers import import_paths

        results = import_paths(args.paths)
        # newest snapshot wins, as in the store: order by the last day each file's data reaches
        parts.extend(r.dataset for r in sorted(results, key=_last_day))
    if not parts:
        raise ConversaError("Give export files or folders, or --workspace NAME.")
    return Dataset.merge_all(parts)


def _last_day(result) -> dt.date:
    span = result.dataset.date_range()
    return span[1] if span else dt.date.min


def compute_report(args: argparse.Namespace):
    """The KpiReport for the CLI's source and period options."""
    from lib.kpis import Period, compute

    data = load_dataset(args)
    if args.platform:
        data = data.filter(platforms=args.platform)
    rng = data.date_range()
    if rng is None:
        raise ConversaError("There is no data in these files for the chosen platforms.")
    settings = _settings(args)
    tz = args.tz or settings.get("tz") or "UTC"
    since, until = args.since or rng[0], args.until or rng[1]
    if until < since:
        raise ConversaError(f"The period starts on {since} but ends on {until}; give --since before --until.")
    brand = {"brand": settings["brand_handles"]} if settings.get("brand_handles") else {}
    return compute(data, Period.with_previous(since, until, tz=tz, compare=args.compare), **brand,
                   manual_followers=settings.get("manual_followers"))


def _settings(args: argparse.Namespace) -> dict:
    """Workspace settings (tz, brand handles, ...) from --workspace, else from a workspace folder among the paths."""
    if getattr(args, "workspace", None):
        from lib import store

        return store.open_store().settings(args.workspace)
    from lib.importers import workspace_settings

    return workspace_settings(args.paths or [])


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


def cmd_import(args: argparse.Namespace) -> int:
    from lib.importers import import_paths

    results = import_paths(args.paths)
    summaries = [r.summary() for r in results]
    if args.workspace:
        from lib import store

        st = store.open_store()
        name = args.workspace if st.exists(args.workspace) else st.create(args.workspace)
        for s, r in zip(summaries, results):
            rec = st.save_import(name, r)
            s["saved"] = {"workspace": rec.workspace, "import_id": rec.id, "duplicate": rec.duplicate}
    if args.json:
        json.dump(summaries, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for s in summaries:
            print(f"{s['file']}: {s['platform']} {s['format']} rows={s['rows']} {s['first_date']}..{s['last_date']}")
            for w in s["warnings"]:
                print(f"  warning: {w}")
            saved = s.get("saved")
            if saved and saved["duplicate"]:
                print(f"  already imported into workspace '{saved['workspace']}' (import #{saved['import_id']}); nothing changed")
            elif saved:
                print(f"  saved to workspace '{saved['workspace']}' as import #{saved['import_id']}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from lib.importers.canonical import write_canonical

    data = load_dataset(args)
    written = write_canonical(data, args.output)
    for path in written:
        print(path)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from lib.report import build_workbook

    report = compute_report(args)
    settings = _settings(args)
    payload = build_workbook(report, settings=settings, lang=args.lang, anonymize=args.anonymize)
    with open(args.output, "wb") as fh:
        fh.write(payload)
    print(args.output)
    return 0


def cmd_x_fetch(args: argparse.Namespace) -> int:
    from lib.connectors.x import cli_fetch

    return cli_fetch(args)


def cmd_demo(args: argparse.Namespace) -> int:
    from sample_data.generate import main as generate

    return generate([] if args.output is None else ["--out", args.output])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m lib.cli", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("import", help="read export files and say what they are (and store them with --workspace)")
    _add_source(p, paths_required=True)
    p.add_argument("--json", action="store_true", help="print one JSON object per file")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("kpis", help="compute every KPI for a period")
    _add_source(p)
    _add_period(p)
    p.add_argument("--json", action="store_true", help="print the KpiReport as JSON (KPIs and the small tables)")
    p.add_argument("--tables", action="store_true",
                   help="with --json, also print the large tables (every ranked post, every commenter)")
    p.set_defaults(func=cmd_kpis)

    p = sub.add_parser("export", help="write the data as canonical CSVs (one per table)")
    _add_source(p)
    p.add_argument("-o", "--output", required=True, help="folder to write into")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("report", help="write the Excel report")
    _add_source(p)
    _add_period(p)
    p.add_argument("-o", "--output", required=True, help="the .xlsx file to write")
    p.add_argument("--lang", default="en", choices=["en", "it"])
    p.add_argument("--anonymize", action="store_true", help="replace private commenters' names with pseudonyms")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("x-fetch", help="fetch an X account with the token in X_BEARER_TOKEN")
    p.add_argument("username")
    p.add_argument("--workspace", required=True)
    p.add_argument("--since", type=_date)
    p.add_argument("--until", type=_date)
    p.set_defaults(func=cmd_x_fetch)

    p = sub.add_parser("demo", help="regenerate the demo workspace files in sample_data/")
    p.add_argument("-o", "--output", default=None)
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except ConversaError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {exc.strerror or exc} ({exc.filename or 'file'}).", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
