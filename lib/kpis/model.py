"""The frozen ``KpiReport`` that pages, charts, the workbook and the CLI all read, and its ``Period``."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import pandas as pd

Value = float | int | None


@dataclass(frozen=True)
class Period:
    """Inclusive days [since, until] in time zone ``tz``, and the comparison period before it."""

    since: dt.date
    until: dt.date
    previous_since: dt.date
    previous_until: dt.date
    tz: str = "UTC"

    @classmethod
    def with_previous(cls, since: dt.date, until: dt.date, tz: str = "UTC", compare: str = "previous") -> Period:
        """``compare="previous"``: the equal-length period just before; ``"year"``: same days a year earlier."""
        if until < since:
            raise ValueError("The period must start before it ends.")
        if compare == "year":
            return cls(since, until, _minus_year(since), _minus_year(until), tz)
        length = (until - since).days + 1
        return cls(since, until, since - dt.timedelta(days=length), since - dt.timedelta(days=1), tz)

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1

    def to_json(self) -> dict[str, str]:
        return {"since": self.since.isoformat(), "until": self.until.isoformat(),
                "previous_since": self.previous_since.isoformat(),
                "previous_until": self.previous_until.isoformat(), "tz": self.tz}


def _minus_year(d: dt.date) -> dt.date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28)


@dataclass(frozen=True)
class Change:
    """Difference between the period's value and the previous period's, and whether that is good."""

    absolute: float | None
    relative: float | None  # None where the previous value is 0 or unavailable
    better: bool | None  # None where unchanged, unavailable or direction-neutral
    no_earlier: bool = False  # the previous period holds none of the data the KPI is computed from


LARGE_TABLES = ("posts_ranked", "commenters")  # one row per post / per commenter: megabytes on a big workspace


@dataclass(frozen=True)
class KpiReport:
    """Every KPI of KPIS.md for one period, computed once.

    ``overall``/``previous`` map each scalar KPI key to its value (None when unavailable);
    ``by_platform``/``previous_by_platform`` the same per platform id; ``unavailable`` maps each unavailable
    overall KPI key to its reason (``unavailable_by_platform`` per platform); ``tables`` holds list-like KPIs
    (histogram, spike days, scale curve, scorecard, languages, trends) as DataFrames; ``changes`` compares
    ``overall`` with ``previous``; ``notes`` are caveats (sampling, assumptions) for the UI and report.
    """

    period: Period
    overall: Mapping[str, Value]
    previous: Mapping[str, Value]
    by_platform: Mapping[str, Mapping[str, Value]]
    previous_by_platform: Mapping[str, Mapping[str, Value]]
    unavailable: Mapping[str, str]
    unavailable_by_platform: Mapping[str, Mapping[str, str]]
    tables: Mapping[str, pd.DataFrame]
    changes: Mapping[str, Change]
    platforms: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    extras: Mapping[str, Any] = field(default_factory=dict)  # scalars that are not KPIs (e.g. band labels)

    def __post_init__(self) -> None:
        for name in ("overall", "previous", "unavailable", "tables", "changes", "extras"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))
        for name in ("by_platform", "previous_by_platform", "unavailable_by_platform"):
            object.__setattr__(self, name, MappingProxyType({k: MappingProxyType(dict(v)) for k, v in getattr(self, name).items()}))

    def value(self, key: str, platform: str | None = None) -> Value:
        """The period's value of ``key`` overall or for one platform (None when unavailable)."""
        src = self.overall if platform is None else self.by_platform.get(platform, {})
        return src.get(key)

    def reason(self, key: str, platform: str | None = None) -> str | None:
        """Why ``key`` is unavailable (None when it is available)."""
        src = self.unavailable if platform is None else self.unavailable_by_platform.get(platform, {})
        return src.get(key)

    def to_json(self, large_tables: bool = True) -> dict[str, Any]:
        """Plain JSON: scalars under their spec keys, tables as arrays of objects.

        With ``large_tables=False`` the tables that grow with the data (``LARGE_TABLES``: one row per post or per
        commenter) are left out and only their row counts are given, under ``omitted_tables``.
        """
        kept = {k: v for k, v in self.tables.items() if large_tables or k not in LARGE_TABLES}
        return {
            "period": self.period.to_json(),
            "overall": {k: json_value(v) for k, v in self.overall.items()},
            "previous": {k: json_value(v) for k, v in self.previous.items()},
            "by_platform": {p: {k: json_value(v) for k, v in vals.items()} for p, vals in self.by_platform.items()},
            "previous_by_platform": {p: {k: json_value(v) for k, v in vals.items()} for p, vals in self.previous_by_platform.items()},
            "changes": {k: {"absolute": json_value(c.absolute), "relative": json_value(c.relative), "better": c.better,
                            "no_earlier": c.no_earlier} for k, c in self.changes.items()},
            "unavailable": dict(self.unavailable),
            "unavailable_by_platform": {p: dict(v) for p, v in self.unavailable_by_platform.items()},
            "tables": {k: _records(v) for k, v in kept.items()},
            "omitted_tables": {k: len(v) for k, v in self.tables.items() if k not in kept},
            "extras": {k: json_value(v) for k, v in self.extras.items()},
            "notes": list(self.notes),
        }


def json_value(v: Any) -> Any:
    """One value as plain JSON: None for NA/NaN/inf, Python scalars for numpy ones, ISO 8601 for dates."""
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return None
    if hasattr(v, "item"):
        v = v.item()
    if isinstance(v, (dt.date, dt.datetime, pd.Timestamp)):
        return v.isoformat()
    return v


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: json_value(None if pd.isna(v) else v) if not isinstance(v, (list, tuple)) else list(v)
             for k, v in row.items()} for row in frame.to_dict(orient="records")]
