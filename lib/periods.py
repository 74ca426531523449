"""Period presets of the sidebar (last 30/90 days, this/last month, ...) as pure date arithmetic."""

from __future__ import annotations

import datetime as dt

from lib.kpis.model import Period

PRESETS: tuple[str, ...] = ("last_30", "last_90", "this_month", "last_month", "this_quarter", "last_12_months", "custom")
COMPARISONS: tuple[str, ...] = ("previous", "year")


def preset_range(preset: str, anchor: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of ``preset`` ending at ``anchor`` (the last day with data, or today).

    >>> preset_range("last_30", dt.date(2025, 3, 31))
    (datetime.date(2025, 3, 2), datetime.date(2025, 3, 31))
    >>> preset_range("last_month", dt.date(2025, 3, 10))
    (datetime.date(2025, 2, 1), datetime.date(2025, 2, 28))
    >>> preset_range("this_quarter", dt.date(2025, 5, 20))
    (datetime.date(2025, 4, 1), datetime.date(2025, 5, 20))
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
    if preset == "last_12_months":
        try:
            year_before = anchor.replace(year=anchor.year - 1)
        except ValueError:  # 29 February
            year_before = anchor.replace(year=anchor.year - 1, day=28)
        return year_before + dt.timedelta(days=1), anchor
    raise ValueError(f"Unknown period preset '{preset}'.")


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
