"""What the subcommands read: the store as the CLI's user, the files and workspace named, the period."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass
from typing import Any

from lib.errors import ConversaError


def user_store(args: argparse.Namespace | None = None) -> Any:
    """The store as the CLI's user may use it: ``--as EMAIL`` (or ``$CONVERSA_CLI_USER``) acts as that account, with
    its role and grants; without it, as the local admin (whoever has a shell on the server has the database)."""
    import os

    from lib.auth import LOCAL_USER
    from lib.store import open_store

    store = open_store()
    email = (getattr(args, "as_user", None) or os.environ.get("CONVERSA_CLI_USER", "")).strip()
    if not email:
        return store.as_user(LOCAL_USER)
    user = store.user(email)
    if user is None:
        raise ConversaError(f"There is no account for {email}; add it with `python -m lib.cli user add`.")
    return store.as_user(user)


def day(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"'{s}' is not a date like 2025-01-31") from exc


def add_period(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", type=day, help="first day of the period (YYYY-MM-DD); default: first day with data")
    p.add_argument("--until", type=day, help="last day of the period (YYYY-MM-DD); default: last day with data")
    p.add_argument("--platform", action="append", help="only this platform (repeatable)")
    p.add_argument("--tz", default=None, help="time zone of the period's days (default: workspace's, else UTC)")
    p.add_argument("--compare", choices=["previous", "year"], default="previous",
                   help="compare with the previous period of equal length or the same period last year")


def add_source(p: argparse.ArgumentParser, paths_required: bool = False) -> None:
    p.add_argument("paths", nargs="+" if paths_required else "*", help="export files, zips or folders")
    p.add_argument("--workspace", help="use (and for import: save into) this stored workspace")


@dataclass(frozen=True)
class Source:
    """What the CLI's ``paths`` and ``--workspace`` name: the merged Dataset and the workspace settings."""

    dataset: Any
    settings: dict
    spans: tuple = ()  # (platforms, first day, last day) of each source holding posts: see lib.kpis.coverage


def load_source(args: argparse.Namespace, sources: list | None = None) -> Source:
    """The Dataset named by ``paths`` and/or ``--workspace`` (paths merged on top of the workspace) and the
    settings (the workspace's, else a workspace folder's among the paths). The workspace is read once, as one
    snapshot; each import's summary is appended to ``sources`` when given (the report's data notes list them)."""
    from lib.dataset import Dataset

    parts, settings, spans = [], {}, []
    if getattr(args, "workspace", None):
        st = user_store(args)
        snapshot = st.snapshot(args.workspace)
        parts.append(snapshot.dataset)
        settings = snapshot.settings
        spans += [(r.platform, r.first_date, r.last_date) for r in st.imports(args.workspace) if r.rows.get("posts")]
        if sources is not None:
            from lib.report import sources_from_imports

            sources.extend(sources_from_imports(st.imports(args.workspace)))
    else:
        from lib.importers import workspace_settings

        settings = workspace_settings(args.paths or [])
    if args.paths:
        from lib.importers import import_paths

        results = import_paths(args.paths)
        if sources is not None:  # rows per table summed, as in the workspace's import records
            sources.extend({**s, "rows": sum(dict(s["rows"]).values()) if isinstance(s.get("rows"), dict)
                            else s.get("rows")} for s in (r.summary() for r in results))
        # newest snapshot wins, as in the store: order by the last day each file's data reaches
        parts.extend(r.dataset for r in sorted(results, key=_last_day))
        spans += [(r.platform, *(r.dataset.date_range() or (None, None))) for r in results if len(r.dataset.posts)]
    if not parts:
        raise ConversaError("Give export files or folders, or --workspace NAME.")
    return Source(Dataset.merge_all(parts), settings, tuple(spans))


def _last_day(result) -> dt.date:
    span = result.dataset.date_range()
    return span[1] if span else dt.date.min


@dataclass(frozen=True)
class PeriodData:
    """The prepared data (``lib.kpis.prepare``), the Period and the settings of the CLI's options."""

    data: Any
    period: Any
    settings: dict


def compute_report(args: argparse.Namespace, sources: list | None = None):
    """The KpiReport for the CLI's source and period options (import summaries appended to ``sources``)."""
    from lib.kpis import compute

    got = prepare_period(args, sources)
    return compute(got.data, got.period)


def prepare_period(args: argparse.Namespace, sources: list | None = None) -> PeriodData:
    """The prepared data, Period and settings of the CLI's source and period options."""
    from lib.kpis import Period, coverage, prepare

    source = load_source(args, sources)
    data, settings = source.dataset, source.settings
    if getattr(args, "platform", None):
        data = data.filter(platforms=args.platform)
    rng = data.date_range()
    if rng is None:
        raise ConversaError("There is no data in these files for the chosen platforms.")
    tz = getattr(args, "tz", None) or settings.get("tz") or "UTC"
    since, until = args.since or rng[0], args.until or rng[1]
    if until < since:
        raise ConversaError(f"The period starts on {since} but ends on {until}; give --since before --until.")
    prepared = prepare(data, settings.get("brand_handles") or None, manual_followers=settings.get("manual_followers"),
                       coverage=coverage(source.spans))
    period = Period.with_previous(since, until, tz=tz, compare=getattr(args, "compare", "previous"))
    return PeriodData(prepared, period, settings)
