"""Period presets of the sidebar (last 30/90 days, this/last month, ...) as pure date arithmetic."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from lib.kpis.model import Period

PRESETS: tuple[str, ...] = ("last_30", "last_90", "this_month", "last_month", "this_quarter", "last_12_months",
                            "all_data", "custom")
COMPARISONS: tuple[str, ...] = ("previous", "year")


def preset_range(preset: str, anchor: dt.date, first: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """First and last day of ``preset`` ending at ``anchor`` (the last day with data, or today); ``all_data``
    starts at ``first`` (the first day with data), at most 12 months before ``anchor``.

    >>> preset_range("last_30", dt.date(2025, 3, 31))
    (datetime.date(2025, 3, 2), datetime.date(2025, 3, 31))
    >>> preset_range("last_month", dt.date(2025, 3, 10))
    (datetime.date(2025, 2, 1), datetime.date(2025, 2, 28))
    >>> preset_range("this_quarter", dt.date(2025, 5, 20))
    (datetime.date(2025, 4, 1), datetime.date(2025, 5, 20))
    >>> preset_range("all_data", dt.date(2025, 5, 20), first=dt.date(2025, 4, 21))
    (datetime.date(2025, 4, 21), datetime.date(2025, 5, 20))
    """
    if preset == "last_30":
        return anchor - dt.timedelta(days=29), anchor
    if preset == "last_90":
        return anchor - dt.timedelta(days=89), anchor
    if preset == "this_month":
        return anchor.replace(day=1), anchor
    if preset == "last_month":
        end = anchor.replace(day=1) - dt.timedelta(days=1)
        return end.replace(day=1), end
    if preset == "this_quarter":
        return dt.date(anchor.year, 3 * ((anchor.month - 1) // 3) + 1, 1), anchor
    if preset in ("last_12_months", "all_data"):
        try:
            year_before = anchor.replace(year=anchor.year - 1)
        except ValueError:  # 29 February
            year_before = anchor.replace(year=anchor.year - 1, day=28)
        since = year_before + dt.timedelta(days=1)
        return (max(since, min(first, anchor)) if preset == "all_data" and first else since), anchor
    raise ValueError(f"Unknown period preset '{preset}'.")


def default_preset(spans: Iterable[tuple[dt.date, dt.date]], anchor: dt.date) -> str:
    """The period a workspace opens on: the last 90 days, or the span of the data (``all_data``, up to 12
    months) when the days the exports cover (``spans``: first and last day of each) fill less than half of them.

    >>> default_preset([(dt.date(2025, 3, 1), dt.date(2025, 3, 31))], dt.date(2025, 3, 31))
    'all_data'
    >>> default_preset([(dt.date(2024, 1, 1), dt.date(2025, 3, 31))], dt.date(2025, 3, 31))
    'last_90'
    """
    since, until = preset_range("last_90", anchor)
    covered: set[dt.date] = set()
    for first, last in spans:
        day, end = max(first, since), min(last, until)
        while day <= end:
            covered.add(day)
            day += dt.timedelta(days=1)
    return "last_90" if 2 * len(covered) >= (until - since).days + 1 else "all_data"


def validate_custom(since: dt.date | None, until: dt.date | None, today: dt.date) -> str | None:
    """The i18n key of what is wrong with a custom range (None when it is valid).

    >>> validate_custom(dt.date(2025, 1, 2), dt.date(2025, 1, 1), dt.date(2025, 6, 1))
    'sidebar.error_order'
    """
    if since is None or until is None:
        return "sidebar.error_incomplete"
    if until > today or since > today:
        return "sidebar.error_future"
    if until < since:
        return "sidebar.error_order"
    return None


def make_period(since: dt.date, until: dt.date, compare: str = "previous", tz: str = "UTC") -> Period:
    """The ``Period`` with its comparison period (``"previous"`` or ``"year"``)."""
    return Period.with_previous(since, until, tz=tz, compare=compare)
